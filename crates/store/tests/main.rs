//! Integration tests of the store against real SQLite files in temporary directories.

mod assessment;
mod backup;
mod corner_cases;
mod crash;
mod open;
mod people;
mod queries;
mod records;
mod removal;
mod workshop;

use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeZone, Utc};

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
    let mut store = baken_store::Store::open(dir.path(), baken_store::Access::ReadWrite).unwrap();
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
