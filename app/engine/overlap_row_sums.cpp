// Part of the deduplication: the pass over one creator's row of the overlap matrix
// (overlap_row_sums.h), twice. Both paths take the row four creators at a time and then the
// last one to three alone; within the fours, creators 4b and 4b + 2 go to one partial sum and
// 4b + 1 and 4b + 3 to another (a vector's two lanes), and the two are added at the end, then
// the rest. Floating-point addition is not associative, so the plain path keeps exactly that
// order rather than a simpler running sum: the deduplication's figures are then the same to
// the bit whichever path a compiler takes (a plan's reach must not depend on the build).
#include "overlap_row_sums.h"

#include <algorithm>
#include <cstring>

namespace roster::dedup {
namespace {

OverlapRowSums added(const OverlapRowSums& a, const OverlapRowSums& b) {
    return {a.follows + b.follows,
            a.follows_squared + b.follows_squared,
            a.reached_by + b.reached_by,
            a.reached_by_squared + b.reached_by_squared,
            a.shared_followers + b.shared_followers,
            a.shared_reached + b.shared_reached};
}

// The creators from `j` on (fewer than four), one at a time, added to `fours`, the sums of
// the creators before `j`. Shared by both paths.
OverlapRowSums with_the_rest(const OverlapRowSums& fours, std::size_t j, const double* row, std::size_t n,
                             double inverse, const double* other_rate, const double* gap, const double* rate,
                             double* share, double* block_max) {
    OverlapRowSums rest;
    if (j < n) block_max[j >> 2] = 0.0;
    for (; j < n; ++j) {
        const double x = std::min(std::max(row[j] * inverse, 0.0), 1.0);
        share[j] = x;
        const double pi = other_rate[j] + x * gap[j];
        rest.follows += x;
        rest.follows_squared += x * x;
        rest.reached_by += pi;
        rest.reached_by_squared += pi * pi;
        rest.shared_followers += row[j];
        rest.shared_reached += row[j] * rate[j];
        block_max[j >> 2] = std::max(block_max[j >> 2], x);
    }
    return added(fours, rest);
}

// The share as the vector path clamps it: x > 0 ? x : 0, then x < 1 ? x : 1, a lane-wise
// select (so NaN and -0 become +0, where std::max would keep them).
double clamped_share(double x) {
    x = x > 0.0 ? x : 0.0;
    return x < 1.0 ? x : 1.0;
}

}  // namespace

OverlapRowSums sum_overlap_row_portable(const double* row, std::size_t n, double inverse, const double* other_rate,
                                        const double* gap, const double* rate, double* share, double* block_max) {
    // lane[k] sums creators 4b + k and 4b + 2 + k, each step adding the two first (a + b),
    // exactly as the vector path's lane k does.
    OverlapRowSums lane[2];
    std::size_t j = 0;
    for (; j + 4 <= n; j += 4) {
        double top[2];
        for (std::size_t k = 0; k < 2; ++k) {
            const std::size_t a = j + k, b = j + 2 + k;
            const double ra = row[a], rb = row[b];
            const double xa = clamped_share(ra * inverse), xb = clamped_share(rb * inverse);
            share[a] = xa;
            share[b] = xb;
            const double pa = other_rate[a] + xa * gap[a], pb = other_rate[b] + xb * gap[b];
            lane[k].follows += xa + xb;
            lane[k].follows_squared += xa * xa + xb * xb;
            lane[k].reached_by += pa + pb;
            lane[k].reached_by_squared += pa * pa + pb * pb;
            lane[k].shared_followers += ra + rb;
            lane[k].shared_reached += ra * rate[a] + rb * rate[b];
            top[k] = xa > xb ? xa : xb;
        }
        block_max[j >> 2] = std::max(top[0], top[1]);
    }
    return with_the_rest(added(lane[0], lane[1]), j, row, n, inverse, other_rate, gap, rate, share, block_max);
}

#if ROSTER_DEDUP_HAS_VECTOR_PATH
OverlapRowSums sum_overlap_row_vector(const double* row, std::size_t n, double inverse, const double* other_rate,
                                      const double* gap, const double* rate, double* share, double* block_max) {
    // Two creators per vector (SSE2 natively, SIMD128 in WebAssembly, where the compiler kept
    // this loop scalar when written with plain doubles); four per step, each sum one vector.
    using Lanes = double __attribute__((vector_size(16)));
    auto load = [](const double* at) {
        Lanes v;
        std::memcpy(&v, at, sizeof v);
        return v;
    };
    const Lanes zero = {0.0, 0.0}, one = {1.0, 1.0}, inv = {inverse, inverse};
    // OverlapRowSums with a vector for each: lane k sums creators 4b + k and 4b + 2 + k.
    struct {
        Lanes follows, follows_squared, reached_by, reached_by_squared, shared_followers, shared_reached;
    } lanes = {zero, zero, zero, zero, zero, zero};
    std::size_t j = 0;
    for (; j + 4 <= n; j += 4) {
        const Lanes ra = load(row + j), rb = load(row + j + 2);
        Lanes xa = ra * inv, xb = rb * inv;
        xa = xa > zero ? xa : zero;  // a share of i's followers, within [0, 1]
        xa = xa < one ? xa : one;
        xb = xb > zero ? xb : zero;
        xb = xb < one ? xb : one;
        std::memcpy(share + j, &xa, sizeof xa);
        std::memcpy(share + j + 2, &xb, sizeof xb);
        const Lanes pa = load(other_rate + j) + xa * load(gap + j);
        const Lanes pb = load(other_rate + j + 2) + xb * load(gap + j + 2);
        lanes.follows += xa + xb;
        lanes.follows_squared += xa * xa + xb * xb;
        lanes.reached_by += pa + pb;
        lanes.reached_by_squared += pa * pa + pb * pb;
        lanes.shared_followers += ra + rb;
        lanes.shared_reached += ra * load(rate + j) + rb * load(rate + j + 2);
        const Lanes top = xa > xb ? xa : xb;
        block_max[j >> 2] = std::max(top[0], top[1]);
    }
    const OverlapRowSums fours = {lanes.follows[0] + lanes.follows[1],
                                  lanes.follows_squared[0] + lanes.follows_squared[1],
                                  lanes.reached_by[0] + lanes.reached_by[1],
                                  lanes.reached_by_squared[0] + lanes.reached_by_squared[1],
                                  lanes.shared_followers[0] + lanes.shared_followers[1],
                                  lanes.shared_reached[0] + lanes.shared_reached[1]};
    return with_the_rest(fours, j, row, n, inverse, other_rate, gap, rate, share, block_max);
}
#endif

OverlapRowSums sum_overlap_row(const double* row, std::size_t n, double inverse, const double* other_rate,
                               const double* gap, const double* rate, double* share, double* block_max) {
#if ROSTER_DEDUP_HAS_VECTOR_PATH && !defined(ROSTER_PORTABLE_DEDUP)
    return sum_overlap_row_vector(row, n, inverse, other_rate, gap, rate, share, block_max);
#else
    return sum_overlap_row_portable(row, n, inverse, other_rate, gap, rate, share, block_max);
#endif
}

}  // namespace roster::dedup
