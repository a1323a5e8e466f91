//! Baken's PDFs, made with Typst: offline, with the fonts compiled in, and tagged for screen
//! readers. Data goes into the templates as JSON and is only ever shown as text, without Unicode
//! direction controls (which could turn the text of other fields around).
//!
//! Architecture invariant: no IO here; callers get the PDF as bytes. Certificates and the council
//! report ([`council`]), and the pocket card "Wie bel ik?" ([`card`]), all on the same engine.

pub mod assemble;
pub mod card;
pub mod council;
pub mod recovery;
pub mod region;
#[cfg(test)]
mod testing;

use baken_core::Language;
use baken_core::certificate::Certificate;
use baken_i18n::Messages;
use chrono::{DateTime, Datelike, Utc};
use serde_json::json;
use typst::foundations::{Dict, IntoValue};
use typst_as_lib::TypstEngine;

pub use card::pocket_card_pdf;
pub use council::{
    Action, CouncilReport, Difference, Finding, Respondent, Theme, TrainingRow, chart_svg,
    council_report_pdf, score_text,
};
pub use recovery::{RecoverySheet, recovery_sheet_pdf};
pub use region::region_overview_pdf;

static CERTIFICATE: &str = include_str!("../templates/certificate.typ");
static FONTS: [&[u8]; 2] = [
    include_bytes!("../fonts/OpenSans-Regular.ttf"),
    include_bytes!("../fonts/OpenSans-Bold.ttf"),
];

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("the template did not compile: {0}")]
    Template(String),
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// "29 november 2026" or "29 November 2026".
pub fn long_date(at: DateTime<Utc>, lang: Language) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let months = match lang {
        Language::Nl => NL,
        Language::En => EN,
    };
    format!(
        "{} {} {}",
        at.day(),
        months[at.month0() as usize],
        at.year()
    )
}

/// The certificate as a one-page A4 PDF.
pub fn certificate_pdf(cert: &Certificate) -> Result<Vec<u8>, ReportError> {
    let t = Messages::for_language(cert.language);
    let date = |at| long_date(at, cert.language);
    let label = |id: &str| t.get(id);
    let data = json!({
        "lang": cert.language.tag(),
        "learner": cert.learner,
        "role": cert.role,
        "municipality": t.format("home-municipality", &[("name", cert.municipality.clone())]),
        "code": cert.code,
        "issued": date(cert.issued_at),
        "valid_until": date(cert.valid_until),
        "rows": cert.modules.iter().map(|m| json!({
            "title": m.title,
            "completed": date(m.completed_at),
            "score": m.score.map_or_else(|| label("cert-classroom"), |s| format!("{s}%")),
            "valid": date(m.valid_until),
        })).collect::<Vec<_>>(),
        "labels": {
            "title": label("cert-title"),
            "subtitle": label("app-tagline"),
            "intro": t.format("cert-intro", &[("municipality", cert.municipality.clone())]),
            "completed": label("cert-completed"),
            "col_module": label("cert-col-module"),
            "col_completed": label("cert-col-completed"),
            "col_score": label("cert-col-score"),
            "col_valid": label("cert-col-valid"),
            "valid_until": label("cert-valid-until"),
            "refresh": label("cert-refresh"),
            "code": label("cert-code"),
            "issued": label("cert-issued"),
            "verify": t.format("cert-verify", &[("code", cert.code.clone())]),
        },
    });
    render(CERTIFICATE, &data)
}

/// Unicode's explicit direction controls: embeddings, overrides and isolates. One typed or pasted
/// into a name turns the text after it around up to the end of its paragraph, which in these PDFs
/// is often another field or a sentence with a figure ("scoort gemiddeld 2,1" would read "1,2").
/// Letters carry their own direction, so names in Arabic or Hebrew print correctly without them.
fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `value` with every direction control removed from its strings.
fn without_direction_controls(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::String(s) if s.contains(is_direction_control) => {
            s.retain(|c| !is_direction_control(c));
        }
        Value::Array(items) => items.iter_mut().for_each(without_direction_controls),
        Value::Object(fields) => fields.values_mut().for_each(without_direction_controls),
        _ => {}
    }
}

/// Compiles a template with `data` as JSON in `sys.inputs.data` and writes a tagged PDF.
pub(crate) fn render(
    template: &'static str,
    data: &serde_json::Value,
) -> Result<Vec<u8>, ReportError> {
    let mut data = data.clone();
    without_direction_controls(&mut data);
    let mut inputs = Dict::new();
    inputs.insert("data".into(), data.to_string().into_value());
    let engine = TypstEngine::builder()
        .main_file(template)
        .fonts(FONTS)
        .build();
    let document = engine
        .compile_with_input(inputs)
        .output
        .map_err(|e| ReportError::Template(format!("{e:?}")))?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
        .map_err(|e| ReportError::Pdf(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use baken_core::certificate::CertifiedModule;
    use chrono::TimeZone;

    use super::*;

    fn certificate(learner: &str) -> Certificate {
        let at = Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap();
        let until = Utc.with_ymd_and_hms(2028, 11, 29, 10, 0, 0).unwrap();
        Certificate {
            code: "BKN-7K2M-X9P4".into(),
            language: Language::Nl,
            learner: learner.into(),
            role: "Boa (handhaving)".into(),
            municipality: "Zilverdam".into(),
            issued_at: at,
            modules: vec![
                CertifiedModule {
                    title: "Signalen wegen".into(),
                    completed_at: at,
                    score: Some(88),
                    valid_until: until,
                },
                // Completed in a workshop: no score, marked as classroom training.
                CertifiedModule {
                    title: "Het proces".into(),
                    completed_at: at,
                    score: None,
                    valid_until: until,
                },
            ],
            valid_until: until,
        }
    }

    #[test]
    fn a_certificate_is_a_pdf() {
        let pdf = certificate_pdf(&certificate("Daan Hoekstra")).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
        assert!(pdf.len() > 5_000);
        // What it says, read back as a PDF viewer would.
        let words = crate::testing::text(&pdf);
        for expected in ["Signalen wegen", "88%", "Het proces", "Klassikaal"] {
            assert!(words.contains(expected), "{expected:?} not in:\n{words}");
        }
    }

    #[test]
    fn hostile_names_are_printed_not_run() {
        // Typst markup, a script tag, a right-to-left override and a very long word.
        for name in [
            "#eval(\"1+1\") *vet* $x$",
            "</script><b>",
            "Anna \u{202E}kcab",
            &"a".repeat(300),
        ] {
            assert!(certificate_pdf(&certificate(name)).is_ok(), "{name:?}");
        }
    }

    #[test]
    fn direction_controls_are_left_out_of_every_text() {
        let mut data = json!({
            "name": "Anna \u{202E}kcab",
            "rows": [{ "owner": "\u{2067}Piet\u{2069} \u{202B}Jansen\u{202C}" }],
            "score": 2,
            // Marks have no scope, and Arabic letters carry their own direction: both stay.
            "other": "\u{200F}\u{0639}\u{0644}\u{064A}",
        });
        without_direction_controls(&mut data);
        assert_eq!(
            data,
            json!({
                "name": "Anna kcab",
                "rows": [{ "owner": "Piet Jansen" }],
                "score": 2,
                "other": "\u{200F}\u{0639}\u{0644}\u{064A}",
            })
        );
    }

    #[test]
    fn dates_are_written_out() {
        let at = Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap();
        assert_eq!(long_date(at, Language::Nl), "1 maart 2026");
        assert_eq!(long_date(at, Language::En), "1 March 2026");
    }
}
