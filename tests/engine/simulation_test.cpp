// Monte-Carlo ranges: reproducible from a seed whatever the slicing, the same as the median plan
// when nothing is uncertain, and lognormal bands that match case 21 of docs/MODEL.md §9.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "engine/projection.h"
#include "engine/simulation.h"
#include "support/builders.h"
#include "support/random_plan.h"

using namespace roster;
using doctest::Approx;

namespace {

Plan mixed_plan() {
    Plan plan = test::plan_of({test::creator(1, "Léa", Platform::Instagram, 48'000, 650.0, 3),
                               test::creator(2, "Tom", Platform::TikTok, 850'000, 4'000.0, 2),
                               test::creator(3, "Ana", Platform::YouTube, 120'000, 2'500.0, 1)});
    plan.creators[2].paid = false;
    plan.creators[2].posting_probability_ppm = 500'000;
    plan.campaign.average_order_value_cents = 6'000;
    plan.campaign.gross_margin_ppm = 600'000;
    return plan;
}

}  // namespace

TEST_CASE("The same seed gives the same ranges, however the draws are sliced") {
    const Plan plan = mixed_plan();
    const Assumptions a = resolve_assumptions(plan);
    const SimulationResult once = simulate(plan, a, 3'000, 77);
    Simulation sliced(plan, a, 3'000, 77);
    while (!sliced.finished()) sliced.step(137);
    const SimulationResult r = sliced.result();
    for (int i = 0; i < kHeadlineCount; ++i) {
        CHECK(r.bands[static_cast<std::size_t>(i)].p10 == once.bands[static_cast<std::size_t>(i)].p10);
        CHECK(r.bands[static_cast<std::size_t>(i)].p90 == once.bands[static_cast<std::size_t>(i)].p90);
        CHECK(r.bands[static_cast<std::size_t>(i)].mean == once.bands[static_cast<std::size_t>(i)].mean);
    }
    CHECK(r.probability_roi_positive == once.probability_roi_positive);
    const SimulationResult other = simulate(plan, a, 3'000, 78);
    CHECK(other[Headline::Views].p50 != once[Headline::Views].p50);
}

TEST_CASE("Reordering the roster does not change the ranges: each creator's luck follows its id") {
    Plan plan = mixed_plan();
    const SimulationResult forward = simulate(plan, resolve_assumptions(plan), 2'000, 5);
    std::reverse(plan.creators.begin(), plan.creators.end());
    const SimulationResult backward = simulate(plan, resolve_assumptions(plan), 2'000, 5);
    CHECK(forward[Headline::Reach].p50 == Approx(backward[Headline::Reach].p50));
    CHECK(forward[Headline::Roi].p10 == Approx(backward[Headline::Roi].p10));
}

TEST_CASE("With every spread at zero, every band is the median plan") {
    Plan plan = mixed_plan();
    plan.creators[2].paid = true;  // posting is the one chance left
    test::no_uncertainty(plan);
    const Assumptions a = resolve_assumptions(plan);
    const Projection p = project(plan, a);
    const SimulationResult r = simulate(plan, a, 200, 1);
    CHECK(r[Headline::Views].p10 == Approx(p.total.views));
    CHECK(r[Headline::Views].p90 == Approx(p.total.views));
    CHECK(r[Headline::Reach].p50 == Approx(p.total.reach));
    CHECK(r[Headline::Revenue].mean == Approx(p.total.revenue));
    CHECK(r[Headline::Roi].p50 == Approx(p.ratios.roi));
}

TEST_CASE("For any plan, a draw with no spread and every creator posting is exactly the median projection") {
    std::mt19937 rng(31);
    for (int round = 0; round < 60; ++round) {
        Plan plan = test::random_valid_plan(rng, 12);
        for (Creator& c : plan.creators) c.posting_probability_ppm = kPpmWhole;
        test::no_uncertainty(plan);
        const Assumptions a = resolve_assumptions(plan);
        const Projection p = project(plan, a);
        const SimulationResult r = simulate(plan, a, 3, 1);
        const Outcome& t = p.total;
        CHECK(r[Headline::Reach].p50 == Approx(t.reach));
        CHECK(r[Headline::OnTargetReach].p50 == Approx(t.on_target_reach));
        CHECK(r[Headline::EffectiveReach].p50 == Approx(t.effective_reach).epsilon(1e-4));  // tabulated Hill
        CHECK(r[Headline::Impressions].p50 == Approx(t.impressions));
        CHECK(r[Headline::WatchSeconds].p50 == Approx(t.watch_seconds));
        CHECK(r[Headline::Engagements].p50 == Approx(t.engagements));
        CHECK(r[Headline::Likes].p50 == Approx(t.likes));
        CHECK(r[Headline::Conversions].p50 == Approx(t.conversions));
        CHECK(r[Headline::Revenue].p50 == Approx(t.revenue));
        CHECK(r[Headline::Cost].p50 == Approx(t.cost()));
        CHECK(r[Headline::Emv].p50 == Approx(t.emv));
        CHECK(r[Headline::Roi].p50 == Approx(p.ratios.roi));
    }
}

TEST_CASE("Views of one post with spread 1 have P10 = 0.2776, P90 = 3.6024 and mean 1.6487 times the median") {
    Plan plan = test::plan_of({test::creator(1, "One", Platform::Instagram, 50'000, 100.0, 1)});
    test::no_uncertainty(plan);
    test::set_assumption(plan, "uncertainty.post.feed_post", 1.0);
    const Assumptions a = resolve_assumptions(plan);
    const double median = project(plan, a).total.views;
    const SimulationResult r = simulate(plan, a, 40'000, 2026);
    CHECK(r[Headline::Views].p50 / median == Approx(1.0).epsilon(0.03));
    CHECK(r[Headline::Views].p10 / median == Approx(0.27760).epsilon(0.04));
    CHECK(r[Headline::Views].p90 / median == Approx(3.60240).epsilon(0.04));
    CHECK(r[Headline::Views].mean / median == Approx(1.64872).epsilon(0.04));
}

TEST_CASE("An earned creator who posts half the time delivers nothing in about half the draws") {
    Plan plan = test::plan_of({test::creator(1, "G", Platform::Instagram, 30'000, 0.0, 1)});
    plan.creators[0].paid = false;
    plan.creators[0].posting_probability_ppm = 300'000;
    const SimulationResult r = simulate(plan, resolve_assumptions(plan), 5'000, 9);
    CHECK(r[Headline::Views].p10 == 0.0);
    CHECK(r[Headline::Views].p50 == 0.0);  // 70% of draws: no post
    CHECK(r[Headline::Views].p90 > 0.0);
}

TEST_CASE("The chance of a positive ROI is a probability and follows the order value") {
    Plan plan = mixed_plan();
    const SimulationResult low = simulate(plan, resolve_assumptions(plan), 2'000, 3);
    CHECK(low.probability_roi_positive >= 0.0);
    CHECK(low.probability_roi_positive <= 1.0);
    plan.campaign.average_order_value_cents = 5'000'000;
    const SimulationResult high = simulate(plan, resolve_assumptions(plan), 2'000, 3);
    CHECK(high.probability_roi_positive > low.probability_roi_positive);
    CHECK(high[Headline::Roi].p10 <= high[Headline::Roi].p50);
    CHECK(high[Headline::Roi].p50 <= high[Headline::Roi].p90);
}

TEST_CASE("A run can be cancelled and reports the draws it completed") {
    const Plan plan = mixed_plan();
    Simulation s(plan, resolve_assumptions(plan), 10'000, 1);
    s.step(250);
    s.cancel();
    CHECK(s.finished());
    CHECK(s.step(100) == 0);
    CHECK(s.result().draws == 250);
    CHECK(s.progress() == Approx(0.025));
}

TEST_CASE("An empty plan and zero draws give empty, finite results") {
    const Plan plan;
    const SimulationResult r = simulate(plan, resolve_assumptions(plan), 100, 1);
    CHECK(r[Headline::Reach].p90 == 0.0);
    CHECK(r.probability_roi_positive == 0.0);
    CHECK(simulate(mixed_plan(), resolve_assumptions(mixed_plan()), 0, 1).draws == 0);
}
