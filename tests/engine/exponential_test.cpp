// The Monte-Carlo path's own e^x: as precise as the C library's to within a few units in the
// last place, over the whole range the draws use and at the edges of a double.
#include <doctest/doctest.h>

#include <cmath>
#include <initializer_list>
#include <limits>

#include "engine/exponential.h"

using namespace roster;

TEST_CASE("e^x agrees with the C library to 1e-15 relative from e^-700 to e^700") {
    double worst = 0.0;
    for (int i = -700'000; i <= 700'000; ++i) {
        const double x = i / 1000.0 + 0.000123 * (i % 7);
        const double expected = std::exp(x);
        worst = std::fmax(worst, std::fabs(exponential(x) - expected) / expected);
    }
    CHECK(worst < 1e-15);
    // Near 0, where the draws' small spreads live, and at the rounding boundaries of k ln 2.
    for (double x : {1e-300, -1e-300, 1e-9, -1e-9, 0.34657359, -0.34657359, 0.5 * 0.6931471805599453, 1.0, -1.0})
        CHECK(std::fabs(exponential(x) - std::exp(x)) / std::exp(x) < 1e-15);
}

TEST_CASE("e^0 is exactly 1 and e^x is increasing across the reduction's seams") {
    CHECK(exponential(0.0) == 1.0);
    double previous = exponential(-5.0);
    for (int i = -4999; i <= 5000; ++i) {
        const double e = exponential(i / 1000.0);
        CHECK(e >= previous);
        previous = e;
    }
}

TEST_CASE("e^x at the edges of a double: 0 far below, infinity far above, NaN stays NaN") {
    CHECK(exponential(-709.0) == 0.0);
    CHECK(exponential(-1e308) == 0.0);
    CHECK(exponential(-std::numeric_limits<double>::infinity()) == 0.0);
    CHECK(exponential(-707.9) > 0.0);
    CHECK(std::fabs(exponential(-707.9) - std::exp(-707.9)) / std::exp(-707.9) < 1e-15);
    CHECK(std::fabs(exponential(709.7) - std::exp(709.7)) / std::exp(709.7) < 1e-15);
    CHECK(std::isfinite(exponential(709.7)));
    CHECK(std::isinf(exponential(709.8)));
    CHECK(std::isinf(exponential(std::numeric_limits<double>::infinity())));
    CHECK(std::isnan(exponential(std::numeric_limits<double>::quiet_NaN())));
}
