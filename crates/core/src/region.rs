//! The anonymised regional summary of a self-assessment, and the overview a region makes of them.
//!
//! A municipality exports a [`RegionSummary`] ([`summarise`]): the scores per theme and overall,
//! the year, the region, a size class and the questionnaire version, and nothing else. No name
//! of the municipality or of any person, no CBS code, no explanation, evidence or action: only
//! figures and one region name. The region reads the files back with [`parse`], which refuses
//! anything that is not exactly this format (another version, extra fields, scores off the
//! scale) with a [`RegionError`], and puts them side by side with [`combine`] into a
//! [`RegionOverview`]: each municipality's scores under a neutral letter (Gemeente A, B, C… in the
//! order the files were given) and the region's mean per theme.
//!
//! The format is documented for people who receive these files in `docs/region-summary.md`.
//! Version policy: [`VERSION`] 1 is frozen. Any change to the fields makes a new version; a build
//! reads only the versions it knows and refuses the others by name ([`RegionError::OtherVersion`]).

use chrono::Datelike;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::assessment::ReportInputs;
use crate::content::Questionnaire;

/// The value of `format` in every summary.
pub const FORMAT: &str = "baken-region-summary";
/// The format version this build writes and reads.
pub const VERSION: u32 = 1;
/// A summary is a few hundred bytes; anything over a megabyte is not one and is not parsed.
pub const MAX_BYTES: u64 = 1 << 20;
/// More themes than any questionnaire will have.
pub const MAX_THEMES: usize = 100;
/// Longest theme id (the questionnaire's ids are far shorter).
pub const MAX_THEME_ID: usize = 64;
/// More municipalities than the Netherlands has: an overview of more is a mistake.
pub const MAX_MUNICIPALITIES: usize = 400;
/// Longest region name, as in the municipality profile.
pub const MAX_REGION: usize = crate::municipality::MAX_NAME;
/// Years a summary may be about.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;
/// How far the stated overall score may be from the mean of the theme scores (both are rounded
/// to two decimals).
const OVERALL_TOLERANCE: f64 = 0.011;

/// The file a municipality hands to its region. See `docs/region-summary.md`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegionSummary {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`] for summaries this build writes.
    pub version: u32,
    /// The year the self-assessment was held.
    pub year: i32,
    /// The region as named in the municipality profile (e.g. the Zorg- en Veiligheidshuis), if any.
    pub region: Option<String>,
    /// The municipality's size class, if the profile has its number of inhabitants.
    pub size_class: Option<SizeClass>,
    /// The version of the questionnaire the scores are on.
    pub questionnaire_version: u32,
    /// True when the summary comes from Baken's fictional demo municipality.
    pub demo: bool,
    /// Every theme of the questionnaire, in its order.
    pub themes: Vec<ThemeScore>,
    /// The mean of the theme scores that exist (0–4), null when none does.
    pub overall: Option<f64>,
}

/// One theme's score: the mean agreed level of its answered items (0–4), null when none was.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThemeScore {
    pub id: String,
    pub score: Option<f64>,
}

/// Size classes by number of inhabitants, after the CBS classes (coarser at the top, where a
/// region has few municipalities of that size).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SizeClass {
    /// Fewer than 10,000 inhabitants.
    #[serde(rename = "lt10k")]
    Below10k,
    /// 10,000 to 19,999.
    #[serde(rename = "10k-20k")]
    From10kTo20k,
    /// 20,000 to 49,999.
    #[serde(rename = "20k-50k")]
    From20kTo50k,
    /// 50,000 to 99,999.
    #[serde(rename = "50k-100k")]
    From50kTo100k,
    /// 100,000 or more.
    #[serde(rename = "gte100k")]
    From100k,
}

impl SizeClass {
    pub const ALL: [SizeClass; 5] = [
        SizeClass::Below10k,
        SizeClass::From10kTo20k,
        SizeClass::From20kTo50k,
        SizeClass::From50kTo100k,
        SizeClass::From100k,
    ];

    pub fn of(inhabitants: u32) -> SizeClass {
        match inhabitants {
            0..10_000 => SizeClass::Below10k,
            10_000..20_000 => SizeClass::From10kTo20k,
            20_000..50_000 => SizeClass::From20kTo50k,
            50_000..100_000 => SizeClass::From50kTo100k,
            _ => SizeClass::From100k,
        }
    }

    /// The key in the file, also the suffix of its Fluent message (`region-size-10k-20k`).
    pub fn key(self) -> &'static str {
        match self {
            SizeClass::Below10k => "lt10k",
            SizeClass::From10kTo20k => "10k-20k",
            SizeClass::From20kTo50k => "20k-50k",
            SizeClass::From50kTo100k => "50k-100k",
            SizeClass::From100k => "gte100k",
        }
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values
        .into_iter()
        .fold((0.0, 0u32), |(sum, n), v| (sum + v, n + 1));
    (n > 0).then(|| sum / f64::from(n))
}

/// The summary of the current assessment in `inputs`, scored on `questionnaire`. Scores are
/// rounded to two decimals; everything that could name a person or the municipality stays out.
pub fn summarise(inputs: &ReportInputs, questionnaire: &Questionnaire) -> RegionSummary {
    let result = inputs.current.result(questionnaire);
    let profile = &inputs.municipality.profile;
    RegionSummary {
        format: FORMAT.into(),
        version: VERSION,
        year: inputs.current.data.assessment.held_on.year(),
        region: profile.region.clone(),
        size_class: profile.inhabitants.map(SizeClass::of),
        questionnaire_version: questionnaire.version,
        demo: inputs.municipality.is_demo,
        themes: result
            .themes
            .iter()
            .map(|t| ThemeScore {
                id: t.theme.clone(),
                score: t.score.map(round2),
            })
            .collect(),
        overall: result.overall.map(round2),
    }
}

impl RegionSummary {
    /// The summary as the file holds it: one field a line and one theme a line, so a person who
    /// opens it sees at a glance what is (and is not) in it.
    pub fn to_json(&self) -> String {
        fn j<T: Serialize>(value: &T) -> String {
            // Strings, numbers, booleans and null: nothing here can fail to serialise.
            serde_json::to_string(value).unwrap_or_else(|_| "null".into())
        }
        let themes: Vec<String> = self
            .themes
            .iter()
            .map(|t| format!("    {{ \"id\": {}, \"score\": {} }}", j(&t.id), j(&t.score)))
            .collect();
        let fields = [
            ("format", j(&self.format)),
            ("version", j(&self.version)),
            ("year", j(&self.year)),
            ("region", j(&self.region)),
            ("size_class", j(&self.size_class)),
            ("questionnaire_version", j(&self.questionnaire_version)),
            ("demo", j(&self.demo)),
            ("themes", format!("[\n{}\n  ]", themes.join(",\n"))),
            ("overall", j(&self.overall)),
        ];
        let body: Vec<String> = fields
            .iter()
            .map(|(name, value)| format!("  \"{name}\": {value}"))
            .collect();
        format!("{{\n{}\n}}\n", body.join(",\n"))
    }
}

/// Why a file is not a usable region summary, or why summaries cannot be combined.
/// [`RegionError::message_id`] and [`RegionError::args`] give the message in the Fluent files
/// (`region-error-…`).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RegionError {
    #[error("the file is {size_kb} kB; a region summary is at most {max_kb} kB")]
    TooLarge { size_kb: u64, max_kb: u64 },
    #[error("the file is empty")]
    Empty,
    #[error("not JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    #[error("the JSON stops before it is complete")]
    Truncated,
    #[error("not a Baken region summary")]
    NotSummary,
    #[error("format version {found}; this build reads version {supported}")]
    OtherVersion { found: String, supported: u32 },
    #[error("a field that is not in the format: {field}")]
    UnknownField { field: String },
    #[error("invalid content: {detail}")]
    Invalid { detail: String },
    #[error("year {year} is not plausible")]
    BadYear { year: i32 },
    #[error("the region name is empty, too long (over {max}) or has control characters")]
    BadRegion { max: usize },
    #[error("{count} themes; expected 1 to {max}")]
    ThemeCount { count: usize, max: usize },
    #[error("not a theme id: {id}")]
    BadThemeId { id: String },
    #[error("theme {id} appears twice")]
    DuplicateTheme { id: String },
    #[error("theme {theme} has score {score}, outside 0–4")]
    ScoreOutOfRange { theme: String, score: String },
    #[error("the overall score is not the mean of the theme scores")]
    OverallMismatch,
    #[error("no summaries to combine")]
    NoSummaries,
    #[error("{count} summaries; at most {max} can be combined")]
    TooManySummaries { count: usize, max: usize },
    #[error("summary {index} uses questionnaire version {found}, the first uses {expected}")]
    MixedQuestionnaires {
        /// Position of the summary in the list given to [`combine`].
        index: usize,
        found: u32,
        expected: u32,
    },
}

impl RegionError {
    pub fn message_id(&self) -> &'static str {
        match self {
            RegionError::TooLarge { .. } => "region-error-too-large",
            RegionError::Empty => "region-error-empty",
            RegionError::NotJson { .. } => "region-error-not-json",
            RegionError::Truncated => "region-error-truncated",
            RegionError::NotSummary => "region-error-not-summary",
            RegionError::OtherVersion { .. } => "region-error-other-version",
            RegionError::UnknownField { .. } => "region-error-unknown-field",
            RegionError::Invalid { .. } => "region-error-invalid",
            RegionError::BadYear { .. } => "region-error-bad-year",
            RegionError::BadRegion { .. } => "region-error-bad-region",
            RegionError::ThemeCount { .. } => "region-error-theme-count",
            RegionError::BadThemeId { .. } => "region-error-bad-theme-id",
            RegionError::DuplicateTheme { .. } => "region-error-duplicate-theme",
            RegionError::ScoreOutOfRange { .. } => "region-error-score-out-of-range",
            RegionError::OverallMismatch => "region-error-overall-mismatch",
            RegionError::NoSummaries => "region-error-no-summaries",
            RegionError::TooManySummaries { .. } => "region-error-too-many-summaries",
            RegionError::MixedQuestionnaires { .. } => "region-error-mixed-questionnaires",
        }
    }

    /// Every message id, so a test can check that each has a message in every language.
    pub const MESSAGE_IDS: [&'static str; 18] = [
        "region-error-too-large",
        "region-error-empty",
        "region-error-not-json",
        "region-error-truncated",
        "region-error-not-summary",
        "region-error-other-version",
        "region-error-unknown-field",
        "region-error-invalid",
        "region-error-bad-year",
        "region-error-bad-region",
        "region-error-theme-count",
        "region-error-bad-theme-id",
        "region-error-duplicate-theme",
        "region-error-score-out-of-range",
        "region-error-overall-mismatch",
        "region-error-no-summaries",
        "region-error-too-many-summaries",
        "region-error-mixed-questionnaires",
    ];

    /// Named values for the message (Fluent arguments).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            RegionError::TooLarge { size_kb, max_kb } => {
                vec![("size", size_kb.to_string()), ("max", max_kb.to_string())]
            }
            RegionError::NotJson { line, column } => {
                vec![("line", line.to_string()), ("column", column.to_string())]
            }
            RegionError::OtherVersion { found, supported } => {
                vec![
                    ("found", found.clone()),
                    ("supported", supported.to_string()),
                ]
            }
            RegionError::UnknownField { field } => vec![("field", field.clone())],
            RegionError::Invalid { detail } => vec![("detail", detail.clone())],
            RegionError::BadYear { year } => vec![("year", year.to_string())],
            RegionError::BadRegion { max } => vec![("max", max.to_string())],
            RegionError::ThemeCount { count, max }
            | RegionError::TooManySummaries { count, max } => {
                vec![("count", count.to_string()), ("max", max.to_string())]
            }
            RegionError::BadThemeId { id } | RegionError::DuplicateTheme { id } => {
                vec![("id", id.clone())]
            }
            RegionError::ScoreOutOfRange { theme, score } => {
                vec![("theme", theme.clone()), ("score", score.clone())]
            }
            RegionError::MixedQuestionnaires {
                found, expected, ..
            } => vec![
                ("found", found.to_string()),
                ("expected", expected.to_string()),
            ],
            RegionError::Empty
            | RegionError::Truncated
            | RegionError::NotSummary
            | RegionError::OverallMismatch
            | RegionError::NoSummaries => vec![],
        }
    }
}

/// A piece of the file as it may appear in a message: at most 40 characters, control characters
/// escaped, so a hostile file cannot flood or garble the terminal.
fn shown(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().take(40) {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    if text.chars().count() > 40 {
        out.push('…');
    }
    out
}

const FIELDS: [&str; 9] = [
    "format",
    "version",
    "year",
    "region",
    "size_class",
    "questionnaire_version",
    "demo",
    "themes",
    "overall",
];
const THEME_FIELDS: [&str; 2] = ["id", "score"];

/// Reads a region summary. Refuses, in this order: more than [`MAX_BYTES`], an empty file, text
/// that is not (complete) JSON, JSON that is not a Baken region summary, another format version,
/// fields the format does not have (so nothing beyond the documented figures travels along), and
/// content that breaks the format's rules (see [`RegionSummary`]). Theme ids the questionnaire
/// does not know are allowed: a newer questionnaire may have more themes.
pub fn parse(text: &str) -> Result<RegionSummary, RegionError> {
    let size = text.len() as u64;
    if size > MAX_BYTES {
        return Err(RegionError::TooLarge {
            size_kb: size.div_ceil(1024),
            max_kb: MAX_BYTES / 1024,
        });
    }
    // Windows editors put a byte-order mark in front; it is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(RegionError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            RegionError::Truncated
        } else {
            RegionError::NotJson {
                line: e.line(),
                column: e.column(),
            }
        }
    })?;
    let Some(object) = value.as_object() else {
        return Err(RegionError::NotSummary);
    };
    if object.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(RegionError::NotSummary);
    }
    match object.get("version") {
        Some(v) if v.as_u64() == Some(u64::from(VERSION)) => {}
        Some(v) => {
            return Err(RegionError::OtherVersion {
                found: shown(&v.to_string()),
                supported: VERSION,
            });
        }
        None => {
            return Err(RegionError::Invalid {
                detail: "missing field `version`".into(),
            });
        }
    }
    let unknown = |object: &serde_json::Map<String, Value>, known: &[&str]| match object
        .keys()
        .find(|k| !known.contains(&k.as_str()))
    {
        Some(k) => Err(RegionError::UnknownField { field: shown(k) }),
        None => Ok(()),
    };
    unknown(object, &FIELDS)?;
    if let Some(themes) = object.get("themes").and_then(Value::as_array) {
        for theme in themes.iter().filter_map(Value::as_object) {
            unknown(theme, &THEME_FIELDS)?;
        }
    }
    let summary: RegionSummary =
        serde_json::from_value(value).map_err(|e| RegionError::Invalid {
            detail: e.to_string(),
        })?;
    check(&summary)?;
    Ok(summary)
}

/// The rules of the format beyond its shape.
fn check(s: &RegionSummary) -> Result<(), RegionError> {
    if !YEARS.contains(&s.year) {
        return Err(RegionError::BadYear { year: s.year });
    }
    if let Some(region) = &s.region {
        let chars = region.chars().count();
        if region.trim().is_empty() || chars > MAX_REGION || region.chars().any(char::is_control) {
            return Err(RegionError::BadRegion { max: MAX_REGION });
        }
    }
    if s.themes.is_empty() || s.themes.len() > MAX_THEMES {
        return Err(RegionError::ThemeCount {
            count: s.themes.len(),
            max: MAX_THEMES,
        });
    }
    for (i, theme) in s.themes.iter().enumerate() {
        let id = &theme.id;
        let ok = !id.is_empty()
            && id.len() <= MAX_THEME_ID
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-');
        if !ok {
            return Err(RegionError::BadThemeId { id: shown(id) });
        }
        if s.themes[..i].iter().any(|t| &t.id == id) {
            return Err(RegionError::DuplicateTheme { id: id.clone() });
        }
        if let Some(score) = theme.score
            && !(0.0..=4.0).contains(&score)
        {
            return Err(RegionError::ScoreOutOfRange {
                theme: id.clone(),
                score: score.to_string(),
            });
        }
    }
    let expected = mean(s.themes.iter().filter_map(|t| t.score));
    let consistent = match (s.overall, expected) {
        (None, None) => true,
        (Some(overall), Some(expected)) => (overall - expected).abs() <= OVERALL_TOLERANCE,
        _ => false,
    };
    if !consistent {
        return Err(RegionError::OverallMismatch);
    }
    Ok(())
}

/// Several municipalities' summaries side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionOverview {
    /// The region's name when every summary that names one names the same (spaces and case
    /// aside); `None` when none does or they differ (then `regions` lists them).
    pub region: Option<String>,
    /// Every distinct region name, in the order first met.
    pub regions: Vec<String>,
    /// The earliest and latest year among the summaries.
    pub years: (i32, i32),
    pub questionnaire_version: u32,
    /// The theme ids, one column each: the first summary's themes in its order, then any others
    /// in the order first met.
    pub themes: Vec<String>,
    /// One entry per summary, in the order given.
    pub municipalities: Vec<MunicipalityColumn>,
    /// The region per theme, in the order of `themes`.
    pub means: Vec<ThemeMean>,
    /// The mean of the municipalities' overall scores (each municipality weighs the same).
    pub overall: Option<f64>,
    /// How many municipalities have an overall score.
    pub overall_scored: u32,
}

/// One municipality in the overview: a neutral letter, never a name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MunicipalityColumn {
    /// "A", "B", … "Z", "AA", …, by position.
    pub letter: String,
    pub year: i32,
    pub size_class: Option<SizeClass>,
    pub demo: bool,
    /// Scores in the order of [`RegionOverview::themes`]; `None` when the municipality has no
    /// score for that theme (or does not have the theme).
    pub scores: Vec<Option<f64>>,
    pub overall: Option<f64>,
}

/// The region's figures for one theme.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeMean {
    pub id: String,
    /// The mean over the municipalities that have a score for the theme.
    pub mean: Option<f64>,
    pub lowest: Option<f64>,
    pub highest: Option<f64>,
    /// How many municipalities have a score for the theme.
    pub scored: u32,
}

/// The neutral label of the `index`-th municipality: A–Z, then AA, AB, …
pub fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(b'A' + (n % 26) as u8);
        n /= 26;
    }
    out.iter().rev().map(|&b| char::from(b)).collect()
}

fn normalised(region: &str) -> String {
    region
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Puts the summaries side by side. Refused when there are none, more than
/// [`MAX_MUNICIPALITIES`], or when they were made on different questionnaire versions: a theme's
/// score on one questionnaire is not comparable with its score on another, and a mean over both
/// would look meaningful while it is not. Different years may be combined (a region collects each
/// municipality's latest assessment); the overview shows each one's year.
pub fn combine(summaries: &[RegionSummary]) -> Result<RegionOverview, RegionError> {
    let Some(first) = summaries.first() else {
        return Err(RegionError::NoSummaries);
    };
    if summaries.len() > MAX_MUNICIPALITIES {
        return Err(RegionError::TooManySummaries {
            count: summaries.len(),
            max: MAX_MUNICIPALITIES,
        });
    }
    let expected = first.questionnaire_version;
    if let Some((index, other)) = summaries
        .iter()
        .enumerate()
        .find(|(_, s)| s.questionnaire_version != expected)
    {
        return Err(RegionError::MixedQuestionnaires {
            index,
            found: other.questionnaire_version,
            expected,
        });
    }

    let mut themes: Vec<String> = Vec::new();
    for s in summaries {
        for t in &s.themes {
            if !themes.contains(&t.id) {
                themes.push(t.id.clone());
            }
        }
    }
    let municipalities: Vec<MunicipalityColumn> = summaries
        .iter()
        .enumerate()
        .map(|(i, s)| MunicipalityColumn {
            letter: letter(i),
            year: s.year,
            size_class: s.size_class,
            demo: s.demo,
            scores: themes
                .iter()
                .map(|id| s.themes.iter().find(|t| &t.id == id).and_then(|t| t.score))
                .collect(),
            overall: s.overall,
        })
        .collect();
    let means = themes
        .iter()
        .enumerate()
        .map(|(col, id)| {
            let scores: Vec<f64> = municipalities
                .iter()
                .filter_map(|m| m.scores[col])
                .collect();
            ThemeMean {
                id: id.clone(),
                mean: mean(scores.iter().copied()),
                lowest: scores.iter().copied().reduce(f64::min),
                highest: scores.iter().copied().reduce(f64::max),
                scored: scores.len() as u32,
            }
        })
        .collect();

    let mut regions: Vec<String> = Vec::new();
    for region in summaries.iter().filter_map(|s| s.region.as_deref()) {
        if !regions.iter().any(|r| normalised(r) == normalised(region)) {
            regions.push(region.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    let years = summaries
        .iter()
        .fold((first.year, first.year), |(lo, hi), s| {
            (lo.min(s.year), hi.max(s.year))
        });
    Ok(RegionOverview {
        region: (regions.len() == 1).then(|| regions[0].clone()),
        regions,
        years,
        questionnaire_version: expected,
        themes,
        overall: mean(municipalities.iter().filter_map(|m| m.overall)),
        overall_scored: municipalities
            .iter()
            .filter(|m| m.overall.is_some())
            .count() as u32,
        municipalities,
        means,
    })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use serde_json::json;

    use super::*;
    use crate::assessment::{
        Assessment, AssessmentData, Rating, Respondent, RespondentAnswers, Response, Scored,
        TrainingFigures,
    };
    use crate::content::{AssessmentItem, Texts, Theme};
    use crate::{Municipality, MunicipalityProfile};

    fn texts(s: &str) -> Texts {
        [("nl".to_owned(), s.to_owned())].into_iter().collect()
    }

    fn questionnaire(version: u32, themes: &[(&str, &[&str])]) -> Questionnaire {
        Questionnaire {
            version,
            themes: themes
                .iter()
                .map(|(id, items)| Theme {
                    id: (*id).into(),
                    title: texts(id),
                    intro: texts(id),
                    items: items
                        .iter()
                        .map(|i| AssessmentItem {
                            id: (*i).into(),
                            question: texts(i),
                            good: texts(i),
                            evidence: texts(i),
                            levels: vec![texts(i); 5],
                            from_records: false,
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    fn response(theme: &str, item: &str, rating: Option<Rating>, explanation: &str) -> Response {
        Response {
            theme: theme.into(),
            item: item.into(),
            rating,
            explanation: explanation.into(),
            evidence: "Notulen overleg met Jan Jansen, Dorpsstraat 1".into(),
        }
    }

    /// A municipality with a name, a CBS code, respondents with names and explanations that name
    /// people: everything a summary must leave out.
    fn inputs(inhabitants: Option<u32>, region: Option<&str>) -> ReportInputs {
        let level = |level| Some(Rating::Level { level });
        ReportInputs {
            municipality: Municipality {
                profile: MunicipalityProfile {
                    name: "Zilverdam".into(),
                    cbs_code: Some(crate::CbsCode::parse("GM9901").unwrap()),
                    inhabitants,
                    region: region.map(str::to_owned),
                },
                is_demo: false,
            },
            current: Scored {
                data: AssessmentData {
                    assessment: Assessment {
                        id: 7,
                        title: "Zelfevaluatie Zilverdam".into(),
                        held_on: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
                    },
                    respondents: vec![RespondentAnswers {
                        respondent: Respondent {
                            id: 1,
                            name: "Fatima El Amrani".into(),
                            function: "AOV".into(),
                        },
                        responses: vec![
                            response("visie", "plan", level(3), "Besproken met Piet Pieters"),
                            response("visie", "analyse", level(2), ""),
                            response("netwerk", "kaart", level(1), "Geheim"),
                            response("netwerk", "sleutelfiguren", level(2), ""),
                            response("netwerk", "afspraken", level(2), ""),
                            response("leeg", "x", Some(Rating::NotApplicable), "nvt"),
                        ],
                    }],
                    actions: vec![],
                },
                training: TrainingFigures {
                    roles: vec![],
                    learners: 0,
                    valid: 0,
                },
            },
            previous: None,
        }
    }

    fn three_themes() -> Questionnaire {
        questionnaire(
            1,
            &[
                ("visie", &["plan", "analyse"]),
                ("netwerk", &["kaart", "sleutelfiguren", "afspraken"]),
                ("leeg", &["x"]),
            ],
        )
    }

    #[test]
    fn a_summary_has_the_scores_and_nothing_that_names_anyone() {
        let summary = summarise(
            &inputs(Some(23_400), Some("Zorg- en Veiligheidshuis Zilverdelta")),
            &three_themes(),
        );
        assert_eq!(summary.format, FORMAT);
        assert_eq!(summary.version, 1);
        assert_eq!(summary.year, 2026);
        assert_eq!(
            summary.region.as_deref(),
            Some("Zorg- en Veiligheidshuis Zilverdelta")
        );
        assert_eq!(summary.size_class, Some(SizeClass::From20kTo50k));
        assert_eq!(summary.questionnaire_version, 1);
        let scores: Vec<(&str, Option<f64>)> = summary
            .themes
            .iter()
            .map(|t| (t.id.as_str(), t.score))
            .collect();
        // 5/3 is rounded to two decimals; a theme without a level is null, not 0.
        assert_eq!(
            scores,
            [
                ("visie", Some(2.5)),
                ("netwerk", Some(1.67)),
                ("leeg", None)
            ]
        );
        assert_eq!(summary.overall, Some(2.08));

        let json = summary.to_json();
        for secret in [
            "Zilverdam",
            "GM9901",
            "Fatima",
            "AOV",
            "Piet",
            "Geheim",
            "Jansen",
            "Dorpsstraat",
            "nvt",
            "23400",
            "plan",
        ] {
            assert!(!json.contains(secret), "{secret:?} leaked into:\n{json}");
        }
        // What a person opening the file sees, field by field.
        let value: Value = serde_json::from_str(&json).unwrap();
        let keys: Vec<&String> = value.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), FIELDS.len());
        assert_eq!(value["size_class"], "20k-50k");
        assert_eq!(value["themes"][2], json!({ "id": "leeg", "score": null }));
        // And it reads back as it was written.
        assert_eq!(parse(&json), Ok(summary));
    }

    #[test]
    fn unknown_size_and_region_are_null() {
        let summary = summarise(&inputs(None, None), &three_themes());
        assert_eq!(
            (summary.size_class, summary.region.as_deref()),
            (None, None)
        );
        let value: Value = serde_json::from_str(&summary.to_json()).unwrap();
        assert_eq!(value["size_class"], Value::Null);
        assert_eq!(value["region"], Value::Null);
        assert!(parse(&summary.to_json()).is_ok());
    }

    #[test]
    fn size_classes() {
        for (inhabitants, key) in [
            (1, "lt10k"),
            (9_999, "lt10k"),
            (10_000, "10k-20k"),
            (19_999, "10k-20k"),
            (20_000, "20k-50k"),
            (49_999, "20k-50k"),
            (50_000, "50k-100k"),
            (99_999, "50k-100k"),
            (100_000, "gte100k"),
            (5_000_000, "gte100k"),
        ] {
            let class = SizeClass::of(inhabitants);
            assert_eq!(class.key(), key, "{inhabitants}");
            assert_eq!(serde_json::to_value(class).unwrap(), key);
        }
        for class in SizeClass::ALL {
            let back: SizeClass = serde_json::from_value(json!(class.key())).unwrap();
            assert_eq!(back, class);
        }
    }

    /// A valid summary as JSON, to break one field at a time.
    fn valid() -> Value {
        json!({
            "format": "baken-region-summary",
            "version": 1,
            "year": 2026,
            "region": "Zorg- en Veiligheidshuis Zilverdelta",
            "size_class": "lt10k",
            "questionnaire_version": 1,
            "demo": false,
            "themes": [
                { "id": "visie-en-plan", "score": 2.5 },
                { "id": "netwerk", "score": 1.5 },
                { "id": "nieuw-thema-2030", "score": null },
            ],
            "overall": 2.0,
        })
    }

    fn with(edit: impl FnOnce(&mut Value)) -> String {
        let mut value = valid();
        edit(&mut value);
        value.to_string()
    }

    fn check_refused(name: &str, text: &str, expect: RegionError) {
        assert_eq!(parse(text), Err(expect), "{name}");
    }

    #[test]
    fn valid_files_are_read() {
        let summary = parse(&valid().to_string()).unwrap();
        assert_eq!(summary.themes.len(), 3);
        assert_eq!(summary.size_class, Some(SizeClass::Below10k));
        for (name, text) in [
            (
                "a byte-order mark from Notepad",
                format!("\u{feff}{}", valid()),
            ),
            (
                "pretty-printed",
                serde_json::to_string_pretty(&valid()).unwrap(),
            ),
            (
                "region and size class left out",
                with(|v| {
                    let o = v.as_object_mut().unwrap();
                    o.remove("region");
                    o.remove("size_class");
                }),
            ),
            (
                "whole numbers as scores",
                with(|v| {
                    v["themes"][0]["score"] = json!(4);
                    v["themes"][1]["score"] = json!(0);
                    v["overall"] = json!(2);
                }),
            ),
            (
                "nothing answered",
                with(|v| {
                    v["themes"][0]["score"] = Value::Null;
                    v["themes"][1]["score"] = Value::Null;
                    v["overall"] = Value::Null;
                }),
            ),
            (
                "overall rounded on its own",
                with(|v| {
                    v["themes"][0]["score"] = json!(1.67);
                    v["themes"][1]["score"] = json!(2.33);
                    v["overall"] = json!(2.01);
                }),
            ),
        ] {
            assert!(parse(&text).is_ok(), "{name}: {:?}", parse(&text));
        }
    }

    #[test]
    fn files_that_are_not_a_summary_are_refused() {
        use RegionError::*;
        let two_mb = format!(
            "{{\"format\": \"baken-region-summary\", \"pad\": \"{}\"}}",
            "x".repeat(2 << 20)
        );
        check_refused(
            "2 MB",
            &two_mb,
            TooLarge {
                size_kb: 2049,
                max_kb: 1024,
            },
        );
        check_refused("empty", "", Empty);
        check_refused("only spaces", " \n\t ", Empty);
        check_refused(
            "garbage",
            "PK\u{3}\u{4} zip?",
            NotJson { line: 1, column: 1 },
        );
        check_refused(
            "a CSV export",
            "thema;score\nvisie;2,5\n",
            NotJson { line: 1, column: 2 },
        );
        let text = valid().to_string();
        check_refused("truncated", &text[..text.len() / 2], Truncated);
        check_refused("truncated at the end", &text[..text.len() - 1], Truncated);
        check_refused("a JSON array", "[1, 2, 3]", NotSummary);
        check_refused("a JSON string", "\"baken-region-summary\"", NotSummary);
        check_refused(
            "another format",
            &with(|v| v["format"] = json!("baken-export")),
            NotSummary,
        );
        check_refused(
            "no format",
            &with(|v| {
                v.as_object_mut().unwrap().remove("format");
            }),
            NotSummary,
        );
    }

    #[test]
    fn other_versions_are_refused_by_name() {
        use RegionError::*;
        let other = |found: &str| OtherVersion {
            found: found.into(),
            supported: 1,
        };
        check_refused(
            "version 2",
            &with(|v| {
                v["version"] = json!(2);
                // A version 2 may well have fields version 1 does not know: the version decides.
                v["respondents"] = json!(3);
            }),
            other("2"),
        );
        check_refused("version 0", &with(|v| v["version"] = json!(0)), other("0"));
        check_refused(
            "version as text",
            &with(|v| v["version"] = json!("1")),
            other("\"1\""),
        );
        check_refused(
            "version 1.5",
            &with(|v| v["version"] = json!(1.5)),
            other("1.5"),
        );
        check_refused(
            "no version",
            &with(|v| {
                v.as_object_mut().unwrap().remove("version");
            }),
            Invalid {
                detail: "missing field `version`".into(),
            },
        );
    }

    #[test]
    fn content_that_breaks_the_rules_is_refused() {
        use RegionError::*;
        let cases: Vec<(&str, String, RegionError)> = vec![
            (
                "a free-text field",
                with(|v| v["toelichting"] = json!("Wethouder X wil dit niet")),
                UnknownField {
                    field: "toelichting".into(),
                },
            ),
            (
                "a name",
                with(|v| v["municipality"] = json!("Zilverdam")),
                UnknownField {
                    field: "municipality".into(),
                },
            ),
            (
                "a note on a theme",
                with(|v| v["themes"][1]["note"] = json!("…")),
                UnknownField {
                    field: "note".into(),
                },
            ),
            (
                "a score as text",
                with(|v| v["themes"][0]["score"] = json!("2,5")),
                Invalid {
                    detail: "invalid type: string \"2,5\", expected f64".into(),
                },
            ),
            (
                "an unknown size class",
                with(|v| v["size_class"] = json!("tiny")),
                Invalid {
                    detail: "unknown variant `tiny`, expected one of `lt10k`, `10k-20k`, `20k-50k`, `50k-100k`, `gte100k`".into(),
                },
            ),
            (
                "themes missing",
                with(|v| {
                    v.as_object_mut().unwrap().remove("themes");
                }),
                Invalid {
                    detail: "missing field `themes`".into(),
                },
            ),
            (
                "a score above 4",
                with(|v| v["themes"][1]["score"] = json!(4.5)),
                ScoreOutOfRange {
                    theme: "netwerk".into(),
                    score: "4.5".into(),
                },
            ),
            (
                "a negative score",
                with(|v| v["themes"][0]["score"] = json!(-1)),
                ScoreOutOfRange {
                    theme: "visie-en-plan".into(),
                    score: "-1".into(),
                },
            ),
            (
                "an overall that is not the mean",
                with(|v| v["overall"] = json!(3.9)),
                OverallMismatch,
            ),
            (
                "an overall without any theme score",
                with(|v| {
                    v["themes"][0]["score"] = Value::Null;
                    v["themes"][1]["score"] = Value::Null;
                }),
                OverallMismatch,
            ),
            (
                "no overall with theme scores",
                with(|v| v["overall"] = Value::Null),
                OverallMismatch,
            ),
            (
                "the same theme twice",
                with(|v| v["themes"][1]["id"] = json!("visie-en-plan")),
                DuplicateTheme {
                    id: "visie-en-plan".into(),
                },
            ),
            (
                "a theme id that is not one",
                with(|v| v["themes"][0]["id"] = json!("Visie & plan\n")),
                BadThemeId {
                    id: "Visie & plan\\n".into(),
                },
            ),
            (
                "an empty theme id",
                with(|v| v["themes"][0]["id"] = json!("")),
                BadThemeId { id: String::new() },
            ),
            (
                "a very long theme id",
                with(|v| v["themes"][0]["id"] = json!("a".repeat(65))),
                BadThemeId {
                    id: format!("{}…", "a".repeat(40)),
                },
            ),
            (
                "no themes",
                with(|v| v["themes"] = json!([])),
                ThemeCount { count: 0, max: 100 },
            ),
            (
                "too many themes",
                with(|v| {
                    v["themes"] = (0..101)
                        .map(|i| json!({ "id": format!("t{i}"), "score": null }))
                        .collect();
                    v["overall"] = Value::Null;
                }),
                ThemeCount {
                    count: 101,
                    max: 100,
                },
            ),
            (
                "a year long ago",
                with(|v| v["year"] = json!(1999)),
                BadYear { year: 1999 },
            ),
            (
                "a year far ahead",
                with(|v| v["year"] = json!(2101)),
                BadYear { year: 2101 },
            ),
            (
                "an empty region",
                with(|v| v["region"] = json!("  ")),
                BadRegion { max: 100 },
            ),
            (
                "a region that is a letter",
                with(|v| v["region"] = json!("r".repeat(101))),
                BadRegion { max: 100 },
            ),
            (
                "a region with a line break",
                with(|v| v["region"] = json!("Zilverdelta\nGeheim")),
                BadRegion { max: 100 },
            ),
        ];
        for (name, text, expect) in cases {
            check_refused(name, &text, expect);
        }
    }

    #[test]
    fn every_error_has_a_message_id_and_its_arguments() {
        let errors = [
            RegionError::TooLarge {
                size_kb: 2,
                max_kb: 1,
            },
            RegionError::Empty,
            RegionError::NotJson { line: 1, column: 2 },
            RegionError::Truncated,
            RegionError::NotSummary,
            RegionError::OtherVersion {
                found: "2".into(),
                supported: 1,
            },
            RegionError::UnknownField { field: "x".into() },
            RegionError::Invalid { detail: "x".into() },
            RegionError::BadYear { year: 1 },
            RegionError::BadRegion { max: 1 },
            RegionError::ThemeCount { count: 0, max: 1 },
            RegionError::BadThemeId { id: "X".into() },
            RegionError::DuplicateTheme { id: "x".into() },
            RegionError::ScoreOutOfRange {
                theme: "x".into(),
                score: "5".into(),
            },
            RegionError::OverallMismatch,
            RegionError::NoSummaries,
            RegionError::TooManySummaries { count: 2, max: 1 },
            RegionError::MixedQuestionnaires {
                index: 1,
                found: 2,
                expected: 1,
            },
        ];
        let ids: Vec<&str> = errors.iter().map(RegionError::message_id).collect();
        assert_eq!(ids, RegionError::MESSAGE_IDS);
        assert_eq!(
            errors[5].args(),
            [("found", "2".to_owned()), ("supported", "1".to_owned())]
        );
    }

    /// A summary with these theme scores (overall: their mean), for combining.
    fn summary(year: i32, region: Option<&str>, scores: &[(&str, Option<f64>)]) -> RegionSummary {
        let themes: Vec<ThemeScore> = scores
            .iter()
            .map(|(id, score)| ThemeScore {
                id: (*id).into(),
                score: *score,
            })
            .collect();
        RegionSummary {
            format: FORMAT.into(),
            version: VERSION,
            year,
            region: region.map(str::to_owned),
            size_class: Some(SizeClass::Below10k),
            questionnaire_version: 1,
            demo: false,
            overall: mean(themes.iter().filter_map(|t| t.score)),
            themes,
        }
    }

    #[test]
    fn combining_takes_the_mean_over_the_municipalities_with_a_score() {
        let region = Some("ZVH Zilverdelta");
        let overview = combine(&[
            summary(
                2026,
                region,
                &[("a", Some(2.0)), ("b", Some(1.0)), ("c", None)],
            ),
            summary(2026, region, &[("a", Some(3.0)), ("b", None), ("c", None)]),
            summary(
                2025,
                region,
                &[("a", Some(4.0)), ("b", Some(2.0)), ("c", None)],
            ),
        ])
        .unwrap();
        assert_eq!(overview.themes, ["a", "b", "c"]);
        let means: Vec<_> = overview
            .means
            .iter()
            .map(|m| (m.mean, m.lowest, m.highest, m.scored))
            .collect();
        assert_eq!(
            means,
            [
                (Some(3.0), Some(2.0), Some(4.0), 3),
                // The municipality without a score is left out, not counted as 0.
                (Some(1.5), Some(1.0), Some(2.0), 2),
                (None, None, None, 0),
            ]
        );
        // The region's overall: the mean of the municipalities' overall scores 1.5, 3 and 3.
        assert_eq!(overview.overall, Some(2.5));
        assert_eq!(overview.overall_scored, 3);
        let letters: Vec<&str> = overview
            .municipalities
            .iter()
            .map(|m| m.letter.as_str())
            .collect();
        assert_eq!(letters, ["A", "B", "C"]);
        assert_eq!(overview.municipalities[1].scores, [Some(3.0), None, None]);
        assert_eq!(overview.years, (2025, 2026));
        assert_eq!(overview.region.as_deref(), Some("ZVH Zilverdelta"));
    }

    #[test]
    fn combining_themes_and_regions_that_differ() {
        let overview = combine(&[
            summary(
                2026,
                Some("ZVH  Zilverdelta"),
                &[("a", Some(2.0)), ("b", None)],
            ),
            summary(2026, None, &[("b", Some(1.0)), ("nieuw", Some(3.0))]),
            summary(2026, Some("zvh zilverdelta"), &[("a", None)]),
        ])
        .unwrap();
        // Every theme gets a column; a municipality without it has no score there.
        assert_eq!(overview.themes, ["a", "b", "nieuw"]);
        assert_eq!(overview.municipalities[0].scores, [Some(2.0), None, None]);
        assert_eq!(
            overview.municipalities[1].scores,
            [None, Some(1.0), Some(3.0)]
        );
        // Spelling aside, the region is the same; the first spelling, tidied, names it.
        assert_eq!(overview.region.as_deref(), Some("ZVH Zilverdelta"));
        assert_eq!(overview.regions, ["ZVH Zilverdelta"]);
        assert_eq!(overview.overall, Some(2.0));
        assert_eq!(overview.overall_scored, 2);

        let two = combine(&[
            summary(2026, Some("Noord"), &[("a", Some(1.0))]),
            summary(2026, Some("Zuid"), &[("a", Some(1.0))]),
        ])
        .unwrap();
        assert_eq!(two.region, None);
        assert_eq!(two.regions, ["Noord", "Zuid"]);
        let none = combine(&[summary(2026, None, &[("a", None)])]).unwrap();
        assert_eq!((none.region, none.regions.len()), (None, 0));
        assert_eq!((none.overall, none.overall_scored), (None, 0));
    }

    #[test]
    fn combining_is_refused_for_no_summaries_too_many_or_mixed_questionnaires() {
        assert_eq!(combine(&[]), Err(RegionError::NoSummaries));
        let one = summary(2026, None, &[("a", Some(1.0))]);
        let many = vec![one.clone(); MAX_MUNICIPALITIES + 1];
        assert_eq!(
            combine(&many),
            Err(RegionError::TooManySummaries {
                count: 401,
                max: 400
            })
        );
        assert!(combine(&many[1..]).is_ok());
        let mut newer = one.clone();
        newer.questionnaire_version = 2;
        assert_eq!(
            combine(&[one.clone(), one.clone(), newer, one]),
            Err(RegionError::MixedQuestionnaires {
                index: 2,
                found: 2,
                expected: 1
            })
        );
    }

    #[test]
    fn letters_go_on_after_z() {
        for (index, expect) in [
            (0, "A"),
            (1, "B"),
            (25, "Z"),
            (26, "AA"),
            (27, "AB"),
            (51, "AZ"),
            (52, "BA"),
            (701, "ZZ"),
            (702, "AAA"),
        ] {
            assert_eq!(letter(index), expect, "{index}");
        }
    }

    #[test]
    fn the_example_in_the_format_documentation_is_valid() {
        let doc = include_str!("../../../docs/region-summary.md");
        let example = doc
            .split("```json\n")
            .nth(1)
            .and_then(|rest| rest.split("```").next())
            .expect("docs/region-summary.md has a JSON example");
        let summary = parse(example).unwrap();
        assert_eq!(summary.themes.len(), 12);
        // Written out by Baken, it is the same text.
        assert_eq!(summary.to_json(), example);
    }

    #[test]
    fn the_default_questionnaire_makes_a_valid_summary() {
        let pack = crate::content::default_pack();
        let questionnaire = pack.questionnaire.expect("the default pack has one");
        let summary = summarise(&inputs(Some(8_000), None), &questionnaire);
        assert_eq!(summary.themes.len(), questionnaire.themes.len());
        // These answers use other ids, so nothing is scored, and that is a valid summary too.
        assert_eq!(parse(&summary.to_json()), Ok(summary));
    }
}
