#include <doctest/doctest.h>

#include "present/analysis.h"
#include "support/builders.h"

using namespace roster;
using namespace roster::present;

namespace {
Plan two_creators() {
    Plan plan = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 48'000, 650, 3),
                               test::creator(2, "Ben", Platform::TikTok, 300'000, 2'000, 2)});
    plan.campaign.average_order_value_cents = 6'000;
    return plan;
}
}  // namespace

TEST_CASE("The analysis runs its draws in slices, then the sensitivity, and gives the whole run's ranges") {
    const Plan plan = two_creators();
    Analysis a;
    CHECK(a.follow(plan, 1, 1'000));
    CHECK_FALSE(a.ranges());
    CHECK(a.advance(300, 4));
    REQUIRE(a.ranges());
    CHECK(a.ranges()->draws == 300);
    CHECK_FALSE(a.ranges_final());
    CHECK(a.sensitivity() == nullptr);
    int slices = 1;
    while (a.running()) {
        a.advance(300, 4);
        ++slices;
    }
    CHECK(slices > 4);
    CHECK(a.ranges_final());
    REQUIRE(a.sensitivity() != nullptr);
    CHECK_FALSE(a.sensitivity()->by_roi.empty());
    // Slicing changes nothing: the ranges are those of one run of the same seed and sampling.
    const SimulationResult whole = simulate(plan, resolve_assumptions(plan), 1'000, Analysis::kSeed, Sampling::Stratified);
    CHECK(a.ranges()->draws == 1'000);
    CHECK((*a.ranges())[Headline::Reach].p10 == whole[Headline::Reach].p10);
    CHECK((*a.ranges())[Headline::Roi].p90 == whole[Headline::Roi].p90);
    CHECK(a.ranges()->probability_roi_positive == whole.probability_roi_positive);
    CHECK_FALSE(a.advance(300, 4));
}

TEST_CASE("The analysis starts over when the plan changes, and not when it does not") {
    Plan plan = two_creators();
    Analysis a;
    a.follow(plan, 7, 500);
    a.advance(500, 0);
    CHECK(a.ranges_final());
    CHECK_FALSE(a.follow(plan, 7, 500));
    CHECK(a.ranges_final());
    plan.creators[0].deliverables[0].count = 6;
    CHECK(a.follow(plan, 8, 500));
    CHECK_FALSE(a.ranges());
    CHECK(a.running());
}

TEST_CASE("Until it follows an edit, the analysis says its ranges are the last revision's") {
    Plan plan = two_creators();
    Analysis a;
    CHECK_FALSE(a.follows(0));
    a.follow(plan, 7, 500);
    a.advance(500, 0);
    CHECK(a.follows(7));
    // The edit is revision 8; the ranges in hand are still revision 7's.
    CHECK(a.ranges());
    CHECK_FALSE(a.follows(8));
    a.follow(plan, 8, 500);
    CHECK(a.follows(8));
}

TEST_CASE("An empty or invalid plan has no ranges and nothing to run") {
    Analysis a;
    a.follow(Plan{}, 1);
    CHECK_FALSE(a.running());
    CHECK_FALSE(a.advance(100, 10));
    Plan bad = two_creators();
    bad.creators[0].followers = -1;
    a.follow(bad, 2);
    CHECK_FALSE(a.running());
    CHECK_FALSE(a.ranges());
}

TEST_CASE("The analysis's distribution is the histogram of its draws so far, and starts over with the plan") {
    const Plan plan = two_creators();
    Analysis a;
    a.follow(plan, 1, 1'000);
    CHECK(a.distribution(Headline::Roi, 20).total == 0);
    a.advance(400, 0);
    CHECK(a.distribution(Headline::Roi, 20).total == 400);
    while (a.running()) a.advance(1'000, 50);
    const Histogram& h = a.distribution(Headline::Roi, 20);
    const Histogram direct = histogram(a.simulation()->samples(Headline::Roi), 20);
    CHECK(h.total == 1'000);
    CHECK(h.counts == direct.counts);
    CHECK(h.low == direct.low);
    a.follow(plan, 2, 1'000);
    CHECK(a.distribution(Headline::Roi, 20).total == 0);
}

TEST_CASE("Given the plan's projection, the analysis reaches the same ranges and ranking without recomputing it") {
    const Plan plan = two_creators();
    const Projection at_base = project(plan);
    Analysis fresh, reused;
    fresh.follow(plan, 1, 800);
    reused.follow(plan, 1, 800, true, &at_base);
    while (fresh.advance(300, 8)) {
    }
    while (reused.advance(300, 8)) {
    }
    REQUIRE(fresh.ranges());
    REQUIRE(reused.ranges());
    CHECK((*reused.ranges())[Headline::Reach].p50 == (*fresh.ranges())[Headline::Reach].p50);
    CHECK((*reused.ranges())[Headline::Roi].p10 == (*fresh.ranges())[Headline::Roi].p10);
    REQUIRE(fresh.sensitivity() != nullptr);
    REQUIRE(reused.sensitivity() != nullptr);
    REQUIRE(reused.sensitivity()->by_reach.size() == fresh.sensitivity()->by_reach.size());
    for (std::size_t i = 0; i < fresh.sensitivity()->by_reach.size(); ++i)
        CHECK(reused.sensitivity()->by_reach[i].reach_at_high == fresh.sensitivity()->by_reach[i].reach_at_high);
    // A projection still in steps carries an old overlap factor: it is not taken.
    ProjectionRun run(plan, resolve_assumptions(plan));
    Projection pending = run.provisional(Projection{});
    pending.overlap_factor = 0.5;
    Analysis careful;
    careful.follow(plan, 1, 800, false, &pending);
    while (careful.advance(300, 0)) {
    }
    CHECK((*careful.ranges())[Headline::Reach].p50 == (*fresh.ranges())[Headline::Reach].p50);
}

TEST_CASE("Slices hold fewer draws as the roster grows, so each costs about the same") {
    CHECK(draws_per_slice(0) == 250);
    CHECK(draws_per_slice(3) == 250);
    CHECK(draws_per_slice(100) == 250);
    CHECK(draws_per_slice(1'000) == 25);
    CHECK(draws_per_slice(100'000) == 8);
    for (std::size_t n = 1; n < 5'000; n += 7) CHECK(draws_per_slice(n + 7) <= draws_per_slice(n));
}
