#include "currency.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "message_ids.h"

namespace roster {
namespace {

// ISO 4217 as listed by iso-codes 4.15.0, less the units that are not money and the fund codes,
// plus ZWG and XCG (currency.h). Minor units per ISO 4217's list of current currencies.
constexpr CurrencyCode kCodes[] = {
    {"AED", 2}, {"AFN", 2}, {"ALL", 2}, {"AMD", 2}, {"ANG", 2}, {"AOA", 2}, {"ARS", 2}, {"AUD", 2},
    {"AWG", 2}, {"AZN", 2}, {"BAM", 2}, {"BBD", 2}, {"BDT", 2}, {"BGN", 2}, {"BHD", 3}, {"BIF", 0},
    {"BMD", 2}, {"BND", 2}, {"BOB", 2}, {"BRL", 2}, {"BSD", 2}, {"BTN", 2}, {"BWP", 2}, {"BYN", 2},
    {"BZD", 2}, {"CAD", 2}, {"CDF", 2}, {"CHF", 2}, {"CLP", 0}, {"CNY", 2}, {"COP", 2}, {"CRC", 2},
    {"CUC", 2}, {"CUP", 2}, {"CVE", 2}, {"CZK", 2}, {"DJF", 0}, {"DKK", 2}, {"DOP", 2}, {"DZD", 2},
    {"EGP", 2}, {"ERN", 2}, {"ETB", 2}, {"EUR", 2}, {"FJD", 2}, {"FKP", 2}, {"GBP", 2}, {"GEL", 2},
    {"GHS", 2}, {"GIP", 2}, {"GMD", 2}, {"GNF", 0}, {"GTQ", 2}, {"GYD", 2}, {"HKD", 2}, {"HNL", 2},
    {"HRK", 2}, {"HTG", 2}, {"HUF", 2}, {"IDR", 2}, {"ILS", 2}, {"INR", 2}, {"IQD", 3}, {"IRR", 2},
    {"ISK", 0}, {"JMD", 2}, {"JOD", 3}, {"JPY", 0}, {"KES", 2}, {"KGS", 2}, {"KHR", 2}, {"KMF", 0},
    {"KPW", 2}, {"KRW", 0}, {"KWD", 3}, {"KYD", 2}, {"KZT", 2}, {"LAK", 2}, {"LBP", 2}, {"LKR", 2},
    {"LRD", 2}, {"LSL", 2}, {"LYD", 3}, {"MAD", 2}, {"MDL", 2}, {"MGA", 2}, {"MKD", 2}, {"MMK", 2},
    {"MNT", 2}, {"MOP", 2}, {"MRU", 2}, {"MUR", 2}, {"MVR", 2}, {"MWK", 2}, {"MXN", 2}, {"MYR", 2},
    {"MZN", 2}, {"NAD", 2}, {"NGN", 2}, {"NIO", 2}, {"NOK", 2}, {"NPR", 2}, {"NZD", 2}, {"OMR", 3},
    {"PAB", 2}, {"PEN", 2}, {"PGK", 2}, {"PHP", 2}, {"PKR", 2}, {"PLN", 2}, {"PYG", 0}, {"QAR", 2},
    {"RON", 2}, {"RSD", 2}, {"RUB", 2}, {"RWF", 0}, {"SAR", 2}, {"SBD", 2}, {"SCR", 2}, {"SDG", 2},
    {"SEK", 2}, {"SGD", 2}, {"SHP", 2}, {"SLE", 2}, {"SLL", 2}, {"SOS", 2}, {"SRD", 2}, {"SSP", 2},
    {"STN", 2}, {"SVC", 2}, {"SYP", 2}, {"SZL", 2}, {"THB", 2}, {"TJS", 2}, {"TMT", 2}, {"TND", 3},
    {"TOP", 2}, {"TRY", 2}, {"TTD", 2}, {"TWD", 2}, {"TZS", 2}, {"UAH", 2}, {"UGX", 0}, {"USD", 2},
    {"UYU", 2}, {"UZS", 2}, {"VED", 2}, {"VES", 2}, {"VND", 0}, {"VUV", 0}, {"WST", 2}, {"XAF", 0},
    {"XCD", 2}, {"XCG", 2}, {"XOF", 0}, {"XPF", 0}, {"YER", 2}, {"ZAR", 2}, {"ZMW", 2}, {"ZWG", 2},
    {"ZWL", 2}};

// ECB euro foreign exchange reference rates of 13 April 2026, every currency the ECB quoted that
// day ([S90]). The euro is 1 by definition.
constexpr EuroRate kRates[] = {
    {"AUD", 1.661},   {"BRL", 5.874},    {"CAD", 1.6177},   {"CHF", 0.9242},    {"CNY", 7.9827},
    {"CZK", 24.378},  {"DKK", 7.4727},   {"EUR", 1.0},      {"GBP", 0.87058},   {"HKD", 9.1507},
    {"HUF", 366.9},   {"IDR", 20082.05}, {"ILS", 3.5787},   {"INR", 109.047},   {"ISK", 143.2},
    {"JPY", 186.75},  {"KRW", 1740.86},  {"MXN", 20.3203},  {"MYR", 4.6444},    {"NOK", 11.098},
    {"NZD", 2.0081},  {"PHP", 70.356},   {"PLN", 4.2543},   {"RON", 5.092},     {"SEK", 10.892},
    {"SGD", 1.4912},  {"THB", 37.728},   {"TRY", 52.2478},  {"USD", 1.1684},    {"ZAR", 19.3849}};

std::optional<double> per_euro(std::string_view code) {
    for (const EuroRate& r : kRates)
        if (r.code == code) return r.per_euro;
    return std::nullopt;
}

// One typing slip: same length with one letter changed or two neighbours swapped, or one letter
// more or less.
bool one_slip(std::string_view a, std::string_view b) {
    if (a.size() == b.size()) {
        std::size_t first = a.size();
        int differences = 0;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i] != b[i]) {
                if (first == a.size()) first = i;
                ++differences;
            }
        if (differences == 1) return true;
        return differences == 2 && first + 1 < a.size() && a[first] == b[first + 1] && a[first + 1] == b[first];
    }
    const std::string_view& longer = a.size() > b.size() ? a : b;
    const std::string_view& shorter = a.size() > b.size() ? b : a;
    if (longer.size() != shorter.size() + 1) return false;
    for (std::size_t skip = 0; skip < longer.size(); ++skip) {
        std::string without(longer);
        without.erase(skip, 1);
        if (without == shorter) return true;
    }
    return false;
}

}  // namespace

const CurrencyCode* iso_currencies() { return kCodes; }
std::size_t iso_currency_count() { return sizeof kCodes / sizeof kCodes[0]; }

const CurrencyCode* find_currency(std::string_view code) {
    const CurrencyCode* end = kCodes + iso_currency_count();
    const CurrencyCode* it =
        std::lower_bound(kCodes, end, code, [](const CurrencyCode& c, std::string_view k) { return c.code < k; });
    return it != end && it->code == code ? it : nullptr;
}

bool is_iso_currency(std::string_view code) { return find_currency(code) != nullptr; }

std::string normalised_currency(std::string_view typed) {
    while (!typed.empty() && std::isspace(static_cast<unsigned char>(typed.front()))) typed.remove_prefix(1);
    while (!typed.empty() && std::isspace(static_cast<unsigned char>(typed.back()))) typed.remove_suffix(1);
    std::string out(typed);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::optional<std::string> closest_currency(std::string_view code) {
    if (code.empty() || code.size() > 4) return std::nullopt;
    std::optional<std::string> found;
    for (std::size_t i = 0; i < iso_currency_count(); ++i) {
        if (!one_slip(code, kCodes[i].code)) continue;
        if (found) return std::nullopt;  // several as close: none is a better guess
        found = std::string(kCodes[i].code);
    }
    return found;
}

std::optional<Message> currency_problem(std::string_view code) {
    if (is_iso_currency(code)) return std::nullopt;
    // Shown as typed but cut short: a hostile file's "currency" could be any length.
    std::string shown(code.substr(0, 8));
    for (char& c : shown)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F) c = '?';
    // "jpy" from a file or a script is JPY; a typed one is upper-cased before it gets here.
    if (const std::string upper = normalised_currency(code); upper != code && is_iso_currency(upper))
        return Message(MessageId::CurrencyNotIsoClosest).text("code", shown).text("closest", upper);
    if (auto closest = closest_currency(code))
        return Message(MessageId::CurrencyNotIsoClosest).text("code", shown).text("closest", *closest);
    return Message(MessageId::CurrencyNotIso).text("code", shown);
}

int currency_minor_digits(std::string_view code) {
    const CurrencyCode* c = find_currency(code);
    return c ? c->minor_digits : 2;
}

const EuroRate* euro_rates() { return kRates; }
std::size_t euro_rate_count() { return sizeof kRates / sizeof kRates[0]; }

std::optional<double> exchange_rate(std::string_view from, std::string_view to) {
    const auto f = per_euro(from), t = per_euro(to);
    if (!f || !t) return std::nullopt;
    if (from == to) return 1.0;
    return *t / *f;
}

double shown_rate(double rate) {
    if (!(rate > 0) || !std::isfinite(rate)) return rate;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", rate);
    return std::strtod(buf, nullptr);
}

double money_defaults_factor(std::string_view currency) {
    if (currency == kMoneyDefaultsCurrency) return 1.0;
    return exchange_rate(kMoneyDefaultsCurrency, currency).value_or(1.0);
}

MoneyDefaults money_defaults(std::string_view currency) {
    MoneyDefaults out;
    const std::string from(kMoneyDefaultsCurrency);
    if (currency == kMoneyDefaultsCurrency) {
        out.note = Message(MessageId::MoneyDefaultsInSource).text("from", from);
        return out;
    }
    const std::string to(currency.substr(0, 8));
    if (const auto rate = exchange_rate(kMoneyDefaultsCurrency, currency)) {
        out.factor = *rate;
        out.converted = true;
        out.note = Message(MessageId::MoneyDefaultsConverted)
                       .text("from", from)
                       .text("to", to)
                       .decimal("rate", shown_rate(*rate))
                       .text("date", std::string(kRatesDate));
        return out;
    }
    out.note = Message(MessageId::MoneyDefaultsNoRate).text("from", from).text("to", to);
    return out;
}

}  // namespace roster
