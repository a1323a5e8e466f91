//! Crash safety: a child process (`examples/crash_child.rs`) writes answers, imports and
//! assessment edits to one data directory and is killed with SIGKILL at a random moment, round
//! after round, so later rounds start on the WAL an earlier kill left behind. After every kill the
//! database must open, pass `PRAGMA integrity_check` and `foreign_key_check`, hold every write the
//! child reported as committed, and hold the write the kill cut off either whole or not at all.
//!
//! `BAKEN_CRASH_ROUNDS` sets the number of rounds (60 here, 1000 in `scripts/crash-long.sh`);
//! `BAKEN_CRASH_SEED` repeats a failed run's kill moments. A SIGKILL keeps what the process handed
//! to the kernel, so this tests SQLite's transactions and how the store uses them, not power loss.
#![cfg(unix)]

use std::collections::HashMap;
use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use baken_store::{Access, DB_FILE, Store};

const DEFAULT_ROUNDS: u32 = 60;
const SIGKILL: i32 = 9;
/// The longest a child writes before it is killed. Its start (open, set-up) takes a few
/// milliseconds, so the shortest delays kill it while it opens the store.
const MAX_DELAY_MS: u64 = 150;

#[test]
fn killed_writers_lose_no_committed_write() {
    let rounds = match std::env::var("BAKEN_CRASH_ROUNDS") {
        Ok(n) => n.parse().expect("BAKEN_CRASH_ROUNDS must be a number"),
        Err(_) => DEFAULT_ROUNDS,
    };
    let seed = match std::env::var("BAKEN_CRASH_SEED") {
        Ok(s) => s.parse().expect("BAKEN_CRASH_SEED must be a number"),
        Err(_) => clock_seed(),
    };
    let child = child_binary();
    let root = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let result = run(&child, root.path(), rounds, seed);
    match result {
        Ok(stats) => println!(
            "crash harness: {rounds} rounds in {:.1} s (seed {seed}): {stats}",
            started.elapsed().as_secs_f64()
        ),
        Err(failure) => {
            // Keep the databases to look at.
            let kept = root.keep();
            panic!(
                "crash harness failed (seed {seed}, rerun with BAKEN_CRASH_SEED={seed}); \
                 data kept in {}:\n{failure}",
                kept.display()
            );
        }
    }
}

/// What the rounds found, for the summary line.
#[derive(Default)]
struct Stats {
    killed_while_starting: u32,
    answers: usize,
    imports: usize,
    edits: usize,
    cut_imports_landed: u32,
    cut_imports_gone: u32,
    cut_saves_landed: u32,
    cut_saves_gone: u32,
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} kills while starting; committed: {} answers, {} imports, {} assessment edits; \
             cut off: imports {} landed / {} gone, edits {} landed / {} gone",
            self.killed_while_starting,
            self.answers,
            self.imports,
            self.edits,
            self.cut_imports_landed,
            self.cut_imports_gone,
            self.cut_saves_landed,
            self.cut_saves_gone
        )
    }
}

/// An assessment answer: (respondent, theme, item).
type AnswerKey = (i64, String, String);

/// What the database must hold, from every round so far.
#[derive(Default)]
struct Expected {
    /// Events known to be committed: reported, or part of a cut-off import that landed.
    events: Vec<String>,
    /// Each answer's level and explanation as last committed.
    answers: HashMap<AnswerKey, (String, String)>,
}

/// The write a round's child had started but not reported when it was killed.
#[derive(Debug, PartialEq)]
enum Pending {
    Import(Vec<String>),
    Save(AnswerKey, String, String),
}

/// One round's reports.
#[derive(Default)]
struct Reports {
    ready: bool,
    /// Every event reported: answers and the events of the imports.
    events: Vec<String>,
    answer_events: usize,
    imports: usize,
    /// The assessment answers saved, in order: a later one replaces an earlier one of its item.
    saves: Vec<(AnswerKey, (String, String))>,
    pending: Option<Pending>,
}

fn run(child: &Path, root: &Path, rounds: u32, seed: u64) -> Result<Stats, String> {
    let (data, source, check) = (root.join("data"), root.join("source"), root.join("check"));
    let mut rng = Rng(seed);
    let mut expected = Expected::default();
    let mut stats = Stats::default();
    for round in 1..=rounds {
        let delay = Duration::from_millis(2 + rng.below(MAX_DELAY_MS - 1));
        let output = run_child(child, &data, &source, delay)
            .map_err(|e| format!("round {round} ({delay:?}): {e}"))?;
        let reports =
            parse(&output).map_err(|e| format!("round {round}: {e}\n{}", tail(&output)))?;
        check_round(&data, &check, &reports, &mut expected, &mut stats).map_err(|e| {
            format!(
                "round {round} (killed after {delay:?}): {e}\n{}",
                tail(&output)
            )
        })?;
        if !reports.ready {
            stats.killed_while_starting += 1;
        }
        stats.answers += reports.answer_events;
        stats.imports += reports.imports;
        stats.edits += reports.saves.len();
    }
    // Every committed write of every round, in the real data directory (whose WAL the last kill
    // left), and the other install the imports came from.
    check_all(&data, &expected).map_err(|e| format!("after the last round: {e}"))?;
    let source = Store::open(&source, Access::ReadWrite, &crate::key())
        .map_err(|e| format!("the source install does not open: {e}"))?;
    integrity(&source).map_err(|e| format!("the source install: {e}"))?;
    Ok(stats)
}

/// Starts the child, lets it write for `delay`, kills it and returns what it printed.
fn run_child(child: &Path, data: &Path, source: &Path, delay: Duration) -> Result<String, String> {
    let mut process = Command::new(child)
        .arg(data)
        .arg(source)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", child.display()))?;
    // Read while it runs, so a full pipe never holds the child up.
    let stdout = drain(process.stdout.take());
    let stderr = drain(process.stderr.take());
    std::thread::sleep(delay);
    // On Unix, `kill` sends SIGKILL (and is harmless if the child has already stopped).
    process.kill().map_err(|e| format!("kill: {e}"))?;
    let status = process.wait().map_err(|e| e.to_string())?;
    let (stdout, stderr) = (joined(stdout), joined(stderr));
    if status.signal() != Some(SIGKILL) {
        return Err(format!(
            "the child stopped by itself ({status}) before the kill:\n{stderr}{}",
            tail(&stdout)
        ));
    }
    if !stderr.is_empty() {
        return Err(format!("the child wrote to stderr ({status}):\n{stderr}"));
    }
    Ok(stdout)
}

fn drain(pipe: Option<impl Read + Send + 'static>) -> JoinHandle<Vec<u8>> {
    let mut pipe = pipe.expect("piped");
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

fn joined(reader: JoinHandle<Vec<u8>>) -> String {
    String::from_utf8_lossy(&reader.join().expect("pipe reader")).into_owned()
}

/// The child's last lines, to show with a failure.
fn tail(output: &str) -> String {
    let lines: Vec<&str> = output.lines().collect();
    let from = lines.len().saturating_sub(12);
    format!("the child's last lines:\n{}", lines[from..].join("\n"))
}

/// The child's complete lines; a last line without its newline was cut off by the kill.
fn parse(output: &str) -> Result<Reports, String> {
    let complete = match output.rfind('\n') {
        Some(end) => &output[..end],
        None => "",
    };
    let mut reports = Reports::default();
    for line in complete.lines() {
        let (word, rest) = line.split_once(' ').unwrap_or((line, ""));
        let fields: Vec<String> = rest.split(' ').map(str::to_owned).collect();
        match word {
            "ready" => reports.ready = true,
            "event" => {
                reports.events.push(rest.to_owned());
                reports.answer_events += 1;
            }
            "import" => reports.pending = Some(Pending::Import(fields)),
            "merged" => {
                if reports.pending != Some(Pending::Import(fields.clone())) {
                    return Err(format!("{line:?} without its import line"));
                }
                reports.pending = None;
                reports.events.extend(fields);
                reports.imports += 1;
            }
            "saving" | "response" => {
                let [respondent, theme, item, level, token] = &fields[..] else {
                    return Err(format!("not an answer: {line:?}"));
                };
                let respondent = respondent.parse().map_err(|_| line.to_owned())?;
                let save = Pending::Save(
                    (respondent, theme.clone(), item.clone()),
                    level.clone(),
                    token.clone(),
                );
                if word == "saving" {
                    reports.pending = Some(save);
                } else if reports.pending.take() != Some(save) {
                    return Err(format!("{line:?} without its saving line"));
                } else {
                    let key = (respondent, theme.clone(), item.clone());
                    reports.saves.push((key, (level.clone(), token.clone())));
                }
            }
            _ => return Err(format!("unexpected line {line:?}")),
        }
    }
    Ok(reports)
}

/// Checks a copy of the data directory as the kill left it (the copy's open recovers the WAL; the
/// original keeps its WAL for the next child to recover).
fn check_round(
    data: &Path,
    check: &Path,
    reports: &Reports,
    expected: &mut Expected,
    stats: &mut Stats,
) -> Result<(), String> {
    if !data.join(DB_FILE).exists() {
        return if reports.ready {
            Err("the child was ready but there is no database".into())
        } else {
            Ok(())
        };
    }
    copy_database(data, check).map_err(|e| format!("copying the database: {e}"))?;
    let store = Store::open(check, Access::ReadWrite, &crate::key())
        .map_err(|e| format!("the database does not open after the kill: {e}"))?;
    integrity(&store)?;
    let present = |id: &str| event_present(&store, id);
    for id in &reports.events {
        if !present(id)? {
            return Err(format!("reported event {id} is missing"));
        }
    }
    expected.events.extend(reports.events.iter().cloned());
    // The answers reported this round replace earlier ones, and a cut-off save that landed
    // replaces those.
    expected.answers.extend(reports.saves.iter().cloned());
    match &reports.pending {
        Some(Pending::Import(ids)) => {
            let mut landed = 0;
            for id in ids {
                landed += usize::from(present(id)?);
            }
            if landed == ids.len() {
                stats.cut_imports_landed += 1;
                expected.events.extend(ids.iter().cloned());
            } else if landed == 0 {
                stats.cut_imports_gone += 1;
            } else {
                return Err(format!(
                    "half an import: {landed} of its events {ids:?} are there"
                ));
            }
        }
        Some(Pending::Save(key, level, token)) => {
            let found = answer(&store, key)?;
            if found.as_ref() == Some(&(level.clone(), token.clone())) {
                stats.cut_saves_landed += 1;
                expected
                    .answers
                    .insert(key.clone(), (level.clone(), token.clone()));
            } else {
                stats.cut_saves_gone += 1;
            }
        }
        None => {}
    }
    check_answers(&store, expected)
}

fn check_all(data: &Path, expected: &Expected) -> Result<(), String> {
    let store = Store::open(data, Access::ReadWrite, &crate::key())
        .map_err(|e| format!("the database does not open: {e}"))?;
    integrity(&store)?;
    for id in &expected.events {
        if !event_present(&store, id)? {
            return Err(format!("committed event {id} is missing"));
        }
    }
    check_answers(&store, expected)
}

fn check_answers(store: &Store, expected: &Expected) -> Result<(), String> {
    for (key, want) in &expected.answers {
        let found = answer(store, key)?;
        if found.as_ref() != Some(want) {
            return Err(format!(
                "answer {key:?}: committed {want:?}, found {found:?}"
            ));
        }
    }
    Ok(())
}

fn integrity(store: &Store) -> Result<(), String> {
    let c = store.connection();
    let rows = |sql: &str| -> rusqlite::Result<Vec<String>> {
        let mut stmt = c.prepare(sql)?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        rows.collect()
    };
    let integrity = rows("PRAGMA integrity_check").map_err(|e| e.to_string())?;
    if integrity != ["ok"] {
        return Err(format!("integrity_check: {integrity:?}"));
    }
    let broken =
        rows("SELECT \"table\" FROM pragma_foreign_key_check").map_err(|e| e.to_string())?;
    if !broken.is_empty() {
        return Err(format!("foreign_key_check: rows in {broken:?}"));
    }
    Ok(())
}

fn event_present(store: &Store, id: &str) -> Result<bool, String> {
    store
        .connection()
        .prepare_cached("SELECT 1 FROM progress_event WHERE id = ?1")
        .and_then(|mut s| s.exists([id]))
        .map_err(|e| e.to_string())
}

/// An answer's stored level and explanation.
fn answer(
    store: &Store,
    (respondent, theme, item): &AnswerKey,
) -> Result<Option<(String, String)>, String> {
    use rusqlite::OptionalExtension;
    store
        .connection()
        .query_row(
            "SELECT rating, explanation FROM assessment_answer
             WHERE respondent_id = ?1 AND theme = ?2 AND item = ?3",
            rusqlite::params![respondent, theme, item],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(|e| e.to_string())
}

/// Copies the database and its WAL, but not the shared-memory index: that is rebuilt from the
/// WAL, as after a reboot.
fn copy_database(data: &Path, check: &Path) -> std::io::Result<()> {
    if check.exists() {
        std::fs::remove_dir_all(check)?;
    }
    std::fs::create_dir_all(check)?;
    std::fs::copy(data.join(DB_FILE), check.join(DB_FILE))?;
    let wal = format!("{DB_FILE}-wal");
    if data.join(&wal).exists() {
        std::fs::copy(data.join(&wal), check.join(&wal))?;
    }
    Ok(())
}

/// The example binary. Cargo builds a package's examples for `cargo test`, into the folder beside
/// the test binary's `deps`.
fn child_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    // target/<profile>/deps/main-… → target/<profile>/examples/crash_child
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("."));
    let path = dir
        .join("examples")
        .join(format!("crash_child{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.is_file(),
        "the crash harness's child {} is not built: run `cargo build -p baken-store --examples` \
         (`cargo test -p baken-store` builds it too, `cargo test --test main` does not)",
        path.display()
    );
    path
}

fn clock_seed() -> u64 {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    nanos ^ u64::from(std::process::id())
}

/// xorshift64*: enough to spread the kill moments, and repeatable from its seed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        // Zero is xorshift's one fixed point.
        let mut x = if self.0 == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            self.0
        };
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}
