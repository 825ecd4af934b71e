// Two Monte-Carlo runs compared bit for bit: the runs split into blocks, drawn in workers or on
// the page's thread, must give the very ranges of one run stepped in one place (simulation.h).
#pragma once

#include <doctest/doctest.h>

#include <cstddef>
#include <cstring>

#include "engine/simulation.h"

namespace roster::test {

// Bit for bit: == would let -0.0 equal 0.0 and would fail on two NaNs of the same bits.
inline bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

inline void check_same(const SimulationResult& a, const SimulationResult& b) {
    REQUIRE(a.draws == b.draws);
    for (int h = 0; h < kHeadlineCount; ++h) {
        const Band& x = a.bands[static_cast<std::size_t>(h)];
        const Band& y = b.bands[static_cast<std::size_t>(h)];
        CAPTURE(h);
        CHECK(same_bits(x.p10, y.p10));
        CHECK(same_bits(x.p50, y.p50));
        CHECK(same_bits(x.p90, y.p90));
        CHECK(same_bits(x.p95, y.p95));
        CHECK(same_bits(x.p99, y.p99));
        CHECK(same_bits(x.mean, y.mean));
    }
    CHECK(same_bits(a.probability_roi_positive, b.probability_roi_positive));
    CHECK(a.precision.has_value() == b.precision.has_value());
    if (a.precision && b.precision) CHECK(same_bits(*a.precision, *b.precision));
}

}  // namespace roster::test
