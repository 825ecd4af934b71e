// A plan's currency changed: the money defaults follow on their own; the planner's typed amounts
// keep their numbers or, when asked, are converted at the dated rate; one undo step; the status
// note says what was converted (document/currency_change.h).
#include <doctest/doctest.h>

#include "document/currency_change.h"
#include "document/document.h"
#include "engine/assumptions.h"
#include "support/builders.h"
#include "support/messages.h"

using namespace roster;
using namespace roster::test;

namespace {

Plan euro_plan() {
    Creator ana = creator(1, "Ana", Platform::Instagram, 40'000, 1'000.0, 2);
    ana.product_value_cents = cents_from_units(50);
    Creator ben = creator(2, "Ben", Platform::TikTok, 90'000, 0.0, 1);
    ben.amplification.spend_cents = cents_from_units(400);
    Plan p = plan_of({ana, ben});
    p.campaign.budget_cap_cents = cents_from_units(10'000);
    p.campaign.target_universe = 2'000'000;  // amplification needs the size of its target
    set_assumption(p, "paid_cpm.instagram", 7.5);
    return p;
}

}  // namespace

TEST_CASE("a currency change converts fees when the planner asks and is one undo step") {
    Document doc(euro_plan());
    const SetCurrency change{"JPY", true};
    const auto notes = currency_change_notes(doc.plan(), change);
    REQUIRE(doc.execute(change).ok);
    const Plan& p = doc.plan();
    CHECK(p.campaign.currency == "JPY");
    // 1 EUR = 186.75 JPY on 13 April 2026.
    CHECK(p.creators[0].deliverables[0].unit_fee_cents == 186'750 * 100);
    CHECK(p.creators[0].product_value_cents == 9'337 * 100 + 50);
    CHECK(p.creators[1].amplification.spend_cents == 74'700 * 100);
    CHECK(p.campaign.budget_cap_cents == 1'867'500 * 100);
    CHECK(resolve_assumptions(p)[assumption::of(assumption::kPaidCpm, Platform::Instagram)] ==
          doctest::Approx(7.5 * 186.75));
    REQUIRE(notes.size() == 2);
    CHECK(english(notes[0]) ==
          "Currency changed from EUR to JPY at 1 EUR = 186.75 JPY (ECB euro reference rates of 2026-04-13): converted "
          "1 fee, 3 other amounts (budget cap, order value, products, usage rights, amplification) and 1 money "
          "assumption you set.");
    CHECK(english(notes[1]) ==
          "Money defaults converted from USD at 1 USD = 159.834 JPY (ECB euro reference rates of 2026-04-13).");
    CHECK(english(*doc.undo_label()) == "convert amounts to JPY");
    REQUIRE(doc.undo());
    CHECK(doc.plan() == euro_plan());
}

TEST_CASE("a currency change keeps the typed numbers unless asked, and says so") {
    Document doc(euro_plan());
    const SetCurrency change{"usd"};
    const auto notes = currency_change_notes(doc.plan(), change);
    REQUIRE(doc.execute(change).ok);
    CHECK(doc.plan().campaign.currency == "USD");
    CHECK(doc.plan().creators[0].deliverables[0].unit_fee_cents == 100'000);
    CHECK(english(notes[0]) ==
          "Currency changed from EUR to USD: the 5 amounts you typed keep their numbers, now read as USD; the money "
          "defaults follow.");
    CHECK(english(notes[1]) == "Money defaults in USD, as their sources quote them.");
    CHECK(english(*doc.undo_label()) == "change currency");
}

TEST_CASE("converting to a currency without a dated rate is refused and the plan stays as it was") {
    Document doc(euro_plan());
    const ApplyResult r = doc.execute(SetCurrency{"XOF", true});
    CHECK_FALSE(r.ok);
    CHECK(english(r.message) ==
          "Roster has no dated rate between EUR and XOF, so the amounts cannot be converted: change the currency "
          "keeping the numbers, then correct them.");
    CHECK(doc.plan() == euro_plan());
    CHECK_FALSE(doc.can_undo());
    // Keeping the numbers is always possible.
    CHECK(doc.execute(SetCurrency{"XOF"}).ok);
}

TEST_CASE("a code that is not a currency is refused by the command too") {
    Document doc(euro_plan());
    const ApplyResult r = doc.execute(SetCurrency{"XYZ"});
    CHECK_FALSE(r.ok);
    CHECK(english(r.message).find("“XYZ” is not an ISO 4217 currency code") == 0);
}

TEST_CASE("every scenario's amounts are converted with the open one's") {
    Plan p = euro_plan();
    Scenario other;
    other.name = "Macro";
    other.campaign = p.campaign;
    other.creators = {creator(3, "Cleo", Platform::YouTube, 600'000, 5'000.0, 1)};
    p.other_scenarios.push_back(other);
    REQUIRE(apply(p, SetCurrency{"GBP", true}).ok);
    CHECK(p.other_scenarios[0].campaign.currency == "GBP");
    // 5,000 EUR at 0.87058 GBP.
    CHECK(p.other_scenarios[0].creators[0].deliverables[0].unit_fee_cents == 435'290);
    CHECK(currency_change_summary(euro_plan(), "GBP").amounts() == 5);
}
