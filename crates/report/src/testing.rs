//! For the unit tests: reading a PDF back with poppler-utils (which `make test` installs), as a
//! user's PDF viewer would.

use std::io::Write;
use std::process::{Command, Stdio};

/// What poppler's `tool` (`pdftotext`, `pdfinfo`) says about `pdf`, given on standard input;
/// `args` name the input (and output) as `-`.
pub(crate) fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let mut child = Command::new(tool)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        // pdfinfo remarks on the structure tree's /Suspects flag; only a failure matters.
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils) runs: {e}"));
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    let out = child.wait_with_output().unwrap();
    let complaint = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{tool} failed: {complaint}");
    String::from_utf8(out.stdout).expect("poppler writes UTF-8")
}

/// The PDF's text as `pdftotext` reads it.
pub(crate) fn text(pdf: &[u8]) -> String {
    poppler("pdftotext", &["-", "-"], pdf)
}

/// The number of pages `pdfinfo` counts.
pub(crate) fn pages(pdf: &[u8]) -> u32 {
    let info = poppler("pdfinfo", &["-"], pdf);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in:\n{info}"))
}

/// The text without whitespace and invisible break opportunities (zero-width spaces, soft
/// hyphens): where a line breaks depends on the column, not on the text.
pub(crate) fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|&c| !c.is_whitespace() && c != '\u{200B}' && c != '\u{AD}')
        .collect()
}
