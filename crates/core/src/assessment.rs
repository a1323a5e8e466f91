//! The municipality's self-assessment of its local approach, and the rules that score it.
//!
//! A coordinator holds one [`Assessment`] a year (or per date). Several [`Respondent`]s (the AOV, a
//! policy officer, a wijkteam lead) each rate the questionnaire's items ([`Response`]) on the
//! maturity scale 0–4, or say "not applicable" / "don't know". Their answers are kept apart;
//! [`score`] agrees them per item, scores each theme and the whole, and lists where respondents
//! differ. The training item is not rated by anyone: its level comes from the progress records
//! ([`training_figures`], [`training_level`]). [`ImprovementAction`]s form the action plan.
//!
//! The rules, in one place so the report can explain them:
//! - An item's agreed level is the median of the levels the respondents gave; with an even number
//!   of levels the lower middle one, so the report never flatters. A respondent's "not applicable"
//!   or "don't know" does not pull the level down; the item counts as "don't know" only when
//!   nobody gave a level and someone said "don't know", and as "not applicable" when everyone who
//!   answered said so.
//! - Respondents differ on an item when the levels they gave are two or more apart.
//! - A theme's score is the mean of its items' agreed levels; items that are not applicable, not
//!   known or not answered are left out (and counted, so the report can say so). A theme without
//!   any level has no score.
//! - The overall score is the mean of the theme scores that exist.

pub mod export;

use chrono::{DateTime, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::Questionnaire;
use crate::course::Outline;
use crate::learner::{Learner, Role};
use crate::progress::{ModuleStatus, ProgressEvent, module_status};

/// The highest maturity level: "evaluated and improved".
pub const MAX_LEVEL: u8 = 4;
/// Longest explanation or evidence text we keep (a page of text; the report is not an archive).
pub const MAX_TEXT: usize = 4_000;
/// Longest action, owner or respondent field.
pub const MAX_SHORT: usize = 200;

/// One yearly self-assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    #[ts(type = "number")]
    pub id: i64,
    pub title: String,
    #[ts(type = "string")]
    pub held_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Respondent {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    /// Their job, e.g. "AOV"; may be empty.
    pub function: String,
}

/// A rating on the maturity scale, or one of the two ways out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Rating {
    Level { level: u8 },
    NotApplicable,
    DontKnow,
}

impl Rating {
    /// How it is stored: `0`–`4`, `na` or `dk`.
    pub fn key(self) -> String {
        match self {
            Rating::Level { level } => level.to_string(),
            Rating::NotApplicable => "na".into(),
            Rating::DontKnow => "dk".into(),
        }
    }

    pub fn from_key(key: &str) -> Option<Rating> {
        match key {
            "na" => Some(Rating::NotApplicable),
            "dk" => Some(Rating::DontKnow),
            _ => key
                .parse::<u8>()
                .ok()
                .filter(|l| *l <= MAX_LEVEL)
                .map(|level| Rating::Level { level }),
        }
    }

    fn level(self) -> Option<u8> {
        match self {
            Rating::Level { level } => Some(level),
            _ => None,
        }
    }
}

/// One respondent's answer to one item. A response may carry only an explanation (for the
/// training item, where the figures are the rating).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Response {
    pub theme: String,
    pub item: String,
    pub rating: Option<Rating>,
    pub explanation: String,
    pub evidence: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    Open,
    InProgress,
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::Open,
        ActionStatus::InProgress,
        ActionStatus::Done,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::InProgress => "in-progress",
            ActionStatus::Done => "done",
        }
    }

    pub fn from_key(key: &str) -> Option<ActionStatus> {
        ActionStatus::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// An improvement measure: what will be done about an item, by whom, by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImprovementAction {
    #[ts(type = "number")]
    pub id: i64,
    pub theme: String,
    pub item: Option<String>,
    pub action: String,
    pub owner: String,
    #[ts(type = "string | null")]
    pub deadline: Option<NaiveDate>,
    pub status: ActionStatus,
}

/// Everything stored about one assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AssessmentData {
    pub assessment: Assessment,
    /// Each respondent with their answers.
    pub respondents: Vec<RespondentAnswers>,
    /// The action plan, most urgent first.
    pub actions: Vec<ImprovementAction>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RespondentAnswers {
    pub respondent: Respondent,
    pub responses: Vec<Response>,
}

impl AssessmentData {
    /// The answers per respondent, as [`baken_core::assessment::score`] takes them.
    pub fn answers(&self) -> Vec<Vec<Response>> {
        self.respondents
            .iter()
            .map(|r| r.responses.clone())
            .collect()
    }
}

/// An action as typed; `id` is `None` for a new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionForm {
    #[ts(optional, type = "number")]
    pub id: Option<i64>,
    pub theme: String,
    #[ts(optional)]
    pub item: Option<String>,
    pub action: String,
    pub owner: String,
    #[ts(type = "string | null")]
    pub deadline: Option<NaiveDate>,
    pub status: ActionStatus,
}

/// Most urgent first: unfinished actions by deadline (those without one after), then done ones.
pub fn by_urgency(actions: &mut [ImprovementAction]) {
    actions.sort_by_key(|a| {
        (
            a.status == ActionStatus::Done,
            a.deadline.is_none(),
            a.deadline,
            a.id,
        )
    });
}

/// What the respondents agree on for one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Agreed {
    Level { level: u8 },
    NotApplicable,
    DontKnow,
    Unanswered,
}

impl Agreed {
    pub fn level(self) -> Option<u8> {
        match self {
            Agreed::Level { level } => Some(level),
            _ => None,
        }
    }
}

/// Agrees one item's ratings (one per respondent; `None` = that respondent skipped it). Returns
/// the agreed value and, when levels were given, their lowest and highest.
pub fn agree(ratings: &[Option<Rating>]) -> (Agreed, Option<(u8, u8)>) {
    let mut levels: Vec<u8> = ratings.iter().flatten().filter_map(|r| r.level()).collect();
    levels.sort_unstable();
    if let (Some(&lo), Some(&hi)) = (levels.first(), levels.last()) {
        let median = levels[(levels.len() - 1) / 2];
        return (Agreed::Level { level: median }, Some((lo, hi)));
    }
    let agreed = if ratings.contains(&Some(Rating::DontKnow)) {
        Agreed::DontKnow
    } else if ratings.contains(&Some(Rating::NotApplicable)) {
        Agreed::NotApplicable
    } else {
        Agreed::Unanswered
    };
    (agreed, None)
}

/// One item as scored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemResult {
    pub theme: String,
    pub item: String,
    pub agreed: Agreed,
    /// The respondents' levels are two or more apart.
    pub differs: bool,
    pub from_records: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ThemeResult {
    pub theme: String,
    /// Mean agreed level (0–4); `None` when no item has a level.
    pub score: Option<f64>,
    pub items: u32,
    pub answered: u32,
    pub not_applicable: u32,
    pub dont_know: u32,
    pub unanswered: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AssessmentResult {
    pub items: Vec<ItemResult>,
    pub themes: Vec<ThemeResult>,
    pub overall: Option<f64>,
}

impl AssessmentResult {
    pub fn theme(&self, id: &str) -> Option<&ThemeResult> {
        self.themes.iter().find(|t| t.theme == id)
    }

    pub fn item(&self, theme: &str, item: &str) -> Option<&ItemResult> {
        self.items
            .iter()
            .find(|i| i.theme == theme && i.item == item)
    }

    /// Theme ids with a score, strongest first (ties in questionnaire order).
    pub fn ranked(&self) -> Vec<(&str, f64)> {
        let mut scored: Vec<(&str, f64)> = self
            .themes
            .iter()
            .filter_map(|t| t.score.map(|s| (t.theme.as_str(), s)))
            .collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1));
        scored
    }

    /// Up to `n` strongest and up to `n` weakest themes, never the same theme in both lists.
    pub fn strongest_and_weakest(&self, n: usize) -> (Vec<&str>, Vec<&str>) {
        let ranked = self.ranked();
        let strong: Vec<&str> = ranked.iter().take(n).map(|(id, _)| *id).collect();
        let weak: Vec<&str> = ranked
            .iter()
            .rev()
            .filter(|(id, _)| !strong.contains(id))
            .take(n)
            .map(|(id, _)| *id)
            .collect();
        (strong, weak)
    }
}

/// Scores an assessment. `answers` holds each respondent's responses; `training` is the level of
/// the item that comes from the records (`None` when there are no records to go on).
pub fn score(
    questionnaire: &Questionnaire,
    answers: &[Vec<Response>],
    training: Option<u8>,
) -> AssessmentResult {
    let mut items = Vec::new();
    let mut themes = Vec::new();
    for theme in &questionnaire.themes {
        let mut result = ThemeResult {
            theme: theme.id.clone(),
            score: None,
            items: theme.items.len() as u32,
            answered: 0,
            not_applicable: 0,
            dont_know: 0,
            unanswered: 0,
        };
        let mut levels = Vec::new();
        for item in &theme.items {
            let (agreed, spread) = if item.from_records {
                let agreed = training.map_or(Agreed::Unanswered, |level| Agreed::Level {
                    level: level.min(MAX_LEVEL),
                });
                (agreed, None)
            } else {
                let ratings: Vec<Option<Rating>> = answers
                    .iter()
                    .map(|responses| {
                        responses
                            .iter()
                            .find(|r| r.theme == theme.id && r.item == item.id)
                            .and_then(|r| r.rating)
                    })
                    .collect();
                agree(&ratings)
            };
            match agreed {
                Agreed::Level { level } => {
                    result.answered += 1;
                    levels.push(f64::from(level));
                }
                Agreed::NotApplicable => result.not_applicable += 1,
                Agreed::DontKnow => result.dont_know += 1,
                Agreed::Unanswered => result.unanswered += 1,
            }
            items.push(ItemResult {
                theme: theme.id.clone(),
                item: item.id.clone(),
                agreed,
                differs: spread.is_some_and(|(lo, hi)| hi - lo >= 2),
                from_records: item.from_records,
            });
        }
        result.score = mean(&levels);
        themes.push(result);
    }
    let overall = mean(&themes.iter().filter_map(|t| t.score).collect::<Vec<_>>());
    AssessmentResult {
        items,
        themes,
        overall,
    }
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Training figures for one role, on a given day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleTraining {
    pub role: Role,
    pub learners: u32,
    /// Learners whose every required module is completed and still valid.
    pub valid: u32,
    /// Of those, whose first required module expires within three months.
    pub expiring: u32,
    /// Learners who have not opened a single required module.
    pub never_started: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingFigures {
    /// Roles that have learners, in the order of [`Role::ALL`].
    pub roles: Vec<RoleTraining>,
    pub learners: u32,
    pub valid: u32,
}

impl TrainingFigures {
    /// The share of learners with a valid training, `None` without learners.
    pub fn share(&self) -> Option<f64> {
        (self.learners > 0).then(|| f64::from(self.valid) / f64::from(self.learners))
    }
}

/// Who is trained on `at`, from each learner's events up to that moment (so an assessment of last
/// year shows last year's figures).
pub fn training_figures(
    outline: &Outline,
    learners: &[(Learner, Vec<ProgressEvent>)],
    at: DateTime<Utc>,
) -> TrainingFigures {
    let soon = at
        .checked_add_months(Months::new(3))
        .unwrap_or(DateTime::<Utc>::MAX_UTC);
    let mut roles: Vec<RoleTraining> = Vec::new();
    for (learner, events) in learners {
        let events: Vec<ProgressEvent> = events
            .iter()
            .filter(|e| e.occurred_at <= at)
            .cloned()
            .collect();
        let required: Vec<ModuleStatus> = outline
            .modules
            .iter()
            .filter(|m| outline.is_required(learner.role, &m.id))
            .map(|m| module_status(&events, &m.id, outline.validity_months, at))
            .collect();
        let valid_until: Option<Vec<DateTime<Utc>>> =
            required.iter().map(ModuleStatus::valid_until).collect();
        let first_expiry = valid_until.and_then(|v| v.into_iter().min());
        let row = match roles.iter_mut().find(|r| r.role == learner.role) {
            Some(row) => row,
            None => {
                roles.push(RoleTraining {
                    role: learner.role,
                    learners: 0,
                    valid: 0,
                    expiring: 0,
                    never_started: 0,
                });
                roles.last_mut().expect("just pushed")
            }
        };
        row.learners += 1;
        if let Some(until) = first_expiry {
            row.valid += 1;
            if until < soon {
                row.expiring += 1;
            }
        }
        if required
            .iter()
            .all(|s| matches!(s, ModuleStatus::NotStarted))
        {
            row.never_started += 1;
        }
    }
    roles.sort_by_key(|r| Role::ALL.iter().position(|x| *x == r.role));
    TrainingFigures {
        learners: roles.iter().map(|r| r.learners).sum(),
        valid: roles.iter().map(|r| r.valid).sum(),
        roles,
    }
}

/// The level of the training item from the share of learners with a valid training: nobody 0,
/// under a quarter 1, under half 2, under 90 percent 3, else 4 (the thresholds in
/// `assessment.toml` say the same in words). `None` without learners: no records, no level.
pub fn training_level(figures: &TrainingFigures) -> Option<u8> {
    let share = figures.share()?;
    Some(if figures.valid == 0 {
        0
    } else if share < 0.25 {
        1
    } else if share < 0.5 {
        2
    } else if share < 0.9 {
        3
    } else {
        4
    })
}

/// One assessment with the training figures on its date: what a report needs of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scored {
    pub data: AssessmentData,
    pub training: TrainingFigures,
}

impl Scored {
    pub fn result(&self, questionnaire: &Questionnaire) -> AssessmentResult {
        score(
            questionnaire,
            &self.data.answers(),
            training_level(&self.training),
        )
    }
}

/// Everything the council report is made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportInputs {
    pub municipality: crate::Municipality,
    pub current: Scored,
    /// The assessment held before it, to compare with.
    pub previous: Option<Scored>,
}

/// The assessment screen: the list of assessments and the one that is open, in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AssessmentView {
    /// Every assessment, the latest first.
    pub assessments: Vec<Assessment>,
    pub open: Option<OpenAssessment>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenAssessment {
    pub assessment: Assessment,
    pub respondents: Vec<Respondent>,
    pub themes: Vec<ThemeView>,
    pub actions: Vec<ImprovementAction>,
    pub overall: Option<f64>,
    /// Overall score of the assessment before this one, if any.
    pub previous_overall: Option<f64>,
    pub training: TrainingFigures,
    /// A preview of the report's summary: the (up to) three strongest and weakest themes' titles,
    /// and how many items the respondents differ on.
    pub strongest: Vec<String>,
    pub weakest: Vec<String>,
    pub differences: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ThemeView {
    pub id: String,
    pub number: u32,
    pub title: String,
    pub intro: String,
    pub result: ThemeResult,
    pub previous_score: Option<f64>,
    pub items: Vec<QuestionView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuestionView {
    pub id: String,
    pub question: String,
    pub good: String,
    pub evidence: String,
    /// What levels 0–4 look like for this item.
    pub levels: Vec<String>,
    pub from_records: bool,
    pub agreed: Agreed,
    pub differs: bool,
    /// Each respondent's answer, in the order of `respondents` (`None`: not answered yet).
    pub answers: Vec<Option<Response>>,
}

/// Builds the screen of one assessment in `lang`.
pub fn open_view(
    questionnaire: &Questionnaire,
    current: &Scored,
    previous: Option<&Scored>,
    lang: crate::Language,
) -> OpenAssessment {
    let text = |t: &crate::content::Texts| crate::course::ModuleOutline::text(t, lang);
    let result = current.result(questionnaire);
    let before = previous.map(|p| p.result(questionnaire));
    let themes = questionnaire
        .themes
        .iter()
        .enumerate()
        .map(|(n, theme)| ThemeView {
            id: theme.id.clone(),
            number: n as u32 + 1,
            title: text(&theme.title),
            intro: text(&theme.intro),
            result: result
                .theme(&theme.id)
                .cloned()
                .expect("score() returns every theme"),
            previous_score: before
                .as_ref()
                .and_then(|b| b.theme(&theme.id))
                .and_then(|t| t.score),
            items: theme
                .items
                .iter()
                .map(|item| {
                    let scored = result.item(&theme.id, &item.id);
                    QuestionView {
                        id: item.id.clone(),
                        question: text(&item.question),
                        good: text(&item.good),
                        evidence: text(&item.evidence),
                        levels: item.levels.iter().map(text).collect(),
                        from_records: item.from_records,
                        agreed: scored.map_or(Agreed::Unanswered, |s| s.agreed),
                        differs: scored.is_some_and(|s| s.differs),
                        answers: current
                            .data
                            .respondents
                            .iter()
                            .map(|r| {
                                r.responses
                                    .iter()
                                    .find(|x| x.theme == theme.id && x.item == item.id)
                                    .cloned()
                            })
                            .collect(),
                    }
                })
                .collect(),
        })
        .collect();
    let (strong, weak) = result.strongest_and_weakest(3);
    let titles = |ids: Vec<&str>| -> Vec<String> {
        ids.into_iter()
            .filter_map(|id| questionnaire.theme(id))
            .map(|t| text(&t.title))
            .collect()
    };
    let strongest = titles(strong);
    let weakest = titles(weak);
    let differences = result.items.iter().filter(|i| i.differs).count() as u32;
    OpenAssessment {
        strongest,
        weakest,
        differences,
        assessment: current.data.assessment.clone(),
        respondents: current
            .data
            .respondents
            .iter()
            .map(|r| r.respondent.clone())
            .collect(),
        themes,
        actions: current.data.actions.clone(),
        overall: result.overall,
        previous_overall: before.and_then(|b| b.overall),
        training: current.training.clone(),
    }
}

/// A new assessment's default title: "Zelfevaluatie 2026" / "Self-assessment 2026".
pub fn default_title(year: i32, lang: crate::Language) -> String {
    match lang {
        crate::Language::Nl => format!("Zelfevaluatie {year}"),
        crate::Language::En => format!("Self-assessment {year}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{AssessmentItem, Texts, Theme};

    fn level(l: u8) -> Option<Rating> {
        Some(Rating::Level { level: l })
    }
    const NA: Option<Rating> = Some(Rating::NotApplicable);
    const DK: Option<Rating> = Some(Rating::DontKnow);

    fn check_agree(ratings: &[Option<Rating>], expect: Agreed, differs: bool) {
        let (agreed, spread) = agree(ratings);
        assert_eq!(agreed, expect, "{ratings:?}");
        assert_eq!(
            spread.is_some_and(|(lo, hi)| hi - lo >= 2),
            differs,
            "{ratings:?}"
        );
    }

    #[test]
    fn agreeing_one_item() {
        use Agreed::*;
        check_agree(&[], Unanswered, false);
        check_agree(&[None, None], Unanswered, false);
        check_agree(&[level(3)], Level { level: 3 }, false);
        // The median; with two, the lower one.
        check_agree(&[level(1), level(3)], Level { level: 1 }, true);
        check_agree(&[level(4), level(1), level(2)], Level { level: 2 }, true);
        check_agree(&[level(2), level(3)], Level { level: 2 }, false);
        // "Not applicable" or "don't know" from one respondent does not pull a level down.
        check_agree(&[level(3), NA, DK], Level { level: 3 }, false);
        check_agree(&[DK, NA], DontKnow, false);
        check_agree(&[NA, NA, None], NotApplicable, false);
        check_agree(&[None, DK], DontKnow, false);
        check_agree(&[level(0), level(4)], Level { level: 0 }, true);
    }

    fn texts(s: &str) -> Texts {
        [("nl".to_owned(), s.to_owned())].into_iter().collect()
    }

    fn questionnaire(themes: &[(&str, &[&str])]) -> Questionnaire {
        Questionnaire {
            version: 1,
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
                            from_records: *i == "aandeel-opgeleid",
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    fn r(theme: &str, item: &str, rating: Option<Rating>) -> Response {
        Response {
            theme: theme.into(),
            item: item.into(),
            rating,
            explanation: String::new(),
            evidence: String::new(),
        }
    }

    /// One case of the scoring table: the questionnaire, each respondent's answers, the training
    /// level, and per theme (score, answered, n/a, don't know, unanswered), then the overall score.
    struct Case<'a> {
        name: &'a str,
        themes: &'a [(&'a str, &'a [&'a str])],
        answers: Vec<Vec<Response>>,
        training: Option<u8>,
        expect: &'a [(&'a str, Option<f64>, [u32; 4])],
        overall: Option<f64>,
    }

    fn check(case: Case) {
        let q = questionnaire(case.themes);
        let result = score(&q, &case.answers, case.training);
        for (theme, score, [answered, na, dk, unanswered]) in case.expect {
            let t = result.theme(theme).unwrap();
            assert_eq!(t.score, *score, "{}: score of {theme}", case.name);
            assert_eq!(
                [t.answered, t.not_applicable, t.dont_know, t.unanswered],
                [*answered, *na, *dk, *unanswered],
                "{}: counts of {theme}",
                case.name
            );
        }
        assert_eq!(result.overall, case.overall, "{}: overall", case.name);
    }

    #[test]
    fn scoring_rules() {
        let two: &[(&str, &[&str])] = &[
            ("visie", &["plan", "analyse"]),
            ("netwerk", &["kaart", "sleutelfiguren", "afspraken"]),
        ];
        check(Case {
            name: "nothing answered",
            themes: two,
            answers: vec![vec![]],
            training: None,
            expect: &[
                ("visie", None, [0, 0, 0, 2]),
                ("netwerk", None, [0, 0, 0, 3]),
            ],
            overall: None,
        });
        check(Case {
            name: "no respondents at all",
            themes: two,
            answers: vec![],
            training: None,
            expect: &[("visie", None, [0, 0, 0, 2])],
            overall: None,
        });
        check(Case {
            name: "one respondent, n/a and don't know left out of the mean",
            themes: two,
            answers: vec![vec![
                r("visie", "plan", level(3)),
                r("visie", "analyse", level(2)),
                r("netwerk", "kaart", level(1)),
                r("netwerk", "sleutelfiguren", NA),
                r("netwerk", "afspraken", DK),
            ]],
            training: None,
            expect: &[
                ("visie", Some(2.5), [2, 0, 0, 0]),
                ("netwerk", Some(1.0), [1, 1, 1, 0]),
            ],
            overall: Some(1.75),
        });
        check(Case {
            name: "a theme that is wholly not applicable has no score and does not count",
            themes: two,
            answers: vec![vec![
                r("visie", "plan", level(4)),
                r("visie", "analyse", level(4)),
                r("netwerk", "kaart", NA),
                r("netwerk", "sleutelfiguren", NA),
                r("netwerk", "afspraken", NA),
            ]],
            training: None,
            expect: &[
                ("visie", Some(4.0), [2, 0, 0, 0]),
                ("netwerk", None, [0, 3, 0, 0]),
            ],
            overall: Some(4.0),
        });
        check(Case {
            name: "respondents disagree: the lower median counts",
            themes: two,
            answers: vec![
                vec![
                    r("visie", "plan", level(4)),
                    r("visie", "analyse", level(1)),
                ],
                vec![
                    r("visie", "plan", level(1)),
                    r("visie", "analyse", level(1)),
                ],
                vec![r("visie", "plan", level(2)), r("visie", "analyse", NA)],
            ],
            training: None,
            expect: &[("visie", Some(1.5), [2, 0, 0, 0])],
            overall: Some(1.5),
        });
        let with_training: &[(&str, &[&str])] =
            &[("opleiding", &["aandeel-opgeleid", "plan-per-functie"])];
        check(Case {
            name: "the training item comes from the records, whatever respondents say",
            themes: with_training,
            answers: vec![vec![
                r("opleiding", "aandeel-opgeleid", level(0)),
                r("opleiding", "plan-per-functie", level(2)),
            ]],
            training: Some(4),
            expect: &[("opleiding", Some(3.0), [2, 0, 0, 0])],
            overall: Some(3.0),
        });
        check(Case {
            name: "without records the training item is unanswered",
            themes: with_training,
            answers: vec![vec![r("opleiding", "plan-per-functie", level(2))]],
            training: None,
            expect: &[("opleiding", Some(2.0), [1, 0, 0, 1])],
            overall: Some(2.0),
        });
    }

    #[test]
    fn differences_are_marked_per_item() {
        let q = questionnaire(&[("visie", &["plan", "analyse"])]);
        let result = score(
            &q,
            &[
                vec![
                    r("visie", "plan", level(4)),
                    r("visie", "analyse", level(2)),
                ],
                vec![
                    r("visie", "plan", level(2)),
                    r("visie", "analyse", level(3)),
                ],
            ],
            None,
        );
        assert!(result.item("visie", "plan").unwrap().differs);
        assert!(!result.item("visie", "analyse").unwrap().differs);
    }

    #[test]
    fn strongest_and_weakest_never_overlap() {
        let q = questionnaire(&[("a", &["x"]), ("b", &["x"]), ("c", &["x"]), ("d", &["x"])]);
        let answers = vec![vec![
            r("a", "x", level(4)),
            r("b", "x", level(1)),
            r("c", "x", level(3)),
            r("d", "x", NA),
        ]];
        let result = score(&q, &answers, None);
        let (strong, weak) = result.strongest_and_weakest(3);
        assert_eq!(strong, ["a", "c", "b"]);
        assert!(weak.is_empty());
        let (strong, weak) = result.strongest_and_weakest(1);
        assert_eq!((strong, weak), (vec!["a"], vec!["b"]));
    }

    #[test]
    fn training_levels() {
        let figures = |learners, valid| TrainingFigures {
            roles: vec![],
            learners,
            valid,
        };
        for (learners, valid, expect) in [
            (0, 0, None),
            (10, 0, Some(0)),
            (10, 2, Some(1)),
            (8, 2, Some(2)),
            (10, 5, Some(3)),
            (10, 8, Some(3)),
            (10, 9, Some(4)),
            (3, 3, Some(4)),
        ] {
            assert_eq!(
                training_level(&figures(learners, valid)),
                expect,
                "{valid} of {learners}"
            );
        }
    }

    #[test]
    fn actions_by_urgency() {
        let action = |id, deadline: Option<(i32, u32, u32)>, status| ImprovementAction {
            id,
            theme: "visie".into(),
            item: None,
            action: format!("a{id}"),
            owner: String::new(),
            deadline: deadline.map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap()),
            status,
        };
        let mut actions = vec![
            action(1, None, ActionStatus::Open),
            action(2, Some((2027, 6, 1)), ActionStatus::Done),
            action(3, Some((2027, 9, 1)), ActionStatus::InProgress),
            action(4, Some((2027, 3, 1)), ActionStatus::Open),
        ];
        by_urgency(&mut actions);
        let order: Vec<i64> = actions.iter().map(|a| a.id).collect();
        assert_eq!(order, [4, 3, 1, 2]);
    }

    #[test]
    fn ratings_round_trip_through_their_keys() {
        for key in ["0", "1", "2", "3", "4", "na", "dk"] {
            assert_eq!(Rating::from_key(key).unwrap().key(), key);
        }
        assert_eq!(Rating::from_key("5"), None);
        assert_eq!(Rating::from_key(""), None);
    }
}
