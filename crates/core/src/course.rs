//! The course outline: which modules a content pack has, in which order, with their titles in each
//! language. It is the manifest part of a checked [`crate::content::Pack`].

use std::collections::BTreeMap;

use serde::Serialize;

use crate::lang::Language;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outline {
    pub id: String,
    pub version: String,
    pub languages: Vec<String>,
    /// Months a completion stays valid.
    pub validity_months: u32,
    pub modules: Vec<ModuleOutline>,
    /// Role key (`Role::key`) → the ids of the modules that role must complete, in course order.
    /// A role without an entry must complete every module.
    pub roles: BTreeMap<String, Vec<String>>,
    /// (module id, item id) of the items asked before the first module and after the last, to
    /// measure what the course changed.
    pub effect_items: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleOutline {
    pub id: String,
    pub minutes: u32,
    pub title: BTreeMap<String, String>,
    pub summary: BTreeMap<String, String>,
}

impl Outline {
    /// Whether someone in `role` must complete `module_id`.
    pub fn is_required(&self, role: crate::Role, module_id: &str) -> bool {
        self.roles
            .get(role.key())
            .is_none_or(|modules| modules.iter().any(|m| m == module_id))
    }

    /// The outline of the embedded default course.
    pub fn default_pack() -> Outline {
        crate::content::default_pack().outline
    }
}

impl ModuleOutline {
    /// The text in `lang`, falling back to Dutch (every pack has Dutch).
    pub fn text(map: &BTreeMap<String, String>, lang: Language) -> String {
        map.get(lang.tag())
            .or_else(|| map.get("nl"))
            .cloned()
            .unwrap_or_default()
    }
}
