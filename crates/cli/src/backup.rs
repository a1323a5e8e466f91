//! `baken backup list|make|restore`: the database's backups (`baken_store::backup`).

use std::path::Path;

use baken_core::backup::{Backup, Reason};
use baken_i18n::Messages;
use baken_store::backup::{Replaced, list_backups, restore_backup};
use baken_store::{Access, StoreError};
use chrono::{DateTime, Utc};

use crate::Outcome;

/// One backup as a line: file name, when (local time), why, size.
fn line(b: &Backup, t: &Messages) -> String {
    let when = b
        .taken_at
        .with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M");
    t.format(
        "cli-backup-line",
        &[
            ("file", b.file.clone()),
            ("date", when.to_string()),
            (
                "reason",
                t.get(&format!("backup-reason-{}", b.reason.key())),
            ),
            ("size", format!("{:.1}", b.bytes as f64 / 1_000_000.0)),
        ],
    )
}

pub fn list(dir: &Path, t: &Messages) -> Result<Outcome, StoreError> {
    let backups = list_backups(dir)?;
    if backups.is_empty() {
        return Ok(t.get("cli-backup-none").into());
    }
    let lines: Vec<String> = backups.iter().map(|b| line(b, t)).collect();
    Ok(lines.join("\n").into())
}

pub fn make(dir: &Path, now: DateTime<Utc>, t: &Messages) -> Result<Outcome, StoreError> {
    let store = crate::unlock::open(dir, Access::ReadWrite, t)?;
    let made = store.back_up(Reason::Manual, now)?;
    Ok(t.format("cli-backup-made", &[("line", line(&made, t))])
        .into())
}

pub fn restore(
    dir: &Path,
    file: &str,
    now: DateTime<Utc>,
    t: &Messages,
) -> Result<Outcome, StoreError> {
    // The app keeps the database open while it runs: putting another file under it would lose
    // what it writes next.
    if baken_store::backup::held_by_app(dir) {
        return Err(StoreError::Locked {
            path: baken_store::database_path(dir),
        });
    }
    let key = crate::unlock::key_for(dir, t)?;
    let replaced = restore_backup(dir, file, &key, now)?;
    let mut lines = vec![t.format("cli-backup-restored", &[("file", file.to_owned())])];
    match replaced {
        Replaced::Nothing => {}
        Replaced::SavedAs(saved) => {
            lines.push(t.format("cli-backup-saved-first", &[("file", saved)]));
        }
        Replaced::PutAside(path) => {
            let path = path.display().to_string();
            lines.push(t.format("cli-backup-put-aside", &[("path", path)]));
        }
    }
    Ok(lines.join("\n").into())
}
