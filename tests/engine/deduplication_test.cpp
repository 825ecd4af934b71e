// Net reach across overlapping audiences: the union and bound cases of docs/MODEL.md §9, properties
// (no overlap gives the sum, identical audiences the largest, more creators never less reach,
// results inside the bounds), and accuracy against exact unions of explicit synthetic people.
#include <doctest/doctest.h>

#include <cmath>

#include "support/audience_world.h"

using namespace roster;
using doctest::Approx;

namespace {

AudienceCreator audience(double followers, double reached_share = 1.0) {
    AudienceCreator a;
    a.followers = followers;
    a.reached_share = reached_share;
    a.follower_frequency[0] = 1.0;
    return a;
}

std::vector<double> matrix(std::size_t n, std::initializer_list<std::initializer_list<double>> rows) {
    std::vector<double> m;
    for (const auto& r : rows) m.insert(m.end(), r.begin(), r.end());
    REQUIRE(m.size() == n * n);
    return m;
}

double relative_error(double estimate, double truth) { return std::fabs(estimate - truth) / truth; }

}  // namespace

TEST_CASE("Independent audiences of 50% and 50% reach 75% together, and 30%, 40%, 20% reach 66.4% (Sainsbury)") {
    CHECK(independent_union({0.5, 0.5}, 1.0) == Approx(0.75));
    CHECK(independent_union({0.3, 0.4, 0.2}, 1.0) == Approx(0.664));
    CHECK(independent_union(std::vector<double>(400, 0.001), 1.0) == Approx(0.32981).epsilon(1e-4));
}

TEST_CASE("Audiences of 30%, 40% and 20% with their stated overlaps reach 55% to 64% together, five independent halves 83.33% to 100%") {
    const auto m = matrix(3, {{0.3, 0.15, 0.09}, {0.15, 0.4, 0.11}, {0.09, 0.11, 0.2}});
    const ReachBounds b = union_bounds({0.3, 0.4, 0.2}, m, 1.0);
    CHECK(b.low == Approx(0.55));
    CHECK(b.high == Approx(0.64));
    std::vector<double> independent(25, 0.25);
    for (int i = 0; i < 5; ++i) independent[static_cast<std::size_t>(i * 6)] = 0.5;
    const ReachBounds five = union_bounds(std::vector<double>(5, 0.5), independent, 1.0);
    CHECK(five.low == Approx(0.8333).epsilon(1e-3));
    CHECK(five.high == Approx(1.0));
}

TEST_CASE("The net reach estimated for those three audiences lies between 55% and 64% of the people") {
    std::vector<AudienceCreator> c = {audience(300), audience(400), audience(200)};
    const auto m = matrix(3, {{300, 150, 90}, {150, 400, 110}, {90, 110, 200}});
    const NetReach r = deduplicate(c, m, 1000.0);
    CHECK(r.net_followers >= 550.0 - 1e-9);
    CHECK(r.net_followers <= 640.0 + 1e-9);
    CHECK(r.net_reach == Approx(r.net_followers));
}

TEST_CASE("two creators with a stated overlap give the exact union") {
    // Trendhero's example (case 13 of docs/MODEL.md §9): 10,000 and 20,000 followers, 1,000 shared.
    std::vector<AudienceCreator> c = {audience(10'000), audience(20'000)};
    const NetReach r = deduplicate(c, matrix(2, {{10'000, 1'000}, {1'000, 20'000}}), 1e6);
    CHECK(r.net_followers == Approx(29'000));
    CHECK(r.exclusive_followers[0] == Approx(9'000));
    CHECK(r.incremental[1] == Approx(19'000));
    CHECK(r.frequency[0] == Approx(28'000));  // reached once
    CHECK(r.frequency[1] == Approx(1'000));   // reached by both
}

TEST_CASE("audiences with no overlap add up, capped by the universe") {
    std::vector<AudienceCreator> c(4, audience(1'000));
    const NetReach r = deduplicate(c, std::vector<double>(16, 0.0), 1e6);
    CHECK(r.net_followers == Approx(4'000));
    CHECK(r.net_reach == Approx(4'000));
    CHECK(r.frequency[0] == Approx(4'000));
    for (double inc : r.incremental) CHECK(inc == Approx(1'000));
}

TEST_CASE("identical audiences give the largest one") {
    std::vector<AudienceCreator> c(5, audience(2'000));
    const NetReach r = deduplicate(c, std::vector<double>(25, 2'000.0), 1e6);
    CHECK(r.net_followers == Approx(2'000));
    CHECK(r.net_reach == Approx(2'000));
    CHECK(r.frequency[4] == Approx(2'000));  // everyone reached five times
    for (double inc : r.incremental) CHECK(inc == Approx(0.0));
}

TEST_CASE("adding a creator never lowers reach, and every result lies within its bounds") {
    for (unsigned seed = 1; seed <= 4; ++seed) {
        testing::WorldSpec spec;
        spec.people = 20'000;
        spec.creators = 12;
        spec.seed = seed;
        spec.in_niche = 0.2 * seed;
        const testing::World w = testing::make_world(spec);
        const NetReach all = deduplicate(w.creators, w.shared, w.universe);
        CHECK(all.net_reach >= all.reach_bounds.low - 1e-6);
        CHECK(all.net_reach <= all.reach_bounds.high + 1e-6);
        CHECK(all.net_followers >= all.follower_bounds.low - 1e-6);
        CHECK(all.net_followers <= all.follower_bounds.high + 1e-6);
        for (std::size_t i = 1; i < all.buildup_roster.size(); ++i)
            CHECK(all.buildup_roster[i].net >= all.buildup_roster[i - 1].net - 1e-6);
        for (std::size_t i = 1; i < all.buildup_best.size(); ++i)
            CHECK(all.buildup_best[i].net >= all.buildup_best[i - 1].net - 1e-6);
        CHECK(all.buildup_roster.back().net == Approx(all.net_reach).epsilon(1e-6));
        double sum = 0;
        for (double f : all.frequency) sum += f;
        CHECK(sum == Approx(all.net_reach));
    }
}

// The regimes where the estimator meets 2% / 2 points. Denser rosters (100 or 200 creators
// drawing 95% of their followers from saturated niches) are printed by the benchmark with their
// errors (docs/MODEL.md section 13) and are not claimed here.
TEST_CASE("net reach is within 2% of exact unions and 3+ reach within 2 points on synthetic populations") {
    struct Case {
        int creators;
        double in_niche, heaviness;
    };
    const Case cases[] = {{2, 0.3, 0.3},  {5, 0.6, 0.8},  {5, 0.95, 1.2},  {10, 0.3, 0.3},  {10, 0.6, 0.8},
                          {10, 0.95, 1.2}, {30, 0.3, 0.3}, {30, 0.6, 0.8}, {30, 0.95, 1.2}, {100, 0.3, 0.3},
                          {100, 0.6, 0.8}, {200, 0.3, 0.3}, {200, 0.6, 0.8}};
    unsigned seed = 100;
    for (const Case& k : cases) {
        const testing::World w = testing::make_world(testing::overlap_case(k.creators, k.in_niche, k.heaviness, ++seed));
        const NetReach r = deduplicate(w.creators, w.shared, w.universe, {3, false});
        CAPTURE(k.creators);
        CAPTURE(k.in_niche);
        CHECK(relative_error(r.net_followers, w.followers_union) <= 0.02);
        CHECK(relative_error(r.net_reach, w.reached) <= 0.02);
        CHECK(std::fabs(r.effective_reach / r.net_reach - w.reached_at_least(3) / w.reached) <= 0.02);
    }
}

// deduplicate() takes the spanning tree of Hunter's bound from each creator's closest pairs
// instead of every pair; on these populations it is the heaviest tree, so the bound is as tight
// as union_bounds() (which looks at every pair) makes it, and the lower bound is the same.
TEST_CASE("Net reach is bounded as tightly from each creator's closest pairs as from every pair") {
    unsigned seed = 300;
    for (int creators : {3, 12, 40, 120, 300})
        for (double niche : {0.3, 0.95}) {
            const testing::World w = testing::make_world(testing::overlap_case(creators, niche, 1.0, ++seed));
            std::vector<double> sizes;
            for (const AudienceCreator& c : w.creators) sizes.push_back(c.followers);
            const ReachBounds every_pair = union_bounds(sizes, w.shared, w.universe);
            const NetReach r = deduplicate(w.creators, w.shared, w.universe, {3, false});
            CAPTURE(creators);
            CAPTURE(niche);
            CHECK(r.follower_bounds.low == Approx(every_pair.low).epsilon(1e-9));
            CHECK(r.follower_bounds.high == Approx(every_pair.high).epsilon(1e-9));
        }
}

TEST_CASE("the same seed gives the same population and the same estimate") {
    const testing::World a = testing::make_world(testing::overlap_case(20, 0.6, 0.8, 9));
    const testing::World b = testing::make_world(testing::overlap_case(20, 0.6, 0.8, 9));
    CHECK(a.followers_union == b.followers_union);
    CHECK(deduplicate(a.creators, a.shared, a.universe).net_reach ==
          deduplicate(b.creators, b.shared, b.universe).net_reach);
}
