//! `baken export` and `baken import`: progress records between laptops (docs/records-format.md).

use std::path::{Path, PathBuf};

use baken_core::records::{self, MergeReport, RecordsError, RecordsFile, Selection};
use baken_i18n::Messages;
use baken_store::{Access, StoreError};
use chrono::{DateTime, Utc};

use crate::{Outcome, random, write_file};

/// The environment variable that holds the passphrase for sealing and opening records files (not
/// an argument: it would end up in the shell's history and in the process list).
pub const PASSPHRASE_ENV: &str = "BAKEN_PASSPHRASE";

fn passphrase() -> Option<String> {
    std::env::var(PASSPHRASE_ENV).ok().filter(|p| !p.is_empty())
}

/// The passphrase to seal with, or why there is none that will do.
pub fn passphrase_for_sealing(t: &Messages) -> Result<String, Outcome> {
    use baken_core::seal::{MIN_PASSPHRASE, check_secret};
    let refuse = |text: String| Outcome { text, ok: false };
    let p = passphrase().ok_or_else(|| refuse(t.get("records-passphrase-missing")))?;
    check_secret(&p, MIN_PASSPHRASE).map_err(|_| {
        refuse(t.format(
            "records-passphrase-short",
            &[("min", MIN_PASSPHRASE.to_string())],
        ))
    })?;
    Ok(p)
}

/// What `baken export` writes.
pub enum Format {
    /// A records file, to merge on another laptop.
    Records,
    /// A records file sealed with a passphrase.
    Sealed { passphrase: String },
    /// xAPI statements for a Learning Record Store; `names`: with the learners' names.
    Xapi { names: bool },
}

/// `baken export`: the records asked for, written to `out`.
pub fn export(
    dir: &Path,
    out: &Path,
    selection: Selection,
    format: Format,
    now: DateTime<Utc>,
    t: &Messages,
) -> Result<Outcome, StoreError> {
    let store = crate::unlock::open(dir, Access::ReadOnly, t)?;
    let course = baken_store::packs::load_course(dir);
    let bytes = store.export_records(selection, &course.pack, env!("CARGO_PKG_VERSION"), now)?;
    let file = records::parse(&bytes).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    if let Format::Xapi { names } = format {
        // One person, one actor: merged profiles count as their person.
        let (learners, events) = file.by_person();
        let statements = baken_core::xapi::statements(&learners, &events, &course.pack, names);
        let json = serde_json::to_vec_pretty(&statements)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        write_file(out, &json)?;
        return Ok(t
            .format(
                "records-xapi-done",
                &[
                    ("statements", statements.len().to_string()),
                    ("learners", learners.len().to_string()),
                    ("path", out.display().to_string()),
                ],
            )
            .into());
    }
    let bytes = match &format {
        Format::Sealed { passphrase } => {
            baken_core::seal::seal(&bytes, passphrase, random(), random())
        }
        _ => bytes,
    };
    let sealed = matches!(format, Format::Sealed { .. });
    write_file(out, &bytes)?;
    let mut lines = vec![
        t.format(
            "records-export-done",
            &[
                ("learners", file.learners.len().to_string()),
                ("events", file.events.len().to_string()),
                ("path", out.display().to_string()),
            ],
        ),
        t.get("records-personal-data"),
    ];
    if !sealed {
        lines.push(t.get("records-personal-data-open-cli"));
    }
    Ok(lines.join("\n").into())
}

/// The learner `name_or_id` names: an id, or a name that exactly one learner has.
pub fn find_learner(
    dir: &Path,
    name_or_id: &str,
    t: &Messages,
) -> Result<Result<uuid::Uuid, Outcome>, StoreError> {
    let learners = crate::unlock::open(dir, Access::ReadOnly, t)?.learners()?;
    let wanted = name_or_id.trim();
    let found: Vec<_> = learners
        .iter()
        .filter(|l| l.id.to_string() == wanted.to_lowercase() || l.name == wanted)
        .collect();
    Ok(match found.as_slice() {
        [one] => Ok(one.id),
        [] => Err(Outcome {
            text: t.format("cli-no-such-learner", &[("name", wanted.to_owned())]),
            ok: false,
        }),
        several => Err(Outcome {
            text: std::iter::once(t.format("records-export-which", &[("name", wanted.to_owned())]))
                .chain(several.iter().map(|l| format!("  {}", l.id)))
                .collect::<Vec<_>>()
                .join("\n"),
            ok: false,
        }),
    })
}

/// Reads and checks one records file; the error is the message, in the user's language.
fn read(file: &Path, t: &Messages) -> Result<RecordsFile, String> {
    let unreadable = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => t.get("records-file-missing"),
        _ => t.get("records-file-unreadable"),
    };
    let error = |e: RecordsError| t.format(e.message_id(), &e.args());
    // A huge file is refused before it is read.
    let size = std::fs::metadata(file).map_err(unreadable)?.len();
    records::check_size(size).map_err(error)?;
    let bytes = std::fs::read(file).map_err(unreadable)?;
    records::open(&bytes, passphrase().as_deref()).map_err(error)
}

/// `baken import`: every file is read and checked, then merged; all in one transaction, so the
/// import lands whole or not at all. A refused file is named with the reason and adds nothing; the
/// others are merged all the same. Files are read and checked on a second thread while the one
/// before is merged.
pub fn import(dir: &Path, files: &[PathBuf], t: &Messages) -> Result<Outcome, StoreError> {
    let mut store = crate::unlock::open(dir, Access::ReadWrite, t)?;
    let here = store
        .municipality()?
        .ok_or(StoreError::NoMunicipality)?
        .profile
        .name;
    // A copy as it was, before anything from elsewhere comes in.
    let backup = store.back_up(baken_core::backup::Reason::Import, chrono::Utc::now())?;
    let mut lines = vec![t.format("cli-backup-before-import", &[("file", backup.file)])];
    let mut ok = true;
    std::thread::scope(|scope| {
        let (send, parsed) = std::sync::mpsc::sync_channel(1);
        scope.spawn(move || {
            for file in files {
                if send.send(read(file, t)).is_err() {
                    break; // the merge stopped
                }
            }
        });
        let mut merge = store.begin_merge()?;
        for (file, parsed) in files.iter().zip(parsed) {
            let name = file.display().to_string();
            match parsed {
                Ok(parsed) => lines.extend(describe(&name, &merge.add(&parsed)?, &here, t)),
                Err(message) => {
                    ok = false;
                    lines.push(t.format(
                        "records-file-problem",
                        &[("file", name), ("message", message)],
                    ));
                }
            }
        }
        merge.commit()
    })?;
    Ok(Outcome {
        text: lines.join("\n"),
        ok,
    })
}

fn describe(file: &str, r: &MergeReport, here: &str, t: &Messages) -> Vec<String> {
    let mut lines = vec![t.format(
        "records-import-done",
        &[
            ("file", file.to_owned()),
            ("learners", r.learners_added.to_string()),
            ("events", r.events_added.to_string()),
            ("known", r.events_known.to_string()),
        ],
    )];
    if r.from_this_install {
        lines.push(t.get("records-import-own"));
    }
    if let Some(there) = r.municipality.as_deref().filter(|m| *m != here) {
        lines.push(t.format(
            "records-import-other-municipality",
            &[("there", there.to_owned()), ("here", here.to_owned())],
        ));
    }
    for name in &r.same_names {
        lines.push(t.format("records-import-same-name", &[("name", name.clone())]));
    }
    lines
}
