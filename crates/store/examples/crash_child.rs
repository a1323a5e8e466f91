//! The child of the crash-safety harness (`tests/crash.rs`): writes to a Baken store in a loop
//! until the harness kills it with SIGKILL, and reports every write whose transaction committed.
//!
//! Usage: `crash_child <data dir> <source dir>`. The source directory holds a second install that
//! the imports come from.
//!
//! Three kinds of writes, in turn, each the way the app does it:
//! - an answer: one progress event (`event <id>`);
//! - an import: two new events on the second install, exported as a records file and merged in
//!   one transaction (`import <id> <id>` before the merge, `merged <id> <id>` after);
//! - an assessment edit: one respondent's answer to one item, replacing an earlier one
//!   (`saving <respondent> <theme> <item> <level> <token>` before, `response …` with the same
//!   fields after; the token is the answer's explanation and tells every save apart).
//!
//! A line is printed only after the store returned Ok, so the parent may take every report as
//! committed. The lines announcing an import or a save let the parent check that the write the
//! kill cut off landed whole or not at all. `ready` says the set-up is done.

use std::io::Write;
use std::path::Path;

use baken_core::assessment::{Rating, Response};
use baken_core::content::default_pack;
use baken_core::records::{self, Selection};
use baken_core::{Answer, EventKind, NewLearner, Role};
use baken_store::{Access, Store};
use chrono::Utc;
use uuid::Uuid;

type Error = Box<dyn std::error::Error>;

/// The learner whose answers this child records; found again by name after a kill.
const LEARNER: &str = "Crashtest Leerling";

fn main() {
    if let Err(e) = run() {
        // The parent treats an exit of its own as a failure and shows this.
        eprintln!("crash_child: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Error> {
    let mut args = std::env::args_os().skip(1);
    let (Some(data), Some(source_dir)) = (args.next(), args.next()) else {
        return Err("usage: crash_child <data dir> <source dir>".into());
    };
    let now = Utc::now();
    // The same fixed key as the tests' `key()` (tests/main.rs): the harness checks the files.
    let key = baken_core::key::RecoveryCode::from_random([42; baken_core::key::SECRET_BYTES])
        .database_key();
    let mut store = Store::open(Path::new(&data), Access::ReadWrite, &key)?;
    let mut source = Store::open(Path::new(&source_dir), Access::ReadWrite, &key)?;
    // A kill may have come before or during any of these steps; each one checks what is there.
    if store.municipality()?.is_none() {
        store.create_demo(now)?;
    }
    if source.municipality()?.is_none() {
        source.create_demo(now)?;
    }
    let learner = match store.learners()?.into_iter().find(|l| l.name == LEARNER) {
        Some(l) => l.id,
        None => {
            let form = NewLearner {
                name: LEARNER.into(),
                role: Role::Wijkteam,
                department: None,
            };
            store.add_learner(&form, now)?.id
        }
    };
    let senders: Vec<Uuid> = source.learners()?.iter().map(|l| l.id).collect();
    let pack = default_pack();
    let questionnaire = pack.questionnaire.as_ref().ok_or("no questionnaire")?;
    // Items whose level the respondent gives (the training item's level comes from the records).
    let items: Vec<(&str, &str)> = questionnaire
        .themes
        .iter()
        .flat_map(|t| {
            t.items
                .iter()
                .filter(|i| !i.from_records)
                .map(move |i| (t.id.as_str(), i.id.as_str()))
        })
        .collect();
    let assessment = match store.assessments()?.first() {
        Some(a) => a.id,
        None => {
            store
                .create_assessment("Crashtest", now.date_naive(), questionnaire, now)?
                .id
        }
    };
    let respondent = store.add_respondent(assessment, "Crashtest", "test")?.id;
    if senders.is_empty() || items.is_empty() {
        return Err("the demo has no learners or the questionnaire no items".into());
    }

    let mut out = std::io::stdout().lock();
    report(&mut out, "ready")?;
    for n in 0usize.. {
        let turn = n / 3;
        match n % 3 {
            0 => {
                let kind = EventKind::ItemAnswered {
                    item: "crash-item".into(),
                    version: 1,
                    attempt: 1,
                    answer: Answer::Single {
                        option: format!("o{}", turn % 4),
                    },
                    correct: turn % 2 == 0,
                };
                let event = store.record_event(learner, "signalen", &kind, Utc::now())?;
                report(&mut out, &format!("event {}", event.id))?;
            }
            1 => {
                // New events on the other install, so that every import adds something.
                let at = Utc::now();
                let mut ids = Vec::new();
                for k in 0..2 {
                    let who = senders[(2 * turn + k) % senders.len()];
                    let page = EventKind::PageViewed {
                        page: format!("p{k}"),
                    };
                    ids.push(
                        source
                            .record_event(who, "signalen", &page, at)?
                            .id
                            .to_string(),
                    );
                }
                let bytes =
                    source.export_records(Selection::Since { since: at }, &pack, "crash", at)?;
                let file = records::parse(&bytes)?;
                let ids = ids.join(" ");
                report(&mut out, &format!("import {ids}"))?;
                store.merge_records(&file)?;
                report(&mut out, &format!("merged {ids}"))?;
            }
            _ => {
                let (theme, item) = items[turn % items.len()];
                let level = ((turn / items.len()) % 5) as u8;
                let token = Uuid::new_v4().simple().to_string();
                let fields = format!("{respondent} {theme} {item} {level} {token}");
                let response = Response {
                    theme: theme.into(),
                    item: item.into(),
                    rating: Some(Rating::Level { level }),
                    explanation: token,
                    evidence: String::new(),
                };
                report(&mut out, &format!("saving {fields}"))?;
                store.save_response(respondent, &response, questionnaire, Utc::now())?;
                report(&mut out, &format!("response {fields}"))?;
            }
        }
    }
    Ok(())
}

/// One line to the parent, flushed at once: the kill may come right after it.
fn report(out: &mut impl Write, line: &str) -> Result<(), Error> {
    writeln!(out, "{line}")?;
    out.flush()?;
    Ok(())
}
