#include "format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "engine/currency.h"

namespace roster::present {
namespace {

Language g_language = Language::English;

// French typography: a narrow no-break space between thousands and before % and units, a
// decimal comma.
constexpr const char* kNarrowSpace = "\u202F";

// Groups the integer digits of a plain decimal number text by thousands, in the display
// language's style.
std::string group_thousands(const std::string& plain) {
    const bool french = g_language == Language::French;
    std::size_t start = plain[0] == '-' ? 1 : 0;
    std::size_t dot = plain.find('.');
    if (dot == std::string::npos) dot = plain.size();
    std::string out = plain.substr(0, start);
    for (std::size_t i = start; i < dot; ++i) {
        out += plain[i];
        const std::size_t left = dot - i - 1;
        if (left > 0 && left % 3 == 0) out += french ? kNarrowSpace : ",";
    }
    if (dot < plain.size()) out += (french ? "," : ".") + plain.substr(dot + 1);
    return out;
}

// printf in the C locale, then the decimal point the display language writes.
std::string printf_string(const char* fmt, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, v);
    std::string out = buf;
    if (g_language == Language::French)
        for (char& c : out)
            if (c == '.') c = ',';
    return out;
}

// "12.5%" / "12,5 %"
std::string with_percent(const std::string& number) {
    return number + (g_language == Language::French ? std::string(kNarrowSpace) + "%" : std::string("%"));
}

}  // namespace

void set_display_language(Language language) { g_language = language; }
Language display_language() { return g_language; }

std::string format_count(double value) {
    if (!std::isfinite(value)) return "—";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", std::round(value) == 0 ? 0.0 : std::round(value));
    return group_thousands(buf);
}

std::string format_compact(double value) {
    if (!std::isfinite(value)) return "—";
    const double a = std::fabs(value);
    const bool french = g_language == Language::French;
    const std::string space = french ? kNarrowSpace : "";
    if (a >= 1e9) return printf_string("%.2f", value / 1e9) + space + (french ? "Md" : "B");
    if (a >= 1e6) return printf_string("%.2f", value / 1e6) + space + "M";
    if (a >= 1e4) return printf_string("%.1f", value / 1e3) + space + (french ? "k" : "K");
    return format_count(value);
}

std::string format_ratio(double value) {
    if (!std::isfinite(value)) return "—";
    return printf_string("%.2f", value);
}

std::string label_text(std::string_view text) {
    static constexpr std::string_view kThinSpace = "\xE2\x80\x89";
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        out.push_back(text[i]);
        if (text[i] == '#' && (i + 1 == text.size() || text[i + 1] == '#')) out += kThinSpace;
    }
    return out;
}

std::string currency_symbol(std::string_view currency) {
    if (currency == "EUR") return "€";
    if (currency == "USD") return "$";
    if (currency == "GBP") return "£";
    if (currency == "JPY") return "¥";
    return std::string(currency);
}

std::string currency_prefix(std::string_view currency) {
    // A code is set apart from the digits ("CHF 120"); a symbol is not ("€120").
    const std::string symbol = currency_symbol(currency);
    return symbol == currency ? symbol + " " : symbol;
}

std::string format_money(double amount, std::string_view currency) {
    if (!std::isfinite(amount)) return "—";
    // As many decimals as the currency has (none for JPY), up to the two plans keep.
    const int minor = std::min(2, currency_minor_digits(currency));
    const bool cents = minor > 0 && std::fabs(amount) < 10'000.0;
    char buf[64];
    std::snprintf(buf, sizeof buf, cents ? (minor == 1 ? "%.1f" : "%.2f") : "%.0f", std::fabs(amount));
    const std::string digits = group_thousands(buf);
    // €1,234.50 in English; 1 234,50 € in French, the symbol or code after the amount.
    if (g_language == Language::French)
        return (amount < 0 ? "-" : "") + digits + "\u00A0" + currency_symbol(currency);
    return (amount < 0 ? "-" : "") + currency_prefix(currency) + digits;
}

std::string format_percent(double share) {
    if (!std::isfinite(share)) return "—";
    return with_percent(printf_string("%.1f", share * 100.0));
}

std::string format_value(double value, Unit unit, std::string_view currency) {
    if (!std::isfinite(value)) return "—";
    switch (unit) {
        case Unit::Share:
            return value < 0.01 && value > 0 ? with_percent(printf_string("%.2f", value * 100.0)) : format_percent(value);
        case Unit::Multiplier: return printf_string("x %.2f", value);
        case Unit::Money: return format_money(value, currency);
        case Unit::Seconds: return printf_string("%.0f", value) + (g_language == Language::French ? "\u202Fs" : " s");
        case Unit::Number: break;
    }
    return printf_string(std::fabs(value) >= 100 ? "%.0f" : "%.3g", value);
}

// 512 -> "512 bytes", 12,288 -> "12 KB", 67,108,864 -> "64.0 MB".
std::string format_size(double size, Language language) {
    const bool fr = language == Language::French;
    char buf[48];
    if (size >= 1024.0 * 1024.0) {
        std::snprintf(buf, sizeof buf, "%.1f", size / (1024.0 * 1024.0));
        std::string n = buf;
        if (fr) n[n.find('.')] = ',';
        return n + (fr ? "\u00A0Mo" : " MB");
    }
    if (size >= 1024.0) {
        std::snprintf(buf, sizeof buf, "%.0f", size / 1024.0);
        return std::string(buf) + (fr ? "\u00A0Ko" : " KB");
    }
    std::snprintf(buf, sizeof buf, "%.0f", size);
    return std::string(buf) + (fr ? "\u00A0octets" : " bytes");
}

std::string format_hours(double seconds) {
    if (!std::isfinite(seconds)) return "—";
    const double hours = seconds / 3600.0;
    return (hours < 10 ? printf_string("%.1f", hours) : format_count(hours)) +
           (g_language == Language::French ? "\u202Fh" : " h");
}

}  // namespace roster::present
