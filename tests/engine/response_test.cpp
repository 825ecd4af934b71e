// Response curves and the beta-binomial fit against the known answers of docs/MODEL.md §9:
// cases 6, 7, 8, 14, 15 and 16.
#include <doctest/doctest.h>

#include <cmath>

#include "engine/accumulation.h"
#include "engine/response.h"

using namespace roster;
using doctest::Approx;

TEST_CASE("Posts reaching 50% once and 55% twice fit alpha = beta = 0.125, and five of them reach 60.337%") {
    double alpha = 0, beta = 0;
    REQUIRE(fit_beta_binomial(0.5, 0.55, alpha, beta));
    CHECK(alpha == Approx(0.125));
    CHECK(beta == Approx(0.125));
    CHECK(beta_binomial_reach(alpha, beta, 5) == Approx(0.60337).epsilon(1e-4));
    const auto p = beta_binomial_distribution(alpha, beta, 5);
    CHECK(p[0] == Approx(0.39663).epsilon(1e-4));
    CHECK(p[5] == Approx(0.39663).epsilon(1e-4));
    CHECK(p[1] == Approx(0.06010).epsilon(1e-3));
    CHECK(p[2] == Approx(0.04327).epsilon(1e-3));
    double total = 0;
    for (double v : p) total += v;
    CHECK(total == Approx(1.0));
}

TEST_CASE("The share of followers reached 0, 1, ... n times by n posts is exact for any spread of the audience, up to 200 posts") {
    // C(n, k) prod_{i<k} (a + i) / (a + b + i) prod_{i<n-k} (b + i) / (a + b + k + i), in long double:
    // another route to the same numbers (the lgamma form loses digits for large a and b).
    const auto reference = [](double a, double b, int n, int k) {
        long double p = 1.0L;
        for (int i = 0; i < k; ++i) p *= (static_cast<long double>(n - i) / (i + 1)) * (a + i) / (a + b + i);
        for (int i = 0; i < n - k; ++i) p *= (static_cast<long double>(b) + i) / (static_cast<long double>(a) + b + k + i);
        return static_cast<double>(p);
    };
    for (double a : {1e-6, 0.125, 0.9, 3.0, 250.0, 1e6})
        for (double b : {1e-6, 0.125, 2.0, 40.0, 1e6})
            for (int n : {1, 2, 5, 12, 30, 64, 65, 200}) {
                const auto p = beta_binomial_distribution(a, b, n);
                REQUIRE(p.size() == static_cast<std::size_t>(n) + 1);
                double total = 0.0;
                // Past 64 posts the closed form with lgamma takes over, good to about 1e-8 here.
                const double tolerance = n <= 64 ? 1e-13 : 1e-7;
                for (int k = 0; k <= n; ++k) {
                    CAPTURE(a);
                    CAPTURE(b);
                    CAPTURE(n);
                    CAPTURE(k);
                    const double expected = reference(a, b, n, k);
                    CHECK(std::abs(p[static_cast<std::size_t>(k)] - expected) <= tolerance);
                    if (n <= 64 && expected > 1e-200) CHECK(p[static_cast<std::size_t>(k)] == Approx(expected).epsilon(1e-10));
                    total += p[static_cast<std::size_t>(k)];
                }
                CHECK(total == Approx(1.0).epsilon(1e-7));
            }
}

TEST_CASE("Posts that reach followers independently, or always the same ones, are the model's limits and have no fit of their own") {
    double alpha = 0, beta = 0;
    CHECK_FALSE(fit_beta_binomial(0.3, 0.3, alpha, beta));
    CHECK_FALSE(fit_beta_binomial(0.3, 2 * 0.3 - 0.09, alpha, beta));
}

TEST_CASE("Three audiences of 30%, 40% and 20% with their stated duplications reach 60.34% together (Metheringham)") {
    const double a1 = 0.3, a2 = 2 * a1 - (0.15 + 0.09 + 0.11) / 3;
    CHECK(a2 == Approx(0.48333).epsilon(1e-4));
    double alpha = 0, beta = 0;
    REQUIRE(fit_beta_binomial(a1, a2, alpha, beta));
    CHECK(alpha == Approx(2.0625));
    CHECK(beta == Approx(4.8125));
    CHECK(beta_binomial_reach(alpha, beta, 3) == Approx(0.60340).epsilon(1e-4));
}

TEST_CASE("A creator with 25 or 1,000 posts still reaches more people with each post, never every follower and never NaN") {
    const double by_product = accumulated_reach_share(0.2, 1.0, 24);
    const double by_lgamma = accumulated_reach_share(0.2, 1.0, 25);
    CHECK(by_lgamma > by_product);
    CHECK(accumulated_reach_share(0.2, 1.0, 1000) < 1.0);
    CHECK(std::isfinite(accumulated_reach_share(0.2, 1e-9, 1000)));
}

TEST_CASE("Paid impressions that reach 1M people with 2M reach 1.333M with 4M, 888,889 of them twice (Goerg)") {
    const double rho = goerg_rho(2'000'000, 1'000'000);
    CHECK(rho == Approx(2'000'000));
    CHECK(goerg_reach(2'000'000, rho) == Approx(1'000'000));
    CHECK(goerg_reach(4'000'000, rho) == Approx(1'333'333.33));
    CHECK(goerg_reach_at_least(4'000'000, rho, 2) == Approx(888'888.89));
    CHECK(goerg_rho(1'000, 2'000) == 0.0);  // needs I0 > R0
}

TEST_CASE("One exposure per person on average reaches 50% at k = 1, 42.265% at k = 0.5 and 63.212% as k grows (NBD)") {
    CHECK(nbd_reach_share(1.0, 1.0) == Approx(0.5));
    CHECK(nbd_reach_share(1.0, 0.5) == Approx(0.42265).epsilon(1e-4));
    CHECK(nbd_reach_share(1.0, 1e9) == Approx(0.63212).epsilon(1e-4));
    // k = 1 over a universe is Goerg's curve with rho = U.
    CHECK(nbd_reach(300'000, 1'000'000, 1.0) == Approx(goerg_reach(300'000, 1'000'000)));
}

TEST_CASE("A person reached 1, 2, 3 or 4 times is worth 0.181, 0.472, 0.669 or 0.783 of a saturated one (Meridian's Hill)") {
    CHECK(hill(3.0, 3.0, 0.7) == Approx(0.5));
    CHECK(hill(1, 2.11, 2.01) == Approx(0.181).epsilon(2e-3));
    CHECK(hill(2, 2.11, 2.01) == Approx(0.472).epsilon(2e-3));
    CHECK(hill(3, 2.11, 2.01) == Approx(0.669).epsilon(2e-3));
    CHECK(hill(4, 2.11, 2.01) == Approx(0.783).epsilon(2e-3));
    CHECK(hill(0, 2.11, 2.01) == 0.0);
    CHECK(hill(1e300, 2.11, 50) == Approx(1.0));
}
