//! Where the database key is kept, and how a front end gets it (`baken_core::key` has the code,
//! the key and the key file's format).
//!
//! The recovery code of the database in a data directory is kept in one of two places:
//! - the operating system's **key store** (Secret Service on Linux, Credential Manager on Windows,
//!   Keychain on macOS), under the service `nl.baken.app` and the database's full path. Opening
//!   then asks nothing;
//! - where there is no key store (a Linux session without one, some managed desktops), in the
//!   **key file** `baken.sleutel` beside the database, sealed with a passphrase that Baken asks
//!   for at every start.
//!
//! [`resolve`] decides which, from what is on disk and what the user gave, and returns the code or
//! says what to ask for ([`StoreError::PassphraseNeeded`] and its siblings). Random bytes come
//! from the caller.

use std::path::{Path, PathBuf};

use baken_core::key::{self, RecoveryCode};
use baken_core::seal::{SecretError, check_secret};

use crate::{Access, Result, Store, StoreError, database_path};

/// The key file's name, beside the database.
pub const KEY_FILE: &str = "baken.sleutel";
/// The largest key file Baken reads.
const MAX_KEY_FILE: u64 = 16 * 1024;
/// The key store's service name for Baken's entries.
const KEY_STORE_SERVICE: &str = crate::IDENTIFIER;

/// Set to `off`, Baken keeps the key in the key file even where there is a key store (a shared
/// account, or a test of that path).
pub const KEY_STORE_ENV: &str = "BAKEN_KEY_STORE";

/// The key store to use here: the platform's, unless `$BAKEN_KEY_STORE` is `off`.
pub fn platform_key_store() -> Box<dyn KeyStore + Send + Sync> {
    match std::env::var(KEY_STORE_ENV) {
        Ok(v) if v.eq_ignore_ascii_case("off") => Box::new(NoKeyStore),
        _ => Box::new(OsKeyStore),
    }
}

/// The operating system's key store, or something that behaves like one.
pub trait KeyStore {
    /// The text stored for `account`; `Ok(None)` when there is none, `Err` when there is no
    /// key store to ask (the reason, for the log).
    fn get(&self, account: &str) -> std::result::Result<Option<String>, String>;
    fn set(&self, account: &str, secret: &str) -> std::result::Result<(), String>;
}

/// The platform's key store through the `keyring` crate.
pub struct OsKeyStore;

impl KeyStore for OsKeyStore {
    fn get(&self, account: &str) -> std::result::Result<Option<String>, String> {
        let entry = keyring::Entry::new(KEY_STORE_SERVICE, account).map_err(|e| e.to_string())?;
        match entry.get_password() {
            Ok(secret) => Ok(Some(secret)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    fn set(&self, account: &str, secret: &str) -> std::result::Result<(), String> {
        keyring::Entry::new(KEY_STORE_SERVICE, account)
            .and_then(|entry| entry.set_password(secret))
            .map_err(|e| e.to_string())
    }
}

/// No key store at all: the key file is used (tests, and a user's explicit choice).
pub struct NoKeyStore;

impl KeyStore for NoKeyStore {
    fn get(&self, _: &str) -> std::result::Result<Option<String>, String> {
        Err("no key store".into())
    }

    fn set(&self, _: &str, _: &str) -> std::result::Result<(), String> {
        Err("no key store".into())
    }
}

/// What the user gave to open the database. (No `Debug`: it holds passphrases.)
#[derive(Clone, Copy, Default)]
pub enum Given<'a> {
    /// Nothing (yet).
    #[default]
    Nothing,
    /// The passphrase of the key file.
    Passphrase(&'a str),
    /// A new passphrase, for a new key file.
    NewPassphrase(&'a str),
    /// The recovery code; with a new passphrase where there is no key store.
    Code {
        code: &'a str,
        new_passphrase: Option<&'a str>,
    },
}

/// Where the key of a database is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keeper {
    KeyStore,
    KeyFile,
}

/// The key of a database, found or made.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub code: RecoveryCode,
    pub keeper: Keeper,
    /// A new code: the database is new, or was not encrypted yet.
    pub new: bool,
}

/// Fresh random bytes for a new code and a new key file. (No `Debug`: it holds the secret.)
#[derive(Clone, Copy)]
pub struct Fresh {
    pub secret: [u8; key::SECRET_BYTES],
    pub salt: [u8; 16],
    pub nonce: [u8; 24],
}

/// The key file of the database in `data_dir`.
pub fn key_file(data_dir: &Path) -> PathBuf {
    database_path(data_dir).with_file_name(KEY_FILE)
}

/// The key store's account for the database in `data_dir`: its full path.
fn account(data_dir: &Path) -> String {
    let db = database_path(data_dir);
    let dir = db.parent().unwrap_or(Path::new("."));
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned());
    dir.join(db.file_name().unwrap_or_default())
        .display()
        .to_string()
}

/// Whether the database in `data_dir` exists and is encrypted (no plain SQLite header). A file
/// that cannot be a database at all (its size is not a whole number of pages) is `NotBaken`.
fn is_encrypted(data_dir: &Path) -> Result<bool> {
    let db = database_path(data_dir);
    let size = std::fs::metadata(&db).map_or(0, |m| m.len());
    // SQLite leaves an empty file when it stops before the first write: that one is new.
    if size == 0 || crate::is_plain_sqlite(&db)? {
        return Ok(false);
    }
    // An encrypted database is pages of at least 512 bytes; a note or a PDF is not.
    if !size.is_multiple_of(512) {
        return Err(StoreError::NotBaken { path: db });
    }
    Ok(true)
}

/// Finds the key of the database in `data_dir`, or makes one for a database that is new or not
/// encrypted yet, using what the user gave. Errors say what to ask the user for.
pub fn resolve(
    data_dir: &Path,
    store: &dyn KeyStore,
    given: Given<'_>,
    fresh: Fresh,
) -> Result<Resolved> {
    let file = key_file(data_dir);
    let account = account(data_dir);

    // A typed recovery code always wins: it is checked against the file, then kept.
    if let Given::Code {
        code,
        new_passphrase,
    } = given
    {
        let code = recover(data_dir, code)?;
        let keeper = if code_needs_passphrase(data_dir, store) {
            let passphrase = new_passphrase.ok_or(StoreError::PassphraseChoose)?;
            write_key_file(data_dir, &code, passphrase, fresh)?;
            Keeper::KeyFile
        } else {
            store
                .set(&account, &code.to_string())
                .map_err(StoreError::KeyStore)?;
            Keeper::KeyStore
        };
        return Ok(Resolved {
            code,
            keeper,
            new: false,
        });
    }

    // Also refuses a file that cannot be a database, before anything is asked for.
    let encrypted = is_encrypted(data_dir)?;
    if file.exists() {
        let Given::Passphrase(passphrase) = given else {
            return Err(StoreError::PassphraseNeeded);
        };
        // A key file is a few hundred bytes: anything much larger is not one (and is not read).
        let size = std::fs::metadata(&file).map_or(0, |m| m.len());
        if size > MAX_KEY_FILE {
            return Err(StoreError::BadKeyFile { path: file.clone() });
        }
        let bytes = std::fs::read(&file).map_err(|e| StoreError::io(&file, e))?;
        let code = key::open_key_file(&bytes, passphrase).map_err(|e| match e {
            key::KeyFileError::WrongPassphrase => StoreError::WrongPassphrase,
            _ => StoreError::BadKeyFile { path: file.clone() },
        })?;
        return Ok(Resolved {
            code,
            keeper: Keeper::KeyFile,
            new: false,
        });
    }

    match store.get(&account) {
        Ok(stored) => {
            if let Some(code) = stored.and_then(|text| text.parse::<RecoveryCode>().ok()) {
                return Ok(Resolved {
                    code,
                    keeper: Keeper::KeyStore,
                    new: false,
                });
            }
            // Nothing (usable) under our name for a database that is encrypted: only its
            // recovery code opens it now.
            if encrypted {
                return Err(StoreError::RecoveryNeeded { key_store: true });
            }
            let code = RecoveryCode::from_random(fresh.secret);
            store
                .set(&account, &code.to_string())
                .map_err(StoreError::KeyStore)?;
            Ok(Resolved {
                code,
                keeper: Keeper::KeyStore,
                new: true,
            })
        }
        Err(_) => {
            if encrypted {
                return Err(StoreError::RecoveryNeeded { key_store: false });
            }
            let Given::NewPassphrase(passphrase) = given else {
                return Err(StoreError::PassphraseChoose);
            };
            let code = RecoveryCode::from_random(fresh.secret);
            write_key_file(data_dir, &code, passphrase, fresh)?;
            Ok(Resolved {
                code,
                keeper: Keeper::KeyFile,
                new: true,
            })
        }
    }
}

/// Whether a recovery code for `data_dir` needs a new passphrase beside it: when the key is kept
/// in a key file, or there is no key store.
pub fn code_needs_passphrase(data_dir: &Path, store: &dyn KeyStore) -> bool {
    key_file(data_dir).exists() || store.get(&account(data_dir)).is_err()
}

/// Checks that the typed recovery `code` opens the database in `data_dir`, without changing it.
pub fn recover(data_dir: &Path, code: &str) -> Result<RecoveryCode> {
    let code: RecoveryCode = code.parse().map_err(StoreError::BadRecoveryCode)?;
    Store::open(data_dir, Access::ReadOnly, &code.database_key())?;
    Ok(code)
}

/// Writes the key file: `code` sealed with `passphrase`, whole or not at all.
fn write_key_file(
    data_dir: &Path,
    code: &RecoveryCode,
    passphrase: &str,
    fresh: Fresh,
) -> Result<()> {
    check_secret(passphrase, key::MIN_KEY_PASSPHRASE).map_err(|e| match e {
        SecretError::TooShort { min } => StoreError::PassphraseTooShort { min },
        SecretError::TooLong { max } => StoreError::PassphraseTooLong { max },
    })?;
    let file = key_file(data_dir);
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
    }
    let bytes = key::seal_key_file(code, passphrase, fresh.salt, fresh.nonce);
    crate::write_file(&file, &bytes)
}
