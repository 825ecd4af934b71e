#!/usr/bin/env bash
# Benchmarks of the projection engine, natively and as WebAssembly under Node: prints the
# time of the median projection and of 10,000 Monte-Carlo draws at 50 to 5,000 creators, with
# the machine they ran on; then the CPU time of one UI frame for 1,000 creators in WebAssembly.
# Installs and builds whatever is missing first. Figures, not tests.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bash "$root/tools/setup.sh" app
load_paths

build_native OFF
build_wasm

step "machine"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) threads"
echo "Compilers: $(c++ --version | head -1); $(emcc --version 2>/dev/null | head -1); Node $(node --version)"

step "native"
"$root/build/native/tests/bench/roster_bench"
step "WebAssembly (Node)"
# Node 20 would fetch() the .wasm by path, which emcc 3.1.6 output cannot do.
node --no-experimental-fetch "$root/build/wasm/tests/bench/roster_bench.js"
step "Monte-Carlo precision per draw, native"
"$root/build/native/tests/bench/roster_sampling_bench"
step "Monte-Carlo precision per draw, WebAssembly (Node)"
node --no-experimental-fetch "$root/build/wasm/tests/bench/roster_sampling_bench.js" 200 12
step "optimiser, native"
"$root/build/native/tests/bench/roster_optimiser_bench"
step "optimiser, WebAssembly (Node)"
node --no-experimental-fetch "$root/build/wasm/tests/bench/roster_optimiser_bench.js"
step "UI frame, WebAssembly (Node)"
node --no-experimental-fetch "$root/build/wasm/tests/bench/roster_ui_bench.js" 1000
