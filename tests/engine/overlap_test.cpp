// The estimate of pairs no one stated (docs/MODEL.md §13): the duplication law, raised by shared
// interests and held down by different countries, one person on two platforms, and the matrix
// the projection builds from it whatever way it compares profiles.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "engine/assumptions.h"
#include "engine/overlap.h"
#include "engine/plan.h"

using namespace roster;

namespace {

Creator creator(CreatorId id, const std::string& name, Platform platform, std::int64_t followers) {
    Creator c;
    c.id = id;
    c.name = name;
    c.platform = platform;
    c.followers = followers;
    return c;
}

}  // namespace

TEST_CASE("An unstated pair follows the duplication law, raised by shared interests and held by shared countries") {
    Plan plan;
    plan.campaign.target_universe = 10'000'000;
    const Assumptions a = resolve_assumptions(plan);  // niche affinity 5, same creator 30%
    Creator x = creator(1, "Ana", Platform::Instagram, 100'000), y = creator(2, "Ben", Platform::TikTok, 200'000);
    const double universe = 10'000'000;
    // Nothing known: F_x F_y / U.
    CHECK(estimated_shared(x, y, universe, a) == doctest::Approx(2'000.0));
    // The same interests (cosine 1): kappa = 5.
    x.audience.interests = {{"cooking", 700'000}, {"travel", 300'000}};
    y.audience.interests = {{"cooking", 700'000}, {"travel", 300'000}};
    CHECK(estimated_shared(x, y, universe, a) == doctest::Approx(10'000.0));
    // Half the countries in common: half as many.
    x.audience.countries = {{"FR", 500'000}, {"BE", 500'000}};
    y.audience.countries = {{"FR", 500'000}, {"DE", 500'000}};
    CHECK(estimated_shared(x, y, universe, a) == doctest::Approx(5'000.0));
    // No country in common: no one in common.
    y.audience.countries = {{"DE", 1'000'000}};
    CHECK(estimated_shared(x, y, universe, a) == 0.0);
    // Never more than the smaller audience.
    x.audience.countries.clear();
    CHECK(estimated_shared(x, y, 150'000, a) == doctest::Approx(100'000.0));
}

TEST_CASE("The same name on two platforms is one person: 30% of the smaller audience, whatever the profiles") {
    Plan plan;
    const Assumptions a = resolve_assumptions(plan);
    const Creator insta = creator(1, "Léa Martin", Platform::Instagram, 400'000);
    Creator tiktok = creator(2, " léa martin ", Platform::TikTok, 100'000);
    tiktok.audience.countries = {{"JP", 1'000'000}};
    CHECK(same_creator(insta, tiktok));
    CHECK(estimated_shared(insta, tiktok, 30'000'000, a) == doctest::Approx(30'000.0));
    // The same name on the same platform is two accounts, estimated as strangers.
    const Creator other = creator(3, "Léa Martin", Platform::Instagram, 100'000);
    CHECK_FALSE(same_creator(insta, other));
}

TEST_CASE("Stated overlaps rescale every estimated pair by their median, never past the smaller audience") {
    Plan plan;
    plan.campaign.target_universe = 10'000'000;
    plan.creators = {creator(1, "Ana", Platform::Instagram, 100'000), creator(2, "Ben", Platform::TikTok, 200'000),
                     creator(3, "Cleo", Platform::YouTube, 50'000), creator(4, "Dev", Platform::Instagram, 1'000'000)};
    // Without profiles each pair is estimated at F_i F_j / U: Ana and Ben 2,000, Ana and Cleo
    // 500, Cleo and Dev 5,000. Stated at 60,000, 6,000 and 15,000, they are 30, 12 and 3 times
    // their estimates: the median, 12, rescales the pairs no one stated.
    plan.overlaps = {{1, 2, OverlapBasis::SharedCount, 60'000},
                     {1, 3, OverlapBasis::SharedCount, 6'000},
                     {3, 4, OverlapBasis::SharedCount, 15'000}};
    const OverlapMatrix m = overlap_matrix(plan, resolve_assumptions(plan));
    CHECK(m.calibration == doctest::Approx(12.0));
    // Stated pairs as stated.
    CHECK(m.at(0, 1) == 60'000.0);
    CHECK(m.at(0, 2) == 6'000.0);
    CHECK(m.at(2, 3) == 15'000.0);
    // Ben and Cleo: 200,000 x 50,000 / 10,000,000 = 1,000, times 12.
    CHECK(m.at(1, 2) == doctest::Approx(12'000.0));
    // Ana and Dev, 10,000 times 12, and Ben and Dev, 20,000 times 12, would share more people
    // than Ana's 100,000 and Ben's 200,000 followers: they share all of them.
    CHECK(m.at(0, 3) == doctest::Approx(100'000.0));
    CHECK(m.at(1, 3) == doctest::Approx(200'000.0));
    for (std::size_t i = 0; i < 4; ++i)
        for (std::size_t j = 0; j < 4; ++j) CHECK(m.at(i, j) == m.at(j, i));
}

// The matrix compares profiles key by key across the roster when a plan has few countries and
// interests, pair by pair otherwise. Either way: stated pairs as stated, one person on two
// platforms as estimated, every other pair its estimate times the median of stated / estimated
// over the stated pairs (worked out here from the pairs' own estimates), held under the smaller
// audience (to rounding: the profile sums run in the order keys are numbered, per plan there
// and per pair here), and the matrix symmetric to the bit.
TEST_CASE("Every pair of the matrix is as stated or estimated, with few profile keys or many") {
    for (int keys : {3, 60}) {
        std::mt19937 rng(static_cast<unsigned>(keys));
        std::uniform_int_distribution<int> key(0, keys - 1), ppm(1, 1'000'000), size(1'000, 5'000'000);
        std::bernoulli_distribution known(0.7);
        Plan plan;
        plan.campaign.target_universe = 40'000'000;
        for (int i = 0; i < 40; ++i) {
            Creator c = creator(static_cast<CreatorId>(i + 1), "C" + std::to_string(i % 30),
                                static_cast<Platform>(i % kPlatformCount), size(rng));
            c.audience.countries.push_back({"K0", 10'000});  // every pair shares a little, so each estimate counts
            for (int s = 0; s < 3; ++s) {
                if (known(rng)) c.audience.countries.push_back({"K" + std::to_string(key(rng)), ppm(rng)});
                if (known(rng)) c.audience.interests.push_back({"I" + std::to_string(key(rng)), ppm(rng)});
            }
            plan.creators.push_back(c);
        }
        // Shared counts stated for a few pairs: they calibrate the others.
        for (int s = 0; s < 6; ++s) {
            const std::int64_t smaller = std::min(plan.creators[s].followers, plan.creators[s + 7].followers);
            plan.overlaps.push_back({plan.creators[s].id, plan.creators[s + 7].id, OverlapBasis::SharedCount, smaller / (3 + s)});
        }
        const Assumptions a = resolve_assumptions(plan);
        const OverlapMatrix m = overlap_matrix(plan, a);
        const std::size_t n = plan.creators.size();
        CAPTURE(keys);
        // The calibration: the median ratio of stated to estimated (the upper one of an even
        // count), one person on two platforms aside.
        std::vector<double> ratios;
        for (const Overlap& o : plan.overlaps) {
            const Creator& x = plan.creators[o.first - 1];
            const Creator& y = plan.creators[o.second - 1];
            if (!same_creator(x, y)) ratios.push_back(static_cast<double>(o.value) / estimated_shared(x, y, m.universe, a));
        }
        REQUIRE_FALSE(ratios.empty());
        std::sort(ratios.begin(), ratios.end());
        const double calibration = ratios[ratios.size() / 2];
        CHECK(calibration != doctest::Approx(1.0));
        CHECK(m.calibration == doctest::Approx(calibration).epsilon(1e-12));
        int same_person = 0, stated = 0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) {
                if (i == j) continue;
                CAPTURE(keys);
                CAPTURE(i);
                CAPTURE(j);
                const Creator& x = plan.creators[i];
                const Creator& y = plan.creators[j];
                const double smaller = static_cast<double>(std::min(x.followers, y.followers));
                const double estimate = estimated_shared(x, y, m.universe, a);
                if (m.is_stated(i, j)) {
                    ++stated;
                    const auto first = static_cast<std::int64_t>(std::min(i, j));
                    CHECK(m.at(i, j) == static_cast<double>(static_cast<std::int64_t>(smaller) / (3 + first)));
                } else if (same_creator(x, y)) {
                    ++same_person;
                    CHECK(m.at(i, j) == doctest::Approx(estimate).epsilon(1e-12));
                } else {
                    CHECK(m.at(i, j) == doctest::Approx(std::min(estimate * calibration, smaller)).epsilon(1e-12));
                }
                CHECK(m.at(i, j) == m.at(j, i));
            }
        CHECK(stated == 12);      // six pairs, both ways
        CHECK(same_person > 0);   // names repeat across platforms, so that path is taken too
    }
}
