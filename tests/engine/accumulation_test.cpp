// Beta-binomial accumulation of a creator's repeated posts (docs/MODEL.md §3), with the known
// answers of cases 6 and 7 of docs/MODEL.md §9.
#include <doctest/doctest.h>

#include <cmath>
#include <initializer_list>

#include "engine/accumulation.h"

using roster::accumulated_reach_share;

TEST_CASE("A creator whose first post reaches 50% of followers and second 55% reaches 60.337% with five posts") {
    // R1 = 0.5 and R2 = 0.55 fit alpha = beta = 0.125, i.e. rate 0.5 with concentration 0.25.
    CHECK(accumulated_reach_share(0.5, 0.25, 1) == doctest::Approx(0.5));
    CHECK(accumulated_reach_share(0.5, 0.25, 2) == doctest::Approx(0.55));
    CHECK(accumulated_reach_share(0.5, 0.25, 5) == doctest::Approx(0.60337).epsilon(1e-4));
}

TEST_CASE("When every follower is as likely to see each post, posts reach followers independently") {
    for (int n : {1, 2, 5, 20})
        CHECK(accumulated_reach_share(0.3, 1e9, n) == doctest::Approx(1.0 - std::pow(0.7, n)).epsilon(1e-6));
}

TEST_CASE("When the same followers see every post, more posts reach no one new") {
    for (int n : {1, 2, 5, 50}) CHECK(accumulated_reach_share(0.3, 1e-9, n) == doctest::Approx(0.3).epsilon(1e-6));
}

TEST_CASE("More posts never lower a creator's reach, and reach never exceeds the follower base") {
    for (double rate : {0.01, 0.1, 0.3, 0.9})
        for (double s : {0.3, 1.0, 3.0}) {
            double previous = 0.0;
            for (int n = 0; n <= 200; ++n) {
                const double r = accumulated_reach_share(rate, s, n);
                CHECK(r >= previous);
                CHECK(r <= 1.0);
                previous = r;
            }
        }
}

TEST_CASE("Degenerate inputs give finite answers: no posts, zero or full reach rates, rates out of range") {
    CHECK(accumulated_reach_share(0.3, 1.0, 0) == 0.0);
    CHECK(accumulated_reach_share(0.3, 1.0, -4) == 0.0);
    CHECK(accumulated_reach_share(0.0, 1.0, 10) == 0.0);
    CHECK(accumulated_reach_share(1.0, 1.0, 10) == 1.0);
    CHECK(accumulated_reach_share(1.7, 1.0, 3) == 1.0);
    CHECK(accumulated_reach_share(-0.2, 1.0, 3) == 0.0);
    CHECK(std::isfinite(accumulated_reach_share(0.5, 0.0, 3)));
}
