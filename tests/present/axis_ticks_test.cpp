#include <doctest/doctest.h>

#include <vector>

#include "present/axis_ticks.h"

using namespace roster::present;

namespace {
// Ticks compared to a relative millionth of the step: 3 x 0.2 is not 0.6 to the last bit.
bool same(const std::vector<double>& got, const std::vector<double>& expected) {
    if (got.size() != expected.size()) return false;
    for (std::size_t i = 0; i < got.size(); ++i)
        if (got[i] != doctest::Approx(expected[i]).epsilon(1e-9)) return false;
    return true;
}
}  // namespace

TEST_CASE("An axis from 0 to 1,234,567 is ticked every 250,000") {
    CHECK(nice_ticks(0, 1'234'567) == std::vector<double>{0, 250'000, 500'000, 750'000, 1'000'000});
    CHECK(nice_step(0, 1'234'567) == 250'000);
}

TEST_CASE("Ticks are 1, 2, 2.5 or 5 times a power of ten apart and stay inside the range") {
    CHECK(nice_ticks(0, 10) == std::vector<double>{0, 2, 4, 6, 8, 10});
    CHECK(nice_ticks(0, 100) == std::vector<double>{0, 20, 40, 60, 80, 100});
    CHECK(same(nice_ticks(0, 1), {0, 0.2, 0.4, 0.6, 0.8, 1.0}));
    // An ROI from -35% to +120%: the break-even line at 0 is one of the ticks.
    CHECK(same(nice_ticks(-0.35, 1.2), {0, 0.5, 1.0}));
    CHECK(nice_ticks(3, 7, 4) == std::vector<double>{3, 4, 5, 6, 7});
    CHECK(nice_ticks(12'345, 12'355, 5) == std::vector<double>{12'346, 12'348, 12'350, 12'352, 12'354});
}

TEST_CASE("A range without width has one tick, a reversed one none") {
    CHECK(nice_ticks(5, 5) == std::vector<double>{5});
    CHECK(nice_ticks(5, 1).empty());
}
