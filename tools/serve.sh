#!/usr/bin/env bash
# Builds the WebAssembly app and serves it on http://127.0.0.1:8080/ (PORT=... to change).
# Installs whatever is missing first (tools/setup.sh app).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bash "$root/tools/setup.sh" app
load_paths
build_wasm
step "serving build/wasm/site"
exec node "$root/tools/serve.mjs" "$root/build/wasm/site" "${PORT:-8080}"
