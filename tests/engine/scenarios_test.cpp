// Scenarios of one plan, and the what-if levers that move the open one.
#include <doctest/doctest.h>

#include "engine/assumptions.h"
#include "engine/projection.h"
#include "engine/scenarios.h"
#include "engine/validation.h"
#include "engine/what_if.h"
#include "support/builders.h"
#include "support/messages.h"

using namespace roster;
using roster::test::creator;
using roster::test::plan_of;

namespace {

// Three scenarios told apart by their first creator's followers: A (1,000), B (2,000) and
// C (3,000), with B open.
Plan three_scenarios() {
    Plan plan = plan_of({creator(1, "Ana", Platform::Instagram, 2'000, 100, 1)});
    plan.scenario = "B";
    Scenario a = current_scenario(plan, "A");
    a.creators[0].followers = 1'000;
    Scenario c = current_scenario(plan, "C");
    c.creators[0].followers = 3'000;
    plan.other_scenarios = {a, c};
    plan.scenario_position = 1;
    return plan;
}

std::int64_t followers_of(const Plan& plan, std::size_t position) {
    return scenario_plan(plan, position).creators.at(0).followers;
}

}  // namespace

TEST_CASE("Scenario names list the open one at its own position") {
    const Plan plan = three_scenarios();
    CHECK(scenario_count(plan) == 3);
    CHECK(scenario_names(plan) == std::vector<std::string>{"A", "B", "C"});
    CHECK(validate(plan).empty());
}

TEST_CASE("Opening another scenario keeps the tab order and every scenario's content") {
    Plan plan = three_scenarios();
    for (std::size_t to : {0u, 2u, 1u, 2u, 0u}) {
        CAPTURE(to);
        open_scenario(plan, to);
        CHECK(plan.scenario_position == to);
        CHECK(scenario_names(plan) == std::vector<std::string>{"A", "B", "C"});
        CHECK(followers_of(plan, 0) == 1'000);
        CHECK(followers_of(plan, 1) == 2'000);
        CHECK(followers_of(plan, 2) == 3'000);
        CHECK(plan.creators[0].followers == static_cast<std::int64_t>(1'000 * (to + 1)));
    }
}

TEST_CASE("A scenario alone is a plan without the others, named like the plan") {
    const Plan plan = three_scenarios();
    const Plan c = scenario_plan(plan, 2);
    CHECK(c.other_scenarios.empty());
    CHECK(c.scenario == "C");
    CHECK(c.name == plan.name);
}

TEST_CASE("Scenario names must be present, short and different from the others") {
    const Plan plan = three_scenarios();
    using test::english;
    CHECK(english(scenario_name_problem(plan, "  ", SIZE_MAX)) == "A scenario needs a name.");
    CHECK(english(scenario_name_problem(plan, "A", SIZE_MAX)) == "There is already a scenario called “A”.");
    CHECK_FALSE(scenario_name_problem(plan, "A", 0).has_value());  // its own name, when renaming it
    CHECK(english(scenario_name_problem(plan, std::string(61, 'x'), SIZE_MAX)) ==
          "A scenario name must be text of at most 60 characters.");
    CHECK_FALSE(scenario_name_problem(plan, "Hidden likes", SIZE_MAX).has_value());
}

TEST_CASE("A plan whose other scenario is broken is refused, naming the scenario and the creator") {
    Plan plan = three_scenarios();
    plan.other_scenarios[1].creators[0].followers = 0;
    const auto problems = validate(plan);
    REQUIRE(problems.size() == 1);
    CHECK(test::english(problems[0].message) == "In scenario “C”: Creator “Ana”: Followers must be at least 1.");
}

TEST_CASE("Scenarios in another currency, twice the same name or an open position past the end are refused") {
    Plan plan = three_scenarios();
    plan.other_scenarios[0].campaign.currency = "USD";
    CHECK(test::english(validate(plan).at(0).message) == "Scenario “A” is in USD but the plan is in EUR: all scenarios of a plan use one currency.");
    plan = three_scenarios();
    plan.other_scenarios[0].name = "B";
    CHECK(test::english(validate(plan).at(0).message) == "There is already a scenario called “B”.");
    plan = three_scenarios();
    plan.scenario_position = 3;
    CHECK(test::english(validate(plan).at(0).message) == "The plan says its open scenario is number 4, but it has only 3.");
}

TEST_CASE("Neutral what-if levers leave the plan as it is") {
    const Plan plan = three_scenarios();
    WhatIf w;
    CHECK(is_neutral(w, plan));
    CHECK(apply_what_if(plan, w) == plan);
    w.recommendation_scale = plan.environment.recommendation_scale_ppm;
    CHECK(is_neutral(w, plan));
}

TEST_CASE("What-if fees scale every fee per post and posts scale every line, keeping at least one post") {
    Plan plan = plan_of({creator(1, "Ana", Platform::Instagram, 20'000, 100, 3),
                         creator(2, "Ben", Platform::TikTok, 50'000, 250.50, 1)});
    WhatIf w;
    w.fees = 1.2;
    w.posts = 0.4;
    const Plan moved = apply_what_if(plan, w);
    CHECK(moved.creators[0].deliverables[0].unit_fee_cents == 12'000);
    CHECK(moved.creators[1].deliverables[0].unit_fee_cents == 30'060);
    CHECK(moved.creators[0].deliverables[0].count == 1);  // 1.2 rounds to 1
    CHECK(moved.creators[1].deliverables[0].count == 1);  // 0.4 would round to 0: kept at 1
    w = {};
    w.posts = 0.0;
    CHECK(apply_what_if(plan, w).creators[0].deliverables[0].count == 0);
    w.posts = 1000.0;
    CHECK(apply_what_if(plan, w).creators[0].deliverables[0].count == PlanLimits::kMaxPosts);
}

TEST_CASE("Doubling fees through the what-if halves ROAS, as doubling them by hand does") {
    Plan plan = plan_of({creator(1, "Ana", Platform::Instagram, 20'000, 100, 3)});
    plan.campaign.average_order_value_cents = 5'000;
    WhatIf w;
    w.fees = 2.0;
    const double before = project(plan).ratios.roas;
    const double after = project(apply_what_if(plan, w)).ratios.roas;
    REQUIRE(before > 0.0);
    CHECK(after == doctest::Approx(before / 2).epsilon(1e-9));
}

TEST_CASE("The conversion lever multiplies the rate the plan uses, within the assumption's range") {
    Plan plan = plan_of({creator(1, "Ana", Platform::Instagram, 20'000, 100, 3)});
    const double base = resolve_assumptions(plan)[assumption::kConversionRate];
    WhatIf w;
    w.conversion = 1.5;
    CHECK(resolve_assumptions(apply_what_if(plan, w))[assumption::kConversionRate] == doctest::Approx(base * 1.5));
    w.conversion = 1e6;
    const AssumptionSpec& spec = assumption_catalogue()[assumption::kConversionRate];
    CHECK(resolve_assumptions(apply_what_if(plan, w))[assumption::kConversionRate] == doctest::Approx(spec.max));
}

TEST_CASE("More recommended views through the what-if never lowers reach") {
    Plan plan = plan_of({creator(1, "Ana", Platform::TikTok, 200'000, 100, 3)});
    WhatIf w;
    w.recommendation_scale = 2 * kPpmWhole;
    CHECK(project(apply_what_if(plan, w)).total.reach >= project(plan).total.reach);
    w.amplification = 3.0;
    CHECK(apply_what_if(plan, w).creators[0].amplification.spend_cents == 0);  // nothing to scale
}

TEST_CASE("A file with thousands of scenarios is refused at once for their number") {
    Plan plan = three_scenarios();
    plan.other_scenarios.assign(50'000, current_scenario(plan, "Same name"));
    const auto problems = check_scenarios(plan);
    REQUIRE(problems.size() == 1);
    CHECK(test::english(problems[0].message) == "A plan can hold at most 8 scenarios.");
}
