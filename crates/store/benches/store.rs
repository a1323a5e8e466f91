//! `cargo bench -p baken-store` (or `make bench`): how long the learner's hot paths take on a
//! real SQLite file, with synthetic history from a seeded generator. Prints numbers; asserts none.
//!
//! - recording an answer: `Store::act` with an answer, including its commit;
//! - the module list (home screen snapshot) for a learner with 10,000 recorded events.

use std::time::{Duration, Instant};

use baken_core::content::{ItemKind, default_pack};
use baken_core::{Action, Answer, EventKind, NewLearner, NewMunicipality, Role};
use baken_store::{Access, Store};
use chrono::{TimeZone, Utc};

/// A small, seeded generator so every run builds the same history.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn stats(name: &str, mut samples: Vec<Duration>) {
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    println!(
        "{name:<48} n={:<5} median {:>8.3} ms   p99 {:>8.3} ms   max {:>8.3} ms",
        samples.len(),
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        samples[samples.len() - 1].as_secs_f64() * 1e3,
    );
}

fn main() {
    let pack = default_pack();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(dir.path(), Access::ReadWrite, &bench_key()).expect("open");
    let start = Utc.with_ymd_and_hms(2024, 1, 1, 8, 0, 0).unwrap();
    store
        .set_up_municipality(
            &NewMunicipality {
                name: "Benchdam".into(),
                ..Default::default()
            },
            start,
        )
        .unwrap();
    let learner = store
        .add_learner(
            &NewLearner {
                name: "Bench Leerder".into(),
                role: Role::Wijkteam,
                department: None,
            },
            start,
        )
        .unwrap();
    store.set_active_learner(Some(learner.id)).unwrap();

    // 10,000 events of history spread over all modules and two years.
    let mut rng = Rng(0x5eed_ba4e);
    let history: Vec<_> = (0..10_000)
        .map(|i| {
            let module = &pack.modules[(rng.next() % pack.modules.len() as u64) as usize];
            let page = &module.pages[(rng.next() % module.pages.len() as u64) as usize];
            let at = start + chrono::Duration::minutes(i * 100);
            (
                module.id.clone(),
                EventKind::PageViewed {
                    page: page.id.clone(),
                },
                at,
            )
        })
        .collect();
    store.record_events(learner.id, &history).unwrap();
    let now = start + chrono::Duration::days(800);

    // The module list (home screen) with 10,000 events.
    let samples = (0..200)
        .map(|_| {
            let t = Instant::now();
            let snap = store.snapshot(&pack, now).unwrap();
            assert_eq!(snap.active.map(|a| a.modules.len()), Some(8));
            t.elapsed()
        })
        .collect();
    stats("module list, 10,000 events", samples);

    // Recording answers: the check of one module, over and over; each call reads the learner's
    // events, plans, and commits.
    let module = &pack.modules[2];
    let items = &module.check.as_ref().unwrap().items;
    store.open_module(&pack, Some(&module.id), now).unwrap();
    let mut samples = Vec::new();
    for round in 0..40 {
        let at = now + chrono::Duration::minutes(round);
        store
            .act(&pack, &module.id, &Action::StartCheck, at)
            .unwrap();
        for item in items {
            let answer = match item.kind {
                ItemKind::Single => Answer::Single {
                    option: item.options[0].id.clone(),
                },
                ItemKind::Multiple => Answer::Multiple {
                    options: vec![item.options[0].id.clone()],
                },
                ItemKind::Sort => Answer::Sort {
                    categories: Default::default(),
                },
                ItemKind::Order => Answer::Order { options: vec![] },
            };
            let t = Instant::now();
            store
                .act(
                    &pack,
                    &module.id,
                    &Action::Answer {
                        item: item.id.clone(),
                        answer,
                    },
                    at,
                )
                .unwrap();
            samples.push(t.elapsed());
        }
    }
    stats("record an answer (with commit), 10,000+ events", samples);

    // The open module's view (pages, stage) as the screen asks for it after each answer.
    let samples = (0..200)
        .map(|_| {
            let t = Instant::now();
            store.snapshot(&pack, now).unwrap();
            t.elapsed()
        })
        .collect();
    stats("snapshot with an open module, 10,000+ events", samples);
}

/// A fixed key for the bench's databases (not a secret).
fn bench_key() -> baken_core::key::DatabaseKey {
    baken_core::key::RecoveryCode::from_random([7; baken_core::key::SECRET_BYTES]).database_key()
}
