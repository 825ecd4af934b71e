// Money in its currency: the ISO 4217 codes a plan may be in, with their minor units, and one
// dated table of exchange rates, so that the money defaults (paid-social CPMs, EMV rates), which
// their sources quote in US dollars, are converted into the plan's currency or said to be left
// in dollars. The names planners read live with the other words, in present/currency_names.h.
//
// The codes are those of Debian's iso-codes 4.15.0 (/usr/share/iso-codes/json/iso_4217.json)
// without the units that are not money (precious metals, bond-market units, SDR, XSU, XUA, the
// testing code XTS and XXX) nor the fund codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW), and
// with ZWG (2024) and XCG (2025), which came after that release; minor units are written by hand
// (iso-codes does not give them). tests/engine/currency_test.cpp checks the table against the
// iso-codes file when the machine has it. docs/ASSUMPTIONS.md lists the rates.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "message.h"

namespace roster {

struct CurrencyCode {
    std::string_view code;  // "JPY"
    int minor_digits = 2;   // digits after the decimal point: JPY 0, EUR 2, KWD 3
};

// Every code a plan may be in, sorted by code.
const CurrencyCode* iso_currencies();
std::size_t iso_currency_count();

// The entry for an exact code ("JPY"), or null.
const CurrencyCode* find_currency(std::string_view code);
bool is_iso_currency(std::string_view code);

// A typed code as stored: surrounding spaces dropped and letters upper-cased ("jpy " -> "JPY").
std::string normalised_currency(std::string_view typed);

// The known code one typing slip away (one letter changed, added, dropped, or two swapped):
// "EUO" -> "EUR". Nothing when there is none or several are as close.
std::optional<std::string> closest_currency(std::string_view code);

// Why `code` is not a currency a plan may be in (naming the closest code when there is one), or
// nothing when it is one.
std::optional<Message> currency_problem(std::string_view code);

// Minor-unit digits of the currency (2 for codes not in the table): money shows as many
// decimals as the currency has, up to the two that plan files keep.
int currency_minor_digits(std::string_view code);

// The exchange-rate table: ECB euro foreign exchange reference rates of one day, as units of each
// currency for one euro ([S90] in docs/SOURCES.md).
inline constexpr std::string_view kRatesDate = "2026-04-13";

struct EuroRate {
    std::string_view code;
    double per_euro;  // 1 EUR = per_euro units of `code`
};
const EuroRate* euro_rates();
std::size_t euro_rate_count();

// Units of `to` for one unit of `from` on kRatesDate (crossed through the euro), or nothing when
// the table lacks either currency.
std::optional<double> exchange_rate(std::string_view from, std::string_view to);

// The currency the money defaults are given in: their sources quote US dollars.
inline constexpr std::string_view kMoneyDefaultsCurrency = "USD";

// How the money defaults reach a plan in `currency`: the factor they are multiplied by (1 when
// they stay in dollars) and the sentence that says so.
struct MoneyDefaults {
    double factor = 1.0;
    bool converted = false;  // false: left in kMoneyDefaultsCurrency (same currency, or no rate)
    Message note;
};
MoneyDefaults money_defaults(std::string_view currency);
// Only its factor, without composing the sentence (for the engine's inner loops).
double money_defaults_factor(std::string_view currency);

// A rate as shown in a message: six significant digits ("159.834").
double shown_rate(double rate);

}  // namespace roster
