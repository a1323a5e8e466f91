//! Workshops: a trainer runs a module's cases with a group in a room, on a projector.
//!
//! A [`Workshop`] has a date, a place, a trainer, a module and the cases to run. The trainer records
//! who attended, then shows each case one decision point at a time ([`presentation`]). At each
//! point the trainer enters how many people in the room chose each option ([`GroupAnswer`]); the
//! feedback of every option follows, and the group goes on along the option most of them chose.
//! Those counts are the workshop's, never any one attendee's answers.
//!
//! Signing off ([`classroom_events`]) gives every attendee a [`EventKind::ClassroomCompleted`]
//! event for the module: attendance counts as a completion, marked as classroom training. The
//! event ids are derived from the workshop and the learner, so the same attendance never counts
//! twice, whichever laptop signs it off and however often records are merged.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

use crate::content::markdown::Block;
use crate::content::{Case, Module, Pack, Quality, Setting, Step};
use crate::error::{ErrorCode, ValidationError};
use crate::lang::Language;
use crate::lesson::{OptionView, Render, StepView};
use crate::municipality::required_name;
use crate::progress::{EventKind, ProgressEvent};

/// The longest place and trainer name.
pub const MAX_TEXT: usize = 100;
/// The most people a trainer can count for one option: more than any room holds.
pub const MAX_COUNT: u32 = 999;

/// A workshop as stored and shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Workshop {
    pub id: Uuid,
    #[ts(type = "string")]
    pub held_on: NaiveDate,
    pub place: String,
    pub trainer: String,
    pub module_id: String,
    /// The cases to run, in the module's order.
    pub cases: Vec<String>,
    pub created_at: DateTime<Utc>,
    /// When the trainer signed the workshop off; after that nothing in it changes.
    pub signed_off_at: Option<DateTime<Utc>>,
}

/// The "new workshop" form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewWorkshop {
    #[ts(type = "string")]
    pub held_on: NaiveDate,
    pub place: String,
    pub trainer: String,
    pub module_id: String,
    /// Case ids of the module; empty for all of them.
    pub cases: Vec<String>,
}

/// Why a workshop action was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkshopError {
    #[error(transparent)]
    Validation(#[from] ValidationError),
    #[error("no module {0:?} in the course")]
    UnknownModule(String),
    #[error("no case {0:?} in this workshop")]
    UnknownCase(String),
    #[error("the workshop is signed off; nothing in it can change")]
    Closed,
    #[error("a workshop without attendees cannot be signed off")]
    NoAttendees,
    #[error("the workshop is on {0}; it can be signed off from that day on")]
    NotYetHeld(NaiveDate),
    #[error("this step of the case is no longer the current one")]
    OutOfStep,
    #[error("enter for at least one option how many chose it")]
    NoCounts,
}

impl WorkshopError {
    pub fn code(&self) -> ErrorCode {
        match self {
            WorkshopError::Validation(e) => e.code(),
            WorkshopError::UnknownModule(_) | WorkshopError::UnknownCase(_) => {
                ErrorCode::UnknownModule
            }
            WorkshopError::Closed => ErrorCode::WorkshopClosed,
            WorkshopError::NoAttendees => ErrorCode::NoAttendees,
            WorkshopError::NotYetHeld(_) => ErrorCode::NotYetHeld,
            WorkshopError::OutOfStep => ErrorCode::OutOfStep,
            WorkshopError::NoCounts => ErrorCode::NoCounts,
        }
    }

    /// Named values for the message (Fluent arguments).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            WorkshopError::Validation(e) => e.args(),
            WorkshopError::NotYetHeld(date) => vec![("date", date.to_string())],
            _ => vec![],
        }
    }
}

impl NewWorkshop {
    /// Checks the form against the course and gives the workshop the id the caller generated.
    pub fn validate(
        &self,
        pack: &Pack,
        id: Uuid,
        now: DateTime<Utc>,
    ) -> Result<Workshop, WorkshopError> {
        let module = pack
            .module(&self.module_id)
            .ok_or_else(|| WorkshopError::UnknownModule(self.module_id.clone()))?;
        if let Some(unknown) =
            (self.cases.iter()).find(|c| !module.cases.iter().any(|k| &k.id == *c))
        {
            return Err(WorkshopError::UnknownCase(unknown.clone()));
        }
        let cases = (module.cases.iter())
            .filter(|c| self.cases.is_empty() || self.cases.contains(&c.id))
            .map(|c| c.id.clone())
            .collect();
        Ok(Workshop {
            id,
            held_on: self.held_on,
            place: required_name(&self.place, "place", MAX_TEXT)?,
            trainer: required_name(&self.trainer, "trainer", MAX_TEXT)?,
            module_id: module.id.clone(),
            cases,
            created_at: now,
            signed_off_at: None,
        })
    }
}

impl Workshop {
    /// Refuses any change once the workshop is signed off.
    pub fn ensure_open(&self) -> Result<(), WorkshopError> {
        match self.signed_off_at {
            Some(_) => Err(WorkshopError::Closed),
            None => Ok(()),
        }
    }

    /// The case at `index` of this workshop, with its module.
    pub fn case<'p>(
        &self,
        pack: &'p Pack,
        index: usize,
    ) -> Result<(&'p Module, &'p Case), WorkshopError> {
        let module = pack
            .module(&self.module_id)
            .ok_or_else(|| WorkshopError::UnknownModule(self.module_id.clone()))?;
        let id = self
            .cases
            .get(index)
            .ok_or_else(|| WorkshopError::UnknownCase(index.to_string()))?;
        let case = (module.cases.iter())
            .find(|c| &c.id == id)
            .ok_or_else(|| WorkshopError::UnknownCase(id.clone()))?;
        Ok((module, case))
    }
}

/// A workshop as the trainer's list and its own screen show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopCard {
    pub workshop: Workshop,
    pub module_title: String,
    /// The workshop's cases: id and title.
    pub cases: Vec<OptionView>,
    /// The learners who attended.
    pub attendees: Vec<Uuid>,
    /// How many decision points the group has answered, over all cases.
    pub answered: u32,
}

/// The card of `workshop` in the trainer's language.
pub fn card(
    workshop: Workshop,
    pack: &Pack,
    attendees: Vec<Uuid>,
    answered: u32,
    lang: Language,
    municipality: &str,
) -> WorkshopCard {
    let render = Render { lang, municipality };
    let module = pack.module(&workshop.module_id);
    let outline = (pack.outline.modules.iter()).find(|m| m.id == workshop.module_id);
    let cases = (workshop.cases.iter())
        .map(|id| OptionView {
            id: id.clone(),
            text: (module.and_then(|m| m.cases.iter().find(|c| &c.id == id)))
                .map_or_else(|| id.clone(), |c| render.text(&c.title)),
        })
        .collect();
    WorkshopCard {
        module_title: outline.map_or_else(
            || workshop.module_id.clone(),
            |m| crate::course::ModuleOutline::text(&m.title, lang),
        ),
        cases,
        attendees,
        answered,
        workshop,
    }
}

/// The trainer's workshops screen: the workshops, the learners who can attend, and the modules
/// (with their cases) a new workshop can be about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopsView {
    pub workshops: Vec<WorkshopCard>,
    pub learners: Vec<crate::Learner>,
    pub modules: Vec<ModuleChoice>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ModuleChoice {
    pub id: String,
    pub title: String,
    pub cases: Vec<OptionView>,
}

/// The modules with cases, in course order, for the "new workshop" form.
pub fn module_choices(pack: &Pack, lang: Language, municipality: &str) -> Vec<ModuleChoice> {
    let render = Render { lang, municipality };
    (pack.outline.modules.iter())
        .filter_map(|m| {
            let module = pack
                .module(&m.id)
                .filter(|module| !module.cases.is_empty())?;
            Some(ModuleChoice {
                id: m.id.clone(),
                title: crate::course::ModuleOutline::text(&m.title, lang),
                cases: (module.cases.iter())
                    .map(|c| OptionView {
                        id: c.id.clone(),
                        text: render.text(&c.title),
                    })
                    .collect(),
            })
        })
        .collect()
}

/// What the group chose at one decision point of a case, in the order the points came.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupAnswer {
    pub step: String,
    /// Choice id → how many people chose it.
    pub counts: BTreeMap<String, u32>,
    /// The choice the group went on with; `None` while the feedback is on the screen.
    pub followed: Option<String>,
}

/// Where a run of a case stands after the group's answers so far.
struct Walk<'c> {
    /// The step on the screen.
    step: &'c Step,
    /// The choices the group followed, in order.
    path: Vec<&'c crate::content::Choice>,
    /// The counts entered at `step`, once the trainer has entered them.
    pending: Option<&'c BTreeMap<String, u32>>,
}

fn walk<'c>(case: &'c Case, answers: &'c [GroupAnswer]) -> Result<Walk<'c>, WorkshopError> {
    let mut step = (case.steps.iter())
        .find(|s| s.id == case.start)
        .ok_or(WorkshopError::OutOfStep)?;
    let mut path = Vec::new();
    for (i, answer) in answers.iter().enumerate() {
        if answer.step != step.id {
            return Err(WorkshopError::OutOfStep);
        }
        match &answer.followed {
            Some(choice) => {
                let choice = (step.choices.iter())
                    .find(|c| &c.id == choice)
                    .ok_or(WorkshopError::OutOfStep)?;
                step = (case.steps.iter())
                    .find(|s| s.id == choice.next)
                    .ok_or(WorkshopError::OutOfStep)?;
                path.push(choice);
            }
            None if i + 1 == answers.len() => {
                return Ok(Walk {
                    step,
                    path,
                    pending: Some(&answer.counts),
                });
            }
            None => return Err(WorkshopError::OutOfStep),
        }
    }
    Ok(Walk {
        step,
        path,
        pending: None,
    })
}

/// The choices with the highest count: one, or several on a tie.
pub fn leading(step: &Step, counts: &BTreeMap<String, u32>) -> Vec<String> {
    let count = |id: &String| counts.get(id).copied().unwrap_or(0);
    let best = step.choices.iter().map(|c| count(&c.id)).max().unwrap_or(0);
    if best == 0 {
        return vec![];
    }
    (step.choices.iter())
        .filter(|c| count(&c.id) == best)
        .map(|c| c.id.clone())
        .collect()
}

/// Checks the counts the trainer entered at `step` of the run: the step must be the current one
/// with no counts yet, every key one of its choices, every count at most [`MAX_COUNT`], and at
/// least one person counted. Gives the answer to store.
pub fn enter_counts(
    case: &Case,
    answers: &[GroupAnswer],
    step: &str,
    counts: &BTreeMap<String, u32>,
) -> Result<GroupAnswer, WorkshopError> {
    let walk = walk(case, answers)?;
    if walk.step.id != step || walk.pending.is_some() || walk.step.end {
        return Err(WorkshopError::OutOfStep);
    }
    if let Some((id, _)) = counts
        .iter()
        .find(|(id, _)| !walk.step.choices.iter().any(|c| &c.id == *id))
    {
        return Err(WorkshopError::UnknownCase(id.clone()));
    }
    if counts.values().any(|n| *n > MAX_COUNT) {
        return Err(ValidationError::InvalidCount { max: MAX_COUNT }.into());
    }
    if counts.values().all(|n| *n == 0) {
        return Err(WorkshopError::NoCounts);
    }
    Ok(GroupAnswer {
        step: step.to_owned(),
        counts: counts
            .iter()
            .filter(|(_, n)| **n > 0)
            .map(|(k, n)| (k.clone(), *n))
            .collect(),
        followed: None,
    })
}

/// Checks that the group may go on with `choice` at the step whose feedback is on the screen: it
/// must be among the most chosen (the trainer picks one on a tie).
pub fn follow(case: &Case, answers: &[GroupAnswer], choice: &str) -> Result<(), WorkshopError> {
    let walk = walk(case, answers)?;
    let counts = walk.pending.ok_or(WorkshopError::OutOfStep)?;
    if leading(walk.step, counts).iter().any(|c| c == choice) {
        Ok(())
    } else {
        Err(WorkshopError::OutOfStep)
    }
}

/// One decision point of a case, as the projector shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PresentationView {
    pub workshop_id: Uuid,
    pub case_id: String,
    pub case_index: u32,
    pub case_count: u32,
    pub setting: Setting,
    pub title: String,
    pub intro: Vec<Block>,
    /// 1 for the case's first decision point, 2 for the next, …
    pub step_number: u32,
    pub step: StepView,
    /// The options the group followed to get here, as shown.
    pub path: Vec<String>,
    /// Once the trainer has entered the counts: every option with its count and feedback.
    pub tally: Option<Tally>,
    /// The workshop is signed off: the view can be shown, not changed.
    pub closed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Tally {
    pub total: u32,
    pub options: Vec<TallyOption>,
    /// The most chosen option ids: the group goes on with it (the trainer picks one on a tie).
    pub leading: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TallyOption {
    pub id: String,
    pub text: String,
    pub count: u32,
    pub percent: u8,
    pub quality: Quality,
    pub feedback: Vec<Block>,
}

/// The presentation of case `index` of the workshop after the group's answers so far.
pub fn presentation(
    workshop: &Workshop,
    pack: &Pack,
    index: usize,
    answers: &[GroupAnswer],
    lang: Language,
    municipality: &str,
) -> Result<PresentationView, WorkshopError> {
    let (_, case) = workshop.case(pack, index)?;
    let walk = walk(case, answers)?;
    let render = Render { lang, municipality };
    let tally = walk.pending.map(|counts| {
        let total: u32 = counts.values().sum();
        Tally {
            total,
            options: (walk.step.choices.iter())
                .map(|c| {
                    let count = counts.get(&c.id).copied().unwrap_or(0);
                    TallyOption {
                        id: c.id.clone(),
                        text: render.text(&c.text),
                        count,
                        percent: crate::scoring::percent(count as usize, total as usize),
                        quality: c.quality,
                        feedback: render.blocks(&c.feedback),
                    }
                })
                .collect(),
            leading: leading(walk.step, counts),
        }
    });
    Ok(PresentationView {
        workshop_id: workshop.id,
        case_id: case.id.clone(),
        case_index: index as u32,
        case_count: workshop.cases.len() as u32,
        setting: case.setting,
        title: render.text(&case.title),
        intro: render.blocks(&case.intro),
        step_number: walk.path.len() as u32 + 1,
        step: StepView {
            id: walk.step.id.clone(),
            text: render.blocks(&walk.step.text),
            end: walk.step.end,
            choices: (walk.step.choices.iter())
                .map(|c| OptionView {
                    id: c.id.clone(),
                    text: render.text(&c.text),
                })
                .collect(),
        },
        path: walk.path.iter().map(|c| render.text(&c.text)).collect(),
        tally,
        closed: workshop.signed_off_at.is_some(),
    })
}

/// The classroom completions that signing off gives: one per attendee, dated on the workshop's
/// day (at noon UTC, or `now` if that is earlier). Refused before the workshop's day (`today`, in
/// the trainer's time zone) and without attendees.
pub fn classroom_events(
    workshop: &Workshop,
    attendees: &[Uuid],
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Vec<ProgressEvent>, WorkshopError> {
    workshop.ensure_open()?;
    if workshop.held_on > today {
        return Err(WorkshopError::NotYetHeld(workshop.held_on));
    }
    if attendees.is_empty() {
        return Err(WorkshopError::NoAttendees);
    }
    let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default();
    let at = workshop.held_on.and_time(noon).and_utc().min(now);
    Ok(attendees
        .iter()
        .map(|learner| ProgressEvent {
            id: classroom_event_id(workshop.id, *learner),
            learner_id: *learner,
            module_id: workshop.module_id.clone(),
            occurred_at: at,
            kind: EventKind::ClassroomCompleted {
                workshop: workshop.id,
            },
        })
        .collect())
}

/// The id of a learner's classroom completion of a workshop: the same on every laptop.
pub fn classroom_event_id(workshop: Uuid, learner: Uuid) -> Uuid {
    let mut hash = Sha256::new();
    hash.update(b"baken-classroom-completion");
    hash.update(workshop.as_bytes());
    hash.update(learner.as_bytes());
    let digest = hash.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    Uuid::new_v8(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::default_pack;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap()
    }

    fn form() -> NewWorkshop {
        NewWorkshop {
            held_on: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
            place: " Raadzaal ".into(),
            trainer: "Ineke  de Vries".into(),
            module_id: "signalen".into(),
            cases: vec![],
        }
    }

    fn workshop() -> (Pack, Workshop) {
        let pack = default_pack();
        let w = form().validate(&pack, Uuid::from_u128(1), now()).unwrap();
        (pack, w)
    }

    #[test]
    fn the_form_is_checked_against_the_course() {
        let (pack, w) = workshop();
        assert_eq!(
            (w.place.as_str(), w.trainer.as_str()),
            ("Raadzaal", "Ineke de Vries")
        );
        let module = pack.module("signalen").unwrap();
        assert_eq!(
            w.cases.len(),
            module.cases.len(),
            "no cases chosen: all of them"
        );
        let module = pack.module("extremisme-nu").unwrap();
        let last = module.cases.last().unwrap().id.clone();
        let first = module.cases[0].id.clone();
        assert_ne!(first, last, "a module with two cases");
        let chosen = NewWorkshop {
            module_id: module.id.clone(),
            cases: vec![last.clone(), first.clone()],
            ..form()
        };
        let w = chosen.validate(&pack, Uuid::nil(), now()).unwrap();
        assert_eq!(w.cases, [first, last], "in the module's order");
        let bad = |f: NewWorkshop| f.validate(&pack, Uuid::nil(), now()).unwrap_err().code();
        let no_place = NewWorkshop {
            place: " ".into(),
            ..form()
        };
        assert_eq!(bad(no_place), ErrorCode::NameRequired);
        let no_module = NewWorkshop {
            module_id: "astrologie".into(),
            ..form()
        };
        assert_eq!(bad(no_module), ErrorCode::UnknownModule);
        let no_case = NewWorkshop {
            cases: vec!["bestaat-niet".into()],
            ..form()
        };
        assert_eq!(bad(no_case), ErrorCode::UnknownModule);
    }

    /// Runs the first case with the group always choosing the first option of each step.
    #[test]
    fn the_group_goes_on_along_the_option_most_chose() {
        let (pack, w) = workshop();
        let (_, case) = w.case(&pack, 0).unwrap();
        let mut answers: Vec<GroupAnswer> = vec![];
        let view = presentation(&w, &pack, 0, &answers, Language::Nl, "Dalfsen").unwrap();
        assert_eq!((view.step_number, view.tally.clone()), (1, None));
        let start = view.step.id.clone();
        let [a, b] = [&view.step.choices[0].id, &view.step.choices[1].id].map(String::clone);
        let counts = BTreeMap::from([(a.clone(), 3), (b.clone(), 9)]);
        let wrong_step = enter_counts(case, &answers, "elders", &counts).unwrap_err();
        assert_eq!(wrong_step, WorkshopError::OutOfStep);
        let answer = enter_counts(case, &answers, &start, &counts).unwrap();
        answers.push(answer);
        let twice = enter_counts(case, &answers, &start, &counts).unwrap_err();
        assert_eq!(twice, WorkshopError::OutOfStep, "the counts are in already");
        let view = presentation(&w, &pack, 0, &answers, Language::Nl, "Dalfsen").unwrap();
        let tally = view.tally.unwrap();
        assert_eq!(tally.total, 12);
        assert_eq!(tally.leading, std::slice::from_ref(&b));
        let shown: Vec<_> = tally.options.iter().map(|o| (o.count, o.percent)).collect();
        assert_eq!(shown[..2], [(3, 25), (9, 75)]);
        assert!(tally.options.iter().all(|o| !o.feedback.is_empty()));
        assert_eq!(
            follow(case, &answers, &a),
            Err(WorkshopError::OutOfStep),
            "few chose a"
        );
        follow(case, &answers, &b).unwrap();
        answers.last_mut().unwrap().followed = Some(b.clone());
        let view = presentation(&w, &pack, 0, &answers, Language::Nl, "Dalfsen").unwrap();
        let next = &case.steps[0]
            .choices
            .iter()
            .find(|c| c.id == b)
            .unwrap()
            .next;
        assert_eq!((view.step_number, &view.step.id), (2, next));
        assert_eq!(view.path.len(), 1);
        assert_eq!(view.tally, None);
    }

    #[test]
    fn a_tie_lets_the_trainer_choose_and_nothing_counted_is_refused() {
        let (pack, w) = workshop();
        let (_, case) = w.case(&pack, 0).unwrap();
        let step = case.steps.iter().find(|s| s.id == case.start).unwrap();
        let [a, b] = [&step.choices[0].id, &step.choices[1].id].map(String::clone);
        let zero = BTreeMap::from([(a.clone(), 0)]);
        assert_eq!(
            enter_counts(case, &[], &step.id, &zero),
            Err(WorkshopError::NoCounts)
        );
        let many = BTreeMap::from([(a.clone(), MAX_COUNT + 1)]);
        let err = enter_counts(case, &[], &step.id, &many).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidCount);
        let tie = BTreeMap::from([(a.clone(), 4), (b.clone(), 4)]);
        let answers = vec![enter_counts(case, &[], &step.id, &tie).unwrap()];
        assert_eq!(leading(step, &answers[0].counts), [a.clone(), b.clone()]);
        assert_eq!(follow(case, &answers, &a), Ok(()));
        assert_eq!(follow(case, &answers, &b), Ok(()));
    }

    #[test]
    fn signing_off_gives_each_attendee_one_classroom_completion() {
        let (_, w) = workshop();
        let (sanne, karel) = (Uuid::from_u128(10), Uuid::from_u128(11));
        let today = now().date_naive();
        let events = classroom_events(&w, &[sanne, karel], now(), today).unwrap();
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].occurred_at, now(), "noon is later than now: now");
        assert_eq!(events[0].module_id, "signalen");
        assert_eq!(
            events[0].kind,
            EventKind::ClassroomCompleted { workshop: w.id }
        );
        let again = classroom_events(&w, &[karel], now(), today).unwrap();
        assert_eq!(
            again[0].id, events[1].id,
            "the same attendance, the same id"
        );
        assert_ne!(events[0].id, events[1].id);
        let tomorrow = today.succ_opt().unwrap();
        let later = Workshop {
            held_on: tomorrow,
            ..w.clone()
        };
        let err = classroom_events(&later, &[sanne], now(), today).unwrap_err();
        assert_eq!(err, WorkshopError::NotYetHeld(tomorrow));
        assert_eq!(
            classroom_events(&w, &[], now(), today),
            Err(WorkshopError::NoAttendees)
        );
        let closed = Workshop {
            signed_off_at: Some(now()),
            ..w
        };
        assert_eq!(
            classroom_events(&closed, &[sanne], now(), today),
            Err(WorkshopError::Closed)
        );
        let status = crate::progress::module_status(&events, "signalen", 24, now());
        assert!(matches!(
            status,
            crate::ModuleStatus::Completed { score: None, .. }
        ));
    }
}
