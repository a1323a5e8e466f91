//! `records::parse`: a records file from a USB stick or a network share.
//!
//! Each input is parsed twice: as it is, and with its end line rebuilt (the counts and SHA-256
//! recomputed). A mutated file almost never keeps a matching checksum, so without the second
//! parse the fuzzer would hardly get past the end line to the lines in between.
//! A file that parses must also come back unchanged after writing it with `Writer` again.

#![no_main]

use baken_core::records::{RecordsFile, Writer, parse};
use libfuzzer_sys::fuzz_target;
use sha2::{Digest, Sha256};

fuzz_target!(|data: &[u8]| {
    check(data);
    check(&with_end_line(data));
});

fn check(bytes: &[u8]) {
    match parse(bytes) {
        Ok(file) => round_trip(&file),
        Err(e) => {
            // The message parts the app shows must be buildable for every refusal.
            let _ = (e.to_string(), e.message_id(), e.args());
        }
    }
}

/// Writing a parsed file again (learners, then events, links and removed learners) gives the same
/// records.
fn round_trip(file: &RecordsFile) {
    let mut writer = Writer::new(&file.header);
    for learner in &file.learners {
        writer.learner(learner);
    }
    for event in &file.events {
        writer.event(event);
    }
    for link in &file.links {
        writer.link(link);
    }
    for removed in &file.removed {
        writer.removed(removed);
    }
    let again = parse(&writer.finish()).expect("a file written from parsed records parses");
    assert_eq!(&again, file, "records changed on the way out and back in");
}

/// `bytes` with its last line replaced (when it looks like an end line) or followed by an end line
/// whose counts and checksum match the lines before it.
fn with_end_line(bytes: &[u8]) -> Vec<u8> {
    let text = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    let last_start = text.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let mut body = if text[last_start..].starts_with(b"{\"end\"") {
        bytes[..last_start].to_vec()
    } else {
        bytes.to_vec()
    };
    if body.last().is_some_and(|&b| b != b'\n') {
        body.push(b'\n');
    }
    let count = |prefix: &[u8]| {
        body.split(|&b| b == b'\n')
            .filter(|line| line.starts_with(prefix))
            .count()
    };
    // `removed` only when there are such lines, as `Writer` does.
    let removed = match count(b"{\"removed\"") {
        0 => String::new(),
        n => format!(",\"removed\":{n}"),
    };
    let end = format!(
        "{{\"end\":{{\"learners\":{},\"events\":{},\"links\":{}{removed},\"sha256\":\"{}\"}}}}\n",
        count(b"{\"learner\""),
        count(b"{\"event\""),
        count(b"{\"link\""),
        Sha256::digest(&body)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>(),
    );
    body.extend_from_slice(end.as_bytes());
    body
}
