#include <doctest/doctest.h>

#include <algorithm>

#include "engine/projection.h"
#include "engine/simulation.h"
#include "engine/scenarios.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/scenario_comparison.h"
#include "present/translation.h"
#include "present/scenario_results.h"
#include "present/format.h"
#include "present/summary.h"
#include "support/builders.h"

using namespace roster;
using namespace roster::present;

namespace {

const ComparisonRow& row(const std::vector<ComparisonRow>& rows, const std::string& label) {
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const ComparisonRow& r) { return r.label == label; });
    REQUIRE_MESSAGE(it != rows.end(), label);
    return *it;
}

Plan shop(int posts) {
    Plan plan = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 48'000, 650, posts),
                               test::creator(2, "Ben", Platform::TikTok, 220'000, 1'800, posts)});
    plan.campaign.average_order_value_cents = 6'000;
    return plan;
}

}  // namespace

TEST_CASE("Comparing a scenario with itself shows no change and no verdict") {
    const Projection p = project(shop(2));
    const auto rows = compare_scenarios({{"A", &p, nullptr}, {"B", &p, nullptr}});
    for (const ComparisonRow& r : rows) {
        CAPTURE(r.label);
        REQUIRE(r.values.size() == 2);
        CHECK(r.values[0] == r.values[1]);
        CHECK_FALSE(r.change[0]);
        if (r.change[1]) CHECK(*r.change[1] == 0.0);
        CHECK(r.verdict[1] == 0);
    }
}

TEST_CASE("More posts reach more people at a higher cost: reach is better, cost has no verdict") {
    // Feed posts: most of their reach is followers, whom several posts reach again. (Heavy-tailed
    // videos can more than quadruple: four times the posts count at the median of their sum.)
    const auto feed = [](int posts) {
        Plan plan = shop(posts);
        plan.creators[1].platform = Platform::Instagram;
        plan.creators[1].deliverables[0].format = Format::FeedPost;
        return plan;
    };
    const Projection few = project(feed(1)), many = project(feed(4));
    const auto rows = compare_scenarios({{"Few", &few, nullptr}, {"Many", &many, nullptr}});
    const ComparisonRow& reach = row(rows, "Net reach");
    CHECK(reach.values[0] == doctest::Approx(few.total.reach));
    CHECK(reach.values[1] == doctest::Approx(many.total.reach));
    // Four times the posts reach more people, but not four times as many: the same followers
    // see several of the posts.
    CHECK(*reach.change[1] > 0.0);
    CHECK(*reach.change[1] < 3.0);
    CHECK(reach.verdict[1] == 1);
    const ComparisonRow& cost = row(rows, "Cost");
    CHECK(cost.values[1] == doctest::Approx(4 * cost.values[0]));
    CHECK(*cost.change[1] == doctest::Approx(3.0));
    CHECK(cost.verdict[1] == 0);
    CHECK(row(rows, "Frequency").verdict[1] == 0);
}

TEST_CASE("A lower CPM counts as better, and the reference is the first scenario given") {
    const Projection cheap = project(shop(2));
    Plan dear_plan = shop(2);
    for (Creator& c : dear_plan.creators) c.deliverables[0].unit_fee_cents *= 2;
    const Projection dear = project(dear_plan);
    const auto rows = compare_scenarios({{"Dear", &dear, nullptr}, {"Cheap", &cheap, nullptr}});
    const ComparisonRow& cpm = row(rows, "CPM");
    CHECK(*cpm.change[1] == doctest::Approx(-0.5));
    CHECK(cpm.verdict[1] == 1);
    CHECK(row(rows, "ROAS").verdict[1] == 1);
}

TEST_CASE("Ranges come from each scenario's draws, and the chance of a positive ROI once all have them") {
    const Plan plan = shop(2);
    const Projection p = project(plan);
    Simulation sim(plan, resolve_assumptions(plan), 500, 7);
    while (!sim.finished()) sim.step(100);
    const SimulationResult ranges = sim.result();
    auto rows = compare_scenarios({{"A", &p, &ranges}, {"B", &p, nullptr}});
    CHECK(row(rows, "Net reach").ranges[0]->p10 == ranges[Headline::Reach].p10);
    CHECK_FALSE(row(rows, "Net reach").ranges[1]);
    CHECK(std::none_of(rows.begin(), rows.end(), [](const ComparisonRow& r) { return r.label == "Chance ROI > 0"; }));
    rows = compare_scenarios({{"A", &p, &ranges}, {"B", &p, &ranges}});
    CHECK(row(rows, "Chance ROI > 0").values[1] == ranges.probability_roi_positive);
}

TEST_CASE("Revenue rows appear only when a scenario forecasts sales") {
    const Projection p = project(test::plan_of({test::creator(1, "Ana", Platform::Instagram, 48'000, 650, 2)}));
    const auto rows = compare_scenarios({{"A", &p, nullptr}, {"B", &p, nullptr}});
    CHECK(std::none_of(rows.begin(), rows.end(), [](const ComparisonRow& r) { return r.label == "ROI"; }));
}

TEST_CASE("Changes read with a sign and one decimal") {
    CHECK(format_change(0.125) == "+12.5%");
    CHECK(format_change(-0.03) == "\u22123.0%");
    CHECK(format_change(0.0001) == "0.0%");
}

TEST_CASE("Scenario results follow the compared scenarios and keep the draws of those that did not change") {
    Plan plan = shop(2);
    plan.other_scenarios = {current_scenario(shop(4), "More posts")};
    present::ScenarioResults results;
    results.follow(plan, 1, {0, 1});
    REQUIRE(results.entries().size() == 2);
    CHECK(results.entries()[0]->name == "Base");
    CHECK(results.entries()[1]->name == "More posts");
    CHECK(results.entries()[1]->projection.total.cost() == doctest::Approx(2 * results.entries()[0]->projection.total.cost()));
    while (results.running()) results.advance(2'000);
    CHECK(results.entries()[0]->analysis.ranges_final());
    CHECK(results.entries()[0]->analysis.sensitivity() == nullptr);  // ranges only

    // An edit of the open scenario restarts its draws; the other keeps its finished ones. The
    // edited one's projection takes its steps first, carrying the previous overlap factor.
    plan.creators[0].followers = 60'000;
    results.follow(plan, 2, {0, 1});
    CHECK_FALSE(results.entries()[0]->analysis.ranges());
    CHECK(results.entries()[0]->projection.net_reach_pending);
    CHECK(results.entries()[1]->analysis.ranges_final());
    CHECK(results.running());
    while (results.settle(1)) {
    }
    CHECK_FALSE(results.entries()[0]->projection.net_reach_pending);
    CHECK(results.entries()[0]->projection.total.reach == project(scenario_plan(plan, 0)).total.reach);
    CHECK(results.entries()[0]->analysis.running());
    // Reordered or fewer positions follow too; positions past the last are skipped.
    results.follow(plan, 2, {1, 5});
    REQUIRE(results.entries().size() == 1);
    CHECK(results.entries()[0]->name == "More posts");
    CHECK(results.curves(0).net_reach == doctest::Approx(results.entries()[0]->projection.total.reach));
}

TEST_CASE("Scenarios seen for the first time start from the open scenario's projection instead of a whole one at once") {
    Plan plan = shop(2);
    plan.other_scenarios = {current_scenario(shop(4), "More posts")};
    plan.other_scenarios[0].creators[1].followers = 400'000;  // its audience differs too
    const Projection open = project(plan);
    present::ScenarioResults results;
    results.follow(plan, 1, {0, 1}, &open);
    REQUIRE(results.entries().size() == 2);
    // The open scenario is the projection in hand: its net reach holds, nothing to step.
    CHECK_FALSE(results.entries()[0]->run);
    CHECK(results.entries()[0]->projection.total.reach == open.total.reach);
    CHECK(results.entries()[0]->analysis.running());
    // The other has steps to take, meanwhile at the open scenario's overlap factor.
    REQUIRE(results.entries()[1]->run);
    CHECK(results.entries()[1]->projection.net_reach_pending);
    CHECK(results.entries()[1]->projection.overlap_factor == open.overlap_factor);
    while (results.settle(1)) {
    }
    const Projection other = project(scenario_plan(plan, 1));
    CHECK_FALSE(results.entries()[1]->projection.net_reach_pending);
    CHECK(results.entries()[1]->projection.total.reach == other.total.reach);
    CHECK(results.entries()[1]->projection.audience.frequency == other.audience.frequency);
    // Neither keeps its overlap matrix (n^2 numbers): the open scenario's is the workspace's.
    CHECK_FALSE(static_cast<bool>(results.entries()[0]->projection.reach_basis));
    CHECK_FALSE(static_cast<bool>(results.entries()[1]->projection.reach_basis));
    // A projection still under way is no place to start from: the scenarios are projected whole.
    Projection pending = open;
    pending.net_reach_pending = true;
    present::ScenarioResults fresh;
    fresh.follow(plan, 1, {0, 1}, &pending);
    CHECK_FALSE(fresh.entries()[1]->run);
    CHECK(fresh.entries()[1]->projection.total.reach == other.total.reach);
}

TEST_CASE("The comparison reads as one paragraph for screen readers, with changes against the first scenario") {
    const Projection few = project(shop(1)), many = project(shop(4));
    const auto rows = compare_scenarios({{"Few", &few, nullptr}, {"Many", &many, nullptr}});
    const std::string text = comparison_summary({"Few", "Many"}, rows, "EUR");
    CHECK(text.rfind("Comparing scenarios “Few” and “Many” (changes against “Few”): Net reach ", 0) == 0);
    // One post each from Ana (€650) and Ben (€1,800), then four each.
    CHECK(text.find("Cost €2,450.00 and €9,800.00 (+300.0%);") != std::string::npos);
    CHECK(text.back() == '.');
    CHECK(comparison_summary({"Few"}, rows, "EUR").empty());
}

TEST_CASE("The plan summary names the open scenario when there are several") {
    Plan plan = shop(2);
    CHECK(plan_summary(plan, project(plan)).rfind("Plan “Test plan”: 2 creators", 0) == 0);
    plan.other_scenarios = {current_scenario(plan, "Other")};
    CHECK(plan_summary(plan, project(plan)).rfind("Plan “Test plan”, scenario “Base” (1 of 2): 2 creators", 0) == 0);
}

TEST_CASE("The compared scenarios are those ticked, in tab order, or the first four when fewer than two are") {
    const std::vector<std::string> names{"A", "B", "C", "D", "E", "F"};
    CHECK(compared_positions(names, {"E", "B"}) == std::vector<std::size_t>{1, 4});
    CHECK(compared_positions(names, {"E"}) == std::vector<std::size_t>{0, 1, 2, 3});
    CHECK(compared_positions(names, {"E", "Gone"}) == std::vector<std::size_t>{0, 1, 2, 3});
    CHECK(compared_positions(names, {"F", "E", "D", "C", "B"}) == std::vector<std::size_t>{1, 2, 3, 4});
    CHECK(compared_positions({"Only"}, {}) == std::vector<std::size_t>{0});
}

TEST_CASE("The compared scenarios' distributions share one axis and follow the draws as they complete") {
    Plan plan = shop(2);
    plan.other_scenarios = {current_scenario(shop(4), "More posts")};
    present::ScenarioResults results;
    results.follow(plan, 1, {0, 1});
    CHECK(results.distributions(Headline::Roi, 20)[0].total == 0);  // nothing drawn yet
    results.advance(500);
    auto hs = results.distributions(Headline::Roi, 20);
    REQUIRE(hs.size() == 2);
    CHECK(hs[0].total == 500);
    CHECK(hs[1].total == 0);
    while (results.running()) results.advance(5'000);
    hs = results.distributions(Headline::Roi, 20);
    // Each scenario's own adaptive count of draws (present/analysis.h).
    CHECK(hs[0].total == results.entries()[0]->analysis.ranges()->draws);
    CHECK(hs[1].total == results.entries()[1]->analysis.ranges()->draws);
    CHECK(hs[0].total >= Analysis::kPrecision.floor);
    CHECK(hs[0].low == hs[1].low);
    CHECK(hs[0].high == hs[1].high);
}

TEST_CASE("Every compared figure's name and explanation read in French") {
    const Projection p = project(shop(2));
    const auto rows = compare_scenarios({{"A", &p, nullptr}, {"B", &p, nullptr}});
    REQUIRE(rows.size() > 15);
    const auto words = french_words();
    const auto has_french = [&](const std::string& english) {
        return std::any_of(words.begin(), words.end(), [&](const auto& w) { return w.first == english; });
    };
    const LanguageGuard french(Language::French);
    for (const ComparisonRow& r : rows) {
        CAPTURE(r.label);
        CHECK(std::string(tr(r.explanation.c_str())) != r.explanation);
        // A name may read the same in French (ROI, Impressions): it must still have its entry.
        CHECK(has_french(r.label));
    }
}
