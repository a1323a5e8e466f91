//! `baken`: the command line on the same core and store as the app, for what needs no window.
//!
//! Glue only: parse the arguments, call one store function, print the result or the error in the
//! user's language (the same Fluent messages as the app).

use std::path::PathBuf;
use std::process::ExitCode;

use baken_core::Language;
use baken_i18n::Messages;
use baken_store::{Access, Store, StoreError};
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
    /// Show what is in a Baken database (read-only: changes nothing).
    Info {
        /// Data directory, or the database file itself.
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
    let store = Store::open(dir, Access::ReadOnly)?;
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
    std::fs::write(out, pdf).map_err(|e| StoreError::Io {
        path: out.to_owned(),
        source: e,
    })?;
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

fn run(command: Command, t: &Messages) -> Result<Outcome, StoreError> {
    let now = chrono::Utc::now();
    match command {
        Command::Demo { data_dir: dir } => {
            let dir = data_dir(dir)?;
            let mut store = Store::open(&dir, Access::ReadWrite)?;
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
        Command::Info { data_dir: dir } => {
            let store = Store::open(&data_dir(dir)?, Access::ReadOnly)?;
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
        Command::Content(ContentCommand::Check { dir }) => content_check(&dir, t),
        Command::Report {
            out,
            date,
            data_dir: dir,
        } => report(&data_dir(dir)?, &out, date, t),
        Command::Certificate(CertificateCommand::Issue {
            learner,
            out,
            data_dir: dir,
        }) => {
            let dir = data_dir(dir)?;
            let mut store = Store::open(&dir, Access::ReadWrite)?;
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
            std::fs::write(&out, pdf).map_err(|e| StoreError::Io {
                path: out.clone(),
                source: e,
            })?;
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
            let store = Store::open(&data_dir(dir)?, Access::ReadOnly)?;
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
            println!("{text}");
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
