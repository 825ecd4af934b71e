#!/usr/bin/env bash
# The accuracy table of docs/REACH-ACCURACY.md: net reach and the share reached 3+ times by every
# estimator against the exact figures of the audience worlds (tests/support/audience_worlds.h),
# natively. A few minutes. Arguments go to the program: `quick` (12 and 40 creators) or a seed.
# Its own build folder (engine only), so that the app builds' settings are left as they are.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
out="$root/build/reach-accuracy"
cmake -S "$root" -B "$out" -DCMAKE_BUILD_TYPE=Release -DROSTER_BUILD_APP=OFF >/dev/null
cmake --build "$out" -j"$jobs" --target roster_reach_accuracy_bench

step "machine"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) threads"
step "net reach across audience structures"
"$out/tests/bench/roster_reach_accuracy_bench" "$@"
