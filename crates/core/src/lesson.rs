//! The module a learner has open: its pages, its cases and its check, rendered for the learner's
//! language and municipality, and the stage the learner is at. The stage is derived from the
//! events alone, so it survives a restart (and, later, a merge of records from other laptops).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::markdown::{Block, render_lesson};
use crate::content::{Case, Item, ItemKind, Module, Pack, Quality, Setting};
use crate::course::ModuleOutline;
use crate::lang::Language;
use crate::progress::{EventKind, ProgressEvent};
use crate::scoring::shown_order;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ModuleView {
    pub module_id: String,
    pub title: String,
    /// The page to show in the pages stage: the one viewed last (0 when none yet).
    pub page_index: u32,
    pub pages: Vec<PageView>,
    /// The module's cases (id and title), in order.
    pub cases: Vec<OptionView>,
    pub item_count: u32,
    pub stage: Stage,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PageView {
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// Where in the module the learner is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "stage", rename_all = "kebab-case")]
pub enum Stage {
    Pages,
    Case(CaseView),
    Check(CheckView),
    Result(ResultView),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseView {
    pub case_id: String,
    pub case_index: u32,
    pub case_count: u32,
    pub setting: Setting,
    pub title: String,
    pub intro: Vec<Block>,
    /// How many choices the learner made so far in this run of the case.
    pub choices_made: u32,
    pub step: StepView,
    /// What the learner chose at the previous step, and its consequence.
    pub last: Option<ChoiceFeedback>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepView {
    pub id: String,
    pub text: Vec<Block>,
    pub end: bool,
    pub choices: Vec<OptionView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChoiceFeedback {
    pub choice: String,
    pub feedback: Vec<Block>,
    pub quality: Quality,
    /// How the learners on this install chose at this step (each learner's first choice), only
    /// when at least [`MIN_COLLEAGUES`] answered, so no one's answer can be singled out.
    pub colleagues: Option<Vec<ColleagueShare>>,
}

/// One choice's share among the learners of this install.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ColleagueShare {
    pub choice: String,
    pub count: u32,
    pub percent: u8,
    /// The choice this learner made.
    pub mine: bool,
}

/// Fewer answers than this are never shown as "how colleagues chose".
pub const MIN_COLLEAGUES: u32 = 5;

/// Choice id → the number of learners whose first choice at a step it was.
pub type ChoiceCounts = std::collections::BTreeMap<String, u32>;

/// A choice or an answer option as shown: id and text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OptionView {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckView {
    pub attempt: u32,
    pub item_index: u32,
    pub item_count: u32,
    pub pass_mark: u8,
    pub item: ItemView,
    /// The explanation of the item answered just before, if any.
    pub last: Option<AnswerFeedback>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemView {
    pub id: String,
    pub kind: ItemKind,
    pub question: Vec<Block>,
    /// In the order to show them (`order` items shuffled).
    pub options: Vec<OptionView>,
    pub categories: Vec<OptionView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AnswerFeedback {
    pub question: Vec<Block>,
    pub correct: bool,
    /// Every option with its explanation; for `order` items in the right order.
    pub options: Vec<OptionFeedback>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OptionFeedback {
    pub text: String,
    pub explanation: Vec<Block>,
    /// Part of the right answer (single/multiple).
    pub correct: bool,
    /// Chosen by the learner (single/multiple).
    pub chosen: bool,
    /// For `sort` items: the right category's text, and the one the learner gave.
    pub category: Option<String>,
    pub chosen_category: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ResultView {
    pub attempt: u32,
    pub score: u8,
    pub passed: bool,
    pub pass_mark: u8,
    pub correct_count: u32,
    pub item_count: u32,
    pub last: Option<AnswerFeedback>,
}

/// The stage as the events leave it, before rendering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Position {
    Pages,
    /// A case by index, with the (step, choice) pairs chosen so far in this run.
    Case {
        case: usize,
        path: Vec<(String, String)>,
    },
    /// A check attempt with the items answered so far (item id, answer event index).
    Check {
        attempt: u32,
        answered: Vec<usize>,
    },
    Result {
        attempt: u32,
        score: u8,
        passed: bool,
        answered: Vec<usize>,
    },
}

/// Walks the module's events in order and says where the learner is. `events` must be in the
/// order they happened; events of other modules are ignored.
pub fn position(module: &Module, events: &[ProgressEvent]) -> Position {
    let mut pos = Position::Pages;
    for (i, e) in events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.module_id == module.id)
    {
        match &e.kind {
            EventKind::PageViewed { .. } => pos = Position::Pages,
            EventKind::CaseStarted { case, .. } => {
                if let Some(index) = module.cases.iter().position(|c| &c.id == case) {
                    pos = Position::Case {
                        case: index,
                        path: vec![],
                    };
                }
            }
            EventKind::CaseChoice {
                case, step, choice, ..
            } => {
                if let Position::Case { case: index, path } = &mut pos
                    && module.cases[*index].id == *case
                {
                    path.push((step.clone(), choice.clone()));
                }
            }
            EventKind::CheckStarted { attempt } => {
                pos = Position::Check {
                    attempt: *attempt,
                    answered: vec![],
                }
            }
            EventKind::ItemAnswered { attempt, .. } => {
                if let Position::Check {
                    attempt: current,
                    answered,
                } = &mut pos
                    && current == attempt
                {
                    answered.push(i);
                }
            }
            EventKind::CheckFinished {
                attempt,
                score,
                passed,
            } => {
                let answered = match &pos {
                    Position::Check { answered, .. } => answered.clone(),
                    _ => vec![],
                };
                pos = Position::Result {
                    attempt: *attempt,
                    score: *score,
                    passed: *passed,
                    answered,
                };
            }
            EventKind::ModuleStarted
            | EventKind::ModuleCompleted { .. }
            | EventKind::ClassroomCompleted { .. }
            | EventKind::RefreshAnswered { .. }
            | EventKind::EffectConfidence { .. }
            | EventKind::EffectAnswered { .. }
            | EventKind::EffectSkipped { .. } => {}
        }
    }
    pos
}

/// The number of finished check attempts, so the next one gets the next number.
pub fn finished_attempts(module_id: &str, events: &[ProgressEvent]) -> u32 {
    events
        .iter()
        .filter(|e| e.module_id == module_id && matches!(e.kind, EventKind::CheckFinished { .. }))
        .count() as u32
}

/// The step a run of a case is at after `path`.
pub fn current_step<'a>(
    case: &'a Case,
    path: &[(String, String)],
) -> Option<&'a crate::content::Step> {
    let mut step = case.steps.iter().find(|s| s.id == case.start)?;
    for (_, choice) in path {
        let next = &step.choices.iter().find(|c| &c.id == choice)?.next;
        step = case.steps.iter().find(|s| &s.id == next)?;
    }
    Some(step)
}

/// Renders texts for one learner: their language and their municipality's name.
pub(crate) struct Render<'a> {
    pub(crate) lang: Language,
    pub(crate) municipality: &'a str,
}

impl Render<'_> {
    /// Plain text (questions, options, case steps): `{gemeente}` becomes the name, a contact
    /// placeholder a phrase that reads naturally in the sentence ("het meldpunt"); the details of
    /// the contact are on the pages and on "Wie bel ik?".
    pub(crate) fn text(&self, texts: &crate::content::Texts) -> String {
        let mut values = std::collections::BTreeMap::from([(
            "gemeente".to_owned(),
            self.municipality.to_owned(),
        )]);
        for (key, nl, en) in [
            ("meldpunt", "het meldpunt", "the reporting point"),
            ("aov", "de AOV", "the AOV"),
            (
                "zvh",
                "het Zorg- en Veiligheidshuis",
                "the Zorg- en Veiligheidshuis",
            ),
            ("wijkagent", "de wijkagent", "the community police officer"),
        ] {
            let phrase = match self.lang {
                Language::Nl => nl,
                Language::En => en,
            };
            values.insert(format!("contact:{key}"), phrase.to_owned());
        }
        crate::content::markdown::fill_placeholders(&ModuleOutline::text(texts, self.lang), &values)
    }

    pub(crate) fn blocks(&self, texts: &crate::content::Texts) -> Vec<Block> {
        render_lesson(&ModuleOutline::text(texts, self.lang), self.municipality)
    }

    fn case(
        &self,
        module: &Module,
        index: usize,
        path: &[(String, String)],
        counts: &ChoiceCounts,
    ) -> Option<CaseView> {
        let case = &module.cases[index];
        let step = current_step(case, path)?;
        let last = path.last().and_then(|(step_id, choice_id)| {
            let choice = case
                .steps
                .iter()
                .find(|s| &s.id == step_id)?
                .choices
                .iter()
                .find(|c| &c.id == choice_id)?;
            let step = case.steps.iter().find(|s| &s.id == step_id)?;
            let total: u32 = counts.values().sum();
            let colleagues = (total >= MIN_COLLEAGUES).then(|| {
                step.choices
                    .iter()
                    .map(|c| {
                        let count = counts.get(&c.id).copied().unwrap_or(0);
                        ColleagueShare {
                            choice: self.text(&c.text),
                            count,
                            percent: crate::scoring::percent(count as usize, total as usize),
                            mine: &c.id == choice_id,
                        }
                    })
                    .collect()
            });
            Some(ChoiceFeedback {
                choice: self.text(&choice.text),
                feedback: self.blocks(&choice.feedback),
                quality: choice.quality,
                colleagues,
            })
        });
        Some(CaseView {
            case_id: case.id.clone(),
            case_index: index as u32,
            case_count: module.cases.len() as u32,
            setting: case.setting,
            title: self.text(&case.title),
            intro: self.blocks(&case.intro),
            choices_made: path.len() as u32,
            step: StepView {
                id: step.id.clone(),
                text: self.blocks(&step.text),
                end: step.end,
                choices: step
                    .choices
                    .iter()
                    .map(|c| OptionView {
                        id: c.id.clone(),
                        text: self.text(&c.text),
                    })
                    .collect(),
            },
            last,
        })
    }

    pub(crate) fn item(&self, item: &Item, attempt: u32) -> ItemView {
        ItemView {
            id: item.id.clone(),
            kind: item.kind,
            question: self.blocks(&item.question),
            options: shown_order(item, attempt)
                .into_iter()
                .map(|i| &item.options[i])
                .map(|o| OptionView {
                    id: o.id.clone(),
                    text: self.text(&o.text),
                })
                .collect(),
            categories: item
                .categories
                .iter()
                .map(|c| OptionView {
                    id: c.id.clone(),
                    text: self.text(&c.text),
                })
                .collect(),
        }
    }

    /// The explanation of an answered item, from its `ItemAnswered` event.
    pub(crate) fn feedback(
        &self,
        module: &Module,
        event: &ProgressEvent,
    ) -> Option<AnswerFeedback> {
        let (item, answer, correct) = match &event.kind {
            EventKind::ItemAnswered {
                item,
                answer,
                correct,
                ..
            }
            | EventKind::RefreshAnswered {
                item,
                answer,
                correct,
                ..
            } => (item, answer, correct),
            _ => return None,
        };
        let item = module
            .check
            .as_ref()?
            .items
            .iter()
            .find(|i| &i.id == item)?;
        let category_text = |id: &str| {
            item.categories
                .iter()
                .find(|c| c.id == id)
                .map(|c| self.text(&c.text))
        };
        let options = item
            .options
            .iter()
            .map(|o| {
                let chosen = match answer {
                    crate::progress::Answer::Single { option } => option == &o.id,
                    crate::progress::Answer::Multiple { options } => options.contains(&o.id),
                    _ => false,
                };
                let chosen_category = match answer {
                    crate::progress::Answer::Sort { categories } => {
                        categories.get(&o.id).and_then(|c| category_text(c))
                    }
                    _ => None,
                };
                OptionFeedback {
                    text: self.text(&o.text),
                    explanation: self.blocks(&o.explanation),
                    correct: o.correct,
                    chosen,
                    category: o.category.as_deref().and_then(category_text),
                    chosen_category,
                }
            })
            .collect();
        Some(AnswerFeedback {
            question: self.blocks(&item.question),
            correct: *correct,
            options,
        })
    }
}

/// The view of `module_id` for a learner with these events (in the order they happened);
/// `None` if the pack has no such module.
/// The case step where the learner made their last choice, if they are in a case: the caller
/// looks up how colleagues chose there and passes the counts to [`module_view`].
pub fn last_choice(module: &Module, events: &[ProgressEvent]) -> Option<(String, u32, String)> {
    match position(module, events) {
        Position::Case { case, path } => {
            let (step, _) = path.last()?;
            Some((
                module.cases[case].id.clone(),
                module.cases[case].version,
                step.clone(),
            ))
        }
        _ => None,
    }
}

/// `colleagues`: how learners chose at the step of the learner's last case choice (see
/// [`last_choice`]); empty when not in a case.
pub fn module_view(
    pack: &Pack,
    module_id: &str,
    events: &[ProgressEvent],
    lang: Language,
    municipality: &str,
    colleagues: &ChoiceCounts,
) -> Option<ModuleView> {
    let outline = pack.outline.modules.iter().find(|m| m.id == module_id)?;
    let module = pack.modules.iter().find(|m| m.id == module_id)?;
    let render = Render { lang, municipality };
    let last_page = events
        .iter()
        .filter(|e| e.module_id == module_id)
        .filter_map(|e| match &e.kind {
            EventKind::PageViewed { page } => module.pages.iter().position(|p| &p.id == page),
            _ => None,
        })
        .next_back()
        .unwrap_or(0);
    let check = module.check.as_ref();
    let item_count = check.map_or(0, |c| c.items.len()) as u32;
    let pass_mark = check.map_or(0, |c| c.pass_mark);
    let stage = match position(module, events) {
        Position::Pages => Stage::Pages,
        Position::Case { case, path } => render
            .case(module, case, &path, colleagues)
            .map_or(Stage::Pages, Stage::Case),
        Position::Check { attempt, answered } => {
            let last = answered
                .last()
                .and_then(|&i| render.feedback(module, &events[i]));
            match check.and_then(|c| c.items.get(answered.len())) {
                Some(item) => Stage::Check(CheckView {
                    attempt,
                    item_index: answered.len() as u32,
                    item_count,
                    pass_mark,
                    item: render.item(item, attempt),
                    last,
                }),
                // All answered but not finished (cannot happen: the last answer finishes).
                None => Stage::Pages,
            }
        }
        Position::Result {
            attempt,
            score,
            passed,
            answered,
        } => {
            let correct_count = answered
                .iter()
                .filter(|&&i| {
                    matches!(
                        events[i].kind,
                        EventKind::ItemAnswered { correct: true, .. }
                    )
                })
                .count() as u32;
            let last = answered
                .last()
                .and_then(|&i| render.feedback(module, &events[i]));
            Stage::Result(ResultView {
                attempt,
                score,
                passed,
                pass_mark,
                correct_count,
                item_count,
                last,
            })
        }
    };
    let pages = module
        .pages
        .iter()
        .map(|p| PageView {
            id: p.id.clone(),
            title: render.text(&p.title),
            blocks: render.blocks(&p.body),
        })
        .collect();
    Some(ModuleView {
        module_id: module_id.to_owned(),
        title: ModuleOutline::text(&outline.title, lang),
        page_index: last_page as u32,
        pages,
        cases: module
            .cases
            .iter()
            .map(|c| OptionView {
                id: c.id.clone(),
                text: render.text(&c.title),
            })
            .collect(),
        item_count,
        stage,
    })
}

/// What a learner does inside a module. [`plan`] turns it into the events to record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Action {
    ViewPage {
        page: String,
    },
    StartCase {
        case: String,
    },
    Choose {
        case: String,
        step: String,
        choice: String,
    },
    StartCheck,
    Answer {
        item: String,
        answer: crate::progress::Answer,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LessonError {
    /// The page, case, step, choice or item does not exist in this module.
    #[error("no {0:?} in this module")]
    Unknown(String),
    /// The action does not fit where the learner is (a second window, a double click).
    #[error("this step is no longer current")]
    OutOfStep,
}

/// The events that `action` adds, given the learner's events so far (in order). Checks that the
/// action fits the current stage, so a double click or a stale screen cannot record nonsense.
pub fn plan(
    module: &Module,
    events: &[ProgressEvent],
    action: &Action,
) -> Result<Vec<EventKind>, LessonError> {
    let unknown = |what: &str| LessonError::Unknown(what.to_owned());
    let mut out = Vec::new();
    if !events.iter().any(|e| e.module_id == module.id) {
        out.push(EventKind::ModuleStarted);
    }
    match action {
        Action::ViewPage { page } => {
            module
                .pages
                .iter()
                .find(|p| &p.id == page)
                .ok_or_else(|| unknown(page))?;
            out.push(EventKind::PageViewed { page: page.clone() });
        }
        Action::StartCase { case } => {
            let c = module
                .cases
                .iter()
                .find(|c| &c.id == case)
                .ok_or_else(|| unknown(case))?;
            out.push(EventKind::CaseStarted {
                case: case.clone(),
                version: c.version,
            });
        }
        Action::Choose { case, step, choice } => {
            let Position::Case { case: index, path } = position(module, events) else {
                return Err(LessonError::OutOfStep);
            };
            let c = &module.cases[index];
            let current = current_step(c, &path).ok_or(LessonError::OutOfStep)?;
            if &c.id != case || &current.id != step {
                return Err(LessonError::OutOfStep);
            }
            current
                .choices
                .iter()
                .find(|ch| &ch.id == choice)
                .ok_or_else(|| unknown(choice))?;
            out.push(EventKind::CaseChoice {
                case: case.clone(),
                version: c.version,
                step: step.clone(),
                choice: choice.clone(),
            });
        }
        Action::StartCheck => {
            if module.check.as_ref().is_none_or(|c| c.items.is_empty()) {
                return Err(unknown("check"));
            }
            // An unfinished attempt is resumed, not restarted.
            if !matches!(position(module, events), Position::Check { .. }) {
                out.push(EventKind::CheckStarted {
                    attempt: finished_attempts(&module.id, events) + 1,
                });
            }
        }
        Action::Answer { item, answer } => {
            let Position::Check { attempt, answered } = position(module, events) else {
                return Err(LessonError::OutOfStep);
            };
            let check = module.check.as_ref().ok_or_else(|| unknown("check"))?;
            let expected = check
                .items
                .get(answered.len())
                .ok_or(LessonError::OutOfStep)?;
            if &expected.id != item {
                return Err(LessonError::OutOfStep);
            }
            let correct = crate::scoring::is_correct(expected, answer);
            out.push(EventKind::ItemAnswered {
                item: item.clone(),
                version: expected.version,
                attempt,
                answer: answer.clone(),
                correct,
            });
            if answered.len() + 1 == check.items.len() {
                let earlier = answered
                    .iter()
                    .filter(|&&i| {
                        matches!(
                            events[i].kind,
                            EventKind::ItemAnswered { correct: true, .. }
                        )
                    })
                    .count();
                let score =
                    crate::scoring::percent(earlier + usize::from(correct), check.items.len());
                let passed = score >= check.pass_mark;
                out.push(EventKind::CheckFinished {
                    attempt,
                    score,
                    passed,
                });
                if passed {
                    out.push(EventKind::ModuleCompleted { score });
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};
    use uuid::Uuid;

    use super::*;
    use crate::progress::Answer;

    /// Plays `actions` against the default pack's module and returns the events and the view.
    fn play(module_id: &str, actions: &[Action]) -> (Vec<ProgressEvent>, ModuleView) {
        let pack = crate::content::default_pack();
        let module = pack.modules.iter().find(|m| m.id == module_id).unwrap();
        let mut events: Vec<ProgressEvent> = Vec::new();
        for (n, action) in actions.iter().enumerate() {
            let planned =
                plan(module, &events, action).unwrap_or_else(|e| panic!("{action:?}: {e}"));
            for kind in planned {
                events.push(ProgressEvent {
                    id: Uuid::nil(),
                    learner_id: Uuid::nil(),
                    module_id: module_id.into(),
                    occurred_at: Utc
                        .with_ymd_and_hms(2026, 11, 29, 10, 0, n as u32 % 60)
                        .unwrap(),
                    kind,
                });
            }
        }
        let view = module_view(
            &pack,
            module_id,
            &events,
            Language::Nl,
            "Zilverdam",
            &ChoiceCounts::new(),
        )
        .unwrap();
        (events, view)
    }

    fn right_answer(item: &Item) -> Answer {
        match item.kind {
            ItemKind::Single => Answer::Single {
                option: item.options.iter().find(|o| o.correct).unwrap().id.clone(),
            },
            ItemKind::Multiple => Answer::Multiple {
                options: item
                    .options
                    .iter()
                    .filter(|o| o.correct)
                    .map(|o| o.id.clone())
                    .collect(),
            },
            ItemKind::Sort => Answer::Sort {
                categories: item
                    .options
                    .iter()
                    .map(|o| (o.id.clone(), o.category.clone().unwrap()))
                    .collect(),
            },
            ItemKind::Order => Answer::Order {
                options: item.options.iter().map(|o| o.id.clone()).collect(),
            },
        }
    }

    #[test]
    fn a_case_is_played_step_by_step_with_feedback() {
        let pack = crate::content::default_pack();
        let module = &pack.modules[0];
        let case = &module.cases[0];
        let first = current_step(case, &[]).unwrap();
        let choice = &first.choices[0];
        let (_, view) = play(
            &module.id,
            &[
                Action::StartCase {
                    case: case.id.clone(),
                },
                Action::Choose {
                    case: case.id.clone(),
                    step: first.id.clone(),
                    choice: choice.id.clone(),
                },
            ],
        );
        let Stage::Case(cv) = view.stage else {
            panic!("{:?}", view.stage)
        };
        assert_eq!(cv.step.id, choice.next);
        assert_eq!(cv.choices_made, 1);
        assert_eq!(cv.last.unwrap().quality, choice.quality);

        // Choosing again at the first step is out of step now.
        let (events, _) = play(
            &module.id,
            &[Action::StartCase {
                case: case.id.clone(),
            }],
        );
        let mut events = events;
        events.push(ProgressEvent {
            id: Uuid::nil(),
            learner_id: Uuid::nil(),
            module_id: module.id.clone(),
            occurred_at: Utc::now(),
            kind: EventKind::CaseChoice {
                case: case.id.clone(),
                version: 1,
                step: first.id.clone(),
                choice: choice.id.clone(),
            },
        });
        let again = Action::Choose {
            case: case.id.clone(),
            step: first.id.clone(),
            choice: choice.id.clone(),
        };
        if choice.next != first.id {
            assert_eq!(plan(module, &events, &again), Err(LessonError::OutOfStep));
        }
    }

    #[test]
    fn colleagues_choices_show_only_from_five_answers() {
        let pack = crate::content::default_pack();
        let module = &pack.modules[0];
        let case = &module.cases[0];
        let first = current_step(case, &[]).unwrap();
        let (events, _) = play(
            &module.id,
            &[
                Action::StartCase {
                    case: case.id.clone(),
                },
                Action::Choose {
                    case: case.id.clone(),
                    step: first.id.clone(),
                    choice: first.choices[1].id.clone(),
                },
            ],
        );
        assert_eq!(
            last_choice(module, &events),
            Some((case.id.clone(), case.version, first.id.clone()))
        );
        let view = |counts: &[(usize, u32)]| {
            let counts = counts
                .iter()
                .map(|(i, n)| (first.choices[*i].id.clone(), *n))
                .collect();
            let v = module_view(
                &pack,
                &module.id,
                &events,
                Language::Nl,
                "Zilverdam",
                &counts,
            )
            .unwrap();
            let Stage::Case(cv) = v.stage else { panic!() };
            cv.last.unwrap().colleagues
        };
        assert_eq!(view(&[(0, 3), (1, 1)]), None, "four answers are too few");
        let shares = view(&[(0, 3), (1, 2)]).expect("five answers are shown");
        let summary: Vec<_> = shares
            .iter()
            .map(|s| (s.count, s.percent, s.mine))
            .collect();
        assert_eq!(&summary[..2], &[(3, 60, false), (2, 40, true)]);
    }

    #[test]
    fn a_failed_check_then_a_passed_retake_completes_the_module() {
        let pack = crate::content::default_pack();
        let module = pack.modules.iter().find(|m| m.id == "signalen").unwrap();
        let items = &module.check.as_ref().unwrap().items;
        let wrong = |item: &Item| match item.kind {
            ItemKind::Order => Answer::Order { options: vec![] },
            _ => Answer::Single {
                option: "geen-van-allen".into(),
            },
        };
        let mut actions = vec![Action::StartCheck];
        actions.extend(items.iter().map(|i| Action::Answer {
            item: i.id.clone(),
            answer: wrong(i),
        }));
        let (events, view) = play("signalen", &actions);
        let Stage::Result(result) = &view.stage else {
            panic!("{:?}", view.stage)
        };
        assert_eq!((result.attempt, result.score, result.passed), (1, 0, false));
        assert!(
            !events
                .iter()
                .any(|e| matches!(e.kind, EventKind::ModuleCompleted { .. }))
        );

        actions.push(Action::StartCheck);
        actions.extend(items.iter().map(|i| Action::Answer {
            item: i.id.clone(),
            answer: right_answer(i),
        }));
        let (events, view) = play("signalen", &actions);
        let Stage::Result(result) = &view.stage else {
            panic!("{:?}", view.stage)
        };
        assert_eq!(
            (result.attempt, result.score, result.passed),
            (2, 100, true)
        );
        assert_eq!(result.correct_count as usize, items.len());
        assert!(matches!(
            events.last().unwrap().kind,
            EventKind::ModuleCompleted { score: 100 }
        ));
    }

    #[test]
    fn answers_must_follow_the_order_of_the_check() {
        let pack = crate::content::default_pack();
        let module = pack.modules.iter().find(|m| m.id == "signalen").unwrap();
        let items = &module.check.as_ref().unwrap().items;
        let skip_ahead = Action::Answer {
            item: items[1].id.clone(),
            answer: right_answer(&items[1]),
        };
        let (events, view) = play("signalen", &[Action::StartCheck]);
        assert_eq!(
            plan(module, &events, &skip_ahead),
            Err(LessonError::OutOfStep)
        );
        let Stage::Check(check) = view.stage else {
            panic!()
        };
        assert_eq!(
            (check.attempt, check.item_index, check.item.id.as_str()),
            (1, 0, items[0].id.as_str())
        );
        // Starting the check again resumes the same attempt.
        assert_eq!(plan(module, &events, &Action::StartCheck), Ok(vec![]));
    }
}

#[cfg(test)]
mod plain_text_tests {
    use super::*;

    #[test]
    fn contact_placeholders_in_plain_text_read_as_phrases() {
        let texts: crate::content::Texts = [
            (
                "nl".to_owned(),
                "In {gemeente} meld ik het bij {contact:meldpunt}.".to_owned(),
            ),
            (
                "en".to_owned(),
                "I report it to {contact:meldpunt} in {gemeente}.".to_owned(),
            ),
        ]
        .into_iter()
        .collect();
        let nl = Render {
            lang: Language::Nl,
            municipality: "Zilverdam",
        };
        assert_eq!(
            nl.text(&texts),
            "In Zilverdam meld ik het bij het meldpunt."
        );
        let en = Render {
            lang: Language::En,
            municipality: "Zilverdam",
        };
        assert_eq!(
            en.text(&texts),
            "I report it to the reporting point in Zilverdam."
        );
    }
}
