//! Content packs: the course as data files (see `content/FORMAT.md`), parsed and validated.
//!
//! [`load_pack`] takes the pack's files as text (the caller reads them: core does no IO) and
//! returns either a checked [`Pack`] or every [`Problem`] found, each with its file and line, so an
//! author can fix them all in one go. The default pack is compiled in ([`default_pack`]).

pub mod markdown;
mod raw;
mod validate;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::course::Outline;

pub use validate::load_pack;

#[cfg(test)]
mod tests;

/// A text in each of the pack's languages, keyed by language tag.
pub type Texts = BTreeMap<String, String>;

/// The default pack's files, embedded at build time. A test checks that this list matches the
/// folder `content/default`, so a new module file cannot be forgotten here.
pub const DEFAULT_PACK_FILES: &[(&str, &str)] = &[
    (
        "pack.toml",
        include_str!("../../../../content/default/pack.toml"),
    ),
    (
        "modules/wat-is-radicalisering.toml",
        include_str!("../../../../content/default/modules/wat-is-radicalisering.toml"),
    ),
    (
        "modules/het-proces.toml",
        include_str!("../../../../content/default/modules/het-proces.toml"),
    ),
    (
        "modules/signalen.toml",
        include_str!("../../../../content/default/modules/signalen.toml"),
    ),
    (
        "modules/signalen-wegen.toml",
        include_str!("../../../../content/default/modules/signalen-wegen.toml"),
    ),
    (
        "modules/wat-doet-u.toml",
        include_str!("../../../../content/default/modules/wat-doet-u.toml"),
    ),
    (
        "modules/informatie-delen.toml",
        include_str!("../../../../content/default/modules/informatie-delen.toml"),
    ),
    (
        "modules/extremisme-nu.toml",
        include_str!("../../../../content/default/modules/extremisme-nu.toml"),
    ),
    (
        "modules/terugkeer-re-integratie.toml",
        include_str!("../../../../content/default/modules/terugkeer-re-integratie.toml"),
    ),
    (
        "assessment.toml",
        include_str!("../../../../content/default/assessment.toml"),
    ),
];

/// The embedded default course. Tests check that it has no problems, so this cannot fail in a
/// released build.
pub fn default_pack() -> Pack {
    let files = DEFAULT_PACK_FILES
        .iter()
        .map(|(p, t)| ((*p).to_owned(), (*t).to_owned()))
        .collect();
    load_pack(&files)
        .unwrap_or_else(|problems| panic!("the default pack has problems: {problems:#?}"))
}

/// Adds a local pack's modules after the base pack's, and its role paths to the base's. Refused
/// when a module id is taken already: progress is recorded by module id.
pub fn combine(mut base: Pack, extra: Pack) -> Result<Pack, Vec<Problem>> {
    let taken: Vec<Problem> = extra
        .modules
        .iter()
        .filter(|m| base.modules.iter().any(|b| b.id == m.id))
        .map(|m| Problem {
            file: format!("modules/{}.toml", m.id),
            line: 1,
            kind: ProblemKind::ModuleTaken {
                found: m.id.clone(),
            },
        })
        .collect();
    if !taken.is_empty() {
        return Err(taken);
    }
    for (role, modules) in extra.outline.roles {
        // A role without a path in the base must already do every module, the new ones included.
        if let Some(path) = base.outline.roles.get_mut(&role) {
            path.extend(modules);
        }
    }
    base.outline.modules.extend(extra.outline.modules);
    base.modules.extend(extra.modules);
    // The municipality answers one questionnaire a year; a local pack cannot swap it midway.
    if base.questionnaire.is_none() {
        base.questionnaire = extra.questionnaire;
    }
    Ok(base)
}

/// A checked content pack: the manifest and the modules in course order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pack {
    pub outline: Outline,
    pub modules: Vec<Module>,
    /// The self-assessment questionnaire (`assessment.toml`), if the pack brings one. The default
    /// pack does; a local pack with a case or two usually does not.
    pub questionnaire: Option<Questionnaire>,
}

impl Pack {
    pub fn module(&self, id: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.id == id)
    }

    /// A check item by module and item id, with its module.
    pub fn item(&self, module: &str, item: &str) -> Option<(&Module, &Item)> {
        let m = self.module(module)?;
        let i = m.check.as_ref()?.items.iter().find(|i| i.id == item)?;
        Some((m, i))
    }
}

/// The self-assessment questionnaire: themes of the local approach, each with items scored on the
/// maturity scale 0–4 (see [`crate::assessment`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Questionnaire {
    pub version: u32,
    pub themes: Vec<Theme>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Theme {
    pub id: String,
    pub title: Texts,
    pub intro: Texts,
    pub items: Vec<AssessmentItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssessmentItem {
    pub id: String,
    pub question: Texts,
    /// What good looks like.
    pub good: Texts,
    /// What counts as evidence.
    pub evidence: Texts,
    /// What each level 0–4 looks like for this item (always five).
    pub levels: Vec<Texts>,
    /// Scored from the training records rather than by the respondents.
    pub from_records: bool,
}

impl Questionnaire {
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    pub fn item(&self, theme: &str, item: &str) -> Option<&AssessmentItem> {
        self.theme(theme)?.items.iter().find(|i| i.id == item)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Module {
    pub id: String,
    pub pages: Vec<Page>,
    pub cases: Vec<Case>,
    pub check: Option<Check>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Page {
    pub id: String,
    pub title: Texts,
    pub body: Texts,
}

/// Where a case is set; the UI shows it as a small label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Setting {
    Balie,
    Huisbezoek,
    School,
    Wijk,
    Online,
    Kantoor,
    Jongerenwerk,
    Anders,
}

impl Setting {
    pub const ALL: [(&'static str, Setting); 8] = [
        ("balie", Setting::Balie),
        ("huisbezoek", Setting::Huisbezoek),
        ("school", Setting::School),
        ("wijk", Setting::Wijk),
        ("online", Setting::Online),
        ("kantoor", Setting::Kantoor),
        ("jongerenwerk", Setting::Jongerenwerk),
        ("anders", Setting::Anders),
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Case {
    pub id: String,
    pub version: u32,
    pub setting: Setting,
    pub title: Texts,
    pub intro: Texts,
    pub start: String,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub id: String,
    pub text: Texts,
    pub end: bool,
    pub choices: Vec<Choice>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Quality {
    Good,
    Acceptable,
    Poor,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub id: String,
    pub text: Texts,
    pub feedback: Texts,
    pub quality: Quality,
    pub next: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    /// Percentage of the points needed to pass (1–100).
    pub pass_mark: u8,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    Single,
    Multiple,
    Sort,
    Order,
}

impl ItemKind {
    pub const ALL: [(&'static str, ItemKind); 4] = [
        ("single", ItemKind::Single),
        ("multiple", ItemKind::Multiple),
        ("sort", ItemKind::Sort),
        ("order", ItemKind::Order),
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub id: String,
    pub version: u32,
    pub kind: ItemKind,
    pub question: Texts,
    /// For `order` items: in the correct order.
    pub options: Vec<ItemOption>,
    /// For `sort` items only.
    pub categories: Vec<Category>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemOption {
    pub id: String,
    pub text: Texts,
    pub correct: bool,
    pub category: Option<String>,
    pub explanation: Texts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Category {
    pub id: String,
    pub text: Texts,
}

/// One thing wrong in a pack, where it is (file relative to the pack folder, 1-based line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub kind: ProblemKind,
}

/// What is wrong. [`ProblemKind::message_id`] and [`ProblemKind::args`] give the message in the
/// Fluent files (`content-…`), so authors read it in their language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    MissingFile,
    Syntax { detail: String },
    MissingModuleFile { module: String },
    UnlistedModuleFile,
    ModuleIdMismatch { expected: String },
    BadId { id: String },
    DuplicateId { id: String },
    UnknownLanguage { lang: String },
    MissingTranslation { lang: String },
    UnknownPlaceholder { placeholder: String },
    UnknownItemType { found: String },
    NoCorrectAnswer,
    SeveralCorrectAnswers,
    NoWrongOption,
    TooFewOptions { min: usize },
    OrderOptionCount,
    CorrectNotAllowed,
    MissingCategory,
    UnknownCategory { found: String },
    TooFewCategories,
    CategoryNotAllowed,
    UnknownStep { found: String },
    UnreachableStep { id: String },
    NoChoices { id: String },
    EndWithChoices { id: String },
    NoEnding { id: String },
    UnknownQuality { found: String },
    UnknownSetting { found: String },
    BadPassMark,
    EmptyModule,
    UnknownRole { found: String },
    UnknownModuleRef { found: String },
    ModuleTaken { found: String },
    UnknownItemRef { found: String },
    LevelCount { found: usize },
    UnknownSource { found: String },
    EmptyTheme,
}

impl ProblemKind {
    pub fn message_id(&self) -> &'static str {
        match self {
            ProblemKind::MissingFile => "content-missing-file",
            ProblemKind::Syntax { .. } => "content-syntax",
            ProblemKind::MissingModuleFile { .. } => "content-missing-module-file",
            ProblemKind::UnlistedModuleFile => "content-unlisted-module-file",
            ProblemKind::ModuleIdMismatch { .. } => "content-module-id-mismatch",
            ProblemKind::BadId { .. } => "content-bad-id",
            ProblemKind::DuplicateId { .. } => "content-duplicate-id",
            ProblemKind::UnknownLanguage { .. } => "content-unknown-language",
            ProblemKind::MissingTranslation { .. } => "content-missing-translation",
            ProblemKind::UnknownPlaceholder { .. } => "content-unknown-placeholder",
            ProblemKind::UnknownItemType { .. } => "content-unknown-item-type",
            ProblemKind::NoCorrectAnswer => "content-no-correct-answer",
            ProblemKind::SeveralCorrectAnswers => "content-several-correct-answers",
            ProblemKind::NoWrongOption => "content-no-wrong-option",
            ProblemKind::TooFewOptions { .. } => "content-too-few-options",
            ProblemKind::OrderOptionCount => "content-order-option-count",
            ProblemKind::CorrectNotAllowed => "content-correct-not-allowed",
            ProblemKind::MissingCategory => "content-missing-category",
            ProblemKind::UnknownCategory { .. } => "content-unknown-category",
            ProblemKind::TooFewCategories => "content-too-few-categories",
            ProblemKind::CategoryNotAllowed => "content-category-not-allowed",
            ProblemKind::UnknownStep { .. } => "content-unknown-step",
            ProblemKind::UnreachableStep { .. } => "content-unreachable-step",
            ProblemKind::NoChoices { .. } => "content-no-choices",
            ProblemKind::EndWithChoices { .. } => "content-end-with-choices",
            ProblemKind::NoEnding { .. } => "content-no-ending",
            ProblemKind::UnknownQuality { .. } => "content-unknown-quality",
            ProblemKind::UnknownSetting { .. } => "content-unknown-setting",
            ProblemKind::BadPassMark => "content-bad-pass-mark",
            ProblemKind::EmptyModule => "content-empty-module",
            ProblemKind::UnknownRole { .. } => "content-unknown-role",
            ProblemKind::UnknownModuleRef { .. } => "content-unknown-module-ref",
            ProblemKind::ModuleTaken { .. } => "content-module-taken",
            ProblemKind::UnknownItemRef { .. } => "content-unknown-item-ref",
            ProblemKind::LevelCount { .. } => "content-level-count",
            ProblemKind::UnknownSource { .. } => "content-unknown-source",
            ProblemKind::EmptyTheme => "content-empty-theme",
        }
    }

    /// Every message id, so a test can check that each has a message in every language.
    pub const MESSAGE_IDS: [&'static str; 37] = [
        "content-missing-file",
        "content-syntax",
        "content-missing-module-file",
        "content-unlisted-module-file",
        "content-module-id-mismatch",
        "content-bad-id",
        "content-duplicate-id",
        "content-unknown-language",
        "content-missing-translation",
        "content-unknown-placeholder",
        "content-unknown-item-type",
        "content-no-correct-answer",
        "content-several-correct-answers",
        "content-no-wrong-option",
        "content-too-few-options",
        "content-order-option-count",
        "content-correct-not-allowed",
        "content-missing-category",
        "content-unknown-category",
        "content-too-few-categories",
        "content-category-not-allowed",
        "content-unknown-step",
        "content-unreachable-step",
        "content-no-choices",
        "content-end-with-choices",
        "content-no-ending",
        "content-unknown-quality",
        "content-unknown-setting",
        "content-bad-pass-mark",
        "content-empty-module",
        "content-unknown-role",
        "content-unknown-module-ref",
        "content-module-taken",
        "content-unknown-item-ref",
        "content-level-count",
        "content-unknown-source",
        "content-empty-theme",
    ];

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            ProblemKind::Syntax { detail } => vec![("detail", detail.clone())],
            ProblemKind::MissingModuleFile { module } => vec![("module", module.clone())],
            ProblemKind::ModuleIdMismatch { expected } => vec![("expected", expected.clone())],
            ProblemKind::BadId { id }
            | ProblemKind::DuplicateId { id }
            | ProblemKind::UnreachableStep { id }
            | ProblemKind::NoChoices { id }
            | ProblemKind::EndWithChoices { id }
            | ProblemKind::NoEnding { id } => vec![("id", id.clone())],
            ProblemKind::UnknownLanguage { lang } | ProblemKind::MissingTranslation { lang } => {
                vec![("lang", lang.clone())]
            }
            ProblemKind::UnknownPlaceholder { placeholder } => {
                vec![("placeholder", placeholder.clone())]
            }
            ProblemKind::UnknownItemType { found }
            | ProblemKind::UnknownCategory { found }
            | ProblemKind::UnknownStep { found }
            | ProblemKind::UnknownQuality { found }
            | ProblemKind::UnknownSetting { found }
            | ProblemKind::UnknownRole { found }
            | ProblemKind::UnknownModuleRef { found }
            | ProblemKind::ModuleTaken { found }
            | ProblemKind::UnknownItemRef { found }
            | ProblemKind::UnknownSource { found } => vec![("found", found.clone())],
            ProblemKind::LevelCount { found } => vec![("found", found.to_string())],
            ProblemKind::TooFewOptions { min } => vec![("min", min.to_string())],
            ProblemKind::MissingFile
            | ProblemKind::UnlistedModuleFile
            | ProblemKind::NoCorrectAnswer
            | ProblemKind::SeveralCorrectAnswers
            | ProblemKind::NoWrongOption
            | ProblemKind::OrderOptionCount
            | ProblemKind::CorrectNotAllowed
            | ProblemKind::MissingCategory
            | ProblemKind::TooFewCategories
            | ProblemKind::CategoryNotAllowed
            | ProblemKind::BadPassMark
            | ProblemKind::EmptyModule
            | ProblemKind::EmptyTheme => vec![],
        }
    }
}
