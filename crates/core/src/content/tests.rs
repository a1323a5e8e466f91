//! Data-driven tests of pack validation: a valid pack, then one mistake at a time, each with the
//! file, line and kind of problem it must produce.

use std::collections::BTreeMap;

use super::*;

const PACK: &str = r#"id = "lokaal"
version = "1.0.0"
languages = ["nl", "en"]
validity_months = 24

[[modules]]
id = "balie"
minutes = 10
title = { nl = "Aan de balie", en = "At the desk" }
summary = { nl = "Een casus", en = "A case" }
"#;

const MODULE: &str = r#"id = "balie"

[[pages]]
id = "inleiding"
title = { nl = "Inleiding", en = "Introduction" }
[pages.body]
nl = """
Bel bij zorgen {contact:meldpunt}.
"""
en = """
With concerns, call {contact:meldpunt}.
"""

[[cases]]
id = "paspoort"
version = 1
setting = "balie"
title = { nl = "Het paspoort", en = "The passport" }
intro = { nl = "Een man aan de balie.", en = "A man at the desk." }
start = "begin"

[[cases.steps]]
id = "begin"
text = { nl = "Wat doet u?", en = "What do you do?" }

[[cases.steps.choices]]
id = "luister"
text = { nl = "Luisteren", en = "Listen" }
feedback = { nl = "Goed.", en = "Good." }
quality = "good"
next = "einde"

[[cases.steps.choices]]
id = "negeer"
text = { nl = "Negeren", en = "Ignore" }
feedback = { nl = "Jammer.", en = "A pity." }
quality = "poor"
next = "einde"

[[cases.steps]]
id = "einde"
end = true
text = { nl = "Klaar.", en = "Done." }

[check]
pass_mark = 70

[[check.items]]
id = "keuze"
version = 1
type = "single"
question = { nl = "Welke?", en = "Which?" }

[[check.items.options]]
id = "a"
text = { nl = "A", en = "A" }
correct = true
explanation = { nl = "Ja.", en = "Yes." }

[[check.items.options]]
id = "b"
text = { nl = "B", en = "B" }
explanation = { nl = "Nee.", en = "No." }

[[check.items]]
id = "sorteer"
version = 1
type = "sort"
question = { nl = "Sorteer.", en = "Sort." }

[[check.items.categories]]
id = "signaal"
text = { nl = "Signaal", en = "Signal" }

[[check.items.categories]]
id = "geen-signaal"
text = { nl = "Geen signaal", en = "No signal" }

[[check.items.options]]
id = "baard"
text = { nl = "Een baard", en = "A beard" }
category = "geen-signaal"
explanation = { nl = "Geloof.", en = "Faith." }

[[check.items.options]]
id = "geweld"
text = { nl = "Geweld goedpraten", en = "Justifying violence" }
category = "signaal"
explanation = { nl = "Zorg.", en = "Concern." }

[[check.items]]
id = "volgorde"
version = 1
type = "order"
question = { nl = "Volgorde?", en = "Order?" }

[[check.items.options]]
id = "noteer"
text = { nl = "Noteer", en = "Write down" }
explanation = { nl = "Eerst.", en = "First." }

[[check.items.options]]
id = "overleg"
text = { nl = "Overleg", en = "Consult" }
explanation = { nl = "Dan.", en = "Then." }

[[check.items.options]]
id = "meld"
text = { nl = "Meld", en = "Report" }
explanation = { nl = "Daarna.", en = "After." }
"#;

fn files(pack: &str, module: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("pack.toml".to_owned(), pack.to_owned()),
        ("modules/balie.toml".to_owned(), module.to_owned()),
    ])
}

/// The 1-based line of the first line containing `marker` (after the replacement was made);
/// `marker#2` means its second occurrence.
fn line_of(text: &str, marker: &str) -> usize {
    let (marker, nth) = match marker.rsplit_once('#') {
        Some((m, n)) if n.parse::<usize>().is_ok() => (m, n.parse().unwrap()),
        _ => (marker, 1),
    };
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(marker))
        .nth(nth - 1)
        .unwrap_or_else(|| panic!("no {marker:?} #{nth} in text"))
        .0
        + 1
}

/// All problems after one replacement in the module file, as (file, line, kind).
fn problems_after(in_pack: bool, from: &str, to: &str) -> Vec<(String, usize, ProblemKind)> {
    let (pack, module) = if in_pack {
        (PACK.replacen(from, to, 1), MODULE.to_owned())
    } else {
        (PACK.to_owned(), MODULE.replacen(from, to, 1))
    };
    load_pack(&files(&pack, &module))
        .unwrap_err()
        .into_iter()
        .map(|p| (p.file, p.line, p.kind))
        .collect()
}

/// Replaces `from` by `to` in the module file (or the manifest when `in_pack`), validates, and
/// expects exactly one problem of `kind` on the line that contains `marker`.
fn check(in_pack: bool, from: &str, to: &str, marker: &str, kind: ProblemKind) {
    let (file, original) = if in_pack {
        ("pack.toml", PACK)
    } else {
        ("modules/balie.toml", MODULE)
    };
    let changed = original.replacen(from, to, 1);
    assert!(
        changed != original,
        "the replacement of {from:?} changed nothing"
    );
    let expected = vec![(file.to_owned(), line_of(&changed, marker), kind)];
    assert_eq!(
        problems_after(in_pack, from, to),
        expected,
        "after replacing {from:?} with {to:?}"
    );
}

#[test]
fn the_example_pack_is_valid() {
    let pack = load_pack(&files(PACK, MODULE)).unwrap();
    assert_eq!(pack.outline.modules[0].title["en"], "At the desk");
    let module = &pack.modules[0];
    assert_eq!(module.cases[0].steps.len(), 2);
    assert_eq!(module.check.as_ref().unwrap().items.len(), 3);
    assert_eq!(
        module.check.as_ref().unwrap().items[2].kind,
        ItemKind::Order
    );
}

#[test]
fn manifest_problems() {
    check(
        true,
        "version = \"1.0.0\"",
        "version = 1.0",
        "version",
        ProblemKind::Syntax {
            detail: "invalid type: floating point `1.0`, expected a string".into(),
        },
    );
    check(
        true,
        "[\"nl\", \"en\"]",
        "[\"nl\", \"en\", \"fy\"]",
        "languages",
        ProblemKind::UnknownLanguage { lang: "fy".into() },
    );
    // The manifest names a module whose file is not there; the file that is there is unlisted.
    assert_eq!(
        problems_after(true, "id = \"balie\"", "id = \"loket\""),
        vec![
            (
                "modules/balie.toml".into(),
                1,
                ProblemKind::UnlistedModuleFile
            ),
            (
                "pack.toml".into(),
                line_of(PACK, "[[modules]]"),
                ProblemKind::MissingModuleFile {
                    module: "loket".into()
                }
            ),
        ]
    );
    check(
        true,
        "summary = { nl = \"Een casus\", en = \"A case\" }",
        "summary = { nl = \"Een casus\" }",
        "summary",
        ProblemKind::MissingTranslation { lang: "en".into() },
    );
}

#[test]
fn role_path_problems() {
    let roles = "\n[roles.boa]\nmodules = [\"balie\"]\n";
    let pack = format!("{PACK}{roles}");
    let ok = load_pack(&files(&pack, MODULE)).unwrap();
    assert_eq!(ok.outline.roles["boa"], ["balie"]);
    assert!(ok.outline.is_required(crate::Role::Boa, "balie"));

    let typo = pack.replace("modules = [\"balie\"]", "modules = [\"baliee\"]");
    assert_eq!(
        load_pack(&files(&typo, MODULE)).unwrap_err(),
        vec![Problem {
            file: "pack.toml".into(),
            line: line_of(&typo, "baliee"),
            kind: ProblemKind::UnknownModuleRef {
                found: "baliee".into()
            },
        }]
    );
    let role = pack.replace("[roles.boa]", "[roles.burgemeester]");
    assert_eq!(
        load_pack(&files(&role, MODULE)).unwrap_err()[0].kind,
        ProblemKind::UnknownRole {
            found: "burgemeester".into()
        }
    );
}

#[test]
fn page_and_text_problems() {
    check(
        false,
        "id = \"balie\"",
        "id = \"loket\"",
        "loket",
        ProblemKind::ModuleIdMismatch {
            expected: "balie".into(),
        },
    );
    check(
        false,
        "title = { nl = \"Inleiding\", en = \"Introduction\" }",
        "title = { nl = \"Inleiding\", en = \" \" }",
        "Inleiding",
        ProblemKind::MissingTranslation { lang: "en".into() },
    );
    check(
        false,
        "call {contact:meldpunt}",
        "call {contact:politie}",
        "contact:politie",
        ProblemKind::UnknownPlaceholder {
            placeholder: "{contact:politie}".into(),
        },
    );
    check(
        false,
        "title = { nl = \"Inleiding\", en = \"Introduction\" }",
        "title = { nl = \"Inleiding\", en = \"Introduction\", de = \"Einleitung\" }",
        "Einleitung",
        ProblemKind::UnknownLanguage { lang: "de".into() },
    );
    check(
        false,
        "[[pages]]\nid = \"inleiding\"",
        "[[pages]]\nid = \"inleiding\"\nauthor = \"x\"",
        "author",
        ProblemKind::Syntax {
            detail: "unknown field `author`, expected one of `id`, `title`, `body`".into(),
        },
    );
}

#[test]
fn case_problems() {
    check(
        false,
        "next = \"einde\"",
        "next = \"eind\"",
        "\"eind\"",
        ProblemKind::UnknownStep {
            found: "eind".into(),
        },
    );
    check(
        false,
        "start = \"begin\"",
        "start = \"start\"",
        "start = ",
        ProblemKind::UnknownStep {
            found: "start".into(),
        },
    );
    check(
        false,
        "setting = \"balie\"",
        "setting = \"kantine\"",
        "kantine",
        ProblemKind::UnknownSetting {
            found: "kantine".into(),
        },
    );
    check(
        false,
        "quality = \"poor\"",
        "quality = \"bad\"",
        "\"bad\"",
        ProblemKind::UnknownQuality {
            found: "bad".into(),
        },
    );
    check(
        false,
        "id = \"negeer\"",
        "id = \"luister\"",
        "id = \"luister\"#2",
        ProblemKind::DuplicateId {
            id: "luister".into(),
        },
    );
    check(
        false,
        "id = \"inleiding\"",
        "id = \"Inleiding_1\"",
        "Inleiding_1",
        ProblemKind::BadId {
            id: "Inleiding_1".into(),
        },
    );
    // A step nobody leads to.
    check(
        false,
        "[[cases.steps]]\nid = \"einde\"",
        "[[cases.steps]]\nid = \"los\"\nend = true\ntext = { nl = \"x\", en = \"x\" }\n\n[[cases.steps]]\nid = \"einde\"",
        "id = \"los\"",
        ProblemKind::UnreachableStep { id: "los".into() },
    );
    // A step that is not an ending and offers no choice; so the case has no ending at all.
    assert_eq!(
        problems_after(false, "id = \"einde\"\nend = true\n", "id = \"einde\"\n"),
        vec![
            (
                "modules/balie.toml".into(),
                line_of(MODULE, "id = \"begin\""),
                ProblemKind::NoEnding { id: "begin".into() }
            ),
            (
                "modules/balie.toml".into(),
                line_of(MODULE, "id = \"einde\""),
                ProblemKind::NoChoices { id: "einde".into() }
            ),
        ]
    );
}

#[test]
fn a_case_that_cannot_reach_an_end() {
    // Both choices loop back to the start: there is no way out.
    let module = MODULE.replace("next = \"einde\"", "next = \"begin\"");
    let problems = load_pack(&files(PACK, &module)).unwrap_err();
    let kinds: Vec<_> = problems.iter().map(|p| (p.line, p.kind.clone())).collect();
    assert_eq!(
        kinds,
        vec![
            (
                line_of(&module, "id = \"begin\""),
                ProblemKind::NoEnding { id: "begin".into() }
            ),
            (
                line_of(&module, "id = \"einde\""),
                ProblemKind::UnreachableStep { id: "einde".into() }
            ),
        ]
    );
}

#[test]
fn item_problems() {
    check(
        false,
        "type = \"single\"",
        "type = \"essay\"",
        "essay",
        ProblemKind::UnknownItemType {
            found: "essay".into(),
        },
    );
    check(
        false,
        "correct = true\n",
        "",
        "id = \"keuze\"",
        ProblemKind::NoCorrectAnswer,
    );
    check(
        false,
        "explanation = { nl = \"Nee.\", en = \"No.\" }",
        "correct = true\nexplanation = { nl = \"Nee.\", en = \"No.\" }",
        "id = \"keuze\"",
        ProblemKind::SeveralCorrectAnswers,
    );
    // A multiple-choice item whose every option is correct tests nothing.
    check(
        false,
        "id = \"b\"",
        "id = \"b\"\ncorrect = true",
        "id = \"keuze\"",
        ProblemKind::SeveralCorrectAnswers,
    );
    check(
        false,
        "category = \"geen-signaal\"",
        "category = \"misschien\"",
        "misschien",
        ProblemKind::UnknownCategory {
            found: "misschien".into(),
        },
    );
    check(
        false,
        "category = \"signaal\"\n",
        "",
        "id = \"geweld\"",
        ProblemKind::MissingCategory,
    );
    // One category left: too few, and the option that used the other one now points nowhere.
    let removed = "[[check.items.categories]]\nid = \"geen-signaal\"\ntext = { nl = \"Geen signaal\", en = \"No signal\" }\n";
    let module = MODULE.replacen(removed, "", 1);
    assert_eq!(
        problems_after(false, removed, ""),
        vec![
            (
                "modules/balie.toml".into(),
                line_of(&module, "id = \"sorteer\""),
                ProblemKind::TooFewCategories
            ),
            (
                "modules/balie.toml".into(),
                line_of(&module, "category = \"geen-signaal\""),
                ProblemKind::UnknownCategory {
                    found: "geen-signaal".into()
                }
            ),
        ]
    );
    check(
        false,
        "id = \"meld\"",
        "id = \"meld\"\ncorrect = true",
        "id = \"volgorde\"",
        ProblemKind::CorrectNotAllowed,
    );
    check(
        false,
        "pass_mark = 70",
        "pass_mark = 0",
        "pass_mark",
        ProblemKind::BadPassMark,
    );
}

#[test]
fn files_that_are_missing_or_unlisted() {
    let mut set = files(PACK, MODULE);
    set.insert("modules/oud.toml".into(), "id = \"oud\"".into());
    assert_eq!(
        load_pack(&set).unwrap_err(),
        vec![Problem {
            file: "modules/oud.toml".into(),
            line: 1,
            kind: ProblemKind::UnlistedModuleFile,
        }]
    );
    let only_module = BTreeMap::from([("modules/balie.toml".to_owned(), MODULE.to_owned())]);
    assert_eq!(
        load_pack(&only_module).unwrap_err()[0].kind,
        ProblemKind::MissingFile
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let module = MODULE
        .replace("setting = \"balie\"", "setting = \"kantine\"")
        .replace("pass_mark = 70", "pass_mark = 200");
    assert_eq!(load_pack(&files(PACK, &module)).unwrap_err().len(), 2);
}

/// The default course as the issue asks for it: 8 modules, each with 3–6 pages, a branching case
/// with 3+ decisions, and a check of 6+ items in all four types; 8+ cases and 50+ items in all.
#[test]
fn the_default_course_is_complete() {
    let pack = default_pack();
    assert_eq!(pack.modules.len(), 8);
    let mut cases = 0;
    let mut items = 0;
    for module in &pack.modules {
        let id = &module.id;
        assert!(
            (3..=6).contains(&module.pages.len()),
            "{id}: {} pages",
            module.pages.len()
        );
        assert!(!module.cases.is_empty(), "{id}: no case");
        for case in &module.cases {
            let decisions = case.steps.iter().filter(|s| !s.choices.is_empty()).count();
            assert!(decisions >= 3, "{id}/{}: {decisions} decisions", case.id);
            assert!(
                case.steps.iter().filter(|s| s.end).count() >= 2,
                "{id}/{}: one ending",
                case.id
            );
        }
        let check = module
            .check
            .as_ref()
            .unwrap_or_else(|| panic!("{id}: no check"));
        assert!(check.items.len() >= 6, "{id}: {} items", check.items.len());
        for (_, kind) in ItemKind::ALL {
            assert!(
                check.items.iter().any(|i| i.kind == kind),
                "{id}: no {kind:?} item"
            );
        }
        cases += module.cases.len();
        items += check.items.len();
    }
    assert!(cases >= 8, "{cases} cases");
    assert!(items >= 50, "{items} items");
}

/// Every file in content/default is compiled in, so the app and `baken content check` see the same.
#[test]
fn every_default_pack_file_is_embedded() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/default");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    for entry in std::fs::read_dir(dir.join("modules")).unwrap() {
        on_disk.push(format!(
            "modules/{}",
            entry.unwrap().file_name().to_string_lossy()
        ));
    }
    on_disk.sort();
    let mut embedded: Vec<String> = DEFAULT_PACK_FILES
        .iter()
        .map(|(p, _)| (*p).to_owned())
        .collect();
    embedded.sort();
    assert_eq!(embedded, on_disk);
}

const QUESTIONNAIRE: &str = r#"version = 1

[[themes]]
id = "visie-en-plan"
title = { nl = "Visie en plan", en = "Vision and plan" }
intro = { nl = "Waarom.", en = "Why." }

[[themes.items]]
id = "lokale-analyse"
question = { nl = "Er is een analyse.", en = "There is an analysis." }
good = { nl = "Goed.", en = "Good." }
evidence = { nl = "Het rapport.", en = "The report." }
levels = [
  { nl = "0", en = "0" },
  { nl = "1", en = "1" },
  { nl = "2", en = "2" },
  { nl = "3", en = "3" },
  { nl = "4", en = "4" },
]
"#;

fn questionnaire_problems(from: &str, to: &str) -> Vec<(String, usize, ProblemKind)> {
    let mut files = files(PACK, MODULE);
    let text = QUESTIONNAIRE.replacen(from, to, 1);
    assert!(
        from.is_empty() || text != QUESTIONNAIRE,
        "{from:?} not found"
    );
    files.insert("assessment.toml".into(), text);
    match load_pack(&files) {
        Ok(pack) => {
            assert!(pack.questionnaire.is_some());
            vec![]
        }
        Err(problems) => problems
            .into_iter()
            .map(|p| (p.file, p.line, p.kind))
            .collect(),
    }
}

#[test]
fn questionnaire_problems_name_file_and_line() {
    assert_eq!(questionnaire_problems("", ""), vec![]);
    let at = |kind| vec![("assessment.toml".to_owned(), 13, kind)];
    assert_eq!(
        questionnaire_problems("  { nl = \"4\", en = \"4\" },\n", ""),
        at(ProblemKind::LevelCount { found: 4 })
    );
    assert_eq!(
        questionnaire_problems("levels = [", "source = \"gevoel\"\nlevels = ["),
        at(ProblemKind::UnknownSource {
            found: "gevoel".into()
        })
    );
    assert_eq!(
        questionnaire_problems("{ nl = \"Goed.\", en = \"Good.\" }", "{ nl = \"Goed.\" }"),
        vec![(
            "assessment.toml".to_owned(),
            11,
            ProblemKind::MissingTranslation { lang: "en".into() }
        )]
    );
    // A theme without items, added after the first one.
    let empty = questionnaire_problems(
        "version = 1\n",
        "version = 1\n\n[[themes]]\nid = \"leeg\"\ntitle = { nl = \"L\", en = \"E\" }\nintro = { nl = \"L\", en = \"E\" }\n",
    );
    assert_eq!(
        empty,
        vec![("assessment.toml".to_owned(), 4, ProblemKind::EmptyTheme)]
    );
}

#[test]
fn the_default_questionnaire_has_twelve_themes() {
    let pack = default_pack();
    let q = pack
        .questionnaire
        .expect("the default pack brings the questionnaire");
    assert_eq!(q.themes.len(), 12);
    for theme in &q.themes {
        assert!(
            (2..=4).contains(&theme.items.len()),
            "{} has {} items",
            theme.id,
            theme.items.len()
        );
    }
    let from_records: Vec<&str> = q
        .themes
        .iter()
        .flat_map(|t| {
            t.items
                .iter()
                .filter(|i| i.from_records)
                .map(|i| i.id.as_str())
        })
        .collect();
    assert_eq!(from_records, ["aandeel-opgeleid"]);
    assert!(q.item("opleiding", "aandeel-opgeleid").is_some());
}
