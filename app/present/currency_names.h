// The names of the ISO 4217 currencies (engine/currency.h has their codes and minor units) in
// each display language, for the currency choice: "JPY · Yen" / "JPY · Yen", "CHF · Swiss Franc"
// / "CHF · Franc suisse". English names are iso-codes 4.15.0's, French ones its French
// translation with a few corrected by hand (docs/SOURCES.md, "Money in the plan's currency").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "format.h"

namespace roster::present {

// The currency's name in `language`, or the code itself when the table has none.
std::string currency_name(std::string_view code, Language language = display_language());

// "JPY · Yen": how the currency choice lists a currency.
std::string currency_choice_label(std::string_view code, Language language = display_language());

// The codes whose code or name in `language` contains `filter` (ignoring case and spaces around
// it), in code order; every code for an empty filter.
std::vector<std::string_view> matching_currencies(std::string_view filter, Language language = display_language());

}  // namespace roster::present
