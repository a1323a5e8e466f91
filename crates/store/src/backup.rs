//! Backups of the database (`baken_core::backup` has the names and rules): made with SQLite's
//! online backup, so a copy is consistent while Baken runs; checked before anything is restored;
//! and a damaged database is never overwritten, only put aside.

use std::path::{Path, PathBuf};

use baken_core::backup::{self, Backup, Reason};
use baken_core::key::DatabaseKey;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags};

use crate::{Access, Result, Store, StoreError, database_path, migrate};

/// The folder with the backups of the database in `data_dir`.
pub fn backups_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(backup::DIR)
}

/// The backups of the database in `data_dir`, the latest first. Other files are left out.
pub fn list_backups(data_dir: &Path) -> Result<Vec<Backup>> {
    let dir = backups_dir(data_dir);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
        Err(e) => return Err(StoreError::io(&dir, e)),
    };
    let mut backups = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| StoreError::io(&dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some((taken_at, reason)) = backup::parse_name(&name) {
            let bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
            backups.push(Backup {
                file: name,
                taken_at,
                reason,
                bytes,
            });
        }
    }
    backups.sort_by(|a, b| {
        b.taken_at
            .cmp(&a.taken_at)
            .then_with(|| b.file.cmp(&a.file))
    });
    Ok(backups)
}

impl Store {
    /// Copies the database to a new backup and removes the oldest beyond `backup::KEEP`.
    pub fn back_up(&self, reason: Reason, now: DateTime<Utc>) -> Result<Backup> {
        let data_dir = self.path.parent().unwrap_or(Path::new("."));
        copy_database(&self.conn, &self.key, data_dir, reason, now)
    }

    /// At start: a backup when the latest is a day old or there is none yet.
    pub fn back_up_daily(&self, now: DateTime<Utc>) -> Result<Option<Backup>> {
        let data_dir = self.path.parent().unwrap_or(Path::new("."));
        let latest = list_backups(data_dir)?.first().map(|b| b.taken_at);
        if backup::daily_due(latest, now) {
            return self.back_up(Reason::Daily, now).map(Some);
        }
        Ok(None)
    }

    /// SQLite's quick check of the whole file: `Damaged` when it finds a problem.
    pub fn check(&self) -> Result<()> {
        self.with(|c| quick_check(c, &self.path))
    }
}

/// What [`restore_backup`] did with the database it replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Replaced {
    /// There was none.
    Nothing,
    /// It was sound, and is now this backup (reason `restore`).
    SavedAs(String),
    /// It was damaged, and is kept under this name beside the database.
    PutAside(PathBuf),
}

/// Puts backup `file` (a name from [`list_backups`]) back as the database in `data_dir`. The
/// backup is checked first; the current database is saved as a backup (or, when damaged, renamed
/// aside) before it is replaced. No Baken may have the database open. `key` is the database's; a
/// backup from before encryption is encrypted with it when the database is next opened.
pub fn restore_backup(
    data_dir: &Path,
    file: &str,
    key: &DatabaseKey,
    now: DateTime<Utc>,
) -> Result<Replaced> {
    // Only a backup's own name: never a path from elsewhere.
    if backup::parse_name(file).is_none() || file.contains(['/', '\\']) {
        return Err(StoreError::UnknownBackup(file.to_owned()));
    }
    let source = backups_dir(data_dir).join(file);
    if !source.is_file() {
        return Err(StoreError::UnknownBackup(file.to_owned()));
    }
    check_backup(&source, key)?;

    let database = database_path(data_dir);
    let replaced = if database.exists() {
        let sound =
            Store::open(data_dir, Access::ReadWrite, key).and_then(|s| s.check().map(|()| s));
        match sound {
            Ok(store) => {
                let saved = store.back_up(Reason::Restore, now)?;
                // Closing the last connection checkpoints the WAL into the file it belongs to.
                drop(store);
                Replaced::SavedAs(saved.file)
            }
            Err(
                StoreError::Damaged { .. }
                | StoreError::NotBaken { .. }
                | StoreError::KeyMismatch { .. },
            ) => {
                let aside = sibling(
                    &database,
                    &format!(".beschadigd-{}", now.format("%Y%m%d-%H%M%S")),
                );
                for suffix in ["", "-wal", "-shm"] {
                    let from = sibling(&database, suffix);
                    if from.exists() {
                        let to = sibling(&aside, suffix);
                        std::fs::rename(&from, &to).map_err(|e| StoreError::io(&from, e))?;
                    }
                }
                Replaced::PutAside(aside)
            }
            Err(e) => return Err(e),
        }
    } else {
        Replaced::Nothing
    };
    // The old WAL belongs to the old file: it is in the saved backup now, or put aside.
    for suffix in ["-wal", "-shm"] {
        let stale = sibling(&database, suffix);
        if stale.exists() {
            std::fs::remove_file(&stale).map_err(|e| StoreError::io(&stale, e))?;
        }
    }
    let partial = sibling(&database, ".restoring");
    std::fs::copy(&source, &partial)
        .and_then(|_| std::fs::rename(&partial, &database))
        .map_err(|e| {
            let _ = std::fs::remove_file(&partial);
            StoreError::io(&database, e)
        })?;
    Ok(replaced)
}

/// Whether a running Baken app has the database in `data_dir` open: the app holds an exclusive
/// lock on `baken.sqlite.lock` while it runs (see `src-tauri/src/instance.rs`).
pub fn held_by_app(data_dir: &Path) -> bool {
    let lock = sibling(&database_path(data_dir), ".lock");
    let Ok(file) = std::fs::OpenOptions::new().write(true).open(&lock) else {
        return false; // no lock file: no app has run here
    };
    matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock))
}

/// A backup must be a sound Baken database that this version can open with `key` (or one from
/// before encryption).
fn check_backup(path: &Path, key: &DatabaseKey) -> Result<()> {
    let bad = || StoreError::BadBackup(path.to_owned());
    let conn =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|_| bad())?;
    if !crate::is_plain_sqlite(path)? {
        crate::set_key(&conn, key).map_err(|_| bad())?;
    }
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|_| bad())?;
    let version = migrate::user_version(&conn).map_err(|_| bad())?;
    if app_id != migrate::APPLICATION_ID || version == 0 || version > migrate::LATEST {
        return Err(bad());
    }
    quick_check(&conn, path).map_err(|_| bad())
}

fn quick_check(c: &Connection, path: &Path) -> Result<()> {
    let result: String = c.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
    if result == "ok" {
        Ok(())
    } else {
        Err(StoreError::Damaged {
            path: path.to_owned(),
            detail: result,
        })
    }
}

/// Copies the database behind `conn` into a new backup in `data_dir`, encrypted with the same
/// `key`, then rotates.
pub(crate) fn copy_database(
    conn: &Connection,
    key: &DatabaseKey,
    data_dir: &Path,
    reason: Reason,
    now: DateTime<Utc>,
) -> Result<Backup> {
    let dir = backups_dir(data_dir);
    std::fs::create_dir_all(&dir).map_err(|e| StoreError::io(&dir, e))?;
    let file = backup::file_name(now, reason);
    let path = dir.join(&file);
    let partial = dir.join(format!(".{file}.part"));
    let copy = || -> Result<()> {
        let mut copy = Connection::open(&partial)?;
        crate::set_key(&copy, key)?;
        rusqlite::backup::Backup::new(conn, &mut copy)?.run_to_completion(
            1024,
            std::time::Duration::ZERO,
            None,
        )?;
        // A backup is one file: no WAL beside it, so it can be copied or mailed as it is.
        copy.pragma_update(None, "journal_mode", "DELETE")?;
        drop(copy);
        std::fs::rename(&partial, &path).map_err(|e| StoreError::io(&path, e))
    };
    if let Err(e) = copy() {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    for old in backup::to_remove(&list_backups(data_dir)?) {
        let old = dir.join(old);
        std::fs::remove_file(&old).map_err(|e| StoreError::io(&old, e))?;
    }
    Ok(Backup {
        file,
        taken_at: now,
        reason,
        bytes,
    })
}

pub(crate) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(suffix);
    path.with_file_name(name)
}
