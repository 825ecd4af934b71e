#!/usr/bin/env bash
# Builds everything and runs every test: unit tests natively and under WebAssembly in Node,
# the command-line tool, and the end-to-end tests in headless Chromium. Installs whatever is
# missing first (tools/setup.sh). Screenshots of the browser tests: build/screenshots/.
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

step "end-to-end tests in headless Chromium"
rm -rf "$root/build/screenshots"
(cd "$root/tests/e2e" && ROSTER_SITE="$root/build/wasm/site" node --test)

step "all tests passed in $((SECONDS - start)) s; screenshots in build/screenshots/"
