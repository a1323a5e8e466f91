//! Backups against real files: made, rotated, due once a day, taken before an upgrade, checked
//! before a restore, and a damaged database put aside rather than overwritten.

use baken_core::backup::{KEEP, Reason};
use baken_core::{ErrorCode, NewLearner, Role};
use baken_store::backup::{Replaced, backups_dir, list_backups, restore_backup};
use baken_store::{Access, DB_FILE, Store};
use chrono::Duration;

use crate::{fixture, install, now};

fn add(store: &mut Store, name: &str) {
    let form = NewLearner {
        name: name.into(),
        role: Role::Boa,
        department: None,
    };
    store.add_learner(&form, now()).unwrap();
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
fn backups_are_whole_databases_and_the_latest_ten_are_kept() {
    let (dir, mut store) = install();
    add(&mut store, "Sanne Bakker");
    let first = store.back_up(Reason::Manual, now()).unwrap();
    assert!(first.bytes > 0);
    let path = backups_dir(dir.path()).join(&first.file);
    // One file, no WAL beside it, and a Baken database of its own.
    assert!(
        !backups_dir(dir.path())
            .join(format!("{}-wal", first.file))
            .exists()
    );
    let copy = tempfile::tempdir().unwrap();
    std::fs::copy(&path, copy.path().join(DB_FILE)).unwrap();
    assert_eq!(
        names(&Store::open(copy.path(), Access::ReadOnly, &crate::key()).unwrap()),
        ["Sanne Bakker"]
    );

    for minute in 1..=12 {
        store
            .back_up(Reason::Import, now() + Duration::minutes(minute))
            .unwrap();
    }
    let kept = list_backups(dir.path()).unwrap();
    assert_eq!(kept.len(), KEEP);
    assert_eq!(
        kept[0].taken_at,
        now() + Duration::minutes(12),
        "the latest first"
    );
    assert!(!path.exists(), "the oldest went");
}

#[test]
fn a_daily_backup_is_made_once_a_day() {
    let (dir, store) = install();
    assert_eq!(
        store.back_up_daily(now()).unwrap().unwrap().reason,
        Reason::Daily
    );
    assert_eq!(
        store.back_up_daily(now() + Duration::hours(5)).unwrap(),
        None
    );
    assert!(
        store
            .back_up_daily(now() + Duration::hours(24))
            .unwrap()
            .is_some()
    );
    assert_eq!(list_backups(dir.path()).unwrap().len(), 2);
}

#[test]
fn restoring_puts_a_backup_back_and_keeps_what_was_there() {
    let (dir, mut store) = install();
    add(&mut store, "Sanne Bakker");
    let backup = store.back_up(Reason::Manual, now()).unwrap();
    add(&mut store, "Karel Jansen");
    drop(store);

    let replaced = restore_backup(
        dir.path(),
        &backup.file,
        &crate::key(),
        now() + Duration::minutes(1),
    )
    .unwrap();
    let Replaced::SavedAs(saved) = replaced else {
        panic!("the sound database is saved first: {replaced:?}");
    };
    let store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    assert_eq!(names(&store), ["Sanne Bakker"]);
    store.check().unwrap();
    drop(store);
    // And back again: nothing was lost by restoring.
    restore_backup(
        dir.path(),
        &saved,
        &crate::key(),
        now() + Duration::minutes(2),
    )
    .unwrap();
    let store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    assert_eq!(names(&store), ["Karel Jansen", "Sanne Bakker"]);
}

#[test]
fn only_sound_backups_by_their_own_name_are_restored() {
    let (dir, store) = install();
    store.back_up(Reason::Manual, now()).unwrap();
    drop(store);
    let database = dir.path().join(DB_FILE);
    let before = std::fs::read(&database).unwrap();
    for name in [
        "../baken.sqlite",
        "baken.sqlite",
        "baken-20261129-093000-manual.sqlite/../x",
    ] {
        let err = restore_backup(dir.path(), name, &crate::key(), now()).unwrap_err();
        assert_eq!(err.code(), ErrorCode::UnknownBackup, "{name}");
    }
    // A file named like a backup that is not a database, and one that is not Baken's.
    let junk = "baken-20260101-000000-manual.sqlite";
    std::fs::write(backups_dir(dir.path()).join(junk), b"geen database").unwrap();
    let err = restore_backup(dir.path(), junk, &crate::key(), now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::BadBackup);
    let foreign = "baken-20260102-000000-manual.sqlite";
    let c = rusqlite::Connection::open(backups_dir(dir.path()).join(foreign)).unwrap();
    c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    drop(c);
    let err = restore_backup(dir.path(), foreign, &crate::key(), now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::BadBackup);
    assert_eq!(
        std::fs::read(&database).unwrap(),
        before,
        "the database is untouched"
    );
}

#[test]
fn a_damaged_database_is_found_and_put_aside_not_overwritten() {
    let (dir, mut store) = install();
    for i in 0..200 {
        add(&mut store, &format!("Medewerker {i}"));
    }
    let backup = store.back_up(Reason::Manual, now()).unwrap();
    drop(store);
    // Damage the page headers after the first page (the file header stays, so it still looks like
    // Baken's), as a failing disk or a half-copied file might.
    let database = dir.path().join(DB_FILE);
    let mut bytes = std::fs::read(&database).unwrap();
    let pages = bytes.len() / 4096;
    assert!(pages > 5);
    for page in 1..pages {
        for b in &mut bytes[page * 4096..page * 4096 + 12] {
            *b = 0xA5;
        }
    }
    std::fs::write(&database, &bytes).unwrap();

    let damaged = Store::open(dir.path(), Access::ReadWrite, &crate::key()).and_then(|s| s.check());
    assert_eq!(damaged.unwrap_err().code(), ErrorCode::Damaged);
    let replaced = restore_backup(dir.path(), &backup.file, &crate::key(), now()).unwrap();
    let Replaced::PutAside(aside) = replaced else {
        panic!("a damaged database is put aside: {replaced:?}");
    };
    assert_eq!(std::fs::read(&aside).unwrap(), bytes, "kept as it was");
    let store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    store.check().unwrap();
    assert_eq!(names(&store).len(), 200);
}

#[test]
fn an_upgrade_is_preceded_by_a_backup_of_the_old_version() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("baken-v1.sqlite"), dir.path().join(DB_FILE)).unwrap();
    let store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    drop(store);
    let backups = list_backups(dir.path()).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, Reason::Upgrade);
    let c = crate::raw(&backups_dir(dir.path()).join(&backups[0].file));
    let version: u32 = c
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1, "the database as it was before the upgrade");
    // Opening the upgraded database again makes no new one.
    drop(Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap());
    assert_eq!(list_backups(dir.path()).unwrap().len(), 1);
}
