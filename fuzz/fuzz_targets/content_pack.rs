//! `content::load_pack`: a local content pack, a folder anyone can put in the data directory.
//!
//! The input is the pack's files, one after another. The text before the first line that starts
//! with `@@ ` is `pack.toml`; each `@@ <path>` line starts the file at that path (say
//! `@@ modules/intro.toml` or `@@ assessment.toml`). Invalid UTF-8 is replaced: the store refuses
//! such a file before parsing, so only text matters.
//!
//! A pack that loads is combined with the default pack as the store does, and every page body of
//! it is rendered as a lesson.

#![no_main]

use std::collections::BTreeMap;
use std::sync::OnceLock;

use baken_core::content::markdown::render_lesson;
use baken_core::content::{Pack, combine, default_pack, load_pack};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let files = files(&String::from_utf8_lossy(data));
    match load_pack(&files) {
        Ok(pack) => {
            for module in &pack.modules {
                for page in &module.pages {
                    for body in page.body.values() {
                        let _ = render_lesson(body, "Zilverdam");
                    }
                }
            }
            if let Err(problems) = combine(base().clone(), pack) {
                assert!(!problems.is_empty(), "a refused pack names a problem");
            }
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "a refused pack names a problem");
            for p in problems {
                let _ = (p.kind.message_id(), p.kind.args());
            }
        }
    }
});

/// The default pack, loaded once: it is the same for every input.
fn base() -> &'static Pack {
    static BASE: OnceLock<Pack> = OnceLock::new();
    BASE.get_or_init(default_pack)
}

/// The files named in `text` (see the module comment); a later file of the same path wins.
fn files(text: &str) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    let mut path = "pack.toml".to_owned();
    let mut current = String::new();
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if let Some(next) = line.strip_prefix("@@ ") {
            // An input that starts with a file of its own has no `pack.toml` (unless it names one).
            if i > 0 {
                files.insert(std::mem::take(&mut path), std::mem::take(&mut current));
            }
            path = next.trim_end_matches(['\n', '\r']).to_owned();
        } else {
            current.push_str(line);
        }
    }
    files.insert(path, current);
    files
}
