#include "sheet_number.h"

#include <cmath>
#include <cstring>

#include <fast_float/fast_float.h>

namespace roster::storage {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The spaces a number may hold between its thousands: ASCII, no-break (U+00A0), narrow
// no-break (U+202F, French typography) and thin (U+2009). Returns the byte length, or 0.
std::size_t space_at(std::string_view s, std::size_t i) {
    if (s[i] == ' ' || s[i] == '\t') return 1;
    if (i + 1 < s.size() && s[i] == '\xC2' && s[i + 1] == '\xA0') return 2;
    if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' && (s[i + 2] == '\xAF' || s[i + 2] == '\x89')) return 3;
    return 0;
}

bool ends_with_space(std::string_view s) {
    if (s.empty()) return false;
    if (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r') return true;
    if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") return true;
    if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\xAF" || s.substr(s.size() - 3) == "\xE2\x80\x89")) return true;
    return false;
}

struct Symbol {
    const char* text;
    const char* code;
};
constexpr Symbol kSymbols[] = {{"US$", "USD"}, {"CA$", "CAD"}, {"AU$", "AUD"}, {"A$", "AUD"}, {"C$", "CAD"},
                               {"\xE2\x82\xAC", "EUR"}, {"$", "USD"}, {"\xC2\xA3", "GBP"}, {"\xC2\xA5", "JPY"},
                               {"\xE2\x82\xB9", "INR"}, {"CHF", "CHF"}};

bool is_code(std::string_view s) {
    return s.size() == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

// A currency written before the number ("€", "US$", "EUR 12"): its code and length, or 0.
std::size_t currency_prefix(std::string_view s, std::string& code) {
    for (const Symbol& sym : kSymbols) {
        const std::size_t n = std::strlen(sym.text);
        if (s.substr(0, n) == sym.text) {
            code = sym.code;
            return n;
        }
    }
    if (s.size() > 3 && is_code(s.substr(0, 3)) && (s[3] == ' ' || is_digit(s[3]) || space_at(s, 3))) {
        code = std::string(s.substr(0, 3));
        return 3;
    }
    return 0;
}

std::size_t currency_suffix(std::string_view s, std::string& code) {
    for (const Symbol& sym : kSymbols) {
        const std::size_t n = std::strlen(sym.text);
        if (s.size() >= n && s.substr(s.size() - n) == sym.text) {
            code = sym.code;
            return n;
        }
    }
    if (s.size() > 3 && is_code(s.substr(s.size() - 3))) {
        const std::string_view before = s.substr(0, s.size() - 3);
        if (ends_with_space(before) || is_digit(before.back())) {
            code = std::string(s.substr(s.size() - 3));
            return 3;
        }
    }
    return 0;
}

struct Multiplier {
    const char* text;
    double factor;
};
// Longest first. "Md", "Mds" and "Mrd" are the French and German milliard.
constexpr Multiplier kMultipliers[] = {{"Mds", 1e9}, {"mds", 1e9}, {"Mrd", 1e9}, {"Md", 1e9}, {"md", 1e9},
                                       {"bn", 1e9}, {"Bn", 1e9}, {"K", 1e3}, {"k", 1e3}, {"M", 1e6},
                                       {"m", 1e6}, {"B", 1e9}, {"b", 1e9}};

std::size_t multiplier_suffix(std::string_view s, double& factor) {
    for (const Multiplier& m : kMultipliers) {
        const std::size_t n = std::strlen(m.text);
        if (s.size() > n && s.substr(s.size() - n) == m.text) {
            const std::string_view before = s.substr(0, s.size() - n);
            if (is_digit(before.back()) || before.back() == '.' || ends_with_space(before)) {
                factor = m.factor;
                return n;
            }
        }
    }
    return 0;
}

// A sign at the start: '-', '+' or the minus sign U+2212.
std::size_t sign_prefix(std::string_view s, bool& negative) {
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        return 1;
    }
    if (s.substr(0, 3) == "\xE2\x88\x92") {
        negative = true;
        return 3;
    }
    return 0;
}

enum class SepKind : std::uint8_t { Space, Apostrophe, Dot, Comma };

struct Core {
    std::vector<std::string_view> groups;  // runs of digits (the first may be empty: ".5")
    std::vector<SepKind> seps;             // between groups
};

// Splits "1 234,5" into digit runs and what separates them; false on anything else.
bool split_core(std::string_view s, Core& core) {
    std::size_t i = 0;
    std::size_t start = 0;
    while (i < s.size()) {
        if (is_digit(s[i])) { ++i; continue; }
        SepKind kind;
        std::size_t len = 1;
        if (s[i] == '.') kind = SepKind::Dot;
        else if (s[i] == ',') kind = SepKind::Comma;
        else if (s[i] == '\'') kind = SepKind::Apostrophe;
        else if (s.substr(i, 3) == "\xE2\x80\x99") { kind = SepKind::Apostrophe; len = 3; }
        else if (std::size_t sp = space_at(s, i)) { kind = SepKind::Space; len = sp; }
        else return false;
        core.groups.push_back(s.substr(start, i - start));
        core.seps.push_back(kind);
        i += len;
        start = i;
    }
    core.groups.push_back(s.substr(start));
    return true;
}

}  // namespace

std::string_view trim_sheet_spaces(std::string_view s) {
    while (!s.empty()) {
        if (s[0] == '\n' || s[0] == '\r') { s.remove_prefix(1); continue; }
        if (std::size_t n = space_at(s, 0)) { s.remove_prefix(n); continue; }
        break;
    }
    while (ends_with_space(s)) {
        if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\xAF" || s.substr(s.size() - 3) == "\xE2\x80\x89"))
            s.remove_suffix(3);
        else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
        else s.remove_suffix(1);
    }
    return s;
}

DecimalMark decimal_mark_of_separator(char separator) {
    if (separator == ';') return DecimalMark::Comma;
    if (separator == ',') return DecimalMark::Point;
    return DecimalMark::Unknown;
}

std::optional<SheetNumber> parse_sheet_number(std::string_view cell, DecimalMark mark) {
    std::string_view s = trim_sheet_spaces(cell);
    if (s.empty() || s.size() > 64) return std::nullopt;
    SheetNumber out;
    bool negative = false, signed_ = false;
    // Accounting style: "(1,200)" is minus 1,200.
    if (s.size() > 2 && s.front() == '(' && s.back() == ')') {
        negative = signed_ = true;
        s = trim_sheet_spaces(s.substr(1, s.size() - 2));
    }
    double factor = 1.0;
    bool has_multiplier = false;
    for (int round = 0; round < 4; ++round) {
        s = trim_sheet_spaces(s);
        if (s.empty()) return std::nullopt;
        bool neg = false;
        std::string code;
        if (!signed_) {
            if (std::size_t n = sign_prefix(s, neg)) {
                negative = neg;
                signed_ = true;
                s.remove_prefix(n);
                continue;
            }
        }
        if (out.currency.empty()) {
            if (std::size_t n = currency_prefix(s, code)) {
                out.currency = code;
                s.remove_prefix(n);
                continue;
            }
        }
        break;
    }
    for (int round = 0; round < 4; ++round) {
        s = trim_sheet_spaces(s);
        if (s.empty()) return std::nullopt;
        std::string code;
        if (!out.percent && s.back() == '%') {
            out.percent = true;
            s.remove_suffix(1);
            continue;
        }
        if (out.currency.empty()) {
            if (std::size_t n = currency_suffix(s, code)) {
                out.currency = code;
                s.remove_suffix(n);
                continue;
            }
        }
        if (!has_multiplier) {
            if (std::size_t n = multiplier_suffix(s, factor)) {
                has_multiplier = true;
                s.remove_suffix(n);
                continue;
            }
        }
        break;
    }
    s = trim_sheet_spaces(s);
    if (!signed_) {
        bool neg = false;
        if (std::size_t n = sign_prefix(s, neg)) {
            negative = neg;
            s.remove_prefix(n);
        }
    }
    if (s.empty() || (out.percent && has_multiplier)) return std::nullopt;

    // Scientific notation as spreadsheets write large numbers: "1.2E+06", no grouping then.
    std::string_view exponent;
    if (const std::size_t e = s.find_first_of("eE"); e != std::string_view::npos) {
        exponent = s.substr(e + 1);
        s = s.substr(0, e);
        if (exponent.empty()) return std::nullopt;
        std::size_t k = (exponent[0] == '+' || exponent[0] == '-') ? 1 : 0;
        if (k == exponent.size() || exponent.size() - k > 4) return std::nullopt;
        for (; k < exponent.size(); ++k)
            if (!is_digit(exponent[k])) return std::nullopt;
    }

    Core core;
    if (!split_core(s, core)) return std::nullopt;
    std::size_t dots = 0, commas = 0;
    for (SepKind k : core.seps) {
        dots += k == SepKind::Dot;
        commas += k == SepKind::Comma;
    }
    // Which separator, if any, is the decimal mark (its index in seps).
    std::optional<std::size_t> decimal;
    const auto last_of = [&](SepKind kind) {
        for (std::size_t i = core.seps.size(); i-- > 0;)
            if (core.seps[i] == kind) return i;
        return core.seps.size();
    };
    if (dots && commas) {
        const std::size_t d = last_of(SepKind::Dot), c = last_of(SepKind::Comma);
        const std::size_t last = std::max(d, c);
        if (last != core.seps.size() - 1) return std::nullopt;
        if ((core.seps[last] == SepKind::Dot ? dots : commas) != 1) return std::nullopt;
        decimal = last;
    } else if (commas == 1 || dots == 1) {
        const SepKind kind = commas ? SepKind::Comma : SepKind::Dot;
        const std::size_t at = last_of(kind);
        // Grouping only as the last separator, three digits after it, and a reading that
        // allows it: a single comma in an English (or unknown) column, never a single dot.
        const bool could_group = kind == SepKind::Comma && mark != DecimalMark::Comma &&
                                 at == core.seps.size() - 1 && core.groups[at + 1].size() == 3 &&
                                 !core.groups[at].empty() && core.groups[at] != "0" && exponent.empty();
        if (!could_group) decimal = at;
    }
    if (decimal && *decimal != core.seps.size() - 1) return std::nullopt;
    if (!exponent.empty() && core.seps.size() > (decimal ? 1u : 0u)) return std::nullopt;

    // Every grouping separator stands before exactly three digits, and the first group has
    // one to three digits: "12 5" is two numbers, not 125.
    const std::size_t grouping_end = decimal ? *decimal : core.seps.size();
    if (grouping_end > 0) {
        if (core.groups[0].empty() || core.groups[0].size() > 3) return std::nullopt;
        for (std::size_t i = 0; i < grouping_end; ++i) {
            if (core.groups[i + 1].size() != 3) return std::nullopt;
            if (core.seps[i] == SepKind::Dot && decimal && core.seps[*decimal] == SepKind::Dot) return std::nullopt;
            if (core.seps[i] == SepKind::Comma && decimal && core.seps[*decimal] == SepKind::Comma) return std::nullopt;
        }
    }
    std::string digits;
    for (std::size_t i = 0; i <= grouping_end; ++i) digits.append(core.groups[i]);
    char point = '.';
    if (decimal) {
        point = core.seps[*decimal] == SepKind::Comma ? ',' : '.';
        digits += point;
        digits.append(core.groups[*decimal + 1]);
    }
    if (digits.empty() || digits == "." || digits == ",") return std::nullopt;
    if (digits.back() == point) digits.pop_back();  // "12." reads as 12
    if (digits.front() == point) digits.insert(digits.begin(), '0');
    if (!exponent.empty()) {
        digits += 'e';
        digits.append(exponent);
    }
    double value = 0.0;
    const fast_float::parse_options options(fast_float::chars_format::general, point);
    const auto parsed = fast_float::from_chars_advanced(digits.data(), digits.data() + digits.size(), value, options);
    if (parsed.ec != std::errc() || parsed.ptr != digits.data() + digits.size()) return std::nullopt;
    value *= factor;
    if (negative) value = -value;
    if (!std::isfinite(value)) return std::nullopt;
    out.value = value;
    return out;
}

DecimalMark column_decimal_mark(const std::vector<std::string_view>& cells, DecimalMark fallback) {
    const DecimalMark evidence = decimal_mark_evidence(cells);
    if (evidence != DecimalMark::Unknown) return evidence;
    return fallback == DecimalMark::Unknown ? DecimalMark::Point : fallback;
}

DecimalMark decimal_mark_evidence(const std::vector<std::string_view>& cells) {
    int comma = 0, point = 0;
    for (std::string_view cell : cells) {
        const std::size_t last_dot = cell.rfind('.'), last_comma = cell.rfind(',');
        const bool has_dot = last_dot != std::string_view::npos, has_comma = last_comma != std::string_view::npos;
        const auto digits_after = [&](std::size_t at) {
            std::size_t k = at + 1;
            while (k < cell.size() && is_digit(cell[k])) ++k;
            return k - at - 1;
        };
        const auto leading_zero = [&](std::size_t at) {
            const std::string_view before = trim_sheet_spaces(cell.substr(0, at));
            return before == "0" || before == "-0";
        };
        if (has_dot && has_comma) {
            (last_comma > last_dot ? comma : point) += 1;
        } else if (has_comma) {
            if (cell.find(',') != last_comma) ++point;
            else if (digits_after(last_comma) != 3 || leading_zero(last_comma)) ++comma;
        } else if (has_dot) {
            if (cell.find('.') != last_dot) ++comma;
            else if (digits_after(last_dot) != 3 || leading_zero(last_dot)) ++point;
        }
    }
    if (comma > point) return DecimalMark::Comma;
    if (point > comma) return DecimalMark::Point;
    return DecimalMark::Unknown;
}

}  // namespace roster::storage
