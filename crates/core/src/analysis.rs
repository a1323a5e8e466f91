//! What the group finds hard: item analysis of the knowledge checks, the case decisions that go
//! wrong most often, and completions per month, for the trainer's overview.
//!
//! Only first attempts count for the items (a retake after reading the explanations says little
//! about the question), and only answers to the item's current version (a changed question is a
//! new question). For a case step, each learner's first choice counts.
//!
//! The discrimination index (upper–lower method) is given from 20 answers on: learners are ranked
//! by their first-attempt score on the module's check; the index is the share correct among the
//! best 27 % minus the share correct among the weakest 27 %. Near 0 or below, the item does not
//! tell those who know from those who do not: worth a look.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::Language;
use crate::content::{ItemKind, Pack, Quality};
use crate::course::ModuleOutline;
use crate::progress::Answer;

/// Answers needed before a discrimination index means anything.
pub const MIN_FOR_DISCRIMINATION: u32 = 20;
/// How many of the hardest items and decisions the overview lists.
pub const HARDEST: usize = 5;

/// A first-attempt answer to a check item, as recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemAnswer {
    pub learner: Uuid,
    pub module: String,
    pub item: String,
    pub version: u32,
    pub answer: Answer,
    pub correct: bool,
}

/// A learner's first-attempt score on a module's check.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckScore {
    pub learner: Uuid,
    pub module: String,
    pub score: u8,
}

/// A learner's first choice at a step of a case.
#[derive(Debug, Clone, PartialEq)]
pub struct StepChoice {
    pub learner: Uuid,
    pub module: String,
    pub case: String,
    pub version: u32,
    pub step: String,
    pub choice: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemStats {
    pub module_id: String,
    pub module: String,
    pub item_id: String,
    pub question: String,
    pub answers: u32,
    /// Share of answers that were right, 0–1.
    pub correct: f64,
    /// The wrong option chosen most often (single and multiple choice), with how often.
    pub common_mistake: Option<String>,
    pub common_mistake_count: u32,
    /// Upper–lower discrimination index, from [`MIN_FOR_DISCRIMINATION`] answers on.
    pub discrimination: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepStats {
    pub module_id: String,
    pub case: String,
    pub step_id: String,
    /// The situation at this step, as the case tells it.
    pub situation: String,
    pub learners: u32,
    /// Share of learners whose first choice was a poor one, 0–1.
    pub poor: f64,
    /// The poor choice made most often.
    pub common_choice: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MonthCount {
    /// `YYYY-MM`.
    pub month: String,
    pub completions: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupAnalysis {
    /// Items with answers, the hardest (lowest share correct) first.
    pub items: Vec<ItemStats>,
    /// Decision points with choices, the hardest (highest share of poor choices) first.
    pub steps: Vec<StepStats>,
    /// Module completions per calendar month, from the first month with one to the last.
    pub completions: Vec<MonthCount>,
}

/// The analysis in `lang`; `completions` are the moments modules were completed.
pub fn analyse(
    pack: &Pack,
    lang: Language,
    answers: &[ItemAnswer],
    scores: &[CheckScore],
    choices: &[StepChoice],
    completions: &[DateTime<Utc>],
) -> GroupAnalysis {
    let mut items = item_stats(pack, lang, answers, scores);
    items.sort_by(|a, b| {
        a.correct
            .total_cmp(&b.correct)
            .then(b.answers.cmp(&a.answers))
    });
    let mut steps = step_stats(pack, lang, choices);
    steps.sort_by(|a, b| b.poor.total_cmp(&a.poor).then(b.learners.cmp(&a.learners)));
    GroupAnalysis {
        items,
        steps,
        completions: per_month(completions),
    }
}

fn item_stats(
    pack: &Pack,
    lang: Language,
    answers: &[ItemAnswer],
    scores: &[CheckScore],
) -> Vec<ItemStats> {
    let mut out = Vec::new();
    for module in &pack.modules {
        let Some(check) = &module.check else { continue };
        let title = module_title(pack, &module.id, lang);
        // Learners ranked by their first-attempt score on this check.
        let ranked: HashMap<Uuid, u8> = scores
            .iter()
            .filter(|s| s.module == module.id)
            .map(|s| (s.learner, s.score))
            .collect();
        for item in &check.items {
            let given: Vec<&ItemAnswer> = answers
                .iter()
                .filter(|a| a.module == module.id && a.item == item.id && a.version == item.version)
                .collect();
            if given.is_empty() {
                continue;
            }
            let n = given.len() as u32;
            let right = given.iter().filter(|a| a.correct).count() as f64;
            let mut mistakes: BTreeMap<&str, u32> = BTreeMap::new();
            if matches!(item.kind, ItemKind::Single | ItemKind::Multiple) {
                for a in given.iter().filter(|a| !a.correct) {
                    let chosen: Vec<&String> = match &a.answer {
                        Answer::Single { option } => vec![option],
                        Answer::Multiple { options } => options.iter().collect(),
                        _ => vec![],
                    };
                    for option in chosen {
                        if item.options.iter().any(|o| &o.id == option && !o.correct) {
                            *mistakes.entry(option.as_str()).or_default() += 1;
                        }
                    }
                }
            }
            let mistake = mistakes.iter().max_by_key(|(_, n)| **n);
            out.push(ItemStats {
                module_id: module.id.clone(),
                module: title.clone(),
                item_id: item.id.clone(),
                question: ModuleOutline::text(&item.question, lang),
                answers: n,
                correct: right / f64::from(n),
                common_mistake: mistake.and_then(|(id, _)| {
                    let option = item.options.iter().find(|o| o.id == *id)?;
                    Some(ModuleOutline::text(&option.text, lang))
                }),
                common_mistake_count: mistake.map_or(0, |(_, n)| *n),
                discrimination: discrimination(&given, &ranked),
            });
        }
    }
    out
}

/// Upper–lower discrimination index of one item's answers (see the module docs).
fn discrimination(given: &[&ItemAnswer], ranked: &HashMap<Uuid, u8>) -> Option<f64> {
    let mut scored: Vec<(u8, bool)> = given
        .iter()
        .filter_map(|a| ranked.get(&a.learner).map(|s| (*s, a.correct)))
        .collect();
    if (scored.len() as u32) < MIN_FOR_DISCRIMINATION {
        return None;
    }
    scored.sort_by_key(|(score, _)| *score);
    let group = ((scored.len() as f64) * 0.27).round().max(1.0) as usize;
    let share = |part: &[(u8, bool)]| {
        part.iter().filter(|(_, right)| *right).count() as f64 / part.len() as f64
    };
    Some(share(&scored[scored.len() - group..]) - share(&scored[..group]))
}

fn step_stats(pack: &Pack, lang: Language, choices: &[StepChoice]) -> Vec<StepStats> {
    let mut out = Vec::new();
    for module in &pack.modules {
        for case in &module.cases {
            for step in case.steps.iter().filter(|s| !s.choices.is_empty()) {
                let made: Vec<&StepChoice> = choices
                    .iter()
                    .filter(|c| {
                        c.module == module.id
                            && c.case == case.id
                            && c.version == case.version
                            && c.step == step.id
                    })
                    .collect();
                if made.is_empty() {
                    continue;
                }
                let mut poor: BTreeMap<&str, u32> = BTreeMap::new();
                for c in &made {
                    if step
                        .choices
                        .iter()
                        .any(|x| x.id == c.choice && x.quality == Quality::Poor)
                    {
                        *poor.entry(c.choice.as_str()).or_default() += 1;
                    }
                }
                let poor_count: u32 = poor.values().sum();
                let common = poor.iter().max_by_key(|(_, n)| **n).and_then(|(id, _)| {
                    let choice = step.choices.iter().find(|x| x.id == *id)?;
                    Some(ModuleOutline::text(&choice.text, lang))
                });
                out.push(StepStats {
                    module_id: module.id.clone(),
                    case: ModuleOutline::text(&case.title, lang),
                    step_id: step.id.clone(),
                    situation: ModuleOutline::text(&step.text, lang),
                    learners: made.len() as u32,
                    poor: f64::from(poor_count) / made.len() as f64,
                    common_choice: common,
                });
            }
        }
    }
    out
}

fn per_month(completions: &[DateTime<Utc>]) -> Vec<MonthCount> {
    let key = |t: &DateTime<Utc>| (t.year(), t.month());
    let mut counts: BTreeMap<(i32, u32), u32> = BTreeMap::new();
    for t in completions {
        *counts.entry(key(t)).or_default() += 1;
    }
    let (Some(first), Some(last)) = (counts.keys().next().copied(), counts.keys().last().copied())
    else {
        return vec![];
    };
    // Every month in between too, with 0: a chart must not hide a quiet month.
    let mut out = Vec::new();
    let (mut y, mut m) = first;
    while (y, m) <= last {
        out.push(MonthCount {
            month: format!("{y:04}-{m:02}"),
            completions: counts.get(&(y, m)).copied().unwrap_or(0),
        });
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    out
}

fn module_title(pack: &Pack, id: &str, lang: Language) -> String {
    pack.outline
        .modules
        .iter()
        .find(|m| m.id == id)
        .map(|m| ModuleOutline::text(&m.title, lang))
        .unwrap_or_else(|| id.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn single_choice_item(pack: &Pack) -> (&str, &crate::content::Item) {
        pack.modules
            .iter()
            .find_map(|m| {
                let item = m.check.as_ref()?.items.iter().find(|i| {
                    i.kind == ItemKind::Single
                        && i.options.iter().filter(|o| !o.correct).count() >= 2
                })?;
                Some((m.id.as_str(), item))
            })
            .expect("the course has a single-choice item with two wrong options")
    }

    #[test]
    fn items_show_the_share_correct_the_common_mistake_and_from_20_answers_the_discrimination() {
        let pack = crate::content::default_pack();
        let (module, item) = single_choice_item(&pack);
        let right = item.options.iter().find(|o| o.correct).unwrap();
        let wrong: Vec<_> = item.options.iter().filter(|o| !o.correct).collect();
        // 24 learners: the 12 with the best check scores answer right, the others wrong; of the
        // wrong answers 8 pick the first wrong option, 4 the second.
        let mut answers = Vec::new();
        let mut scores = Vec::new();
        for n in 0..24u8 {
            let learner = Uuid::from_u128(u128::from(n) + 1);
            let correct = n >= 12;
            let option = if correct {
                right
            } else if n < 8 {
                wrong[0]
            } else {
                wrong[1]
            };
            answers.push(ItemAnswer {
                learner,
                module: module.into(),
                item: item.id.clone(),
                version: item.version,
                answer: Answer::Single {
                    option: option.id.clone(),
                },
                correct,
            });
            scores.push(CheckScore {
                learner,
                module: module.into(),
                score: 40 + n * 2,
            });
        }
        // An answer to an older version of the question does not count.
        let mut old = answers[20].clone();
        old.version = item.version + 99;
        old.learner = Uuid::from_u128(999);
        answers.push(old);
        let a = analyse(&pack, Language::Nl, &answers, &scores, &[], &[]);
        let stats = a.items.iter().find(|s| s.item_id == item.id).unwrap();
        assert_eq!(stats.answers, 24);
        assert!((stats.correct - 0.5).abs() < 1e-9);
        assert_eq!(
            stats.common_mistake.as_deref(),
            Some(wrong[0].text["nl"].as_str())
        );
        assert_eq!(stats.common_mistake_count, 8);
        // The best 27 % all right, the weakest 27 % all wrong: a perfectly discriminating item.
        assert_eq!(stats.discrimination, Some(1.0));

        // With fewer than 20 answers there is no index.
        let a = analyse(&pack, Language::Nl, &answers[..19], &scores, &[], &[]);
        assert_eq!(
            a.items
                .iter()
                .find(|s| s.item_id == item.id)
                .unwrap()
                .discrimination,
            None
        );
    }

    #[test]
    fn the_hardest_decision_is_the_one_with_most_poor_first_choices() {
        let pack = crate::content::default_pack();
        let (module, case) = pack
            .modules
            .iter()
            .find_map(|m| m.cases.first().map(|c| (m.id.as_str(), c)))
            .unwrap();
        let step = case
            .steps
            .iter()
            .find(|s| s.choices.iter().any(|c| c.quality == Quality::Poor))
            .unwrap();
        let poor = step
            .choices
            .iter()
            .find(|c| c.quality == Quality::Poor)
            .unwrap();
        let good = step
            .choices
            .iter()
            .find(|c| c.quality == Quality::Good)
            .unwrap();
        let choices: Vec<StepChoice> = (0..4u128)
            .map(|n| StepChoice {
                learner: Uuid::from_u128(n + 1),
                module: module.into(),
                case: case.id.clone(),
                version: case.version,
                step: step.id.clone(),
                choice: if n < 3 {
                    poor.id.clone()
                } else {
                    good.id.clone()
                },
            })
            .collect();
        let a = analyse(&pack, Language::En, &[], &[], &choices, &[]);
        let first = &a.steps[0];
        assert_eq!(
            (first.step_id.as_str(), first.learners),
            (step.id.as_str(), 4)
        );
        assert!((first.poor - 0.75).abs() < 1e-9);
        assert_eq!(
            first.common_choice.as_deref(),
            Some(poor.text["en"].as_str())
        );
        assert_eq!(first.case, case.title["en"]);
    }

    #[test]
    fn completions_are_counted_per_month_with_the_quiet_months_in_between() {
        let pack = crate::content::default_pack();
        let at = |y, m, d| Utc.with_ymd_and_hms(y, m, d, 12, 0, 0).unwrap();
        let done = [at(2025, 11, 3), at(2025, 11, 28), at(2026, 2, 1)];
        let a = analyse(&pack, Language::Nl, &[], &[], &[], &done);
        let months: Vec<_> = a
            .completions
            .iter()
            .map(|m| (m.month.as_str(), m.completions))
            .collect();
        assert_eq!(
            months,
            [
                ("2025-11", 2),
                ("2025-12", 0),
                ("2026-01", 0),
                ("2026-02", 1)
            ]
        );
        assert!(
            analyse(&pack, Language::Nl, &[], &[], &[], &[])
                .completions
                .is_empty()
        );
    }
}
