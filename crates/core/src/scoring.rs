//! Scoring check items, and the order in which `order` items show their steps.

use crate::content::{Item, ItemKind};
use crate::progress::Answer;

/// Whether `answer` is right for `item`. An answer of the wrong shape is simply wrong.
pub fn is_correct(item: &Item, answer: &Answer) -> bool {
    match (item.kind, answer) {
        (ItemKind::Single, Answer::Single { option }) => {
            item.options.iter().any(|o| o.correct && &o.id == option)
        }
        (ItemKind::Multiple, Answer::Multiple { options }) => {
            let mut chosen: Vec<&str> = options.iter().map(String::as_str).collect();
            chosen.sort_unstable();
            chosen.dedup();
            let mut correct: Vec<&str> = item
                .options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.id.as_str())
                .collect();
            correct.sort_unstable();
            chosen == correct
        }
        (ItemKind::Sort, Answer::Sort { categories }) => {
            categories.len() == item.options.len()
                && item
                    .options
                    .iter()
                    .all(|o| categories.get(&o.id) == o.category.as_ref())
        }
        (ItemKind::Order, Answer::Order { options }) => {
            options.len() == item.options.len()
                && options
                    .iter()
                    .zip(&item.options)
                    .all(|(given, o)| given == &o.id)
        }
        _ => false,
    }
}

/// The percentage of `correct` out of `total`, rounded down (so 69.9% never passes a mark of 70).
pub fn percent(correct: usize, total: usize) -> u8 {
    (correct * 100)
        .checked_div(total)
        .map_or(0, |p| p.min(100) as u8)
}

/// The options of an item in the order the learner sees them. `order` items are shuffled (they
/// are written in the right order), the same way for the same item and attempt, and never in
/// the right order; other items keep the author's order.
pub fn shown_order(item: &Item, attempt: u32) -> Vec<usize> {
    let n = item.options.len();
    let mut order: Vec<usize> = (0..n).collect();
    if item.kind != ItemKind::Order || n < 2 {
        return order;
    }
    // A small deterministic generator (FNV-1a seed, xorshift): no randomness in core, and a
    // learner who restarts sees the same order.
    let mut state = item.id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    }) ^ u64::from(attempt).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for i in (1..n).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    if order.iter().enumerate().all(|(i, &o)| i == o) {
        order.rotate_left(1);
    }
    order
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::content::{Category, ItemOption};

    fn option(id: &str, correct: bool, category: Option<&str>) -> ItemOption {
        ItemOption {
            id: id.into(),
            text: BTreeMap::new(),
            correct,
            category: category.map(Into::into),
            explanation: BTreeMap::new(),
        }
    }

    fn item(kind: ItemKind, options: Vec<ItemOption>) -> Item {
        Item {
            id: "vraag".into(),
            version: 1,
            kind,
            question: BTreeMap::new(),
            options,
            categories: vec![Category {
                id: "signaal".into(),
                text: BTreeMap::new(),
            }],
        }
    }

    fn strings(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn answers_are_scored_per_item_type() {
        let single = item(
            ItemKind::Single,
            vec![option("a", false, None), option("b", true, None)],
        );
        assert!(is_correct(&single, &Answer::Single { option: "b".into() }));
        assert!(!is_correct(&single, &Answer::Single { option: "a".into() }));
        assert!(!is_correct(
            &single,
            &Answer::Multiple {
                options: strings(&["b"])
            }
        ));

        let multiple = item(
            ItemKind::Multiple,
            vec![
                option("a", true, None),
                option("b", false, None),
                option("c", true, None),
            ],
        );
        assert!(is_correct(
            &multiple,
            &Answer::Multiple {
                options: strings(&["c", "a"])
            }
        ));
        assert!(!is_correct(
            &multiple,
            &Answer::Multiple {
                options: strings(&["a"])
            }
        ));
        assert!(!is_correct(
            &multiple,
            &Answer::Multiple {
                options: strings(&["a", "b", "c"])
            }
        ));

        let sort = item(
            ItemKind::Sort,
            vec![
                option("baard", false, Some("geen")),
                option("geweld", false, Some("signaal")),
            ],
        );
        let sorted = |b: &str, g: &str| Answer::Sort {
            categories: BTreeMap::from([("baard".into(), b.into()), ("geweld".into(), g.into())]),
        };
        assert!(is_correct(&sort, &sorted("geen", "signaal")));
        assert!(!is_correct(&sort, &sorted("signaal", "signaal")));

        let order = item(
            ItemKind::Order,
            vec![
                option("noteer", false, None),
                option("overleg", false, None),
                option("meld", false, None),
            ],
        );
        assert!(is_correct(
            &order,
            &Answer::Order {
                options: strings(&["noteer", "overleg", "meld"])
            }
        ));
        assert!(!is_correct(
            &order,
            &Answer::Order {
                options: strings(&["overleg", "noteer", "meld"])
            }
        ));
        assert!(!is_correct(
            &order,
            &Answer::Order {
                options: strings(&["noteer", "overleg"])
            }
        ));
    }

    #[test]
    fn percentages_round_down() {
        assert_eq!(percent(7, 8), 87);
        assert_eq!(percent(0, 8), 0);
        assert_eq!(percent(8, 8), 100);
        assert_eq!(percent(0, 0), 0);
    }

    #[test]
    fn order_items_are_shuffled_but_stable() {
        let order = item(
            ItemKind::Order,
            (0..5)
                .map(|i| option(&format!("s{i}"), false, None))
                .collect(),
        );
        for attempt in 1..20 {
            let shown = shown_order(&order, attempt);
            assert_eq!(shown, shown_order(&order, attempt), "not stable");
            assert_ne!(shown, vec![0, 1, 2, 3, 4], "shown in the right order");
            let mut sorted = shown.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, vec![0, 1, 2, 3, 4]);
        }
        let single = item(
            ItemKind::Single,
            vec![option("a", true, None), option("b", false, None)],
        );
        assert_eq!(shown_order(&single, 3), vec![0, 1]);
    }
}
