// Net reach across audience structures (docs/REACH-ACCURACY.md): the audience worlds' figures are
// exact, and on one small world of each family the estimators stay inside the bounds they are
// measured to meet (with a margin over the largest error measured on other seeds), so that a
// regression of the deduplication, the overlap completion, the latent classes or the log-linear
// model fails here. The goals of the issue (2% / 2 points with every pair) are not claimed where
// they are not met; the full table is printed by tests/bench/reach_accuracy.cpp.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <utility>

#include "support/reach_accuracy.h"

using namespace roster;
using namespace roster::testing;
using doctest::Approx;

TEST_CASE("An audience world reached whole counts each follower once, as often as the creators they follow") {
    const AudienceWorld w = make_audience_world(Family::MultiInterest, 15, 5, 60'000);
    std::vector<AudienceCreator> everyone(w.plan.creators.size());
    for (std::size_t i = 0; i < everyone.size(); ++i) {
        everyone[i].followers = static_cast<double>(w.plan.creators[i].followers);
        everyone[i].reached_share = 1.0;
        everyone[i].follower_frequency[0] = 1.0;
    }
    const Truth t = exact_reach(w, everyone);
    CHECK(t.reached == Approx(w.followers_union));
    Frequency following{};
    for (const auto& list : w.follows) following[std::min<std::size_t>(list.size(), kFrequencyBins) - 1] += 1.0;
    for (int k = 0; k < kFrequencyBins; ++k) CHECK(t.frequency[static_cast<std::size_t>(k)] == Approx(following[static_cast<std::size_t>(k)]));
}

TEST_CASE("An audience world's shared followers are the exact intersections of who follows whom") {
    const AudienceWorld w = make_audience_world(Family::Platforms, 10, 6, 60'000);
    const std::size_t n = w.plan.creators.size();
    std::vector<double> counted(n * n, 0.0);
    for (const auto& list : w.follows)
        for (std::uint32_t a : list) {
            counted[a * n + a] += 1.0;
            for (std::uint32_t b : list)
                if (a != b) counted[a * n + b] += 1.0;
        }
    CHECK(counted == w.shared);
    for (std::size_t i = 0; i < n; ++i) CHECK(w.shared[i * n + i] == static_cast<double>(w.plan.creators[i].followers));
    // Profiles are shares of the followers: the largest first, none above 100%.
    for (const auto& profile : w.profiles)
        for (std::size_t k = 0; k < profile.size(); ++k) {
            CHECK(profile[k].ppm <= 1'000'000);
            if (k > 0) CHECK(profile[k].ppm <= profile[k - 1].ppm);
        }
}

// Bounds: measured on 20 creators in 200,000 people, seeds 11 to 14 (other seeds than here), the
// largest errors were, for Roster, 1.3% / 1.2 points with every pair and 14% / 5.6 points with a
// third of the pairs and the profiles; for the latent classes (mixed heaviness, session of
// the log-linear model) 6.7% / 3.8 points (tuned families) and 4.1% / 3.2 points (held out);
// for the log-linear model on communities and platforms, with every pair, 1.4% / 1.0 point. The
// bounds leave about twice that (the latent classes' 3+ share: 5 points). The log-linear model is
// not bounded elsewhere: it under-counts heavy users by 2-35% and misses shared niches by -80% to
// +33% (docs/REACH-ACCURACY.md); the test holds it to that known side where it is one.
TEST_CASE("Net reach and the 3+ share stay within their measured bounds on a small world of every family") {
    for (int f = 0; f < kFamilyCount; ++f) {
        const auto family = static_cast<Family>(f);
        const AudienceWorld w = make_audience_world(family, 20, 21, 200'000);
        CAPTURE(family_name(family));
        CAPTURE(w.knobs);
        const Measurement every = measure(w, {Stated::Every, true}, 21);
        CHECK(std::fabs(every.roster.reach_pct) <= 3.0);
        CHECK(std::fabs(every.roster.three_plus_points) <= 3.0);
        // Summing followers always over-counts overlapping audiences; Roster is closer.
        CHECK(every.follower_sum.reach_pct > 0.0);
        CHECK(std::fabs(every.roster.reach_pct) < every.follower_sum.reach_pct);
        const Measurement third = measure(w, {Stated::Third, true}, 21);
        CHECK(std::fabs(third.roster.reach_pct) <= 25.0);
        CHECK(std::fabs(third.roster.three_plus_points) <= 10.0);
        CHECK(std::fabs(every.latent.reach_pct) <= 10.0);
        CHECK(std::fabs(every.latent.three_plus_points) <= 5.0);
        CHECK(std::fabs(third.latent.reach_pct) <= 10.0);
        CHECK(std::fabs(third.latent.three_plus_points) <= 5.0);
        if (family == Family::Communities || family == Family::Platforms) {
            CHECK(std::fabs(every.log_linear.reach_pct) <= 3.0);
            CHECK(std::fabs(every.log_linear.three_plus_points) <= 2.0);
        }
        // Pairs alone read heavy users as extra overlap between everyone: fewer people reached.
        if (family == Family::HeavyUsers) CHECK(every.log_linear.reach_pct < 0.0);
    }
}
