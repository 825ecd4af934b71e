# Shared by tools/serve.sh, tools/test.sh and tools/bench.sh: where things are and how to build.
# shellcheck shell=bash
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${ROSTER_CACHE:-$HOME/.cache/roster}"
export NODE_PATH=/usr/share/nodejs  # emcc's JS optimiser needs Debian's acorn, where Node does not look
jobs="$(nproc)"

step() { printf '\n== %s\n' "$*"; }

load_paths() {
  # shellcheck disable=SC1091
  source "$cache/paths.env"
}

build_native() {  # $1 = ON|OFF: also build the native app (needs the ImGui sources and SDL2)
  step "native build (engine, storage, command-line tool, unit tests${1:+, app=$1})"
  cmake -S "$root" -B "$root/build/native" -DCMAKE_BUILD_TYPE=Release \
    -DROSTER_BUILD_APP="${1:-ON}" -DROSTER_IMGUI_DIR="$ROSTER_IMGUI_DIR" >/dev/null
  cmake --build "$root/build/native" -j"$jobs"
}

# The fuzzers are native: the workbook fuzzer links Debian's zlib, expat and libxlsxwriter, found
# by cmake/RosterWorkbookLibraries.cmake, so no WebAssembly paths are passed here.
build_fuzz() {  # the load-path fuzzer: clang with AddressSanitizer and UndefinedBehaviorSanitizer
  step "fuzzer build (clang, libFuzzer, AddressSanitizer, UndefinedBehaviorSanitizer)"
  cmake -S "$root" -B "$root/build/fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DROSTER_BUILD_APP=OFF -DROSTER_BUILD_TESTS=OFF -DROSTER_FUZZ=ON \
    "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined,fuzzer-no-link -fno-omit-frame-pointer" >/dev/null
  cmake --build "$root/build/fuzz" -j"$jobs"
}

build_wasm() {
  step "WebAssembly build (the app and the unit tests for Node)"
  emcmake cmake -S "$root" -B "$root/build/wasm" -DCMAKE_BUILD_TYPE=Release \
    -DROSTER_IMGUI_DIR="$ROSTER_IMGUI_DIR" -DROSTER_SDL2_WASM_DIR="$ROSTER_SDL2_WASM_DIR" \
    -DROSTER_ZLIB_WASM_DIR="$ROSTER_ZLIB_WASM_DIR" -DROSTER_EXPAT_WASM_DIR="$ROSTER_EXPAT_WASM_DIR" \
    -DROSTER_XLSXWRITER_WASM_DIR="$ROSTER_XLSXWRITER_WASM_DIR" >/dev/null
  cmake --build "$root/build/wasm" -j"$jobs"
}
