//! The database key on the command line (`baken_store::key` decides where it is kept), and
//! `baken recover`: the recovery code opens a copy of the data on another computer.
//!
//! A passphrase is read from `$BAKEN_KEY_PASSPHRASE` when set (scripts), else typed at the
//! terminal without being shown. A recovery code is read from standard input.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use baken_core::key::DatabaseKey;
use baken_i18n::Messages;
use baken_store::key::{self, Fresh, Given, Keeper};
use baken_store::{Access, Store, StoreError, database_path};

use crate::{Outcome, random};

/// The passphrase of the key file, for scripts and tests. (The records files' passphrase is
/// another one: `$BAKEN_PASSPHRASE`.)
pub const PASSPHRASE_ENV: &str = "BAKEN_KEY_PASSPHRASE";

fn fresh() -> Fresh {
    Fresh {
        secret: random(),
        salt: random(),
        nonce: random(),
    }
}

/// Opens the database in `dir` with its key.
pub fn open(dir: &Path, access: Access, t: &Messages) -> Result<Store, StoreError> {
    // Reading never makes a key (nor a database).
    if access == Access::ReadOnly && !database_path(dir).exists() {
        return Err(StoreError::NoDatabase {
            path: dir.to_owned(),
        });
    }
    let key = key_for(dir, t)?;
    Store::open(dir, access, &key)
}

/// The key of the database in `dir`: from the key store, or from the key file with the
/// passphrase. A new database gets a new recovery code, which is shown once here.
pub fn key_for(dir: &Path, t: &Messages) -> Result<DatabaseKey, StoreError> {
    let store = key::platform_key_store();
    let resolved = match key::resolve(dir, store.as_ref(), Given::Nothing, fresh()) {
        Err(StoreError::PassphraseNeeded) => {
            let passphrase = passphrase(t, false)?;
            key::resolve(dir, store.as_ref(), Given::Passphrase(&passphrase), fresh())?
        }
        Err(StoreError::PassphraseChoose) => {
            let passphrase = passphrase(t, true)?;
            key::resolve(
                dir,
                store.as_ref(),
                Given::NewPassphrase(&passphrase),
                fresh(),
            )?
        }
        Err(e @ StoreError::RecoveryNeeded { .. }) => {
            eprintln!("{}", t.get("cli-key-use-recover"));
            return Err(e);
        }
        other => other?,
    };
    if resolved.new {
        eprintln!(
            "{}",
            t.format("cli-key-new-code", &[("code", resolved.code.to_string())])
        );
    }
    Ok(resolved.code.database_key())
}

/// The key file's passphrase from the environment or typed; a `new` one twice.
fn passphrase(t: &Messages, new: bool) -> Result<String, StoreError> {
    if let Ok(given) = std::env::var(PASSPHRASE_ENV) {
        return Ok(given);
    }
    let needed = if new {
        StoreError::PassphraseChoose
    } else {
        StoreError::PassphraseNeeded
    };
    if !std::io::stdin().is_terminal() {
        eprintln!("{}", t.get("cli-key-passphrase-env"));
        return Err(needed);
    }
    if new {
        eprintln!("{}", t.get("cli-key-no-store"));
    }
    let prompt = t.get(if new {
        "cli-key-new-passphrase"
    } else {
        "cli-key-passphrase"
    });
    let first = rpassword::prompt_password(format!("{prompt}: ")).map_err(|_| needed)?;
    if new {
        let again = rpassword::prompt_password(format!("{}: ", t.get("cli-key-again")))
            .map_err(|_| StoreError::PassphraseChoose)?;
        if again != first {
            eprintln!("{}", t.get("cli-key-different"));
            return Err(StoreError::PassphraseChoose);
        }
    }
    Ok(first)
}

/// `baken recover`: with `from`, first copies that file in as the database of `dir` (which must
/// have none). Then reads the recovery code, checks that it opens the database, and keeps the key
/// on this computer (key store, else a key file with a new passphrase).
pub fn recover(from: Option<&Path>, dir: &Path, t: &Messages) -> Result<Outcome, StoreError> {
    if baken_store::backup::held_by_app(dir) {
        return Err(StoreError::Locked {
            path: database_path(dir),
        });
    }
    let db = database_path(dir);
    let mut copied: Option<PathBuf> = None;
    if let Some(from) = from {
        if db.exists() {
            return Ok(Outcome {
                text: t.format("cli-recover-exists", &[("path", db.display().to_string())]),
                ok: false,
            });
        }
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Io {
            path: dir.to_owned(),
            source: e,
        })?;
        // Copied whole or not at all: first beside it, then renamed.
        let partial = db.with_file_name(".baken.sqlite.recover");
        std::fs::copy(from, &partial)
            .and_then(|_| std::fs::rename(&partial, &db))
            .map_err(|e| {
                let _ = std::fs::remove_file(&partial);
                StoreError::Io {
                    path: from.to_owned(),
                    source: e,
                }
            })?;
        copied = Some(db.clone());
    }
    let result = recover_here(dir, t);
    if result.is_err()
        && let Some(copy) = copied
    {
        // Nothing of a failed recovery stays behind.
        let _ = std::fs::remove_file(copy);
    }
    result
}

fn recover_here(dir: &Path, t: &Messages) -> Result<Outcome, StoreError> {
    if !database_path(dir).exists() {
        return Err(StoreError::NoDatabase {
            path: dir.to_owned(),
        });
    }
    eprint!("{}: ", t.get("cli-recover-code"));
    let _ = std::io::stderr().flush();
    let mut code = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut code)
        .map_err(|_| StoreError::RecoveryNeeded { key_store: true })?;
    let store = key::platform_key_store();
    // A typing error is caught before a new passphrase is asked for.
    key::recover(dir, code.trim())?;
    let new_passphrase = if key::code_needs_passphrase(dir, store.as_ref()) {
        Some(passphrase(t, true)?)
    } else {
        None
    };
    let resolved = key::resolve(
        dir,
        store.as_ref(),
        Given::Code {
            code: code.trim(),
            new_passphrase: new_passphrase.as_deref(),
        },
        fresh(),
    )?;
    let opened = Store::open(dir, Access::ReadWrite, &resolved.code.database_key())?;
    opened.check()?;
    let info = opened.info()?;
    let kept = match resolved.keeper {
        Keeper::KeyStore => t.get("cli-recover-kept-store"),
        Keeper::KeyFile => t.format(
            "cli-recover-kept-file",
            &[("path", key::key_file(dir).display().to_string())],
        ),
    };
    Ok(t.format(
        "cli-recover-done",
        &[
            ("path", opened.path().display().to_string()),
            (
                "municipality",
                info.municipality
                    .map(|m| m.profile.name)
                    .unwrap_or_default(),
            ),
            ("learners", info.learners.to_string()),
            ("kept", kept),
        ],
    )
    .into())
}
