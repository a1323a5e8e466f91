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
