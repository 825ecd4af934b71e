#include "format.h"

#include <cmath>
#include <cstdio>

namespace roster::present {
namespace {

// Groups the integer digits of a plain decimal number text by thousands.
std::string group_thousands(const std::string& plain) {
    std::size_t start = plain[0] == '-' ? 1 : 0;
    std::size_t dot = plain.find('.');
    if (dot == std::string::npos) dot = plain.size();
    std::string out = plain.substr(0, start);
    for (std::size_t i = start; i < dot; ++i) {
        out += plain[i];
        const std::size_t left = dot - i - 1;
        if (left > 0 && left % 3 == 0) out += ',';
    }
    out += plain.substr(dot);
    return out;
}

std::string printf_string(const char* fmt, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, v);
    return buf;
}

}  // namespace

std::string format_count(double value) {
    if (!std::isfinite(value)) return "—";
    return group_thousands(printf_string("%.0f", std::round(value) == 0 ? 0.0 : std::round(value)));
}

std::string format_compact(double value) {
    if (!std::isfinite(value)) return "—";
    const double a = std::fabs(value);
    if (a >= 1e9) return printf_string("%.2fB", value / 1e9);
    if (a >= 1e6) return printf_string("%.2fM", value / 1e6);
    if (a >= 1e4) return printf_string("%.1fK", value / 1e3);
    return format_count(value);
}

std::string format_ratio(double value) {
    if (!std::isfinite(value)) return "—";
    return printf_string("%.2f", value);
}

std::string currency_prefix(std::string_view currency) {
    if (currency == "EUR") return "€";
    if (currency == "USD") return "$";
    if (currency == "GBP") return "£";
    if (currency == "JPY") return "¥";
    return std::string(currency) + " ";
}

std::string format_money(double amount, std::string_view currency) {
    if (!std::isfinite(amount)) return "—";
    const bool cents = std::fabs(amount) < 10'000.0;
    std::string digits = group_thousands(printf_string(cents ? "%.2f" : "%.0f", std::fabs(amount)));
    return (amount < 0 ? "-" : "") + currency_prefix(currency) + digits;
}

std::string format_percent(double share) {
    if (!std::isfinite(share)) return "—";
    return printf_string("%.1f%%", share * 100.0);
}

std::string format_value(double value, Unit unit, std::string_view currency) {
    if (!std::isfinite(value)) return "—";
    switch (unit) {
        case Unit::Share: return value < 0.01 && value > 0 ? printf_string("%.2f%%", value * 100.0) : format_percent(value);
        case Unit::Multiplier: return printf_string("x %.2f", value);
        case Unit::Money: return format_money(value, currency);
        case Unit::Seconds: return printf_string("%.0f s", value);
        case Unit::Number: break;
    }
    return printf_string(std::fabs(value) >= 100 ? "%.0f" : "%.3g", value);
}

std::string format_hours(double seconds) {
    if (!std::isfinite(seconds)) return "—";
    const double hours = seconds / 3600.0;
    return (hours < 10 ? printf_string("%.1f", hours) : format_count(hours)) + " h";
}

}  // namespace roster::present
