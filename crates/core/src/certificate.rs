//! The certificate a learner gets for a completed role path: who, which modules, when, valid until
//! when, and a verification code that `baken certificate verify` checks against the database.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::lang::Language;
use crate::progress::{ModuleProgress, ModuleStatus};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Certificate {
    /// `BKN-` and eight characters from an alphabet without look-alikes (no 0/O, 1/I/L).
    pub code: String,
    pub language: Language,
    pub learner: String,
    /// The role's label in the certificate's language.
    pub role: String,
    pub municipality: String,
    pub issued_at: DateTime<Utc>,
    pub modules: Vec<CertifiedModule>,
    /// The earliest end of validity among the modules: when the path needs a refresher.
    pub valid_until: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CertifiedModule {
    pub title: String,
    pub completed_at: DateTime<Utc>,
    /// `None` for a module completed in a workshop.
    pub score: Option<u8>,
    pub valid_until: DateTime<Utc>,
}

/// The alphabet of verification codes: 30 characters that cannot be mistaken for each other.
pub const CODE_ALPHABET: &[u8; 30] = b"23456789ABCDEFGHJKMNPQRSTUVWXY";

/// Formats eight random bytes (from the caller: core draws no randomness) as a code.
pub fn code_from(random: [u8; 8]) -> String {
    let chars: String = random
        .iter()
        .map(|b| CODE_ALPHABET[*b as usize % CODE_ALPHABET.len()] as char)
        .collect();
    format!("BKN-{}-{}", &chars[..4], &chars[4..])
}

/// Normalises what a person types (`bkn 7k2m-x9p4`) to the printed form, or `None`.
pub fn normalise_code(input: &str) -> Option<String> {
    let cleaned: String = input
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase();
    let body = cleaned.strip_prefix("BKN")?;
    (body.len() == 8 && body.bytes().all(|b| CODE_ALPHABET.contains(&b)))
        .then(|| format!("BKN-{}-{}", &body[..4], &body[4..]))
}

/// The certified modules of a learner's required path, if every one of them is completed and
/// still valid; `None` otherwise.
pub fn certified_modules(modules: &[ModuleProgress]) -> Option<Vec<CertifiedModule>> {
    let required: Vec<&ModuleProgress> = modules.iter().filter(|m| m.required).collect();
    if required.is_empty() {
        return None;
    }
    required
        .into_iter()
        .map(|m| match m.status {
            ModuleStatus::Completed {
                score,
                completed_at,
                valid_until,
                expired: false,
            } => Some(CertifiedModule {
                title: m.title.clone(),
                completed_at,
                score,
                valid_until,
            }),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_readable_and_typed_codes_are_understood() {
        let code = code_from([0, 1, 2, 3, 29, 30, 31, 255]);
        assert_eq!(code, "BKN-2345-Y23H");
        assert_eq!(
            normalise_code(" bkn 2345 y234 ").as_deref(),
            Some("BKN-2345-Y234")
        );
        assert_eq!(normalise_code("BKN-2345-Y23"), None);
        assert_eq!(
            normalise_code("BKN-2345-Y230"),
            None,
            "0 is not in the alphabet"
        );
        assert_eq!(normalise_code("XYZ-2345-Y234"), None);
    }
}
