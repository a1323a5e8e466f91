#!/usr/bin/env bash
# Fuzzes every parser of outside input (fuzz/fuzz_targets/: records files, sealed records files,
# region summaries, content packs, lesson Markdown, the stored window placement), one target after
# another, each for a set time, and ends with one line per target: runs, runs per second, coverage
# and whether it found a crash. A crash's input lands in fuzz/artifacts/<target>/; minimise it with
# `cargo +nightly fuzz tmin <target> <file>` and keep it in fuzz/regressions/<target>/.
#
# Usage: scripts/fuzz.sh [seconds per target, default 600] [target…]
# Needs the nightly toolchain; installs cargo-fuzz when it is missing. Exits 1 when a target failed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(records records_sealed region content_pack markdown window)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

# One build up front, so the time per target is spent fuzzing (cargo fuzz run rebuilds nothing then).
start=$(date +%s)
cargo +nightly fuzz build --fuzz-dir fuzz
echo "build: $(($(date +%s) - start)) s"

logs=$(mktemp -d)
summary=()
failed=0
for target in "${targets[@]}"; do
    # libFuzzer adds new inputs to the first directory: a scratch one, so the committed seeds in
    # fuzz/corpus/<target> (read, never written) stay small and reviewed.
    work="$logs/$target-corpus"
    mkdir -p "$work"
    log="$logs/$target.log"
    echo "== $target: ${seconds} s (log: $log)"
    status=0
    cargo +nightly fuzz run --fuzz-dir fuzz "$target" "$work" "fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        >"$log" 2>&1 || status=$?
    tail -n 3 "$log"

    # libFuzzer's last status line (#runs … cov: … ft: … corp: …) and its final statistics; the
    # "Done N runs in S second(s)" line only appears when the time ran out without a finding.
    stats=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
    cov=$(grep -oE 'cov: [0-9]+' <<<"$stats" | tr -dc '0-9' || true)
    ft=$(grep -oE 'ft: [0-9]+' <<<"$stats" | tr -dc '0-9' || true)
    corp=$(grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' <<<"$stats" | cut -d' ' -f2 || true)
    runs=$(grep -oE 'stat::number_of_executed_units: +[0-9]+' "$log" | tr -dc '0-9' || true)
    rate=$(grep -oE 'stat::average_exec_per_sec: +[0-9]+' "$log" | tr -dc '0-9' || true)
    rss=$(grep -oE 'stat::peak_rss_mb: +[0-9]+' "$log" | tr -dc '0-9' || true)
    if done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log"); then
        runs=$(awk '{print $2}' <<<"$done_line")
        secs=$(awk '{print $5}' <<<"$done_line")
        [ "$secs" -gt 0 ] && rate=$((runs / secs))
    fi

    if [ "$status" -eq 0 ]; then
        result="no crash"
    else
        failed=1
        kind=$(grep -oE 'ERROR: libFuzzer: [a-z -]+|panicked at [^ ]+' "$log" | head -n 1 || true)
        artifact=$(grep -oE 'Test unit written to [^ ]+' "$log" | awk '{print $5}' | head -n 1 || true)
        result="FAILED (exit $status): ${kind:-see log}; input: ${artifact:-none}"
    fi
    summary+=("$(printf '%-15s %10s runs %7s/s  cov %5s  ft %6s  corpus %-12s rss %5s MB  %s' \
        "$target" "${runs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "${rss:-?}" "$result")")
done

echo
echo "Summary (${seconds} s per target; logs in $logs):"
printf '%s\n' "${summary[@]}"
exit "$failed"
