// The live figures behind the views: following the plan's revision, settling within the time
// given, and what the views read from a snapshot. Budgets are made up: none (nothing may be
// stepped) or plenty (everything settles), so the outcomes do not depend on this machine's speed.
#include <doctest/doctest.h>

#include <chrono>
#include <random>

#include "document/commands.h"
#include "engine/assumptions.h"
#include "engine/projection.h"
#include "engine/scenarios.h"
#include "engine/stratification.h"
#include "engine/what_if.h"
#include "live/live_results.h"
#include "support/builders.h"
#include "support/random_plan.h"

using namespace roster;
using roster::live::Budget;
using roster::live::LiveResults;

namespace {

constexpr Budget kNoTime{std::chrono::microseconds(0), 8, std::chrono::microseconds(0)};
constexpr Budget kPlenty{std::chrono::microseconds(60'000'000), 8, std::chrono::microseconds(60'000'000)};

Plan roster_of(int creators, unsigned seed = 7) {
    std::mt19937 rng(seed);
    return test::random_valid_plan(rng, creators);
}

Plan small_plan() {
    Plan plan = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 48'000, 650, 3),
                               test::creator(2, "Ben", Platform::TikTok, 300'000, 2'000, 2)});
    plan.campaign.average_order_value_cents = 6'000;
    return plan;
}

// The same plan with one more post for its first creator: an edit that moves audiences, so the
// deduplication must run again.
Plan one_more_post(Plan plan) {
    REQUIRE_FALSE(plan.creators.front().deliverables.empty());
    plan.creators.front().deliverables.front().count += 1;
    return plan;
}

void check_same(const Projection& live, const Projection& fresh) {
    CHECK_FALSE(live.net_reach_pending);
    CHECK(live.total.reach == fresh.total.reach);
    CHECK(live.total.effective_reach == fresh.total.effective_reach);
    CHECK(live.total.cost() == fresh.total.cost());
    CHECK(live.ratios.roi == fresh.ratios.roi);
}

}  // namespace

TEST_CASE("A plan just opened is projected whole at once, whatever the time given") {
    const Plan plan = roster_of(40);
    LiveResults live(kNoTime);
    live.start_clock();
    live.follow(plan, 0);
    REQUIRE(live.final_revision());
    CHECK(*live.final_revision() == 0);
    const live::Snapshot seen = live.snapshot(plan, 0);
    check_same(seen.projection(), project(plan));
    CHECK(seen.projection_progress() == 1.0);
}

TEST_CASE("An edit shows its figures at once, provisional, and its net reach once the steps are taken") {
    const Plan before = roster_of(60);
    const Plan after = one_more_post(before);
    LiveResults live(kNoTime);
    live.follow(before, 0);

    // No time: the edit's own figures, the last overlap factor carried over, marked pending.
    live.start_clock();
    live.follow(after, 1);
    live.settle(after, 1);
    const live::Snapshot pending = live.snapshot(after, 1);
    CHECK(pending.projection().net_reach_pending);
    CHECK(pending.projection().creators.size() == after.creators.size());
    CHECK(pending.projection_progress() < 1.0);
    CHECK_FALSE(live.final_revision());
    CHECK(pending.projection().total.cost() == project(after).total.cost());  // money needs no deduplication

    // Time enough: the same projection as a fresh one, and the revision is final.
    LiveResults settled(kPlenty);
    settled.follow(before, 0);
    settled.start_clock();
    settled.settle(after, 1);
    REQUIRE(settled.final_revision());
    CHECK(*settled.final_revision() == 1);
    check_same(settled.snapshot(after, 1).projection(), project(after));
}

TEST_CASE("Browser ticks finish the projection, then the ranges and the ranking, and then rest") {
    const Plan plan = small_plan();
    LiveResults live(kPlenty);
    live.follow(plan, 0);
    CHECK(live.snapshot(plan, 0).analysis() == nullptr);  // nothing run for this revision yet
    int ticks = 0;
    while (live.tick(plan, 0, {}) && ticks < 100) ++ticks;
    CHECK(ticks < 100);
    const present::Analysis* analysis = live.snapshot(plan, 0).analysis();
    REQUIRE(analysis != nullptr);
    CHECK(analysis->ranges_final());
    // Adaptive: whole blocks from the floor until the precision is reached, or the most draws.
    const SimulationResult& ranges = *analysis->ranges();
    CHECK(ranges.draws >= present::Analysis::kPrecision.floor);
    CHECK(ranges.draws % kBlockDraws == 0);
    REQUIRE(ranges.precision);
    CHECK((ranges.draws == present::Analysis::kMostDraws || *ranges.precision <= present::Analysis::kPrecision.target));
    CHECK(analysis->sensitivity() != nullptr);
    CHECK_FALSE(live.tick(plan, 0, {}));  // all done: no frame needed

    // An edit: until the analysis follows it, the views get no ranges (they are the last plan's).
    const Plan edited = one_more_post(plan);
    live.follow(edited, 1);
    CHECK(live.snapshot(edited, 1).analysis() == nullptr);
    CHECK(live.tick(edited, 1, {}));
    CHECK(live.snapshot(edited, 1).analysis() != nullptr);
}

TEST_CASE("The overlap matrix and the build-up curves are made on first use, and again only for a new revision") {
    const Plan plan = roster_of(12);
    LiveResults live(kPlenty);
    live.follow(plan, 0);
    const live::Snapshot seen = live.snapshot(plan, 0);
    const OverlapMatrix& matrix = seen.overlap();
    const OverlapMatrix expected = overlap_matrix(plan, resolve_assumptions(plan));
    CHECK(matrix.n == expected.n);
    CHECK(&seen.overlap() == &matrix);  // kept, not made again
    const NetReach& curves = seen.reach_curves();
    CHECK(curves.buildup_roster.size() == plan.creators.size());
    CHECK(curves.net_reach == doctest::Approx(project(plan).total.reach));
    CHECK(&seen.reach_curves() == &curves);

    Plan smaller = plan;
    smaller.creators.pop_back();
    live.start_clock();
    live.settle(smaller, 1);
    CHECK(live.snapshot(smaller, 1).overlap().n == smaller.creators.size());
    CHECK(live.snapshot(smaller, 1).reach_curves().buildup_roster.size() == smaller.creators.size());
}

TEST_CASE("The what-if follows its levers, settles like the plan's own projection, and is kept while they rest") {
    const Plan plan = roster_of(30);
    WhatIf levers;
    levers.posts = 2.0;
    const Plan moved = apply_what_if(plan, levers);

    LiveResults live(kPlenty);
    live.follow(plan, 0);
    const Projection& first = live.snapshot(plan, 0).what_if(levers);
    live.start_clock();
    live.settle(plan, 0);
    const Projection& settled = live.snapshot(plan, 0).what_if(levers);
    CHECK(&settled == &first);
    check_same(settled, project(moved));
    CHECK(live.snapshot(plan, 0).what_if(levers).total.reach == settled.total.reach);

    // With no time, a moved lever shows the moved plan's figures at once, provisionally.
    LiveResults hurried(kNoTime);
    hurried.follow(plan, 0);
    const Projection& provisional = hurried.snapshot(plan, 0).what_if(levers);
    CHECK(provisional.net_reach_pending);
    CHECK(provisional.total.cost() == project(moved).total.cost());
}

TEST_CASE("The compared scenarios are held while shown, projected and drawn in ticks after the open one's") {
    Plan plan = small_plan();
    plan.scenario = "Base";
    REQUIRE(apply(plan, AddScenario{"Twice the posts", WhatIf{1.0, 2.0}}).ok);
    const std::vector<std::size_t> both = live::scenarios_to_follow(plan, false, true, {});
    REQUIRE(both.size() == 2);

    LiveResults live(kPlenty);
    live.follow(plan, 0);
    live.show_scenarios(plan, 0, both);
    CHECK(live.scenarios().entries().size() == 2);
    int ticks = 0;
    while (live.tick(plan, 0, both) && ticks < 200) ++ticks;
    CHECK(ticks < 200);
    for (const auto& e : live.scenarios().entries()) {
        CAPTURE(e->name);
        CHECK(e->run == nullptr);
        CHECK(e->analysis.ranges_final());
    }
    CHECK(live.scenarios().entries()[1]->projection.total.reach > live.scenarios().entries()[0]->projection.total.reach);

    // Closed: nothing held.
    live.tick(plan, 0, {});
    CHECK(live.scenarios().entries().empty());
}

TEST_CASE("The scenarios to follow: all while presenting, those compared while comparing two or more, else none") {
    Plan plan = small_plan();
    plan.scenario = "Base";
    CHECK(live::scenarios_to_follow(plan, false, true, {}).empty());  // one scenario: nothing to compare
    CHECK(live::scenarios_to_follow(plan, true, false, {}) == std::vector<std::size_t>{0});
    REQUIRE(apply(plan, AddScenario{"Second", WhatIf{}}).ok);
    REQUIRE(apply(plan, AddScenario{"Third", WhatIf{}}).ok);
    CHECK(live::scenarios_to_follow(plan, false, false, {}).empty());
    CHECK(live::scenarios_to_follow(plan, true, false, {}) == std::vector<std::size_t>{0, 1, 2});
    CHECK(live::scenarios_to_follow(plan, false, true, {}) == std::vector<std::size_t>{0, 1, 2});
    CHECK(live::scenarios_to_follow(plan, false, true, {"Third", "Base"}).size() == 2);
}
