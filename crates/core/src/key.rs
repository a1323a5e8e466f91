//! The database key and the recovery code it comes from.
//!
//! Every Baken database is encrypted (SQLCipher) with a 256-bit key. That key is derived from a
//! **recovery code**: 144 random bits, written as 32 characters in eight groups of four
//! (`7K3M-Q9XD-…`), the last three characters a checksum so a typing error is caught before the
//! code is tried. The code is what the coordinator prints and keeps in a safe; with it, the data
//! opens on any computer (`baken recover`).
//!
//! On the laptop itself the code is kept in the operating system's key store, or, where there is
//! none, in a **key file** beside the database: the code sealed with a passphrase (Argon2id and
//! XChaCha20-Poly1305, like a sealed records file, but with a costlier key derivation).
//!
//! No IO and no random numbers here: the callers draw the random bytes.

use std::fmt;
use std::str::FromStr;

use sha2::{Digest, Sha256};

use crate::records::RecordsError;
use crate::seal::{Cost, seal_as, unseal_as};

/// The bytes of secret in a recovery code.
pub const SECRET_BYTES: usize = 18;
const CHECK_BYTES: usize = 2;
/// The characters of a recovery code, without the dashes.
pub const CODE_CHARS: usize = (SECRET_BYTES + CHECK_BYTES) * 8 / 5;
/// Crockford's base 32: no I, L, O or U, so nothing reads as another character.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The `format` of a key file.
pub const KEY_FILE_FORMAT: &str = "baken-key";
pub const KEY_FILE_VERSION: u32 = 1;
/// The shortest passphrase that may protect the key file.
pub const MIN_KEY_PASSPHRASE: usize = 10;
// Argon2id with 64 MiB and 3 passes: the key file may be copied with the database, so a guess at
// its passphrase must cost real time and memory (about a quarter of a second here).
const KEY_FILE_COST: Cost = Cost {
    m: 64 * 1024,
    t: 3,
    p: 1,
};

/// A recovery code. Its `Debug` form does not show it.
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryCode([u8; SECRET_BYTES]);

/// The key SQLCipher opens the database with. Its `Debug` form does not show it.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseKey([u8; 32]);

/// Why a typed recovery code was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("a recovery code has {expected} characters; this one has {found}")]
    Length { found: usize, expected: usize },
    #[error("{0:?} does not occur in a recovery code")]
    Character(char),
    #[error("the code has a typing error")]
    Checksum,
}

/// Why a key file did not open.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyFileError {
    #[error("wrong passphrase, or the key file is damaged")]
    WrongPassphrase,
    #[error("not a Baken key file")]
    NotKeyFile,
    #[error("key file version {found}; this Baken reads up to {supported}")]
    Newer { found: u64, supported: u32 },
}

impl RecoveryCode {
    /// A new code from fresh random bytes.
    pub fn from_random(bytes: [u8; SECRET_BYTES]) -> RecoveryCode {
        RecoveryCode(bytes)
    }

    /// The database key: SHA-256 over a label and the secret. The secret is random and long, so
    /// no slow derivation is needed.
    pub fn database_key(&self) -> DatabaseKey {
        let mut hash = Sha256::new();
        hash.update(b"baken database key v1\0");
        hash.update(self.0);
        DatabaseKey(hash.finalize().into())
    }

    fn check(secret: &[u8; SECRET_BYTES]) -> [u8; CHECK_BYTES] {
        let mut hash = Sha256::new();
        hash.update(b"baken recovery code check\0");
        hash.update(secret);
        let digest = hash.finalize();
        [digest[0], digest[1]]
    }

    /// The 32 characters without dashes.
    fn chars(&self) -> String {
        let mut bytes = self.0.to_vec();
        bytes.extend(RecoveryCode::check(&self.0));
        let mut out = String::with_capacity(CODE_CHARS);
        let (mut buffer, mut bits) = (0u32, 0u32);
        for byte in bytes {
            buffer = (buffer << 8) | u32::from(byte);
            bits += 8;
            while bits >= 5 {
                bits -= 5;
                out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
            }
        }
        out
    }
}

impl fmt::Display for RecoveryCode {
    /// Eight groups of four characters with dashes between them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let chars = self.chars();
        let groups: Vec<&str> = (0..CODE_CHARS / 4)
            .map(|i| &chars[i * 4..i * 4 + 4])
            .collect();
        f.write_str(&groups.join("-"))
    }
}

impl fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryCode(…)")
    }
}

impl FromStr for RecoveryCode {
    type Err = CodeError;

    /// Reads a typed code: small letters count as capitals, O as 0, I and L as 1; dashes and
    /// spaces are left out.
    fn from_str(text: &str) -> Result<RecoveryCode, CodeError> {
        let mut values = Vec::with_capacity(CODE_CHARS);
        for c in text.chars() {
            if c == '-' || c.is_whitespace() {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            };
            let value = ALPHABET
                .iter()
                .position(|&a| char::from(a) == c)
                .ok_or(CodeError::Character(c))?;
            values.push(value as u32);
        }
        if values.len() != CODE_CHARS {
            return Err(CodeError::Length {
                found: values.len(),
                expected: CODE_CHARS,
            });
        }
        let mut bytes = Vec::with_capacity(SECRET_BYTES + CHECK_BYTES);
        let (mut buffer, mut bits) = (0u32, 0u32);
        for value in values {
            buffer = (buffer << 5) | value;
            bits += 5;
            if bits >= 8 {
                bits -= 8;
                bytes.push(((buffer >> bits) & 0xff) as u8);
            }
        }
        let mut secret = [0u8; SECRET_BYTES];
        secret.copy_from_slice(&bytes[..SECRET_BYTES]);
        if bytes[SECRET_BYTES..] != RecoveryCode::check(&secret) {
            return Err(CodeError::Checksum);
        }
        Ok(RecoveryCode(secret))
    }
}

impl DatabaseKey {
    /// The value for `PRAGMA key`: a raw key in SQLCipher's blob notation (`x'…'`), so SQLCipher
    /// uses it as it is instead of deriving one from a passphrase.
    pub fn pragma_value(&self) -> String {
        format!("x'{}'", crate::records::hex(&self.0))
    }
}

impl fmt::Debug for DatabaseKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DatabaseKey(…)")
    }
}

/// The key file's bytes: `code` sealed with `passphrase`; `salt` and `nonce` fresh random bytes.
pub fn seal_key_file(
    code: &RecoveryCode,
    passphrase: &str,
    salt: [u8; 16],
    nonce: [u8; 24],
) -> Vec<u8> {
    let plain = code.to_string();
    seal_as(
        KEY_FILE_FORMAT,
        KEY_FILE_VERSION,
        KEY_FILE_COST,
        plain.as_bytes(),
        passphrase,
        salt,
        nonce,
    )
}

/// The recovery code in a key file. A wrong passphrase and a changed byte fail alike.
pub fn open_key_file(bytes: &[u8], passphrase: &str) -> Result<RecoveryCode, KeyFileError> {
    let plain =
        unseal_as(KEY_FILE_FORMAT, KEY_FILE_VERSION, bytes, passphrase).map_err(|e| match e {
            RecordsError::WrongPassphrase => KeyFileError::WrongPassphrase,
            RecordsError::Newer { found, supported } => KeyFileError::Newer { found, supported },
            _ => KeyFileError::NotKeyFile,
        })?;
    std::str::from_utf8(&plain)
        .ok()
        .and_then(|text| text.parse().ok())
        .ok_or(KeyFileError::NotKeyFile)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(seed: u8) -> RecoveryCode {
        let mut bytes = [0u8; SECRET_BYTES];
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = seed
                .wrapping_mul(31)
                .wrapping_add((i as u8).wrapping_mul(17));
        }
        RecoveryCode::from_random(bytes)
    }

    #[test]
    fn a_code_is_eight_groups_of_four_and_reads_back() {
        let c = code(3);
        let text = c.to_string();
        assert_eq!(text.len(), 39, "{text}");
        assert_eq!(text.split('-').count(), 8);
        assert!(text.split('-').all(|g| g.len() == 4));
        assert!(!text.contains(['I', 'L', 'O', 'U']), "{text}");
        assert_eq!(text.parse::<RecoveryCode>(), Ok(c.clone()));
        // Typed loosely: small letters, spaces instead of dashes, O for 0 and l for 1.
        let loose = text
            .to_lowercase()
            .replace('-', " ")
            .replace('0', "o")
            .replace('1', "l");
        assert_eq!(loose.parse::<RecoveryCode>(), Ok(c));
    }

    #[test]
    fn a_typing_error_is_caught_before_the_code_is_tried() {
        let text = code(5).to_string();
        // Each single character changed to each other character: the checksum or the padding
        // refuses it (a code never opens another database by accident).
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            if c == '-' {
                continue;
            }
            for &other in ALPHABET.iter().take(8) {
                let other = char::from(other);
                if other == c {
                    continue;
                }
                let mut typed = chars.clone();
                typed[i] = other;
                let typed: String = typed.into_iter().collect();
                assert!(typed.parse::<RecoveryCode>().is_err(), "{typed}");
            }
        }
        assert_eq!(
            text[..text.len() - 1].parse::<RecoveryCode>(),
            Err(CodeError::Length {
                found: 31,
                expected: 32
            })
        );
        assert_eq!(
            format!("U{}", &text[1..]).parse::<RecoveryCode>(),
            Err(CodeError::Character('U'))
        );
    }

    #[test]
    fn the_key_follows_from_the_code_alone() {
        let key = code(7).database_key().pragma_value();
        assert_eq!(key, code(7).database_key().pragma_value());
        assert_ne!(key, code(8).database_key().pragma_value());
        assert!(key.starts_with("x'") && key.ends_with('\'') && key.len() == 67);
        // Neither shows its secret when logged.
        assert_eq!(format!("{:?}", code(7)), "RecoveryCode(…)");
        assert_eq!(format!("{:?}", code(7).database_key()), "DatabaseKey(…)");
    }

    #[test]
    fn a_key_file_opens_with_its_passphrase_only() {
        let c = code(9);
        let file = seal_key_file(&c, "een lange zin", [1; 16], [2; 24]);
        let text = String::from_utf8_lossy(&file);
        assert!(text.starts_with("{\"format\":\"baken-key\""), "{text}");
        assert!(text.contains("\"m\":65536,\"t\":3"), "{text}");
        assert!(!text.contains(&c.to_string()[..9]));
        assert_eq!(open_key_file(&file, "een lange zin"), Ok(c));
        assert_eq!(
            open_key_file(&file, "een andere zin"),
            Err(KeyFileError::WrongPassphrase)
        );
        let records = crate::seal::seal(b"x", "een lange zin", [1; 16], [2; 24]);
        assert_eq!(
            open_key_file(&records, "een lange zin"),
            Err(KeyFileError::NotKeyFile)
        );
        assert_eq!(
            open_key_file(b"junk", "een lange zin"),
            Err(KeyFileError::NotKeyFile)
        );
    }
}
