//! The learning effect: a few check items and one question on confidence ("I know what to do when
//! I notice a signal", 1–5), asked before the first module and again after the last required one,
//! so a municipality can see what the course changed. Derived from the events alone.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::Pack;
use crate::lang::Language;
use crate::lesson::{ItemView, LessonError, Render};
use crate::progress::{Answer, EventKind, ProgressEvent};

/// The `module_id` under which learning-effect events are stored (no module has this id).
pub const EFFECT_MODULE: &str = "leereffect";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Before the first module.
    Pre,
    /// After the last required module.
    Post,
}

/// One phase's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EffectScore {
    pub right: u32,
    pub total: u32,
    pub confidence: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum EffectStep {
    Confidence,
    Item {
        index: u32,
        total: u32,
        item: ItemView,
    },
    /// The phase is done; `before` and `after` as far as known.
    Done {
        before: Option<EffectScore>,
        after: Option<EffectScore>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EffectView {
    pub phase: Phase,
    pub step: EffectStep,
}

/// What the learner does in the measurement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum EffectAction {
    Confidence { level: u8 },
    Answer { item: String, answer: Answer },
    Skip,
}

fn of_phase(events: &[ProgressEvent], phase: Phase) -> impl Iterator<Item = &EventKind> {
    events
        .iter()
        .filter(|e| e.module_id == EFFECT_MODULE)
        .map(|e| &e.kind)
        .filter(move |k| match k {
            EventKind::EffectConfidence { phase: p, .. }
            | EventKind::EffectAnswered { phase: p, .. }
            | EventKind::EffectSkipped { phase: p } => *p == phase,
            _ => false,
        })
}

fn skipped(events: &[ProgressEvent], phase: Phase) -> bool {
    of_phase(events, phase).any(|k| matches!(k, EventKind::EffectSkipped { .. }))
}

fn answered(events: &[ProgressEvent], phase: Phase) -> usize {
    of_phase(events, phase)
        .filter(|k| matches!(k, EventKind::EffectAnswered { .. }))
        .count()
}

fn confidence(events: &[ProgressEvent], phase: Phase) -> Option<u8> {
    of_phase(events, phase).find_map(|k| match k {
        EventKind::EffectConfidence { level, .. } => Some(*level),
        _ => None,
    })
}

fn finished(pack: &Pack, events: &[ProgressEvent], phase: Phase) -> bool {
    skipped(events, phase)
        || (confidence(events, phase).is_some()
            && answered(events, phase) >= pack.outline.effect_items.len())
}

/// The outcome of a finished phase (not of a skipped one).
pub fn score(pack: &Pack, events: &[ProgressEvent], phase: Phase) -> Option<EffectScore> {
    if skipped(events, phase) || !finished(pack, events, phase) {
        return None;
    }
    let right = of_phase(events, phase)
        .filter(|k| matches!(k, EventKind::EffectAnswered { correct: true, .. }))
        .count();
    Some(EffectScore {
        right: right as u32,
        total: pack.outline.effect_items.len() as u32,
        confidence: confidence(events, phase),
    })
}

/// The phase to offer now: the pre-measurement until it is done or skipped, provided the learner
/// has not started on the course yet; the post-measurement once every required module is completed
/// and the pre-measurement was taken.
pub fn offer(pack: &Pack, events: &[ProgressEvent], all_required_done: bool) -> Option<Phase> {
    if pack.outline.effect_items.is_empty() {
        return None;
    }
    let pre_started = of_phase(events, Phase::Pre).next().is_some();
    let course_started = events.iter().any(|e| e.module_id != EFFECT_MODULE);
    if !finished(pack, events, Phase::Pre) && (pre_started || !course_started) {
        return Some(Phase::Pre);
    }
    if all_required_done
        && score(pack, events, Phase::Pre).is_some()
        && !finished(pack, events, Phase::Post)
    {
        return Some(Phase::Post);
    }
    None
}

/// The screen for `phase`.
pub fn view(
    pack: &Pack,
    events: &[ProgressEvent],
    phase: Phase,
    lang: Language,
    municipality: &str,
) -> EffectView {
    let render = Render { lang, municipality };
    let step = if finished(pack, events, phase) {
        EffectStep::Done {
            before: score(pack, events, Phase::Pre),
            after: score(pack, events, Phase::Post),
        }
    } else if confidence(events, phase).is_none() {
        EffectStep::Confidence
    } else {
        let index = answered(events, phase);
        let (module, item) = &pack.outline.effect_items[index];
        match pack.item(module, item).map(|(_, i)| i) {
            Some(item) => EffectStep::Item {
                index: index as u32,
                total: pack.outline.effect_items.len() as u32,
                item: render.item(item, 1),
            },
            None => EffectStep::Done {
                before: None,
                after: None,
            },
        }
    };
    EffectView { phase, step }
}

/// The event that `action` records in `phase`; refused when it does not fit the current step.
pub fn plan(
    pack: &Pack,
    events: &[ProgressEvent],
    phase: Phase,
    action: &EffectAction,
) -> Result<EventKind, LessonError> {
    if finished(pack, events, phase) {
        return Err(LessonError::OutOfStep);
    }
    match action {
        EffectAction::Skip => Ok(EventKind::EffectSkipped { phase }),
        EffectAction::Confidence { level } => {
            if confidence(events, phase).is_some() || !(1..=5).contains(level) {
                return Err(LessonError::OutOfStep);
            }
            Ok(EventKind::EffectConfidence {
                phase,
                level: *level,
            })
        }
        EffectAction::Answer { item, answer } => {
            if confidence(events, phase).is_none() {
                return Err(LessonError::OutOfStep);
            }
            let (module_id, item_id) = &pack.outline.effect_items[answered(events, phase)];
            if item_id != item {
                return Err(LessonError::OutOfStep);
            }
            let (_, it) = pack
                .item(module_id, item_id)
                .ok_or(LessonError::OutOfStep)?;
            Ok(EventKind::EffectAnswered {
                phase,
                module: module_id.clone(),
                item: item_id.clone(),
                version: it.version,
                answer: answer.clone(),
                correct: crate::scoring::is_correct(it, answer),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};
    use uuid::Uuid;

    use super::*;

    fn record(pack: &Pack, events: &mut Vec<ProgressEvent>, phase: Phase, action: EffectAction) {
        let kind = plan(pack, events, phase, &action).unwrap_or_else(|e| panic!("{action:?}: {e}"));
        events.push(ProgressEvent {
            id: Uuid::nil(),
            learner_id: Uuid::nil(),
            module_id: EFFECT_MODULE.into(),
            occurred_at: Utc
                .with_ymd_and_hms(2026, 11, 29, 9, 0, events.len() as u32)
                .unwrap(),
            kind,
        });
    }

    fn take(
        pack: &Pack,
        events: &mut Vec<ProgressEvent>,
        phase: Phase,
        confidence: u8,
        right: bool,
    ) {
        record(
            pack,
            events,
            phase,
            EffectAction::Confidence { level: confidence },
        );
        for (module, item) in pack.outline.effect_items.clone() {
            let (_, it) = pack.item(&module, &item).unwrap();
            let option = it
                .options
                .iter()
                .find(|o| o.correct == right)
                .unwrap()
                .id
                .clone();
            record(
                pack,
                events,
                phase,
                EffectAction::Answer {
                    item,
                    answer: Answer::Single { option },
                },
            );
        }
    }

    #[test]
    fn before_and_after_the_course() {
        let pack = crate::content::default_pack();
        let n = pack.outline.effect_items.len() as u32;
        let mut events = vec![];
        assert_eq!(offer(&pack, &events, false), Some(Phase::Pre));
        assert_eq!(
            view(&pack, &events, Phase::Pre, Language::Nl, "Z").step,
            EffectStep::Confidence
        );
        take(&pack, &mut events, Phase::Pre, 2, false);
        assert_eq!(
            offer(&pack, &events, false),
            None,
            "nothing to offer during the course"
        );
        assert_eq!(offer(&pack, &events, true), Some(Phase::Post));
        take(&pack, &mut events, Phase::Post, 4, true);
        assert_eq!(offer(&pack, &events, true), None);
        let EffectStep::Done { before, after } =
            view(&pack, &events, Phase::Post, Language::Nl, "Z").step
        else {
            panic!()
        };
        assert_eq!(
            before,
            Some(EffectScore {
                right: 0,
                total: n,
                confidence: Some(2)
            })
        );
        assert_eq!(
            after,
            Some(EffectScore {
                right: n,
                total: n,
                confidence: Some(4)
            })
        );
    }

    #[test]
    fn skipping_and_out_of_step_answers() {
        let pack = crate::content::default_pack();
        let mut events = vec![];
        let (_, first) = pack.outline.effect_items[0].clone();
        let early = EffectAction::Answer {
            item: first,
            answer: Answer::Single { option: "x".into() },
        };
        assert_eq!(
            plan(&pack, &events, Phase::Pre, &early),
            Err(LessonError::OutOfStep)
        );
        assert_eq!(
            plan(
                &pack,
                &events,
                Phase::Pre,
                &EffectAction::Confidence { level: 6 }
            ),
            Err(LessonError::OutOfStep)
        );
        record(&pack, &mut events, Phase::Pre, EffectAction::Skip);
        assert_eq!(
            offer(&pack, &events, true),
            None,
            "no post-measurement without a pre-measurement"
        );
        assert_eq!(score(&pack, &events, Phase::Pre), None);
    }
}
