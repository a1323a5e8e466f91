//! The desktop app: a Tauri 2 window over the store.
//!
//! Glue only. Each command takes the state, calls the store (and through it `core`), and maps
//! errors to an [`IpcError`] `{ code, message }` in the user's language. Every command returns the
//! whole [`AppSnapshot`], so the UI only renders what the database says.
//!
//! Architecture invariant: no rules and no SQL here; they live in `baken-core` and `baken-store`.

mod bindings;
mod instance;

use std::sync::Mutex;

use baken_core::assessment::{ActionForm, AssessmentView, Response};
use baken_core::content::{Pack, Problem};
use baken_core::effect::{EffectAction, Phase};
use baken_core::municipality::ContactKey;
use baken_core::window::{Area, WindowPlacement};
use baken_core::{
    Action, Answer, AppSnapshot, ErrorCode, Language, NewContact, NewLearner, NewMunicipality,
    RefusedPack,
};
use baken_i18n::Messages;
use baken_store::key::{self, Given, Keeper, Resolved};
use baken_store::{Access, Store, StoreError};
use serde::Serialize;
use tauri::Manager;
use ts_rs::TS;
use uuid::Uuid;

pub use bindings::typescript_bindings;

/// An error as the UI receives it: a code to react to and a message to show.
#[derive(Debug, Clone, Serialize, TS)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
}

impl IpcError {
    fn from_store(e: &StoreError, lang: Language) -> IpcError {
        let message = Messages::for_language(lang).error(e.code(), &e.args());
        IpcError {
            code: e.code(),
            message,
        }
    }
}

struct AppState {
    /// The open database, or why it could not be opened (shown by the UI instead of the app).
    store: Mutex<Result<Store, StoreError>>,
    /// Where the database and its backups are.
    data_dir: Option<std::path::PathBuf>,
    /// The language of messages while there is no store to keep the setting in.
    fallback_language: Mutex<Language>,
    /// The course, checked when the app starts.
    pack: Pack,
    /// Local content packs that were refused, with their problems.
    refused: Vec<(String, Vec<Problem>)>,
    /// Where "make report" writes its PDFs.
    reports_dir: Option<std::path::PathBuf>,
    /// The window's placement as last saved, so a move that changes nothing writes nothing.
    placement: Mutex<Option<WindowPlacement>>,
    /// The PIN was given in this session: the trainer's and coordinator's screens are open until
    /// someone locks them or Baken closes.
    unlocked: Mutex<bool>,
    /// The database's recovery code and where it is kept, once found (`None`: still to be asked).
    key: Mutex<Option<Resolved>>,
}

/// A report written to disk, for the UI to show where it is.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportMade {
    pub path: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

impl AppState {
    /// Opens the data directory `dir` (`None`: there is none to be found).
    fn open(dir: Option<std::path::PathBuf>) -> AppState {
        let (store, key) = match &dir {
            // Without a key store, or with the key elsewhere, the UI asks for the passphrase or
            // the recovery code first (`open_data`).
            Some(dir) => open_data_dir(dir, Given::Nothing),
            None => (
                Err(StoreError::NoDatabase {
                    path: baken_store::DATA_DIR_ENV.into(),
                }),
                None,
            ),
        };
        if let Err(e) = &store {
            eprintln!("baken: cannot open the database: {e}");
        }
        // The default course plus the local packs in the data directory that pass the checks.
        let course = match &dir {
            Some(dir) => baken_store::packs::load_course(dir),
            None => baken_store::packs::Course {
                pack: baken_core::content::default_pack(),
                refused: vec![],
            },
        };
        // With a data directory given (tests, `make run`) reports go beside the data; for a user
        // they go to a "Baken" folder in their documents, where they will look for them.
        let explicit =
            data_dir_argument().is_some() || std::env::var_os(baken_store::DATA_DIR_ENV).is_some();
        let reports_dir = match (&dir, explicit) {
            (Some(dir), true) => Some(dir.join("rapporten")),
            (dir, _) => dirs_documents()
                .map(|d| d.join("Baken"))
                .or_else(|| dir.as_ref().map(|d| d.join("rapporten"))),
        };
        AppState {
            store: Mutex::new(store),
            data_dir: dir,
            fallback_language: Mutex::new(Language::default()),
            pack: course.pack,
            refused: course.refused,
            reports_dir,
            placement: Mutex::new(None),
            unlocked: Mutex::new(false),
            key: Mutex::new(key),
        }
    }

    /// Runs `f` on the store and returns what it returns (for screens outside the snapshot).
    fn with<T>(
        &self,
        f: impl FnOnce(&mut Store, chrono::DateTime<chrono::Utc>, Language) -> Result<T, StoreError>,
    ) -> Result<T, IpcError> {
        let mut guard = lock(&self.store);
        let store = guard
            .as_mut()
            .map_err(|e| IpcError::from_store(e, self.fallback_language()))?;
        let lang = store.language().unwrap_or_default();
        f(store, chrono::Utc::now(), lang).map_err(|e| IpcError::from_store(&e, lang))
    }

    /// Runs a change to assessment `id` and returns its screen afresh.
    fn change_assessment(
        &self,
        id: i64,
        f: impl FnOnce(
            &mut Store,
            &baken_core::content::Questionnaire,
            chrono::DateTime<chrono::Utc>,
        ) -> Result<(), StoreError>,
    ) -> Result<AssessmentView, IpcError> {
        self.with(|store, now, lang| {
            f(store, self.questionnaire()?, now)?;
            store.assessment_view(&self.pack, Some(id), lang)
        })
    }

    fn questionnaire(&self) -> Result<&baken_core::content::Questionnaire, StoreError> {
        self.pack
            .questionnaire
            .as_ref()
            .ok_or_else(|| StoreError::UnknownItem("assessment.toml".into()))
    }

    /// Runs `f` on the store and returns the fresh snapshot.
    fn run(
        &self,
        f: impl FnOnce(&mut Store, chrono::DateTime<chrono::Utc>) -> Result<(), StoreError>,
    ) -> Result<AppSnapshot, IpcError> {
        let mut guard = lock(&self.store);
        let store = guard
            .as_mut()
            .map_err(|e| IpcError::from_store(e, self.fallback_language()))?;
        let now = chrono::Utc::now();
        let result = f(store, now).and_then(|()| store.snapshot(&self.pack, now));
        let mut snap =
            result.map_err(|e| IpcError::from_store(&e, store.language().unwrap_or_default()))?;
        snap.refused_packs = self.refused_packs(snap.language);
        snap.locked = snap.pin_set && !*lock(&self.unlocked);
        Ok(snap)
    }

    /// The refused local packs with their problems as `baken content check` words them.
    fn refused_packs(&self, lang: Language) -> Vec<RefusedPack> {
        let t = Messages::for_language(lang);
        self.refused
            .iter()
            .map(|(pack, problems)| RefusedPack {
                pack: pack.clone(),
                problems: problems
                    .iter()
                    .map(|p| {
                        let message = t.format(p.kind.message_id(), &p.kind.args());
                        format!("{}/{}:{}: {message}", pack, p.file, p.line)
                    })
                    .collect(),
            })
            .collect()
    }

    /// For the trainer's and coordinator's commands: `forbidden` while a PIN is set and not given
    /// in this session. Checked here, in Rust, not only by hiding screens in the UI.
    fn coordinator(&self) -> Result<(), IpcError> {
        let pin = self.with(|store, _, _| store.coordinator_pin())?;
        if pin.is_none() || *lock(&self.unlocked) {
            return Ok(());
        }
        let lang = self.with(|store, _, _| store.language())?;
        Err(IpcError {
            code: ErrorCode::Forbidden,
            message: Messages::for_language(lang).error(ErrorCode::Forbidden, &[]),
        })
    }

    fn fallback_language(&self) -> Language {
        *lock(&self.fallback_language)
    }
}

/// Finds the key of the database in `dir` with what the user `given`, and opens it: checked, and
/// with the day's first backup. A damaged database is not used (the UI offers a backup then).
fn open_data_dir(
    dir: &std::path::Path,
    given: Given<'_>,
) -> (Result<Store, StoreError>, Option<Resolved>) {
    let fresh = key::Fresh {
        secret: random(),
        salt: random(),
        nonce: random(),
    };
    let keys = key::platform_key_store();
    let resolved = match key::resolve(dir, keys.as_ref(), given, fresh) {
        Ok(resolved) => resolved,
        Err(e) => return (Err(e), None),
    };
    let store = Store::open(dir, Access::ReadWrite, &resolved.code.database_key())
        .and_then(|s| s.check().map(|()| s));
    if let Ok(store) = &store
        // The day's first start: a copy of everything, before anything changes.
        && let Err(e) = store.back_up_daily(chrono::Utc::now())
    {
        eprintln!("baken: no daily backup: {e}");
    }
    (store, Some(resolved))
}

/// `--data-dir DIR` (or `--data-dir=DIR`) on the command line overrides `$BAKEN_DATA_DIR` and the
/// platform's data directory; the end-to-end tests give every test its own directory this way.
fn data_dir_argument() -> Option<std::path::PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--data-dir" {
            return args.next().map(Into::into);
        }
        if let Some(dir) = arg.to_str().and_then(|a| a.strip_prefix("--data-dir=")) {
            return Some(dir.into());
        }
    }
    None
}

#[tauri::command]
async fn snapshot(state: tauri::State<'_, AppState>) -> Result<AppSnapshot, IpcError> {
    state.run(|_, _| Ok(()))
}

#[tauri::command]
async fn start_demo(state: tauri::State<'_, AppState>) -> Result<AppSnapshot, IpcError> {
    state.run(|store, now| store.create_demo(now).map(drop))
}

#[tauri::command]
async fn set_up_municipality(
    state: tauri::State<'_, AppState>,
    form: NewMunicipality,
) -> Result<AppSnapshot, IpcError> {
    state.run(|store, now| store.set_up_municipality(&form, now).map(drop))
}

/// Creates a profile and makes it the active one.
#[tauri::command]
async fn add_learner(
    state: tauri::State<'_, AppState>,
    form: NewLearner,
) -> Result<AppSnapshot, IpcError> {
    state.run(|store, now| {
        let learner = store.add_learner(&form, now)?;
        store.set_active_learner(Some(learner.id))
    })
}

/// Renames a learner profile.
#[tauri::command]
async fn rename_learner(
    state: tauri::State<'_, AppState>,
    id: Uuid,
    name: String,
) -> Result<AppSnapshot, IpcError> {
    state.run(|store, _| store.rename_learner(id, &name).map(drop))
}

/// Makes `id` the active learner; `null` goes back to "who are you?".
#[tauri::command]
async fn choose_learner(
    state: tauri::State<'_, AppState>,
    id: Option<Uuid>,
) -> Result<AppSnapshot, IpcError> {
    state.run(|store, _| store.set_active_learner(id))
}

/// Opens a module for the active learner; `null` goes back to the module list.
#[tauri::command]
async fn open_module(
    state: tauri::State<'_, AppState>,
    module_id: Option<String>,
) -> Result<AppSnapshot, IpcError> {
    state.run(|store, now| store.open_module(&state.pack, module_id.as_deref(), now))
}

/// Opens the learning-effect measurement of `phase`, or closes it (`null`).
#[tauri::command]
async fn open_effect(
    state: tauri::State<'_, AppState>,
    phase: Option<Phase>,
) -> Result<AppSnapshot, IpcError> {
    state.run(|store, _| store.open_effect(phase))
}

/// Records a step of the learning-effect measurement.
#[tauri::command]
async fn effect_act(
    state: tauri::State<'_, AppState>,
    phase: Phase,
    action: EffectAction,
) -> Result<AppSnapshot, IpcError> {
    state.run(|store, now| store.effect_act(&state.pack, phase, &action, now))
}

/// Opens (`true`) or closes the refresher for the active learner.
#[tauri::command]
async fn open_refresher(
    state: tauri::State<'_, AppState>,
    open: bool,
) -> Result<AppSnapshot, IpcError> {
    state.run(|store, _| store.open_refresher(open))
}

/// Records the active learner's answer to the refresher item on screen.
#[tauri::command]
async fn refresh_answer(
    state: tauri::State<'_, AppState>,
    module_id: String,
    item_id: String,
    answer: Answer,
) -> Result<AppSnapshot, IpcError> {
    state.run(|store, now| store.refresh_answer(&state.pack, &module_id, &item_id, &answer, now))
}

/// Records what the active learner did in the open module (a page, a case choice, an answer).
#[tauri::command]
async fn act(
    state: tauri::State<'_, AppState>,
    module_id: String,
    action: Action,
) -> Result<AppSnapshot, IpcError> {
    state.run(|store, now| store.act(&state.pack, &module_id, &action, now))
}

#[tauri::command]
async fn set_language(
    state: tauri::State<'_, AppState>,
    language: Language,
) -> Result<AppSnapshot, IpcError> {
    // Also when the database cannot be opened, the message about it follows the switch.
    *lock(&state.fallback_language) = language;
    state.run(|store, _| store.set_language(language))
}

/// The user's documents folder (`~/Documents`, `%USERPROFILE%\\Documents`).
fn dirs_documents() -> Option<std::path::PathBuf> {
    baken_store::documents_dir()
}

/// Changes the municipality's profile.
#[tauri::command]
async fn update_municipality(
    state: tauri::State<'_, AppState>,
    form: NewMunicipality,
) -> Result<AppSnapshot, IpcError> {
    state.coordinator()?;
    state.run(|store, _| store.update_municipality(&form).map(drop))
}

/// Saves one local contact (meldpunt, AOV, Zorg- en Veiligheidshuis, wijkagent).
#[tauri::command]
async fn save_contact(
    state: tauri::State<'_, AppState>,
    form: NewContact,
) -> Result<AppSnapshot, IpcError> {
    state.coordinator()?;
    state.run(|store, now| store.save_contact(&form, now).map(drop))
}

#[tauri::command]
async fn remove_contact(
    state: tauri::State<'_, AppState>,
    key: ContactKey,
) -> Result<AppSnapshot, IpcError> {
    state.coordinator()?;
    state.run(|store, _| store.remove_contact(key))
}

/// The self-assessment screen: `id` open, or the latest.
#[tauri::command]
async fn assessment_view(
    state: tauri::State<'_, AppState>,
    id: Option<i64>,
) -> Result<AssessmentView, IpcError> {
    state.coordinator()?;
    state.with(|store, _, lang| store.assessment_view(&state.pack, id, lang))
}

/// Starts a new assessment on `held_on` (YYYY-MM-DD) and opens it.
#[tauri::command]
async fn create_assessment(
    state: tauri::State<'_, AppState>,
    title: String,
    held_on: chrono::NaiveDate,
) -> Result<AssessmentView, IpcError> {
    state.coordinator()?;
    state.with(|store, now, lang| {
        let a = store.create_assessment(&title, held_on, state.questionnaire()?, now)?;
        store.assessment_view(&state.pack, Some(a.id), lang)
    })
}

#[tauri::command]
async fn add_respondent(
    state: tauri::State<'_, AppState>,
    assessment_id: i64,
    name: String,
    function: String,
) -> Result<AssessmentView, IpcError> {
    state.coordinator()?;
    state.change_assessment(assessment_id, |store, _, _| {
        store
            .add_respondent(assessment_id, &name, &function)
            .map(drop)
    })
}

/// Saves one answer the moment it is given.
#[tauri::command]
async fn save_response(
    state: tauri::State<'_, AppState>,
    assessment_id: i64,
    respondent_id: i64,
    response: Response,
) -> Result<AssessmentView, IpcError> {
    state.coordinator()?;
    state.change_assessment(assessment_id, |store, q, now| {
        store
            .save_response(respondent_id, &response, q, now)
            .map(drop)
    })
}

#[tauri::command]
async fn save_action(
    state: tauri::State<'_, AppState>,
    assessment_id: i64,
    form: ActionForm,
) -> Result<AssessmentView, IpcError> {
    state.coordinator()?;
    state.change_assessment(assessment_id, |store, q, now| {
        store.save_action(assessment_id, &form, q, now).map(drop)
    })
}

#[tauri::command]
async fn delete_action(
    state: tauri::State<'_, AppState>,
    assessment_id: i64,
    id: i64,
) -> Result<AssessmentView, IpcError> {
    state.coordinator()?;
    state.change_assessment(assessment_id, |store, _, _| store.delete_action(id))
}

/// Writes `bytes` as `name` in the reports folder: first beside it and then renamed, so a crash
/// never leaves half a file under the real name.
fn write_report(state: &AppState, name: &str, bytes: &[u8]) -> Result<ReportMade, StoreError> {
    let dir = state
        .reports_dir
        .clone()
        .ok_or_else(|| StoreError::NoDatabase {
            path: baken_store::DATA_DIR_ENV.into(),
        })?;
    std::fs::create_dir_all(&dir).map_err(|e| StoreError::Io {
        path: dir.clone(),
        source: e,
    })?;
    let path = dir.join(name);
    baken_store::write_file(&path, bytes)?;
    Ok(ReportMade {
        path: path.display().to_string(),
        bytes: bytes.len() as u64,
    })
}

/// Makes the council report of an assessment and writes it as a PDF; returns where.
#[tauri::command]
async fn make_report(
    state: tauri::State<'_, AppState>,
    assessment_id: i64,
) -> Result<ReportMade, IpcError> {
    state.coordinator()?;
    state.with(|store, _, lang| {
        let q = state.questionnaire()?;
        let inputs = store.report_inputs(assessment_id, &state.pack.outline)?;
        let report = baken_report::assemble::council_report(&inputs, q, lang);
        let pdf = baken_report::council_report_pdf(&report)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        write_report(&state, &baken_report::assemble::file_name(&report), &pdf)
    })
}

/// Makes the pocket card "Wie bel ik?" with the local contacts, to print and cut out.
#[tauri::command]
async fn make_pocket_card(state: tauri::State<'_, AppState>) -> Result<ReportMade, IpcError> {
    state.with(|store, _, lang| {
        let municipality = store.municipality()?.ok_or(StoreError::NoMunicipality)?;
        let pdf =
            baken_report::pocket_card_pdf(&municipality.profile.name, &store.contacts()?, lang)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let t = Messages::for_language(lang);
        let name = format!("{} - {}.pdf", municipality.profile.name, t.get("card-file"));
        write_report(&state, &baken_report::assemble::safe_file_name(&name), &pdf)
    })
}

/// What an assessment can be exported as.
#[derive(Debug, Clone, Copy, serde::Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ExportKind {
    AnswersCsv,
    ActionsCsv,
    Json,
}

/// Writes the answers or the action plan as CSV, or everything as JSON, beside the reports.
#[tauri::command]
async fn export_assessment(
    state: tauri::State<'_, AppState>,
    assessment_id: i64,
    kind: ExportKind,
) -> Result<ReportMade, IpcError> {
    state.coordinator()?;
    use baken_core::assessment::export;
    state.with(|store, _, lang| {
        let q = state.questionnaire()?;
        let inputs = store.report_inputs(assessment_id, &state.pack.outline)?;
        let report = baken_report::assemble::council_report(&inputs, q, lang);
        let stem = baken_report::assemble::file_name(&report);
        let stem = stem.trim_end_matches(".pdf");
        let t = Messages::for_language(lang);
        let (name, text) = match kind {
            ExportKind::AnswersCsv => (
                format!("{stem} - {}.csv", t.get("export-answers-file")),
                export::answers_csv(&inputs, q, lang),
            ),
            ExportKind::ActionsCsv => (
                format!("{stem} - {}.csv", t.get("export-actions-file")),
                export::actions_csv(&inputs, q, lang),
            ),
            ExportKind::Json => (format!("{stem}.json"), export::assessment_json(&inputs, q)),
        };
        write_report(&state, &name, text.as_bytes())
    })
}

/// Opens a file Baken wrote (a report, an export) in the program the system uses for it. Only
/// files in Baken's own reports folder: the window cannot make Baken open anything else.
#[tauri::command]
async fn open_report(state: tauri::State<'_, AppState>, path: String) -> Result<(), IpcError> {
    state.with(|_, _, _| {
        let inside = |p: &std::path::Path| -> Option<bool> {
            let dir = state.reports_dir.as_ref()?.canonicalize().ok()?;
            Some(p.canonicalize().ok()?.starts_with(dir))
        };
        let path = std::path::PathBuf::from(&path);
        if inside(&path) != Some(true) {
            return Err(StoreError::NoDatabase { path });
        }
        open::that_detached(&path).map_err(|e| StoreError::Io { path, source: e })
    })
}

/// The environment variables of `make bench` (`bench/run.py`): exit once the first screen with
/// data has painted (start-up time), or write this file then and keep running (memory).
const EXIT_WHEN_READY_ENV: &str = "BAKEN_EXIT_WHEN_READY";
const READY_FILE_ENV: &str = "BAKEN_READY_FILE";

/// Opens the trainer's and coordinator's screens for this session with the PIN.
#[tauri::command]
async fn unlock(state: tauri::State<'_, AppState>, pin: String) -> Result<AppSnapshot, IpcError> {
    let hash = state.with(|store, _, _| store.coordinator_pin())?;
    let right = hash.is_none_or(|h| baken_core::seal::verify_pin(&pin, &h));
    if !right {
        // Guessing stays slow: Argon2 takes a moment, and a wrong PIN waits a second more.
        std::thread::sleep(std::time::Duration::from_secs(1));
        let lang = state.with(|store, _, _| store.language())?;
        return Err(IpcError {
            code: ErrorCode::WrongPin,
            message: Messages::for_language(lang).error(ErrorCode::WrongPin, &[]),
        });
    }
    *lock(&state.unlocked) = true;
    state.run(|_, _| Ok(()))
}

/// Locks those screens again (a shared laptop, the trainer walks away).
#[tauri::command]
async fn lock_screens(state: tauri::State<'_, AppState>) -> Result<AppSnapshot, IpcError> {
    *lock(&state.unlocked) = false;
    state.run(|_, _| Ok(()))
}

/// Sets a new PIN (at least 4 characters), or removes it with `None`. Only while unlocked (or
/// while there is none yet).
#[tauri::command]
async fn set_pin(
    state: tauri::State<'_, AppState>,
    pin: Option<String>,
) -> Result<AppSnapshot, IpcError> {
    use baken_core::seal::{MIN_PIN, check_secret, hash_pin};
    state.coordinator()?;
    let hash = match pin.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(pin) => {
            if check_secret(pin, MIN_PIN).is_err() {
                let lang = state.with(|store, _, _| store.language())?;
                let min = [("min", MIN_PIN.to_string())];
                return Err(IpcError {
                    code: ErrorCode::SecretTooShort,
                    message: Messages::for_language(lang).error(ErrorCode::SecretTooShort, &min),
                });
            }
            Some(hash_pin(pin, random()))
        }
        None => None,
    };
    // Whoever sets the PIN stays in: they just proved they may.
    *lock(&state.unlocked) = true;
    state.run(|store, _| store.set_coordinator_pin(hash.as_deref()))
}

/// The trainer's overview: who is trained, per learner.
#[tauri::command]
async fn overview(
    state: tauri::State<'_, AppState>,
) -> Result<baken_core::overview::Overview, IpcError> {
    state.coordinator()?;
    state.with(|store, now, _| store.overview(&state.pack.outline, now))
}

/// What the group finds hard: item analysis, the hardest case decisions, completions per month.
#[tauri::command]
async fn group_analysis(
    state: tauri::State<'_, AppState>,
) -> Result<baken_core::analysis::GroupAnalysis, IpcError> {
    state.coordinator()?;
    state.with(|store, _, lang| store.group_analysis(&state.pack, lang))
}

/// Removes a learner for good (with every profile merged into the same person); gives the
/// overview afresh.
#[tauri::command]
async fn remove_learner(
    state: tauri::State<'_, AppState>,
    id: uuid::Uuid,
) -> Result<baken_core::overview::Overview, IpcError> {
    state.coordinator()?;
    state.with(|store, now, _| {
        store.remove_learner(id, now)?;
        store.overview(&state.pack.outline, now)
    })
}

/// The retention period and who it would remove now.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionView {
    pub years: Option<u32>,
    /// With a period set: the people inactive for longer, oldest activity first.
    pub inactive: Vec<InactiveLearner>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InactiveLearner {
    pub learner: baken_core::Learner,
    pub last_active: chrono::DateTime<chrono::Utc>,
}

fn retention_view(
    store: &Store,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<RetentionView, StoreError> {
    let years = store.retention_years()?;
    let inactive = match years {
        None => vec![],
        Some(years) => {
            let since = now
                .checked_sub_months(chrono::Months::new(years * 12))
                .unwrap_or(chrono::DateTime::<chrono::Utc>::MIN_UTC);
            (store.inactive_since(since)?.into_iter())
                .map(|i| InactiveLearner {
                    learner: i.learner,
                    last_active: i.last_active,
                })
                .collect()
        }
    };
    Ok(RetentionView { years, inactive })
}

#[tauri::command]
async fn retention(state: tauri::State<'_, AppState>) -> Result<RetentionView, IpcError> {
    state.coordinator()?;
    state.with(|store, now, _| retention_view(store, now))
}

/// Sets the retention period (`None`: off); gives the preview of who it would remove.
#[tauri::command]
async fn set_retention(
    state: tauri::State<'_, AppState>,
    years: Option<u32>,
) -> Result<RetentionView, IpcError> {
    state.coordinator()?;
    state.with(|store, now, _| {
        store.set_retention_years(years.filter(|y| (1..=50).contains(y)))?;
        retention_view(store, now)
    })
}

/// Removes everyone the preview lists (worked out again now, so no one active since is removed).
#[tauri::command]
async fn apply_retention(state: tauri::State<'_, AppState>) -> Result<RetentionView, IpcError> {
    state.coordinator()?;
    state.with(|store, now, _| {
        for i in retention_view(store, now)?.inactive {
            store.remove_learner(i.learner.id, now)?;
        }
        retention_view(store, now)
    })
}

/// Profiles with the same name that a trainer has not merged or kept apart yet.
#[tauri::command]
async fn same_names(
    state: tauri::State<'_, AppState>,
) -> Result<Vec<baken_core::records::SameName>, IpcError> {
    state.coordinator()?;
    state.with(|store, _, _| store.same_names())
}

/// The trainer confirms that `profiles` are one person; gives the remaining same names.
#[tauri::command]
async fn merge_profiles(
    state: tauri::State<'_, AppState>,
    profiles: Vec<uuid::Uuid>,
) -> Result<Vec<baken_core::records::SameName>, IpcError> {
    state.coordinator()?;
    state.with(|store, now, _| {
        store.merge_profiles(&profiles, now)?;
        store.same_names()
    })
}

/// The trainer says that `profiles` are different people; gives the remaining same names.
#[tauri::command]
async fn keep_apart(
    state: tauri::State<'_, AppState>,
    profiles: Vec<uuid::Uuid>,
) -> Result<Vec<baken_core::records::SameName>, IpcError> {
    state.coordinator()?;
    state.with(|store, _, _| {
        store.keep_apart(&profiles)?;
        store.same_names()
    })
}

/// The trainer's workshops, the learners who can attend and the modules to choose from.
#[tauri::command]
async fn workshops(
    state: tauri::State<'_, AppState>,
) -> Result<baken_core::workshop::WorkshopsView, IpcError> {
    state.coordinator()?;
    state.with(|store, _, lang| store.workshops_view(&state.pack, lang))
}

/// Plans a workshop; gives the workshops screen afresh.
#[tauri::command]
async fn create_workshop(
    state: tauri::State<'_, AppState>,
    form: baken_core::workshop::NewWorkshop,
) -> Result<baken_core::workshop::WorkshopsView, IpcError> {
    state.coordinator()?;
    state.with(|store, now, lang| {
        let workshop = form.validate(&state.pack, uuid::Uuid::new_v4(), now)?;
        store.create_workshop(&workshop)?;
        store.workshops_view(&state.pack, lang)
    })
}

/// Marks a learner as present at a workshop, or not.
#[tauri::command]
async fn workshop_attendance(
    state: tauri::State<'_, AppState>,
    workshop: uuid::Uuid,
    learner: uuid::Uuid,
    present: bool,
) -> Result<baken_core::workshop::WorkshopsView, IpcError> {
    state.coordinator()?;
    state.with(|store, _, lang| {
        store.set_attendance(workshop, learner, present)?;
        store.workshops_view(&state.pack, lang)
    })
}

/// Adds a new learner who attended a workshop.
#[tauri::command]
async fn workshop_add_attendee(
    state: tauri::State<'_, AppState>,
    workshop: uuid::Uuid,
    form: NewLearner,
) -> Result<baken_core::workshop::WorkshopsView, IpcError> {
    state.coordinator()?;
    state.with(|store, now, lang| {
        store.add_attendee(workshop, &form, now)?;
        store.workshops_view(&state.pack, lang)
    })
}

/// Signs a workshop off: the attendees get a classroom completion of its module.
#[tauri::command]
async fn workshop_sign_off(
    state: tauri::State<'_, AppState>,
    workshop: uuid::Uuid,
) -> Result<baken_core::workshop::WorkshopsView, IpcError> {
    state.coordinator()?;
    state.with(|store, now, lang| {
        let today = chrono::Local::now().date_naive();
        store.sign_off_workshop(workshop, now, today)?;
        store.workshops_view(&state.pack, lang)
    })
}

/// What the presentation view shows of case `case` (its index in the workshop) after a change.
#[derive(Debug, Clone, Copy, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
enum PresentationStep {
    /// Nothing changes: just show it.
    Show,
    /// One step back.
    Back,
}

/// Case `case` of a workshop on the projector; `step: "back"` goes one step back first.
#[tauri::command]
async fn workshop_presentation(
    state: tauri::State<'_, AppState>,
    workshop: uuid::Uuid,
    case: u32,
    step: PresentationStep,
) -> Result<baken_core::workshop::PresentationView, IpcError> {
    state.coordinator()?;
    state.with(|store, _, lang| {
        if let PresentationStep::Back = step {
            store.step_back(workshop, case as usize, &state.pack)?;
        }
        store.presentation(workshop, case as usize, &state.pack, lang)
    })
}

/// The trainer's count of how many chose each option at the decision point on the screen.
#[tauri::command]
async fn workshop_counts(
    state: tauri::State<'_, AppState>,
    workshop: uuid::Uuid,
    case: u32,
    step: String,
    counts: std::collections::BTreeMap<String, u32>,
) -> Result<baken_core::workshop::PresentationView, IpcError> {
    state.coordinator()?;
    state.with(|store, _, lang| {
        store.enter_counts(workshop, case as usize, &step, &counts, &state.pack)?;
        store.presentation(workshop, case as usize, &state.pack, lang)
    })
}

/// The group goes on with `choice` (the most chosen, or the trainer's pick on a tie).
#[tauri::command]
async fn workshop_follow(
    state: tauri::State<'_, AppState>,
    workshop: uuid::Uuid,
    case: u32,
    choice: String,
) -> Result<baken_core::workshop::PresentationView, IpcError> {
    state.coordinator()?;
    state.with(|store, _, lang| {
        store.follow_choice(workshop, case as usize, &choice, &state.pack)?;
        store.presentation(workshop, case as usize, &state.pack, lang)
    })
}

/// A name for a file Baken writes for the municipality: "<municipality> - <what> <date>".
fn dated_name(
    store: &Store,
    what: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<String, StoreError> {
    let municipality = store
        .municipality()?
        .map(|m| m.profile.name)
        .unwrap_or_default();
    let date = now.with_timezone(&chrono::Local).format("%Y-%m-%d %H.%M");
    Ok(baken_report::assemble::safe_file_name(&format!(
        "{municipality} - {what} {date}"
    )))
}

/// The overview as CSV for a spreadsheet, in the reports folder.
#[tauri::command]
async fn export_overview(state: tauri::State<'_, AppState>) -> Result<ReportMade, IpcError> {
    state.coordinator()?;
    state.with(|store, now, lang| {
        let overview = store.overview(&state.pack.outline, now)?;
        let t = Messages::for_language(lang);
        let csv = baken_core::overview::overview_csv(
            &overview,
            lang,
            |role| t.get(&format!("role-{role}")),
            |s| t.get(&format!("overview-state-{}", s.key())),
        );
        let name = format!("{}.csv", dated_name(store, &t.get("overview-file"), now)?);
        write_report(&state, &name, csv.as_bytes())
    })
}

/// Fresh random bytes from the operating system.
fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    bytes
}

/// Every learner and event as a records file (docs/records-format.md), in the reports folder, to
/// take to another laptop; sealed when a passphrase is given (`baken_core::seal`).
#[tauri::command]
async fn export_records(
    state: tauri::State<'_, AppState>,
    passphrase: Option<String>,
) -> Result<ReportMade, IpcError> {
    state.coordinator()?;
    use baken_core::seal::{MIN_PASSPHRASE, check_secret, seal};
    let passphrase = passphrase.filter(|p| !p.is_empty());
    if let Some(p) = &passphrase
        && check_secret(p, MIN_PASSPHRASE).is_err()
    {
        let lang = state.with(|store, _, _| store.language())?;
        return Err(IpcError {
            code: ErrorCode::SecretTooShort,
            message: Messages::for_language(lang).format(
                "records-passphrase-short",
                &[("min", MIN_PASSPHRASE.to_string())],
            ),
        });
    }
    state.with(|store, now, lang| {
        let bytes = store.export_records(
            baken_core::records::Selection::All,
            &state.pack,
            env!("CARGO_PKG_VERSION"),
            now,
        )?;
        let bytes = match &passphrase {
            Some(p) => seal(&bytes, p, random(), random()),
            None => bytes,
        };
        let what = Messages::for_language(lang).get("records-file");
        let name = format!("{}.baken", dated_name(store, &what, now)?);
        write_report(&state, &name, &bytes)
    })
}

/// Merges a records file the user picked; the request's body is the file's bytes, and a
/// passphrase for a sealed file comes in the `x-baken-passphrase` header (percent-encoded). A
/// refused file changes nothing and comes back as `bad-records` with the reason.
#[tauri::command]
async fn import_records(
    state: tauri::State<'_, AppState>,
    request: tauri::ipc::Request<'_>,
) -> Result<baken_core::records::MergeReport, IpcError> {
    state.coordinator()?;
    let tauri::ipc::InvokeBody::Raw(bytes) = request.body() else {
        return Err(IpcError {
            code: ErrorCode::Internal,
            message: "import_records takes the file's bytes".into(),
        });
    };
    let lang = state.with(|store, _, _| store.language())?;
    let passphrase = request
        .headers()
        .get("x-baken-passphrase")
        .and_then(|v| v.to_str().ok())
        .map(percent_decode)
        .filter(|p| !p.is_empty());
    let file = baken_core::records::open(bytes, passphrase.as_deref()).map_err(|e| IpcError {
        code: ErrorCode::BadRecords,
        message: Messages::for_language(lang).format(e.message_id(), &e.args()),
    })?;
    state.with(|store, now, _| {
        // A copy as it was, before anything from elsewhere comes in.
        store.back_up(baken_core::backup::Reason::Import, now)?;
        store.merge_records(&file)
    })
}

/// What the screen that opens the data needs to know.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DataLock {
    /// A recovery code here needs a new passphrase beside it (a key file, or no key store).
    pub code_needs_passphrase: bool,
}

/// While the data is not open: whether a recovery code needs a new passphrase too.
#[tauri::command]
async fn data_lock(state: tauri::State<'_, AppState>) -> Result<DataLock, IpcError> {
    let dir = state.dir(state.fallback_language())?;
    let keys = key::platform_key_store();
    Ok(DataLock {
        code_needs_passphrase: key::code_needs_passphrase(dir, keys.as_ref()),
    })
}

/// Opens the encrypted data with the passphrase of the key file, a new passphrase (a new install
/// without a key store) or the recovery code (with a new passphrase where needed).
#[tauri::command]
async fn open_data(
    state: tauri::State<'_, AppState>,
    passphrase: Option<String>,
    new_passphrase: Option<String>,
    code: Option<String>,
) -> Result<AppSnapshot, IpcError> {
    let lang = state.fallback_language();
    let dir = state.dir(lang)?;
    {
        let mut guard = lock(&state.store);
        if guard.is_err() {
            let given = match (&code, &passphrase, &new_passphrase) {
                (Some(code), _, new) => Given::Code {
                    code,
                    new_passphrase: new.as_deref(),
                },
                (None, Some(passphrase), _) => Given::Passphrase(passphrase),
                (None, None, Some(new)) => Given::NewPassphrase(new),
                (None, None, None) => Given::Nothing,
            };
            let (store, key) = open_data_dir(dir, given);
            let found = key.is_some();
            if found {
                *lock(&state.key) = key;
            }
            match store {
                Ok(store) => *guard = Ok(store),
                Err(e) => {
                    let error = IpcError::from_store(&e, lang);
                    // With the key found, damaged data stays the app's state (the UI offers a
                    // backup); a wrong passphrase or code only gets its message.
                    if found {
                        *guard = Err(e);
                    }
                    return Err(error);
                }
            }
        }
    }
    state.run(|_, _| Ok(()))
}

/// The recovery code, shown on the coordinator's screen.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecoveryView {
    /// Eight groups of four characters.
    pub code: String,
    /// The key is kept in the operating system's key store (else in the key file).
    pub in_key_store: bool,
    pub key_file: String,
    /// When the coordinator said it is kept safe.
    pub confirmed_at: Option<String>,
}

impl AppState {
    fn recovery_view(&self) -> Result<RecoveryView, IpcError> {
        let confirmed_at = self.with(|store, _, _| store.recovery_confirmed())?;
        let lang = self.fallback_language();
        let key_file = key::key_file(self.dir(lang)?).display().to_string();
        self.with_key(lang, |resolved| RecoveryView {
            code: resolved.code.to_string(),
            in_key_store: resolved.keeper == Keeper::KeyStore,
            key_file,
            confirmed_at,
        })
    }
}

/// The recovery code of the data (coordinator only).
#[tauri::command]
async fn recovery_code(state: tauri::State<'_, AppState>) -> Result<RecoveryView, IpcError> {
    state.coordinator()?;
    state.recovery_view()
}

/// The coordinator keeps the recovery code safe: no more reminders.
#[tauri::command]
async fn confirm_recovery(state: tauri::State<'_, AppState>) -> Result<AppSnapshot, IpcError> {
    state.coordinator()?;
    state.run(|store, now| store.confirm_recovery(now))
}

/// This computer's name, for the recovery sheet (empty when unknown).
fn computer_name() -> String {
    std::env::var("COMPUTERNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|name| name.trim().to_owned())
        .unwrap_or_default()
}

/// The recovery sheet as a PDF in the reports folder, to print and keep in a safe.
#[tauri::command]
async fn make_recovery_sheet(state: tauri::State<'_, AppState>) -> Result<ReportMade, IpcError> {
    state.coordinator()?;
    let view = state.recovery_view()?;
    state.with(|store, now, lang| {
        let municipality = store
            .municipality()?
            .map(|m| m.profile.name)
            .unwrap_or_default();
        let sheet = baken_report::RecoverySheet {
            municipality,
            code: view.code.clone(),
            made_on: now,
            computer: computer_name(),
        };
        let pdf = baken_report::recovery_sheet_pdf(&sheet, lang)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let name = match lang {
            Language::Nl => "herstelcode.pdf",
            Language::En => "recovery-code.pdf",
        };
        write_report(&state, name, &pdf)
    })
}

/// The backups, and where they are.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupsView {
    pub backups: Vec<baken_core::backup::Backup>,
    pub dir: String,
    pub keep: u32,
}

/// What putting a backup back did with the database it replaced.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Restored {
    /// The backup the replaced database was saved as.
    pub saved_as: Option<String>,
    /// Where a damaged database was set aside.
    pub put_aside: Option<String>,
}

impl AppState {
    /// The data directory, or why there is none.
    fn dir(&self, lang: Language) -> Result<&std::path::Path, IpcError> {
        self.data_dir.as_deref().ok_or_else(|| {
            IpcError::from_store(
                &StoreError::NoDatabase {
                    path: baken_store::DATA_DIR_ENV.into(),
                },
                lang,
            )
        })
    }

    /// `f` of the database's key as found at start or by `open_data`; until then the passphrase
    /// (or code) is still to be given.
    fn with_key<T>(&self, lang: Language, f: impl FnOnce(&Resolved) -> T) -> Result<T, IpcError> {
        lock(&self.key)
            .as_ref()
            .map(f)
            .ok_or_else(|| IpcError::from_store(&StoreError::PassphraseNeeded, lang))
    }

    /// The trainer's check, except while the database cannot be opened: then its PIN cannot be
    /// read either, and the backups are the way back.
    fn coordinator_or_broken(&self) -> Result<(), IpcError> {
        if lock(&self.store).is_err() {
            return Ok(());
        }
        self.coordinator()
    }

    fn backups_view(&self) -> Result<BackupsView, IpcError> {
        let lang = self.fallback_language();
        let dir = self.dir(lang)?;
        Ok(BackupsView {
            backups: baken_store::backup::list_backups(dir)
                .map_err(|e| IpcError::from_store(&e, lang))?,
            dir: baken_store::backup::backups_dir(dir).display().to_string(),
            keep: baken_core::backup::KEEP as u32,
        })
    }
}

/// The backups of the database (also while it cannot be opened).
#[tauri::command]
async fn backups(state: tauri::State<'_, AppState>) -> Result<BackupsView, IpcError> {
    state.coordinator_or_broken()?;
    state.backups_view()
}

/// A backup now.
#[tauri::command]
async fn make_backup(state: tauri::State<'_, AppState>) -> Result<BackupsView, IpcError> {
    state.coordinator()?;
    state.with(|store, now, _| store.back_up(baken_core::backup::Reason::Manual, now))?;
    state.backups_view()
}

/// Puts backup `file` back: the database is closed, replaced (the current one saved as a backup
/// first, or set aside when damaged) and opened again. The UI then loads afresh.
#[tauri::command]
async fn restore_backup(
    state: tauri::State<'_, AppState>,
    file: String,
) -> Result<Restored, IpcError> {
    state.coordinator_or_broken()?;
    let lang = state
        .with(|store, _, _| store.language())
        .unwrap_or(state.fallback_language());
    let dir = state.dir(lang)?.to_owned();
    let key = state.with_key(lang, |r| r.code.database_key())?;
    let mut guard = lock(&state.store);
    // Closing the connection first: the file under it is about to change.
    *guard = Err(StoreError::NoDatabase { path: dir.clone() });
    let result = baken_store::backup::restore_backup(&dir, &file, &key, chrono::Utc::now());
    *guard = Store::open(&dir, Access::ReadWrite, &key).and_then(|s| s.check().map(|()| s));
    let replaced = result.map_err(|e| IpcError::from_store(&e, lang))?;
    if let Err(e) = &*guard {
        return Err(IpcError::from_store(e, lang));
    }
    drop(guard);
    // The restored database may hold another PIN: lock the trainer's screens again.
    *lock(&state.unlocked) = false;
    use baken_store::backup::Replaced;
    Ok(match replaced {
        Replaced::Nothing => Restored {
            saved_as: None,
            put_aside: None,
        },
        Replaced::SavedAs(file) => Restored {
            saved_as: Some(file),
            put_aside: None,
        },
        Replaced::PutAside(path) => Restored {
            saved_as: None,
            put_aside: Some(path.display().to_string()),
        },
    })
}

/// Undoes `encodeURIComponent` (a header carries only ASCII); invalid sequences stay as they are.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let byte = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match byte {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `make bench` only: the UI calls this once its first screen with data (`screen`, e.g. "home")
/// has painted. The UI calls it only when [`run`] told it a bench is running; otherwise nothing.
#[tauri::command]
async fn ready(screen: String) {
    if let Some(path) = std::env::var_os(READY_FILE_ENV) {
        let _ = std::fs::write(path, &screen);
    }
    if std::env::var_os(EXIT_WHEN_READY_ENV).is_some_and(|v| v == "1") {
        println!("ready: {screen}");
        std::process::exit(0);
    }
}

/// Opens the main window where it was last time (`baken_core::window`), then shows it: the
/// window starts hidden (`tauri.conf.json`) so it does not jump after it appears.
fn place_window(app: &tauri::App) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let state = app.state::<AppState>();
    let saved = state
        .with(|store, _, _| store.window_placement())
        .ok()
        .flatten();
    if let Some(saved) = saved {
        let scale = window.scale_factor().unwrap_or(1.0);
        let monitors: Vec<Area> = window
            .available_monitors()
            .unwrap_or_default()
            .iter()
            .map(|m| Area {
                x: m.position().x,
                y: m.position().y,
                width: m.size().width,
                height: m.size().height,
            })
            .collect();
        let smallest = Area {
            x: 0,
            y: 0,
            width: (MIN_WINDOW.0 * scale).round() as u32,
            height: (MIN_WINDOW.1 * scale).round() as u32,
        };
        let fitted = saved.fit(&monitors, smallest);
        let _ = window.set_size(tauri::PhysicalSize::new(fitted.width, fitted.height));
        if let Some((x, y)) = fitted.position {
            let _ = window.set_position(tauri::PhysicalPosition::new(x, y));
        }
        if fitted.maximized {
            let _ = window.maximize();
        }
        *lock(&state.placement) = Some(saved);
    }
    let _ = window.show();
}

/// Brings the main window to the front for a second start of Baken (`instance`): out of the
/// taskbar if it was minimised, shown, and focused.
fn raise_window(app: &tauri::AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// The smallest window, in logical pixels (as `minWidth`/`minHeight` in `tauri.conf.json`).
const MIN_WINDOW: (f64, f64) = (640.0, 480.0);

/// Saves where the window is after it moved or resized, so the next start opens it there; a
/// crash loses at most the last move. While the window is maximised its normal size and position
/// stay as they were; a minimised window is not saved.
fn remember_placement(window: &tauri::Window) {
    if window.label() != "main" || window.is_minimized().unwrap_or(false) {
        return;
    }
    let (Ok(position), Ok(size)) = (window.outer_position(), window.inner_size()) else {
        return;
    };
    let state = window.state::<AppState>();
    let mut last = lock(&state.placement);
    let placement = match (*last, window.is_maximized().unwrap_or(false)) {
        (Some(before), true) => WindowPlacement {
            maximized: true,
            ..before
        },
        (_, maximized) => WindowPlacement {
            x: position.x,
            y: position.y,
            width: size.width,
            height: size.height,
            maximized,
        },
    };
    if *last == Some(placement) {
        return;
    }
    if state
        .with(|store, _, _| store.set_window_placement(&placement))
        .is_ok()
    {
        *last = Some(placement);
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// WebKitGTK's switch to paint with Skia on the CPU instead of through OpenGL.
pub const CPU_PAINTING_ENV: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";

/// Whether the webview should paint on the CPU: on Linux when the machine offers no GPU render
/// node (`/dev/dri/renderD*`, looked for in `dri`) and the user has not chosen for themselves
/// (`chosen`: the value of [`CPU_PAINTING_ENV`] if set). Without a render node OpenGL can only be
/// Mesa's software rasteriser, which compiles a shader program for each new kind of shape on the
/// first frame: under `make bench` that made the first screen take 130–170 ms to paint against
/// 20–60 ms on the CPU (docs/performance.md). Virtual desktops in town halls often have no GPU.
pub fn paint_on_cpu(dri: &std::path::Path, chosen: Option<&std::ffi::OsStr>) -> bool {
    if chosen.is_some() {
        return false;
    }
    let render_node = std::fs::read_dir(dri).is_ok_and(|entries| {
        entries
            .filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
    });
    !render_node
}

/// The script that hands the page its first snapshot: `window.__BAKEN_FIRST__`, parsed from a JSON
/// string literal, so no text in the data can end the statement early.
fn first_snapshot_script(snap: &AppSnapshot) -> String {
    let json = serde_json::to_string(snap).expect("a snapshot is always valid JSON");
    let literal = serde_json::to_string(&json).expect("a string is always valid JSON");
    format!("window.__BAKEN_FIRST__ = JSON.parse({literal});")
}

pub fn run() {
    let dir = data_dir_argument().or_else(baken_store::default_data_dir);
    let listener = match dir
        .as_deref()
        .map(|dir| instance::claim(&baken_store::database_path(dir)))
    {
        Some(instance::Start::Handed) => {
            eprintln!(
                "Baken is al geopend met deze gegevens; dat venster staat nu vooraan.\n\
                 Baken is already open with this data; its window is now in front."
            );
            return;
        }
        Some(instance::Start::First(listener)) => listener,
        None => None,
    };
    let mut builder = tauri::Builder::default();
    if std::env::var_os(EXIT_WHEN_READY_ENV).is_some() || std::env::var_os(READY_FILE_ENV).is_some()
    {
        // Tells the UI to call `ready` after its first screen with data (ui/src/App.svelte).
        builder = builder.append_invoke_initialization_script("window.__BAKEN_BENCH__ = true;");
    }
    let state = AppState::open(dir);
    // The first screen's data travels with the page instead of through a first IPC call: the page
    // renders it at once, without waiting for a round trip while WebKit is still starting up
    // (about 40 ms under `make bench`, docs/performance.md). The UI asks again on a reload.
    if let Ok(first) = state.run(|_, _| Ok(())) {
        builder = builder.append_invoke_initialization_script(first_snapshot_script(&first));
    }
    builder
        .manage(state)
        .setup(|app| {
            place_window(app);
            if let Some(listener) = listener {
                let handle = app.handle().clone();
                listener.serve(move || {
                    let main = handle.clone();
                    let _ = handle.run_on_main_thread(move || raise_window(&main));
                });
            }
            Ok(())
        })
        .on_window_event(|window, event| {
            if matches!(
                event,
                tauri::WindowEvent::Moved(_) | tauri::WindowEvent::Resized(_)
            ) {
                remember_placement(window);
            }
        })
        .invoke_handler(tauri::generate_handler![
            snapshot,
            start_demo,
            set_up_municipality,
            add_learner,
            choose_learner,
            rename_learner,
            open_module,
            act,
            open_refresher,
            refresh_answer,
            open_effect,
            effect_act,
            set_language,
            update_municipality,
            save_contact,
            remove_contact,
            assessment_view,
            create_assessment,
            add_respondent,
            save_response,
            save_action,
            delete_action,
            make_report,
            export_assessment,
            open_report,
            make_pocket_card,
            unlock,
            lock_screens,
            set_pin,
            overview,
            group_analysis,
            export_overview,
            export_records,
            import_records,
            remove_learner,
            retention,
            set_retention,
            apply_retention,
            backups,
            make_backup,
            restore_backup,
            data_lock,
            open_data,
            recovery_code,
            confirm_recovery,
            make_recovery_sheet,
            same_names,
            merge_profiles,
            keep_apart,
            workshops,
            create_workshop,
            workshop_attendance,
            workshop_add_attendee,
            workshop_sign_off,
            workshop_presentation,
            workshop_counts,
            workshop_follow,
            ready
        ])
        .run(tauri::generate_context!())
        .expect("error while running the Baken app");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paints_on_the_cpu_only_without_a_render_node_and_without_the_users_choice() {
        let dir = std::env::temp_dir().join(format!("baken-dri-{}", uuid::Uuid::new_v4()));
        // No /dev/dri at all (a virtual machine, a container, Xvfb in CI).
        assert!(paint_on_cpu(&dir, None));
        // A display controller but no render node still means no GPU to draw with.
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("card0"), b"").unwrap();
        assert!(paint_on_cpu(&dir, None));
        // A GPU: WebKit's own choice stands.
        std::fs::write(dir.join("renderD128"), b"").unwrap();
        assert!(!paint_on_cpu(&dir, None));
        std::fs::remove_file(dir.join("renderD128")).unwrap();
        // The user's own setting, whatever it is, is never overridden.
        assert!(!paint_on_cpu(&dir, Some(std::ffi::OsStr::new("0"))));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// An app state on a fresh database in `dir`, with the demo municipality.
    fn state_in(dir: &std::path::Path) -> AppState {
        let code = baken_core::key::RecoveryCode::from_random([5; baken_core::key::SECRET_BYTES]);
        let mut store = Store::open(dir, Access::ReadWrite, &code.database_key()).unwrap();
        store.create_demo(chrono::Utc::now()).unwrap();
        AppState {
            store: Mutex::new(Ok(store)),
            data_dir: Some(dir.to_owned()),
            fallback_language: Mutex::new(Language::Nl),
            pack: baken_core::content::default_pack(),
            refused: vec![],
            reports_dir: None,
            placement: Mutex::new(None),
            unlocked: Mutex::new(false),
            key: Mutex::new(Some(Resolved {
                code,
                keeper: Keeper::KeyStore,
                new: false,
            })),
        }
    }

    #[test]
    fn coordinator_commands_are_forbidden_while_a_pin_is_set_and_not_given() {
        let dir = std::env::temp_dir().join(format!("baken-roles-{}", uuid::Uuid::new_v4()));
        let state = state_in(&dir);
        // No PIN: everyone may (a laptop of one, the demo).
        assert!(state.coordinator().is_ok());
        let hash = baken_core::seal::hash_pin("4711", [3; 16]);
        state
            .with(|store, _, _| store.set_coordinator_pin(Some(&hash)))
            .unwrap();
        let refused = state.coordinator().unwrap_err();
        assert_eq!(refused.code, ErrorCode::Forbidden);
        assert!(refused.message.contains("pincode"), "{}", refused.message);
        // The snapshot says so too, and holds no hash.
        let snap = state.run(|_, _| Ok(())).unwrap();
        assert!(snap.pin_set && snap.locked);
        assert!(!serde_json::to_string(&snap).unwrap().contains("argon2"));
        *lock(&state.unlocked) = true;
        assert!(state.coordinator().is_ok());
        assert!(!state.run(|_, _| Ok(())).unwrap().locked);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_percent_encoded_passphrase_reads_back() {
        assert_eq!(
            percent_decode("zilveren%20kust%20%E2%82%AC%25"),
            "zilveren kust €%"
        );
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }

    #[test]
    fn the_first_snapshot_script_keeps_hostile_text_inside_the_string() {
        let snap = AppSnapshot {
            language: Language::Nl,
            municipality: None,
            contacts: vec![],
            learners: vec![],
            active: None,
            refused_packs: vec![RefusedPack {
                pack: "x\");alert(1);//</script>\u{2028}".into(),
                problems: vec![],
            }],
            pin_set: false,
            locked: false,
            recovery_pending: false,
        };
        let script = first_snapshot_script(&snap);
        let literal = script
            .strip_prefix("window.__BAKEN_FIRST__ = JSON.parse(")
            .and_then(|s| s.strip_suffix(");"))
            .expect("one statement");
        let json: String = serde_json::from_str(literal).expect("a single JSON string literal");
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            back["refusedPacks"][0]["pack"],
            "x\");alert(1);//</script>\u{2028}"
        );
    }
}
