//! `cargo bench -p baken-cli --bench report` (or `make bench`): how long the council report of the
//! demo municipality takes, from the SQLite file to the PDF bytes, as `baken report` and the app's
//! "make report" do it. Prints numbers; asserts none. Target: ≤ 1.5 s.

mod common;
use common::stats;

use std::time::Instant;

use baken_core::Language;
use baken_core::content::default_pack;
use baken_store::{Access, Store};

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(dir.path(), Access::ReadWrite, &bench_key()).expect("open");
    store.create_demo(chrono::Utc::now()).expect("demo");
    let pack = default_pack();
    let q = pack.questionnaire.as_ref().expect("questionnaire");
    let latest = store.assessments().expect("assessments")[0].id;

    let (mut read, mut assemble, mut render, mut total) = (vec![], vec![], vec![], vec![]);
    let mut bytes = 0;
    for round in 0..21 {
        let t0 = Instant::now();
        let inputs = store.report_inputs(latest, &pack.outline).expect("inputs");
        let t1 = Instant::now();
        let report = baken_report::assemble::council_report(&inputs, q, Language::Nl);
        let t2 = Instant::now();
        let pdf = baken_report::council_report_pdf(&report).expect("pdf");
        let t3 = Instant::now();
        bytes = pdf.len();
        // The first round warms the font and template caches; it is reported apart.
        if round == 0 {
            stats("report, first (cold) render", vec![t3 - t0]);
            continue;
        }
        read.push(t1 - t0);
        assemble.push(t2 - t1);
        render.push(t3 - t2);
        total.push(t3 - t0);
    }
    stats("  read assessment + training figures", read);
    stats("  score and assemble", assemble);
    stats("  typeset PDF (Typst)", render);
    stats("report for the demo municipality (total)", total);
    println!("PDF size: {} KiB", bytes.div_ceil(1024));
}

/// A fixed key for the bench's databases (not a secret).
fn bench_key() -> baken_core::key::DatabaseKey {
    baken_core::key::RecoveryCode::from_random([7; baken_core::key::SECRET_BYTES]).database_key()
}
