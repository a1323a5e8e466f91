//! From the stored assessment to the [`CouncilReport`]: scores the assessment with the rules in
//! `baken_core::assessment`, finds the texts in the report's language and puts the figures
//! side by side with the previous assessment. The CLI and the app both call [`council_report`],
//! so they produce the same report.

use baken_core::Language;
use baken_core::assessment::{ActionStatus, Agreed, Rating, ReportInputs};
use baken_core::content::{Questionnaire, Texts};
use baken_i18n::Messages;
use chrono::{NaiveDate, TimeZone, Utc};

use crate::council::{
    Action, CouncilReport, Difference, Finding, Respondent, Theme, TrainingRow, score_text,
};
use crate::long_date;

fn text(texts: &Texts, lang: Language) -> String {
    texts
        .get(lang.tag())
        .or_else(|| texts.get("nl"))
        .cloned()
        .unwrap_or_default()
}

/// "23.400" / "23,400".
pub fn thousands(n: u32, lang: Language) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Language::Nl => '.',
        Language::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// "2 – Vastgelegd", "Niet van toepassing", …
pub fn agreed_text(agreed: Agreed, t: &Messages) -> String {
    match agreed {
        Agreed::Level { level } => format!("{level} – {}", t.get(&format!("level-{level}"))),
        Agreed::NotApplicable => t.get("rating-na"),
        Agreed::DontKnow => t.get("rating-dk"),
        Agreed::Unanswered => t.get("rating-none"),
    }
}

fn rating_text(rating: Option<Rating>, t: &Messages) -> String {
    agreed_text(
        match rating {
            Some(Rating::Level { level }) => Agreed::Level { level },
            Some(Rating::NotApplicable) => Agreed::NotApplicable,
            Some(Rating::DontKnow) => Agreed::DontKnow,
            None => Agreed::Unanswered,
        },
        t,
    )
}

pub fn status_text(status: ActionStatus, t: &Messages) -> String {
    t.get(&format!("action-status-{}", status.key()))
}

fn date(d: NaiveDate, lang: Language) -> String {
    let at = Utc.from_utc_datetime(&d.and_hms_opt(12, 0, 0).unwrap_or_default());
    long_date(at, lang)
}

/// Builds the council report of the current assessment, compared with the previous one when there
/// is one.
pub fn council_report(
    inputs: &ReportInputs,
    questionnaire: &Questionnaire,
    lang: Language,
) -> CouncilReport {
    let t = Messages::for_language(lang);
    let municipality = &inputs.municipality;
    let current = &inputs.current;
    let previous = inputs.previous.as_ref();
    let result = current.result(questionnaire);
    let before = previous.map(|p| p.result(questionnaire));
    let several = current.data.respondents.len() > 1;
    let title_of = |id: &str| {
        questionnaire
            .theme(id)
            .map(|th| text(&th.title, lang))
            .unwrap_or_else(|| id.to_owned())
    };

    let mut themes = Vec::new();
    for (n, theme) in questionnaire.themes.iter().enumerate() {
        let scored = result.theme(&theme.id);
        let mut findings = Vec::new();
        for item in &theme.items {
            let agreed = result
                .item(&theme.id, &item.id)
                .map_or(Agreed::Unanswered, |i| i.agreed);
            let mut explanations = Vec::new();
            let mut evidence = Vec::new();
            for r in &current.data.respondents {
                let Some(resp) = r
                    .responses
                    .iter()
                    .find(|x| x.theme == theme.id && x.item == item.id)
                else {
                    continue;
                };
                let who = |s: &str| {
                    if several {
                        format!("{}: {s}", r.respondent.name)
                    } else {
                        s.to_owned()
                    }
                };
                if !resp.explanation.is_empty() {
                    explanations.push(who(&resp.explanation));
                }
                if !resp.evidence.is_empty() {
                    evidence.push(who(&resp.evidence));
                }
            }
            let mut level_text = agreed_text(agreed, t);
            if item.from_records {
                level_text = format!("{level_text} ({})", t.get("assessment-from-records"));
            }
            findings.push(Finding {
                question: text(&item.question, lang),
                level: agreed.level(),
                level_text,
                explanations,
                evidence,
            });
        }
        themes.push(Theme {
            number: n as u32 + 1,
            title: text(&theme.title, lang),
            score: scored.and_then(|s| s.score),
            previous: before
                .as_ref()
                .and_then(|b| b.theme(&theme.id))
                .and_then(|s| s.score),
            items: scored.map_or(0, |s| s.items),
            answered: scored.map_or(0, |s| s.answered),
            not_applicable: scored.map_or(0, |s| s.not_applicable),
            dont_know: scored.map_or(0, |s| s.dont_know),
            findings,
        });
    }

    let (strong, weak) = result.strongest_and_weakest(3);
    let mut differences = Vec::new();
    for item in result.items.iter().filter(|i| i.differs) {
        let answers = current
            .data
            .respondents
            .iter()
            .filter_map(|r| {
                let resp = r
                    .responses
                    .iter()
                    .find(|x| x.theme == item.theme && x.item == item.item)?;
                Some(format!(
                    "{}: {}",
                    r.respondent.name,
                    rating_text(resp.rating, t)
                ))
            })
            .collect();
        differences.push(Difference {
            theme: title_of(&item.theme),
            question: questionnaire
                .item(&item.theme, &item.item)
                .map(|i| text(&i.question, lang))
                .unwrap_or_default(),
            answers,
        });
    }

    let actions = current
        .data
        .actions
        .iter()
        .map(|a| Action {
            theme: title_of(&a.theme),
            action: a.action.clone(),
            owner: a.owner.clone(),
            deadline: a.deadline.map(|d| date(d, lang)).unwrap_or_default(),
            status: status_text(a.status, t),
            done: a.status == ActionStatus::Done,
        })
        .collect();

    let training = current
        .training
        .roles
        .iter()
        .map(|r| TrainingRow {
            role: t.get(&format!("role-{}", r.role.key())),
            learners: r.learners,
            valid: r.valid,
            expiring: r.expiring,
            never_started: r.never_started,
        })
        .collect();
    let held_on = current.data.assessment.held_on;
    let training_summary = (current.training.learners > 0).then(|| {
        t.format(
            "assessment-training-summary",
            &[
                ("date", date(held_on, lang)),
                ("valid", current.training.valid.to_string()),
                ("learners", current.training.learners.to_string()),
                (
                    "percent",
                    format!(
                        "{:.0}",
                        current.training.share().unwrap_or_default() * 100.0
                    ),
                ),
            ],
        )
    });

    CouncilReport {
        language: lang,
        municipality: municipality.profile.name.clone(),
        cbs_code: municipality
            .profile
            .cbs_code
            .as_ref()
            .map(|c| c.as_str().to_owned()),
        region: municipality.profile.region.clone(),
        inhabitants: municipality.profile.inhabitants.map(|n| {
            t.format(
                "assessment-inhabitants",
                &[("count", n.to_string()), ("formatted", thousands(n, lang))],
            )
        }),
        title: current.data.assessment.title.clone(),
        date: date(held_on, lang),
        previous_title: previous.map(|p| p.data.assessment.title.clone()),
        respondents: current
            .data
            .respondents
            .iter()
            .map(|r| Respondent {
                name: r.respondent.name.clone(),
                function: r.respondent.function.clone(),
            })
            .collect(),
        overall: result.overall,
        previous_overall: before.as_ref().and_then(|b| b.overall),
        themes,
        strongest: strong.iter().map(|id| title_of(id)).collect(),
        weakest: weak.iter().map(|id| title_of(id)).collect(),
        actions,
        differences,
        training,
        training_summary,
    }
}

/// A file name for the report: "Zilverdam - Zelfevaluatie 2026.pdf", with characters that file
/// systems refuse replaced.
pub fn file_name(report: &CouncilReport) -> String {
    safe_file_name(&format!("{} - {}.pdf", report.municipality, report.title))
}

/// `name` with characters that file systems refuse replaced by `_`.
pub fn safe_file_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    clean.trim().trim_start_matches('.').to_owned()
}

/// The overall score as text, for a one-line summary (CLI).
pub fn overall_text(report: &CouncilReport) -> String {
    score_text(report.overall, report.language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe() {
        let mut report = crate::council::sample_report(Language::Nl);
        report.municipality = "Den Haag/Scheveningen".into();
        report.title = "Zelfevaluatie 2026: \"concept\"".into();
        assert_eq!(
            file_name(&report),
            "Den Haag_Scheveningen - Zelfevaluatie 2026_ _concept_.pdf"
        );
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(23_400, Language::Nl), "23.400");
        assert_eq!(thousands(1_234_567, Language::En), "1,234,567");
        assert_eq!(thousands(950, Language::Nl), "950");
        assert_eq!(thousands(100_000, Language::Nl), "100.000");
    }
}
