//! Integration tests of the store against real SQLite files in temporary directories.

mod assessment;
mod backup;
mod corner_cases;
mod crash;
mod encryption;
mod open;
mod people;
mod queries;
mod records;
mod removal;
mod workshop;

use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeZone, Utc};

/// The key of every test database (a fixed code: these are not secrets).
pub fn key() -> baken_core::key::DatabaseKey {
    test_code().database_key()
}

pub fn test_code() -> baken_core::key::RecoveryCode {
    baken_core::key::RecoveryCode::from_random([42; baken_core::key::SECRET_BYTES])
}

/// A plain rusqlite connection to a test database, with its key given: for what the store's API
/// would never do (a newer schema, another program's lock, a damaged page).
pub fn raw(path: &Path) -> rusqlite::Connection {
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute_batch(&format!("PRAGMA key = \"{}\";", key().pragma_value()))
        .unwrap();
    c
}

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 29, 9, 30, 0).unwrap()
}

/// The committed fixtures (databases made by older versions, damaged files).
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

/// A fresh install in a temporary directory with the municipality `name` set up.
pub fn install_named(name: &str) -> (tempfile::TempDir, baken_store::Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store =
        baken_store::Store::open(dir.path(), baken_store::Access::ReadWrite, &key()).unwrap();
    let form = baken_core::NewMunicipality {
        name: name.into(),
        cbs_code: None,
        inhabitants: None,
        region: None,
    };
    store.set_up_municipality(&form, now()).unwrap();
    (dir, store)
}

/// A fresh install of "Gemeente Zilverdam".
pub fn install() -> (tempfile::TempDir, baken_store::Store) {
    install_named("Gemeente Zilverdam")
}
