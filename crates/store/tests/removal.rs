//! The AVG's right to erasure against real files: a learner removed for good leaves nothing in the
//! database file, the removal travels to other laptops, an older records file cannot bring the
//! learner back, and the retention preview finds who has been inactive.

use baken_core::records::{self, Selection};
use baken_core::{EventKind, NewLearner, Role};
use baken_store::{DB_FILE, Store};
use chrono::Duration;
use uuid::Uuid;

use crate::{install, now};

fn profile(store: &mut Store, name: &str, days_ago: i64) -> Uuid {
    let form = NewLearner {
        name: name.into(),
        role: Role::Wijkteam,
        department: Some("Sociaal domein".into()),
    };
    let at = now() - Duration::days(days_ago);
    let id = store.add_learner(&form, at).unwrap().id;
    store
        .record_event(id, "signalen", &EventKind::ModuleStarted, at)
        .unwrap();
    id
}

fn records_of(store: &Store) -> Vec<u8> {
    let pack = baken_core::content::default_pack();
    store
        .export_records(Selection::All, &pack, "test", now())
        .unwrap()
}

fn names(store: &Store) -> Vec<String> {
    store
        .learners()
        .unwrap()
        .into_iter()
        .map(|l| l.name)
        .collect()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn a_removed_learner_leaves_nothing_behind_and_does_not_come_back() {
    let (dir, mut a) = install();
    let karel = profile(&mut a, "Karel Zwanenburg", 10);
    let alias = profile(&mut a, "Karel Zwanenburg", 5);
    a.merge_profiles(&[karel, alias], now()).unwrap();
    profile(&mut a, "Sanne Bakker", 3);
    let before_removal = records_of(&a);

    let (profiles, events) = a.remove_learner(alias, now()).unwrap();
    assert_eq!((profiles, events), (2, 2), "the person with both profiles");
    assert_eq!(names(&a), ["Sanne Bakker"]);
    assert!(a.events_of(karel).unwrap().is_empty());
    assert!(a.same_names().unwrap().is_empty());
    let err = a.learner(karel).unwrap_err();
    assert_eq!(err.code(), baken_core::ErrorCode::UnknownLearner);
    // Not in the database file, nor in its write-ahead log.
    for file in [DB_FILE, "baken.sqlite-wal"] {
        let bytes = std::fs::read(dir.path().join(file)).unwrap_or_default();
        assert!(
            !contains(&bytes, "Zwanenburg"),
            "{file} still holds the name"
        );
    }

    // An older file from another laptop cannot bring Karel back.
    let report = a
        .merge_records(&records::parse(&before_removal).unwrap())
        .unwrap();
    assert_eq!(report.learners_added, 0);
    assert_eq!(names(&a), ["Sanne Bakker"]);

    // The removal travels: a laptop that had Karel removes him too when it merges A's records.
    let (_b_dir, mut b) = install();
    b.merge_records(&records::parse(&before_removal).unwrap())
        .unwrap();
    assert_eq!(names(&b).len(), 2);
    let report = b
        .merge_records(&records::parse(&records_of(&a)).unwrap())
        .unwrap();
    assert_eq!(report.learners_removed, 1);
    assert_eq!(names(&b), ["Sanne Bakker"]);
    assert!(b.events_of(karel).unwrap().is_empty());
    assert!(b.events_of(alias).unwrap().is_empty());
}

#[test]
fn the_retention_preview_lists_who_has_been_inactive() {
    let (_dir, mut store) = install();
    profile(&mut store, "Oud Actief", 4 * 365);
    let recent = profile(&mut store, "Pas Actief", 30);
    let old = profile(&mut store, "Ooit Begonnen", 3 * 365);
    // A later event on an old profile makes it active again.
    store
        .record_event(
            old,
            "signalen",
            &EventKind::ModuleStarted,
            now() - Duration::days(10),
        )
        .unwrap();
    assert_eq!(store.retention_years().unwrap(), None, "off by default");
    store.set_retention_years(Some(2)).unwrap();
    assert_eq!(store.retention_years().unwrap(), Some(2));
    let inactive = store
        .inactive_since(now() - Duration::days(2 * 365))
        .unwrap();
    let names: Vec<_> = inactive.iter().map(|i| i.learner.name.as_str()).collect();
    assert_eq!(names, ["Oud Actief"]);
    assert!(inactive.iter().all(|i| i.learner.id != recent));
}
