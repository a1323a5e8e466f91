//! The records file: learners and their progress events, carried from one laptop to another on a
//! USB stick or a network share, and merged there without retyping, losing or doubling anything.
//! The format is documented for people in `docs/records-format.md`.
//!
//! A records file is UTF-8 text, one JSON object per line:
//!
//! 1. a [`Header`]: `{"format":"baken-records","version":1,"install":…,…}`;
//! 2. any number of `{"learner":{…}}` ([`LearnerRecord`]) and `{"event":{…}}` ([`EventRecord`])
//!    lines, every learner before the first of their events, and `{"link":{…}}` ([`LinkRecord`])
//!    lines: a trainer's decision that two profiles are one person, after both learners; and
//!    `{"removed":{…}}` ([`RemovedRecord`]) lines: a learner removed for good, by id only;
//! 3. the end line `{"end":{"learners":…,"events":…,"sha256":…}}` ([`End`]): the counts and the
//!    SHA-256 of every byte before it, so a file that was cut off or changed is noticed.
//!
//! [`Writer`] writes one; [`parse`] reads one and refuses anything that is not whole and valid
//! with a [`RecordsError`], before a single record reaches the database. Events keep the globally
//! unique ids they got on the laptop where they happened, so merging the same file twice adds
//! nothing the second time.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::ValidationError;
use crate::learner::{Role, valid_learner_name};
use crate::municipality::optional_name;
use crate::progress::{EventKind, ProgressEvent};

/// The `format` of a records file.
pub const FORMAT: &str = "baken-records";
/// The format version this Baken writes and the newest it reads. Version 2 added the
/// `classroom-completed` event kind and the `link` and `removed` lines; Baken still reads
/// version 1.
pub const VERSION: u32 = 2;
/// The oldest format version Baken reads.
pub const OLDEST_VERSION: u32 = 1;
/// The largest file Baken reads: about five million events.
pub const MAX_BYTES: u64 = 1 << 30;
/// The longest line: a record is a few hundred bytes; anything much longer is not one.
pub const MAX_LINE: usize = 16 * 1024;
/// The longest module id.
pub const MAX_MODULE_ID: usize = 100;

/// The first line: what the file is, where it comes from and what it holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub format: String,
    pub version: u32,
    /// The install (one laptop's database) that wrote the file.
    pub install: Uuid,
    /// The version of Baken that wrote the file.
    pub app_version: String,
    pub exported_at: DateTime<Utc>,
    /// The municipality of that install, so the person importing recognises the file.
    pub municipality: Option<String>,
    /// Which records were asked for.
    pub selection: Selection,
    /// The course content the events refer to: each module with its newest item or case version.
    pub content: Vec<ModuleVersion>,
}

/// Which records an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Selection {
    /// Every learner and every event.
    All,
    /// One learner and their events.
    Learner { learner: Uuid },
    /// The events from this moment on, with their learners.
    Since { since: DateTime<Utc> },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleVersion {
    pub module: String,
    pub version: u32,
}

/// A learner's profile as it travels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LearnerRecord {
    /// Unique across installs: learners merge by this id, never by name.
    pub id: Uuid,
    pub name: String,
    pub role: Role,
    pub department: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// A trainer's decision that two profiles (made on two laptops, say) are one person: the
/// alias's records count as the person's. Both profiles and all their events stay as they were.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkRecord {
    pub alias: Uuid,
    pub person: Uuid,
    pub at: DateTime<Utc>,
}

/// A learner who was removed for good (the AVG's right to erasure) on some laptop: by id only,
/// so the removal reaches every laptop the records travel to, and an older file cannot bring the
/// learner back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RemovedRecord {
    pub id: Uuid,
    pub at: DateTime<Utc>,
}

/// A progress event as it travels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventRecord {
    pub id: Uuid,
    pub learner: Uuid,
    pub module: String,
    pub at: DateTime<Utc>,
    pub kind: EventKind,
}

impl From<&ProgressEvent> for EventRecord {
    fn from(e: &ProgressEvent) -> Self {
        EventRecord {
            id: e.id,
            learner: e.learner_id,
            module: e.module_id.clone(),
            at: e.occurred_at,
            kind: e.kind.clone(),
        }
    }
}

impl From<EventRecord> for ProgressEvent {
    fn from(e: EventRecord) -> Self {
        ProgressEvent {
            id: e.id,
            learner_id: e.learner,
            module_id: e.module,
            occurred_at: e.at,
            kind: e.kind,
        }
    }
}

/// The content versions for a header: each module with the newest version among its check items
/// and cases (0 for a module with neither).
pub fn content_versions(pack: &crate::content::Pack) -> Vec<ModuleVersion> {
    pack.modules
        .iter()
        .map(|m| ModuleVersion {
            module: m.id.clone(),
            version: m
                .check
                .iter()
                .flat_map(|c| c.items.iter().map(|i| i.version))
                .chain(m.cases.iter().map(|c| c.version))
                .max()
                .unwrap_or(0),
        })
        .collect()
}

/// What merging a records file did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeReport {
    /// The install that wrote the file.
    pub from_install: Uuid,
    /// The file came from this very install (merging it adds nothing, and that is fine).
    pub from_this_install: bool,
    pub municipality: Option<String>,
    #[ts(type = "number")]
    pub learners_added: u64,
    /// Learners in the file who were already here (by id).
    #[ts(type = "number")]
    pub learners_known: u64,
    #[ts(type = "number")]
    pub events_added: u64,
    /// Events in the file that were already here (by id): merged before, or from this install.
    #[ts(type = "number")]
    pub events_known: u64,
    /// Trainers' decisions that two profiles are one person, new here.
    #[ts(type = "number")]
    pub links_added: u64,
    /// Learners removed here because they were removed for good on the other laptop.
    #[ts(type = "number")]
    pub learners_removed: u64,
    /// Added learners whose name another learner here already has, under another id: perhaps one
    /// person on two laptops. Baken never merges them by name; a trainer decides.
    pub same_names: Vec<String>,
}

/// Profiles on this laptop with the same name that a trainer has neither merged nor kept apart:
/// perhaps one person who worked on two laptops.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SameName {
    pub name: String,
    /// The oldest profile first: merging keeps it and counts the others' records as its.
    pub profiles: Vec<Profile>,
}

/// A profile as the trainer compares it with another of the same name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub learner: crate::Learner,
    pub created_at: DateTime<Utc>,
    pub events: u32,
    pub last_active: Option<DateTime<Utc>>,
}

/// The last line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct End {
    pub learners: u64,
    pub events: u64,
    /// Link lines (version 2 on; absent in version 1).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub links: u64,
    /// Removed lines (version 2 on; absent when there are none).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub removed: u64,
    /// SHA-256 of every byte before this line, lowercase hex.
    pub sha256: String,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
enum Line {
    Learner(LearnerRecord),
    Event(EventRecord),
    Link(LinkRecord),
    Removed(RemovedRecord),
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EndLine {
    end: End,
}

/// A whole, checked records file.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordsFile {
    pub header: Header,
    pub learners: Vec<LearnerRecord>,
    pub events: Vec<ProgressEvent>,
    pub links: Vec<LinkRecord>,
    pub removed: Vec<RemovedRecord>,
}

impl RecordsFile {
    /// The learners and events with every merged profile counted as its person (the file's
    /// links): the aliases left out, their events under the person's id. For an export such as
    /// xAPI, where one person should be one actor.
    pub fn by_person(&self) -> (Vec<LearnerRecord>, Vec<ProgressEvent>) {
        let person: std::collections::HashMap<Uuid, Uuid> =
            self.links.iter().map(|l| (l.alias, l.person)).collect();
        let root = |mut id: Uuid| {
            // Links point at a person; a chain from an older Baken is followed, but never forever.
            for _ in 0..self.links.len() {
                match person.get(&id) {
                    Some(next) => id = *next,
                    None => break,
                }
            }
            id
        };
        let learners = (self.learners.iter())
            .filter(|l| !person.contains_key(&l.id))
            .cloned()
            .collect();
        let events = (self.events.iter())
            .map(|e| ProgressEvent {
                learner_id: root(e.learner_id),
                ..e.clone()
            })
            .collect();
        (learners, events)
    }
}

/// Writes a records file line by line, counting and hashing as it goes.
pub struct Writer {
    out: Vec<u8>,
    hasher: Sha256,
    learners: u64,
    events: u64,
    links: u64,
    removed: u64,
}

impl Writer {
    pub fn new(header: &Header) -> Writer {
        let mut writer = Writer {
            out: Vec::new(),
            hasher: Sha256::new(),
            learners: 0,
            events: 0,
            links: 0,
            removed: 0,
        };
        writer.line(header);
        writer
    }

    fn line(&mut self, value: &impl Serialize) {
        let start = self.out.len();
        serde_json::to_writer(&mut self.out, value).expect("records serialize to JSON");
        self.out.push(b'\n');
        self.hasher.update(&self.out[start..]);
    }

    pub fn learner(&mut self, learner: &LearnerRecord) {
        self.learners += 1;
        self.line(&Line::Learner(learner.clone()));
    }

    pub fn event(&mut self, event: &ProgressEvent) {
        self.events += 1;
        self.line(&Line::Event(event.into()));
    }

    /// A learner removed for good (not listed in the file).
    pub fn removed(&mut self, removed: &RemovedRecord) {
        self.removed += 1;
        self.line(&Line::Removed(removed.clone()));
    }

    /// A link between two learners already written.
    pub fn link(&mut self, link: &LinkRecord) {
        self.links += 1;
        self.line(&Line::Link(link.clone()));
    }

    /// The file's bytes, with the end line.
    pub fn finish(mut self) -> Vec<u8> {
        let end = EndLine {
            end: End {
                learners: self.learners,
                events: self.events,
                links: self.links,
                removed: self.removed,
                sha256: hex(&self.hasher.clone().finalize()),
            },
        };
        serde_json::to_writer(&mut self.out, &end).expect("records serialize to JSON");
        self.out.push(b'\n');
        self.out
    }
}

/// Lowercase hex of `bytes` (checksums, salts, nonces).
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Why a file was refused. Nothing of a refused file is used. [`RecordsError::message_id`] and
/// [`RecordsError::args`] give the message in the Fluent files.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordsError {
    #[error("the file is {size_mb} MB; a records file is at most {max_mb} MB")]
    TooLarge { size_mb: u64, max_mb: u64 },
    #[error("the file is empty")]
    Empty,
    #[error("not a Baken records file")]
    NotRecords,
    #[error("the file stops before its end line")]
    Truncated,
    #[error("the checksum does not match the content")]
    Damaged,
    #[error("format version {found}; this Baken reads up to {supported}")]
    Newer { found: u64, supported: u32 },
    #[error("line {line}: {detail}")]
    Invalid { line: usize, detail: String },
    #[error("the file is sealed with a passphrase")]
    NeedsPassphrase,
    #[error("wrong passphrase, or the sealed file is damaged")]
    WrongPassphrase,
}

impl RecordsError {
    pub fn message_id(&self) -> &'static str {
        match self {
            RecordsError::TooLarge { .. } => "records-error-too-large",
            RecordsError::Empty => "records-error-empty",
            RecordsError::NotRecords => "records-error-not-records",
            RecordsError::Truncated => "records-error-truncated",
            RecordsError::Damaged => "records-error-damaged",
            RecordsError::Newer { .. } => "records-error-newer",
            RecordsError::Invalid { .. } => "records-error-invalid",
            RecordsError::NeedsPassphrase => "records-error-needs-passphrase",
            RecordsError::WrongPassphrase => "records-error-wrong-passphrase",
        }
    }

    /// Every message id, so a test can check each has a message in every language.
    pub const MESSAGE_IDS: [&'static str; 9] = [
        "records-error-too-large",
        "records-error-empty",
        "records-error-not-records",
        "records-error-truncated",
        "records-error-damaged",
        "records-error-newer",
        "records-error-invalid",
        "records-error-needs-passphrase",
        "records-error-wrong-passphrase",
    ];

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            RecordsError::TooLarge { size_mb, max_mb } => {
                vec![("size", size_mb.to_string()), ("max", max_mb.to_string())]
            }
            RecordsError::Newer { found, supported } => {
                vec![
                    ("found", found.to_string()),
                    ("supported", supported.to_string()),
                ]
            }
            RecordsError::Invalid { line, detail } => {
                vec![("line", line.to_string()), ("detail", detail.clone())]
            }
            RecordsError::Empty
            | RecordsError::NotRecords
            | RecordsError::Truncated
            | RecordsError::Damaged
            | RecordsError::NeedsPassphrase
            | RecordsError::WrongPassphrase => vec![],
        }
    }
}

/// The size check, for a caller that knows a file's size before reading it.
pub fn check_size(bytes: u64) -> Result<(), RecordsError> {
    if bytes > MAX_BYTES {
        return Err(RecordsError::TooLarge {
            size_mb: bytes.div_ceil(1_000_000),
            max_mb: MAX_BYTES / 1_000_000,
        });
    }
    Ok(())
}

/// Reads and checks a records file that may be sealed with a passphrase (`crate::seal`).
pub fn open(bytes: &[u8], passphrase: Option<&str>) -> Result<RecordsFile, RecordsError> {
    check_size(bytes.len() as u64)?;
    if crate::seal::is_sealed(bytes) {
        let passphrase = passphrase.ok_or(RecordsError::NeedsPassphrase)?;
        return parse(&crate::seal::unseal(bytes, passphrase)?);
    }
    parse(bytes)
}

/// Reads and checks a whole records file.
pub fn parse(bytes: &[u8]) -> Result<RecordsFile, RecordsError> {
    check_size(bytes.len() as u64)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(RecordsError::Empty);
    }
    // The first line says what the file is; only it is read before deciding.
    let Some(header_end) = bytes.iter().take(MAX_LINE + 1).position(|&b| b == b'\n') else {
        return Err(if looks_like_header(bytes) {
            RecordsError::Truncated
        } else {
            RecordsError::NotRecords
        });
    };
    let header = header(&bytes[..header_end])?;

    // The end line: the file must end with it and a newline.
    if bytes.last() != Some(&b'\n') || bytes.len() == header_end + 1 {
        return Err(RecordsError::Truncated);
    }
    let body_end = bytes[..bytes.len() - 1]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let Ok(EndLine { end }) = serde_json::from_slice::<EndLine>(&bytes[body_end..]) else {
        return Err(RecordsError::Truncated);
    };
    if hex(&Sha256::digest(&bytes[..body_end])) != end.sha256 {
        return Err(RecordsError::Damaged);
    }

    // Every body line ends with a newline; without the last one, split gives exactly the lines.
    let body = match &bytes[header_end + 1..body_end] {
        [] => None,
        [lines @ .., _newline] => Some(lines),
    };
    let lines = body.map_or(0, |b| b.len() / 200 + 1);
    let mut learners: Vec<LearnerRecord> = Vec::new();
    let mut events: Vec<ProgressEvent> = Vec::with_capacity(lines);
    let mut learner_ids = HashSet::new();
    let mut event_ids = HashSet::with_capacity(lines);
    let mut links: Vec<LinkRecord> = Vec::new();
    // Sets beside the lists: a file of a million link or removed lines is checked in linear time.
    let mut aliases = HashSet::new();
    let mut removed_ids = HashSet::new();
    let mut removed: Vec<RemovedRecord> = Vec::new();
    for (i, line) in body
        .into_iter()
        .flat_map(|b| b.split(|&c| c == b'\n'))
        .enumerate()
    {
        let number = i + 2;
        let invalid = |detail: String| RecordsError::Invalid {
            line: number,
            detail,
        };
        if line.len() > MAX_LINE {
            return Err(invalid(format!("longer than {MAX_LINE} bytes")));
        }
        match serde_json::from_slice::<Line>(line).map_err(|e| invalid(e.to_string()))? {
            Line::Learner(learner) => {
                let learner = valid_learner(learner).map_err(|e| invalid(e.to_string()))?;
                if removed_ids.contains(&learner.id) {
                    return Err(invalid(format!(
                        "learner {} is listed and removed, or removed twice",
                        learner.id
                    )));
                }
                if !learner_ids.insert(learner.id) {
                    return Err(invalid(format!("learner {} appears twice", learner.id)));
                }
                learners.push(learner);
            }
            Line::Event(event) => {
                if !learner_ids.contains(&event.learner) {
                    return Err(invalid(format!(
                        "event {} belongs to learner {}, who is not listed before it",
                        event.id, event.learner
                    )));
                }
                if !valid_module_id(&event.module) {
                    return Err(invalid(format!("{:?} is not a module id", event.module)));
                }
                if !event_ids.insert(event.id) {
                    return Err(invalid(format!("event {} appears twice", event.id)));
                }
                events.push(event.into());
            }
            Line::Link(link) => {
                for id in [link.alias, link.person] {
                    if !learner_ids.contains(&id) {
                        return Err(invalid(format!(
                            "a link names learner {id}, who is not listed before it"
                        )));
                    }
                }
                if link.alias == link.person {
                    return Err(invalid(format!(
                        "learner {} is linked to itself",
                        link.alias
                    )));
                }
                if !aliases.insert(link.alias) {
                    return Err(invalid(format!("learner {} is linked twice", link.alias)));
                }
                links.push(link);
            }
            Line::Removed(gone) => {
                if learner_ids.contains(&gone.id) || !removed_ids.insert(gone.id) {
                    return Err(invalid(format!(
                        "learner {} is listed and removed, or removed twice",
                        gone.id
                    )));
                }
                removed.push(gone);
            }
        }
    }
    let end_line = end_line_number(bytes, body_end);
    let counted = (end.learners, end.events, end.links, end.removed);
    let held = (
        learners.len() as u64,
        events.len() as u64,
        links.len() as u64,
        removed.len() as u64,
    );
    if counted != held {
        return Err(RecordsError::Invalid {
            line: end_line,
            detail: format!(
                "the end line counts {counted:?} learners, events, links and removed learners; \
                 the file holds {held:?}"
            ),
        });
    }
    Ok(RecordsFile {
        header,
        learners,
        events,
        links,
        removed,
    })
}

/// The line number of the end line (which starts at byte `body_end`).
fn end_line_number(bytes: &[u8], body_end: usize) -> usize {
    bytes[..body_end].iter().filter(|&&b| b == b'\n').count() + 1
}

fn looks_like_header(bytes: &[u8]) -> bool {
    let start = &bytes[..bytes.len().min(200)];
    let needle = format!("\"format\":\"{FORMAT}\"");
    start.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn header(line: &[u8]) -> Result<Header, RecordsError> {
    // First loosely, to tell a foreign file and a newer version apart from a damaged header.
    let value: serde_json::Value =
        serde_json::from_slice(line).map_err(|_| RecordsError::NotRecords)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(RecordsError::NotRecords);
    }
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(found) if found > u64::from(VERSION) => {
            return Err(RecordsError::Newer {
                found,
                supported: VERSION,
            });
        }
        Some(found) if found >= u64::from(OLDEST_VERSION) => {}
        _ => {
            return Err(RecordsError::Invalid {
                line: 1,
                detail: "no valid format version".into(),
            });
        }
    }
    serde_json::from_value(value).map_err(|e| RecordsError::Invalid {
        line: 1,
        detail: e.to_string(),
    })
}

fn valid_learner(learner: LearnerRecord) -> Result<LearnerRecord, ValidationError> {
    Ok(LearnerRecord {
        name: valid_learner_name(&learner.name)?,
        department: optional_name(
            learner.department.as_deref(),
            "department",
            crate::learner::MAX_LEARNER_NAME,
        )?,
        ..learner
    })
}

/// Module ids are short and kebab-case (`wat-is-radicalisering`).
pub fn valid_module_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_MODULE_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Answer;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    fn header() -> Header {
        Header {
            format: FORMAT.into(),
            version: VERSION,
            install: id(1),
            app_version: "0.1.0".into(),
            exported_at: at("2026-11-30T09:00:00Z"),
            municipality: Some("Gemeente Zilverdam".into()),
            selection: Selection::All,
            content: vec![ModuleVersion {
                module: "signalen".into(),
                version: 1,
            }],
        }
    }

    fn learner(n: u128, name: &str) -> LearnerRecord {
        LearnerRecord {
            id: id(n),
            name: name.into(),
            role: Role::Wijkteam,
            department: Some("Sociaal domein".into()),
            created_at: at("2026-01-05T08:00:00Z"),
        }
    }

    fn event(n: u128, learner: u128, kind: EventKind) -> ProgressEvent {
        ProgressEvent {
            id: id(n),
            learner_id: id(learner),
            module_id: "signalen".into(),
            occurred_at: at("2026-02-01T10:00:00Z"),
            kind,
        }
    }

    fn sample() -> RecordsFile {
        RecordsFile {
            header: header(),
            learners: vec![learner(10, "Sanne de Vries"), learner(11, "Bram Peeters")],
            events: vec![
                event(100, 10, EventKind::ModuleStarted),
                event(
                    101,
                    10,
                    EventKind::ItemAnswered {
                        item: "s1".into(),
                        version: 2,
                        attempt: 1,
                        answer: Answer::Single { option: "b".into() },
                        correct: true,
                    },
                ),
                event(102, 11, EventKind::ModuleCompleted { score: 90 }),
            ],
            links: vec![LinkRecord {
                alias: id(11),
                person: id(10),
                at: at("2026-03-01T12:00:00Z"),
            }],
            removed: vec![RemovedRecord {
                id: id(12),
                at: at("2026-04-01T12:00:00Z"),
            }],
        }
    }

    fn write(file: &RecordsFile) -> Vec<u8> {
        let mut w = Writer::new(&file.header);
        for l in &file.learners {
            w.learner(l);
        }
        for e in &file.events {
            w.event(e);
        }
        for l in &file.links {
            w.link(l);
        }
        for r in &file.removed {
            w.removed(r);
        }
        w.finish()
    }

    /// Rewrites the end line so the checksum fits `body` again (a "valid" but wrong file).
    fn reseal(body: &str, learners: u64, events: u64) -> Vec<u8> {
        let end = EndLine {
            end: End {
                learners,
                events,
                links: 0,
                removed: 0,
                sha256: hex(&Sha256::digest(body.as_bytes())),
            },
        };
        format!("{body}{}\n", serde_json::to_string(&end).unwrap()).into_bytes()
    }

    #[test]
    fn a_written_file_reads_back_the_same() {
        let file = sample();
        let bytes = write(&file);
        assert_eq!(parse(&bytes), Ok(file));
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.starts_with("{\"format\":\"baken-records\",\"version\":2,"));
        assert_eq!(text.lines().count(), 9);
        assert!(
            text.lines()
                .nth(3)
                .unwrap()
                .starts_with("{\"event\":{\"id\":")
        );
        assert!(text.lines().last().unwrap().starts_with(
            "{\"end\":{\"learners\":2,\"events\":3,\"links\":1,\"removed\":1,\"sha256\":\""
        ));
    }

    #[test]
    fn by_person_counts_a_merged_profile_as_its_person() {
        let (learners, events) = sample().by_person();
        assert_eq!(learners.len(), 1);
        assert_eq!(learners[0].id, id(10));
        assert!(events.iter().all(|e| e.learner_id == id(10)));
        assert_eq!(events.len(), 3);
    }

    /// Found by reading the code behind the fuzz target `records`: a learner listed after a line
    /// that removes them made a file that parsed but could not be written back.
    #[test]
    fn a_learner_removed_earlier_in_the_file_is_refused() {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../fuzz/regressions/records/removed-before-learner.jsonl"
        ))
        .unwrap();
        let result = parse(&bytes);
        assert!(
            matches!(&result, Err(RecordsError::Invalid { line: 3, detail }) if detail.contains("removed")),
            "{result:?}"
        );
    }

    #[test]
    fn many_links_and_removals_are_checked_in_linear_time() {
        // 20,000 of each: with a list scan per line this took seconds; with sets, milliseconds.
        // (Timing is for the benchmark; here the point is that every duplicate is still found.)
        let mut w = Writer::new(&header());
        for n in 0..20_000u128 {
            w.learner(&learner(1_000_000 + n, "Sanne de Vries"));
        }
        for n in 0..10_000u128 {
            w.link(&LinkRecord {
                alias: id(1_000_000 + 2 * n + 1),
                person: id(1_000_000 + 2 * n),
                at: at("2026-03-01T12:00:00Z"),
            });
        }
        for n in 0..20_000u128 {
            w.removed(&RemovedRecord {
                id: id(5_000_000 + n),
                at: at("2026-03-01T12:00:00Z"),
            });
        }
        let file = parse(&w.finish()).unwrap();
        assert_eq!((file.links.len(), file.removed.len()), (10_000, 20_000));
    }

    #[test]
    fn a_version_1_file_still_reads() {
        let mut file = sample();
        file.header.version = 1;
        file.links.clear();
        file.removed.clear();
        let bytes = write(&file);
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(
            !text.contains("\"links\""),
            "version 1 had no links in its end line"
        );
        assert_eq!(parse(&bytes), Ok(file));
    }

    #[test]
    fn links_must_join_two_listed_learners_once() {
        let text = String::from_utf8(write(&sample())).unwrap();
        let body: String = text.lines().take(7).map(|l| format!("{l}\n")).collect();
        let link = text.lines().nth(6).unwrap();
        let ten = "00000000-0000-0000-0000-00000000000a";
        let eleven = "00000000-0000-0000-0000-00000000000b";
        let cases = [
            body.replacen(
                &format!("\"person\":\"{ten}\""),
                "\"person\":\"00000000-0000-0000-0000-0000000000ff\"",
                1,
            ),
            body.replacen(
                &format!("\"person\":\"{ten}\""),
                &format!("\"person\":\"{eleven}\""),
                1,
            ),
            format!("{body}{link}\n"),
        ];
        for changed in cases {
            assert_ne!(changed, body);
            let links = changed
                .lines()
                .filter(|l| l.starts_with("{\"link\""))
                .count() as u64;
            let end = EndLine {
                end: End {
                    learners: 2,
                    events: 3,
                    links,
                    removed: 0,
                    sha256: hex(&Sha256::digest(changed.as_bytes())),
                },
            };
            let bytes = format!("{changed}{}\n", serde_json::to_string(&end).unwrap());
            let result = parse(bytes.as_bytes());
            assert!(
                matches!(&result, Err(RecordsError::Invalid { .. })),
                "{result:?}\n{changed}"
            );
        }
    }

    #[test]
    fn an_empty_file_or_whitespace_is_empty() {
        assert_eq!(parse(b""), Err(RecordsError::Empty));
        assert_eq!(parse(b"\n \n"), Err(RecordsError::Empty));
    }

    #[test]
    fn every_cut_is_noticed() {
        let bytes = write(&sample());
        // Up to `{"format":"baken-records"` nothing says what the file was meant to be.
        let recognisable = "{\"format\":\"baken-records\"".len();
        for cut in 1..recognisable {
            assert_eq!(parse(&bytes[..cut]), Err(RecordsError::NotRecords));
        }
        for cut in recognisable..bytes.len() {
            let result = parse(&bytes[..cut]);
            assert!(
                matches!(result, Err(RecordsError::Truncated | RecordsError::Damaged)),
                "cut at {cut} of {}: {result:?}",
                bytes.len()
            );
        }
    }

    #[test]
    fn a_changed_byte_is_noticed() {
        let bytes = write(&sample());
        let text = String::from_utf8(bytes).unwrap();
        let changed = text.replacen("\"score\":90", "\"score\":99", 1);
        assert_ne!(changed, text);
        assert_eq!(parse(changed.as_bytes()), Err(RecordsError::Damaged));
    }

    #[test]
    fn other_files_are_not_records() {
        for other in [
            &b"naam;rol\nSanne;wijkteam\n"[..],
            b"{\"format\":\"baken-region-summary\",\"version\":1}\n",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
            b"\x00\x01\x02garbage",
        ] {
            assert_eq!(parse(other), Err(RecordsError::NotRecords), "{other:?}");
        }
        // Megabytes of garbage without a newline: refused after reading one line's worth.
        let garbage: Vec<u8> = (0..8_000_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8 | 1)
            .collect();
        let garbage: Vec<u8> = garbage
            .into_iter()
            .map(|b| if b == b'\n' { b'x' } else { b })
            .collect();
        assert_eq!(parse(&garbage), Err(RecordsError::NotRecords));
    }

    #[test]
    fn a_newer_format_is_refused_by_name() {
        let body = "{\"format\":\"baken-records\",\"version\":3,\"something\":\"new\"}\n";
        assert_eq!(
            parse(&reseal(body, 0, 0)),
            Err(RecordsError::Newer {
                found: 3,
                supported: 2
            })
        );
    }

    #[test]
    fn a_file_that_is_too_large_is_refused_before_reading() {
        assert_eq!(
            check_size(MAX_BYTES + 1),
            Err(RecordsError::TooLarge {
                size_mb: 1074,
                max_mb: 1073
            })
        );
        assert_eq!(check_size(MAX_BYTES), Ok(()));
    }

    #[test]
    fn records_that_break_the_rules_are_refused_with_their_line() {
        let text = String::from_utf8(write(&sample())).unwrap();
        let body: String = text.lines().take(6).map(|l| format!("{l}\n")).collect();
        let cases = [
            // An event before (or without) its learner.
            (
                body.replacen(
                    "\"learner\":\"00000000-0000-0000-0000-00000000000a\"",
                    "\"learner\":\"00000000-0000-0000-0000-0000000000ff\"",
                    1,
                ),
                4,
            ),
            // An unknown event kind (a newer Baken's, or made up).
            (body.replacen("module-started", "module-hacked", 1), 4),
            // An empty name.
            (body.replacen("Sanne de Vries", "  ", 1), 2),
            // A field that is not part of the format.
            (
                body.replacen(
                    "\"role\":\"wijkteam\"",
                    "\"role\":\"wijkteam\",\"bsn\":\"123456782\"",
                    1,
                ),
                2,
            ),
            // A module id that is not one.
            (
                body.replacen(
                    "\"module\":\"signalen\",\"at\"",
                    "\"module\":\"../../etc\",\"at\"",
                    1,
                ),
                4,
            ),
            // The same event twice.
            (format!("{body}{}\n", text.lines().nth(5).unwrap()), 7),
        ];
        for (changed, line) in cases {
            assert_ne!(changed, body);
            let events = changed
                .lines()
                .filter(|l| l.starts_with("{\"event\""))
                .count() as u64;
            let result = parse(&reseal(&changed, 2, events));
            assert!(
                matches!(&result, Err(RecordsError::Invalid { line: l, .. }) if *l == line),
                "expected line {line}: {result:?}\n{changed}"
            );
        }
        // Counts that do not match the lines.
        assert!(matches!(
            parse(&reseal(&body, 2, 4)),
            Err(RecordsError::Invalid { line: 7, .. })
        ));
    }

    #[test]
    fn every_error_has_a_message_id() {
        let all = [
            RecordsError::TooLarge {
                size_mb: 1,
                max_mb: 1,
            },
            RecordsError::Empty,
            RecordsError::NotRecords,
            RecordsError::Truncated,
            RecordsError::Damaged,
            RecordsError::Newer {
                found: 2,
                supported: 1,
            },
            RecordsError::Invalid {
                line: 1,
                detail: String::new(),
            },
            RecordsError::NeedsPassphrase,
            RecordsError::WrongPassphrase,
        ];
        let ids: Vec<_> = all.iter().map(RecordsError::message_id).collect();
        assert_eq!(ids, RecordsError::MESSAGE_IDS);
    }
}
