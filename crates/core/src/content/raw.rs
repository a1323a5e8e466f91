//! The content files as written: TOML deserialized with spans, so every problem can name its line.
//! Nothing here is checked beyond TOML syntax and field types; `validate` does the rest.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

/// A text in each language: `{ nl = "…", en = "…" }`.
pub type RawText = Spanned<BTreeMap<String, Spanned<String>>>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawManifest {
    pub id: Spanned<String>,
    pub version: Spanned<String>,
    pub languages: Spanned<Vec<String>>,
    pub validity_months: Spanned<u32>,
    #[serde(default)]
    pub modules: Vec<Spanned<RawModuleEntry>>,
    /// Role key → the modules that role must complete.
    #[serde(default)]
    pub roles: BTreeMap<String, Spanned<RawRolePath>>,
    /// `module/item` references: the items of the learning-effect measurement.
    #[serde(default)]
    pub effect_items: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRolePath {
    pub modules: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawModuleEntry {
    pub id: Spanned<String>,
    pub minutes: Spanned<u32>,
    pub title: RawText,
    pub summary: RawText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawModule {
    pub id: Spanned<String>,
    #[serde(default)]
    pub pages: Vec<RawPage>,
    #[serde(default)]
    pub cases: Vec<Spanned<RawCase>>,
    pub check: Option<Spanned<RawCheck>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    pub id: Spanned<String>,
    pub title: RawText,
    pub body: RawText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCase {
    pub id: Spanned<String>,
    pub version: Spanned<u32>,
    pub setting: Spanned<String>,
    pub title: RawText,
    pub intro: RawText,
    pub start: Spanned<String>,
    pub steps: Vec<Spanned<RawStep>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub id: Spanned<String>,
    pub text: RawText,
    #[serde(default)]
    pub end: bool,
    #[serde(default)]
    pub choices: Vec<RawChoice>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    pub id: Spanned<String>,
    pub text: RawText,
    pub feedback: RawText,
    pub quality: Spanned<String>,
    pub next: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCheck {
    pub pass_mark: Spanned<u32>,
    #[serde(default)]
    pub items: Vec<Spanned<RawItem>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    pub id: Spanned<String>,
    pub version: Spanned<u32>,
    #[serde(rename = "type")]
    pub kind: Spanned<String>,
    pub question: RawText,
    #[serde(default)]
    pub options: Vec<Spanned<RawOption>>,
    #[serde(default)]
    pub categories: Vec<RawCategory>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    pub id: Spanned<String>,
    pub text: RawText,
    pub correct: Option<Spanned<bool>>,
    pub category: Option<Spanned<String>>,
    pub explanation: RawText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCategory {
    pub id: Spanned<String>,
    pub text: RawText,
}

/// `assessment.toml`: the self-assessment questionnaire (only in a pack that brings one).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestionnaire {
    pub version: Spanned<u32>,
    #[serde(default)]
    pub themes: Vec<Spanned<RawTheme>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTheme {
    pub id: Spanned<String>,
    pub title: RawText,
    pub intro: RawText,
    #[serde(default)]
    pub items: Vec<Spanned<RawAssessmentItem>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAssessmentItem {
    pub id: Spanned<String>,
    pub question: RawText,
    pub good: RawText,
    pub evidence: RawText,
    pub levels: Spanned<Vec<RawText>>,
    pub source: Option<Spanned<String>>,
}
