//! The `baken` binary as a user runs it: arguments in, text and an exit code out.

use std::path::Path;
use std::process::{Command, Output};

fn baken(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baken"))
        .args(args)
        .env_remove("BAKEN_LANG")
        .env_remove("BAKEN_DATA_DIR")
        .output()
        .expect("the baken binary runs")
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
            .any(|l| l.starts_with("Schemaversie") && l.ends_with(" 5")),
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
    let holder = rusqlite::Connection::open(dir.path().join("baken.sqlite")).unwrap();
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
    let db = rusqlite::Connection::open(dir.join("baken.sqlite")).unwrap();
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
    let db = rusqlite::Connection::open(dir.path().join("baken.sqlite")).unwrap();
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
