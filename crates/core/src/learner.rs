//! Learner profiles. One laptop is often shared, so an install holds several learners; each is
//! known by an id that is unique across installs (records from several laptops merge later).

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::ValidationError;
use crate::municipality::{optional_name, required_name};

pub const MAX_LEARNER_NAME: usize = 80;

/// The front-line roles of a municipality. The role decides (later) which modules are required.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Baliemedewerker,
    Wijkteam,
    Leerplicht,
    WmoConsulent,
    Boa,
    Jongerenwerker,
    Klantmanager,
    Beleid,
    Overig,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Role::Baliemedewerker,
        Role::Wijkteam,
        Role::Leerplicht,
        Role::WmoConsulent,
        Role::Boa,
        Role::Jongerenwerker,
        Role::Klantmanager,
        Role::Beleid,
        Role::Overig,
    ];

    /// The stored name, also the suffix of the Fluent label id (`role-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Role::Baliemedewerker => "baliemedewerker",
            Role::Wijkteam => "wijkteam",
            Role::Leerplicht => "leerplicht",
            Role::WmoConsulent => "wmo-consulent",
            Role::Boa => "boa",
            Role::Jongerenwerker => "jongerenwerker",
            Role::Klantmanager => "klantmanager",
            Role::Beleid => "beleid",
            Role::Overig => "overig",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// The "new profile" form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewLearner {
    pub name: String,
    pub role: Role,
    #[ts(optional)]
    pub department: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Learner {
    pub id: Uuid,
    pub name: String,
    pub role: Role,
    pub department: Option<String>,
}

/// Checks a learner's name (trimmed, required, at most [`MAX_LEARNER_NAME`] characters).
pub fn valid_learner_name(name: &str) -> Result<String, ValidationError> {
    required_name(name, "name", MAX_LEARNER_NAME)
}

/// How names compare when looking for one person on two laptops: without case and without
/// surrounding or doubled spaces ("karel  Jansen " is "Karel Jansen").
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl NewLearner {
    /// Checks the form and gives the learner the id the caller generated.
    pub fn validate(&self, id: Uuid) -> Result<Learner, ValidationError> {
        Ok(Learner {
            id,
            name: valid_learner_name(&self.name)?,
            role: self.role,
            department: optional_name(self.department.as_deref(), "department", MAX_LEARNER_NAME)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_keys_round_trip_and_match_serde() {
        for role in Role::ALL {
            assert_eq!(Role::from_key(role.key()), Some(role));
            assert_eq!(serde_json::to_value(role).unwrap(), role.key());
        }
        assert_eq!(Role::from_key("burgemeester"), None);
    }

    #[test]
    fn a_learner_needs_a_name() {
        let form = NewLearner {
            name: "  ".into(),
            role: Role::Boa,
            department: None,
        };
        assert_eq!(
            form.validate(Uuid::nil()),
            Err(ValidationError::NameRequired { field: "name" })
        );
        let form = NewLearner {
            name: " Sanne  Verbeek ".into(),
            role: Role::Baliemedewerker,
            department: Some(" ".into()),
        };
        let l = form.validate(Uuid::nil()).unwrap();
        assert_eq!((l.name.as_str(), l.department), ("Sanne Verbeek", None));
    }
}
