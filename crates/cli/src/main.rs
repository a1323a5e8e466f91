//! `baken`: the command line on the same core and store as the app, for what needs no window.
//!
//! Glue only: parse the arguments, call one store function, print the result or the error in the
//! user's language (the same Fluent messages as the app).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod backup;
mod records;
mod unlock;

use baken_core::Language;
use baken_core::records::Selection;
use baken_core::region::{RegionError, RegionSummary};
use baken_i18n::Messages;
use baken_store::{Access, StoreError, write_file};
use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "baken",
    version,
    about = "Baken: signalen van radicalisering herkennen — opdrachtregel"
)]
struct Cli {
    /// Language of messages: nl (default) or en.
    #[arg(
        long,
        global = true,
        value_enum,
        env = "BAKEN_LANG",
        default_value = "nl"
    )]
    lang: Lang,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Lang {
    Nl,
    En,
}

#[derive(Subcommand)]
enum Command {
    /// Create the fictional demo municipality (Zilverdam) with a few learners and some progress.
    Demo {
        /// Data directory (default: $BAKEN_DATA_DIR, else the app's own data directory).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// Work with content packs (the course as data files).
    #[command(subcommand)]
    Content(ContentCommand),
    /// Certificates for completed role paths.
    #[command(subcommand)]
    Certificate(CertificateCommand),
    /// Make the council report (PDF) of the latest self-assessment, compared with the one before.
    Report {
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The assessment's date (YYYY-MM-DD); default: the latest.
        #[arg(long, value_name = "DATE")]
        date: Option<chrono::NaiveDate>,
        /// Data directory (default: $BAKEN_DATA_DIR, else the app's own data directory).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// Make the pocket card "Wie bel ik?" (PDF) with the municipality's local contacts.
    Card {
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Data directory (default: $BAKEN_DATA_DIR, else the app's own data directory).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// The anonymised summary a region can combine: export this municipality's, combine several.
    #[command(subcommand)]
    Region(RegionCommand),
    /// Write learners and their progress to a records file, to merge on another laptop
    /// (docs/records-format.md). Everything by default.
    Export {
        /// Where to write the records file.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Only this learner: their name as in the app, or their id.
        #[arg(long, value_name = "NAME", conflicts_with = "since")]
        learner: Option<String>,
        /// Only what happened on or after this date (YYYY-MM-DD), with the learners it concerns.
        #[arg(long, value_name = "DATE")]
        since: Option<chrono::NaiveDate>,
        /// Write xAPI 1.0.3 statements (a JSON array) for a Learning Record Store instead of a
        /// records file. Learners appear by their id only (docs/xapi.md).
        #[arg(long)]
        xapi: bool,
        /// With --xapi: put the learners' names in the statements too.
        #[arg(long, requires = "xapi")]
        with_names: bool,
        /// Seal the records file with the passphrase in $BAKEN_PASSPHRASE (at least 8
        /// characters); `baken import` and the app then ask for it.
        #[arg(long, conflicts_with = "xapi")]
        encrypt: bool,
        /// Data directory (default: $BAKEN_DATA_DIR, else the app's own data directory).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// Merge records files from other laptops. Learners and events are matched by their ids: a
    /// file merged twice adds nothing the second time. A damaged or foreign file changes nothing.
    Import {
        /// The records files. A sealed one is opened with the passphrase in $BAKEN_PASSPHRASE.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Data directory (default: $BAKEN_DATA_DIR, else the app's own data directory).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// Backups of the database: list them, make one, or put one back.
    #[command(subcommand)]
    Backup(BackupCommand),
    /// Open the data on this computer with its recovery code (from the sheet made at
    /// installation): after a broken laptop, or when the key store lost the key. The code is read
    /// from standard input; the key is then kept in this computer's key store (or, where there is
    /// none, in baken.sleutel with a new passphrase).
    Recover {
        /// A copy of the database (baken.sqlite or a backup) to put in the data directory first;
        /// the data directory must not have a database yet.
        #[arg(long, value_name = "FILE")]
        from: Option<PathBuf>,
        /// Data directory (default: $BAKEN_DATA_DIR, else the app's own data directory).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// Show what is in a Baken database (read-only: changes nothing).
    Info {
        /// Data directory, or the database file itself.
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum BackupCommand {
    /// List the backups, the latest first (Baken makes one each day it is used, before an
    /// upgrade and before every import, and keeps the latest 10).
    List {
        /// Data directory (default: $BAKEN_DATA_DIR, else the app's own data directory).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// Make a backup now.
    Make {
        /// Data directory (default: $BAKEN_DATA_DIR, else the app's own data directory).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// Put a backup back: its file name as `baken backup list` shows it. The database as it is
    /// now is kept as a backup first; a damaged one is set aside, never overwritten.
    Restore {
        /// The backup's file name, e.g. baken-20261130-091500-daily.sqlite.
        file: String,
        /// Data directory (default: $BAKEN_DATA_DIR, else the app's own data directory).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum ContentCommand {
    /// Check a content pack folder and list every problem with its file and line.
    Check {
        /// The pack folder (holding pack.toml), e.g. content/default.
        dir: PathBuf,
    },
}

#[derive(Subcommand)]
enum RegionCommand {
    /// Write the anonymised summary of a self-assessment (scores per theme, year, region, size
    /// class; no names, no explanations) as JSON, for the region (docs/region-summary.md).
    Export {
        /// Where to write the JSON.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The assessment's date (YYYY-MM-DD); default: the latest.
        #[arg(long, value_name = "DATE")]
        date: Option<chrono::NaiveDate>,
        /// Data directory (default: $BAKEN_DATA_DIR, else the app's own data directory).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// Combine several municipalities' summaries into a regional overview (PDF). The
    /// municipalities appear as Gemeente A, B, C… in the order of the files.
    Combine {
        /// The summaries (JSON files made with `baken region export`).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The region's name on the overview (default: the name the summaries give).
        #[arg(long, value_name = "NAME")]
        region: Option<String>,
    },
}

#[derive(Subcommand)]
enum CertificateCommand {
    /// Issue a certificate (PDF) for a learner whose required modules are completed and valid.
    Issue {
        /// The learner's name as in their profile.
        #[arg(long)]
        learner: String,
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Data directory (default: $BAKEN_DATA_DIR, else the app's own data directory).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
    /// Check a verification code against the certificates issued on this install.
    Verify {
        /// The code printed on the certificate, e.g. BKN-7K2M-X9P4.
        code: String,
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
    },
}

/// What a command has to say, and whether it means success.
struct Outcome {
    text: String,
    ok: bool,
}

impl From<String> for Outcome {
    fn from(text: String) -> Outcome {
        Outcome { text, ok: true }
    }
}

/// Midnight at the start of `day` on this computer's clock.
fn start_of_day(day: chrono::NaiveDate) -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone;
    let midnight = day.and_time(chrono::NaiveTime::MIN);
    chrono::Local
        .from_local_datetime(&midnight)
        .earliest()
        .map_or_else(|| midnight.and_utc(), |t| t.with_timezone(&chrono::Utc))
}

/// Fresh random bytes from the operating system (salts, nonces, new recovery codes).
fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    bytes
}

fn data_dir(arg: Option<PathBuf>) -> Result<PathBuf, StoreError> {
    arg.or_else(baken_store::default_data_dir)
        .ok_or_else(|| StoreError::NoDatabase {
            path: PathBuf::from(format!("${}", baken_store::DATA_DIR_ENV)),
        })
}

fn content_check(dir: &std::path::Path, t: &Messages) -> Result<Outcome, StoreError> {
    let files = baken_store::packs::read_pack_dir(dir)?;
    match baken_core::content::load_pack(&files) {
        Ok(pack) => {
            let count = |f: fn(&baken_core::content::Module) -> usize| {
                pack.modules.iter().map(f).sum::<usize>().to_string()
            };
            let text = t.format(
                "content-ok",
                &[
                    ("pack", pack.outline.id.clone()),
                    ("version", pack.outline.version.clone()),
                    ("modules", pack.modules.len().to_string()),
                    ("pages", count(|m| m.pages.len())),
                    ("cases", count(|m| m.cases.len())),
                    (
                        "items",
                        count(|m| m.check.as_ref().map_or(0, |c| c.items.len())),
                    ),
                ],
            );
            Ok(text.into())
        }
        Err(problems) => {
            let mut lines: Vec<String> = problems
                .iter()
                .map(|p| {
                    let message = t.format(p.kind.message_id(), &p.kind.args());
                    format!("{}:{}: {message}", dir.join(&p.file).display(), p.line)
                })
                .collect();
            lines.push(t.format(
                "content-problems",
                &[
                    ("count", problems.len().to_string()),
                    ("path", dir.display().to_string()),
                ],
            ));
            Ok(Outcome {
                text: lines.join("\n"),
                ok: false,
            })
        }
    }
}

fn report(
    dir: &std::path::Path,
    out: &std::path::Path,
    date: Option<chrono::NaiveDate>,
    t: &Messages,
) -> Result<Outcome, StoreError> {
    let store = unlock::open(dir, Access::ReadOnly, t)?;
    let course = baken_store::packs::load_course(dir);
    let Some(questionnaire) = course.pack.questionnaire.as_ref() else {
        return Ok(Outcome {
            text: t.get("cli-report-no-questionnaire"),
            ok: false,
        });
    };
    let assessments = store.assessments()?;
    let found = match date {
        None => assessments.first(),
        Some(d) => assessments.iter().find(|a| a.held_on == d),
    };
    let Some(assessment) = found else {
        return Ok(Outcome {
            text: t.get("cli-report-no-assessment"),
            ok: false,
        });
    };
    let inputs = store.report_inputs(assessment.id, &course.pack.outline)?;
    let report = baken_report::assemble::council_report(&inputs, questionnaire, t.lang());
    let pdf = baken_report::council_report_pdf(&report)
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    write_file(out, &pdf)?;
    Ok(t.format(
        "cli-report-done",
        &[
            ("title", report.title.clone()),
            ("overall", baken_report::assemble::overall_text(&report)),
            ("path", out.display().to_string()),
        ],
    )
    .into())
}

fn card(dir: &std::path::Path, out: &std::path::Path, t: &Messages) -> Result<Outcome, StoreError> {
    let store = unlock::open(dir, Access::ReadOnly, t)?;
    let municipality = store.municipality()?.ok_or(StoreError::NoMunicipality)?;
    let name = municipality.profile.name;
    let pdf = baken_report::pocket_card_pdf(&name, &store.contacts()?, t.lang())
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    write_file(out, &pdf)?;
    Ok(t.format(
        "card-cli-done",
        &[("municipality", name), ("path", out.display().to_string())],
    )
    .into())
}

/// `baken region export`: the summary of one assessment (the latest by default) as JSON.
fn region_export(
    dir: &Path,
    out: &Path,
    date: Option<chrono::NaiveDate>,
    t: &Messages,
) -> Result<Outcome, StoreError> {
    let store = unlock::open(dir, Access::ReadOnly, t)?;
    let course = baken_store::packs::load_course(dir);
    let Some(questionnaire) = course.pack.questionnaire.as_ref() else {
        return Ok(Outcome {
            text: t.get("cli-report-no-questionnaire"),
            ok: false,
        });
    };
    let assessments = store.assessments()?;
    let found = match date {
        None => assessments.first(),
        Some(d) => assessments.iter().find(|a| a.held_on == d),
    };
    let Some(assessment) = found else {
        return Ok(Outcome {
            text: t.get("cli-report-no-assessment"),
            ok: false,
        });
    };
    let inputs = store.report_inputs(assessment.id, &course.pack.outline)?;
    let summary = baken_core::region::summarise(&inputs, questionnaire);
    write_file(out, summary.to_json().as_bytes())?;
    let mut lines = vec![t.format(
        "region-export-done",
        &[
            ("title", assessment.title.clone()),
            ("path", out.display().to_string()),
        ],
    )];
    for (missing, id) in [
        (summary.region.is_none(), "region-export-no-region"),
        (summary.size_class.is_none(), "region-export-no-size"),
        (summary.demo, "region-export-demo"),
    ] {
        if missing {
            lines.push(t.get(id));
        }
    }
    Ok(lines.join("\n").into())
}

/// Reads one summary file; the error is the message, in the user's language.
fn read_summary(file: &Path, t: &Messages) -> Result<RegionSummary, String> {
    let unreadable = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => t.get("region-file-missing"),
        _ => t.get("region-file-unreadable"),
    };
    let error = |e: RegionError| t.format(e.message_id(), &e.args());
    // Refuse a huge file before reading it.
    let size = std::fs::metadata(file).map_err(unreadable)?.len();
    if size > baken_core::region::MAX_BYTES {
        return Err(error(RegionError::TooLarge {
            size_kb: size.div_ceil(1024),
            max_kb: baken_core::region::MAX_BYTES / 1024,
        }));
    }
    let bytes = std::fs::read(file).map_err(unreadable)?;
    baken_core::region::parse(&String::from_utf8_lossy(&bytes)).map_err(error)
}

/// `baken region combine`: every file is read and checked first; if any is refused, each bad
/// file is named with the reason and nothing is written.
fn region_combine(
    files: &[PathBuf],
    out: &Path,
    region: Option<String>,
    t: &Messages,
) -> Result<Outcome, StoreError> {
    let problem = |file: &Path, message: String| {
        t.format(
            "region-file-problem",
            &[("file", file.display().to_string()), ("message", message)],
        )
    };
    let refused = |mut lines: Vec<String>| {
        lines.push(t.get("region-combine-refused"));
        Ok(Outcome {
            text: lines.join("\n"),
            ok: false,
        })
    };
    let mut summaries = Vec::new();
    let mut seen = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        // The same file twice (a name and a wildcard that both match) would count a municipality
        // twice.
        let canonical = std::fs::canonicalize(file).ok();
        if canonical.is_some() && seen.contains(&canonical) {
            problems.push(problem(file, t.get("region-file-twice")));
            continue;
        }
        seen.push(canonical);
        match read_summary(file, t) {
            Ok(summary) => summaries.push(summary),
            Err(message) => problems.push(problem(file, message)),
        }
    }
    if !problems.is_empty() {
        return refused(problems);
    }
    let mut overview = match baken_core::region::combine(&summaries) {
        Ok(overview) => overview,
        Err(e) => {
            let message = t.format(e.message_id(), &e.args());
            return refused(vec![match e {
                RegionError::MixedQuestionnaires { index, .. } => problem(&files[index], message),
                _ => message,
            }]);
        }
    };
    if let Some(name) = region
        .map(|r| r.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|r| !r.is_empty())
    {
        overview.region = Some(name);
    }
    let pdf = baken_report::region_overview_pdf(&overview, t.lang())
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    write_file(out, &pdf)?;
    let mut lines = vec![
        t.format(
            "region-combine-done",
            &[
                ("count", summaries.len().to_string()),
                ("path", out.display().to_string()),
            ],
        ),
        t.get("region-combine-key"),
    ];
    for (m, file) in overview.municipalities.iter().zip(files) {
        let name = t.format("region-municipality", &[("letter", m.letter.clone())]);
        lines.push(format!("  {name}: {}", file.display()));
    }
    Ok(lines.join("\n").into())
}

fn run(command: Command, t: &Messages) -> Result<Outcome, StoreError> {
    let now = chrono::Utc::now();
    match command {
        Command::Demo { data_dir: dir } => {
            let dir = data_dir(dir)?;
            let mut store = unlock::open(&dir, Access::ReadWrite, t)?;
            let learners = store.create_demo(now)?;
            let name = store
                .municipality()?
                .map(|m| m.profile.name)
                .unwrap_or_default();
            Ok(Outcome::from(t.format(
                "cli-demo-done",
                &[
                    ("name", name),
                    ("path", store.path().display().to_string()),
                    ("learners", learners.to_string()),
                ],
            )))
        }
        Command::Recover {
            from,
            data_dir: dir,
        } => unlock::recover(from.as_deref(), &data_dir(dir)?, t),
        Command::Info { data_dir: dir } => {
            let store = unlock::open(&data_dir(dir)?, Access::ReadOnly, t)?;
            let info = store.info()?;
            let municipality = match &info.municipality {
                None => t.get("cli-info-no-municipality"),
                Some(m) => {
                    let mut line = m.profile.name.clone();
                    if let Some(code) = &m.profile.cbs_code {
                        line.push_str(&format!(" ({})", code.as_str()));
                    }
                    if m.is_demo {
                        line.push(' ');
                        line.push_str(&t.get("cli-info-demo"));
                    }
                    line
                }
            };
            let rows = [
                ("cli-info-path", info.path.display().to_string()),
                ("cli-info-schema", info.schema_version.to_string()),
                (
                    "cli-info-size",
                    format!("{} KiB", info.size_bytes.div_ceil(1024)),
                ),
                ("cli-info-municipality", municipality),
                ("cli-info-learners", info.learners.to_string()),
                ("cli-info-events", info.events.to_string()),
            ];
            let labels: Vec<String> = rows.iter().map(|(id, _)| t.get(id)).collect();
            let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
            Ok(labels
                .iter()
                .zip(rows.iter())
                .map(|(label, (_, value))| format!("{label:width$}  {value}"))
                .collect::<Vec<_>>()
                .join("\n")
                .into())
        }
        Command::Export {
            out,
            learner,
            since,
            xapi,
            with_names,
            encrypt,
            data_dir: dir,
        } => {
            let dir = data_dir(dir)?;
            let selection = match (learner, since) {
                (Some(learner), _) => match records::find_learner(&dir, &learner, t)? {
                    Ok(learner) => Selection::Learner { learner },
                    Err(outcome) => return Ok(outcome),
                },
                (None, Some(day)) => Selection::Since {
                    since: start_of_day(day),
                },
                (None, None) => Selection::All,
            };
            let format = match (xapi, with_names, encrypt) {
                (true, names, _) => records::Format::Xapi { names },
                (false, _, false) => records::Format::Records,
                (false, _, true) => match records::passphrase_for_sealing(t) {
                    Ok(passphrase) => records::Format::Sealed { passphrase },
                    Err(outcome) => return Ok(outcome),
                },
            };
            records::export(&dir, &out, selection, format, now, t)
        }
        Command::Import {
            files,
            data_dir: dir,
        } => records::import(&data_dir(dir)?, &files, t),
        Command::Content(ContentCommand::Check { dir }) => content_check(&dir, t),
        Command::Backup(BackupCommand::List { data_dir: dir }) => backup::list(&data_dir(dir)?, t),
        Command::Backup(BackupCommand::Make { data_dir: dir }) => {
            backup::make(&data_dir(dir)?, now, t)
        }
        Command::Backup(BackupCommand::Restore {
            file,
            data_dir: dir,
        }) => backup::restore(&data_dir(dir)?, &file, now, t),
        Command::Region(RegionCommand::Export {
            out,
            date,
            data_dir: dir,
        }) => region_export(&data_dir(dir)?, &out, date, t),
        Command::Region(RegionCommand::Combine { files, out, region }) => {
            region_combine(&files, &out, region, t)
        }
        Command::Report {
            out,
            date,
            data_dir: dir,
        } => report(&data_dir(dir)?, &out, date, t),
        Command::Card { out, data_dir: dir } => card(&data_dir(dir)?, &out, t),
        Command::Certificate(CertificateCommand::Issue {
            learner,
            out,
            data_dir: dir,
        }) => {
            let dir = data_dir(dir)?;
            let mut store = unlock::open(&dir, Access::ReadWrite, t)?;
            let Some(found) = store.learners()?.into_iter().find(|l| l.name == learner) else {
                return Ok(Outcome {
                    text: t.format("cli-no-such-learner", &[("name", learner)]),
                    ok: false,
                });
            };
            let course = baken_store::packs::load_course(&dir);
            let lang = t.lang();
            let role = t.get(&format!("role-{}", found.role.key()));
            let cert = store.issue_certificate(&course.pack, found.id, lang, &role, now)?;
            let pdf = baken_report::certificate_pdf(&cert)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            write_file(&out, &pdf)?;
            Ok(t.format(
                "cli-certificate-done",
                &[
                    ("code", cert.code),
                    ("learner", cert.learner),
                    ("path", out.display().to_string()),
                ],
            )
            .into())
        }
        Command::Certificate(CertificateCommand::Verify {
            code,
            data_dir: dir,
        }) => {
            let Some(normal) = baken_core::certificate::normalise_code(&code) else {
                return Ok(Outcome {
                    text: t.format("cli-certificate-bad-code", &[("code", code)]),
                    ok: false,
                });
            };
            let store = unlock::open(&data_dir(dir)?, Access::ReadOnly, t)?;
            match store.find_certificate(&normal)? {
                None => Ok(Outcome {
                    text: t.format("cli-certificate-unknown", &[("code", normal)]),
                    ok: false,
                }),
                Some(cert) => {
                    let date = |at| baken_report::long_date(at, t.lang());
                    Ok(t.format(
                        "cli-certificate-valid",
                        &[
                            ("code", cert.code),
                            ("learner", cert.learner),
                            ("role", cert.role),
                            ("municipality", cert.municipality),
                            ("issued", date(cert.issued_at)),
                            ("until", date(cert.valid_until)),
                        ],
                    )
                    .into())
                }
            }
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = match cli.lang {
        Lang::Nl => Language::Nl,
        Lang::En => Language::En,
    };
    let t = Messages::for_language(lang);
    match run(cli.command, t) {
        Ok(Outcome { text, ok: true }) => {
            // A closed pipe (`baken info | head`) is not an error of Baken's.
            use std::io::Write;
            let _ = writeln!(std::io::stdout(), "{text}");
            ExitCode::SUCCESS
        }
        Ok(Outcome { text, ok: false }) => {
            eprintln!("{text}");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("{}: {}", t.get("cli-error"), t.error(e.code(), &e.args()));
            ExitCode::FAILURE
        }
    }
}
