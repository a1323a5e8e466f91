//! For `make bench` (bench/run.py): makes the learner with the most recorded steps the active
//! profile of the demo database in a data directory, so Baken opens on that learner's module list.
//! The database is encrypted: the recovery code that `baken demo` printed opens it.
//!
//! Usage: `bench_active <data dir> <recovery code>`.

use std::path::Path;

use baken_core::key::RecoveryCode;
use baken_store::{Access, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, code] = args.as_slice() else {
        return Err("usage: bench_active <data dir> <recovery code>".into());
    };
    let code: RecoveryCode = code.parse()?;
    let mut store = Store::open(Path::new(dir), Access::ReadWrite, &code.database_key())?;
    let mut most = None;
    for learner in store.learners()? {
        let steps = store.events_of(learner.id)?.len();
        if most.as_ref().is_none_or(|(n, _)| steps > *n) {
            most = Some((steps, learner.id));
        }
    }
    let (_, id) = most.ok_or("no learners")?;
    store.set_active_learner(Some(id))?;
    Ok(())
}
