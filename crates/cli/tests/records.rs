//! `baken export` and `baken import` as a coordinator uses them, and every kind of bad file:
//! each is refused with its message, and the database file stays byte for byte the same.

use std::path::Path;

use crate::{arg, baken, text};

fn demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        baken(&["demo", "--data-dir", arg(dir.path())])
            .status
            .success()
    );
    dir
}

fn bytes_of(dir: &Path) -> Vec<Vec<u8>> {
    // The database and, if there is one, its write-ahead log: together, all that is stored.
    ["baken.sqlite", "baken.sqlite-wal"]
        .iter()
        .map(|f| std::fs::read(dir.join(f)).unwrap_or_default())
        .collect()
}

fn info_counts(dir: &Path) -> String {
    let out = baken(&["info", "--data-dir", arg(dir)]);
    text(&out.stdout)
        .lines()
        .filter(|l| l.starts_with("Medewerkers") || l.starts_with("Voortgangsgebeurtenissen"))
        .collect::<Vec<_>>()
        .join("; ")
}

#[test]
fn export_then_import_on_another_laptop_then_again() {
    let from = demo();
    let to = tempfile::tempdir().unwrap();
    assert!(
        baken(&["demo", "--data-dir", arg(to.path())])
            .status
            .success()
    );
    let file = from.path().join("zilverdam.baken");

    let out = baken(&[
        "export",
        "--out",
        arg(&file),
        "--data-dir",
        arg(from.path()),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("5 profielen en "),
        "{}",
        text(&out.stdout)
    );
    assert!(!from.path().join(".zilverdam.baken.part").exists());

    // Two demo installs: the same names, but other people as far as Baken knows (other ids).
    let out = baken(&["import", arg(&file), "--data-dir", arg(to.path())]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains(": 5 nieuwe profielen, "), "{said}");
    assert!(said.contains("(0 stonden er al)"), "{said}");
    assert!(
        said.contains("Let op: er stond al iemand met de naam 'Youssef Amrani' op deze laptop"),
        "{said}"
    );
    let after_first = bytes_of(to.path());
    let counts = info_counts(to.path());
    assert!(
        counts.contains("Medewerkers") && counts.ends_with(char::is_numeric),
        "{counts}"
    );

    let out = baken(&["import", arg(&file), "--data-dir", arg(to.path())]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains(": 0 nieuwe profielen, 0 nieuwe gebeurtenissen"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(info_counts(to.path()), counts);
    assert_eq!(
        bytes_of(to.path()),
        after_first,
        "a second merge changes not a byte"
    );

    // In English too.
    let out = baken(&[
        "--lang",
        "en",
        "import",
        arg(&file),
        "--data-dir",
        arg(to.path()),
    ]);
    assert!(
        text(&out.stdout).contains(": 0 new profiles, 0 new events"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn export_of_one_learner_or_since_a_date() {
    let dir = demo();
    let one = dir.path().join("youssef.baken");
    let out = baken(&[
        "export",
        "--learner",
        "Youssef Amrani",
        "--out",
        arg(&one),
        "--data-dir",
        arg(dir.path()),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("1 profiel en "),
        "{}",
        text(&out.stdout)
    );

    let out = baken(&[
        "export",
        "--learner",
        "Niemand",
        "--out",
        arg(&one),
        "--data-dir",
        arg(dir.path()),
    ]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("Er is geen medewerker 'Niemand' op deze laptop."));

    let future = dir.path().join("future.baken");
    let out = baken(&[
        "export",
        "--since",
        "2999-01-01",
        "--out",
        arg(&future),
        "--data-dir",
        arg(dir.path()),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("0 profielen en 0 gebeurtenissen"),
        "{}",
        text(&out.stdout)
    );
}

/// A good file to spoil, and a laptop to import into.
fn setup() -> (tempfile::TempDir, tempfile::TempDir, Vec<u8>) {
    let from = demo();
    let file = from.path().join("good.baken");
    assert!(
        baken(&[
            "export",
            "--out",
            arg(&file),
            "--data-dir",
            arg(from.path())
        ])
        .status
        .success()
    );
    let good = std::fs::read(&file).unwrap();
    (from, demo(), good)
}

#[test]
fn every_bad_file_is_refused_with_its_message_and_changes_nothing() {
    let (_from, to, good) = setup();
    let text_of = |b: &[u8]| String::from_utf8(b.to_vec()).unwrap();
    let newer = {
        // A newer Baken's file, sealed properly so only the version can be the reason.
        let body = "{\"format\":\"baken-records\",\"version\":3}\n";
        let mut bytes = body.as_bytes().to_vec();
        let sum = sha256_hex(body.as_bytes());
        bytes.extend(
            format!("{{\"end\":{{\"learners\":0,\"events\":0,\"sha256\":\"{sum}\"}}}}\n")
                .as_bytes(),
        );
        bytes
    };
    let garbage: Vec<u8> = (0..5_000_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", vec![], "Het bestand is leeg."),
        (
            "truncated",
            good[..good.len() * 2 / 3].to_vec(),
            "Het bestand houdt halverwege op.",
        ),
        (
            "not-baken",
            b"naam;rol\nSanne;wijkteam\n".to_vec(),
            "Dit is geen voortgangsbestand van Baken.",
        ),
        (
            "image",
            std::fs::read(crate::repo_path("docs/screenshots/home.png")).unwrap(),
            "Dit is geen voortgangsbestand van Baken.",
        ),
        (
            "checksum",
            text_of(&good)
                .replacen("\"score\":", "\"score\":1", 1)
                .into_bytes(),
            "Het bestand is beschadigd of achteraf gewijzigd: de inhoud is niet meer dezelfde als bij het exporteren.",
        ),
        (
            "newer",
            newer,
            "Dit bestand is gemaakt met een nieuwere versie van Baken (formaatversie 3;",
        ),
        (
            "garbage",
            garbage,
            "Dit is geen voortgangsbestand van Baken.",
        ),
    ];
    let before = bytes_of(to.path());
    let counts = info_counts(to.path());
    for (name, bytes, message) in cases {
        let file = to.path().join(format!("{name}.baken"));
        std::fs::write(&file, &bytes).unwrap();
        let out = baken(&["import", arg(&file), "--data-dir", arg(to.path())]);
        assert!(!out.status.success(), "{name} was accepted");
        let said = text(&out.stderr);
        assert!(said.contains(message), "{name}: {said}");
        assert!(
            said.ends_with("Er is niets uit dit bestand ingelezen.\n"),
            "{name}: {said}"
        );
        assert_eq!(bytes_of(to.path()), before, "{name} changed the database");
        assert_eq!(info_counts(to.path()), counts);
    }
    // A missing file, and a good one beside a bad one: the good one is merged, the bad one named.
    let good_file = to.path().join("good.baken");
    std::fs::write(&good_file, &good).unwrap();
    let out = baken(&[
        "import",
        arg(&to.path().join("nowhere.baken")),
        arg(&good_file),
        "--data-dir",
        arg(to.path()),
    ]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("nowhere.baken: Het bestand bestaat niet."),
        "{}",
        text(&out.stderr)
    );
    assert!(
        text(&out.stderr).contains("good.baken: 5 nieuwe profielen"),
        "{}",
        text(&out.stderr)
    );
}

fn sha256_hex(bytes: &[u8]) -> String {
    let out = std::process::Command::new("sha256sum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(bytes)?;
            child.wait_with_output()
        })
        .unwrap();
    text(&out.stdout)
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

#[test]
fn export_as_xapi_statements_without_names_unless_asked() {
    let dir = demo();
    let out = dir.path().join("lrs.json");
    let run = baken(&[
        "export",
        "--xapi",
        "--out",
        arg(&out),
        "--data-dir",
        arg(dir.path()),
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    assert!(
        text(&run.stdout).contains(" xAPI-statements over 5 medewerkers opgeslagen in "),
        "{}",
        text(&run.stdout)
    );
    let json = std::fs::read_to_string(&out).unwrap();
    let statements: serde_json::Value = serde_json::from_str(&json).unwrap();
    let statements = statements.as_array().unwrap();
    assert!(!statements.is_empty());
    for s in statements {
        assert_eq!(s["version"], "1.0.3");
        assert_eq!(
            s["actor"]["account"]["homePage"],
            "https://baken.invalid/xapi/learner"
        );
        assert!(s["actor"].get("name").is_none(), "no names by default: {s}");
        assert!(
            s["verb"]["id"]
                .as_str()
                .unwrap()
                .starts_with("http://adlnet.gov/expapi/verbs/")
        );
    }
    assert!(!json.contains("Youssef"));

    let named = dir.path().join("lrs-named.json");
    let run = baken(&[
        "export",
        "--xapi",
        "--with-names",
        "--out",
        arg(&named),
        "--data-dir",
        arg(dir.path()),
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    assert!(
        std::fs::read_to_string(&named)
            .unwrap()
            .contains("\"name\": \"Youssef Amrani\"")
    );
    // --with-names only makes sense with --xapi.
    assert!(
        !baken(&[
            "export",
            "--with-names",
            "--out",
            arg(&named),
            "--data-dir",
            arg(dir.path())
        ])
        .status
        .success()
    );
}

fn baken_with_passphrase(args: &[&str], passphrase: Option<&str>) -> std::process::Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_baken"));
    cmd.args(args)
        .env_remove("BAKEN_LANG")
        .env_remove("BAKEN_PASSPHRASE")
        .env("BAKEN_KEY_STORE", "off")
        .env("BAKEN_KEY_PASSPHRASE", super::KEY_PASSPHRASE);
    if let Some(p) = passphrase {
        cmd.env("BAKEN_PASSPHRASE", p);
    }
    cmd.output().unwrap()
}

#[test]
fn a_sealed_file_needs_its_passphrase_and_a_wrong_one_changes_nothing() {
    let from = demo();
    let file = from.path().join("sealed.baken");
    let export = |p| {
        baken_with_passphrase(
            &[
                "export",
                "--encrypt",
                "--out",
                arg(&file),
                "--data-dir",
                arg(from.path()),
            ],
            p,
        )
    };
    let out = export(None);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("BAKEN_PASSPHRASE"),
        "{}",
        text(&out.stderr)
    );
    let out = export(Some("kort"));
    assert!(
        text(&out.stderr).contains("Kies een wachtwoordzin van minstens 8 tekens."),
        "{}",
        text(&out.stderr)
    );
    assert!(!file.exists());
    let out = export(Some("zilveren kust 2026"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let sealed = std::fs::read(&file).unwrap();
    assert!(sealed.starts_with(b"{\"format\":\"baken-records-sealed\""));
    assert!(
        !String::from_utf8_lossy(&sealed).contains("Youssef"),
        "names are not readable"
    );

    let to = demo();
    let before = bytes_of(to.path());
    let import =
        |p| baken_with_passphrase(&["import", arg(&file), "--data-dir", arg(to.path())], p);
    for (passphrase, message) in [
        (None, "Dit bestand is beveiligd met een wachtwoordzin."),
        (
            Some("zilveren kust 2025"),
            "De wachtwoordzin klopt niet, of het bestand is beschadigd.",
        ),
    ] {
        let out = import(passphrase);
        assert!(!out.status.success());
        assert!(text(&out.stderr).contains(message), "{}", text(&out.stderr));
        assert_eq!(bytes_of(to.path()), before, "the database changed");
    }
    let out = import(Some("zilveren kust 2026"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains(": 5 nieuwe profielen, "),
        "{}",
        text(&out.stdout)
    );
}
