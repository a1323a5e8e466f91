//! Progress events and what they add up to.
//!
//! Progress is recorded as an append-only list of [`ProgressEvent`]s (never updated, never
//! deleted), so records from several laptops can later be merged by event id without losing
//! anything. [`summarise`] derives each module's [`ModuleStatus`] from the events at a given time.

use chrono::{DateTime, Months, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::course::Outline;

/// One thing a learner did. The id is globally unique.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressEvent {
    pub id: Uuid,
    pub learner_id: Uuid,
    pub module_id: String,
    pub occurred_at: DateTime<Utc>,
    pub kind: EventKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum EventKind {
    /// The learner opened the module for the first time (or again after completing it).
    ModuleStarted,
    /// The learner finished the module; `score` is the knowledge check's percentage.
    ModuleCompleted { score: u8 },
    /// The learner attended a workshop on the module that its trainer signed off: a classroom
    /// completion, which counts like a completion but has no score.
    ClassroomCompleted { workshop: Uuid },
    /// The learner opened a page of the module (the last one viewed is where they resume).
    PageViewed { page: String },
    /// The learner began (or replayed) a case.
    CaseStarted { case: String, version: u32 },
    /// The learner chose `choice` at `step` of a case.
    CaseChoice {
        case: String,
        version: u32,
        step: String,
        choice: String,
    },
    /// The learner began attempt `attempt` (1, 2, …) of the knowledge check.
    CheckStarted { attempt: u32 },
    /// The learner answered a check item; `correct` is what the item's rules said then.
    ItemAnswered {
        item: String,
        version: u32,
        attempt: u32,
        answer: Answer,
        correct: bool,
    },
    /// The last item of an attempt was answered: the attempt's score (percent) and whether it passed.
    CheckFinished {
        attempt: u32,
        score: u8,
        passed: bool,
    },
    /// The learner's answer to the learning-effect question "I know what to do when I notice a
    /// signal" (1 = not at all, 5 = completely), before the course or after it.
    EffectConfidence {
        phase: crate::effect::Phase,
        level: u8,
    },
    /// A learning-effect item answered before the course or after it.
    EffectAnswered {
        phase: crate::effect::Phase,
        module: String,
        item: String,
        version: u32,
        answer: Answer,
        correct: bool,
    },
    /// The learner chose not to take the learning-effect measurement.
    EffectSkipped { phase: crate::effect::Phase },
    /// A check item answered again in an "Opfrissen" (refresher) session.
    RefreshAnswered {
        item: String,
        version: u32,
        answer: Answer,
        correct: bool,
    },
}

/// A learner's answer to a check item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Answer {
    Single {
        option: String,
    },
    Multiple {
        options: Vec<String>,
    },
    /// Option id → category id.
    Sort {
        categories: std::collections::BTreeMap<String, String>,
    },
    /// Option ids in the order the learner put them.
    Order {
        options: Vec<String>,
    },
}

impl EventKind {
    /// For a completion (online or in a workshop): `Some(score)`, with no score for a classroom
    /// completion. `None` for every other kind.
    pub fn completion_score(&self) -> Option<Option<u8>> {
        match self {
            EventKind::ModuleCompleted { score } => Some(Some(*score)),
            EventKind::ClassroomCompleted { .. } => Some(None),
            _ => None,
        }
    }

    /// The stored name of the kind.
    pub fn name(&self) -> &'static str {
        match self {
            EventKind::ModuleStarted => "module-started",
            EventKind::ModuleCompleted { .. } => "module-completed",
            EventKind::ClassroomCompleted { .. } => "classroom-completed",
            EventKind::PageViewed { .. } => "page-viewed",
            EventKind::CaseStarted { .. } => "case-started",
            EventKind::CaseChoice { .. } => "case-choice",
            EventKind::CheckStarted { .. } => "check-started",
            EventKind::ItemAnswered { .. } => "item-answered",
            EventKind::CheckFinished { .. } => "check-finished",
            EventKind::RefreshAnswered { .. } => "refresh-answered",
            EventKind::EffectConfidence { .. } => "effect-confidence",
            EventKind::EffectAnswered { .. } => "effect-answered",
            EventKind::EffectSkipped { .. } => "effect-skipped",
        }
    }

    /// The kind's fields as a JSON object, without the `type` tag (which the database keeps in a
    /// column of its own): `{"page":"p1"}` for a page view, `{}` for a module start.
    pub fn payload(&self) -> String {
        let json = serde_json::to_string(self).expect("an event kind always serializes");
        // serde writes an internally tagged enum with its tag first: `{"type":"<name>"` and then
        // either `}` or `,"field":…}`. Cutting the tag off avoids building a JSON tree per event,
        // which merging a million events would notice.
        let tag = format!("{{\"type\":\"{}\"", self.name());
        match json.strip_prefix(&tag) {
            Some("}") => "{}".to_owned(),
            Some(rest) if rest.starts_with(',') => format!("{{{}", &rest[1..]),
            // Not serde's layout after all: take the long way round.
            _ => {
                let mut value: serde_json::Value =
                    serde_json::from_str(&json).expect("serde_json reads its own output");
                if let Some(map) = value.as_object_mut() {
                    map.remove("type");
                }
                value.to_string()
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum ModuleStatus {
    NotStarted,
    InProgress {
        since: DateTime<Utc>,
    },
    Completed {
        /// The knowledge check's percentage; `None` for a completion in a workshop (classroom),
        /// which has no score.
        score: Option<u8>,
        #[serde(rename = "completedAt")]
        completed_at: DateTime<Utc>,
        #[serde(rename = "validUntil")]
        valid_until: DateTime<Utc>,
        /// The completion is older than the pack's validity period: a refresher is due.
        expired: bool,
    },
}

impl ModuleStatus {
    /// Until when the module counts as done: for a completion that has not expired.
    pub fn valid_until(&self) -> Option<DateTime<Utc>> {
        match self {
            ModuleStatus::Completed {
                expired: false,
                valid_until,
                ..
            } => Some(*valid_until),
            _ => None,
        }
    }
}

/// A module as the home screen shows it, in the learner's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ModuleProgress {
    pub module_id: String,
    pub title: String,
    pub summary: String,
    pub minutes: u32,
    /// The learner's role must complete this module.
    pub required: bool,
    pub status: ModuleStatus,
}

/// The status of one module from one learner's events. The latest completion counts; a start after
/// the latest completion (a retake) shows as in progress only once the old completion has expired,
/// because a valid completion is what the municipality needs to see.
pub fn module_status(
    events: &[ProgressEvent],
    module_id: &str,
    validity_months: u32,
    now: DateTime<Utc>,
) -> ModuleStatus {
    let of_module = events.iter().filter(|e| e.module_id == module_id);
    let mut first_start: Option<DateTime<Utc>> = None;
    let mut latest_completion: Option<(DateTime<Utc>, Option<u8>)> = None;
    for e in of_module {
        match e.kind.completion_score() {
            Some(score) if latest_completion.is_none_or(|(at, _)| e.occurred_at > at) => {
                latest_completion = Some((e.occurred_at, score));
            }
            Some(_) => {}
            None if opens_module(&e.kind) => {
                first_start = Some(first_start.map_or(e.occurred_at, |s| s.min(e.occurred_at)));
            }
            _ => {}
        }
    }
    status_from(first_start, latest_completion, validity_months, now)
}

/// Whether an event of this kind means the learner opened the module. Refreshing and the
/// learning-effect measurement do not (re)open one; a completion is counted apart.
pub fn opens_module(kind: &EventKind) -> bool {
    match kind {
        EventKind::ModuleStarted
        | EventKind::PageViewed { .. }
        | EventKind::CaseStarted { .. }
        | EventKind::CaseChoice { .. }
        | EventKind::CheckStarted { .. }
        | EventKind::ItemAnswered { .. }
        | EventKind::CheckFinished { .. } => true,
        EventKind::ModuleCompleted { .. }
        | EventKind::ClassroomCompleted { .. }
        | EventKind::RefreshAnswered { .. }
        | EventKind::EffectConfidence { .. }
        | EventKind::EffectAnswered { .. }
        | EventKind::EffectSkipped { .. } => false,
    }
}

/// A module's status from its first start and its latest completion (with its score, if any).
pub fn status_from(
    first_start: Option<DateTime<Utc>>,
    latest_completion: Option<(DateTime<Utc>, Option<u8>)>,
    validity_months: u32,
    now: DateTime<Utc>,
) -> ModuleStatus {
    match (latest_completion, first_start) {
        (Some((completed_at, score)), _) => {
            let valid_until = completed_at
                .checked_add_months(Months::new(validity_months))
                .unwrap_or(DateTime::<Utc>::MAX_UTC);
            ModuleStatus::Completed {
                score,
                completed_at,
                valid_until,
                expired: now >= valid_until,
            }
        }
        (None, Some(since)) => ModuleStatus::InProgress { since },
        (None, None) => ModuleStatus::NotStarted,
    }
}

/// Every module of the outline with its status for one learner, in outline order.
pub fn summarise(
    outline: &Outline,
    events: &[ProgressEvent],
    role: crate::Role,
    lang: crate::Language,
    now: DateTime<Utc>,
) -> Vec<ModuleProgress> {
    use crate::course::ModuleOutline;
    outline
        .modules
        .iter()
        .map(|m| ModuleProgress {
            module_id: m.id.clone(),
            title: ModuleOutline::text(&m.title, lang),
            summary: ModuleOutline::text(&m.summary, lang),
            minutes: m.minutes,
            required: outline.is_required(role, &m.id),
            status: module_status(events, &m.id, outline.validity_months, now),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_payload_is_the_kind_without_its_tag_and_reads_back() {
        use crate::effect::Phase;
        let single = || Answer::Single { option: "b".into() };
        let kinds = [
            EventKind::ModuleStarted,
            EventKind::ModuleCompleted { score: 90 },
            EventKind::ClassroomCompleted {
                workshop: Uuid::from_u128(7),
            },
            EventKind::PageViewed {
                page: "p\"1".into(),
            },
            EventKind::CaseStarted {
                case: "c".into(),
                version: 2,
            },
            EventKind::CaseChoice {
                case: "c".into(),
                version: 2,
                step: "s".into(),
                choice: "k".into(),
            },
            EventKind::CheckStarted { attempt: 1 },
            EventKind::ItemAnswered {
                item: "i".into(),
                version: 1,
                attempt: 1,
                answer: single(),
                correct: true,
            },
            EventKind::CheckFinished {
                attempt: 1,
                score: 80,
                passed: true,
            },
            EventKind::RefreshAnswered {
                item: "i".into(),
                version: 1,
                answer: single(),
                correct: false,
            },
            EventKind::EffectConfidence {
                phase: Phase::Pre,
                level: 3,
            },
            EventKind::EffectAnswered {
                phase: Phase::Post,
                module: "m".into(),
                item: "i".into(),
                version: 1,
                answer: single(),
                correct: true,
            },
            EventKind::EffectSkipped { phase: Phase::Pre },
        ];
        for kind in kinds {
            let payload = kind.payload();
            let mut expected = serde_json::to_value(&kind).unwrap();
            expected.as_object_mut().unwrap().remove("type");
            assert_eq!(
                serde_json::from_str::<serde_json::Value>(&payload).unwrap(),
                expected,
                "{payload}"
            );
            let mut back: serde_json::Value = serde_json::from_str(&payload).unwrap();
            back.as_object_mut()
                .unwrap()
                .insert("type".into(), kind.name().into());
            assert_eq!(serde_json::from_value::<EventKind>(back).unwrap(), kind);
        }
    }

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 10, 0, 0).unwrap()
    }

    fn ev(module: &str, when: DateTime<Utc>, kind: EventKind) -> ProgressEvent {
        ProgressEvent {
            id: Uuid::nil(),
            learner_id: Uuid::nil(),
            module_id: module.into(),
            occurred_at: when,
            kind,
        }
    }

    /// Data-driven: events, the moment we look, and the status we expect for module "m".
    fn check(events: &[ProgressEvent], now: DateTime<Utc>, expect: ModuleStatus) {
        assert_eq!(
            module_status(events, "m", 24, now),
            expect,
            "events: {events:#?}"
        );
    }

    #[test]
    fn statuses() {
        let now = at(2026, 11, 29);
        check(&[], now, ModuleStatus::NotStarted);
        check(
            &[ev("other", at(2026, 1, 1), EventKind::ModuleStarted)],
            now,
            ModuleStatus::NotStarted,
        );
        check(
            &[
                ev("m", at(2026, 3, 2), EventKind::ModuleStarted),
                ev("m", at(2026, 3, 1), EventKind::ModuleStarted),
            ],
            now,
            ModuleStatus::InProgress {
                since: at(2026, 3, 1),
            },
        );
        check(
            &[
                ev("m", at(2026, 3, 1), EventKind::ModuleStarted),
                ev(
                    "m",
                    at(2026, 3, 2),
                    EventKind::ModuleCompleted { score: 80 },
                ),
            ],
            now,
            ModuleStatus::Completed {
                score: Some(80),
                completed_at: at(2026, 3, 2),
                valid_until: at(2028, 3, 2),
                expired: false,
            },
        );
        // The latest completion counts, whatever order the events arrive in (merged records).
        check(
            &[
                ev(
                    "m",
                    at(2025, 6, 1),
                    EventKind::ModuleCompleted { score: 95 },
                ),
                ev(
                    "m",
                    at(2023, 6, 1),
                    EventKind::ModuleCompleted { score: 60 },
                ),
            ],
            now,
            ModuleStatus::Completed {
                score: Some(95),
                completed_at: at(2025, 6, 1),
                valid_until: at(2027, 6, 1),
                expired: false,
            },
        );
        // Exactly 24 months later the completion has expired.
        check(
            &[ev(
                "m",
                at(2024, 11, 29),
                EventKind::ModuleCompleted { score: 70 },
            )],
            now,
            ModuleStatus::Completed {
                score: Some(70),
                completed_at: at(2024, 11, 29),
                valid_until: at(2026, 11, 29),
                expired: true,
            },
        );
    }

    #[test]
    fn summary_follows_the_outline_in_the_chosen_language() {
        let outline = Outline::default_pack();
        let events = [ev("signalen", at(2026, 1, 1), EventKind::ModuleStarted)];
        let en = summarise(
            &outline,
            &events,
            crate::Role::Beleid,
            crate::Language::En,
            at(2026, 2, 1),
        );
        assert_eq!(en.len(), outline.modules.len());
        assert_eq!(en[0].title, "What radicalisation is, and what it is not");
        let signals = en.iter().find(|m| m.module_id == "signalen").unwrap();
        assert_eq!(
            signals.status,
            ModuleStatus::InProgress {
                since: at(2026, 1, 1)
            }
        );
        let nl = summarise(
            &outline,
            &events,
            crate::Role::Boa,
            crate::Language::Nl,
            at(2026, 2, 1),
        );
        assert_eq!(nl[0].title, "Wat radicalisering is, en wat niet");
        // A policy officer must do every module; a boa not the one on return and detention.
        assert!(en.iter().all(|m| m.required));
        let boa_required: Vec<_> = nl
            .iter()
            .filter(|m| !m.required)
            .map(|m| m.module_id.as_str())
            .collect();
        assert_eq!(boa_required, ["het-proces", "terugkeer-re-integratie"]);
    }
}
