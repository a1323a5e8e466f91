//! The assessment as files for other tools: CSV for a spreadsheet (the answers, the action plan)
//! and JSON with everything, in a documented, versioned shape (`docs/assessment-export.md`).
//!
//! CSV is written the way Dutch office spreadsheets open it without a wizard: UTF-8 with a byte
//! order mark, `;` between fields, every field quoted. A field that starts with `=`, `+`, `-` or
//! `@` gets a leading `'`, so a spreadsheet never runs text typed into Baken as a formula.

use serde::Serialize;

use super::{Agreed, Rating, ReportInputs, score, training_level};
use crate::Language;
use crate::content::Questionnaire;
use crate::course::ModuleOutline;

/// The JSON export's format name and version; a reader refuses other versions.
pub const FORMAT: &str = "baken-assessment";
pub const VERSION: u32 = 1;

pub(crate) fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    format!("\"{}\"", text.replace('"', "\"\""))
}

pub(crate) fn row(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(";");
    line.push_str("\r\n");
    line
}

fn rating_key(rating: Option<Rating>) -> String {
    match rating {
        None => String::new(),
        Some(Rating::Level { level }) => level.to_string(),
        Some(Rating::NotApplicable) => "nvt".into(),
        Some(Rating::DontKnow) => "weet-niet".into(),
    }
}

fn agreed_key(agreed: Agreed) -> String {
    match agreed {
        Agreed::Level { level } => level.to_string(),
        Agreed::NotApplicable => "nvt".into(),
        Agreed::DontKnow => "weet-niet".into(),
        Agreed::Unanswered => String::new(),
    }
}

/// Column names in the export's language.
pub(crate) fn headers(lang: Language, nl: &[&str], en: &[&str]) -> Vec<String> {
    match lang {
        Language::Nl => nl,
        Language::En => en,
    }
    .iter()
    .map(|s| (*s).to_owned())
    .collect()
}

/// One row per item and respondent: the level given, the agreed level, the explanation and the
/// evidence. Levels are `0`–`4`, `nvt` (not applicable), `weet-niet` (don't know) or empty.
pub fn answers_csv(inputs: &ReportInputs, q: &Questionnaire, lang: Language) -> String {
    let result = inputs.current.result(q);
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&headers(
        lang,
        &[
            "thema_nr",
            "thema",
            "vraag_id",
            "vraag",
            "invuller",
            "functie",
            "niveau",
            "niveau_samen",
            "toelichting",
            "bewijs",
        ],
        &[
            "theme_no",
            "theme",
            "item_id",
            "item",
            "respondent",
            "job",
            "level",
            "agreed_level",
            "explanation",
            "evidence",
        ],
    )));
    for (n, theme) in q.themes.iter().enumerate() {
        for item in &theme.items {
            let agreed = result
                .item(&theme.id, &item.id)
                .map_or(String::new(), |i| agreed_key(i.agreed));
            for r in &inputs.current.data.respondents {
                let answer = r
                    .responses
                    .iter()
                    .find(|x| x.theme == theme.id && x.item == item.id);
                out.push_str(&row(&[
                    (n + 1).to_string(),
                    ModuleOutline::text(&theme.title, lang),
                    format!("{}/{}", theme.id, item.id),
                    ModuleOutline::text(&item.question, lang),
                    r.respondent.name.clone(),
                    r.respondent.function.clone(),
                    rating_key(answer.and_then(|a| a.rating)),
                    agreed.clone(),
                    answer.map(|a| a.explanation.clone()).unwrap_or_default(),
                    answer.map(|a| a.evidence.clone()).unwrap_or_default(),
                ]));
            }
        }
    }
    out
}

/// The action plan, most urgent first.
pub fn actions_csv(inputs: &ReportInputs, q: &Questionnaire, lang: Language) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&headers(
        lang,
        &[
            "thema",
            "vraag",
            "maatregel",
            "eigenaar",
            "uiterlijk",
            "stand",
        ],
        &["theme", "item", "measure", "owner", "deadline", "status"],
    )));
    for a in &inputs.current.data.actions {
        let theme = q
            .theme(&a.theme)
            .map_or(a.theme.clone(), |t| ModuleOutline::text(&t.title, lang));
        let item = a
            .item
            .as_ref()
            .and_then(|i| q.item(&a.theme, i))
            .map_or(String::new(), |i| ModuleOutline::text(&i.question, lang));
        out.push_str(&row(&[
            theme,
            item,
            a.action.clone(),
            a.owner.clone(),
            a.deadline.map(|d| d.to_string()).unwrap_or_default(),
            a.status.key().to_owned(),
        ]));
    }
    out
}

#[derive(Serialize)]
struct JsonExport<'a> {
    format: &'static str,
    version: u32,
    municipality: &'a crate::MunicipalityProfile,
    questionnaire_version: u32,
    assessment: &'a super::Assessment,
    respondents: &'a [super::RespondentAnswers],
    actions: &'a [super::ImprovementAction],
    scores: ScoresJson,
    training: &'a super::TrainingFigures,
}

#[derive(Serialize)]
struct ScoresJson {
    overall: Option<f64>,
    themes: Vec<ThemeScoreJson>,
}

#[derive(Serialize)]
struct ThemeScoreJson {
    id: String,
    score: Option<f64>,
    answered: u32,
    not_applicable: u32,
    dont_know: u32,
    unanswered: u32,
}

/// Everything about the assessment as one JSON document (pretty-printed).
pub fn assessment_json(inputs: &ReportInputs, q: &Questionnaire) -> String {
    let current = &inputs.current;
    let result = score(
        q,
        &current.data.answers(),
        training_level(&current.training),
    );
    let doc = JsonExport {
        format: FORMAT,
        version: VERSION,
        municipality: &inputs.municipality.profile,
        questionnaire_version: q.version,
        assessment: &current.data.assessment,
        respondents: &current.data.respondents,
        actions: &current.data.actions,
        scores: ScoresJson {
            overall: result.overall,
            themes: result
                .themes
                .iter()
                .map(|t| ThemeScoreJson {
                    id: t.theme.clone(),
                    score: t.score,
                    answered: t.answered,
                    not_applicable: t.not_applicable,
                    dont_know: t.dont_know,
                    unanswered: t.unanswered,
                })
                .collect(),
        },
        training: &current.training,
    };
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("gewoon"), "\"gewoon\"");
        assert_eq!(field("zeg \"ja\""), "\"zeg \"\"ja\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "\"'-1\"");
        assert_eq!(field("regel\nnieuw;veld"), "\"regel\nnieuw;veld\"");
    }
}
