// The Monte-Carlo path's own normal generator: it must be a standard normal (checked on
// moments, quantiles and the tail) and give the same numbers for the same stream everywhere.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "engine/random.h"
#include "engine/simulation.h"

using namespace roster;

TEST_CASE("The draws behind the ranges are standard normal: mean 0, variance 1, the right deciles and the right tail") {
    RandomStream rng(12345);
    const int n = 400'000;
    std::vector<double> z(n);
    double sum = 0, sum2 = 0;
    int beyond_3_5 = 0;
    for (double& v : z) {
        v = rng.normal();
        sum += v;
        sum2 += v * v;
        beyond_3_5 += std::fabs(v) > 3.5;
    }
    const double mean = sum / n;
    CHECK(std::fabs(mean) < 0.01);
    CHECK(sum2 / n - mean * mean == doctest::Approx(1.0).epsilon(0.01));
    CHECK(quantile(z, 0.10) == doctest::Approx(-1.28155).epsilon(0.01));
    CHECK(quantile(z, 0.90) == doctest::Approx(1.28155).epsilon(0.01));
    // P(|Z| > 3.5) = 4.65e-4: about 186 of 400,000.
    CHECK(beyond_3_5 > 120);
    CHECK(beyond_3_5 < 260);
}

TEST_CASE("A stream is addressed by seed, draw and creator, so slicing or reordering cannot change it") {
    RandomStream a = RandomStream::for_draw(1, 42, 7);
    RandomStream b = RandomStream::for_draw(1, 42, 7);
    for (int i = 0; i < 100; ++i) CHECK(a.next() == b.next());
    CHECK(RandomStream::for_draw(1, 42, 7).next() != RandomStream::for_draw(1, 42, 8).next());
    CHECK(RandomStream::for_draw(1, 42, 7).next() != RandomStream::for_draw(2, 42, 7).next());
    CHECK(RandomStream::for_draw(1, 42, 7).next() != RandomStream::for_draw(1, 43, 7).next());
}

TEST_CASE("Uniform draws are never exactly 0 or 1") {
    RandomStream rng(0);
    for (int i = 0; i < 100'000; ++i) {
        const double u = rng.uniform();
        CHECK(u > 0.0);
        CHECK(u < 1.0);
    }
}

