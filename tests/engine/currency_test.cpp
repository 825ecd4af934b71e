// Money in its currency: a plan is in an ISO 4217 currency, and the money defaults (paid-social
// CPMs, EMV rates), which their sources quote in US dollars, reach it converted at the dated ECB
// rate, or are said to stay in dollars where there is no rate (engine/currency.h).
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "engine/assumptions.h"
#include "engine/creator_model.h"
#include "engine/currency.h"
#include "engine/validation.h"
#include "support/builders.h"
#include "support/messages.h"

using namespace roster;
using namespace roster::test;

namespace {

Plan amplified_tiktok_plan(const std::string& currency, double spend) {
    Creator c = creator(1, "Ana", Platform::TikTok, 50'000, 0.0, 1);
    c.amplification.spend_cents = cents_from_units(spend);
    Plan p = plan_of({c});
    p.campaign.currency = currency;
    p.campaign.target_universe = 2'000'000;  // amplification needs the size of its target
    return p;
}

double amplified_impressions(const Plan& p) {
    return creator_basis(p.creators.front(), p, resolve_assumptions(p)).amplified_impressions;
}

}  // namespace

TEST_CASE("¥2,000 of paid amplification does not buy 200,000 impressions in a JPY plan") {
    const Plan yen = amplified_tiktok_plan("JPY", 2'000);
    // TikTok's paid CPM is $10 by its sources; on 13 April 2026 the ECB gave 1 EUR = 1.1684 USD
    // and 186.75 JPY, so $10 is ¥1,598.34 and ¥2,000 buys 2,000 / 1,598.34 x 1,000 = 1,251.3
    // impressions: what the same money, $12.51, buys in dollars.
    CHECK(amplified_impressions(yen) == doctest::Approx(2'000.0 / (10.0 * 186.75 / 1.1684) * 1'000.0).epsilon(1e-9));
    CHECK(amplified_impressions(yen) < 1'300);
    const Plan dollars = amplified_tiktok_plan("USD", 2'000.0 * 1.1684 / 186.75);
    CHECK(amplified_impressions(yen) == doctest::Approx(amplified_impressions(dollars)).epsilon(1e-3));
}

TEST_CASE("a USD plan reads the money defaults as their sources give them, a euro plan converted") {
    const Plan usd = amplified_tiktok_plan("USD", 100);
    CHECK(resolve_assumptions(usd)[assumption::of(assumption::kPaidCpm, Platform::TikTok)] == doctest::Approx(10.0));
    CHECK(english(money_defaults("USD").note) == "Money defaults in USD, as their sources quote them.");
    const Plan eur = amplified_tiktok_plan("EUR", 100);
    CHECK(resolve_assumptions(eur)[assumption::of(assumption::kPaidCpm, Platform::TikTok)] ==
          doctest::Approx(10.0 / 1.1684));
    CHECK(english(money_defaults("JPY").note) ==
          "Money defaults converted from USD at 1 USD = 159.834 JPY (ECB euro reference rates of 2026-04-13).");
    // Shares, multipliers and durations are the same in every currency.
    CHECK(resolve_assumptions(eur)[assumption::kConversionRate] == resolve_assumptions(usd)[assumption::kConversionRate]);
}

TEST_CASE("a currency without a dated rate keeps the money defaults in dollars and says so") {
    const Plan cfa = amplified_tiktok_plan("XOF", 100);
    CHECK(resolve_assumptions(cfa)[assumption::of(assumption::kPaidCpm, Platform::TikTok)] == doctest::Approx(10.0));
    CHECK_FALSE(money_defaults("XOF").converted);
    CHECK(english(money_defaults("XOF").note) ==
          "Money defaults left in USD, as their sources quote them: Roster has no dated rate for XOF. Type your own "
          "values in XOF.");
    CHECK(validate(cfa).empty());
}

TEST_CASE("a money assumption the planner set is in the plan's currency and is never converted") {
    Plan yen = amplified_tiktok_plan("JPY", 2'000);
    // ¥15,000 is above the number of the CPM's limit in dollars (10,000) and well within it in yen.
    set_assumption(yen, "paid_cpm.tiktok", 15'000);
    CHECK(validate(yen).empty());
    CHECK(resolve_assumptions(yen)[assumption::of(assumption::kPaidCpm, Platform::TikTok)] == doctest::Approx(15'000));
    CHECK(is_overridden(yen, assumption::of(assumption::kPaidCpm, Platform::TikTok)));
    // The converted default typed back is no override.
    set_assumption(yen, "paid_cpm.tiktok", 10.0 * 186.75 / 1.1684);
    CHECK_FALSE(is_overridden(yen, assumption::of(assumption::kPaidCpm, Platform::TikTok)));
}

TEST_CASE("XYZ is refused with a message that names it and says what is expected") {
    Plan p = amplified_tiktok_plan("XYZ", 0);
    const auto problems = validate(p);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().field == std::string("currency"));
    CHECK(english(problems.front().message) ==
          "“XYZ” is not an ISO 4217 currency code: choose a currency from the list, or type its three-letter code "
          "such as EUR, USD or JPY.");
    CHECK(french(problems.front().message).find("« XYZ »") != std::string::npos);
}

TEST_CASE("a code one slip away from a currency is refused with the code it was probably meant to be") {
    CHECK(english(currency_problem("EUO")) == "“EUO” is not an ISO 4217 currency code. Did you mean EUR?");
    CHECK(english(currency_problem("jpy")) == "“jpy” is not an ISO 4217 currency code. Did you mean JPY?");
    CHECK(closest_currency("USDD") == std::optional<std::string>("USD"));
    CHECK(closest_currency("GPB") == std::optional<std::string>("GBP"));
    // As close to USD (two letters swapped) as to UZS (one changed): no guess.
    CHECK_FALSE(closest_currency("UDS").has_value());
    CHECK_FALSE(currency_problem("JPY").has_value());
    CHECK(normalised_currency(" jpy ") == "JPY");
}

TEST_CASE("the yen has no minor unit, the Kuwaiti dinar three, the euro two") {
    CHECK(currency_minor_digits("JPY") == 0);
    CHECK(currency_minor_digits("KWD") == 3);
    CHECK(currency_minor_digits("EUR") == 2);
    CHECK(currency_minor_digits("XOF") == 0);
}

TEST_CASE("every rate is of a currency of the table, and crossing through the euro is consistent") {
    for (std::size_t i = 0; i < euro_rate_count(); ++i) CHECK(is_iso_currency(euro_rates()[i].code));
    CHECK(*exchange_rate("EUR", "JPY") == doctest::Approx(186.75));
    CHECK(*exchange_rate("USD", "EUR") * *exchange_rate("EUR", "USD") == doctest::Approx(1.0));
    CHECK_FALSE(exchange_rate("EUR", "XOF").has_value());
    for (std::size_t i = 1; i < iso_currency_count(); ++i)
        CHECK(iso_currencies()[i - 1].code < iso_currencies()[i].code);
}

TEST_CASE("the currency table is iso-codes' list of ISO 4217, less the units that are not money") {
    std::ifstream in("/usr/share/iso-codes/json/iso_4217.json");
    if (!in) return;  // iso-codes is not on every machine (nor in the WebAssembly build)
    std::stringstream text;
    text << in.rdbuf();
    const std::string json = text.str();
    std::set<std::string> listed;
    for (std::size_t at = json.find("\"alpha_3\""); at != std::string::npos; at = json.find("\"alpha_3\"", at + 1)) {
        const std::size_t open = json.find('"', json.find(':', at) + 1);
        listed.insert(json.substr(open + 1, 3));
    }
    const std::set<std::string> not_money = {"XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU",
                                             "XTS", "XUA", "XXX", "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN",
                                             "UYI", "UYW"};
    const std::set<std::string> newer = {"XCG", "ZWG"};  // after iso-codes 4.15.0
    std::set<std::string> table;
    for (std::size_t i = 0; i < iso_currency_count(); ++i) table.insert(std::string(iso_currencies()[i].code));
    for (const std::string& code : listed) {
        if (not_money.count(code)) continue;
        INFO(code);
        CHECK(table.count(code) == 1);
    }
    for (const std::string& code : table) {
        if (newer.count(code)) continue;
        INFO(code);
        CHECK(listed.count(code) == 1);
    }
}
