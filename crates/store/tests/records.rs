//! Records between laptops against real SQLite files: export on one install, merge on another,
//! merge again, overlapping files, a name on both laptops, and a merge that fails halfway.

use baken_core::records::{self, Selection};
use baken_core::{EventKind, NewLearner, Role};
use baken_store::{Access, Store, StoreError};
use chrono::Duration;

use crate::{install_named as install, now};

fn learner(store: &mut Store, name: &str) -> uuid::Uuid {
    store
        .add_learner(
            &NewLearner {
                name: name.into(),
                role: Role::Wijkteam,
                department: None,
            },
            now(),
        )
        .unwrap()
        .id
}

fn answer(store: &mut Store, id: uuid::Uuid, days_ago: i64, score: u8) {
    store
        .record_event(
            id,
            "signalen",
            &EventKind::ModuleCompleted { score },
            now() - Duration::days(days_ago),
        )
        .unwrap();
}

fn export(store: &Store, selection: Selection) -> Vec<u8> {
    store
        .export_records(
            selection,
            &baken_core::content::default_pack(),
            "test",
            now(),
        )
        .unwrap()
}

/// Every row of the learner and event tables, in a fixed order: equal when nothing changed.
fn content(store: &Store) -> String {
    let c = store.connection();
    let rows = |sql: &str| -> Vec<String> {
        let mut stmt = c.prepare(sql).unwrap();
        stmt.query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let mut all = rows("SELECT id || name || role || created_at FROM learner ORDER BY id");
    all.extend(rows(
        "SELECT id || learner_id || module_id || kind || payload || occurred_at FROM progress_event ORDER BY id",
    ));
    all.join("\n")
}

#[test]
fn records_travel_to_another_laptop_and_a_second_merge_adds_nothing() {
    let (_a_dir, mut a) = install("Gemeente Zilverdam");
    let sanne = learner(&mut a, "Sanne de Vries");
    let bram = learner(&mut a, "Bram Peeters");
    answer(&mut a, sanne, 10, 80);
    answer(&mut a, bram, 5, 90);
    answer(&mut a, bram, 1, 100);
    let (_b_dir, mut b) = install("Gemeente Zilverdam");
    let youssef = learner(&mut b, "Youssef Amrani");
    answer(&mut b, youssef, 3, 70);

    let file = records::parse(&export(&a, Selection::All)).unwrap();
    assert_eq!(file.header.install, a.install_id().unwrap());
    assert_eq!(
        file.header.municipality.as_deref(),
        Some("Gemeente Zilverdam")
    );
    let report = b.merge_records(&file).unwrap();
    assert_eq!(
        (
            report.learners_added,
            report.events_added,
            report.events_known
        ),
        (2, 3, 0)
    );
    assert!(!report.from_this_install);
    assert!(report.same_names.is_empty());
    let names: Vec<_> = b.learners().unwrap().into_iter().map(|l| l.name).collect();
    assert_eq!(names, ["Bram Peeters", "Sanne de Vries", "Youssef Amrani"]);
    // The events keep their ids and content: B's history of Bram is A's.
    assert_eq!(b.events_of(bram).unwrap(), a.events_of(bram).unwrap());

    let before = content(&b);
    let again = b.merge_records(&file).unwrap();
    assert_eq!(
        (
            again.learners_added,
            again.learners_known,
            again.events_added,
            again.events_known
        ),
        (0, 2, 0, 3)
    );
    assert_eq!(content(&b), before);

    // And back: A merging B's full export gains only Youssef.
    let back = a
        .merge_records(&records::parse(&export(&b, Selection::All)).unwrap())
        .unwrap();
    assert_eq!(
        (back.learners_added, back.events_added, back.events_known),
        (1, 1, 3)
    );
    assert_eq!(content(&a), content(&b));
}

#[test]
fn overlapping_files_merge_to_the_union_in_any_order() {
    let (_a_dir, mut a) = install("Gemeente Zilverdam");
    let sanne = learner(&mut a, "Sanne de Vries");
    let bram = learner(&mut a, "Bram Peeters");
    answer(&mut a, sanne, 30, 60);
    answer(&mut a, bram, 20, 70);
    answer(&mut a, sanne, 2, 90);
    let everything = export(&a, Selection::All);
    let recent = export(
        &a,
        Selection::Since {
            since: now() - Duration::days(7),
        },
    );
    let only_bram = export(&a, Selection::Learner { learner: bram });
    let recent_file = records::parse(&recent).unwrap();
    assert_eq!(
        recent_file.learners.len(),
        1,
        "only Sanne did something in the last week"
    );
    assert_eq!(recent_file.events.len(), 1);
    assert_eq!(records::parse(&only_bram).unwrap().events.len(), 1);

    let mut results = Vec::new();
    for order in [
        [&recent, &only_bram, &everything],
        [&everything, &only_bram, &recent],
    ] {
        let (_dir, mut b) = install("Gemeente Zilverdam");
        for bytes in order {
            b.merge_records(&records::parse(bytes).unwrap()).unwrap();
        }
        assert_eq!(b.info().unwrap().events, 3);
        results.push(content(&b));
    }
    assert_eq!(results[0], results[1]);
}

#[test]
fn the_same_name_from_two_laptops_is_pointed_out_and_never_merged() {
    let (_a_dir, mut a) = install("Gemeente Zilverdam");
    learner(&mut a, "Sanne  de vries");
    let (_b_dir, mut b) = install("Gemeente Zilverdam");
    learner(&mut b, "Sanne de Vries");
    let report = b
        .merge_records(&records::parse(&export(&a, Selection::All)).unwrap())
        .unwrap();
    assert_eq!(report.same_names, ["Sanne de vries"]);
    assert_eq!(b.learners().unwrap().len(), 2);
}

#[test]
fn a_file_from_this_laptop_adds_nothing_and_says_so() {
    let (_a_dir, mut a) = install("Gemeente Zilverdam");
    let sanne = learner(&mut a, "Sanne de Vries");
    answer(&mut a, sanne, 1, 80);
    let before = content(&a);
    let report = a
        .merge_records(&records::parse(&export(&a, Selection::All)).unwrap())
        .unwrap();
    assert!(report.from_this_install);
    assert_eq!((report.learners_added, report.events_added), (0, 0));
    assert_eq!(content(&a), before);
}

#[test]
fn a_merge_that_fails_halfway_leaves_nothing_behind() {
    let (_a_dir, mut a) = install("Gemeente Zilverdam");
    let sanne = learner(&mut a, "Sanne de Vries");
    answer(&mut a, sanne, 3, 80);
    a.record_event(sanne, "het-proces", &EventKind::ModuleStarted, now())
        .unwrap();
    let file = records::parse(&export(&a, Selection::All)).unwrap();

    let (_b_dir, b) = install("Gemeente Zilverdam");
    // The database refuses the last event (as a full disk or a damaged page would).
    b.connection()
        .execute_batch(
            "CREATE TRIGGER refuse AFTER INSERT ON progress_event WHEN NEW.module_id = 'het-proces'
             BEGIN SELECT RAISE(ABORT, 'refused'); END;",
        )
        .unwrap();
    let mut b = b;
    let before = content(&b);
    assert!(b.merge_records(&file).is_err());
    assert_eq!(
        content(&b),
        before,
        "not even the learner or the first event landed"
    );
}

#[test]
fn merging_needs_a_municipality_and_an_unknown_learner_cannot_be_exported() {
    let dir = tempfile::tempdir().unwrap();
    let mut empty = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    let (_a_dir, mut a) = install("Gemeente Zilverdam");
    learner(&mut a, "Sanne de Vries");
    let file = records::parse(&export(&a, Selection::All)).unwrap();
    assert!(matches!(
        empty.merge_records(&file),
        Err(StoreError::NoMunicipality)
    ));
    let stranger = uuid::Uuid::from_u128(7);
    assert!(matches!(
        a.export_records(
            Selection::Learner { learner: stranger },
            &baken_core::content::default_pack(),
            "test",
            now()
        ),
        Err(StoreError::UnknownLearner(id)) if id == stranger
    ));
}

/// The module summaries the store keeps, recomputed from the events themselves.
fn summaries_from_events(store: &Store) -> Vec<String> {
    let pack = baken_core::content::default_pack();
    let mut out = Vec::new();
    for l in store.learners().unwrap() {
        let events = store.events_of(l.id).unwrap();
        for m in &pack.outline.modules {
            let status = baken_core::progress::module_status(&events, &m.id, 24, now());
            out.push(format!("{} {} {status:?}", l.name, m.id));
        }
    }
    out
}

fn summaries_kept(store: &Store) -> Vec<String> {
    let pack = baken_core::content::default_pack();
    let c = store.connection();
    let mut out = Vec::new();
    for l in store.learners().unwrap() {
        for m in &pack.outline.modules {
            let row: Option<(Option<String>, Option<String>, Option<u8>)> = c
                .query_row(
                    "SELECT first_start, completed_at, score FROM module_summary WHERE learner_id = ?1 AND module_id = ?2",
                    [l.id.to_string(), m.id.clone()],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .ok();
            let time = |t: &str| {
                chrono::DateTime::parse_from_rfc3339(t)
                    .unwrap()
                    .with_timezone(&chrono::Utc)
            };
            let (first, done, score) = row.unwrap_or_default();
            let status = baken_core::progress::status_from(
                first.as_deref().map(time),
                done.as_deref().map(|d| (time(d), score)),
                24,
                now(),
            );
            out.push(format!("{} {} {status:?}", l.name, m.id));
        }
    }
    out
}

#[test]
fn the_kept_module_summaries_match_the_events_after_recording_and_merging() {
    let (_a_dir, mut a) = install("Gemeente Zilverdam");
    a.create_demo(now()).unwrap_err(); // a municipality is there already: no demo on top
    let sanne = learner(&mut a, "Sanne de Vries");
    // Out of order on purpose: a later completion first, then an earlier one, then a start.
    answer(&mut a, sanne, 2, 95);
    answer(&mut a, sanne, 40, 70);
    a.record_event(
        sanne,
        "signalen",
        &EventKind::ModuleStarted,
        now() - Duration::days(60),
    )
    .unwrap();
    a.record_event(
        sanne,
        "het-proces",
        &EventKind::PageViewed { page: "p".into() },
        now(),
    )
    .unwrap();
    // A workshop after the online completion (the latest then has no score), and one before an
    // online completion of another module (which keeps its score).
    let workshop = EventKind::ClassroomCompleted {
        workshop: uuid::Uuid::from_u128(5),
    };
    a.record_event(sanne, "signalen", &workshop, now() - Duration::days(1))
        .unwrap();
    a.record_event(sanne, "het-proces", &workshop, now() - Duration::days(90))
        .unwrap();
    answer(&mut a, sanne, 3, 88);
    assert_eq!(summaries_kept(&a), summaries_from_events(&a));
    let kept = summaries_kept(&a).join("\n");
    assert!(kept.contains("signalen Completed { score: None"), "{kept}");

    // The demo municipality's history, merged into another install, in two overlapping halves.
    let demo_dir = tempfile::tempdir().unwrap();
    let mut demo = Store::open(demo_dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    demo.create_demo(now()).unwrap();
    assert_eq!(summaries_kept(&demo), summaries_from_events(&demo));
    let (_b_dir, mut b) = install("Gemeente Zilverdam");
    b.merge_records(
        &records::parse(&export(
            &demo,
            Selection::Since {
                since: now() - Duration::days(100),
            },
        ))
        .unwrap(),
    )
    .unwrap();
    b.merge_records(&records::parse(&export(&demo, Selection::All)).unwrap())
        .unwrap();
    assert_eq!(summaries_kept(&b), summaries_from_events(&b));
    assert_eq!(summaries_kept(&b), summaries_kept(&demo));

    // The overview reads the same states.
    let overview = b
        .overview(&baken_core::content::default_pack().outline, now())
        .unwrap();
    assert_eq!(overview.rows.len(), 5);
    assert!(overview.rows.iter().any(|r| r.valid > 0));
}

#[test]
fn the_group_analysis_of_the_demo_counts_first_attempts_and_every_completion() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    store.create_demo(now()).unwrap();
    let pack = baken_core::content::default_pack();
    let a = store
        .group_analysis(&pack, baken_core::Language::Nl)
        .unwrap();
    let completed: i64 = store
        .connection()
        .query_row(
            "SELECT count(*) FROM progress_event WHERE kind = 'module-completed'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(completed > 0);
    assert_eq!(
        a.completions
            .iter()
            .map(|m| i64::from(m.completions))
            .sum::<i64>(),
        completed
    );
    let first_attempts: i64 = store
        .connection()
        .query_row(
            "SELECT count(*) FROM progress_event WHERE kind = 'item-answered' AND json_extract(payload, '$.attempt') = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(first_attempts > 0);
    assert_eq!(
        a.items.iter().map(|i| i64::from(i.answers)).sum::<i64>(),
        first_attempts
    );
    assert!(
        a.items.windows(2).all(|w| w[0].correct <= w[1].correct),
        "hardest first"
    );
}
