#!/usr/bin/env bash
# The long run of the crash-safety harness (crates/store/tests/crash.rs): 1000 rounds of a child
# process that writes answers, imports and assessment edits to one data directory and is killed
# with SIGKILL at a random moment; after every kill the database must pass integrity_check and hold
# every write the child reported as committed. `make test` runs the short version (60 rounds).
#
# Usage: scripts/crash-long.sh [rounds]   (BAKEN_CRASH_SEED=<n> repeats a failed run's kill moments)
set -euo pipefail
cd "$(dirname "$0")/.."

# `cargo test --test main` builds only the test binary, not the child it starts.
cargo build --locked -p baken-store --example crash_child
BAKEN_CRASH_ROUNDS="${1:-1000}" cargo test --locked -p baken-store --test main crash -- --nocapture
