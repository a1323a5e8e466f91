//! The store's errors, each with an [`ErrorCode`] and the named values its message needs.

use std::path::{Path, PathBuf};

use baken_core::{ErrorCode, ValidationError};
use rusqlite::ErrorCode as SqliteCode;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Validation(#[from] ValidationError),
    #[error("a municipality is already set up")]
    MunicipalityExists,
    #[error("no municipality is set up yet")]
    NoMunicipality,
    #[error("no learner with id {0}")]
    UnknownLearner(uuid::Uuid),
    #[error("no module or page {0:?} in the course")]
    UnknownModule(String),
    #[error("{}: the database is damaged ({detail})", path.display())]
    Damaged { path: PathBuf, detail: String },
    #[error("no backup {0:?}")]
    UnknownBackup(String),
    #[error("{} is not a sound Baken backup", .0.display())]
    BadBackup(PathBuf),
    #[error("no workshop with id {0}")]
    UnknownWorkshop(uuid::Uuid),
    #[error(transparent)]
    Workshop(baken_core::workshop::WorkshopError),
    #[error("no self-assessment with id {0}")]
    UnknownAssessment(i64),
    #[error("there is a self-assessment on {0} already")]
    AssessmentExists(chrono::NaiveDate),
    #[error("no item {0:?} in the questionnaire")]
    UnknownItem(String),
    #[error("this step is no longer current")]
    OutOfStep,
    #[error("the learner has not completed every required module")]
    PathIncomplete,
    #[error("no Baken database in {}", path.display())]
    NoDatabase { path: PathBuf },
    #[error("{} is not a Baken database", path.display())]
    NotBaken { path: PathBuf },
    #[error("{} has schema version {found}; this build supports up to {supported}", path.display())]
    NewerSchema {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("the key file is sealed with a passphrase")]
    PassphraseNeeded,
    #[error("there is no key store: choose a passphrase")]
    PassphraseChoose,
    #[error("the key of this database is not on this computer: give the recovery code")]
    RecoveryNeeded { key_store: bool },
    #[error("wrong passphrase, or the key file is damaged")]
    WrongPassphrase,
    #[error("{} is not a Baken key file", path.display())]
    BadKeyFile { path: PathBuf },
    #[error("the key store did not keep the key: {0}")]
    KeyStore(String),
    #[error("recovery code: {0}")]
    BadRecoveryCode(baken_core::key::CodeError),
    #[error("{}: the key does not open this file, or it is not a Baken database", path.display())]
    KeyMismatch { path: PathBuf },
    #[error("a passphrase of at least {min} characters")]
    PassphraseTooShort { min: usize },
    #[error("a passphrase of at most {max} characters")]
    PassphraseTooLong { max: usize },
    #[error("{} is locked by another program", path.display())]
    Locked { path: PathBuf },
    #[error("{} cannot be written", path.display())]
    ReadOnly { path: PathBuf },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl From<baken_core::lesson::LessonError> for StoreError {
    fn from(e: baken_core::lesson::LessonError) -> StoreError {
        match e {
            baken_core::lesson::LessonError::Unknown(what) => StoreError::UnknownModule(what),
            baken_core::lesson::LessonError::OutOfStep => StoreError::OutOfStep,
        }
    }
}

impl StoreError {
    /// Gives a plain SQLite error its meaning for the user, now that we know which file it was.
    pub(crate) fn at(self, path: &Path) -> StoreError {
        let StoreError::Sqlite(e) = &self else {
            return self;
        };
        let path = path.to_owned();
        match e.sqlite_error_code() {
            Some(SqliteCode::DatabaseBusy | SqliteCode::DatabaseLocked) => {
                StoreError::Locked { path }
            }
            Some(SqliteCode::ReadOnly | SqliteCode::PermissionDenied | SqliteCode::CannotOpen) => {
                StoreError::ReadOnly { path }
            }
            Some(SqliteCode::NotADatabase) => StoreError::NotBaken { path },
            Some(SqliteCode::DatabaseCorrupt) => StoreError::Damaged {
                detail: e.to_string(),
                path,
            },
            _ => self,
        }
    }

    pub(crate) fn io(path: &Path, source: std::io::Error) -> StoreError {
        if source.kind() == std::io::ErrorKind::PermissionDenied
            || source.kind() == std::io::ErrorKind::ReadOnlyFilesystem
        {
            StoreError::ReadOnly {
                path: path.to_owned(),
            }
        } else {
            StoreError::Io {
                path: path.to_owned(),
                source,
            }
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            StoreError::Validation(v) => v.code(),
            StoreError::MunicipalityExists => ErrorCode::MunicipalityExists,
            StoreError::NoMunicipality => ErrorCode::NoMunicipality,
            StoreError::UnknownLearner(_) => ErrorCode::UnknownLearner,
            StoreError::UnknownModule(_) => ErrorCode::UnknownModule,
            StoreError::OutOfStep => ErrorCode::OutOfStep,
            StoreError::UnknownAssessment(_) => ErrorCode::UnknownAssessment,
            StoreError::UnknownWorkshop(_) => ErrorCode::UnknownWorkshop,
            StoreError::Damaged { .. } => ErrorCode::Damaged,
            StoreError::UnknownBackup(_) => ErrorCode::UnknownBackup,
            StoreError::BadBackup(_) => ErrorCode::BadBackup,
            StoreError::Workshop(e) => e.code(),
            StoreError::AssessmentExists(_) => ErrorCode::AssessmentExists,
            StoreError::UnknownItem(_) => ErrorCode::UnknownItem,
            StoreError::PathIncomplete => ErrorCode::PathIncomplete,
            StoreError::NoDatabase { .. } => ErrorCode::NoDatabase,
            StoreError::NotBaken { .. } => ErrorCode::NotBaken,
            StoreError::NewerSchema { .. } => ErrorCode::NewerSchema,
            StoreError::PassphraseNeeded => ErrorCode::PassphraseNeeded,
            StoreError::PassphraseChoose => ErrorCode::PassphraseChoose,
            StoreError::RecoveryNeeded { .. } => ErrorCode::RecoveryNeeded,
            StoreError::WrongPassphrase => ErrorCode::WrongPassphrase,
            StoreError::BadKeyFile { .. } => ErrorCode::BadKeyFile,
            StoreError::KeyStore(_) => ErrorCode::KeyStore,
            StoreError::BadRecoveryCode(_) => ErrorCode::BadRecoveryCode,
            StoreError::KeyMismatch { .. } => ErrorCode::KeyMismatch,
            StoreError::PassphraseTooShort { .. } => ErrorCode::SecretTooShort,
            StoreError::PassphraseTooLong { .. } => ErrorCode::TextTooLong,
            StoreError::Locked { .. } => ErrorCode::Locked,
            StoreError::ReadOnly { .. } => ErrorCode::ReadOnly,
            StoreError::Io { .. } => ErrorCode::Io,
            StoreError::Sqlite(_) | StoreError::Corrupt(_) => ErrorCode::Database,
        }
    }

    /// Named values for the Fluent message of [`StoreError::code`].
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let path = |p: &Path| ("path", p.display().to_string());
        match self {
            StoreError::Validation(v) => v.args(),
            StoreError::Workshop(e) => e.args(),
            StoreError::Damaged { path: p, detail } => vec![path(p), ("detail", detail.clone())],
            StoreError::UnknownBackup(file) => vec![("file", file.clone())],
            StoreError::BadBackup(p) => vec![path(p)],
            StoreError::BadRecoveryCode(e) => vec![("detail", e.to_string())],
            StoreError::PassphraseTooShort { min } => vec![("min", min.to_string())],
            StoreError::PassphraseTooLong { max } => {
                vec![("field", "passphrase".into()), ("max", max.to_string())]
            }
            StoreError::RecoveryNeeded { key_store } => {
                vec![("keystore", if *key_store { "yes" } else { "no" }.into())]
            }
            StoreError::KeyStore(detail) => vec![("detail", detail.clone())],
            StoreError::NoDatabase { path: p }
            | StoreError::NotBaken { path: p }
            | StoreError::BadKeyFile { path: p }
            | StoreError::KeyMismatch { path: p }
            | StoreError::Locked { path: p }
            | StoreError::ReadOnly { path: p } => vec![path(p)],
            StoreError::NewerSchema {
                path: p,
                found,
                supported,
            } => {
                vec![
                    path(p),
                    ("found", found.to_string()),
                    ("supported", supported.to_string()),
                ]
            }
            StoreError::Io { path: p, source } => vec![path(p), ("detail", source.to_string())],
            StoreError::Sqlite(e) => vec![("detail", e.to_string())],
            StoreError::Corrupt(detail) => vec![("detail", detail.clone())],
            StoreError::UnknownModule(id) | StoreError::UnknownItem(id) => vec![("id", id.clone())],
            StoreError::MunicipalityExists
            | StoreError::PassphraseNeeded
            | StoreError::PassphraseChoose
            | StoreError::WrongPassphrase
            | StoreError::UnknownAssessment(_)
            | StoreError::UnknownWorkshop(_)
            | StoreError::AssessmentExists(_)
            | StoreError::OutOfStep
            | StoreError::PathIncomplete
            | StoreError::NoMunicipality
            | StoreError::UnknownLearner(_) => vec![],
        }
    }
}
