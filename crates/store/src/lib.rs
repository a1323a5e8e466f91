//! Baken's SQLite store: one database file per install, `baken.sqlite` in the data directory.
//!
//! [`Store::open`] creates or upgrades the database and sets the pragmas every connection needs
//! (foreign keys on, WAL, `synchronous=NORMAL`, a busy timeout). It refuses files that are not
//! Baken's own (checked by `PRAGMA application_id`) and databases from a newer Baken, without
//! touching them. The query methods speak in `baken-core` types.
//!
//! Architecture invariant: no Tauri here, and no user-facing text: errors carry a code and values
//! ([`StoreError::code`], [`StoreError::args`]); the front ends turn them into words.

mod assessment;
pub mod backup;
mod encrypt;
mod error;
pub mod key;
pub mod migrate;
mod overview;
pub mod packs;
mod people;
mod records;
mod workshop;
pub use records::Merge;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use baken_core::content::Pack;
use baken_core::effect::{self, Phase};
use baken_core::key::DatabaseKey;
use baken_core::lesson::{Action, ChoiceCounts, ModuleView, last_choice, module_view, plan};
use baken_core::progress::summarise;
use baken_core::window::WindowPlacement;
use baken_core::{
    AppSnapshot, EventKind, Language, Learner, LearnerHome, Municipality, MunicipalityProfile,
    NewLearner, NewMunicipality, ProgressEvent, Role,
};
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use uuid::Uuid;

pub use error::{Result, StoreError};

/// The file name of the database inside the data directory.
pub const DB_FILE: &str = "baken.sqlite";
/// The app's identifier; the default data directory is named after it.
pub const IDENTIFIER: &str = "nl.baken.app";
/// Environment variable that points Baken at another data directory (tests, `make run`).
pub const DATA_DIR_ENV: &str = "BAKEN_DATA_DIR";

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";
/// The setting that says when the recovery code was confirmed as kept safe.
const RECOVERY_CONFIRMED: &str = "recovery_confirmed_at";
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Where Baken keeps its data: `$BAKEN_DATA_DIR` when set, else the platform's data directory
/// (`~/.local/share/nl.baken.app` on Linux, `%APPDATA%\nl.baken.app` on Windows).
pub fn default_data_dir() -> Option<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => dirs::data_dir().map(|d| d.join(IDENTIFIER)),
    }
}

/// Writes `bytes` to `path` whole or not at all: first to a hidden file beside it, then renamed
/// over it, so a crash, a full disk or a pulled USB stick never leaves half a file under the real
/// name. For every file the app and the command line write (reports, exports, records files).
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let partial = path.with_file_name(format!(".{name}.part"));
    std::fs::write(&partial, bytes)
        .and_then(|()| std::fs::rename(&partial, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&partial);
            StoreError::io(path, e)
        })
}

/// The user's documents folder, where the app puts the reports it makes.
pub fn documents_dir() -> Option<PathBuf> {
    dirs::document_dir()
}

/// The database file for a `--data-dir` argument: a directory holds `baken.sqlite`; a path to an
/// existing file is taken as the database itself.
pub fn database_path(data_dir: &Path) -> PathBuf {
    if data_dir.is_file() {
        data_dir.to_owned()
    } else {
        data_dir.join(DB_FILE)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Create the database if there is none, and upgrade it.
    ReadWrite,
    /// Only read an existing database; never create, upgrade or change it.
    ReadOnly,
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The database's key: backups are encrypted with it too.
    key: DatabaseKey,
}

/// What `baken info` shows about a database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Info {
    pub path: PathBuf,
    pub schema_version: u32,
    pub size_bytes: u64,
    pub municipality: Option<Municipality>,
    pub learners: u64,
    pub events: u64,
}

fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn parse_time(text: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::Corrupt(format!("time {text:?}: {e}")))
}

fn parse_uuid(text: &str) -> Result<Uuid> {
    Uuid::parse_str(text).map_err(|e| StoreError::Corrupt(format!("id {text:?}: {e}")))
}

impl Store {
    /// Opens the database in `data_dir` (see [`database_path`]) with `key`, creating the directory
    /// and the database when `access` is [`Access::ReadWrite`]. A database from before encryption
    /// is encrypted in place first (for reading only, it is read as it is).
    pub fn open(data_dir: &Path, access: Access, key: &DatabaseKey) -> Result<Store> {
        let path = database_path(data_dir);
        Store::open_file(&path, access, key).map_err(|e| e.at(&path))
    }

    fn open_file(path: &Path, access: Access, key: &DatabaseKey) -> Result<Store> {
        let exists = path.exists();
        let mut plain = false;
        if !exists {
            if access == Access::ReadOnly {
                let dir = path.parent().unwrap_or(path).to_owned();
                return Err(StoreError::NoDatabase { path: dir });
            }
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
            }
        } else if !is_plain_sqlite(path)? {
            // An encrypted database is pages of at least 512 bytes; a note or a PDF is not.
            let size = std::fs::metadata(path).map_or(0, |m| m.len());
            if !size.is_multiple_of(512) {
                return Err(StoreError::NotBaken {
                    path: path.to_owned(),
                });
            }
        } else {
            if access == Access::ReadWrite {
                encrypt::encrypt_in_place(path, key)?;
                let data_dir = path.parent().unwrap_or(Path::new("."));
                encrypt::encrypt_backups(data_dir, key)?;
            } else {
                plain = true;
            }
        }
        let flags = match access {
            Access::ReadWrite => {
                OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_CREATE
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX
            }
            Access::ReadOnly => OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        };
        let mut conn = Connection::open_with_flags(path, flags)?;
        if !plain {
            set_key(&conn, key)?;
        }
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // The first read tells whether the key fits: with another key, SQLCipher sees no database.
        if let Err(e) = conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(())) {
            return Err(match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::NotADatabase) => StoreError::KeyMismatch {
                    path: path.to_owned(),
                },
                _ => e.into(),
            });
        }

        let Ours { version, fresh } = ours(&conn, path)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        if access == Access::ReadWrite {
            let mode: String =
                conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                // WAL is not possible on some network shares; SQLite then keeps its rollback
                // journal, which is safe, only slower.
                eprintln!("baken: journal_mode is {mode}, not WAL");
            }
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            // Every page read from disk is decrypted and checked (SQLCipher): a page cache of up
            // to 64 MiB keeps a large import from doing that again and again. It grows only as
            // pages are used.
            conn.pragma_update(None, "cache_size", -65536)?;
            // Before a new version of Baken changes the schema: a copy as it was.
            if version > 0 && version < migrate::LATEST {
                let data_dir = path.parent().unwrap_or(Path::new("."));
                let reason = baken_core::backup::Reason::Upgrade;
                backup::copy_database(&conn, key, data_dir, reason, Utc::now())?;
            }
            let now = timestamp(Utc::now());
            migrate::migrate_to(
                &mut conn,
                migrate::LATEST,
                &Uuid::new_v4().to_string(),
                &now,
            )?;
        } else if fresh {
            return Err(StoreError::NoDatabase {
                path: path.parent().unwrap_or(path).to_owned(),
            });
        }
        Ok(Store {
            conn,
            path: path.to_owned(),
            key: key.clone(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How long a write waits for another program's lock before giving up with
    /// [`StoreError::Locked`] (default 5 s).
    pub fn set_busy_timeout(&self, timeout: Duration) -> Result<()> {
        self.with(|c| Ok(c.busy_timeout(timeout)?))
    }

    /// Runs `f` and gives SQLite errors their meaning for this file.
    fn with<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        f(&self.conn).map_err(|e| e.at(&self.path))
    }

    fn with_tx<T>(&mut self, f: impl FnOnce(&rusqlite::Transaction) -> Result<T>) -> Result<T> {
        let path = self.path.clone();
        let run = || -> Result<T> {
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let value = f(&tx)?;
            tx.commit()?;
            Ok(value)
        };
        run().map_err(|e| e.at(&path))
    }

    /// The install's globally unique id.
    pub fn install_id(&self) -> Result<Uuid> {
        self.with(|c| {
            let id: String =
                c.query_row("SELECT value FROM install WHERE key = 'id'", [], |r| {
                    r.get(0)
                })?;
            parse_uuid(&id)
        })
    }

    pub fn municipality(&self) -> Result<Option<Municipality>> {
        self.with(read_municipality)
    }

    /// Stores the municipality typed in the onboarding. There is one per install.
    pub fn set_up_municipality(
        &mut self,
        form: &NewMunicipality,
        now: DateTime<Utc>,
    ) -> Result<Municipality> {
        let profile = form.validate()?;
        self.with_tx(|tx| insert_municipality(tx, &profile, false, now))
    }

    /// Creates the fictional demo municipality with its learners and their progress, in one
    /// transaction. Returns the number of learners created.
    pub fn create_demo(&mut self, now: DateTime<Utc>) -> Result<usize> {
        let profile = baken_core::demo::municipality().validate()?;
        let learners = baken_core::demo::learners();
        self.with_tx(|tx| {
            insert_municipality(tx, &profile, true, now)?;
            for (form, events) in &learners {
                let learner = insert_learner(tx, form, now)?;
                for e in events {
                    let at = now - chrono::Duration::days(e.days_ago);
                    insert_event(tx, learner.id, e.module_id, &e.kind, at)?;
                }
            }
            assessment::insert_demo(tx, now)?;
            Ok(learners.len())
        })
    }

    /// The assessment screen in `lang`: every assessment, and `open` (or the latest) with its
    /// answers, scores and the training figures on its date.
    pub fn assessment_view(
        &self,
        pack: &Pack,
        open: Option<i64>,
        lang: Language,
    ) -> Result<baken_core::assessment::AssessmentView> {
        let assessments = self.assessments()?;
        let id = open.or_else(|| assessments.first().map(|a| a.id));
        let open = match (id, pack.questionnaire.as_ref()) {
            (Some(id), Some(q)) => {
                let inputs = self.report_inputs(id, &pack.outline)?;
                Some(baken_core::assessment::open_view(
                    q,
                    &inputs.current,
                    inputs.previous.as_ref(),
                    lang,
                ))
            }
            _ => None,
        };
        Ok(baken_core::assessment::AssessmentView { assessments, open })
    }

    /// All learner profiles, by name.
    pub fn learners(&self) -> Result<Vec<Learner>> {
        self.with(|c| {
            let mut stmt = c.prepare(
                // A profile merged into another person's is not listed on its own.
                "SELECT id, name, role, department FROM learner
                 WHERE id NOT IN (SELECT alias FROM learner_link)
                 ORDER BY name COLLATE NOCASE, id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get(1)?,
                    r.get::<_, String>(2)?,
                    r.get(3)?,
                ))
            })?;
            rows.map(|row| {
                let (id, name, role, department) = row?;
                learner_from_row(&id, name, &role, department)
            })
            .collect()
        })
    }

    pub fn learner(&self, id: Uuid) -> Result<Learner> {
        self.with(|c| read_learner(c, id))
    }

    pub fn add_learner(&mut self, form: &NewLearner, now: DateTime<Utc>) -> Result<Learner> {
        self.with_tx(|tx| {
            if read_municipality(tx)?.is_none() {
                return Err(StoreError::NoMunicipality);
            }
            insert_learner(tx, form, now)
        })
    }

    /// Gives a learner another name (a typo, a marriage); their records stay theirs, by id.
    pub fn rename_learner(&mut self, id: Uuid, name: &str) -> Result<Learner> {
        let name = baken_core::learner::valid_learner_name(name)?;
        self.with_tx(|tx| {
            let mut learner = read_learner(tx, id)?;
            tx.execute(
                "UPDATE learner SET name = ?2 WHERE id = ?1",
                params![id.to_string(), name],
            )?;
            learner.name = name;
            Ok(learner)
        })
    }

    /// Records one progress event. Events are never changed afterwards.
    pub fn record_event(
        &mut self,
        learner_id: Uuid,
        module_id: &str,
        kind: &EventKind,
        now: DateTime<Utc>,
    ) -> Result<ProgressEvent> {
        self.with_tx(|tx| {
            read_learner(tx, learner_id)?;
            insert_event(tx, learner_id, module_id, kind, now)
        })
    }

    /// Records many events in one transaction (demo and benchmark data; later, imports).
    pub fn record_events(
        &mut self,
        learner_id: Uuid,
        events: &[(String, EventKind, DateTime<Utc>)],
    ) -> Result<()> {
        self.with_tx(|tx| {
            read_learner(tx, learner_id)?;
            for (module_id, kind, at) in events {
                insert_event(tx, learner_id, module_id, kind, *at)?;
            }
            Ok(())
        })
    }

    /// All of a learner's events, in the order they happened.
    pub fn events_of(&self, learner_id: Uuid) -> Result<Vec<ProgressEvent>> {
        self.read_events(learner_id, None)
    }

    /// A learner's events in one module, in the order they happened.
    pub fn module_events_of(
        &self,
        learner_id: Uuid,
        module_id: &str,
    ) -> Result<Vec<ProgressEvent>> {
        self.read_events(learner_id, Some(module_id))
    }

    fn read_events(&self, learner_id: Uuid, module: Option<&str>) -> Result<Vec<ProgressEvent>> {
        self.with(|c| {
            // Two statements rather than `?2 IS NULL OR …`, so each can use its index.
            let mut stmt = c.prepare_cached(match module {
                None => {
                    "SELECT id, module_id, kind, payload, occurred_at FROM progress_event
                     WHERE learner_id IN (SELECT ?1 UNION ALL
                                          SELECT alias FROM learner_link WHERE person = ?1)
                       AND ?2 IS NULL
                     ORDER BY occurred_at, rowid"
                }
                Some(_) => {
                    "SELECT id, module_id, kind, payload, occurred_at FROM progress_event
                     WHERE learner_id IN (SELECT ?1 UNION ALL
                                          SELECT alias FROM learner_link WHERE person = ?1)
                       AND module_id = ?2
                     ORDER BY occurred_at, rowid"
                }
            })?;
            let rows = stmt.query_map(params![learner_id.to_string(), module], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })?;
            rows.map(|row| {
                let (id, module_id, kind, payload, occurred_at) = row?;
                stored_event(&id, learner_id, module_id, &kind, &payload, &occurred_at)
            })
            .collect()
        })
    }

    /// When the coordinator said the recovery code is kept safe (`None`: not yet).
    pub fn recovery_confirmed(&self) -> Result<Option<String>> {
        self.setting(RECOVERY_CONFIRMED)
    }

    /// The coordinator keeps the recovery code safe: the app stops reminding.
    pub fn confirm_recovery(&mut self, now: DateTime<Utc>) -> Result<()> {
        self.set_setting(RECOVERY_CONFIRMED, Some(&timestamp(now)))
    }

    pub(crate) fn setting(&self, key: &str) -> Result<Option<String>> {
        self.with(|c| {
            Ok(
                c.query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                    r.get(0)
                })
                .optional()?,
            )
        })
    }

    pub(crate) fn set_setting(&mut self, key: &str, value: Option<&str>) -> Result<()> {
        self.with_tx(|tx| {
            match value {
                Some(v) => tx.execute(
                    "INSERT INTO setting (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key, v],
                )?,
                None => tx.execute("DELETE FROM setting WHERE key = ?1", [key])?,
            };
            Ok(())
        })
    }

    pub fn language(&self) -> Result<Language> {
        Ok(self
            .setting("language")?
            .and_then(|t| Language::from_tag(&t))
            .unwrap_or_default())
    }

    pub fn set_language(&mut self, lang: Language) -> Result<()> {
        self.set_setting("language", Some(lang.tag()))
    }

    /// The learner whose home screen is shown, if that profile still exists.
    pub fn active_learner(&self) -> Result<Option<Learner>> {
        let Some(id) = self.setting("active_learner")? else {
            return Ok(None);
        };
        let Ok(id) = Uuid::parse_str(&id) else {
            return Ok(None);
        };
        // A profile merged into another person's since it was chosen: that person.
        match self.person_of(id).and_then(|person| self.learner(person)) {
            Ok(learner) => Ok(Some(learner)),
            Err(StoreError::UnknownLearner(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Makes `id` the active learner, or nobody (`None`: "who are you?").
    pub fn set_active_learner(&mut self, id: Option<Uuid>) -> Result<()> {
        let id = match id {
            Some(id) => Some(self.learner(self.person_of(id)?)?.id),
            None => None,
        };
        self.set_setting("active_learner", id.map(|i| i.to_string()).as_deref())
    }

    /// Where the app's window was when it last moved or resized; `None` before that, or when the
    /// saved value cannot be read (the window then simply opens at its default size).
    pub fn window_placement(&self) -> Result<Option<WindowPlacement>> {
        Ok(self
            .setting("window")?
            .and_then(|json| serde_json::from_str(&json).ok()))
    }

    /// The Argon2id hash of the trainers' and coordinators' PIN, if one is set
    /// (`baken_core::seal::hash_pin`). The PIN itself is never stored.
    pub fn coordinator_pin(&self) -> Result<Option<String>> {
        self.setting(COORDINATOR_PIN)
    }

    /// Sets (or with `None` removes) the PIN's hash.
    pub fn set_coordinator_pin(&mut self, hash: Option<&str>) -> Result<()> {
        self.set_setting(COORDINATOR_PIN, hash)
    }

    pub fn set_window_placement(&mut self, placement: &WindowPlacement) -> Result<()> {
        let json =
            serde_json::to_string(placement).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.set_setting("window", Some(&json))
    }

    /// Everything the UI shows, read in one go.
    pub fn snapshot(&self, pack: &Pack, now: DateTime<Utc>) -> Result<AppSnapshot> {
        let language = self.language()?;
        let municipality = self.municipality()?;
        let learners = self.learners()?;
        let active = match self.active_learner()? {
            Some(learner) => {
                let events = self.events_of(learner.id)?;
                let modules = summarise(&pack.outline, &events, learner.role, language, now);
                let name = municipality
                    .as_ref()
                    .map(|m| m.profile.name.as_str())
                    .unwrap_or_default();
                let open = match self.setting(&open_module_key(learner.id))? {
                    Some(id) => self.open_module_view(pack, &id, &events, language, name)?,
                    None => None,
                };
                let due = baken_core::refresher::due(pack, &events, now).len() as u32;
                let refresher = self.setting(&refresher_key(learner.id))?.map(|_| {
                    baken_core::refresher::refresher_view(pack, &events, language, name, now)
                });
                let all_required_done = modules
                    .iter()
                    .filter(|m| m.required)
                    .all(|m| matches!(m.status, baken_core::ModuleStatus::Completed { .. }));
                let effect_offer = effect::offer(pack, &events, all_required_done);
                let effect = match self.setting(&effect_key(learner.id))?.as_deref() {
                    Some("pre") => Some(effect::view(pack, &events, Phase::Pre, language, name)),
                    Some("post") => Some(effect::view(pack, &events, Phase::Post, language, name)),
                    _ => None,
                };
                let mut home = LearnerHome::new(learner, modules, open, due, refresher);
                home.effect_offer = effect_offer;
                home.effect = effect;
                Some(home)
            }
            None => None,
        };
        Ok(AppSnapshot {
            language,
            municipality,
            contacts: self.contacts()?,
            learners,
            active,
            refused_packs: vec![],
            pin_set: self.coordinator_pin()?.is_some(),
            locked: false,
            recovery_pending: self.setting(RECOVERY_CONFIRMED)?.is_none(),
        })
    }

    fn open_module_view(
        &self,
        pack: &Pack,
        module_id: &str,
        events: &[ProgressEvent],
        lang: Language,
        municipality: &str,
    ) -> Result<Option<ModuleView>> {
        let Some(module) = pack.modules.iter().find(|m| m.id == module_id) else {
            return Ok(None);
        };
        let counts = match last_choice(module, events) {
            Some((case, version, step)) => self.choice_counts(module_id, &case, version, &step)?,
            None => ChoiceCounts::new(),
        };
        Ok(module_view(
            pack,
            module_id,
            events,
            lang,
            municipality,
            &counts,
        ))
    }

    /// How many learners made each choice at a case step (each learner's first choice there).
    pub fn choice_counts(
        &self,
        module_id: &str,
        case: &str,
        version: u32,
        step: &str,
    ) -> Result<ChoiceCounts> {
        self.with(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT json_extract(payload, '$.choice'), count(*) FROM progress_event
                 WHERE rowid IN (
                     SELECT min(rowid) FROM progress_event
                     WHERE kind = 'case-choice' AND module_id = ?1
                       AND json_extract(payload, '$.case') = ?2
                       AND json_extract(payload, '$.version') = ?3
                       AND json_extract(payload, '$.step') = ?4
                     GROUP BY learner_id)
                 GROUP BY 1",
            )?;
            let rows = stmt.query_map(params![module_id, case, version, step], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?))
            })?;
            Ok(rows.collect::<rusqlite::Result<ChoiceCounts>>()?)
        })
    }

    /// Issues a certificate for a learner whose required modules are all completed and valid,
    /// and keeps it so its code can be verified. `role_label` is the role in `lang`.
    pub fn issue_certificate(
        &mut self,
        pack: &Pack,
        learner_id: Uuid,
        lang: Language,
        role_label: &str,
        now: DateTime<Utc>,
    ) -> Result<baken_core::certificate::Certificate> {
        use baken_core::certificate::{Certificate, certified_modules, code_from};
        let learner = self.learner(learner_id)?;
        let municipality = self.municipality()?.ok_or(StoreError::NoMunicipality)?;
        let events = self.events_of(learner_id)?;
        let modules = summarise(&pack.outline, &events, learner.role, lang, now);
        let certified = certified_modules(&modules).ok_or(StoreError::PathIncomplete)?;
        let valid_until = certified.iter().map(|m| m.valid_until).min().unwrap_or(now);
        let certificate = Certificate {
            code: code_from(
                *Uuid::new_v4()
                    .as_bytes()
                    .first_chunk::<8>()
                    .unwrap_or(&[0; 8]),
            ),
            language: lang,
            learner: learner.name,
            role: role_label.to_owned(),
            municipality: municipality.profile.name,
            issued_at: now,
            modules: certified,
            valid_until,
        };
        let content =
            serde_json::to_string(&certificate).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.with_tx(|tx| {
            tx.execute(
                "INSERT INTO certificate (code, learner_id, issued_at, content) VALUES (?1, ?2, ?3, ?4)",
                params![certificate.code, learner_id.to_string(), timestamp(now), content],
            )?;
            Ok(())
        })?;
        Ok(certificate)
    }

    /// The certificate issued with this code on this install, if any.
    pub fn find_certificate(
        &self,
        code: &str,
    ) -> Result<Option<baken_core::certificate::Certificate>> {
        self.with(|c| {
            let content: Option<String> = c
                .query_row(
                    "SELECT content FROM certificate WHERE code = ?1",
                    [code],
                    |r| r.get(0),
                )
                .optional()?;
            content
                .map(|json| {
                    serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string()))
                })
                .transpose()
        })
    }

    /// Opens a learning-effect measurement for the active learner, or closes it (`None`).
    pub fn open_effect(&mut self, phase: Option<Phase>) -> Result<()> {
        let learner = self.require_active()?;
        let value = phase.map(|p| match p {
            Phase::Pre => "pre",
            Phase::Post => "post",
        });
        self.set_setting(&effect_key(learner.id), value)
    }

    /// Records a step of the learning-effect measurement for the active learner.
    pub fn effect_act(
        &mut self,
        pack: &Pack,
        phase: Phase,
        action: &effect::EffectAction,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let learner = self.require_active()?;
        let events = self.module_events_of(learner.id, effect::EFFECT_MODULE)?;
        let event = effect::plan(pack, &events, phase, action)?;
        self.with_tx(|tx| {
            insert_event(tx, learner.id, effect::EFFECT_MODULE, &event, now).map(drop)
        })
    }

    /// Opens or closes the refresher ("Opfrissen") for the active learner.
    pub fn open_refresher(&mut self, open: bool) -> Result<()> {
        let learner = self.require_active()?;
        self.set_setting(&refresher_key(learner.id), open.then_some("1"))
    }

    /// Records the active learner's answer to the refresher item shown now.
    pub fn refresh_answer(
        &mut self,
        pack: &Pack,
        module_id: &str,
        item_id: &str,
        answer: &baken_core::Answer,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let learner = self.require_active()?;
        let events = self.events_of(learner.id)?;
        let event = baken_core::refresher::answer(pack, &events, module_id, item_id, answer, now)?;
        self.with_tx(|tx| insert_event(tx, learner.id, module_id, &event, now).map(drop))
    }

    fn require_active(&self) -> Result<Learner> {
        self.active_learner()?
            .ok_or(StoreError::UnknownLearner(Uuid::nil()))
    }

    /// Opens a module of `pack` for the active learner (`None` goes back to the module list).
    /// The first opening records that the learner started the module.
    pub fn open_module(
        &mut self,
        pack: &Pack,
        module_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let learner = self.require_active()?;
        if let Some(id) = module_id {
            if !pack.modules.iter().any(|m| m.id == id) {
                return Err(StoreError::UnknownModule(id.to_owned()));
            }
            if self.module_events_of(learner.id, id)?.is_empty() {
                self.record_event(learner.id, id, &EventKind::ModuleStarted, now)?;
            }
        }
        self.set_setting(&open_module_key(learner.id), module_id)
    }

    /// Records what the active learner did in a module (a page, a case choice, an answer): the
    /// events that `core::lesson::plan` derives, all in one transaction.
    pub fn act(
        &mut self,
        pack: &Pack,
        module_id: &str,
        action: &Action,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let learner = self.require_active()?;
        let module = pack
            .modules
            .iter()
            .find(|m| m.id == module_id)
            .ok_or_else(|| StoreError::UnknownModule(module_id.to_owned()))?;
        let events = self.module_events_of(learner.id, module_id)?;
        let planned = plan(module, &events, action)?;
        self.with_tx(|tx| {
            for kind in &planned {
                insert_event(tx, learner.id, module_id, kind, now)?;
            }
            Ok(())
        })
    }

    pub fn info(&self) -> Result<Info> {
        let size_bytes = std::fs::metadata(&self.path).map(|m| m.len()).unwrap_or(0);
        self.with(|c| {
            let count = |table: &str| -> Result<u64> {
                Ok(c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
            };
            Ok(Info {
                path: self.path.clone(),
                schema_version: migrate::user_version(c)?,
                size_bytes,
                municipality: read_municipality(c)?,
                learners: count("learner")?,
                events: count("progress_event")?,
            })
        })
    }

    /// The raw connection, for tests of the schema itself.
    #[doc(hidden)]
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// The setting that holds the hash of the trainers' and coordinators' PIN.
const COORDINATOR_PIN: &str = "coordinator_pin";

/// The setting that remembers which learning-effect measurement a learner has open.
fn effect_key(learner: Uuid) -> String {
    format!("effect_open:{learner}")
}

/// The setting that remembers that a learner has the refresher open.
fn refresher_key(learner: Uuid) -> String {
    format!("refresher_open:{learner}")
}

/// The setting that remembers which module a learner has open.
fn open_module_key(learner: Uuid) -> String {
    format!("open_module:{learner}")
}

/// A file that exists but does not start like a SQLite database is refused before SQLite sees it.
/// What [`ours`] found out about a database.
pub(crate) struct Ours {
    pub version: u32,
    /// No tables and no ids at all: a brand-new file.
    pub fresh: bool,
}

/// Is the database behind `conn` (at `path`) Baken's, from a version this build can open? A
/// brand-new file counts as ours.
pub(crate) fn ours(conn: &Connection, path: &Path) -> Result<Ours> {
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let version = migrate::user_version(conn)?;
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
    let fresh = app_id == 0 && version == 0 && tables == 0;
    if !fresh && app_id != migrate::APPLICATION_ID {
        return Err(StoreError::NotBaken {
            path: path.to_owned(),
        });
    }
    if version > migrate::LATEST {
        return Err(StoreError::NewerSchema {
            path: path.to_owned(),
            found: version,
            supported: migrate::LATEST,
        });
    }
    Ok(Ours { version, fresh })
}

/// Whether the file at `path` is a plain (unencrypted) SQLite database: it starts with SQLite's
/// header. An empty file, as SQLite creates before the first write, counts as encrypted (new).
pub(crate) fn is_plain_sqlite(path: &Path) -> Result<bool> {
    let mut head = Vec::with_capacity(16);
    std::fs::File::open(path)
        .and_then(|f| f.take(16).read_to_end(&mut head))
        .map_err(|e| StoreError::io(path, e))?;
    Ok(head.as_slice() == SQLITE_HEADER)
}

/// Gives a fresh connection its key: before anything else is read or written.
pub(crate) fn set_key(conn: &Connection, key: &DatabaseKey) -> Result<()> {
    // The value is `x'…'` with hex digits only, so it can go into the statement as it is.
    // A wrong key is an answer Baken gives in its own words: SQLCipher's log stays quiet.
    conn.execute_batch(&format!(
        "PRAGMA cipher_log_level = NONE; PRAGMA key = \"{}\";",
        key.pragma_value()
    ))?;
    Ok(())
}

fn read_municipality(c: &Connection) -> Result<Option<Municipality>> {
    let row = c
        .query_row(
            "SELECT name, cbs_code, inhabitants, region, is_demo FROM municipality WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<u32>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, bool>(4)?,
                ))
            },
        )
        .optional()?;
    let Some((name, cbs_code, inhabitants, region, is_demo)) = row else {
        return Ok(None);
    };
    let cbs_code = cbs_code
        .map(|code| baken_core::CbsCode::parse(&code))
        .transpose()
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok(Some(Municipality {
        profile: MunicipalityProfile {
            name,
            cbs_code,
            inhabitants,
            region,
        },
        is_demo,
    }))
}

fn insert_municipality(
    tx: &Connection,
    profile: &MunicipalityProfile,
    is_demo: bool,
    now: DateTime<Utc>,
) -> Result<Municipality> {
    if read_municipality(tx)?.is_some() {
        return Err(StoreError::MunicipalityExists);
    }
    tx.execute(
        "INSERT INTO municipality (id, name, cbs_code, inhabitants, region, is_demo, created_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            profile.name,
            profile.cbs_code.as_ref().map(|c| c.as_str()),
            profile.inhabitants,
            profile.region,
            is_demo,
            timestamp(now)
        ],
    )?;
    Ok(Municipality {
        profile: profile.clone(),
        is_demo,
    })
}

fn learner_from_row(
    id: &str,
    name: String,
    role: &str,
    department: Option<String>,
) -> Result<Learner> {
    let role = Role::from_key(role).ok_or_else(|| StoreError::Corrupt(format!("role {role:?}")))?;
    Ok(Learner {
        id: parse_uuid(id)?,
        name,
        role,
        department,
    })
}

fn read_learner(c: &Connection, id: Uuid) -> Result<Learner> {
    let row = c
        .query_row(
            "SELECT name, role, department FROM learner WHERE id = ?1",
            [id.to_string()],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?)),
        )
        .optional()?;
    let (name, role, department) = row.ok_or(StoreError::UnknownLearner(id))?;
    learner_from_row(&id.to_string(), name, &role, department)
}

fn insert_learner(tx: &Connection, form: &NewLearner, now: DateTime<Utc>) -> Result<Learner> {
    let learner = form.validate(Uuid::new_v4())?;
    tx.execute(
        "INSERT INTO learner (id, name, role, department, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            learner.id.to_string(),
            learner.name,
            learner.role.key(),
            learner.department,
            timestamp(now)
        ],
    )?;
    Ok(learner)
}

fn insert_event(
    tx: &Connection,
    learner_id: Uuid,
    module_id: &str,
    kind: &EventKind,
    at: DateTime<Utc>,
) -> Result<ProgressEvent> {
    let event = ProgressEvent {
        id: Uuid::new_v4(),
        learner_id,
        module_id: module_id.to_owned(),
        occurred_at: at,
        kind: kind.clone(),
    };
    if insert_event_row(tx, &event)? {
        let mark = SummaryMark::of(&event);
        if !mark.is_empty() {
            mark_summary(tx, learner_id, module_id, mark)?;
        }
    }
    Ok(event)
}

/// What an event tells the module summary (schema version 6): a start, a completion, or nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct SummaryMark {
    first_start: Option<DateTime<Utc>>,
    /// The completion's time and score (none for a classroom completion).
    completion: Option<(DateTime<Utc>, Option<u8>)>,
}

impl SummaryMark {
    fn of(event: &ProgressEvent) -> SummaryMark {
        use baken_core::progress::opens_module;
        match event.kind.completion_score() {
            Some(score) => SummaryMark {
                first_start: None,
                completion: Some((event.occurred_at, score)),
            },
            None if opens_module(&event.kind) => SummaryMark {
                first_start: Some(event.occurred_at),
                completion: None,
            },
            None => SummaryMark::default(),
        }
    }

    fn is_empty(&self) -> bool {
        self.first_start.is_none() && self.completion.is_none()
    }

    /// Both marks together: the earliest start, the latest completion (the first of equals).
    fn and(self, other: SummaryMark) -> SummaryMark {
        SummaryMark {
            first_start: match (self.first_start, other.first_start) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            },
            completion: match (self.completion, other.completion) {
                (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
                (a, b) => a.or(b),
            },
        }
    }
}

/// Folds `mark` into the learner's summary of the module; the order events arrive in does not
/// matter, so merged records give the same summary as recorded ones.
fn mark_summary(tx: &Connection, learner: Uuid, module: &str, mark: SummaryMark) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO module_summary (learner_id, module_id, first_start, completed_at, score)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (learner_id, module_id) DO UPDATE SET
           first_start = CASE WHEN excluded.first_start < first_start OR first_start IS NULL
                              THEN coalesce(excluded.first_start, first_start) ELSE first_start END,
           score = CASE WHEN excluded.completed_at > completed_at
                             OR (completed_at IS NULL AND excluded.completed_at IS NOT NULL)
                        THEN excluded.score ELSE score END,
           completed_at = CASE WHEN excluded.completed_at > completed_at OR completed_at IS NULL
                               THEN coalesce(excluded.completed_at, completed_at) ELSE completed_at END",
    )?
    .execute(params![
        learner.to_string(),
        module,
        mark.first_start.map(timestamp),
        mark.completion.map(|(at, _)| timestamp(at)),
        mark.completion.map(|(_, score)| score),
    ])?;
    Ok(())
}

/// Stores `event` under its own id; false (and nothing changed) when an event with that id is
/// already there, which is how a merged records file adds only what is new.
fn insert_event_row(tx: &Connection, event: &ProgressEvent) -> Result<bool> {
    // The kind's fields, without the tag that the `kind` column already holds.
    let payload = event.kind.payload();
    let added = tx
        .prepare_cached(
            "INSERT INTO progress_event (id, learner_id, module_id, kind, payload, occurred_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO NOTHING",
        )?
        .execute(params![
            event.id.to_string(),
            event.learner_id.to_string(),
            event.module_id,
            event.kind.name(),
            payload,
            timestamp(event.occurred_at)
        ])?;
    Ok(added == 1)
}

/// An event from its stored columns.
fn stored_event(
    id: &str,
    learner_id: Uuid,
    module_id: String,
    kind: &str,
    payload: &str,
    occurred_at: &str,
) -> Result<ProgressEvent> {
    Ok(ProgressEvent {
        id: parse_uuid(id)?,
        learner_id,
        module_id,
        occurred_at: parse_time(occurred_at)?,
        kind: event_kind(kind, payload)?,
    })
}

fn event_kind(kind: &str, payload: &str) -> Result<EventKind> {
    let mut value: serde_json::Value =
        serde_json::from_str(payload).map_err(|e| StoreError::Corrupt(format!("payload: {e}")))?;
    if let Some(map) = value.as_object_mut() {
        map.insert("type".into(), kind.into());
    }
    serde_json::from_value(value).map_err(|e| StoreError::Corrupt(format!("event {kind:?}: {e}")))
}
