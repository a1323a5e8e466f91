//! Machine-readable error codes shared by every front end, and the validation errors of user input.
//!
//! An [`ErrorCode`] crosses the IPC boundary as-is, so the UI can react to a kind of error without
//! matching message strings. Each code has a message in the Fluent files (`error-<code>`), which
//! the front ends render in the user's language.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Every kind of error a user can meet. The serialized name (kebab-case) is also the suffix of its
/// Fluent message id: `ErrorCode::NotBaken` has the message `error-not-baken`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    NameRequired,
    NameTooLong,
    InvalidCbsCode,
    InvalidInhabitants,
    InvalidPhone,
    InvalidEmail,
    InvalidLevel,
    TextTooLong,
    UnknownAssessment,
    AssessmentExists,
    UnknownItem,
    MunicipalityExists,
    NoMunicipality,
    UnknownLearner,
    UnknownModule,
    OutOfStep,
    PathIncomplete,
    NoDatabase,
    NotBaken,
    NewerSchema,
    /// A records file that was refused (`records::RecordsError`); the message says why.
    BadRecords,
    /// A new PIN or passphrase that is too short.
    SecretTooShort,
    /// A trainer's or coordinator's command while their screens are locked.
    Forbidden,
    /// The PIN given to unlock was not right.
    WrongPin,
    UnknownWorkshop,
    /// A workshop that is signed off cannot change.
    WorkshopClosed,
    /// A workshop without attendees cannot be signed off.
    NoAttendees,
    /// A workshop can be signed off from its day on.
    NotYetHeld,
    /// No one counted at a decision point of a workshop.
    NoCounts,
    /// A count above the maximum.
    InvalidCount,
    /// The database file is damaged; Baken changes nothing and offers a backup.
    Damaged,
    UnknownBackup,
    /// A backup that is not a sound Baken database.
    BadBackup,
    /// The database is encrypted with a key file: Baken asks for its passphrase.
    PassphraseNeeded,
    /// A new database where there is no key store: the user chooses a passphrase.
    PassphraseChoose,
    /// The database is encrypted, and its key is not on this computer: the recovery code.
    RecoveryNeeded,
    /// The passphrase of the key file was not right.
    WrongPassphrase,
    /// The key file beside the database is not one Baken can read.
    BadKeyFile,
    /// The operating system's key store refused to keep the key.
    KeyStore,
    /// A typed recovery code with a typing error.
    BadRecoveryCode,
    /// The key (or recovery code) does not open this file.
    KeyMismatch,
    Locked,
    ReadOnly,
    Io,
    Database,
    Internal,
}

impl ErrorCode {
    /// All codes, so tests can check that each one has a message in every language.
    pub const ALL: [ErrorCode; 46] = [
        ErrorCode::NameRequired,
        ErrorCode::NameTooLong,
        ErrorCode::InvalidCbsCode,
        ErrorCode::InvalidInhabitants,
        ErrorCode::InvalidPhone,
        ErrorCode::InvalidEmail,
        ErrorCode::InvalidLevel,
        ErrorCode::TextTooLong,
        ErrorCode::UnknownAssessment,
        ErrorCode::AssessmentExists,
        ErrorCode::UnknownItem,
        ErrorCode::MunicipalityExists,
        ErrorCode::NoMunicipality,
        ErrorCode::UnknownLearner,
        ErrorCode::UnknownModule,
        ErrorCode::OutOfStep,
        ErrorCode::PathIncomplete,
        ErrorCode::NoDatabase,
        ErrorCode::NotBaken,
        ErrorCode::NewerSchema,
        ErrorCode::BadRecords,
        ErrorCode::SecretTooShort,
        ErrorCode::Forbidden,
        ErrorCode::WrongPin,
        ErrorCode::UnknownWorkshop,
        ErrorCode::WorkshopClosed,
        ErrorCode::NoAttendees,
        ErrorCode::NotYetHeld,
        ErrorCode::NoCounts,
        ErrorCode::InvalidCount,
        ErrorCode::Damaged,
        ErrorCode::UnknownBackup,
        ErrorCode::BadBackup,
        ErrorCode::PassphraseNeeded,
        ErrorCode::PassphraseChoose,
        ErrorCode::RecoveryNeeded,
        ErrorCode::WrongPassphrase,
        ErrorCode::BadKeyFile,
        ErrorCode::KeyStore,
        ErrorCode::BadRecoveryCode,
        ErrorCode::KeyMismatch,
        ErrorCode::Locked,
        ErrorCode::ReadOnly,
        ErrorCode::Io,
        ErrorCode::Database,
        ErrorCode::Internal,
    ];

    /// The Fluent message id of this code's user-facing message.
    pub fn message_id(self) -> String {
        let name = serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        format!("error-{name}")
    }
}

/// A piece of user input that breaks a rule. `field` names the form field, so the UI can put the
/// message beside it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    #[error("{field}: a name is required")]
    NameRequired { field: &'static str },
    #[error("{field}: at most {max} characters")]
    NameTooLong { field: &'static str, max: usize },
    #[error("CBS code must look like GM0123, got {0:?}")]
    InvalidCbsCode(String),
    #[error("inhabitants must be between 1 and {max}")]
    InvalidInhabitants { max: u32 },
    #[error("not a phone number: {0:?}")]
    InvalidPhone(String),
    #[error("not an e-mail address: {0:?}")]
    InvalidEmail(String),
    #[error("a level is 0 to 4")]
    InvalidLevel,
    #[error("{field}: at most {max} characters")]
    TextTooLong { field: &'static str, max: usize },
    #[error("a count is 0 to {max}")]
    InvalidCount { max: u32 },
}

impl ValidationError {
    pub fn code(&self) -> ErrorCode {
        match self {
            ValidationError::NameRequired { .. } => ErrorCode::NameRequired,
            ValidationError::NameTooLong { .. } => ErrorCode::NameTooLong,
            ValidationError::InvalidCbsCode(_) => ErrorCode::InvalidCbsCode,
            ValidationError::InvalidInhabitants { .. } => ErrorCode::InvalidInhabitants,
            ValidationError::InvalidPhone(_) => ErrorCode::InvalidPhone,
            ValidationError::InvalidEmail(_) => ErrorCode::InvalidEmail,
            ValidationError::InvalidLevel => ErrorCode::InvalidLevel,
            ValidationError::TextTooLong { .. } => ErrorCode::TextTooLong,
            ValidationError::InvalidCount { .. } => ErrorCode::InvalidCount,
        }
    }

    /// Named values for the message (Fluent arguments).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            ValidationError::NameRequired { field } => vec![("field", (*field).to_owned())],
            ValidationError::NameTooLong { field, max } => {
                vec![("field", (*field).to_owned()), ("max", max.to_string())]
            }
            ValidationError::InvalidCbsCode(got) => vec![("value", got.clone())],
            ValidationError::InvalidInhabitants { max } => vec![("max", max.to_string())],
            ValidationError::InvalidPhone(got) | ValidationError::InvalidEmail(got) => {
                vec![("value", got.clone())]
            }
            ValidationError::InvalidLevel => vec![],
            ValidationError::TextTooLong { field, max } => {
                vec![("field", (*field).to_owned()), ("max", max.to_string())]
            }
            ValidationError::InvalidCount { max } => vec![("max", max.to_string())],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_follow_the_serialized_name() {
        assert_eq!(ErrorCode::NotBaken.message_id(), "error-not-baken");
        assert_eq!(
            ErrorCode::InvalidCbsCode.message_id(),
            "error-invalid-cbs-code"
        );
    }
}
