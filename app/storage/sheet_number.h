// Numbers as planners and their tools write them in spreadsheets, English and French:
// "1,234.5", "1 234,5" (with a space, U+00A0 or U+202F between thousands), "12,5 %", "12.4K",
// "1.2M", "1,2 M", "€1,200", "1 200 €", "$3.5k", "(1,200)" and "1.2E+06". The digits are
// parsed by fast_float (Debian's libfast-float-dev), with the decimal mark chosen here.
//
// Whether a comma is a decimal mark or separates thousands is decided from context: the
// sheet's separator (a semicolon file is French, a comma file English), then the column's own
// cells ("12,5" and "1.234,5" can only be French, "1,234.5" only English). In English, "1,234"
// (exactly three digits after a single comma) is one thousand two hundred and thirty-four.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace roster::storage {

enum class DecimalMark : std::uint8_t { Unknown, Point, Comma };

struct SheetNumber {
    double value = 0.0;     // suffixes applied: "12.4K" is 12400, "12,5 %" is 12.5 (percent set)
    bool percent = false;   // written with a % sign
    std::string currency;   // ISO 4217 code of a symbol or code written with it, else ""
};

// The number in `cell`, or none when the cell is not a number (empty, words, two numbers).
// Never a value that is not finite.
std::optional<SheetNumber> parse_sheet_number(std::string_view cell, DecimalMark mark);

// The decimal mark a file's separator implies: semicolon French (comma), comma English
// (point), tab unknown.
DecimalMark decimal_mark_of_separator(char separator);

// What cells show of their decimal mark where only one reading is possible ("12,5", "1.234,5":
// Comma; "1,234.5", "12.5": Point); most cells decide; Unknown when none shows it.
DecimalMark decimal_mark_evidence(const std::vector<std::string_view>& cells);

// The decimal mark of a column: its cells' evidence, else `fallback`, else Point.
DecimalMark column_decimal_mark(const std::vector<std::string_view>& cells, DecimalMark fallback);

// Text trimmed of ASCII white space and the spaces spreadsheets put in numbers (U+00A0,
// U+202F, U+2009).
std::string_view trim_sheet_spaces(std::string_view s);

}  // namespace roster::storage
