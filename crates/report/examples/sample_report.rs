//! Writes the fictional Zilverdam council report to a PDF and prints how long rendering took:
//!
//!     cargo run -p baken-report --example sample_report -- /tmp/report-sample.pdf [en]

use std::time::Instant;

use baken_core::Language;
use baken_report::council::{council_report_pdf, sample_report};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "report-sample.pdf".into());
    let lang = args
        .next()
        .and_then(|tag| Language::from_tag(&tag))
        .unwrap_or(Language::Nl);
    let report = sample_report(lang);
    // The first render includes parsing the fonts and the messages; the second is the steady state.
    for run in ["first", "second"] {
        let start = Instant::now();
        let pdf = council_report_pdf(&report).unwrap_or_else(|e| panic!("{e}"));
        let took = start.elapsed();
        std::fs::write(&path, &pdf).unwrap_or_else(|e| panic!("{path}: {e}"));
        println!(
            "{run} render: {} ms, {} bytes -> {path}",
            took.as_millis(),
            pdf.len()
        );
    }
}
