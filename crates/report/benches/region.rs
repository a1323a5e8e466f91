//! `cargo bench -p baken-report --bench region`: how long `baken region combine` of 30
//! municipalities takes without the file system: read 30 summaries (JSON text), combine them and
//! render the regional overview PDF. Synthetic summaries from a tiny seeded generator, so every
//! run measures the same work. Prints numbers; asserts none. Target: ≤ 2 s for the whole.
//!
//! Set `BAKEN_BENCH_PDF=/tmp/region.pdf` to keep the last PDF for a look.

use std::time::{Duration, Instant};

use baken_core::Language;
use baken_core::content::default_pack;
use baken_core::region::{self, RegionSummary, SizeClass, ThemeScore};

const MUNICIPALITIES: usize = 30;
const RUNS: usize = 12;

/// xorshift64: a small, seeded generator.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// `n` summaries on the default questionnaire: scores 0.00–4.00, now and then a theme without a
/// score, sizes spread over the classes (one in six unknown), as JSON text like the files.
fn summaries(n: usize) -> Vec<String> {
    let pack = default_pack();
    let q = pack
        .questionnaire
        .expect("the default pack has a questionnaire");
    let mut rng = Rng(0x5EED_BA4E_2026);
    (0..n)
        .map(|_| {
            let themes: Vec<ThemeScore> = q
                .themes
                .iter()
                .map(|th| ThemeScore {
                    id: th.id.clone(),
                    score: (!rng.next().is_multiple_of(10))
                        .then(|| (rng.next() % 401) as f64 / 100.0),
                })
                .collect();
            let scored: Vec<f64> = themes.iter().filter_map(|t| t.score).collect();
            let overall = (!scored.is_empty()).then(|| {
                (scored.iter().sum::<f64>() / scored.len() as f64 * 100.0).round() / 100.0
            });
            let size = rng.next() as usize % 6;
            RegionSummary {
                format: region::FORMAT.into(),
                version: region::VERSION,
                year: 2026,
                region: Some("Zorg- en Veiligheidshuis Zilverdelta".into()),
                size_class: SizeClass::ALL.get(size).copied(),
                questionnaire_version: q.version,
                demo: false,
                themes,
                overall,
            }
            .to_json()
        })
        .collect()
}

fn stats(name: &str, mut samples: Vec<Duration>) {
    samples.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{name:<48} n={:<3} median {:>8.2} ms   min {:>8.2} ms   max {:>8.2} ms",
        samples.len(),
        ms(samples[samples.len() / 2]),
        ms(samples[0]),
        ms(samples[samples.len() - 1]),
    );
}

fn main() {
    let texts = summaries(MUNICIPALITIES);
    let mut parse = vec![];
    let mut combine = vec![];
    let mut render = vec![];
    let mut total = vec![];
    let mut pdf = vec![];
    // The first run also parses the fonts, the messages and the questionnaire; it counts, as it
    // does for a person who runs the command once.
    for _ in 0..RUNS {
        let start = Instant::now();
        let parsed: Vec<RegionSummary> = texts
            .iter()
            .map(|t| region::parse(t).expect("a valid summary"))
            .collect();
        let parsed_at = Instant::now();
        let overview = region::combine(&parsed).expect("one questionnaire");
        let combined_at = Instant::now();
        pdf = baken_report::region_overview_pdf(&overview, Language::Nl).expect("a PDF");
        let done = Instant::now();
        parse.push(parsed_at - start);
        combine.push(combined_at - parsed_at);
        render.push(done - combined_at);
        total.push(done - start);
    }
    println!(
        "{MUNICIPALITIES} municipalities, {} themes, {} kB of JSON, PDF {} kB",
        texts[0].matches("\"id\"").count(),
        texts.iter().map(String::len).sum::<usize>() / 1024,
        pdf.len() / 1024
    );
    stats("parse 30 summaries", parse);
    stats("combine", combine);
    stats("render the overview PDF", render);
    stats("region combine, total (target <= 2000 ms)", total);
    if let Some(path) = std::env::var_os("BAKEN_BENCH_PDF") {
        std::fs::write(&path, &pdf).expect("write the PDF");
        println!("PDF written to {}", path.to_string_lossy());
    }
}
