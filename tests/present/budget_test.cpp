// The plan's cost against its budget cap, as the results, roster, comparison, presentation and
// command line say it.
#include <doctest/doctest.h>

#include "engine/message_ids.h"
#include "engine/projection.h"
#include "present/budget.h"
#include "present/message_render.h"
#include "support/builders.h"

using namespace roster;
using namespace roster::present;
using roster::test::creator;
using roster::test::plan_of;

namespace {
// Three creators whose fees come to €32,700: 2 x 6,000 + 3 x 4,900 + 1 x 6,000.
Plan plan_costing_32700(std::int64_t cap_cents) {
    Plan plan = plan_of({creator(1, "Ana", Platform::Instagram, 120'000, 6'000, 2),
                         creator(2, "Ben", Platform::TikTok, 300'000, 4'900, 3),
                         creator(3, "Cleo", Platform::YouTube, 90'000, 6'000, 1)});
    plan.campaign.budget_cap_cents = cap_cents;
    return plan;
}
}  // namespace

TEST_CASE("A plan costing €32,700 under a €30,000 cap is said to be €2,700 over it") {
    const Plan plan = plan_costing_32700(3'000'000);
    const Projection projection = project(plan);
    REQUIRE(projection.total.cost() == doctest::Approx(32'700.0));
    const auto note = budget_note(projection, "EUR");
    REQUIRE(note.has_value());
    CHECK(note->over);
    CHECK(note->message.id == MessageId::BudgetOver);
    const LanguageGuard english(Language::English);
    CHECK(render(note->message) == "Budget: over the cap of €30,000 by €2,700.00.");
}

TEST_CASE("A plan within its cap is told what is left, and one with no cap hears nothing") {
    const Projection within = project(plan_costing_32700(5'000'000));
    const auto note = budget_note(within, "EUR");
    REQUIRE(note.has_value());
    CHECK_FALSE(note->over);
    {
        const LanguageGuard english(Language::English);
        CHECK(render(note->message) == "Budget: €17,300 left of €50,000.");
    }
    const LanguageGuard french(Language::French);
    CHECK(render(note->message) == "Budget : 17\u202F300\u00A0€ restants sur 50\u202F000\u00A0€.");
    CHECK_FALSE(budget_note(project(plan_costing_32700(0)), "EUR").has_value());
}

TEST_CASE("A plan spending exactly its cap is not over it") {
    const auto note = budget_note(project(plan_costing_32700(3'270'000)), "EUR");
    REQUIRE(note.has_value());
    CHECK_FALSE(note->over);
}
