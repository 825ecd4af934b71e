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
#include "support/builders.h"

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

TEST_CASE("Stated overlaps are taken as stated and leave every other pair at its own estimate") {
    Plan plan;
    test::set_assumption(plan, "overlap.universe", 10'000'000.0);
    plan.creators = {creator(1, "Ana", Platform::Instagram, 100'000), creator(2, "Ben", Platform::TikTok, 200'000),
                     creator(3, "Cleo", Platform::YouTube, 50'000), creator(4, "Dev", Platform::Instagram, 1'000'000)};
    // Stated at 30, 12 and 3 times what chance gives (F_i F_j / U): one stated pair says nothing
    // sure about another, so the unstated pairs stay at chance (docs/MODEL.md §13).
    plan.overlaps = {{1, 2, OverlapBasis::SharedCount, 60'000},
                     {1, 3, OverlapBasis::SharedCount, 6'000},
                     {3, 4, OverlapBasis::SharedCount, 15'000}};
    const OverlapMatrix m = overlap_matrix(plan, resolve_assumptions(plan));
    CHECK(m.at(0, 1) == 60'000.0);
    CHECK(m.at(0, 2) == 6'000.0);
    CHECK(m.at(2, 3) == 15'000.0);
    CHECK(m.at(1, 2) == doctest::Approx(200'000.0 * 50'000.0 / 10'000'000.0));
    CHECK(m.at(0, 3) == doctest::Approx(100'000.0 * 1'000'000.0 / 10'000'000.0));
    CHECK(m.at(1, 3) == doctest::Approx(200'000.0 * 1'000'000.0 / 10'000'000.0));
    for (std::size_t i = 0; i < 4; ++i)
        for (std::size_t j = 0; j < 4; ++j) CHECK(m.at(i, j) == m.at(j, i));
}

TEST_CASE("The target universe is a part of the market the followers come from, never the whole of it") {
    Plan plan;
    plan.creators = {creator(1, "Ana", Platform::Instagram, 400'000), creator(2, "Ben", Platform::TikTok, 300'000)};
    plan.campaign.target_universe = 1'000'000;
    const Assumptions a = resolve_assumptions(plan);
    CHECK(overlap_universe(plan, a) == a[assumption::kOverlapUniverse]);
    plan.campaign.target_universe = 90'000'000;  // a target larger than the assumed market widens it
    CHECK(overlap_universe(plan, a) == 90'000'000.0);
}

// The matrix compares profiles key by key across the roster when a plan has few countries and
// interests, pair by pair otherwise. Either way: stated pairs as stated, one person on two
// platforms as estimated, every other pair its own estimate held under the smaller audience (to rounding: the profile sums run in the order keys are numbered, per plan there
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
        // Shared counts stated for a few pairs: taken as they are.
        for (int s = 0; s < 6; ++s) {
            const std::int64_t smaller = std::min(plan.creators[s].followers, plan.creators[s + 7].followers);
            plan.overlaps.push_back({plan.creators[s].id, plan.creators[s + 7].id, OverlapBasis::SharedCount, smaller / (3 + s)});
        }
        const Assumptions a = resolve_assumptions(plan);
        const OverlapMatrix m = overlap_matrix(plan, a);
        const std::size_t n = plan.creators.size();
        CAPTURE(keys);
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
                    CHECK(m.at(i, j) == doctest::Approx(std::min(estimate, smaller)).epsilon(1e-12));
                }
                CHECK(m.at(i, j) == m.at(j, i));
            }
        CHECK(stated == 12);      // six pairs, both ways
        CHECK(same_person > 0);   // names repeat across platforms, so that path is taken too
    }
}
