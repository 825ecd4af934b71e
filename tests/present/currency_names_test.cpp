// Currencies as planners read them: their names in the display language for the currency
// choice, and amounts with the decimals the currency has (present/currency_names.h, format.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "engine/currency.h"
#include "present/currency_names.h"
#include "present/format.h"
#include "present/message_render.h"

using namespace roster;
using namespace roster::present;

TEST_CASE("a yen amount shows no decimals, in English and in French") {
    LanguageGuard english(Language::English);
    CHECK(format_money(1'234.4, "JPY") == "¥1,234");
    CHECK(format_money(2'000, "JPY") == "¥2,000");
    CHECK(format_money(1'234.5, "EUR") == "€1,234.50");
    set_display_language(Language::French);
    CHECK(format_money(1'234.4, "JPY") == "1\u202F234\u00A0¥");
}

TEST_CASE("a Kuwaiti dinar amount shows the two decimals a plan keeps") {
    LanguageGuard english(Language::English);
    CHECK(format_money(12.5, "KWD") == "KWD 12.50");
}

TEST_CASE("the currency choice finds a currency by its code or by its name in the display language") {
    auto has = [](const std::vector<std::string_view>& v, std::string_view code) {
        return std::find(v.begin(), v.end(), code) != v.end();
    };
    CHECK(has(matching_currencies("yen", Language::English), "JPY"));
    CHECK(has(matching_currencies("jpy", Language::English), "JPY"));
    CHECK(has(matching_currencies("franc suisse", Language::French), "CHF"));
    CHECK_FALSE(has(matching_currencies("franc suisse", Language::English), "CHF"));
    CHECK(matching_currencies("", Language::English).size() == iso_currency_count());
    CHECK(currency_choice_label("CHF", Language::French) == "CHF \u00B7 Franc suisse");
}

TEST_CASE("every currency of the table has an English and a French name") {
    for (std::size_t i = 0; i < iso_currency_count(); ++i) {
        const std::string_view code = iso_currencies()[i].code;
        INFO(std::string(code));
        CHECK(currency_name(code, Language::English) != code);
        CHECK(currency_name(code, Language::French) != code);
    }
}
