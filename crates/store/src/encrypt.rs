//! Encrypting a database from before encryption, in place and safely: copy, verify, swap.
//!
//! SQLCipher's `sqlcipher_export` writes an encrypted copy beside the plain file
//! (`baken.sqlite.versleutelen`). The copy is checked (`quick_check`, the schema version, the
//! application id and the number of rows in every table) and flushed to disk; only then is it
//! renamed over the plain file, which is one atomic step. A crash before that step leaves the
//! plain file as it was (the half copy is removed on the next try); after it, the encrypted one.
//! The plain backups in `reservekopieen/` are encrypted the same way afterwards.

use std::path::Path;

use baken_core::key::DatabaseKey;
use rusqlite::{Connection, OpenFlags};

use crate::{Result, StoreError, migrate};

/// Encrypts the plain Baken database at `path` with `key`. Refuses (and leaves as it is) a file
/// that is not Baken's, is from a newer Baken, or is damaged.
pub(crate) fn encrypt_in_place(path: &Path, key: &DatabaseKey) -> Result<()> {
    let copy = crate::backup::sibling(path, ".versleutelen");
    remove_if_there(&copy)?;
    let counts = {
        // CREATE: the attached copy is a new file, and attached files share these flags.
        let plain = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        )?;
        plain.busy_timeout(std::time::Duration::from_secs(5))?;
        let version = crate::ours(&plain, path)?.version;
        let app_id: i32 = plain.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let check: String = plain.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(StoreError::Damaged {
                path: path.to_owned(),
                detail: check,
            });
        }
        let export = || -> Result<()> {
            plain.execute(
                "ATTACH DATABASE ?1 AS encrypted KEY ?2",
                rusqlite::params![copy.to_string_lossy(), key.pragma_value()],
            )?;
            plain.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
            // The export copies tables and rows, not the header's numbers.
            plain.execute_batch(&format!(
                "PRAGMA encrypted.user_version = {version}; \
                 PRAGMA encrypted.application_id = {app_id};"
            ))?;
            plain.execute_batch("DETACH DATABASE encrypted")?;
            Ok(())
        };
        if let Err(e) = export() {
            let _ = std::fs::remove_file(&copy);
            return Err(e);
        }
        row_counts(&plain)?
        // Closing the plain connection checkpoints its WAL into the file.
    };
    if let Err(e) = verify(&copy, key, &counts) {
        let _ = std::fs::remove_file(&copy);
        return Err(e);
    }
    std::fs::File::open(&copy)
        .and_then(|f| f.sync_all())
        .map_err(|e| StoreError::io(&copy, e))?;
    // The plain file's WAL belongs to it; after a clean close there is none left with content.
    for suffix in ["-wal", "-shm"] {
        let stale = crate::backup::sibling(path, suffix);
        if stale.exists() {
            std::fs::remove_file(&stale).map_err(|e| StoreError::io(&stale, e))?;
        }
    }
    std::fs::rename(&copy, path).map_err(|e| StoreError::io(path, e))?;
    if let Some(dir) = path.parent()
        && let Ok(dir) = std::fs::File::open(dir)
    {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Encrypts the plain backups in `data_dir`'s backup folder (made before encryption).
pub(crate) fn encrypt_backups(data_dir: &Path, key: &DatabaseKey) -> Result<usize> {
    let mut done = 0;
    for backup in crate::backup::list_backups(data_dir)? {
        let path = crate::backup::backups_dir(data_dir).join(&backup.file);
        if crate::is_plain_sqlite(&path)? {
            encrypt_in_place(&path, key)?;
            done += 1;
        }
    }
    Ok(done)
}

/// Every table's name and number of rows, and the schema version and application id.
fn row_counts(c: &Connection) -> Result<Vec<(String, i64)>> {
    let version = i64::from(migrate::user_version(c)?);
    let app_id: i64 = c.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let mut names =
        c.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?;
    let names: Vec<String> = names
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    names
        .into_iter()
        .map(|name| {
            let n: i64 = c.query_row(
                &format!("SELECT count(*) FROM \"{}\"", name.replace('"', "\"\"")),
                [],
                |r| r.get(0),
            )?;
            Ok((name, n))
        })
        .chain([
            Ok(("(user_version)".to_owned(), version)),
            Ok(("(application_id)".to_owned(), app_id)),
        ])
        .collect()
}

/// The encrypted copy opens with `key`, is sound, and holds what the plain file held.
fn verify(copy: &Path, key: &DatabaseKey, counts: &[(String, i64)]) -> Result<()> {
    let c = Connection::open_with_flags(copy, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    crate::set_key(&c, key)?;
    let check: String = c.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
    let found = row_counts(&c)?;
    if check != "ok" || found != counts {
        return Err(StoreError::Damaged {
            path: copy.to_owned(),
            detail: format!("the encrypted copy differs ({check})"),
        });
    }
    Ok(())
}

fn remove_if_there(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::io(path, e)),
    }
}
