//! For the end-to-end test of the window's placement (tests/e2e/window.test.mjs): reads, or with a
//! second argument writes, the stored placement of an encrypted Baken database, as JSON. The
//! recovery code that `baken demo` printed opens it.
//!
//! Usage: `window_setting <data dir> <recovery code> [placement as JSON]`.

use std::path::Path;

use baken_core::key::RecoveryCode;
use baken_core::window::WindowPlacement;
use baken_store::{Access, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, code, value) = match args.as_slice() {
        [dir, code] => (dir, code, None),
        [dir, code, value] => (dir, code, Some(value)),
        _ => return Err("usage: window_setting <data dir> <recovery code> [placement]".into()),
    };
    let key = code.parse::<RecoveryCode>()?.database_key();
    if let Some(value) = value {
        let placement: WindowPlacement = serde_json::from_str(value)?;
        Store::open(Path::new(dir), Access::ReadWrite, &key)?.set_window_placement(&placement)?;
    }
    let store = Store::open(Path::new(dir), Access::ReadOnly, &key)?;
    if let Some(placement) = store.window_placement()? {
        println!("{}", serde_json::to_string(&placement)?);
    }
    Ok(())
}
