#!/usr/bin/env bash
# Installs everything Roster needs on a fresh Debian bookworm machine, and skips what is there.
#
#   tools/setup.sh          everything the app and the tests need
#   tools/setup.sh app      only what building and serving the app needs (no Chromium)
#
# Only two sources are used: Debian's packages (and their source packages) and the npm
# registry. Emscripten "ports" (-sUSE_SDL=2) download from elsewhere and fail here, so SDL2
# for WebAssembly is built from Debian's own source package and cached outside the build
# tree (ROSTER_CACHE, default ~/.cache/roster): the first build takes about 5 minutes on
# 2 cores, every later one reuses it. Each step below says why it is needed.
set -euo pipefail

profile="${1:-all}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${ROSTER_CACHE:-$HOME/.cache/roster}"
export NODE_PATH=/usr/share/nodejs   # emcc's JS optimiser needs Debian's acorn, where Node does not look

say() { printf '[setup] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# --- Debian packages ---------------------------------------------------------------------------
packages=(
  cmake make g++ pkg-config dpkg-dev
  emscripten                      # Emscripten 3.1.6 with clang-14, lld-14, binaryen
  libsdl2-dev libgl-dev           # the native twin of the app
  libcereal-dev rapidjson-dev doctest-dev
  libfast-float-dev               # spreadsheet numbers (storage/sheet_number.cpp), header-only
  fonts-roboto-unhinted           # the UI font, embedded at build time
  fonttools                       # pyftsubset: the UI font cut to the characters Roster draws
  # Excel workbooks (docs/SPREADSHEETS.md, "Workbooks"), natively; the same three libraries are
  # built for WebAssembly from their source packages below.
  zlib1g-dev                      # inflate: the parts of a .xlsx (a zip file) are deflated
  libexpat1-dev                   # the workbook's XML, read without entities or a DOCTYPE
  libxlsxwriter-dev               # report workbooks written by `roster export --format xlsx`
)
if [ "$profile" != app ]; then
  packages+=(chromium nodejs)
  packages+=(clang-14 libclang-rt-14-dev)  # the load-path fuzzer (libFuzzer and the sanitizers)
  packages+=(libreoffice-calc-nogui)       # the workbook tests: LibreOffice converts .xlsx <-> .csv headless
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    # nodejs may come from outside Debian (the machine's own /usr/bin/node): a working node is enough.
    if [ "$p" = nodejs ] && command -v node >/dev/null && command -v npm >/dev/null; then continue; fi
    missing+=("$p")
  fi
done

apt_updated=0
apt_update() {
  if [ "$apt_updated" = 0 ]; then
    say "apt-get update"
    as_root apt-get update -qq
    apt_updated=1
  fi
}

if [ "${#missing[@]}" -gt 0 ]; then
  apt_update
  say "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- Source packages: Dear ImGui 1.86 and SDL2 2.26.5 ------------------------------------------
# Debian's libimgui-dev has no imgui.cpp, so both builds compile the same sources from here.
enable_deb_src() {
  local f=/etc/apt/sources.list.d/debian.sources
  if [ -f "$f" ] && grep -q '^Types: deb$' "$f"; then
    say "enabling Debian source packages in $f"
    as_root sed -i 's/^Types: deb$/Types: deb deb-src/' "$f"
    apt_updated=0
  elif [ -f /etc/apt/sources.list ] && ! grep -q '^deb-src' /etc/apt/sources.list; then
    say "enabling Debian source packages in /etc/apt/sources.list"
    as_root sh -c "grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' >> /etc/apt/sources.list"
    apt_updated=0
  fi
}

mkdir -p "$cache/src"
fetch_source() { # $1 = source package, $2 = glob of its unpacked folder, $3 = version (optional)
  if ! compgen -G "$cache/src/$2" >/dev/null; then
    enable_deb_src
    apt_update
    say "apt-get source $1${3:+=$3}"
    (cd "$cache/src" && apt-get source -qq "$1${3:+=$3}")
  fi
}
fetch_source imgui 'imgui-1.86*'
fetch_source libsdl2 'libsdl2-2.26.5*'
# Pinned to the versions of bookworm's main archive: the security archive lists newer ones but
# does not always serve their sources.
fetch_source zlib 'zlib-1.2.13*' '1:1.2.13.dfsg-1'
fetch_source expat 'expat-2.5.0' '2.5.0-1+deb12u2'
fetch_source libxlsxwriter 'libxlsxwriter-1.1.4' '1.1.4-2'

imgui_src="$(compgen -G "$cache/src/imgui-1.86*" | head -n 1)"
sdl_src="$(compgen -G "$cache/src/libsdl2-2.26.5*" | head -n 1)"

# --- SDL2 built for WebAssembly, once --------------------------------------------------------------
# Lean, for the page's weight (README, "Page weight"): Roster's SDL backend (Dear ImGui's
# imgui_impl_sdl and app/host) uses only video with its GL context, events, keyboard, mouse,
# cursors, clipboard and timers (and the game-controller calls ImGui's backend links but Roster
# never enables, so joysticks stay). Audio, the 2D renderer, haptics, power, sensors, HIDAPI,
# locales, shared objects, "misc" (SDL_OpenURL) and the file-system paths are left out, and
# SDL_LEAN_AND_MEAN drops the software blitters, RLE and YUV code SDL's video layer otherwise
# keeps reachable; compiled for size (-Os), as nothing of SDL runs in a hot loop. A cache of the
# earlier full build (sdl2-wasm-2.26.5) is left alone: this one has its own folder, so the next
# run of this script builds it once and paths.env points at it.
sdl_wasm="$cache/sdl2-wasm-2.26.5-lean"
if [ ! -f "$sdl_wasm/.complete" ]; then
  say "building SDL2 for WebAssembly (first time only, about 5 minutes)"
  rm -rf "$cache/sdl2-wasm-build" "$sdl_wasm"
  emcmake cmake -S "$sdl_src" -B "$cache/sdl2-wasm-build" -DCMAKE_BUILD_TYPE=MinSizeRel \
    -DCMAKE_C_FLAGS=-DSDL_LEAN_AND_MEAN=1 \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
    -DSDL_AUDIO=OFF -DSDL_RENDER=OFF -DSDL_HAPTIC=OFF -DSDL_POWER=OFF -DSDL_SENSOR=OFF \
    -DSDL_HIDAPI=OFF -DSDL_LOCALE=OFF -DSDL_LOADSO=OFF -DSDL_MISC=OFF -DSDL_FILESYSTEM=OFF \
    -DCMAKE_INSTALL_PREFIX="$sdl_wasm" >/dev/null
  emmake make -C "$cache/sdl2-wasm-build" -j"$(nproc)" >/dev/null
  make -C "$cache/sdl2-wasm-build" install >/dev/null
  rm -rf "$cache/sdl2-wasm-build"
  touch "$sdl_wasm/.complete"
fi

# --- zlib, expat and libxlsxwriter built for WebAssembly, once (about 2 minutes) ------------------
# The workbook module (docs/SPREADSHEETS.md, "Workbooks") links them; static, no tools, no tests.
wasm_lib() { # $1 = name, $2 = source folder, $3 = install prefix, then cmake options
  local name="$1" src="$2" prefix="$3"
  shift 3
  if [ ! -f "$prefix/.complete" ]; then
    say "building $name for WebAssembly (first time only)"
    rm -rf "$cache/$name-wasm-build" "$prefix"
    emcmake cmake -S "$src" -B "$cache/$name-wasm-build" -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_INSTALL_PREFIX="$prefix" "$@" >/dev/null
    # Debian's security patches to expat test "#if XML_DTD == 1", which its CMake file defines
    # empty (its configure script, which Debian builds with, defines it 1).
    if [ -f "$cache/$name-wasm-build/expat_config.h" ]; then
      sed -i 's/^#define XML_DTD$/#define XML_DTD 1/; s/^#define XML_NS$/#define XML_NS 1/' \
        "$cache/$name-wasm-build/expat_config.h"
    fi
    emmake make -C "$cache/$name-wasm-build" -j"$(nproc)" >/dev/null
    make -C "$cache/$name-wasm-build" install >/dev/null
    rm -rf "$cache/$name-wasm-build"
    touch "$prefix/.complete"
  fi
}
zlib_wasm="$cache/zlib-wasm-1.2.13"
expat_wasm="$cache/expat-wasm-2.5.0"
xlsxwriter_wasm="$cache/xlsxwriter-wasm-1.1.4"
# zlib's own configure script, on a copy of the sources (it builds in place): its CMake file
# names Windows resources that Debian's source package leaves out.
if [ ! -f "$zlib_wasm/.complete" ]; then
  say "building zlib for WebAssembly (first time only)"
  rm -rf "$cache/zlib-wasm-build" "$zlib_wasm"
  cp -r "$(compgen -G "$cache/src/zlib-1.2.13*/" | head -n 1)" "$cache/zlib-wasm-build"
  (cd "$cache/zlib-wasm-build" && emconfigure ./configure --static --prefix="$zlib_wasm" >/dev/null &&
   emmake make -j"$(nproc)" libz.a >/dev/null && make install >/dev/null)
  rm -rf "$cache/zlib-wasm-build"
  touch "$zlib_wasm/.complete"
fi
wasm_lib expat "$cache/src/expat-2.5.0/expat" "$expat_wasm" -DEXPAT_SHARED_LIBS=OFF \
  -DEXPAT_BUILD_TOOLS=OFF -DEXPAT_BUILD_EXAMPLES=OFF -DEXPAT_BUILD_TESTS=OFF -DEXPAT_BUILD_DOCS=OFF \
  -DEXPAT_BUILD_PKGCONFIG=OFF
# libxlsxwriter bundles its own minizip and finds the zlib just built; tmpfile() works on
# Emscripten's in-memory file system, and the bundled dtoa writes numbers whatever the locale.
wasm_lib xlsxwriter "$cache/src/libxlsxwriter-1.1.4" "$xlsxwriter_wasm" -DBUILD_SHARED_LIBS=OFF \
  -DUSE_STANDARD_TMPFILE=ON -DUSE_DTOA_LIBRARY=ON \
  -DZLIB_INCLUDE_DIR="$zlib_wasm/include" -DZLIB_LIBRARY="$zlib_wasm/lib/libz.a"

# --- npm: playwright-core drives Debian's Chromium (never `playwright install`) -------------------
if [ "$profile" != app ]; then
  e2e="$root/tests/e2e"
  # csv-spectrum: the CSV edge cases the spreadsheet reader is tested against (tests/CMakeLists.txt).
  if [ ! -d "$e2e/node_modules/playwright-core" ] || [ ! -d "$e2e/node_modules/csv-spectrum" ] ||
     [ "$e2e/package-lock.json" -nt "$e2e/node_modules/.package-lock.json" ]; then
    say "npm ci in tests/e2e"
    (cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

# What the build scripts read: where the cached pieces are.
cat > "$cache/paths.env" <<EOF
ROSTER_IMGUI_DIR=$imgui_src
ROSTER_SDL2_WASM_DIR=$sdl_wasm
ROSTER_ZLIB_WASM_DIR=$zlib_wasm
ROSTER_EXPAT_WASM_DIR=$expat_wasm
ROSTER_XLSXWRITER_WASM_DIR=$xlsxwriter_wasm
EOF
say "ready (cache: $cache)"
