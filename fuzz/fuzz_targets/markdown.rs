//! `content::markdown`: the lesson text of a content pack, which can be a local folder anyone
//! put there. Rendered as the lesson view does, with the placeholders filled in.

#![no_main]

use baken_core::content::markdown::{render, render_lesson};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = render(&text);
    let _ = render_lesson(&text, "Zilverdam");
});
