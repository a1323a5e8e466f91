//! The module a learner has open: its pages, rendered for the learner's language and
//! municipality, and the page the learner is on (derived from the events, so it survives a
//! restart and a merge of records).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::Pack;
use crate::content::markdown::{Block, render_lesson};
use crate::course::ModuleOutline;
use crate::lang::Language;
use crate::progress::{EventKind, ProgressEvent};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ModuleView {
    pub module_id: String,
    pub title: String,
    /// The page to show: the one the learner viewed last (0 when none yet).
    pub page_index: u32,
    pub pages: Vec<PageView>,
    pub case_count: u32,
    pub item_count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PageView {
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// The view of `module_id` for a learner with these events; `None` if the pack has no such module.
pub fn module_view(
    pack: &Pack,
    module_id: &str,
    events: &[ProgressEvent],
    lang: Language,
    municipality: &str,
) -> Option<ModuleView> {
    let outline = pack.outline.modules.iter().find(|m| m.id == module_id)?;
    let module = pack.modules.iter().find(|m| m.id == module_id)?;
    let last_page = events
        .iter()
        .filter(|e| e.module_id == module_id)
        .filter_map(|e| match &e.kind {
            EventKind::PageViewed { page } => Some((e.occurred_at, page)),
            _ => None,
        })
        .filter_map(|(at, page)| {
            module
                .pages
                .iter()
                .position(|p| &p.id == page)
                .map(|i| (at, i))
        })
        .max_by_key(|(at, _)| *at)
        .map_or(0, |(_, index)| index);
    let pages = module
        .pages
        .iter()
        .map(|p| PageView {
            id: p.id.clone(),
            title: ModuleOutline::text(&p.title, lang),
            blocks: render_lesson(&ModuleOutline::text(&p.body, lang), municipality),
        })
        .collect();
    Some(ModuleView {
        module_id: module_id.to_owned(),
        title: ModuleOutline::text(&outline.title, lang),
        page_index: last_page as u32,
        pages,
        case_count: module.cases.len() as u32,
        item_count: module.check.as_ref().map_or(0, |c| c.items.len()) as u32,
    })
}
