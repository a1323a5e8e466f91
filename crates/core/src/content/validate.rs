//! Turns the raw files into a checked [`Pack`], collecting every problem with its file and line.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::ops::Range;

use toml::Spanned;

use super::raw::{RawCase, RawCheck, RawItem, RawManifest, RawModule, RawQuestionnaire, RawText};
use super::{
    AssessmentItem, Case, Category, Check, Choice, Item, ItemKind, ItemOption, Module, Pack, Page,
    Problem, ProblemKind, Quality, Questionnaire, Setting, Step, Texts, Theme,
};
use crate::course::{ModuleOutline, Outline};
use crate::lang::Language;

/// The placeholders a text may contain (see FORMAT.md).
const PLACEHOLDERS: [&str; 5] = [
    "gemeente",
    "contact:meldpunt",
    "contact:aov",
    "contact:zvh",
    "contact:wijkagent",
];

/// Validates a pack given as `relative path → file text` (`pack.toml`, `modules/<id>.toml`).
pub fn load_pack(files: &BTreeMap<String, String>) -> Result<Pack, Vec<Problem>> {
    let mut problems = Vec::new();
    let Some(manifest_src) = files.get("pack.toml") else {
        return Err(vec![Problem {
            file: "pack.toml".into(),
            line: 1,
            kind: ProblemKind::MissingFile,
        }]);
    };
    let mut cx = FileCx::new("pack.toml", manifest_src, vec![], &mut problems);
    let Some(raw) = cx.parse::<RawManifest>() else {
        return Err(problems);
    };

    let mut languages = Vec::new();
    for lang in raw.languages.get_ref() {
        if Language::from_tag(lang).is_some() && !languages.contains(lang) {
            languages.push(lang.clone());
        } else {
            cx.push(
                raw.languages.span(),
                ProblemKind::UnknownLanguage { lang: lang.clone() },
            );
        }
    }
    if !languages.iter().any(|l| l == "nl") {
        cx.push(
            raw.languages.span(),
            ProblemKind::MissingTranslation { lang: "nl".into() },
        );
    }
    cx.languages = languages.clone();

    let mut seen = HashSet::new();
    let mut entries = Vec::new();
    for entry in &raw.modules {
        let e = entry.get_ref();
        let id = cx.id(&e.id, &mut seen);
        let title = cx.text(&e.title);
        let summary = cx.text(&e.summary);
        entries.push((
            ModuleOutline {
                id,
                minutes: *e.minutes.get_ref(),
                title,
                summary,
            },
            entry.span(),
        ));
    }

    let mut modules = Vec::new();
    for (entry, span) in &entries {
        let path = format!("modules/{}.toml", entry.id);
        match files.get(&path) {
            None => cx.push(
                span.clone(),
                ProblemKind::MissingModuleFile {
                    module: entry.id.clone(),
                },
            ),
            Some(src) => {
                let mut mcx = FileCx::new(&path, src, languages.clone(), cx.problems);
                if let Some(module) = mcx.module(&entry.id) {
                    modules.push(module);
                }
            }
        }
    }
    let mut roles = BTreeMap::new();
    for (key, path) in &raw.roles {
        if crate::Role::from_key(key).is_none() {
            cx.push(path.span(), ProblemKind::UnknownRole { found: key.clone() });
        }
        let mut modules = Vec::new();
        for module in &path.get_ref().modules {
            if entries.iter().any(|(e, _)| &e.id == module.get_ref()) {
                modules.push(module.get_ref().clone());
            } else {
                cx.push(
                    module.span(),
                    ProblemKind::UnknownModuleRef {
                        found: module.get_ref().clone(),
                    },
                );
            }
        }
        roles.insert(key.clone(), modules);
    }

    let listed: BTreeSet<String> = entries
        .iter()
        .map(|(e, _)| format!("modules/{}.toml", e.id))
        .collect();
    for path in files
        .keys()
        .filter(|p| p.starts_with("modules/") && !listed.contains(*p))
    {
        problems.push(Problem {
            file: path.clone(),
            line: 1,
            kind: ProblemKind::UnlistedModuleFile,
        });
    }

    // The learning-effect items must exist in the modules just loaded.
    let mut effect_items = Vec::new();
    let mut mcx = FileCx::new("pack.toml", manifest_src, vec![], &mut problems);
    for reference in &raw.effect_items {
        let found = reference.get_ref().split_once('/').filter(|(m, i)| {
            modules.iter().any(|module: &Module| {
                &module.id == m
                    && module
                        .check
                        .as_ref()
                        .is_some_and(|c| c.items.iter().any(|it| &it.id == i))
            })
        });
        match found {
            Some((m, i)) => effect_items.push((m.to_owned(), i.to_owned())),
            None => mcx.push(
                reference.span(),
                ProblemKind::UnknownItemRef {
                    found: reference.get_ref().clone(),
                },
            ),
        }
    }

    let questionnaire = files.get("assessment.toml").and_then(|src| {
        FileCx::new("assessment.toml", src, languages.clone(), &mut problems).questionnaire()
    });

    if !problems.is_empty() {
        problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        return Err(problems);
    }
    let outline = Outline {
        id: raw.id.into_inner(),
        version: raw.version.into_inner(),
        languages,
        validity_months: raw.validity_months.into_inner(),
        modules: entries.into_iter().map(|(e, _)| e).collect(),
        roles,
        effect_items,
    };
    Ok(Pack {
        outline,
        modules,
        questionnaire,
    })
}

/// Checking one file: its text (for line numbers), the pack's languages, and where problems go.
struct FileCx<'a> {
    file: String,
    src: &'a str,
    languages: Vec<String>,
    problems: &'a mut Vec<Problem>,
}

impl<'a> FileCx<'a> {
    fn new(
        file: &str,
        src: &'a str,
        languages: Vec<String>,
        problems: &'a mut Vec<Problem>,
    ) -> Self {
        FileCx {
            file: file.to_owned(),
            src,
            languages,
            problems,
        }
    }

    fn line_at(&self, offset: usize) -> usize {
        let end = offset.min(self.src.len());
        self.src.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn push(&mut self, span: Range<usize>, kind: ProblemKind) {
        let line = self.line_at(span.start);
        self.problems.push(Problem {
            file: self.file.clone(),
            line,
            kind,
        });
    }

    fn parse<T: serde::de::DeserializeOwned>(&mut self) -> Option<T> {
        match toml::from_str::<T>(self.src) {
            Ok(value) => Some(value),
            Err(e) => {
                let span = e.span().unwrap_or(0..0);
                let detail = e.message().trim().to_owned();
                self.push(span, ProblemKind::Syntax { detail });
                None
            }
        }
    }

    /// Checks an id's form and that it is unique among `seen`.
    fn id(&mut self, id: &Spanned<String>, seen: &mut HashSet<String>) -> String {
        let text = id.get_ref();
        let well_formed = !text.is_empty()
            && !text.starts_with('-')
            && !text.ends_with('-')
            && !text.contains("--")
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            self.push(id.span(), ProblemKind::BadId { id: text.clone() });
        } else if !seen.insert(text.clone()) {
            self.push(id.span(), ProblemKind::DuplicateId { id: text.clone() });
        }
        text.clone()
    }

    /// Checks a translated text: every pack language present and not empty, no other languages,
    /// and only known placeholders.
    fn text(&mut self, text: &RawText) -> Texts {
        let mut out = Texts::new();
        for lang in self.languages.clone() {
            match text.get_ref().get(&lang) {
                Some(t) if !t.get_ref().trim().is_empty() => {}
                _ => self.push(text.span(), ProblemKind::MissingTranslation { lang }),
            }
        }
        for (lang, value) in text.get_ref() {
            if !self.languages.contains(lang) {
                self.push(
                    value.span(),
                    ProblemKind::UnknownLanguage { lang: lang.clone() },
                );
                continue;
            }
            self.placeholders(value);
            out.insert(lang.clone(), value.get_ref().clone());
        }
        out
    }

    fn placeholders(&mut self, value: &Spanned<String>) {
        let s = value.get_ref();
        let mut rest = 0;
        while let Some(open) = s[rest..].find('{').map(|i| i + rest) {
            let Some(close) = s[open..].find('}').map(|i| i + open) else {
                break;
            };
            let name = &s[open + 1..close];
            if !PLACEHOLDERS.contains(&name) {
                // The line of the placeholder itself: the string's first line plus the newlines
                // before it, plus the newline right after an opening triple quote that TOML drops.
                let start = value.span().start.min(self.src.len());
                let raw = self.src[start..].trim_start_matches(['"', '\'']);
                let quotes = self.src.len() - start - raw.len();
                let dropped = quotes == 3 && (raw.starts_with('\n') || raw.starts_with("\r\n"));
                let line =
                    self.line_at(start) + usize::from(dropped) + s[..open].matches('\n').count();
                self.problems.push(Problem {
                    file: self.file.clone(),
                    line,
                    kind: ProblemKind::UnknownPlaceholder {
                        placeholder: format!("{{{name}}}"),
                    },
                });
            }
            rest = close + 1;
        }
    }

    fn questionnaire(&mut self) -> Option<Questionnaire> {
        let raw: RawQuestionnaire = self.parse()?;
        let mut theme_ids = HashSet::new();
        let mut themes = Vec::new();
        for theme in &raw.themes {
            let t = theme.get_ref();
            let id = self.id(&t.id, &mut theme_ids);
            if t.items.is_empty() {
                self.push(t.id.span(), ProblemKind::EmptyTheme);
            }
            let mut item_ids = HashSet::new();
            let mut items = Vec::new();
            for item in &t.items {
                let i = item.get_ref();
                let levels = i.levels.get_ref();
                if levels.len() != 5 {
                    self.push(
                        i.levels.span(),
                        ProblemKind::LevelCount {
                            found: levels.len(),
                        },
                    );
                }
                let from_records = match &i.source {
                    None => false,
                    Some(s) if s.get_ref() == "training-records" => true,
                    Some(s) => {
                        self.push(
                            s.span(),
                            ProblemKind::UnknownSource {
                                found: s.get_ref().clone(),
                            },
                        );
                        false
                    }
                };
                items.push(AssessmentItem {
                    id: self.id(&i.id, &mut item_ids),
                    question: self.text(&i.question),
                    good: self.text(&i.good),
                    evidence: self.text(&i.evidence),
                    levels: levels.iter().map(|l| self.text(l)).collect(),
                    from_records,
                });
            }
            themes.push(Theme {
                id,
                title: self.text(&t.title),
                intro: self.text(&t.intro),
                items,
            });
        }
        Some(Questionnaire {
            version: *raw.version.get_ref(),
            themes,
        })
    }

    fn module(&mut self, expected_id: &str) -> Option<Module> {
        let raw: RawModule = self.parse()?;
        if raw.id.get_ref() != expected_id {
            self.push(
                raw.id.span(),
                ProblemKind::ModuleIdMismatch {
                    expected: expected_id.to_owned(),
                },
            );
        }
        if raw.pages.is_empty() && raw.cases.is_empty() && raw.check.is_none() {
            self.push(raw.id.span(), ProblemKind::EmptyModule);
        }
        let mut page_ids = HashSet::new();
        let pages = raw
            .pages
            .iter()
            .map(|p| Page {
                id: self.id(&p.id, &mut page_ids),
                title: self.text(&p.title),
                body: self.text(&p.body),
            })
            .collect();
        let mut case_ids = HashSet::new();
        let cases = raw
            .cases
            .iter()
            .filter_map(|c| self.case(c, &mut case_ids))
            .collect();
        let check = raw.check.as_ref().map(|c| self.check(c));
        Some(Module {
            id: raw.id.into_inner(),
            pages,
            cases,
            check,
        })
    }

    fn case(&mut self, raw: &Spanned<RawCase>, seen: &mut HashSet<String>) -> Option<Case> {
        let c = raw.get_ref();
        let id = self.id(&c.id, seen);
        let setting = lookup(&Setting::ALL, c.setting.get_ref());
        if setting.is_none() {
            self.push(
                c.setting.span(),
                ProblemKind::UnknownSetting {
                    found: c.setting.get_ref().clone(),
                },
            );
        }
        let title = self.text(&c.title);
        let intro = self.text(&c.intro);

        let mut step_ids = HashSet::new();
        let mut steps = Vec::new();
        for raw_step in &c.steps {
            let s = raw_step.get_ref();
            let step_id = self.id(&s.id, &mut step_ids);
            if s.end && !s.choices.is_empty() {
                self.push(
                    s.id.span(),
                    ProblemKind::EndWithChoices {
                        id: step_id.clone(),
                    },
                );
            }
            if !s.end && s.choices.is_empty() {
                self.push(
                    s.id.span(),
                    ProblemKind::NoChoices {
                        id: step_id.clone(),
                    },
                );
            }
            let mut choice_ids = HashSet::new();
            let choices = s
                .choices
                .iter()
                .map(|ch| {
                    let quality = lookup(
                        &[
                            ("good", Quality::Good),
                            ("acceptable", Quality::Acceptable),
                            ("poor", Quality::Poor),
                        ],
                        ch.quality.get_ref(),
                    );
                    if quality.is_none() {
                        self.push(
                            ch.quality.span(),
                            ProblemKind::UnknownQuality {
                                found: ch.quality.get_ref().clone(),
                            },
                        );
                    }
                    Choice {
                        id: self.id(&ch.id, &mut choice_ids),
                        text: self.text(&ch.text),
                        feedback: self.text(&ch.feedback),
                        quality: quality.unwrap_or(Quality::Poor),
                        next: ch.next.get_ref().clone(),
                    }
                })
                .collect();
            steps.push(Step {
                id: step_id,
                text: self.text(&s.text),
                end: s.end,
                choices,
            });
        }
        self.case_graph(c, &steps);
        Some(Case {
            id,
            version: *c.version.get_ref(),
            setting: setting?,
            title,
            intro,
            start: c.start.get_ref().clone(),
            steps,
        })
    }

    /// Every `next` leads to a step, every step can be reached from the start, and from every
    /// step an ending can be reached.
    fn case_graph(&mut self, raw: &RawCase, steps: &[Step]) {
        let index: HashMap<&str, usize> = steps
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        if !index.contains_key(raw.start.get_ref().as_str()) {
            self.push(
                raw.start.span(),
                ProblemKind::UnknownStep {
                    found: raw.start.get_ref().clone(),
                },
            );
            return;
        }
        let mut edges: Vec<Vec<usize>> = vec![vec![]; steps.len()];
        for (i, raw_step) in raw.steps.iter().enumerate() {
            for ch in &raw_step.get_ref().choices {
                match index.get(ch.next.get_ref().as_str()) {
                    Some(&j) => edges[i].push(j),
                    None => self.push(
                        ch.next.span(),
                        ProblemKind::UnknownStep {
                            found: ch.next.get_ref().clone(),
                        },
                    ),
                }
            }
        }
        let reachable = bfs(&[index[raw.start.get_ref().as_str()]], &edges);
        let mut reverse: Vec<Vec<usize>> = vec![vec![]; steps.len()];
        for (i, out) in edges.iter().enumerate() {
            for &j in out {
                reverse[j].push(i);
            }
        }
        let ends: Vec<usize> = (0..steps.len()).filter(|&i| steps[i].end).collect();
        let can_end = bfs(&ends, &reverse);
        for (i, raw_step) in raw.steps.iter().enumerate() {
            let id = steps[i].id.clone();
            let span = raw_step.get_ref().id.span();
            if !reachable[i] {
                self.push(span, ProblemKind::UnreachableStep { id });
            } else if !can_end[i] && !steps[i].choices.is_empty() {
                self.push(span, ProblemKind::NoEnding { id });
            }
        }
    }

    fn check(&mut self, raw: &Spanned<RawCheck>) -> Check {
        let c = raw.get_ref();
        let pass_mark = *c.pass_mark.get_ref();
        if !(1..=100).contains(&pass_mark) {
            self.push(c.pass_mark.span(), ProblemKind::BadPassMark);
        }
        let mut seen = HashSet::new();
        let items = c
            .items
            .iter()
            .filter_map(|i| self.item(i, &mut seen))
            .collect();
        Check {
            pass_mark: pass_mark.min(100) as u8,
            items,
        }
    }

    fn item(&mut self, raw: &Spanned<RawItem>, seen: &mut HashSet<String>) -> Option<Item> {
        let it = raw.get_ref();
        let id = self.id(&it.id, seen);
        let question = self.text(&it.question);
        let kind = lookup(&ItemKind::ALL, it.kind.get_ref());
        if kind.is_none() {
            self.push(
                it.kind.span(),
                ProblemKind::UnknownItemType {
                    found: it.kind.get_ref().clone(),
                },
            );
        }

        let mut category_ids = HashSet::new();
        let categories: Vec<Category> = it
            .categories
            .iter()
            .map(|c| Category {
                id: self.id(&c.id, &mut category_ids),
                text: self.text(&c.text),
            })
            .collect();
        let mut option_ids = HashSet::new();
        let options: Vec<ItemOption> = it
            .options
            .iter()
            .map(|o| {
                let o = o.get_ref();
                ItemOption {
                    id: self.id(&o.id, &mut option_ids),
                    text: self.text(&o.text),
                    correct: o.correct.as_ref().is_some_and(|c| *c.get_ref()),
                    category: o.category.as_ref().map(|c| c.get_ref().clone()),
                    explanation: self.text(&o.explanation),
                }
            })
            .collect();
        let kind = kind?;
        // Problems of the item as a whole are reported on its id line.
        let span = it.id.span();
        let correct = options.iter().filter(|o| o.correct).count();
        let has_correct_field = it.options.iter().any(|o| o.get_ref().correct.is_some());
        match kind {
            ItemKind::Single | ItemKind::Multiple => {
                if options.len() < 2 {
                    self.push(span.clone(), ProblemKind::TooFewOptions { min: 2 });
                }
                if correct == 0 {
                    self.push(span.clone(), ProblemKind::NoCorrectAnswer);
                } else if kind == ItemKind::Single && correct > 1 {
                    self.push(span.clone(), ProblemKind::SeveralCorrectAnswers);
                } else if kind == ItemKind::Multiple && correct == options.len() {
                    self.push(span.clone(), ProblemKind::NoWrongOption);
                }
                if !categories.is_empty()
                    || it.options.iter().any(|o| o.get_ref().category.is_some())
                {
                    self.push(span.clone(), ProblemKind::CategoryNotAllowed);
                }
            }
            ItemKind::Sort => {
                if categories.len() < 2 {
                    self.push(span.clone(), ProblemKind::TooFewCategories);
                }
                if options.len() < 2 {
                    self.push(span.clone(), ProblemKind::TooFewOptions { min: 2 });
                }
                if has_correct_field {
                    self.push(span.clone(), ProblemKind::CorrectNotAllowed);
                }
                for o in &it.options {
                    match &o.get_ref().category {
                        None => self.push(o.get_ref().id.span(), ProblemKind::MissingCategory),
                        Some(c) if !category_ids.contains(c.get_ref()) => self.push(
                            c.span(),
                            ProblemKind::UnknownCategory {
                                found: c.get_ref().clone(),
                            },
                        ),
                        Some(_) => {}
                    }
                }
            }
            ItemKind::Order => {
                if !(3..=6).contains(&options.len()) {
                    self.push(span.clone(), ProblemKind::OrderOptionCount);
                }
                if has_correct_field {
                    self.push(span.clone(), ProblemKind::CorrectNotAllowed);
                }
                if !categories.is_empty()
                    || it.options.iter().any(|o| o.get_ref().category.is_some())
                {
                    self.push(span, ProblemKind::CategoryNotAllowed);
                }
            }
        }
        Some(Item {
            id,
            version: *it.version.get_ref(),
            kind,
            question,
            options,
            categories,
        })
    }
}

fn lookup<T: Copy>(table: &[(&str, T)], key: &str) -> Option<T> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

fn bfs(starts: &[usize], edges: &[Vec<usize>]) -> Vec<bool> {
    let mut seen = vec![false; edges.len()];
    let mut queue: VecDeque<usize> = starts.iter().copied().collect();
    for &s in starts {
        seen[s] = true;
    }
    while let Some(i) = queue.pop_front() {
        for &j in &edges[i] {
            if !seen[j] {
                seen[j] = true;
                queue.push_back(j);
            }
        }
    }
    seen
}
