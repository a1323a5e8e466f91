//! The `baken` binary as a user runs it: arguments in, text and an exit code out.

use std::path::Path;
use std::process::{Command, Output};

mod records;

/// The passphrase of the key file of every test database: these tests run without a key store
/// (`BAKEN_KEY_STORE=off`), as on a computer that has none.
const KEY_PASSPHRASE: &str = "de wachtwoordzin van de tests";

fn baken(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baken"))
        .args(args)
        .env_remove("BAKEN_LANG")
        .env_remove("BAKEN_DATA_DIR")
        .env_remove("BAKEN_PASSPHRASE")
        .env("BAKEN_KEY_STORE", "off")
        .env("BAKEN_KEY_PASSPHRASE", KEY_PASSPHRASE)
        .output()
        .expect("the baken binary runs")
}

/// A plain rusqlite connection to the encrypted database in `dir`, its key taken from the key
/// file: for what the command line would never do itself.
fn raw_db(dir: &Path) -> rusqlite::Connection {
    let sealed = std::fs::read(dir.join("baken.sleutel")).expect("a key file");
    let code = baken_core::key::open_key_file(&sealed, KEY_PASSPHRASE).unwrap();
    let db = rusqlite::Connection::open(dir.join("baken.sqlite")).unwrap();
    db.execute_batch(&format!(
        "PRAGMA key = \"{}\";",
        code.database_key().pragma_value()
    ))
    .unwrap();
    db
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn help_lists_the_commands() {
    let out = baken(&["--help"]);
    assert!(out.status.success());
    let help = text(&out.stdout);
    assert!(help.contains("demo") && help.contains("info"), "{help}");
}

#[test]
fn demo_then_info_shows_the_demo_municipality() {
    let dir = tempfile::tempdir().unwrap();
    let out = baken(&["demo", "--data-dir", arg(dir.path())]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("Demogemeente Zilverdam aangemaakt in "),
        "{}",
        text(&out.stdout)
    );

    let out = baken(&["info", "--data-dir", arg(dir.path())]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let info = text(&out.stdout);
    assert!(info.contains("Zilverdam (GM9901) (demo)"), "{info}");
    assert!(
        info.lines()
            .any(|l| l.starts_with("Medewerkers") && l.ends_with(" 5")),
        "{info}"
    );
    assert!(
        info.lines()
            .any(|l| l.starts_with("Schemaversie") && l.ends_with(" 9")),
        "{info}"
    );

    let out = baken(&["--lang", "en", "info", "--data-dir", arg(dir.path())]);
    assert!(
        text(&out.stdout)
            .lines()
            .any(|l| l.starts_with("Staff members") && l.ends_with(" 5"))
    );
}

#[test]
fn a_second_demo_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        baken(&["demo", "--data-dir", arg(dir.path())])
            .status
            .success()
    );
    let out = baken(&["demo", "--data-dir", arg(dir.path())]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).trim(),
        "Fout: Op deze laptop is al een gemeente ingesteld."
    );
}

#[test]
fn info_on_a_directory_without_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let out = baken(&["info", "--data-dir", arg(dir.path())]);
    assert_eq!(out.status.code(), Some(1));
    let expected = format!(
        "Fout: In {} staat nog geen Baken-database.",
        dir.path().display()
    );
    assert_eq!(text(&out.stderr).trim(), expected);
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "info created a file"
    );
}

#[test]
fn a_file_that_is_not_a_baken_database() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("begroting.xlsx");
    std::fs::write(&file, b"PK\x03\x04 spreadsheet bytes").unwrap();
    for command in ["info", "demo"] {
        let out = baken(&["--lang", "en", command, "--data-dir", arg(&file)]);
        assert_eq!(out.status.code(), Some(1));
        let expected = format!(
            "Error: {} is not a Baken file. Baken has not changed it.",
            file.display()
        );
        assert_eq!(text(&out.stderr).trim(), expected);
    }
    assert_eq!(
        std::fs::read(&file).unwrap(),
        b"PK\x03\x04 spreadsheet bytes"
    );
}

#[test]
fn a_locked_database() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        baken(&["demo", "--data-dir", arg(dir.path())])
            .status
            .success()
    );
    // Another program holds the write lock; a write must wait (5 s) and then give up clearly.
    let holder = raw_db(dir.path());
    holder
        .execute_batch("BEGIN IMMEDIATE; DELETE FROM setting;")
        .unwrap();
    let out = baken(&["demo", "--data-dir", arg(dir.path())]);
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).trim(),
        "Fout: De database is in gebruik door een ander programma. Sluit dat programma en probeer het opnieuw."
    );
}

/// Makes `dir` unwritable even for root (CI runs as root, where permission bits do not bind).
fn make_read_only(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    if std::fs::write(dir.join("probe"), b"").is_err() {
        return true;
    }
    let _ = std::fs::remove_file(dir.join("probe"));
    Command::new("chattr")
        .arg("+i")
        .arg(dir)
        .status()
        .is_ok_and(|s| s.success())
}

fn undo_read_only(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = Command::new("chattr").arg("-i").arg(dir).status();
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755));
}

#[test]
fn a_data_directory_that_cannot_be_written() {
    let dir = tempfile::tempdir().unwrap();
    let locked_dir = dir.path().join("alleen-lezen");
    std::fs::create_dir(&locked_dir).unwrap();
    if !make_read_only(&locked_dir) {
        eprintln!("skipped: this file system cannot make a directory read-only for this user");
        return;
    }
    let out = baken(&["demo", "--data-dir", arg(&locked_dir.join("baken"))]);
    undo_read_only(&locked_dir);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("Fout: Baken kan niet schrijven in "),
        "{stderr}"
    );
}

fn repo_path(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

#[test]
fn content_check_names_each_problem_with_file_and_line() {
    let dir = repo_path("tests/fixtures/packs/typo");
    let out = baken(&["content", "check", arg(&dir)]);
    assert_eq!(out.status.code(), Some(1));
    let file = dir.join("modules/balie.toml");
    let f = file.display();
    let expected = format!(
        "{f}:6: De tekst in taal 'en' ontbreekt of is leeg.\n\
         {f}:32: Er is geen stap 'einde-slech' in deze casus.\n\
         {f}:40: Stap 'einde-slecht' is vanaf het begin van de casus niet te bereiken.\n\
         {f}:50: Onbekend vraagtype 'singel'. Kies single, multiple, sort of order.\n\
         4 problemen gevonden in {}.",
        dir.display()
    );
    assert_eq!(text(&out.stderr).trim(), expected);
}

#[test]
fn content_check_passes_the_default_course() {
    let out = baken(&[
        "--lang",
        "en",
        "content",
        "check",
        arg(&repo_path("content/default")),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summary = text(&out.stdout);
    assert!(
        summary.starts_with("basis ") && summary.contains(": 8 modules, "),
        "{summary}"
    );
    assert!(
        summary.trim_end().ends_with("No problems found."),
        "{summary}"
    );
}

#[test]
fn content_check_of_a_folder_that_is_no_pack() {
    let dir = tempfile::tempdir().unwrap();
    let out = baken(&["content", "check", arg(dir.path())]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("pack.toml:1: Dit bestand ontbreekt"),
        "{}",
        text(&out.stderr)
    );
}

/// Records a completion of every module of the default course for a learner, straight into the
/// database, as a finished course would have.
fn complete_course(dir: &Path, learner: &str) {
    let db = raw_db(dir);
    let id: String = db
        .query_row("SELECT id FROM learner WHERE name = ?1", [learner], |r| {
            r.get(0)
        })
        .unwrap();
    let yesterday = (std::time::SystemTime::now() - std::time::Duration::from_secs(86_400))
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let at: String = db
        .query_row(
            "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', ?1, 'unixepoch')",
            [yesterday],
            |r| r.get(0),
        )
        .unwrap();
    let modules = [
        "wat-is-radicalisering",
        "het-proces",
        "signalen",
        "signalen-wegen",
        "wat-doet-u",
        "informatie-delen",
        "extremisme-nu",
        "terugkeer-re-integratie",
    ];
    for (i, module) in modules.iter().enumerate() {
        db.execute(
            "INSERT INTO progress_event (id, learner_id, module_id, kind, payload, occurred_at)
             VALUES (?1, ?2, ?3, 'module-completed', '{\"score\":90}', ?4)",
            rusqlite::params![
                format!("00000000-0000-4000-8000-00000000000{i}"),
                id,
                module,
                at
            ],
        )
        .unwrap();
    }
}

#[test]
fn a_certificate_is_issued_as_pdf_and_its_code_verifies() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        baken(&["demo", "--data-dir", arg(dir.path())])
            .status
            .success()
    );
    complete_course(dir.path(), "Daan Hoekstra");
    let pdf = dir.path().join("certificaat.pdf");

    let out = baken(&[
        "certificate",
        "issue",
        "--learner",
        "Daan Hoekstra",
        "--out",
        arg(&pdf),
        "--data-dir",
        arg(dir.path()),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    let code = said
        .split_whitespace()
        .find(|w| w.starts_with("BKN-"))
        .expect("a code")
        .to_owned();

    // The PDF says who, where, which modules and the code; it is tagged for screen readers.
    let pdf_text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    let words = text(&pdf_text.stdout);
    for expected in [
        "Certificaat",
        "Daan Hoekstra",
        "Boa (handhaving)",
        "Zilverdam",
        "Signalen wegen",
        "90%",
        code.as_str(),
    ] {
        assert!(
            words.contains(expected),
            "{expected:?} not in the certificate:\n{words}"
        );
    }
    assert!(
        !words.contains("Het proces van radicalisering"),
        "a module that is not required for boas"
    );
    let info = text(&Command::new("pdfinfo").arg(&pdf).output().unwrap().stdout);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Tagged:") && l.ends_with("yes")),
        "{info}"
    );
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:") && l.ends_with(" 1")),
        "{info}"
    );

    let out = baken(&[
        "certificate",
        "verify",
        &code.to_lowercase().replace('-', " "),
        "--data-dir",
        arg(dir.path()),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with(&format!(
        "Geldig certificaat {code}: Daan Hoekstra (Boa (handhaving)), gemeente Zilverdam"
    )));

    let out = baken(&[
        "certificate",
        "verify",
        "BKN-2345-2345",
        "--data-dir",
        arg(dir.path()),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).trim(),
        "Het certificaat BKN-2345-2345 is niet op deze laptop uitgegeven."
    );
    let out = baken(&[
        "certificate",
        "verify",
        "hallo",
        "--data-dir",
        arg(dir.path()),
    ]);
    assert_eq!(
        text(&out.stderr).trim(),
        "'hallo' is geen verificatiecode. Een code ziet eruit als BKN-7K2M-X9P4."
    );
}

#[test]
fn no_certificate_before_the_path_is_complete() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        baken(&["demo", "--data-dir", arg(dir.path())])
            .status
            .success()
    );
    let pdf = dir.path().join("x.pdf");
    let out = baken(&[
        "certificate",
        "issue",
        "--learner",
        "Sanne Verbeek",
        "--out",
        arg(&pdf),
        "--data-dir",
        arg(dir.path()),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).trim(),
        "Fout: Een certificaat komt er als alle verplichte modules voor de functie zijn afgerond en nog geldig zijn."
    );
    assert!(!pdf.exists());
}

fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", arg(path), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed by make test");
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn report_on_the_demo_compares_this_year_with_last_year() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        baken(&["demo", "--data-dir", arg(dir.path())])
            .status
            .success()
    );
    let pdf = dir.path().join("rapport.pdf");
    let out = baken(&["report", "--data-dir", arg(dir.path()), "--out", arg(&pdf)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("Rapport 'Zelfevaluatie "),
        "{}",
        text(&out.stdout)
    );
    let report = pdf_text(&pdf);
    for expect in [
        "Gemeente Zilverdam",
        "Samenvatting",
        "Scores per thema",
        "Actieplan",
        "Criteria voor de weegploeg op papier zetten met politie en OM",
        "Verschillen tussen invullers",
        "Opleiding in cijfers",
        "Vaststelling",
        "Monitoring, evaluatie en budget",
    ] {
        assert!(
            report.contains(expect),
            "{expect:?} missing from:\n{report}"
        );
    }
    assert!(
        report.contains("Vergelijking met Zelfevaluatie"),
        "{report}"
    );

    let en = dir.path().join("report.pdf");
    let out = baken(&[
        "--lang",
        "en",
        "report",
        "--data-dir",
        arg(dir.path()),
        "--out",
        arg(&en),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = pdf_text(&en);
    assert!(report.contains("Action plan"), "{report}");
}

#[test]
fn report_without_an_assessment_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("rapport.pdf");
    // A database without an assessment: a clear message and no file.
    assert!(
        baken(&["demo", "--data-dir", arg(dir.path())])
            .status
            .success()
    );
    let db = raw_db(dir.path());
    db.execute("DELETE FROM assessment", []).unwrap();
    drop(db);
    let out = baken(&["report", "--data-dir", arg(dir.path()), "--out", arg(&pdf)]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("geen zelfevaluatie"),
        "{}",
        text(&out.stderr)
    );
    assert!(!pdf.exists());
}

#[test]
fn card_on_the_demo_prints_the_local_and_national_numbers() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        baken(&["demo", "--data-dir", arg(dir.path())])
            .status
            .success()
    );
    let pdf = dir.path().join("wie-bel-ik.pdf");
    let out = baken(&["card", "--data-dir", arg(dir.path()), "--out", arg(&pdf)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout).trim(),
        format!(
            "Zakkaart 'Wie bel ik?' voor Zilverdam opgeslagen in {}.",
            pdf.display()
        )
    );
    let card = pdf_text(&pdf);
    for expect in [
        "Wie bel ik?",
        "Zilverdam",
        "Meldpunt Zorg en Veiligheid Zilverdam",
        "0599 123 400",
        "0900-8844",
        "112",
        // The demo has no wijkagent: the card says so.
        "Nog niet ingevuld",
    ] {
        assert!(card.contains(expect), "{expect:?} missing from:\n{card}");
    }

    let en = dir.path().join("whom-do-i-call.pdf");
    let out = baken(&[
        "--lang",
        "en",
        "card",
        "--data-dir",
        arg(dir.path()),
        "--out",
        arg(&en),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let card = pdf_text(&en);
    for expect in [
        "Whom do I call?",
        "Municipality of Zilverdam",
        "Meldpunt Zorg en Veiligheid Zilverdam",
        "0599 123 400",
        "Police (non-emergency)",
        "0900-8844",
        "112",
    ] {
        assert!(card.contains(expect), "{expect:?} missing from:\n{card}");
    }
}

#[test]
fn card_without_a_municipality_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("kaart.pdf");
    assert!(
        baken(&["demo", "--data-dir", arg(dir.path())])
            .status
            .success()
    );
    let db = raw_db(dir.path());
    db.execute("DELETE FROM municipality", []).unwrap();
    drop(db);
    // A clear message and no file.
    let out = baken(&["card", "--data-dir", arg(dir.path()), "--out", arg(&pdf)]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).trim(),
        "Fout: Stel eerst een gemeente in."
    );
    assert!(!pdf.exists());
}

/// A demo municipality's region summary, exported to `dir/name`.
fn region_export(dir: &Path, name: &str) -> std::path::PathBuf {
    let data = dir.join("data");
    assert!(baken(&["demo", "--data-dir", arg(&data)]).status.success());
    let json = dir.join(name);
    let out = baken(&[
        "region",
        "export",
        "--data-dir",
        arg(&data),
        "--out",
        arg(&json),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("Regiosamenvatting van 'Zelfevaluatie "),
        "{}",
        text(&out.stdout)
    );
    json
}

/// The numbers after `"score": ` and `"overall": ` in a summary, in file order (`None` for null).
fn summary_figures(json: &str) -> Vec<Option<f64>> {
    json.lines()
        .filter_map(|l| {
            let (_, rest) = l
                .split_once("\"score\": ")
                .or_else(|| l.split_once("\"overall\": "))?;
            Some(rest.trim_end_matches([',', ' ', '}']).parse().ok())
        })
        .collect()
}

#[test]
fn region_export_has_the_scores_and_no_names() {
    let dir = tempfile::tempdir().unwrap();
    let json = std::fs::read_to_string(region_export(dir.path(), "zilverdam.json")).unwrap();
    for expect in [
        "\"format\": \"baken-region-summary\"",
        "\"version\": 1",
        "\"region\": \"Zorg- en Veiligheidshuis Zilverdelta\"",
        "\"size_class\": \"20k-50k\"",
        "\"demo\": true",
        "{ \"id\": \"visie-en-plan\", \"score\": ",
    ] {
        assert!(json.contains(expect), "{expect:?} missing from:\n{json}");
    }
    for secret in ["Zilverdam\"", "GM9901", "Linda", "Mark de Vries", "23400"] {
        assert!(!json.contains(secret), "{secret:?} in:\n{json}");
    }
    // 12 themes and the overall score.
    assert_eq!(summary_figures(&json).len(), 13, "{json}");
}

#[test]
fn region_combine_of_three_municipalities_shows_the_region_mean() {
    let dir = tempfile::tempdir().unwrap();
    let a = region_export(dir.path(), "a.json");
    let exported = std::fs::read_to_string(&a).unwrap();
    // Two more municipalities: every theme at 3, and every theme at 1 (the overall follows).
    let with_scores = |score: &str, size: &str| {
        let lines: Vec<String> = exported
            .lines()
            .map(|l| {
                let comma = if l.ends_with(',') { "," } else { "" };
                if let Some((head, _)) = l.split_once("\"score\": ") {
                    format!("{head}\"score\": {score} }}{comma}")
                } else if let Some((head, _)) = l.split_once("\"overall\": ") {
                    format!("{head}\"overall\": {score}{comma}")
                } else {
                    l.replace("\"demo\": true", "\"demo\": false")
                        .replace("\"20k-50k\"", size)
                }
            })
            .collect();
        lines.join("\n")
    };
    let b = dir.path().join("b.json");
    let c = dir.path().join("c.json");
    std::fs::write(&b, with_scores("3.0", "\"lt10k\"")).unwrap();
    std::fs::write(&c, with_scores("1.0", "null")).unwrap();
    let pdf = dir.path().join("regio.pdf");
    let out = baken(&[
        "region",
        "combine",
        arg(&a),
        arg(&b),
        arg(&c),
        "--out",
        arg(&pdf),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("Regionaal overzicht van 3 gemeenten opgeslagen in "),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("Gemeente B: {}", b.display())),
        "{stdout}"
    );

    // The region's mean per theme and overall, as the PDF writes it: one decimal, a comma.
    let figures = summary_figures(&exported);
    let mean = |x: Option<f64>, y: f64, z: f64| {
        let known: Vec<f64> = [x, Some(y), Some(z)].into_iter().flatten().collect();
        format!("{:.1}", known.iter().sum::<f64>() / known.len() as f64).replace('.', ",")
    };
    let expected_first = mean(figures[0], 3.0, 1.0);
    let expected_overall = mean(figures[12], 3.0, 1.0);
    let report = pdf_text(&pdf);
    let mean_row: Vec<&str> = report
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("Regiogemiddelde") && l.split_whitespace().count() == 14)
        .unwrap_or_else(|| panic!("no row with the region mean in:\n{report}"))
        .split_whitespace()
        .collect();
    assert_eq!(mean_row[1], expected_first, "{mean_row:?}");
    assert_eq!(mean_row[13], expected_overall, "{mean_row:?}");
    for expect in [
        "Zelfevaluaties 2026",
        "Zorg- en Veiligheidshuis Zilverdelta",
        "Gemeente A (demo)",
        "Gemeente C",
        "Per thema",
        "Visie en plan",
        "niet bedoeld om gemeenten",
        "Pagina 1 van",
    ] {
        assert!(
            report.contains(expect),
            "{expect:?} missing from:\n{report}"
        );
    }
    // No municipality's name: the files do not have it.
    assert!(!report.contains("Zilverdam"), "{report}");
}

#[test]
fn region_combine_refuses_another_version_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let a = region_export(dir.path(), "a.json");
    let exported = std::fs::read_to_string(&a).unwrap();
    let v2 = dir.path().join("versie2.json");
    std::fs::write(&v2, exported.replace("\"version\": 1,", "\"version\": 2,")).unwrap();
    let pdf = dir.path().join("regio.pdf");
    let out = baken(&["region", "combine", arg(&a), arg(&v2), "--out", arg(&pdf)]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).trim(),
        format!(
            "{}: Deze regiosamenvatting heeft formaatversie 2, maar deze versie van Baken leest alleen versie 1. Maak alle samenvattingen met dezelfde versie van Baken, of werk Baken bij.\nEr is geen overzicht gemaakt.",
            v2.display()
        )
    );
    assert!(!pdf.exists());

    // Every bad file is named with its own reason, in the user's language.
    let garbage = dir.path().join("garbage.json");
    std::fs::write(&garbage, "PK\u{3}\u{4}").unwrap();
    let cut = dir.path().join("cut.json");
    std::fs::write(&cut, &exported[..exported.len() / 2]).unwrap();
    let missing = dir.path().join("missing.json");
    let out = baken(&[
        "--lang",
        "en",
        "region",
        "combine",
        arg(&a),
        arg(&garbage),
        arg(&cut),
        arg(&missing),
        arg(&a),
        "--out",
        arg(&pdf),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    for expect in [
        format!(
            "{}: This is not a Baken region summary: its content is not JSON",
            garbage.display()
        ),
        format!("{}: The file stops halfway.", cut.display()),
        format!("{}: The file does not exist.", missing.display()),
        format!("{}: This file is already in the list", a.display()),
        "No overview was made.".to_owned(),
    ] {
        assert!(
            stderr.contains(&expect),
            "{expect:?} missing from:\n{stderr}"
        );
    }
    assert!(!pdf.exists());
}
