// The median projection where the draws are centred (docs/MODEL.md §7): a creator's views are
// the median of the sum of its posts, and the plan's totals the median of the sum over its
// creators, so that heavy-tailed posts cannot put a plan's whole P10-P90 above its median.
#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "engine/creator_model.h"
#include "engine/projection.h"
#include "engine/simulation.h"
#include "engine/views_scale.h"
#include "support/builders.h"

using namespace roster;
using doctest::Approx;

namespace {

// The workshop's micro-heavy plan in shape: thirty TikTok creators of 15,000 to 90,000 followers,
// two videos each (or `posts`), at the spread the sources give for recommendation-driven video.
Plan micro_heavy(double post_spread, int posts = 2) {
    std::vector<Creator> creators;
    for (int i = 0; i < 30; ++i) {
        const std::int64_t followers = 15'000 + 2'500 * i;
        creators.push_back(
            test::creator(static_cast<CreatorId>(i + 1), "Micro " + std::to_string(i + 1), Platform::TikTok, followers, 600.0, posts));
    }
    Plan plan = test::plan_of(std::move(creators));
    test::set_assumption(plan, "uncertainty.post.short", post_spread);
    return plan;
}

}  // namespace

TEST_CASE("one post is projected at its median and several at the median of their sum") {
    Plan one = test::plan_of({test::creator(1, "Reel", Platform::TikTok, 200'000, 800.0, 1)});
    test::set_assumption(one, "uncertainty.post.short", 1.0);
    const double per_post = project(one, resolve_assumptions(one)).creators[0].outcome.views;

    Plan three = one;
    three.creators[0].deliverables[0].count = 3;
    const double summed = project(three, resolve_assumptions(three)).creators[0].outcome.views;
    // Three lognormal posts of spread 1: mean 3 m e^0.5, squared coefficient of variation
    // (e - 1) / 3, so the one lognormal with those moments has its median at
    // 3 m e^0.5 / sqrt(1 + (e - 1) / 3) = 3.944 m, not 3 m.
    const double e = std::exp(1.0);
    CHECK(summed / per_post == Approx(3.0 * std::sqrt(e) / std::sqrt(1.0 + (e - 1.0) / 3.0)).epsilon(1e-9));
}

TEST_CASE("with no spread the plan's totals are its creators' medians added up") {
    Plan plan = micro_heavy(1.65);
    test::no_uncertainty(plan);
    const Projection p = project(plan, resolve_assumptions(plan));
    CHECK(p.views_scale == 1.0);
    double views = 0.0;
    for (const CreatorProjection& c : p.creators) views += c.outcome.views;
    CHECK(p.total.views == Approx(views).epsilon(1e-12));
}

TEST_CASE("a plan of one creator counts its views at that creator's own median") {
    Plan plan = test::plan_of({test::creator(1, "Reel", Platform::TikTok, 200'000, 800.0, 2)});
    test::set_assumption(plan, "uncertainty.post.short", 1.65);
    const Projection p = project(plan, resolve_assumptions(plan));
    CHECK(p.views_scale == Approx(1.0).epsilon(1e-12));
    CHECK(p.total.views == Approx(p.creators[0].outcome.views).epsilon(1e-12));
}

TEST_CASE("a creator too heavy-tailed for the lognormal sum keeps its own median in it") {
    // One reel post at the default spread with the creator level: e^(1.72^2) - 1 = 18 relative
    // variance, above the bound under which adding a creator never lowers a sum's median.
    const ViewsMoments heavy = views_moments(1'000.0, 1.72 * 1.72, 1.0);
    CHECK(heavy.variance / (heavy.mean * heavy.mean) == Approx(kMostRelativeVariance).epsilon(1e-12));
    CHECK(heavy.mean / std::sqrt(1.0 + kMostRelativeVariance) == Approx(1'000.0).epsilon(1e-12));
    CHECK(views_scale(heavy) == Approx(1.0).epsilon(1e-12));
    // Under the bound nothing is changed: the lognormal's own mean and variance.
    const ViewsMoments light = views_moments(1'000.0, 1.0, 1.0);
    CHECK(light.mean == Approx(1'000.0 * std::exp(0.5)).epsilon(1e-12));
    CHECK(light.variance == Approx(light.mean * light.mean * (std::exp(1.0) - 1.0)).epsilon(1e-12));
}

TEST_CASE("adding a creator never lowers a plan's median views, however heavy its tail") {
    // Random sums of creators with log-spreads up to 3.5 and chances of posting down to 0.2:
    // without the bound on each creator's relative variance one such sum in about 150 falls
    // when a creator is added (by up to 20%).
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const auto some_creator = [&] {
        const double spread = 3.5 * unit(rng);
        return views_moments(1'000.0 * std::exp(4.0 * unit(rng)), spread * spread, 0.2 + 0.8 * unit(rng));
    };
    for (int trial = 0; trial < 2'000; ++trial) {
        ViewsMoments sum;
        const int creators = 1 + trial % 30;
        for (int i = 0; i < creators; ++i) sum += some_creator();
        const double before = sum.median * views_scale(sum);
        sum += some_creator();
        CAPTURE(trial);
        CHECK(sum.median * views_scale(sum) >= before * (1.0 - 1e-12));
    }
}

TEST_CASE("a plan of many heavy-tailed creators has its median inside its own P10 to P90") {
    // Before, the projection added every post's median: at the sourced spread of 1.65 the whole
    // range of thirty creators' views and net reach lay above it. One video each at 1.65 is
    // past the bound on a creator's relative variance in the plan's sum (views_scale.h), which
    // keeps the plan's median from falling as creators are added at the cost of placing it
    // lower: about 19% under the draws' own median there (measured), against 1-2% otherwise.
    struct Case {
        double spread;
        int posts;
        double off;  // how far from the draws' P50 the median plan may be
    };
    for (const Case& c : {Case{1.0, 2, 0.03}, Case{1.65, 2, 0.03}, Case{1.65, 1, 0.22}}) {
        const double spread = c.spread;
        const int posts = c.posts;
        const double off = c.off;
        CAPTURE(spread);
        CAPTURE(posts);
        const Plan plan = micro_heavy(spread, posts);
        const Assumptions a = resolve_assumptions(plan);
        const Projection p = project(plan, a);
        const SimulationResult r = simulate(plan, a, 20'000, 7);
        const Band& views = r[Headline::Views];
        const Band& reach = r[Headline::Reach];
        MESSAGE("spread ", spread, ", ", posts, " posts: scale ", p.views_scale, "; views ", p.total.views, " in ", views.p10, " - ",
                views.p90, " (P50 ", views.p50, "); net reach ", p.total.reach, " in ", reach.p10, " - ", reach.p90,
                " (P50 ", reach.p50, ")");
        CHECK(p.views_scale > 1.0);
        CHECK(p.total.views > views.p10);
        CHECK(p.total.views < views.p90);
        CHECK(p.total.reach > reach.p10);
        CHECK(p.total.reach < reach.p90);
        // Near the middle, not just inside.
        CHECK(std::abs(p.total.views / views.p50 - 1.0) <= off);
        CHECK(std::abs(p.total.reach / reach.p50 - 1.0) <= off);
    }
}

TEST_CASE("the plan's totals add up its tiers and platforms, each counted at the plan's scale") {
    Plan plan = micro_heavy(1.65);
    plan.creators.push_back(test::creator(99, "Feed", Platform::Instagram, 400'000, 3'000.0, 2));
    const Projection p = project(plan, resolve_assumptions(plan));
    double tiers = 0.0, platforms = 0.0, creators = 0.0;
    for (const Outcome& o : p.by_tier) tiers += o.views;
    for (const Outcome& o : p.by_platform) platforms += o.views;
    for (const CreatorProjection& c : p.creators) creators += c.outcome.views;
    CHECK(tiers == Approx(p.total.views).epsilon(1e-12));
    CHECK(platforms == Approx(p.total.views).epsilon(1e-12));
    CHECK(p.total.views == Approx(creators * p.views_scale).epsilon(1e-12));
}
