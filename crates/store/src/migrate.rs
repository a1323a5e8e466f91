//! Embedded, numbered migrations tracked by SQLite's `user_version`.
//!
//! Architecture invariant: migrations are additive (new tables, new columns with defaults) and a
//! released migration file is never edited; a test upgrades a database made by an older version.
//! All pending migrations run in one transaction, so an upgrade lands whole or not at all.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::Result;

/// The migrations in order; migration `n` (1-based) brings the schema to version `n`.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_initial.sql"),
    include_str!("../migrations/0002_settings.sql"),
    include_str!("../migrations/0003_event_module_index.sql"),
    include_str!("../migrations/0004_certificate.sql"),
    include_str!("../migrations/0005_assessment.sql"),
    include_str!("../migrations/0006_module_summary.sql"),
    include_str!("../migrations/0007_workshop.sql"),
    include_str!("../migrations/0008_learner_link.sql"),
    include_str!("../migrations/0009_learner_removed.sql"),
];

/// The schema version this build creates and understands.
pub const LATEST: u32 = MIGRATIONS.len() as u32;

/// `PRAGMA application_id` of every Baken database ("BAKN"), so Baken recognises its own files
/// and refuses any other SQLite file.
pub const APPLICATION_ID: i32 = 0x4241_4B4E;

pub fn user_version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Brings the schema to `target`. A fresh database also gets its application id and install id.
pub fn migrate_to(conn: &mut Connection, target: u32, install_id: &str, now: &str) -> Result<()> {
    let current = user_version(conn)?;
    if current >= target {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for sql in &MIGRATIONS[current as usize..target as usize] {
        tx.execute_batch(sql)?;
    }
    if current == 0 {
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.execute(
            "INSERT INTO install (key, value) VALUES ('id', ?1), ('created_at', ?2)",
            [install_id, now],
        )?;
    }
    tx.pragma_update(None, "user_version", target)?;
    tx.commit()?;
    Ok(())
}
