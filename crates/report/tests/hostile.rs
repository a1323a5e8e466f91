//! Hostile text in every free-text field of the council report, the pocket card and the regional
//! overview: Typst markup and code, HTML, references, escapes, a right-to-left override and a very
//! long word. Each PDF is read back with `pdftotext` (poppler-utils) to show that what people typed
//! is printed as they typed it, and never run.
//!
//! Every field gets its own tag after the hostile text (`«…» F07`), so a failure names the field
//! that went wrong. The guillemets mark where the text starts and ends: had `#eval("1+1")` been
//! run, the page would say `«2»`.

use std::io::Write;
use std::process::{Command, Stdio};

use baken_core::assessment::{
    ActionStatus, Assessment, AssessmentData, ImprovementAction, Rating, ReportInputs, Respondent,
    RespondentAnswers, Response, RoleTraining, Scored, TrainingFigures,
};
use baken_core::content::{Questionnaire, default_pack};
use baken_core::municipality::{
    CbsCode, Contact, ContactKey, MAX_CONTACT_FIELD, MAX_NAME, MunicipalityProfile,
};
use baken_core::region::{self, RegionSummary};
use baken_core::{Language, Municipality, Role};
use baken_report::assemble::council_report;
use baken_report::{council_report_pdf, pocket_card_pdf, region_overview_pdf};
use chrono::NaiveDate;

/// 300 characters without a space, made of a word that is easy to recognise in the output.
fn long_word() -> String {
    "Kwetsbaarheidsanalyse".repeat(15)[..300].to_owned()
}

/// Text people could type that Typst, HTML or a PDF reader might take for instructions.
fn hostile() -> Vec<String> {
    vec![
        r#"#eval("1+1")"#.into(),
        // Run as code, this would print "gevaarlijk" without the quotes and the plus.
        r##"#eval("\"gevaar\" + \"lijk\"")"##.into(),
        "*vet* $x$ #set page(width: 1cm)".into(),
        "</script><b>x</b>".into(),
        "@ref <label>".into(),
        // Typst's escapes (`\u{41}` is "A", `\#` is "#"), a Windows path and straight quotes,
        // which markup would turn into curly ones.
        r#"C:\map\#1 \u{41} "aan" 'uit' \\"#.into(),
        r#"#link("https://example.org")[klik]"#.into(),
        "Anna \u{202E}kcab".into(),
        long_word(),
    ]
}

/// The long word, or as much of it as a field takes.
fn is_long_word(h: &str) -> bool {
    h.chars().count() >= 80 && !h.contains(char::is_whitespace)
}

/// What the text must show literally; `None` for the long word, which breaks over many lines
/// where `pdftotext` may put text from beside it in between. baken-report leaves direction
/// controls out of its PDFs, so the right-to-left override must not turn anything around (not
/// even the field's own tag after it).
fn expected_literally(h: &str) -> Option<String> {
    (!is_long_word(h)).then(|| h.replace('\u{202E}', ""))
}

/// The PDF's text as `pdftotext` reads it.
fn pdf_text(pdf: &[u8]) -> String {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let mut child = Command::new("pdftotext")
        .args(["-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pdftotext (poppler-utils) runs");
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8(out.stdout).expect("pdftotext writes UTF-8")
}

/// Without whitespace and invisible break opportunities: where a line breaks depends on the
/// column, not on the text (the card and the overview put zero-width spaces into long runs so
/// they can break anywhere).
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|&c| !c.is_whitespace() && c != '\u{200B}' && c != '\u{AD}')
        .collect()
}

/// The value a field gets: the hostile text, marked, and the field's tag.
fn tagged(h: &str, tag: &str) -> String {
    format!("«{h}» {tag}")
}

/// Checks that every tagged field shows `h` as typed, and that nothing in it was run.
fn assert_printed(what: &str, pdf: &[u8], h: &str, tags: &[&str]) {
    let text = pdf_text(pdf);
    let flat = squeezed(&text);
    match expected_literally(h) {
        Some(literal) => {
            for tag in tags {
                let shown = squeezed(&tagged(&literal, tag));
                assert!(
                    flat.contains(&shown),
                    "{what}: field {tag} does not show {literal:?} (typed as {h:?}); the PDF \
                     says:\n{text}"
                );
            }
        }
        None => {
            // pdftotext may put a word from beside the column (the card's fold mark) into the
            // middle of it; the start and every field's end are enough to recognise it.
            let start = format!("«{}", &h[..42]);
            assert!(
                flat.contains(&start),
                "{what}: the start of the long word is missing:\n{text}"
            );
            for tag in tags {
                assert!(
                    flat.contains(&format!("»{tag}")),
                    "{what}: field {tag} does not end where the long word does:\n{text}"
                );
            }
        }
    }
    assert!(!flat.contains("«2»"), "{what}: `#eval(\"1+1\")` was run");
    assert!(
        !flat.contains("gevaarlijk"),
        "{what}: an `#eval` with strings was run"
    );
}

fn questionnaire() -> Questionnaire {
    default_pack()
        .questionnaire
        .expect("the default pack has a questionnaire")
}

/// A realistic assessment: two respondents answer every item (two levels apart on the first, so
/// the report lists a difference), explain the first item and add evidence, and the plan holds two
/// actions. The free-text fields hold `h` with the tags of [`REPORT_FIELDS`].
fn report_inputs(q: &Questionnaire, h: &str) -> ReportInputs {
    let t = |tag: &str| tagged(h, tag);
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let answers = |levels: [u8; 2], who: usize| -> Vec<Response> {
        let mut responses = Vec::new();
        for theme in &q.themes {
            for item in &theme.items {
                if item.from_records {
                    continue;
                }
                let first = responses.is_empty();
                let level = if first { levels[who] } else { 2 };
                responses.push(Response {
                    theme: theme.id.clone(),
                    item: item.id.clone(),
                    rating: Some(Rating::Level { level }),
                    explanation: if first {
                        t(["F07", "F08"][who])
                    } else {
                        String::new()
                    },
                    evidence: if first {
                        t(["F09", "F10"][who])
                    } else {
                        String::new()
                    },
                });
            }
        }
        responses
    };
    let respondent = |id, name: &str, function: &str, levels: [u8; 2], who| RespondentAnswers {
        respondent: Respondent {
            id,
            name: t(name),
            function: t(function),
        },
        responses: answers(levels, who),
    };
    let first = &q.themes[0];
    let training = TrainingFigures {
        roles: vec![RoleTraining {
            role: Role::Baliemedewerker,
            learners: 6,
            valid: 4,
            expiring: 1,
            never_started: 1,
        }],
        learners: 6,
        valid: 4,
    };
    let scored = |id, title: String, held_on, actions| Scored {
        data: AssessmentData {
            assessment: Assessment { id, title, held_on },
            respondents: vec![
                respondent(1, "F03", "F04", [1, 3], 0),
                respondent(2, "F05", "F06", [1, 3], 1),
            ],
            actions,
        },
        training: training.clone(),
    };
    let actions = vec![
        ImprovementAction {
            id: 1,
            theme: first.id.clone(),
            item: Some(first.items[0].id.clone()),
            action: t("F11"),
            owner: t("F12"),
            deadline: Some(day(2027, 3, 1)),
            status: ActionStatus::Open,
        },
        ImprovementAction {
            id: 2,
            theme: q.themes[1].id.clone(),
            item: None,
            action: t("F11"),
            owner: t("F12"),
            deadline: None,
            status: ActionStatus::Done,
        },
    ];
    ReportInputs {
        municipality: Municipality {
            profile: MunicipalityProfile {
                name: t("F01"),
                cbs_code: Some(CbsCode::parse("GM0123").unwrap()),
                inhabitants: Some(23_400),
                region: Some(t("F02")),
            },
            is_demo: false,
        },
        current: scored(2, t("F13"), day(2026, 11, 30), actions),
        previous: Some(scored(1, t("F14"), day(2025, 11, 28), vec![])),
    }
}

/// F01 municipality, F02 region, F03–F06 the respondents' names and functions, F07–F10 their
/// explanations and evidence, F11 action, F12 owner, F13 this assessment's title, F14 the
/// previous one's.
const REPORT_FIELDS: [&str; 14] = [
    "F01", "F02", "F03", "F04", "F05", "F06", "F07", "F08", "F09", "F10", "F11", "F12", "F13",
    "F14",
];

#[test]
fn the_council_report_prints_hostile_text_as_typed() {
    let q = questionnaire();
    for h in hostile() {
        for lang in Language::ALL {
            let report = council_report(&report_inputs(&q, &h), &q, lang);
            let pdf = council_report_pdf(&report)
                .unwrap_or_else(|e| panic!("the report with {h:?} did not render: {e}"));
            assert_printed(
                &format!("council report ({lang:?})"),
                &pdf,
                &h,
                &REPORT_FIELDS,
            );
        }
    }
}

/// `h` tagged, cut so that the whole value stays within `max` characters.
fn tagged_within(h: &str, tag: &str, max: usize) -> String {
    let room = max - tagged("", tag).chars().count();
    tagged(&h.chars().take(room).collect::<String>(), tag)
}

#[test]
fn the_pocket_card_prints_hostile_text_as_typed() {
    // Each field as long as the app lets it be (the card's layout is made for those lengths).
    // The app takes only digits and ` +-()./` for a phone number, so no hostile text reaches that
    // line; an e-mail address is checked too, but the card must cope with any text in it.
    const PHONE: &str = "+31 (0)599-123.400/1";
    let card = |h: &str, lang| {
        let contacts: Vec<Contact> = ContactKey::ALL
            .iter()
            .enumerate()
            .map(|(i, &key)| {
                let f = |j: usize, max| tagged_within(h, &format!("K{i}{j}"), max);
                Contact {
                    key,
                    name: f(0, MAX_NAME),
                    phone: PHONE.into(),
                    email: f(2, MAX_CONTACT_FIELD),
                    hours: f(3, MAX_CONTACT_FIELD),
                }
            })
            .collect();
        pocket_card_pdf(&tagged_within(h, "F01", MAX_NAME), &contacts, lang)
            .unwrap_or_else(|e| panic!("the card with {h:?} did not render: {e}"))
    };
    let mut tags = vec!["F01".to_owned()];
    for i in 0..ContactKey::ALL.len() {
        tags.extend([0, 2, 3].map(|j| format!("K{i}{j}")));
    }
    let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
    for h in hostile() {
        // What fits in the shortest field with its tag, so every field shows the same text.
        let h: String = h.chars().take(MAX_NAME - 6).collect();
        for lang in Language::ALL {
            let pdf = card(&h, lang);
            assert_printed(&format!("pocket card ({lang:?})"), &pdf, &h, &tags);
            let numbers = squeezed(&pdf_text(&pdf)).matches(&squeezed(PHONE)).count();
            assert_eq!(numbers, ContactKey::ALL.len(), "{h:?}: the phone numbers");
        }
    }

    // Longer than the app accepts, in every field at once: the card still renders, although
    // seventeen such words no longer fit on it.
    let long = long_word();
    let contacts: Vec<Contact> = ContactKey::ALL
        .map(|key| Contact {
            key,
            name: long.clone(),
            phone: long.clone(),
            email: long.clone(),
            hours: long.clone(),
        })
        .to_vec();
    let pdf = pocket_card_pdf(&long, &contacts, Language::Nl).expect("the card renders");
    assert!(squeezed(&pdf_text(&pdf)).contains(&long[..42]));
}

#[test]
fn the_regional_overview_prints_hostile_region_names_as_typed() {
    let q = questionnaire();
    for h in hostile() {
        // Two municipalities that name their region differently: the overview lists both.
        let summaries: Vec<RegionSummary> = ["F01", "F02"]
            .iter()
            .map(|tag| {
                let mut inputs = report_inputs(&q, &h);
                inputs.municipality.profile.region = Some(tagged(&h, tag));
                let made = region::summarise(&inputs, &q);
                // As the region receives it: written to a file and read back.
                let file = serde_json::to_string(&made).unwrap();
                match region::parse(&file) {
                    Ok(read) => read,
                    // Longer than a region name may be: the file is refused, so the renderer
                    // gets it directly, to show it copes even so.
                    Err(region::RegionError::BadRegion { .. }) => made,
                    Err(e) => panic!("{h:?}: {e:?}"),
                }
            })
            .collect();
        let overview = region::combine(&summaries).unwrap();
        assert_eq!(overview.region, None);
        let pdf = region_overview_pdf(&overview, Language::Nl)
            .unwrap_or_else(|e| panic!("the overview with {h:?} did not render: {e}"));
        assert_printed("regional overview", &pdf, &h, &["F01", "F02"]);
    }
}
