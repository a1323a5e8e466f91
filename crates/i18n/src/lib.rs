//! Baken's messages: one Fluent file per language in `locales/`, compiled into the binary.
//!
//! The same files are imported by the UI (`ui/src/lib/i18n.ts`), so the window, the command line
//! and (later) the PDF report speak the same words. [`Messages::for_language`] hands out a parsed,
//! shared bundle; formatting never fails: a missing message shows its id, which tests rule out.

use std::sync::OnceLock;

use baken_core::{ErrorCode, Language};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub const NL: &str = include_str!("../locales/nl.ftl");
pub const EN: &str = include_str!("../locales/en.ftl");

/// The Fluent source of a language.
pub fn source(lang: Language) -> &'static str {
    match lang {
        Language::Nl => NL,
        Language::En => EN,
    }
}

pub struct Messages {
    bundle: FluentBundle<FluentResource>,
    lang: Language,
}

impl Messages {
    /// The messages of `lang`, parsed once per process.
    pub fn for_language(lang: Language) -> &'static Messages {
        static NL_MESSAGES: OnceLock<Messages> = OnceLock::new();
        static EN_MESSAGES: OnceLock<Messages> = OnceLock::new();
        let cell = match lang {
            Language::Nl => &NL_MESSAGES,
            Language::En => &EN_MESSAGES,
        };
        cell.get_or_init(|| {
            Messages::parse(lang).unwrap_or_else(|errors| {
                panic!(
                    "locales/{}.ftl does not parse (checked by tests): {errors:?}",
                    lang.tag()
                )
            })
        })
    }

    /// Parses a language's file; the errors are what a test reports.
    pub fn parse(lang: Language) -> Result<Messages, Vec<String>> {
        let resource = FluentResource::try_new(source(lang).to_owned())
            .map_err(|(_, errors)| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>())?;
        let langid = lang
            .tag()
            .parse()
            .map_err(|_| vec![format!("bad tag {}", lang.tag())])?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Unicode isolation marks would show up as stray characters in a terminal.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errors| errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>())?;
        Ok(Messages { bundle, lang })
    }

    /// The language of these messages.
    pub fn lang(&self) -> Language {
        self.lang
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` with named arguments; the id itself when there is no such message.
    pub fn format(&self, id: &str, args: &[(&str, String)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            // Whole numbers go in as numbers, so messages can choose plural forms.
            match value.parse::<i64>() {
                Ok(n) if !value.starts_with('0') || value == "0" => {
                    fluent_args.set(*name, FluentValue::from(n))
                }
                _ => fluent_args.set(*name, FluentValue::from(value.as_str())),
            }
        }
        let mut errors = vec![];
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The user-facing message of an error code.
    pub fn error(&self, code: ErrorCode, args: &[(&str, String)]) -> String {
        self.format(&code.message_id(), args)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use baken_core::Role;

    use super::*;

    fn ids(src: &str) -> BTreeSet<String> {
        src.lines()
            .filter(|l| !l.starts_with([' ', '#', '-', '\t']) && l.contains(" ="))
            .map(|l| l.split(" =").next().unwrap_or_default().trim().to_owned())
            .collect()
    }

    #[test]
    fn both_languages_parse_and_have_the_same_messages() {
        for lang in Language::ALL {
            Messages::parse(lang).unwrap();
        }
        let (nl, en) = (ids(NL), ids(EN));
        assert!(nl.len() > 40, "suspiciously few messages: {}", nl.len());
        let only_nl: Vec<_> = nl.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&nl).collect();
        assert!(
            only_nl.is_empty() && only_en.is_empty(),
            "only nl: {only_nl:?}, only en: {only_en:?}"
        );
    }

    #[test]
    fn every_error_code_role_and_content_problem_has_a_message() {
        for lang in Language::ALL {
            let m = Messages::for_language(lang);
            for code in ErrorCode::ALL {
                assert!(
                    m.has(&code.message_id()),
                    "{lang:?} lacks {}",
                    code.message_id()
                );
            }
            for role in Role::ALL {
                assert!(
                    m.has(&format!("role-{}", role.key())),
                    "{lang:?} lacks role {role:?}"
                );
            }
            for id in baken_core::content::ProblemKind::MESSAGE_IDS {
                assert!(m.has(id), "{lang:?} lacks {id}");
            }
            for id in baken_core::records::RecordsError::MESSAGE_IDS {
                assert!(m.has(id), "{lang:?} lacks {id}");
            }
        }
    }

    #[test]
    fn every_content_problem_message_fills_in_its_values() {
        let args: Vec<(&str, String)> = [
            "detail",
            "module",
            "expected",
            "id",
            "lang",
            "placeholder",
            "found",
            "min",
        ]
        .into_iter()
        .map(|name| (name, format!("<{name}>")))
        .collect();
        for lang in Language::ALL {
            let m = Messages::for_language(lang);
            for id in baken_core::content::ProblemKind::MESSAGE_IDS {
                let text = m.format(id, &args);
                assert!(
                    text != id && !text.contains("{$") && !text.contains("{ $"),
                    "{lang:?} {id}: {text}"
                );
            }
        }
    }

    #[test]
    fn arguments_are_filled_in_without_isolation_marks() {
        let m = Messages::for_language(Language::Nl);
        let text = m.error(ErrorCode::NotBaken, &[("path", "/tmp/x.db".into())]);
        assert_eq!(
            text,
            "/tmp/x.db is geen Baken-bestand. Baken heeft het niet gewijzigd."
        );
        let plural = |n: &str| {
            m.format(
                "content-problems",
                &[("count", n.into()), ("path", "p".into())],
            )
        };
        assert_eq!(plural("1"), "1 probleem gevonden in p.");
        assert_eq!(plural("3"), "3 problemen gevonden in p.");
        let max = m.error(ErrorCode::InvalidInhabitants, &[("max", "5000000".into())]);
        assert_eq!(max, "Vul een aantal inwoners in tussen 1 en 5000000.");
        let en = Messages::for_language(Language::En).error(ErrorCode::Locked, &[]);
        assert!(en.starts_with("The database is in use"), "{en}");
    }
}
