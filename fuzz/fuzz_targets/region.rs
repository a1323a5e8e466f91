//! `region::parse`: a region summary sent in by a municipality, read as the CLI reads it (bytes,
//! invalid UTF-8 replaced). A summary that parses must survive `to_json` and `parse` unchanged
//! (what Baken writes it must read back) and combine into an overview.

#![no_main]

use baken_core::region::{combine, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match parse(&String::from_utf8_lossy(data)) {
        Ok(summary) => {
            let again = parse(&summary.to_json()).expect("a written summary parses");
            assert_eq!(
                again, summary,
                "the summary changed on the way out and back in"
            );
            let overview = combine(&[summary.clone(), again]).expect("two equal summaries combine");
            assert_eq!(overview.municipalities.len(), 2);
        }
        Err(e) => {
            let _ = (e.to_string(), e.message_id(), e.args());
        }
    }
});
