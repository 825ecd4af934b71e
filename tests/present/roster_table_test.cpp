#include <doctest/doctest.h>

#include "engine/projection.h"
#include "present/roster_table.h"
#include "support/builders.h"

using namespace roster;
using namespace roster::present;

namespace {

Plan three_creators() {
    Plan plan = test::plan_of({test::creator(1, "Zoé Martin", Platform::Instagram, 48'000, 650, 3),
                               test::creator(2, "studio nord", Platform::YouTube, 1'250'000, 18'000, 1),
                               test::creator(3, "Ana Cruz", Platform::Instagram, 8'000, 120, 2)});
    plan.creators[2].handle = "@cookwithana";
    return plan;
}

std::vector<std::string> names(const Plan& plan, const std::vector<std::size_t>& rows) {
    std::vector<std::string> out;
    for (std::size_t i : rows) out.push_back(plan.creators[i].name);
    return out;
}

}  // namespace

TEST_CASE("With no filter and no sort the roster shows every creator in roster order") {
    const Plan plan = three_creators();
    CHECK(roster_rows(plan, project(plan), {}, {}) == std::vector<std::size_t>{0, 1, 2});
}

TEST_CASE("The text filter looks in names and handles, letter case aside") {
    const Plan plan = three_creators();
    const Projection p = project(plan);
    CHECK(names(plan, roster_rows(plan, p, {"NORD", -1, -1}, {})) == std::vector<std::string>{"studio nord"});
    CHECK(names(plan, roster_rows(plan, p, {"cookwith", -1, -1}, {})) == std::vector<std::string>{"Ana Cruz"});
    CHECK(roster_rows(plan, p, {"nobody", -1, -1}, {}).empty());
}

TEST_CASE("Platform and tier filters combine with the text") {
    const Plan plan = three_creators();
    const Projection p = project(plan);
    RosterFilter f;
    f.platform = static_cast<int>(Platform::Instagram);
    CHECK(names(plan, roster_rows(plan, p, f, {})) == std::vector<std::string>{"Zoé Martin", "Ana Cruz"});
    f.tier = static_cast<int>(Tier::Nano);
    CHECK(names(plan, roster_rows(plan, p, f, {})) == std::vector<std::string>{"Ana Cruz"});
    f.text = "zoé";
    CHECK(roster_rows(plan, p, f, {}).empty());
    CHECK(f.active());
    CHECK_FALSE(RosterFilter{}.active());
}

TEST_CASE("Sorting by name ignores letter case, and descending reverses it") {
    const Plan plan = three_creators();
    const Projection p = project(plan);
    CHECK(names(plan, roster_rows(plan, p, {}, {{RosterColumn::Name, false}})) ==
          std::vector<std::string>{"Ana Cruz", "studio nord", "Zoé Martin"});
    CHECK(names(plan, roster_rows(plan, p, {}, {{RosterColumn::Name, true}})) ==
          std::vector<std::string>{"Zoé Martin", "studio nord", "Ana Cruz"});
}

TEST_CASE("Sorting by followers, cost and reach uses the numbers, not their text") {
    const Plan plan = three_creators();
    const Projection p = project(plan);
    CHECK(roster_rows(plan, p, {}, {{RosterColumn::Followers, false}}) == std::vector<std::size_t>{2, 0, 1});
    CHECK(roster_rows(plan, p, {}, {{RosterColumn::Cost, true}}) == std::vector<std::size_t>{1, 0, 2});
    const auto by_reach = roster_rows(plan, p, {}, {{RosterColumn::Reach, true}});
    for (std::size_t k = 1; k < by_reach.size(); ++k)
        CHECK(p.creators[by_reach[k - 1]].outcome.reach >= p.creators[by_reach[k]].outcome.reach);
}

TEST_CASE("Rows that compare equal keep roster order, and a second key breaks the tie") {
    const Plan plan = three_creators();
    const Projection p = project(plan);
    CHECK(roster_rows(plan, p, {}, {{RosterColumn::Platform, false}}) == std::vector<std::size_t>{0, 2, 1});
    CHECK(roster_rows(plan, p, {}, {{RosterColumn::Platform, false}, {RosterColumn::Followers, false}}) ==
          std::vector<std::size_t>{2, 0, 1});
}

TEST_CASE("A click selects one row, Ctrl+click toggles one, Shift+click selects a range as shown") {
    const std::vector<CreatorId> shown{5, 3, 9, 1, 7};
    RosterSelection s;
    s.click(3, false, false, shown);
    CHECK(s.ids() == std::set<CreatorId>{3});
    CHECK(s.focus() == 3);
    s.click(1, false, true, shown);
    CHECK(s.ids() == std::set<CreatorId>{3, 9, 1});
    s.click(5, true, false, shown);
    CHECK(s.ids() == std::set<CreatorId>{1, 3, 5, 9});
    CHECK(s.focus() == 5);
    s.click(9, true, false, shown);
    CHECK(s.ids() == std::set<CreatorId>{1, 3, 5});
    s.click(7, false, false, shown);
    CHECK(s.ids() == std::set<CreatorId>{7});
    s.select_all(shown);
    CHECK(s.size() == 5);
    s.clear();
    CHECK(s.empty());
    CHECK(s.focus() == 0);
}

TEST_CASE("The selection forgets creators that left the plan") {
    const Plan plan = three_creators();
    RosterSelection s;
    s.select_all({1, 2, 3, 42});
    s.keep_only(plan);
    CHECK(s.ids() == std::set<CreatorId>{1, 2, 3});
}

TEST_CASE("Bulk edits set the main line of every selected creator and leave the others") {
    Plan plan = three_creators();
    plan.creators[1].deliverables.clear();
    const auto posts = with_posts(plan, {2, 3}, 5);
    REQUIRE(posts.size() == 2);
    CHECK(posts[0].id == 2);
    REQUIRE(posts[0].deliverables.size() == 1);
    CHECK(posts[0].deliverables[0].count == 5);
    CHECK(posts[0].deliverables[0].format == reference_format(Platform::YouTube));
    CHECK(posts[1].deliverables[0].count == 5);
    CHECK(posts[1].deliverables[0].unit_fee_cents == 12'000);

    const auto fees = with_fee(plan, {1}, 90'000);
    REQUIRE(fees.size() == 1);
    CHECK(fees[0].deliverables[0].unit_fee_cents == 90'000);
    CHECK(fees[0].deliverables[0].count == 3);

    const auto earned = with_paid(plan, {1, 3}, false);
    REQUIRE(earned.size() == 2);
    CHECK_FALSE(earned[0].paid);
    CHECK_FALSE(earned[1].paid);
}
