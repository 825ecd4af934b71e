// The estimate of pairs no one stated (docs/MODEL.md §13): the duplication law, raised by shared
// interests and held down by different countries, one person on two platforms, and the matrix
// the projection builds from it whatever way it compares profiles.
#include <doctest/doctest.h>

#include <random>
#include <string>

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

// With no stated pair to calibrate on, the matrix holds each pair's estimate (to rounding: the
// profile sums run in the order keys are numbered, per plan there and per pair here).
TEST_CASE("Every unstated pair of the matrix is the pair's estimate, and the matrix is symmetric") {
    for (int keys : {3, 60}) {
        std::mt19937 rng(static_cast<unsigned>(keys));
        std::uniform_int_distribution<int> key(0, keys - 1), ppm(1, 1'000'000), size(1'000, 5'000'000);
        std::bernoulli_distribution known(0.7);
        Plan plan;
        plan.campaign.target_universe = 40'000'000;
        for (int i = 0; i < 40; ++i) {
            Creator c = creator(static_cast<CreatorId>(i + 1), "C" + std::to_string(i % 30),
                                static_cast<Platform>(i % kPlatformCount), size(rng));
            for (int s = 0; s < 3; ++s) {
                if (known(rng)) c.audience.countries.push_back({"K" + std::to_string(key(rng)), ppm(rng)});
                if (known(rng)) c.audience.interests.push_back({"I" + std::to_string(key(rng)), ppm(rng)});
            }
            plan.creators.push_back(c);
        }
        const Assumptions a = resolve_assumptions(plan);
        const OverlapMatrix m = overlap_matrix(plan, a);
        const std::size_t n = plan.creators.size();
        int same_person = 0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) {
                if (i == j) continue;
                CAPTURE(keys);
                CAPTURE(i);
                CAPTURE(j);
                CHECK(m.shared[i * n + j] ==
                      doctest::Approx(estimated_shared(plan.creators[i], plan.creators[j], m.universe, a)).epsilon(1e-12));
                CHECK(m.shared[i * n + j] == m.shared[j * n + i]);
                same_person += same_creator(plan.creators[i], plan.creators[j]);
            }
        CHECK(same_person > 0);  // names repeat across platforms, so that path is taken too
    }
}
