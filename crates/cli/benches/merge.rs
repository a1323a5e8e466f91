//! `cargo bench -p baken-cli --bench merge` (or `make bench`): merging records files the way a
//! coordinator does after a round of training, with `baken import` on 200 files holding 5,000
//! learners and 1,000,000 events (25 learners and 5,000 events per laptop's file), into a fresh
//! database; then the same 200 files again, which must add nothing. Times the real binary, from
//! start to exit. Then the trainer's overview over the merged database (`Store::overview`, as the
//! app's Overzicht asks for it). Prints numbers; asserts none. Targets: ≤ 10 s, ≤ 5 s again, and
//! ≤ 100 ms for the overview.

mod common;
use common::stats;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use baken_core::content::default_pack;
use baken_core::records::{self, FORMAT, Header, LearnerRecord, Selection, VERSION, Writer};
use baken_core::{Answer, EventKind, ProgressEvent, Role};
use baken_store::{Access, Store};
use chrono::{TimeZone, Utc};
use uuid::Uuid;

const FILES: usize = 200;
const LEARNERS_PER_FILE: usize = 25;
const EVENTS_PER_FILE: usize = 5_000;

/// A small, seeded generator so every run builds the same files.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn uuid(&mut self) -> Uuid {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.next().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next().to_le_bytes());
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// One laptop's export: its learners working through the course over two years.
fn laptop_file(rng: &mut Rng, n: usize) -> Vec<u8> {
    let pack = default_pack();
    let start = Utc.with_ymd_and_hms(2024, 1, 1, 8, 0, 0).unwrap();
    let header = Header {
        format: FORMAT.into(),
        version: VERSION,
        install: rng.uuid(),
        app_version: "bench".into(),
        exported_at: start + chrono::Duration::days(730),
        municipality: Some("Benchdam".into()),
        selection: Selection::All,
        content: records::content_versions(&pack),
    };
    let mut writer = Writer::new(&header);
    let roles = Role::ALL;
    let learners: Vec<Uuid> = (0..LEARNERS_PER_FILE)
        .map(|i| {
            let id = rng.uuid();
            writer.learner(&LearnerRecord {
                id,
                name: format!("Medewerker {n}-{i}"),
                role: roles[rng.below(roles.len())],
                department: Some("Sociaal domein".into()),
                created_at: start,
            });
            id
        })
        .collect();
    for i in 0..EVENTS_PER_FILE {
        let module = &pack.modules[rng.below(pack.modules.len())];
        let kind = match rng.below(10) {
            0..=4 => EventKind::PageViewed {
                page: module.pages[rng.below(module.pages.len())].id.clone(),
            },
            5..=7 => match module.check.as_ref().and_then(|c| c.items.first()) {
                Some(item) => EventKind::ItemAnswered {
                    item: item.id.clone(),
                    version: item.version,
                    attempt: 1,
                    answer: Answer::Single { option: "a".into() },
                    correct: rng.below(2) == 0,
                },
                None => EventKind::ModuleStarted,
            },
            8 => EventKind::CheckFinished {
                attempt: 1,
                score: 80,
                passed: true,
            },
            _ => EventKind::ModuleCompleted { score: 80 },
        };
        writer.event(&ProgressEvent {
            id: rng.uuid(),
            learner_id: learners[rng.below(learners.len())],
            module_id: module.id.clone(),
            occurred_at: start + chrono::Duration::minutes(i as i64 * 200),
            kind,
        });
    }
    writer.finish()
}

fn baken(args: &[&str]) -> Duration {
    let t0 = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_baken"))
        .args(args)
        .env_remove("BAKEN_LANG")
        // No key store here: the key file, with a passphrase (each run derives its key: Argon2id).
        .env("BAKEN_KEY_STORE", "off")
        .env("BAKEN_KEY_PASSPHRASE", KEY_PASSPHRASE)
        .output()
        .expect("baken runs");
    let took = t0.elapsed();
    assert!(
        out.status.success(),
        "baken {}: {}",
        args[0],
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

fn main() {
    let scratch = tempfile::tempdir().expect("temp dir");
    // BAKEN_MERGE_FILES=DIR: only write the files there (to profile `baken import` on them).
    let only_files = std::env::var_os("BAKEN_MERGE_FILES").map(PathBuf::from);
    let out_dir = only_files.as_deref().unwrap_or(scratch.path());
    let mut rng = Rng(0xba4e_f11e);
    let t0 = Instant::now();
    let files: Vec<PathBuf> = (0..FILES)
        .map(|n| {
            let path = out_dir.join(format!("laptop-{n:03}.baken"));
            std::fs::write(&path, laptop_file(&mut rng, n)).expect("write");
            path
        })
        .collect();
    let bytes: u64 = files.iter().map(|f| f.metadata().unwrap().len()).sum();
    println!(
        "{FILES} files, {} learners, {} events, {:.1} MB, written in {:.1} s",
        FILES * LEARNERS_PER_FILE,
        FILES * EVENTS_PER_FILE,
        bytes as f64 / 1e6,
        t0.elapsed().as_secs_f64()
    );
    if only_files.is_some() {
        return;
    }
    let file_args: Vec<&str> = files.iter().map(|f| f.to_str().unwrap()).collect();

    let (mut first, mut again) = (vec![], vec![]);
    let mut db_size = 0;
    for round in 0..3 {
        let dir = scratch.path().join(format!("coordinator-{round}"));
        let dir_arg = dir.to_str().unwrap();
        baken(&["demo", "--data-dir", dir_arg]);
        let import = |files: &[&str]| {
            let mut args = vec!["import", "--data-dir", dir_arg];
            args.extend_from_slice(files);
            baken(&args)
        };
        first.push(import(&file_args));
        again.push(import(&file_args));
        db_size = database_size(&dir);
    }
    stats("merge 200 files into a fresh database", first);
    stats("merge the same 200 files again", again);
    println!("database after the merge: {:.1} MB", db_size as f64 / 1e6);

    let coordinator = scratch.path().join("coordinator-0");
    let store = Store::open(&coordinator, Access::ReadOnly, &key_of(&coordinator)).expect("open");
    let outline = default_pack().outline;
    let now = Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap();
    let mut times = vec![];
    let mut rows = 0;
    for _ in 0..11 {
        let t0 = Instant::now();
        rows = store.overview(&outline, now).expect("overview").rows.len();
        times.push(t0.elapsed());
    }
    stats("overview of the merged database", times);
    println!("overview rows: {rows}");
}

fn database_size(dir: &Path) -> u64 {
    ["baken.sqlite", "baken.sqlite-wal"]
        .iter()
        .filter_map(|f| dir.join(f).metadata().ok())
        .map(|m| m.len())
        .sum()
}

const KEY_PASSPHRASE: &str = "de wachtwoordzin van de bench";

/// The key of the database that `baken` made in `dir`, from its key file.
fn key_of(dir: &std::path::Path) -> baken_core::key::DatabaseKey {
    let sealed = std::fs::read(dir.join("baken.sleutel")).expect("a key file");
    baken_core::key::open_key_file(&sealed, KEY_PASSPHRASE)
        .expect("the bench's passphrase")
        .database_key()
}
