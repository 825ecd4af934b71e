#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "engine/assumptions.h"
#include "engine/projection.h"
#include "engine/vocabulary.h"
#include "support/builders.h"

using namespace roster;

namespace {

Creator make(CreatorId id, Platform p, std::int64_t followers, double fee, int posts) {
    return test::creator(id, "Creator " + std::to_string(id), p, followers, fee, posts);
}

Plan three_creator_plan() {
    Plan plan;
    plan.creators = {make(1, Platform::Instagram, 100'000, 1000.0, 3), make(2, Platform::TikTok, 2'500'000, 9000.0, 2),
                     make(3, Platform::YouTube, 8'000, 150.0, 1)};
    return plan;
}

}  // namespace

TEST_CASE("A mid-tier Instagram creator with three posts: hand-computed impressions, reach, cost and CPM") {
    Plan plan;
    plan.creators = {make(1, Platform::Instagram, 100'000, 1000.0, 3)};
    const Projection p = project(plan);
    REQUIRE(p.creators.size() == 1);
    const CreatorProjection& c = p.creators[0];
    CHECK(c.tier == Tier::Mid);
    CHECK(c.reach_rate == doctest::Approx(0.16));
    CHECK(c.impressions == doctest::Approx(48'000.0));
    // 1 - (0.84/1)(1.84/2)(2.84/3) = 0.268416 of 100,000 followers (concentration 1).
    CHECK(c.reach == doctest::Approx(26'841.6));
    CHECK(c.frequency == doctest::Approx(48'000.0 / 26'841.6));
    CHECK(c.cost == doctest::Approx(3000.0));
    CHECK(c.cpm == doctest::Approx(62.5));
}

TEST_CASE("Totals add the creators' costs, impressions and reach, and the total CPM follows from them") {
    const Plan plan = three_creator_plan();
    const Projection p = project(plan);
    double cost = 0, impressions = 0, reach = 0;
    for (const auto& c : p.creators) {
        cost += c.cost;
        impressions += c.impressions;
        reach += c.reach;
    }
    CHECK(p.totals.creators == 3);
    CHECK(p.totals.followers == 2'608'000);
    CHECK(p.totals.cost == doctest::Approx(cost));
    CHECK(p.totals.impressions == doctest::Approx(impressions));
    CHECK(p.totals.gross_reach == doctest::Approx(reach));
    CHECK(p.totals.cpm == doctest::Approx(1000.0 * cost / impressions));
}

TEST_CASE("Each creator's reach rate comes from the benchmark table for its platform and tier") {
    const Plan plan = three_creator_plan();
    const Projection p = project(plan);
    const Assumptions& a = default_assumptions();
    CHECK(p.creators[1].tier == Tier::Mega);
    CHECK(p.creators[1].reach_rate == doctest::Approx(reach_rate(a, Platform::TikTok, Tier::Mega).value));
    CHECK(p.creators[2].tier == Tier::Nano);
    CHECK(p.creators[2].reach_rate == doctest::Approx(reach_rate(a, Platform::YouTube, Tier::Nano).value));
}

TEST_CASE("Every default reach rate is a share between 0 and 1 with a named source") {
    const Assumptions& a = default_assumptions();
    for (int p = 0; p < kPlatformCount; ++p)
        for (int t = 0; t < kTierCount; ++t) {
            const Sourced& s = reach_rate(a, static_cast<Platform>(p), static_cast<Tier>(t));
            CHECK(s.value > 0.0);
            CHECK(s.value < 1.0);
            CHECK(!s.source.empty());
        }
    CHECK(!a.post_concentration.source.empty());
}

TEST_CASE("Results do not depend on the order of the roster") {
    Plan plan = three_creator_plan();
    const Projection forward = project(plan);
    std::reverse(plan.creators.begin(), plan.creators.end());
    const Projection backward = project(plan);
    CHECK(forward.totals.cost == doctest::Approx(backward.totals.cost));
    CHECK(forward.totals.impressions == doctest::Approx(backward.totals.impressions));
    CHECK(forward.totals.gross_reach == doctest::Approx(backward.totals.gross_reach));
}

TEST_CASE("Doubling every fee doubles cost and CPM and leaves reach alone") {
    Plan plan = three_creator_plan();
    const Projection before = project(plan);
    for (auto& c : plan.creators) c.fee_per_post_cents *= 2;
    const Projection after = project(plan);
    CHECK(after.totals.cost == doctest::Approx(2 * before.totals.cost));
    CHECK(after.totals.cpm == doctest::Approx(2 * before.totals.cpm));
    CHECK(after.totals.gross_reach == doctest::Approx(before.totals.gross_reach));
}

TEST_CASE("More posts never lower a creator's reach, and cost grows with every post") {
    Plan plan;
    plan.creators = {make(1, Platform::TikTok, 40'000, 200.0, 1)};
    double reach = 0, cost = 0;
    for (int posts = 1; posts <= 30; ++posts) {
        plan.creators[0].posts = posts;
        const Projection p = project(plan);
        CHECK(p.creators[0].reach >= reach);
        CHECK(p.creators[0].cost > cost);
        reach = p.creators[0].reach;
        cost = p.creators[0].cost;
    }
}

TEST_CASE("A creator with no posts costs nothing and reaches nobody, with a CPM of zero rather than NaN") {
    Plan plan;
    plan.creators = {make(1, Platform::YouTube, 50'000, 500.0, 0)};
    const Projection p = project(plan);
    CHECK(p.creators[0].reach == 0.0);
    CHECK(p.creators[0].cost == 0.0);
    CHECK(p.creators[0].cpm == 0.0);
    CHECK(p.creators[0].frequency == 0.0);
    CHECK(p.totals.cpm == 0.0);
}

TEST_CASE("Tiers follow the plan's editable thresholds") {
    TierThresholds t;  // Later x Fohr defaults
    CHECK(tier_of(9'999, t) == Tier::Nano);
    CHECK(tier_of(10'000, t) == Tier::Micro);
    CHECK(tier_of(100'000, t) == Tier::Mid);
    CHECK(tier_of(500'000, t) == Tier::Macro);
    CHECK(tier_of(1'000'000, t) == Tier::Mega);
    t.mid = 50'000;  // HypeAuditor's split of micro from mid
    CHECK(tier_of(60'000, t) == Tier::Mid);
    CHECK(thresholds_are_ordered(TierThresholds{}));
    CHECK_FALSE(thresholds_are_ordered(TierThresholds{10'000, 5'000, 500'000, 1'000'000}));
}

TEST_CASE("The engine returns finite numbers even for plans that fail validation") {
    Plan plan;
    plan.creators = {make(1, Platform::Instagram, -5, -100.0, -3), make(2, Platform::TikTok, 0, 50.0, 2)};
    const Projection p = project(plan);
    for (const auto& c : p.creators) {
        CHECK(std::isfinite(c.reach));
        CHECK(std::isfinite(c.cost));
        CHECK(std::isfinite(c.cpm));
    }
    CHECK(std::isfinite(p.totals.cpm));
}
