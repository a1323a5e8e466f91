//! Passphrases: a records file sealed with one, and the trainer's PIN.
//!
//! A **sealed** records file is one line of JSON saying how it is sealed, then the records file
//! encrypted with XChaCha20-Poly1305 under a key that Argon2id derives from the passphrase and a
//! random salt. The authentication tag makes a wrong passphrase, a cut-off copy and a changed byte
//! all fail the same way, before anything is read. The salt and nonce are the caller's: this crate
//! draws no random numbers.
//!
//! The **PIN** (or passphrase) for the trainer's and coordinator's screens is stored only as an
//! Argon2id hash in PHC form (`$argon2id$v=19$m=…`).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};

use crate::records::{RecordsError, hex};

/// The `format` of a sealed records file.
pub const SEALED_FORMAT: &str = "baken-records-sealed";
pub const SEALED_VERSION: u32 = 1;
/// The shortest passphrase Baken accepts for sealing a file.
pub const MIN_PASSPHRASE: usize = 8;
/// The shortest PIN.
pub const MIN_PIN: usize = 4;
pub const MAX_SECRET: usize = 200;

// Argon2id with 19 MiB, 2 passes, 1 lane: OWASP's recommended minimum, about 50 ms here.
const MEMORY_KIB: u32 = 19 * 1024;
const PASSES: u32 = 2;
const LANES: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SealedHeader {
    format: String,
    version: u32,
    kdf: Kdf,
    cipher: String,
    /// Hex.
    nonce: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Kdf {
    alg: String,
    m: u32,
    t: u32,
    p: u32,
    /// Hex.
    salt: String,
}

fn argon2(m: u32, t: u32, p: u32) -> Option<Argon2<'static>> {
    Some(Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(m, t, p, Some(32)).ok()?,
    ))
}

fn key(passphrase: &str, salt: &[u8], kdf: &Argon2<'_>) -> Option<[u8; 32]> {
    let mut key = [0u8; 32];
    kdf.hash_password_into(passphrase.as_bytes(), salt, &mut key)
        .ok()?;
    Some(key)
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Seals `plain` (a records file) with `passphrase`; `salt` and `nonce` must be fresh random bytes.
pub fn seal(plain: &[u8], passphrase: &str, salt: [u8; 16], nonce: [u8; 24]) -> Vec<u8> {
    let cost = Cost {
        m: MEMORY_KIB,
        t: PASSES,
        p: LANES,
    };
    seal_as(
        SEALED_FORMAT,
        SEALED_VERSION,
        cost,
        plain,
        passphrase,
        salt,
        nonce,
    )
}

/// Argon2id's memory (KiB), passes and lanes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cost {
    pub m: u32,
    pub t: u32,
    pub p: u32,
}

/// Seals `plain` under a header naming `format` (a sealed records file, or the key file of
/// `crate::key`).
pub(crate) fn seal_as(
    format: &str,
    version: u32,
    cost: Cost,
    plain: &[u8],
    passphrase: &str,
    salt: [u8; 16],
    nonce: [u8; 24],
) -> Vec<u8> {
    let kdf = argon2(cost.m, cost.t, cost.p).expect("the parameters are valid");
    let key = key(passphrase, &salt, &kdf).expect("a 16-byte salt is valid");
    let header = SealedHeader {
        format: format.into(),
        version,
        kdf: Kdf {
            alg: "argon2id".into(),
            m: cost.m,
            t: cost.t,
            p: cost.p,
            salt: hex(&salt),
        },
        cipher: "xchacha20poly1305".into(),
        nonce: hex(&nonce),
    };
    let mut out = serde_json::to_vec(&header).expect("a header serializes");
    out.push(b'\n');
    let cipher = XChaCha20Poly1305::new(Key::from_slice(&key));
    // The header is authenticated too: changing the parameters breaks the seal.
    let sealed = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: plain,
                aad: &out,
            },
        )
        .expect("encryption in memory does not fail");
    out.extend(sealed);
    out
}

/// Whether `bytes` start like a sealed records file.
pub fn is_sealed(bytes: &[u8]) -> bool {
    let start = &bytes[..bytes.len().min(64)];
    let needle = format!("{{\"format\":\"{SEALED_FORMAT}\"");
    start.starts_with(needle.as_bytes())
}

/// Opens a sealed records file. A wrong passphrase, a cut-off copy and a changed byte all give
/// [`RecordsError::WrongPassphrase`]; a file of a newer sealing version [`RecordsError::Newer`].
pub fn unseal(bytes: &[u8], passphrase: &str) -> Result<Vec<u8>, RecordsError> {
    unseal_as(SEALED_FORMAT, SEALED_VERSION, bytes, passphrase)
}

/// Opens what [`seal_as`] sealed as `format`, up to `version`.
pub(crate) fn unseal_as(
    format: &str,
    version: u32,
    bytes: &[u8],
    passphrase: &str,
) -> Result<Vec<u8>, RecordsError> {
    let end = bytes
        .iter()
        .take(4096)
        .position(|&b| b == b'\n')
        .ok_or(RecordsError::Truncated)?;
    let value: serde_json::Value =
        serde_json::from_slice(&bytes[..end]).map_err(|_| RecordsError::NotRecords)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(format) {
        return Err(RecordsError::NotRecords);
    }
    if let Some(found) = value.get("version").and_then(serde_json::Value::as_u64)
        && found > u64::from(version)
    {
        return Err(RecordsError::Newer {
            found,
            supported: version,
        });
    }
    let invalid = |detail: &str| RecordsError::Invalid {
        line: 1,
        detail: detail.into(),
    };
    let header: SealedHeader =
        serde_json::from_value(value).map_err(|e| invalid(&e.to_string()))?;
    if header.kdf.alg != "argon2id" || header.cipher != "xchacha20poly1305" {
        return Err(invalid("unknown algorithm"));
    }
    // Refuse parameters that would make opening the file take minutes or gigabytes.
    if header.kdf.m > 256 * 1024 || header.kdf.t > 10 || header.kdf.p > 8 {
        return Err(invalid("key derivation too costly"));
    }
    let salt = unhex(&header.kdf.salt)
        .filter(|s| s.len() >= 8)
        .ok_or_else(|| invalid("salt"))?;
    let nonce = unhex(&header.nonce)
        .filter(|n| n.len() == 24)
        .ok_or_else(|| invalid("nonce"))?;
    let kdf = argon2(header.kdf.m, header.kdf.t, header.kdf.p).ok_or_else(|| invalid("kdf"))?;
    let key = key(passphrase, &salt, &kdf).ok_or_else(|| invalid("kdf"))?;
    XChaCha20Poly1305::new(Key::from_slice(&key))
        .decrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &bytes[end + 1..],
                aad: &bytes[..end + 1],
            },
        )
        .map_err(|_| RecordsError::WrongPassphrase)
}

/// Why a PIN or passphrase was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    #[error("at least {min} characters")]
    TooShort { min: usize },
    #[error("at most {max} characters")]
    TooLong { max: usize },
}

/// Checks a new secret's length (`min`: [`MIN_PIN`] or [`MIN_PASSPHRASE`]).
pub fn check_secret(secret: &str, min: usize) -> Result<(), SecretError> {
    let n = secret.chars().count();
    if n < min {
        return Err(SecretError::TooShort { min });
    }
    if n > MAX_SECRET {
        return Err(SecretError::TooLong { max: MAX_SECRET });
    }
    Ok(())
}

/// The Argon2id hash (PHC string) of a PIN, with `salt` fresh random bytes.
pub fn hash_pin(pin: &str, salt: [u8; 16]) -> String {
    let salt = SaltString::encode_b64(&salt).expect("16 bytes make a valid salt");
    argon2(MEMORY_KIB, PASSES, LANES)
        .expect("the parameters are valid")
        .hash_password(pin.as_bytes(), &salt)
        .expect("hashing in memory does not fail")
        .to_string()
}

/// Whether `pin` matches a hash made by [`hash_pin`]. A damaged hash matches nothing.
pub fn verify_pin(pin: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| {
        Argon2::default()
            .verify_password(pin.as_bytes(), &h)
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SALT: [u8; 16] = [7; 16];
    const NONCE: [u8; 24] = [9; 24];

    #[test]
    fn a_sealed_file_opens_with_its_passphrase_only() {
        let plain =
            b"{\"format\":\"baken-records\"}\n{\"learner\":{\"name\":\"Sanne de Vries\"}}\n";
        let sealed = seal(plain, "correct horse", SALT, NONCE);
        assert!(is_sealed(&sealed));
        assert!(!is_sealed(plain));
        // The content is not readable in the file.
        assert!(!sealed.windows(5).any(|w| w == b"Sanne"));
        assert_eq!(unseal(&sealed, "correct horse").unwrap(), plain);
        assert_eq!(
            unseal(&sealed, "wrong horse"),
            Err(RecordsError::WrongPassphrase)
        );
        // Cut off, or a byte changed anywhere (also in the header): the seal breaks.
        assert_eq!(
            unseal(&sealed[..sealed.len() - 1], "correct horse"),
            Err(RecordsError::WrongPassphrase)
        );
        let mut changed = sealed.clone();
        let last = changed.len() - 5;
        changed[last] ^= 1;
        assert_eq!(
            unseal(&changed, "correct horse"),
            Err(RecordsError::WrongPassphrase)
        );
        let text = String::from_utf8_lossy(&sealed).into_owned();
        let nonce_changed = sealed.clone();
        let at = text.find("\"nonce\":\"").unwrap() + 9;
        let mut nonce_changed = nonce_changed;
        nonce_changed[at] = if nonce_changed[at] == b'0' {
            b'1'
        } else {
            b'0'
        };
        assert_eq!(
            unseal(&nonce_changed, "correct horse"),
            Err(RecordsError::WrongPassphrase)
        );
    }

    #[test]
    fn costly_or_unknown_parameters_are_refused_without_deriving() {
        let sealed = seal(b"x", "correct horse", SALT, NONCE);
        let text = String::from_utf8_lossy(&sealed).into_owned();
        let costly = text.replacen(&format!("\"m\":{MEMORY_KIB}"), "\"m\":4000000", 1);
        assert!(matches!(
            unseal(costly.as_bytes(), "correct horse"),
            Err(RecordsError::Invalid { line: 1, .. })
        ));
        let newer = text.replacen("\"version\":1", "\"version\":2", 1);
        assert_eq!(
            unseal(newer.as_bytes(), "correct horse"),
            Err(RecordsError::Newer {
                found: 2,
                supported: 1
            })
        );
    }

    #[test]
    fn a_pin_is_kept_as_an_argon2id_hash_and_checked() {
        let hash = hash_pin("4711", SALT);
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(!hash.contains("4711"));
        assert!(verify_pin("4711", &hash));
        assert!(!verify_pin("4712", &hash));
        assert!(!verify_pin("4711", "not a hash"));
        assert_eq!(
            check_secret("123", MIN_PIN),
            Err(SecretError::TooShort { min: 4 })
        );
        assert_eq!(check_secret("1234", MIN_PIN), Ok(()));
        assert_eq!(
            check_secret(&"x".repeat(201), MIN_PIN),
            Err(SecretError::TooLong { max: 200 })
        );
    }
}
