//! The course outline: which modules a content pack has, with their titles in each language.
//!
//! The default pack lives in `content/basis/` and is compiled into the binary
//! ([`Outline::default_pack`]); lessons, cases and checks are added to the pack per module.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use crate::lang::Language;

/// The default pack's manifest, embedded at build time.
pub const DEFAULT_PACK: &str = include_str!("../../../content/basis/pack.toml");

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Outline {
    pub id: String,
    pub version: String,
    pub languages: Vec<String>,
    /// Months a completion stays valid.
    pub validity_months: u32,
    pub modules: Vec<ModuleOutline>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ModuleOutline {
    pub id: String,
    pub minutes: u32,
    pub title: BTreeMap<String, String>,
    pub summary: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OutlineError {
    #[error("pack.toml: {0}")]
    Syntax(String),
    #[error("pack.toml: module {module:?} has no {field} in {lang:?}")]
    MissingTranslation { module: String, field: &'static str, lang: String },
    #[error("pack.toml: module id {0:?} is used twice")]
    DuplicateModule(String),
}

impl Outline {
    pub fn parse(text: &str) -> Result<Outline, OutlineError> {
        let outline: Outline =
            toml::from_str(text).map_err(|e| OutlineError::Syntax(e.to_string()))?;
        let mut seen = HashSet::new();
        for module in &outline.modules {
            if !seen.insert(module.id.as_str()) {
                return Err(OutlineError::DuplicateModule(module.id.clone()));
            }
            for lang in &outline.languages {
                for (field, texts) in [("title", &module.title), ("summary", &module.summary)] {
                    if texts.get(lang).is_none_or(|t| t.trim().is_empty()) {
                        return Err(OutlineError::MissingTranslation {
                            module: module.id.clone(),
                            field,
                            lang: lang.clone(),
                        });
                    }
                }
            }
        }
        Ok(outline)
    }

    /// The embedded default course. Its validity is checked by a test, so this cannot fail in a
    /// released build.
    pub fn default_pack() -> Outline {
        Outline::parse(DEFAULT_PACK).expect("the embedded default pack is checked by tests")
    }
}

impl ModuleOutline {
    /// The text in `lang`, falling back to Dutch (every pack has Dutch).
    pub fn text(map: &BTreeMap<String, String>, lang: Language) -> String {
        map.get(lang.tag()).or_else(|| map.get("nl")).cloned().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_pack_is_valid_and_has_eight_modules_in_both_languages() {
        let outline = Outline::parse(DEFAULT_PACK).unwrap();
        assert_eq!(outline.modules.len(), 8);
        assert_eq!(outline.languages, ["nl", "en"]);
        assert_eq!(outline.validity_months, 24);
    }

    const MINIMAL: &str = r#"
        id = "x"
        version = "1"
        languages = ["nl", "en"]
        validity_months = 24
        [[modules]]
        id = "a"
        minutes = 5
        title = { nl = "A", en = "A" }
        summary = { nl = "a", en = "a" }
    "#;

    #[test]
    fn problems_are_named() {
        assert!(Outline::parse(MINIMAL).is_ok());
        let missing_en = MINIMAL.replace("title = { nl = \"A\", en = \"A\" }", "title = { nl = \"A\" }");
        assert_eq!(
            Outline::parse(&missing_en),
            Err(OutlineError::MissingTranslation {
                module: "a".into(),
                field: "title",
                lang: "en".into()
            })
        );
        let twice = format!("{MINIMAL}\n[[modules]]\nid = \"a\"\nminutes = 1\ntitle = {{ nl = \"B\", en = \"B\" }}\nsummary = {{ nl = \"b\", en = \"b\" }}\n");
        assert_eq!(Outline::parse(&twice), Err(OutlineError::DuplicateModule("a".into())));
        assert!(matches!(Outline::parse("id = "), Err(OutlineError::Syntax(_))));
    }
}
