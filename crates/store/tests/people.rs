//! One person with profiles on two laptops: pointed out after a merge, merged by a trainer (or kept
//! apart), counted once everywhere, and the decision travelling in records files.

use baken_core::records::{self, Selection};
use baken_core::{EventKind, NewLearner, Role};
use baken_store::Store;
use chrono::Duration;
use uuid::Uuid;

use crate::{install, now};

fn profile(store: &mut Store, name: &str, days_ago: i64) -> Uuid {
    let form = NewLearner {
        name: name.into(),
        role: Role::Wijkteam,
        department: None,
    };
    store
        .add_learner(&form, now() - Duration::days(days_ago))
        .unwrap()
        .id
}

fn complete(store: &mut Store, learner: Uuid, module: &str, days_ago: i64) {
    let at = now() - Duration::days(days_ago);
    store
        .record_event(learner, module, &EventKind::ModuleStarted, at)
        .unwrap();
    store
        .record_event(
            learner,
            module,
            &EventKind::ModuleCompleted { score: 80 },
            at,
        )
        .unwrap();
}

fn merge(into: &mut Store, from: &Store, selection: Selection) -> records::MergeReport {
    let pack = baken_core::content::default_pack();
    let bytes = from
        .export_records(selection, &pack, "test", now())
        .unwrap();
    into.merge_records(&records::parse(&bytes).unwrap())
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

#[test]
fn a_trainer_merges_one_person_with_two_profiles_and_the_decision_travels() {
    let pack = baken_core::content::default_pack();
    let (_a_dir, mut a) = install();
    let (_b_dir, mut b) = install();
    // Karel on laptop A (earlier) and on laptop B, each with a module done.
    let karel_a = profile(&mut a, "Karel Jansen", 30);
    let karel_b = profile(&mut b, "karel  jansen", 10);
    complete(&mut a, karel_a, "signalen", 20);
    complete(&mut b, karel_b, "het-proces", 5);

    let report = merge(&mut a, &b, Selection::All);
    assert_eq!(report.same_names, ["karel jansen"]);
    let same = a.same_names().unwrap();
    assert_eq!(same.len(), 1);
    let ids: Vec<_> = same[0].profiles.iter().map(|p| p.learner.id).collect();
    assert_eq!(ids, [karel_a, karel_b], "the oldest first");
    assert_eq!(same[0].profiles[1].events, 2);
    assert_eq!(names(&a).len(), 2, "two profiles until a trainer decides");

    // Merged: one person, with the records of both profiles; nothing rewritten.
    let events_before = a.info().unwrap();
    a.merge_profiles(&[karel_b, karel_a], now()).unwrap();
    assert_eq!(names(&a), ["Karel Jansen"]);
    assert!(a.same_names().unwrap().is_empty());
    let events = a.events_of(karel_a).unwrap();
    assert_eq!(events.len(), 4);
    let modules: Vec<_> = events.iter().map(|e| e.module_id.as_str()).collect();
    assert!(modules.contains(&"signalen") && modules.contains(&"het-proces"));
    assert_eq!(
        a.info().unwrap(),
        events_before,
        "the same learners and events"
    );
    let overview = a.overview(&pack.outline, now()).unwrap();
    assert_eq!(overview.rows.len(), 1);
    // Choosing the merged profile opens the person.
    a.set_active_learner(Some(karel_b)).unwrap();
    assert_eq!(a.active_learner().unwrap().unwrap().id, karel_a);

    // The decision travels: a third laptop gets one Karel, and again nothing the second time.
    let (_c_dir, mut c) = install();
    let report = merge(&mut c, &a, Selection::All);
    assert_eq!((report.links_added, report.same_names.len()), (1, 0));
    assert_eq!(names(&c), ["Karel Jansen"]);
    assert_eq!(c.events_of(karel_a).unwrap().len(), 4);
    let again = merge(&mut c, &a, Selection::All);
    assert_eq!((again.links_added, again.events_added), (0, 0));

    // Exporting one learner takes the person with every merged profile.
    let (_d_dir, mut d) = install();
    let report = merge(&mut d, &a, Selection::Learner { learner: karel_b });
    assert_eq!((report.learners_added, report.links_added), (2, 1));
    assert_eq!(names(&d), ["Karel Jansen"]);
}

#[test]
fn profiles_kept_apart_are_not_suggested_again() {
    let (_dir, mut store) = install();
    let first = profile(&mut store, "Sanne de Vries", 3);
    let second = profile(&mut store, "Sanne de Vries", 2);
    assert_eq!(store.same_names().unwrap().len(), 1);
    store.keep_apart(&[second, first]).unwrap();
    assert!(store.same_names().unwrap().is_empty());
    assert_eq!(names(&store).len(), 2, "both stay, as two people");
    // A third with that name is suggested with the other two.
    profile(&mut store, "Sanne de Vries", 1);
    assert_eq!(store.same_names().unwrap()[0].profiles.len(), 3);
}

#[test]
fn a_link_always_points_at_a_person() {
    let (_dir, mut store) = install();
    let oldest = profile(&mut store, "Bram Peeters", 30);
    let middle = profile(&mut store, "Bram Peeters", 20);
    let newest = profile(&mut store, "Bram Peeters", 10);
    store.merge_profiles(&[middle, newest], now()).unwrap();
    assert_eq!(store.person_of(newest).unwrap(), middle);
    // Then the older one: the merged pair moves along to it.
    store.merge_profiles(&[middle, oldest], now()).unwrap();
    for id in [oldest, middle, newest] {
        assert_eq!(store.person_of(id).unwrap(), oldest);
    }
    assert_eq!(names(&store), ["Bram Peeters"]);
    // An unknown profile is refused.
    let err = store
        .merge_profiles(&[oldest, Uuid::nil()], now())
        .unwrap_err();
    assert_eq!(err.code(), baken_core::ErrorCode::UnknownLearner);
}
