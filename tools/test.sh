#!/usr/bin/env bash
# Builds everything and runs every test: unit tests natively and under WebAssembly in Node,
# the command-line tool, the load-path fuzzer for a bounded time (ROSTER_FUZZ_SECONDS, 60 by
# default) and the spreadsheet fuzzer (ROSTER_SHEET_FUZZ_SECONDS, 30), and the end-to-end tests
# in headless Chromium. Installs whatever is missing first (tools/setup.sh). Screenshots of the
# browser tests: build/screenshots/.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
start=$SECONDS
bash "$root/tools/setup.sh"
load_paths

build_native ON
step "native tests (ctest)"
ctest --test-dir "$root/build/native" --output-on-failure

build_wasm
step "WebAssembly unit tests under Node (ctest)"
ctest --test-dir "$root/build/wasm" --output-on-failure

build_fuzz
seconds="${ROSTER_FUZZ_SECONDS:-60}"
step "load-path fuzzer for $seconds s (seeds: tests/data, its bad/ and fuzz-regressions/)"
mkdir -p "$root/build/fuzz/corpus" "$root/build/fuzz/findings"
if ! UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/fuzz/ubsan.supp" \
  "$root/build/fuzz/tests/fuzz/roster_load_fuzz" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$root/build/fuzz/findings/" -print_final_stats=1 \
    "$root/build/fuzz/corpus" "$root/tests/data" "$root/tests/data/bad" "$root/tests/data/fuzz-regressions" \
    2> "$root/build/fuzz/last-run.log"; then
  tail -40 "$root/build/fuzz/last-run.log"
  echo "The fuzzer found an input that breaks the load path: it is in build/fuzz/findings/." \
       "Fix the cause, then keep the input in tests/data/fuzz-regressions/."
  exit 1
fi
grep -E "^stat::(number_of_executed_units|new_units_added)" "$root/build/fuzz/last-run.log"

sheet_seconds="${ROSTER_SHEET_FUZZ_SECONDS:-30}"
step "spreadsheet fuzzer for $sheet_seconds s (seeds: tests/data/sheets and its fuzz-regressions/)"
mkdir -p "$root/build/fuzz/sheet-corpus"
if ! UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/fuzz/ubsan.supp" \
  "$root/build/fuzz/tests/fuzz/roster_sheet_fuzz" -max_total_time="$sheet_seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$root/build/fuzz/findings/sheet-" -print_final_stats=1 \
    "$root/build/fuzz/sheet-corpus" "$root/tests/data/sheets" "$root/tests/data/sheets/fuzz-regressions" \
    2> "$root/build/fuzz/last-sheet-run.log"; then
  tail -40 "$root/build/fuzz/last-sheet-run.log"
  echo "The spreadsheet fuzzer found an input that breaks reading, importing or exporting a sheet: it is in" \
       "build/fuzz/findings/. Fix the cause, then keep the input in tests/data/sheets/fuzz-regressions/."
  exit 1
fi
grep -E "^stat::(number_of_executed_units|new_units_added)" "$root/build/fuzz/last-sheet-run.log"

actuals_seconds="${ROSTER_ACTUALS_FUZZ_SECONDS:-20}"
step "analytics-export fuzzer for $actuals_seconds s (seeds: tests/data/actuals)"
mkdir -p "$root/build/fuzz/actuals-corpus"
if ! UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/fuzz/ubsan.supp" \
  "$root/build/fuzz/tests/fuzz/roster_actuals_fuzz" -max_total_time="$actuals_seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$root/build/fuzz/findings/actuals-" -print_final_stats=1 \
    "$root/build/fuzz/actuals-corpus" "$root/tests/data/actuals" 2> "$root/build/fuzz/last-actuals-run.log"; then
  tail -40 "$root/build/fuzz/last-actuals-run.log"
  echo "The analytics-export fuzzer found an input that breaks reading or matching an export: it is in" \
       "build/fuzz/findings/. Fix the cause, then keep the input in tests/data/actuals/."
  exit 1
fi
grep -E "^stat::(number_of_executed_units|new_units_added)" "$root/build/fuzz/last-actuals-run.log"

workbook_seconds="${ROSTER_WORKBOOK_FUZZ_SECONDS:-20}"
step "workbook fuzzer for $workbook_seconds s (seeds: tests/data/workbooks and its hostile/ folder)"
mkdir -p "$root/build/fuzz/workbook-corpus"
if ! UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/fuzz/ubsan.supp" \
  "$root/build/fuzz/tests/fuzz/roster_workbook_fuzz" -max_total_time="$workbook_seconds" -max_len=262144 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$root/build/fuzz/findings/workbook-" -print_final_stats=1 \
    "$root/build/fuzz/workbook-corpus" "$root/tests/data/workbooks" "$root/tests/data/workbooks/hostile" \
    2> "$root/build/fuzz/last-workbook-run.log"; then
  tail -40 "$root/build/fuzz/last-workbook-run.log"
  echo "The workbook fuzzer found an input that breaks reading or importing a workbook: it is in" \
       "build/fuzz/findings/. Fix the cause, then keep the input in tests/data/workbooks/hostile/."
  exit 1
fi
grep -E "^stat::(number_of_executed_units|new_units_added)" "$root/build/fuzz/last-workbook-run.log"

step "end-to-end tests in headless Chromium"
rm -rf "$root/build/screenshots"
(cd "$root/tests/e2e" && ROSTER_SITE="$root/build/wasm/site" node --test)

step "all tests passed in $((SECONDS - start)) s; screenshots in build/screenshots/"
