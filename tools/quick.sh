#!/usr/bin/env bash
# The inner loop: builds the plain-C++ layers (engine, storage, document, present, live) and
# their unit tests natively into build/quick and runs them; no app, no WebAssembly, no fuzzer,
# no browser, and nothing installed (it needs cmake, a C++17 compiler and the header-only
# libraries tools/setup.sh installs: doctest, cereal, RapidJSON). The layer checks of those
# libraries run with the build (cmake/CheckLayers.cmake). Arguments go to the doctest binary:
#   bash tools/quick.sh                          # every unit test
#   bash tools/quick.sh -sf='*plan_session*'     # one file's tests
#   bash tools/quick.sh -tc='*undo*'             # the tests whose name matches
# ROSTER_JOBS sets the compile jobs (all cores by default).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
start=$SECONDS
command -v cmake >/dev/null || { echo "tools/quick.sh needs cmake: bash tools/setup.sh installs it" >&2; exit 1; }
for lib in doctest cereal rapidjson; do
  if [ ! -d "/usr/include/$lib" ]; then
    echo "tools/quick.sh needs /usr/include/$lib: bash tools/setup.sh installs it" >&2
    exit 1
  fi
done

step "unit tests' build (build/quick: no app, no WebAssembly)"
cmake -S "$root" -B "$root/build/quick" -DCMAKE_BUILD_TYPE=Release -DROSTER_BUILD_APP=OFF >/dev/null
cmake --build "$root/build/quick" -j"${ROSTER_JOBS:-$jobs}" --target roster_tests
built=$SECONDS

step "unit tests"
"$root/build/quick/tests/roster_tests" "$@"
step "built in $((built - start)) s, tested in $((SECONDS - built)) s"
