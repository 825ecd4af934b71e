#include "field_number.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "format.h"
#include "storage/sheet_number.h"

namespace roster::present {

std::string field_text(double value, int decimals) {
    if (!std::isfinite(value)) return "";
    decimals = std::clamp(decimals, 0, 6);
    const double scale = std::pow(10.0, decimals);
    const double scaled = std::round(std::fabs(value) * scale);
    const double whole = std::floor(scaled / scale);
    std::string out = (value < 0 && scaled > 0 ? "-" : "") + format_count(whole);
    if (decimals == 0) return out;
    char digits[16];
    std::snprintf(digits, sizeof digits, "%0*.0f", decimals, scaled - whole * scale);
    return out + (display_language() == Language::French ? "," : ".") + digits;
}

std::optional<double> parse_field_number(std::string_view text) {
    const std::string_view trimmed = storage::trim_sheet_spaces(text);
    if (trimmed.empty()) return std::nullopt;
    const storage::DecimalMark fallback =
        display_language() == Language::French ? storage::DecimalMark::Comma : storage::DecimalMark::Point;
    const storage::DecimalMark mark = storage::column_decimal_mark({trimmed}, fallback);
    const std::optional<storage::SheetNumber> number = storage::parse_sheet_number(trimmed, mark);
    if (!number || !std::isfinite(number->value)) return std::nullopt;
    return number->value;
}

}  // namespace roster::present
