//! Encryption at rest: the file without its key, the key's keepers, the recovery code, and the
//! in-place encryption of a database from before encryption.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use baken_core::ErrorCode;
use baken_core::key::RecoveryCode;
use baken_store::backup::{backups_dir, list_backups};
use baken_store::key::{self, Fresh, Given, Keeper, KeyStore, NoKeyStore};
use baken_store::{Access, DB_FILE, Store, StoreError};

use crate::{fixture, install_named, key, now, test_code};

/// What the `sqlite3` command-line tool says about `path` (standard output and error).
fn sqlite3(path: &Path) -> String {
    let out = Command::new("sqlite3")
        .arg(path)
        .arg("SELECT name FROM sqlite_master;")
        .output()
        .expect("the sqlite3 tool (Debian package sqlite3; make test installs it)");
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn fresh(n: u8) -> Fresh {
    Fresh {
        secret: [n; baken_core::key::SECRET_BYTES],
        salt: [n.wrapping_add(1); 16],
        nonce: [n.wrapping_add(2); 24],
    }
}

/// A key store in memory, standing in for the operating system's in these tests (the end-to-end
/// tests use the real one, gnome-keyring over D-Bus).
#[derive(Default)]
struct MemoryKeyStore(RefCell<HashMap<String, String>>);

impl KeyStore for MemoryKeyStore {
    fn get(&self, account: &str) -> Result<Option<String>, String> {
        Ok(self.0.borrow().get(account).cloned())
    }
    fn set(&self, account: &str, secret: &str) -> Result<(), String> {
        self.0.borrow_mut().insert(account.into(), secret.into());
        Ok(())
    }
}

#[test]
fn the_database_cannot_be_read_without_its_key() {
    let (dir, store) = install_named("Gemeente Geheimdam");
    store
        .back_up(baken_core::backup::Reason::Manual, now())
        .unwrap();
    drop(store);
    let db = dir.path().join(DB_FILE);
    let bytes = std::fs::read(&db).unwrap();
    assert!(!bytes.starts_with(b"SQLite format 3"));
    assert!(
        !bytes
            .windows(10)
            .any(|w| w == b"Geheimdam\0" || w.starts_with(b"Geheimdam"))
    );
    let said = sqlite3(&db);
    assert!(
        said.contains("file is not a database"),
        "sqlite3 said: {said}"
    );
    // The backups are encrypted with the same key.
    let backup = backups_dir(dir.path()).join(&list_backups(dir.path()).unwrap()[0].file);
    let said = sqlite3(&backup);
    assert!(
        said.contains("file is not a database"),
        "sqlite3 said: {said}"
    );
    // With the key, everything is there.
    let store = Store::open(dir.path(), Access::ReadOnly, &key()).unwrap();
    assert_eq!(
        store.municipality().unwrap().unwrap().profile.name,
        "Gemeente Geheimdam"
    );
}

#[test]
fn a_wrong_key_says_so_and_changes_nothing() {
    let (dir, store) = install_named("Gemeente Zilverdam");
    drop(store);
    let db = dir.path().join(DB_FILE);
    let before = std::fs::read(&db).unwrap();
    let other = RecoveryCode::from_random([1; baken_core::key::SECRET_BYTES]).database_key();
    for access in [Access::ReadWrite, Access::ReadOnly] {
        let err = Store::open(dir.path(), access, &other).err().unwrap();
        assert!(matches!(err, StoreError::KeyMismatch { .. }), "{err:?}");
        assert_eq!(err.code(), ErrorCode::KeyMismatch);
    }
    assert_eq!(std::fs::read(&db).unwrap(), before, "the file is untouched");
    assert!(!dir.path().join(format!("{DB_FILE}-wal")).exists());
    // A recovery code that does not belong to it: refused the same way; with a typing error:
    // refused before it is tried.
    let code = RecoveryCode::from_random([1; baken_core::key::SECRET_BYTES]).to_string();
    let err = key::recover(dir.path(), &code).unwrap_err();
    assert_eq!(err.code(), ErrorCode::KeyMismatch);
    let mut typo = test_code().to_string();
    typo.replace_range(0..1, if typo.starts_with('A') { "B" } else { "A" });
    let err = key::recover(dir.path(), &typo).unwrap_err();
    assert_eq!(err.code(), ErrorCode::BadRecoveryCode);
    // The right one opens it.
    let code = key::recover(dir.path(), &test_code().to_string()).unwrap();
    assert_eq!(code, test_code());
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn without_a_key_store_a_passphrase_guards_the_key_file() {
    let dir = tempfile::tempdir().unwrap();
    // A new install on a computer without a key store: first a passphrase must be chosen.
    let err = key::resolve(dir.path(), &NoKeyStore, Given::Nothing, fresh(3)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::PassphraseChoose);
    let err = key::resolve(
        dir.path(),
        &NoKeyStore,
        Given::NewPassphrase("kort"),
        fresh(3),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::SecretTooShort);
    let made = key::resolve(
        dir.path(),
        &NoKeyStore,
        Given::NewPassphrase("de molen draait door"),
        fresh(3),
    )
    .unwrap();
    assert!(made.new);
    assert_eq!(made.keeper, Keeper::KeyFile);
    let keyfile = std::fs::read_to_string(key::key_file(dir.path())).unwrap_or_default();
    assert!(
        !keyfile.contains(&made.code.to_string()),
        "the code is sealed"
    );
    let mut store = Store::open(dir.path(), Access::ReadWrite, &made.code.database_key()).unwrap();
    store.create_demo(now()).unwrap();
    drop(store);

    // The next start asks for it; a wrong one is refused.
    let err = key::resolve(dir.path(), &NoKeyStore, Given::Nothing, fresh(4)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::PassphraseNeeded);
    let err = key::resolve(
        dir.path(),
        &NoKeyStore,
        Given::Passphrase("de molen staat stil"),
        fresh(4),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::WrongPassphrase);
    let again = key::resolve(
        dir.path(),
        &NoKeyStore,
        Given::Passphrase("de molen draait door"),
        fresh(4),
    )
    .unwrap();
    assert_eq!(again.code, made.code);
    assert!(!again.new);

    // Passphrase forgotten: the recovery code and a new passphrase.
    let code = made.code.to_string();
    let reset = key::resolve(
        dir.path(),
        &NoKeyStore,
        Given::Code {
            code: &code,
            new_passphrase: Some("een nieuwe lange zin"),
        },
        fresh(5),
    )
    .unwrap();
    assert_eq!(reset.code, made.code);
    let err = key::resolve(
        dir.path(),
        &NoKeyStore,
        Given::Passphrase("de molen draait door"),
        fresh(6),
    )
    .unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::WrongPassphrase,
        "the old passphrase is gone"
    );
    key::resolve(
        dir.path(),
        &NoKeyStore,
        Given::Passphrase("een nieuwe lange zin"),
        fresh(6),
    )
    .unwrap();

    // A key file that is not one, or far too large to be one: said so, and the recovery code
    // is the way back.
    let file = key::key_file(dir.path());
    for junk in [b"geen sleutel".to_vec(), vec![b'x'; 100_000]] {
        std::fs::write(&file, &junk).unwrap();
        let err = key::resolve(
            dir.path(),
            &NoKeyStore,
            Given::Passphrase("een nieuwe lange zin"),
            fresh(7),
        )
        .unwrap_err();
        assert_eq!(err.code(), ErrorCode::BadKeyFile);
    }
}

#[test]
fn the_key_store_keeps_the_code_and_the_recovery_code_opens_a_copy_elsewhere() {
    let laptop = MemoryKeyStore::default();
    let dir = tempfile::tempdir().unwrap();
    let made = key::resolve(dir.path(), &laptop, Given::Nothing, fresh(9)).unwrap();
    assert!(made.new);
    assert_eq!(made.keeper, Keeper::KeyStore);
    assert!(!key::key_file(dir.path()).exists());
    let mut store = Store::open(dir.path(), Access::ReadWrite, &made.code.database_key()).unwrap();
    store.create_demo(now()).unwrap();
    drop(store);
    // Found again without asking anything.
    let found = key::resolve(dir.path(), &laptop, Given::Nothing, fresh(10)).unwrap();
    assert_eq!(found.code, made.code);
    assert!(!found.new);

    // The laptop breaks; the data is copied to another computer with its own key store.
    let other = MemoryKeyStore::default();
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::copy(dir.path().join(DB_FILE), elsewhere.path().join(DB_FILE)).unwrap();
    let err = key::resolve(elsewhere.path(), &other, Given::Nothing, fresh(11)).unwrap_err();
    assert!(
        matches!(err, StoreError::RecoveryNeeded { key_store: true }),
        "{err:?}"
    );
    let code = made.code.to_string();
    let recovered = key::resolve(
        elsewhere.path(),
        &other,
        Given::Code {
            code: &code,
            new_passphrase: None,
        },
        fresh(11),
    )
    .unwrap();
    assert_eq!(recovered.code, made.code);
    // From now on that computer's key store has it.
    let found = key::resolve(elsewhere.path(), &other, Given::Nothing, fresh(12)).unwrap();
    let store = Store::open(
        elsewhere.path(),
        Access::ReadOnly,
        &found.code.database_key(),
    )
    .unwrap();
    assert_eq!(store.learners().unwrap().len(), 5);

    // On a computer without a key store, the code needs a new passphrase beside it.
    let bare = tempfile::tempdir().unwrap();
    std::fs::copy(dir.path().join(DB_FILE), bare.path().join(DB_FILE)).unwrap();
    let err = key::resolve(bare.path(), &NoKeyStore, Given::Nothing, fresh(13)).unwrap_err();
    assert!(
        matches!(err, StoreError::RecoveryNeeded { key_store: false }),
        "{err:?}"
    );
    let recovered = key::resolve(
        bare.path(),
        &NoKeyStore,
        Given::Code {
            code: &code,
            new_passphrase: Some("de molen draait door"),
        },
        fresh(13),
    )
    .unwrap();
    assert_eq!(recovered.keeper, Keeper::KeyFile);
}

#[test]
fn a_database_from_before_encryption_is_encrypted_in_place_with_its_backups() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DB_FILE);
    std::fs::copy(fixture("baken-v1.sqlite"), &db).unwrap();
    // A plain backup made by the earlier version, and a half copy left by an interrupted try.
    std::fs::create_dir_all(backups_dir(dir.path())).unwrap();
    let old_backup = backups_dir(dir.path()).join("baken-20260105-080000-daily.sqlite");
    std::fs::copy(fixture("baken-v1.sqlite"), &old_backup).unwrap();
    std::fs::write(dir.path().join(format!("{DB_FILE}.versleutelen")), b"half").unwrap();
    assert!(sqlite3(&db).contains("municipality"), "plain before");

    let store = Store::open(dir.path(), Access::ReadWrite, &key()).unwrap();
    let m = store.municipality().unwrap().unwrap();
    assert_eq!(m.profile.name, "Oudewater-Fixture");
    assert_eq!(store.learners().unwrap().len(), 1);
    drop(store);

    assert!(sqlite3(&db).contains("file is not a database"));
    assert!(sqlite3(&old_backup).contains("file is not a database"));
    assert!(!dir.path().join(format!("{DB_FILE}.versleutelen")).exists());
    let bytes = std::fs::read(&db).unwrap();
    assert!(!bytes.windows(9).any(|w| w == b"Oudewater"));
    // The old backup still restores (now with the key).
    let names: Vec<String> = list_backups(dir.path())
        .unwrap()
        .into_iter()
        .map(|b| b.file)
        .collect();
    assert!(names.contains(&"baken-20260105-080000-daily.sqlite".to_owned()));
    baken_store::backup::restore_backup(
        dir.path(),
        "baken-20260105-080000-daily.sqlite",
        &key(),
        now(),
    )
    .unwrap();
    let store = Store::open(dir.path(), Access::ReadWrite, &key()).unwrap();
    assert_eq!(store.learners().unwrap().len(), 1);
}

#[test]
fn a_plain_file_that_cannot_be_encrypted_is_left_as_it_was() {
    // Another program's plain SQLite database is not encrypted: refused, untouched.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DB_FILE);
    let other = rusqlite::Connection::open(&db).unwrap();
    other
        .execute_batch("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');")
        .unwrap();
    drop(other);
    let before = std::fs::read(&db).unwrap();
    let err = Store::open(dir.path(), Access::ReadWrite, &key())
        .err()
        .unwrap();
    assert!(matches!(err, StoreError::NotBaken { .. }), "{err:?}");
    assert_eq!(std::fs::read(&db).unwrap(), before);
    assert!(!dir.path().join(format!("{DB_FILE}.versleutelen")).exists());
}
