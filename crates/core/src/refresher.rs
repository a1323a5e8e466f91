//! "Opfrissen": check items come back spaced over time, so what was learnt stays.
//!
//! A Leitner system derived from the events: every item a learner has answered (in a check or in
//! a refresher) sits in a box from 1 to 5. A right answer moves it one box up, a wrong one back to
//! box 1. An item is due again [`INTERVAL_DAYS`] after its last answer, per box. Nothing is stored
//! but the answers themselves, so merged records give the same boxes on every laptop.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::Pack;
use crate::lang::Language;
use crate::lesson::{AnswerFeedback, ItemView, Render};
use crate::progress::{Answer, EventKind, ProgressEvent};

/// Days until an item in box 1…5 is due again.
pub const INTERVAL_DAYS: [i64; 5] = [1, 3, 7, 21, 60];
/// A session offers at most this many items: about five minutes.
pub const SESSION_ITEMS: usize = 8;

/// Where one item stands for one learner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub module_id: String,
    pub item_id: String,
    /// 1 to 5.
    pub level: usize,
    pub due: DateTime<Utc>,
}

/// Every item the learner has answered, with its box and due date (events in order).
pub fn cards(pack: &Pack, events: &[ProgressEvent]) -> Vec<Card> {
    let mut boxes: BTreeMap<(String, String), (usize, DateTime<Utc>)> = BTreeMap::new();
    for e in events {
        let (item, correct) = match &e.kind {
            EventKind::ItemAnswered { item, correct, .. }
            | EventKind::RefreshAnswered { item, correct, .. } => (item, *correct),
            _ => continue,
        };
        let entry = boxes
            .entry((e.module_id.clone(), item.clone()))
            .or_insert((0, e.occurred_at));
        entry.0 = if correct {
            (entry.0 + 1).min(INTERVAL_DAYS.len())
        } else {
            1
        };
        entry.1 = e.occurred_at;
    }
    boxes
        .into_iter()
        // Items that a newer version of the course no longer has do not come back.
        .filter(|((module, item), _)| pack.item(module, item).is_some())
        .map(|((module_id, item_id), (level, last))| Card {
            module_id,
            item_id,
            level,
            due: last + Duration::days(INTERVAL_DAYS[level - 1]),
        })
        .collect()
}

/// The items due at `now`, most overdue first, at most one session's worth.
pub fn due(pack: &Pack, events: &[ProgressEvent], now: DateTime<Utc>) -> Vec<Card> {
    let mut due: Vec<Card> = cards(pack, events)
        .into_iter()
        .filter(|c| c.due <= now)
        .collect();
    due.sort_by(|a, b| (a.due, &a.module_id, &a.item_id).cmp(&(b.due, &b.module_id, &b.item_id)));
    due.truncate(SESSION_ITEMS);
    due
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RefresherView {
    /// The next due item, if any is left.
    pub item: Option<RefresherItem>,
    /// Items still due now, the shown one included.
    pub due_count: u32,
    /// Refresher answers given today, and how many of them were right.
    pub answered_today: u32,
    pub right_today: u32,
    /// The explanation of the answer given just before.
    pub last: Option<AnswerFeedback>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RefresherItem {
    pub module_id: String,
    pub module_title: String,
    pub item: ItemView,
}

/// The refresher screen for a learner at `now`.
pub fn refresher_view(
    pack: &Pack,
    events: &[ProgressEvent],
    lang: Language,
    municipality: &str,
    now: DateTime<Utc>,
) -> RefresherView {
    let render = Render { lang, municipality };
    let due = due(pack, events, now);
    let item = due.first().and_then(|card| {
        let (module, item) = pack.item(&card.module_id, &card.item_id)?;
        let title = pack.outline.modules.iter().find(|m| m.id == module.id)?;
        Some(RefresherItem {
            module_id: module.id.clone(),
            module_title: crate::course::ModuleOutline::text(&title.title, lang),
            // Shown as in a first attempt; `order` items are shuffled.
            item: render.item(item, 1),
        })
    });
    let today: Vec<&ProgressEvent> = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::RefreshAnswered { .. }))
        .filter(|e| e.occurred_at.date_naive() == now.date_naive())
        .collect();
    let right_today = today
        .iter()
        .filter(|e| matches!(e.kind, EventKind::RefreshAnswered { correct: true, .. }))
        .count() as u32;
    let last = today.last().and_then(|e| {
        let module = pack.modules.iter().find(|m| m.id == e.module_id)?;
        render.feedback(module, e)
    });
    RefresherView {
        item,
        due_count: due.len() as u32,
        answered_today: today.len() as u32,
        right_today,
        last,
    }
}

/// The event for answering `item_id` in the refresher; refused unless it is the item shown now.
pub fn answer(
    pack: &Pack,
    events: &[ProgressEvent],
    module_id: &str,
    item_id: &str,
    answer: &Answer,
    now: DateTime<Utc>,
) -> Result<EventKind, crate::lesson::LessonError> {
    let next = due(pack, events, now);
    let card = next.first().ok_or(crate::lesson::LessonError::OutOfStep)?;
    if card.module_id != module_id || card.item_id != item_id {
        return Err(crate::lesson::LessonError::OutOfStep);
    }
    let (_, item) = pack
        .item(module_id, item_id)
        .ok_or(crate::lesson::LessonError::OutOfStep)?;
    Ok(EventKind::RefreshAnswered {
        item: item_id.to_owned(),
        version: item.version,
        answer: answer.clone(),
        correct: crate::scoring::is_correct(item, answer),
    })
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use uuid::Uuid;

    use super::*;

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap()
    }

    fn answered(item: &str, day: u32, correct: bool, refresh: bool) -> ProgressEvent {
        let answer = Answer::Single { option: "x".into() };
        let kind = if refresh {
            EventKind::RefreshAnswered {
                item: item.into(),
                version: 1,
                answer,
                correct,
            }
        } else {
            EventKind::ItemAnswered {
                item: item.into(),
                version: 1,
                attempt: 1,
                answer,
                correct,
            }
        };
        ProgressEvent {
            id: Uuid::nil(),
            learner_id: Uuid::nil(),
            module_id: "signalen".into(),
            occurred_at: at(day),
            kind,
        }
    }

    #[test]
    fn boxes_move_up_when_right_and_back_to_one_when_wrong() {
        let pack = crate::content::default_pack();
        let items = &pack
            .module("signalen")
            .unwrap()
            .check
            .as_ref()
            .unwrap()
            .items;
        let (a, b) = (items[0].id.as_str(), items[1].id.as_str());
        let events = vec![
            answered(a, 1, true, false),
            answered(b, 1, false, false),
            answered(a, 2, true, true),
            answered(a, 5, true, true),
            answered(b, 2, true, true),
            answered(b, 3, false, true),
        ];
        let cards = cards(&pack, &events);
        let card = |id: &str| cards.iter().find(|c| c.item_id == id).unwrap();
        assert_eq!((card(a).level, card(a).due), (3, at(5) + Duration::days(7)));
        assert_eq!((card(b).level, card(b).due), (1, at(3) + Duration::days(1)));
        // On day 4 only b is due; on day 12 both, b first (longer overdue).
        let ids = |day| {
            due(&pack, &events, at(day))
                .into_iter()
                .map(|c| c.item_id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(4), [b]);
        assert_eq!(ids(12), [b, a]);
        assert!(ids(3).is_empty());
    }

    #[test]
    fn only_the_item_shown_can_be_answered() {
        let pack = crate::content::default_pack();
        let items = &pack
            .module("signalen")
            .unwrap()
            .check
            .as_ref()
            .unwrap()
            .items;
        let events = vec![
            answered(&items[0].id, 1, false, false),
            answered(&items[1].id, 2, false, false),
        ];
        let given = Answer::Single { option: "x".into() };
        assert!(answer(&pack, &events, "signalen", &items[1].id, &given, at(9)).is_err());
        let event = answer(&pack, &events, "signalen", &items[0].id, &given, at(9)).unwrap();
        assert!(matches!(
            event,
            EventKind::RefreshAnswered { correct: false, .. }
        ));
        let view = refresher_view(&pack, &events, Language::Nl, "Zilverdam", at(9));
        assert_eq!(
            (view.due_count, view.item.unwrap().item.id),
            (2, items[0].id.clone())
        );
    }
}
