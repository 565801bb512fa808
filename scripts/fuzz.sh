#!/usr/bin/env bash
# Runs every fuzz target (cargo-fuzz, libFuzzer, nightly) for SECONDS each,
# with memory and per-input time bounds; corpora grow in fuzz/corpus/ (not
# committed), seeded from fuzz/seeds/. Prints one summary line per target.
# A crash leaves its input in fuzz/artifacts/ and fails the run: turn it
# into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
declare -A seeds=([html_classify]=html [snapshot]=snapshot [serial]=serial [rules]=rules)
for t in html_classify snapshot serial rules; do
  mkdir -p "fuzz/corpus/$t"
  log="target/fuzz-$t.log"
  mkdir -p target
  if ! cargo +nightly fuzz run --fuzz-dir fuzz "$t" "fuzz/corpus/$t" "fuzz/seeds/${seeds[$t]}" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 >"$log" 2>&1; then
    tail -30 "$log"
    echo "fuzz: $t FAILED (input in fuzz/artifacts/$t/)"
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  echo "fuzz: $t ok, ${runs:-?} executions in ${seconds}s, corpus $(ls "fuzz/corpus/$t" | wc -l) inputs"
done
