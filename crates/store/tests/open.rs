//! Opening, creating and upgrading databases; the pragmas every connection needs.

use baken_store::migrate::{APPLICATION_ID, LATEST, user_version};
use baken_store::{Access, DB_FILE, Store, StoreError};

use crate::{fixture, now};

#[test]
fn a_new_data_directory_gets_a_database_with_the_right_pragmas() {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("nested/baken");
    let store = Store::open(&data_dir, Access::ReadWrite, &crate::key()).unwrap();
    assert_eq!(store.path(), data_dir.join(DB_FILE));
    let c = store.connection();
    let pragma = |name: &str| -> String {
        c.pragma_query_value(None, name, |r| r.get::<_, rusqlite::types::Value>(0))
            .map(|v| format!("{v:?}"))
            .unwrap()
    };
    assert_eq!(pragma("foreign_keys"), "Integer(1)");
    assert_eq!(pragma("journal_mode"), "Text(\"wal\")");
    assert_eq!(pragma("synchronous"), "Integer(1)"); // NORMAL
    assert_eq!(
        pragma("application_id"),
        format!("Integer({APPLICATION_ID})")
    );
    assert_eq!(user_version(c).unwrap(), LATEST);
    assert!(store.install_id().is_ok());
}

#[test]
fn foreign_keys_are_enforced() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    let err = store
        .connection()
        .execute(
            "INSERT INTO progress_event (id, learner_id, module_id, kind, occurred_at)
             VALUES ('e1', 'no-such-learner', 'signalen', 'module-started', '2026-01-01T00:00:00Z')",
            [],
        )
        .unwrap_err();
    assert_eq!(
        err.sqlite_error_code(),
        Some(rusqlite::ErrorCode::ConstraintViolation),
        "{err}"
    );
}

#[test]
fn an_empty_file_is_upgraded_to_the_latest_schema() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(DB_FILE), b"").unwrap();
    let mut store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    assert_eq!(user_version(store.connection()).unwrap(), LATEST);
    store.create_demo(now()).unwrap();
    assert_eq!(store.learners().unwrap().len(), 5);
}

#[test]
fn a_version_1_database_is_upgraded_and_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DB_FILE);
    std::fs::copy(fixture("baken-v1.sqlite"), &db).unwrap();
    let before = Store::open(dir.path(), Access::ReadOnly, &crate::key()).unwrap();
    assert_eq!(before.info().unwrap().schema_version, 1);
    let install_id = before.install_id().unwrap();
    drop(before);

    let mut store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    assert_eq!(user_version(store.connection()).unwrap(), LATEST);
    assert_eq!(store.install_id().unwrap(), install_id);
    let m = store
        .municipality()
        .unwrap()
        .expect("the fixture has a municipality");
    assert_eq!(m.profile.name, "Oudewater-Fixture");
    let learners = store.learners().unwrap();
    assert_eq!(learners.len(), 1);
    assert_eq!(store.events_of(learners[0].id).unwrap().len(), 2);
    // What version 2 added works on the upgraded file.
    store.set_active_learner(Some(learners[0].id)).unwrap();
    assert_eq!(store.active_learner().unwrap().unwrap().id, learners[0].id);
    // Version 6 summarised the events that were already there: the module "signalen", started at
    // 08:02 and completed at 08:40 with 80 %.
    let summary: (String, String, String, u8) = store
        .connection()
        .query_row(
            "SELECT module_id, first_start, completed_at, score FROM module_summary",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        summary,
        (
            "signalen".into(),
            "2026-01-05T08:02:00.000Z".into(),
            "2026-01-05T08:40:00.000Z".into(),
            80
        )
    );
}

fn assert_untouched(path: &std::path::Path, before: &[u8]) {
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "{} was changed",
        path.display()
    );
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notulen.pdf");
    let content = b"%PDF-1.7\nnot a database at all".repeat(50);
    std::fs::write(&path, &content).unwrap();
    let err = Store::open(&path, Access::ReadWrite, &crate::key())
        .err()
        .unwrap();
    assert!(
        matches!(err, StoreError::NotBaken { ref path } if path.ends_with("notulen.pdf")),
        "{err:?}"
    );
    assert_untouched(&path, &content);
}

#[test]
fn another_programs_sqlite_database_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE);
    let other = rusqlite::Connection::open(&path).unwrap();
    other
        .execute_batch("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');")
        .unwrap();
    drop(other);
    let content = std::fs::read(&path).unwrap();
    for access in [Access::ReadWrite, Access::ReadOnly] {
        let err = Store::open(dir.path(), access, &crate::key())
            .err()
            .unwrap();
        assert!(matches!(err, StoreError::NotBaken { .. }), "{err:?}");
    }
    assert_untouched(&path, &content);
}

#[test]
fn a_database_from_a_newer_baken_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap());
    let path = dir.path().join(DB_FILE);
    let c = crate::raw(&path);
    c.pragma_update(None, "journal_mode", "DELETE").unwrap();
    c.pragma_update(None, "user_version", LATEST + 7).unwrap();
    drop(c);
    let content = std::fs::read(&path).unwrap();
    let err = Store::open(dir.path(), Access::ReadWrite, &crate::key())
        .err()
        .unwrap();
    assert!(
        matches!(err, StoreError::NewerSchema { found, supported, .. } if found == LATEST + 7 && supported == LATEST),
        "{err:?}"
    );
    assert_untouched(&path, &content);
}

#[test]
fn reading_a_directory_without_a_database_says_so_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let err = Store::open(dir.path(), Access::ReadOnly, &crate::key())
        .err()
        .unwrap();
    assert!(
        matches!(err, StoreError::NoDatabase { ref path } if path == dir.path()),
        "{err:?}"
    );
    assert!(!dir.path().join(DB_FILE).exists());
}

#[test]
fn a_write_while_another_program_holds_the_lock_reports_locked() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    store
        .set_busy_timeout(std::time::Duration::from_millis(50))
        .unwrap();
    let other = crate::raw(&dir.path().join(DB_FILE));
    other
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO setting VALUES ('x', 'y');")
        .unwrap();
    let err = store.create_demo(now()).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    other.execute_batch("ROLLBACK").unwrap();
    // Nothing of the failed demo landed; once the lock is gone the same call works.
    assert!(store.municipality().unwrap().is_none());
    assert_eq!(store.create_demo(now()).unwrap(), 5);
}

#[test]
fn writing_through_a_read_only_store_reports_read_only() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap());
    let mut store = Store::open(dir.path(), Access::ReadOnly, &crate::key()).unwrap();
    let err = store.create_demo(now()).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err:?}");
}

/// Writes `tests/fixtures/baken-v1.sqlite`, the database a version-1 Baken made. Run once by hand
/// when the fixture is (re)made: `cargo test -p baken-store -- --ignored make_v1_fixture`.
#[test]
#[ignore]
fn make_v1_fixture() {
    let path = fixture("baken-v1.sqlite");
    let _ = std::fs::remove_file(&path);
    let mut c = rusqlite::Connection::open(&path).unwrap();
    baken_store::migrate::migrate_to(
        &mut c,
        1,
        "6f1c3a52-0d7e-4b55-9a43-6a4f0c2b9e11",
        "2026-01-05T08:00:00.000Z",
    )
    .unwrap();
    c.execute_batch(
        "INSERT INTO municipality (id, name, cbs_code, inhabitants, region, is_demo, created_at)
           VALUES (1, 'Oudewater-Fixture', 'GM9902', 10000, NULL, 0, '2026-01-05T08:00:00.000Z');
         INSERT INTO learner (id, name, role, department, created_at)
           VALUES ('0b0c6a1e-57f4-4d6c-8d0e-2f1f3b9a7c01', 'Fixture Leerder', 'wijkteam', NULL, '2026-01-05T08:01:00.000Z');
         INSERT INTO progress_event (id, learner_id, module_id, kind, payload, occurred_at) VALUES
           ('3d7e1f0a-8a52-4e7b-9c61-0b4f2d1e6a01', '0b0c6a1e-57f4-4d6c-8d0e-2f1f3b9a7c01', 'signalen', 'module-started', '{}', '2026-01-05T08:02:00.000Z'),
           ('3d7e1f0a-8a52-4e7b-9c61-0b4f2d1e6a02', '0b0c6a1e-57f4-4d6c-8d0e-2f1f3b9a7c01', 'signalen', 'module-completed', '{\"score\":80}', '2026-01-05T08:40:00.000Z');",
    )
    .unwrap();
}
