//! The municipality profile: who this install of Baken belongs to.
//!
//! [`NewMunicipality`] is what a person types in the onboarding; [`NewMunicipality::validate`]
//! turns it into a checked [`MunicipalityProfile`] or says precisely which field is wrong.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::ValidationError;

/// Longest municipality or region name we accept ("Súdwest-Fryslân" is far below it).
pub const MAX_NAME: usize = 100;
/// More inhabitants than the largest Dutch municipality could ever have; anything above is a typo.
pub const MAX_INHABITANTS: u32 = 5_000_000;

/// A CBS municipality code: `GM` followed by four digits, as in the CBS open data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(type = "string")]
pub struct CbsCode(String);

impl CbsCode {
    /// Accepts `GM0123`, and forgives lower case and surrounding spaces (`gm0123 `).
    pub fn parse(input: &str) -> Result<CbsCode, ValidationError> {
        let code = input.trim().to_ascii_uppercase();
        let ok = code.len() == 6
            && code.starts_with("GM")
            && code[2..].bytes().all(|b| b.is_ascii_digit());
        if ok {
            Ok(CbsCode(code))
        } else {
            Err(ValidationError::InvalidCbsCode(input.trim().to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for CbsCode {
    type Error = ValidationError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        CbsCode::parse(&value)
    }
}

impl From<CbsCode> for String {
    fn from(code: CbsCode) -> String {
        code.0
    }
}

/// The onboarding form as typed: every field is free text or optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewMunicipality {
    pub name: String,
    #[ts(optional)]
    pub cbs_code: Option<String>,
    #[ts(optional)]
    pub inhabitants: Option<u32>,
    #[ts(optional)]
    pub region: Option<String>,
}

/// A validated profile, ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MunicipalityProfile {
    pub name: String,
    pub cbs_code: Option<CbsCode>,
    pub inhabitants: Option<u32>,
    pub region: Option<String>,
}

/// A stored municipality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Municipality {
    #[serde(flatten)]
    pub profile: MunicipalityProfile,
    /// True for the fictional demo municipality, so screens can say it is a demo.
    pub is_demo: bool,
}

impl NewMunicipality {
    pub fn validate(&self) -> Result<MunicipalityProfile, ValidationError> {
        let name = required_name(&self.name, "name", MAX_NAME)?;
        let cbs_code = match self.cbs_code.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(code) => Some(CbsCode::parse(code)?),
        };
        if let Some(n) = self.inhabitants
            && !(1..=MAX_INHABITANTS).contains(&n)
        {
            return Err(ValidationError::InvalidInhabitants {
                max: MAX_INHABITANTS,
            });
        }
        let region = optional_name(self.region.as_deref(), "region", MAX_NAME)?;
        Ok(MunicipalityProfile {
            name,
            cbs_code,
            inhabitants: self.inhabitants,
            region,
        })
    }
}

/// Trims a required name and checks its length (in characters, not bytes).
pub(crate) fn required_name(
    input: &str,
    field: &'static str,
    max: usize,
) -> Result<String, ValidationError> {
    let name = collapse_spaces(input);
    if name.is_empty() {
        return Err(ValidationError::NameRequired { field });
    }
    if name.chars().count() > max {
        return Err(ValidationError::NameTooLong { field, max });
    }
    Ok(name)
}

/// Like [`required_name`], but an empty field means "not given".
pub(crate) fn optional_name(
    input: Option<&str>,
    field: &'static str,
    max: usize,
) -> Result<Option<String>, ValidationError> {
    match input.map(collapse_spaces) {
        None => Ok(None),
        Some(s) if s.is_empty() => Ok(None),
        Some(s) if s.chars().count() > max => Err(ValidationError::NameTooLong { field, max }),
        Some(s) => Ok(Some(s)),
    }
}

/// Trims and folds runs of whitespace (including newlines pasted from a document) into one space.
fn collapse_spaces(input: &str) -> String {
    input.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The local contacts an official may need to call; the lessons name them (`{contact:meldpunt}`)
/// and the pocket card prints them. The national ones are built in (see the i18n files).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ContactKey {
    Meldpunt,
    Aov,
    Zvh,
    Wijkagent,
}

impl ContactKey {
    pub const ALL: [ContactKey; 4] = [
        ContactKey::Meldpunt,
        ContactKey::Aov,
        ContactKey::Zvh,
        ContactKey::Wijkagent,
    ];

    /// The stored key, also the placeholder's name in lessons and the suffix of its label id.
    pub fn key(self) -> &'static str {
        match self {
            ContactKey::Meldpunt => "meldpunt",
            ContactKey::Aov => "aov",
            ContactKey::Zvh => "zvh",
            ContactKey::Wijkagent => "wijkagent",
        }
    }

    pub fn from_key(key: &str) -> Option<ContactKey> {
        ContactKey::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Longest phone, e-mail or opening-hours field.
pub const MAX_CONTACT_FIELD: usize = 120;

/// The contact form as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewContact {
    pub key: ContactKey,
    pub name: String,
    pub phone: String,
    pub email: String,
    pub hours: String,
}

/// A stored local contact. Empty strings are fields not given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    pub key: ContactKey,
    pub name: String,
    pub phone: String,
    pub email: String,
    pub hours: String,
}

impl NewContact {
    /// A name (who or which desk) is required; a phone number must have 3 to 15 digits and only
    /// the usual separators; an e-mail address needs one `@` with a dot in the domain.
    pub fn validate(&self) -> Result<Contact, ValidationError> {
        let name = required_name(&self.name, "name", MAX_NAME)?;
        let phone =
            optional_name(Some(&self.phone), "phone", MAX_CONTACT_FIELD)?.unwrap_or_default();
        let digits = phone.bytes().filter(u8::is_ascii_digit).count();
        let phone_ok = phone.is_empty()
            || ((3..=15).contains(&digits)
                && phone
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-()./".contains(c)));
        if !phone_ok {
            return Err(ValidationError::InvalidPhone(phone));
        }
        let email =
            optional_name(Some(&self.email), "email", MAX_CONTACT_FIELD)?.unwrap_or_default();
        let email_ok = email.is_empty()
            || email.split_once('@').is_some_and(|(user, domain)| {
                !user.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !email.contains(' ')
            });
        if !email_ok {
            return Err(ValidationError::InvalidEmail(email));
        }
        let hours =
            optional_name(Some(&self.hours), "hours", MAX_CONTACT_FIELD)?.unwrap_or_default();
        Ok(Contact {
            key: self.key,
            name,
            phone,
            email,
            hours,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_cbs(input: &str, expect: Result<&str, ()>) {
        let got = CbsCode::parse(input);
        match expect {
            Ok(code) => assert_eq!(got.map(|c| c.0).as_deref(), Ok(code), "input {input:?}"),
            Err(()) => assert!(got.is_err(), "input {input:?} should be refused"),
        }
    }

    #[test]
    fn cbs_codes() {
        check_cbs("GM0363", Ok("GM0363"));
        check_cbs(" gm1680 ", Ok("GM1680"));
        check_cbs("GM363", Err(()));
        check_cbs("0363", Err(()));
        check_cbs("GM03633", Err(()));
        check_cbs("GMO363", Err(()));
        check_cbs("PV0363", Err(()));
        check_cbs("", Err(()));
    }

    fn new(name: &str) -> NewMunicipality {
        NewMunicipality {
            name: name.into(),
            ..Default::default()
        }
    }

    #[test]
    fn names_are_trimmed_and_required() {
        assert_eq!(new("  Zilverdam \n").validate().unwrap().name, "Zilverdam");
        assert_eq!(
            new("Súdwest   Fryslân").validate().unwrap().name,
            "Súdwest Fryslân"
        );
        assert_eq!(
            new(" \t").validate(),
            Err(ValidationError::NameRequired { field: "name" })
        );
        let long = "é".repeat(MAX_NAME + 1);
        assert_eq!(
            new(&long).validate(),
            Err(ValidationError::NameTooLong {
                field: "name",
                max: MAX_NAME
            })
        );
        assert!(new(&"é".repeat(MAX_NAME)).validate().is_ok());
    }

    #[test]
    fn optional_fields() {
        let mut m = new("Zilverdam");
        m.cbs_code = Some("  ".into());
        m.region = Some("".into());
        let p = m.validate().unwrap();
        assert_eq!((p.cbs_code, p.region), (None, None));

        m.inhabitants = Some(0);
        assert_eq!(
            m.validate(),
            Err(ValidationError::InvalidInhabitants {
                max: MAX_INHABITANTS
            })
        );
        m.inhabitants = Some(23_400);
        m.cbs_code = Some("gm9901".into());
        let p = m.validate().unwrap();
        assert_eq!(p.cbs_code.unwrap().as_str(), "GM9901");
        assert_eq!(p.inhabitants, Some(23_400));
    }

    fn contact(name: &str, phone: &str, email: &str) -> NewContact {
        NewContact {
            key: ContactKey::Meldpunt,
            name: name.into(),
            phone: phone.into(),
            email: email.into(),
            hours: " ma-vr  9-17 ".into(),
        }
    }

    #[test]
    fn contacts() {
        let c = contact(
            " Meldpunt  Zorg ",
            "0900-8844",
            "meldpunt@zilverdam.example",
        )
        .validate()
        .unwrap();
        assert_eq!(
            (c.name.as_str(), c.hours.as_str()),
            ("Meldpunt Zorg", "ma-vr 9-17")
        );
        for phone in ["", "112", "+31 (0)20 123 45 67", "0800-1205"] {
            assert!(contact("M", phone, "").validate().is_ok(), "{phone:?}");
        }
        for phone in ["12", "bel maar", "06-1234567890123456", "0900=8844"] {
            assert_eq!(
                contact("M", phone, "").validate(),
                Err(ValidationError::InvalidPhone(phone.into())),
                "{phone:?}"
            );
        }
        for email in ["a@b.nl", ""] {
            assert!(contact("M", "", email).validate().is_ok(), "{email:?}");
        }
        for email in ["geen", "@b.nl", "a@b", "a@@b.nl", "a@.nl", "a b@c.nl"] {
            assert!(
                matches!(
                    contact("M", "", email).validate(),
                    Err(ValidationError::InvalidEmail(_))
                ),
                "{email:?}"
            );
        }
        assert_eq!(
            contact(" ", "", "").validate(),
            Err(ValidationError::NameRequired { field: "name" })
        );
    }
}
