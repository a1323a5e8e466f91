//! The recovery code sheet "Herstelcode": the code that opens Baken's encrypted data on another
//! computer (`baken recover`), printed once at set-up and kept in a safe.
//!
//! [`recovery_sheet_pdf`] lays out one A4 page (portrait): the municipality, when the code was
//! made and on which computer, the code in large type with its groups apart (so it is easy to copy
//! by hand), and in a few plain sentences what the code is for, how to keep it and how to use it.

use baken_core::Language;
use baken_i18n::Messages;
use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::{ReportError, long_date};

static TEMPLATE: &str = include_str!("../templates/recovery.typ");

/// What the sheet prints. Its `Debug` leaves the code out, so that a log line never holds it.
#[derive(Clone, PartialEq, Eq)]
pub struct RecoverySheet {
    /// The municipality's name ("Zilverdam"); the sheet says "Gemeente Zilverdam".
    pub municipality: String,
    /// The code as `baken recover` takes it, groups separated by `-`
    /// (`7K3M-Q9XD-2HBT-W4NP-A8RZ-5FCE-YJ6V-01GS`).
    pub code: String,
    pub made_on: DateTime<Utc>,
    /// The computer's host name; empty when unknown (the sheet then says so).
    pub computer: String,
}

impl std::fmt::Debug for RecoverySheet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecoverySheet")
            .field("municipality", &self.municipality)
            .field("code", &"(hidden)")
            .field("made_on", &self.made_on)
            .field("computer", &self.computer)
            .finish()
    }
}

/// The recovery code sheet as a one-page A4 PDF (tagged, fonts embedded).
pub fn recovery_sheet_pdf(sheet: &RecoverySheet, lang: Language) -> Result<Vec<u8>, ReportError> {
    crate::render(TEMPLATE, &sheet_data(sheet, lang))
}

/// The code's groups, as the code separates them (by `-` or spaces), each printed on its own.
fn groups(code: &str) -> Vec<&str> {
    code.split(|c: char| c == '-' || c.is_whitespace())
        .filter(|g| !g.is_empty())
        .collect()
}

/// The JSON the template lays out: every text final.
fn sheet_data(sheet: &RecoverySheet, lang: Language) -> Value {
    let t = Messages::for_language(lang);
    let municipality = t.format("home-municipality", &[("name", sheet.municipality.clone())]);
    let named = |id: &str| t.format(id, &[("municipality", municipality.clone())]);
    let computer = sheet.computer.trim();
    let label = |id: &str| t.get(&format!("recovery-sheet-{id}"));
    json!({
        "lang": lang.tag(),
        "municipality": municipality,
        "made_on": long_date(sheet.made_on, lang),
        "computer": computer,
        "groups": groups(&sheet.code),
        "labels": {
            "doc_title": named("recovery-sheet-doc-title"),
            "footer": named("recovery-sheet-footer"),
            "title": label("title"),
            "confidential": label("confidential"),
            "lead": label("lead"),
            "made_on": label("made-on"),
            "computer": label("computer"),
            "computer_unknown": label("computer-unknown"),
            "code": label("code"),
            "code_hint": label("code-hint"),
            "why_title": label("why-title"),
            "why": label("why"),
            "keep_title": label("keep-title"),
            "keep": [label("keep-lock"), label("keep-apart"), label("keep-risk")],
            "use_title": label("use-title"),
            "use_app": label("use-app"),
            "use_cli": label("use-cli"),
            "command": label("command"),
            "lost_title": label("lost-title"),
            "lost": label("lost"),
            "dispose": label("dispose"),
        },
    })
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::testing::{pages, squeezed, text as pdf_text};

    const CODE: &str = "7K3M-Q9XD-2HBT-W4NP-A8RZ-5FCE-YJ6V-01GS";

    fn sheet(municipality: &str, computer: &str) -> RecoverySheet {
        RecoverySheet {
            municipality: municipality.into(),
            code: CODE.into(),
            made_on: Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap(),
            computer: computer.into(),
        }
    }

    /// Asserts that the code's groups are printed, each whole and in order.
    fn assert_code(flat: &str, text: &str) {
        let mut from = 0;
        for group in CODE.split('-') {
            let at = flat[from..]
                .find(group)
                .unwrap_or_else(|| panic!("group {group} not (in order) in:\n{text}"));
            from += at + group.len();
        }
    }

    #[test]
    fn the_sheet_is_one_page_with_the_code_and_the_instructions() {
        for (lang, expected) in [
            (
                Language::Nl,
                [
                    "Herstelcode",
                    "Gemeente Zilverdam",
                    "29 november 2026",
                    "LAPTOP-ZD-014",
                    "kluis",
                    "Herstelcode invoeren",
                    "baken recover --from <bestand> --data-dir <map>",
                    "afdeling ICT",
                ],
            ),
            (
                Language::En,
                [
                    "Recovery code",
                    "Municipality of Zilverdam",
                    "29 November 2026",
                    "LAPTOP-ZD-014",
                    "safe",
                    "Enter recovery code",
                    "baken recover --from <file> --data-dir <folder>",
                    "IT department",
                ],
            ),
        ] {
            let pdf = recovery_sheet_pdf(&sheet("Zilverdam", "LAPTOP-ZD-014"), lang).unwrap();
            assert_eq!(pages(&pdf), 1, "{lang:?}");
            let text = pdf_text(&pdf);
            let flat = squeezed(&text);
            assert_code(&flat, &text);
            for words in expected {
                assert!(
                    flat.contains(&squeezed(words)),
                    "{lang:?}: {words:?} not in:\n{text}"
                );
            }
        }
    }

    #[test]
    fn a_long_name_and_an_unknown_computer_still_fit_on_one_page() {
        // 100 characters, as long as the app lets a municipality's name be: in words, and in one.
        let spaced = "Gemeente met een heel lange naam die over meerdere regels loopt en toch netjes \
                      op het hele blad past";
        let unbroken = &"Kwetsbaarheidsanalyse".repeat(5)[..100];
        // A host name is at most 63 characters (one DNS label).
        let host = &"laptop-sociaal-domein-".repeat(3)[..63];
        for name in [spaced, unbroken] {
            assert_eq!(name.chars().count(), 100);
            for lang in Language::ALL {
                let unknown = Messages::for_language(lang).get("recovery-sheet-computer-unknown");
                for (computer, shown) in [("", unknown.as_str()), (host, host)] {
                    let pdf = recovery_sheet_pdf(&sheet(name, computer), lang).unwrap();
                    assert_eq!(pages(&pdf), 1, "{lang:?} {name:?} {computer:?}");
                    let text = pdf_text(&pdf);
                    let flat = squeezed(&text);
                    assert_code(&flat, &text);
                    assert!(flat.contains(&squeezed(name)), "{name:?} not in:\n{text}");
                    assert!(flat.contains(&squeezed(shown)), "{shown:?} not in:\n{text}");
                }
            }
        }
    }

    #[test]
    fn hostile_municipality_names_are_printed_not_run() {
        // Typst markup and code, HTML, and a right-to-left override, which the PDF leaves out.
        // Marked with guillemets: had `#eval("1+1")` been run, the page would say «2».
        for name in [
            r#"«#eval("1+1")»"#,
            r#"«*vet* $x$ #set page(width: 1cm)»"#,
            "«</script><b>x</b>»",
            "«Anna \u{202E}kcab»",
        ] {
            for lang in Language::ALL {
                let pdf = recovery_sheet_pdf(&sheet(name, name), lang).unwrap();
                assert_eq!(pages(&pdf), 1, "{lang:?} {name:?}");
                let text = pdf_text(&pdf);
                let flat = squeezed(&text);
                let literal = squeezed(&name.replace('\u{202E}', ""));
                assert!(
                    flat.contains(&literal),
                    "{lang:?}: {name:?} not printed as typed:\n{text}"
                );
                assert!(!text.contains('\u{202E}'), "the override is printed");
                assert!(!flat.contains("«2»"), "`#eval` was run");
                assert_code(&flat, &text);
            }
        }
    }

    #[test]
    fn the_groups_are_the_codes_own() {
        assert_eq!(groups(CODE).len(), 8);
        assert_eq!(groups("AB12 CD34-EF56"), ["AB12", "CD34", "EF56"]);
        let data = sheet_data(&sheet("Zilverdam", "  "), Language::Nl);
        assert_eq!(data["groups"][7], "01GS");
        assert_eq!(data["computer"], "");
        assert_eq!(
            data["labels"]["footer"],
            "Baken · Herstelcode · Gemeente Zilverdam"
        );
        // A log line with the sheet does not give the code away.
        assert!(!format!("{:?}", sheet("Zilverdam", "")).contains("7K3M"));
    }
}
