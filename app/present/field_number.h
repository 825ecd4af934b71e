// Numbers in the fields a planner types into: shown grouped in the display language's style
// ("15,000.00", "15 000,00") and read back in either style, as typed or pasted from a sheet
// ("15000", "15,000.50", "15 000,50", "15.5K", "€1,200"). Pure functions, tested natively.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace roster::present {

// `value` with `decimals` digits after the decimal mark (0 to 6), the thousands grouped as the
// display language groups them: 15000, 2 -> "15,000.00" in English, "15 000,00" in French.
std::string field_text(double value, int decimals);

// What the planner typed, read in either language's style: the decimal mark is the one the
// text shows where only one reading is possible ("12,5" is twelve and a half, "1,234.5" English),
// else the display language's ("1,234" is 1234 in English, 1.234 in French). Spreadsheet
// suffixes and currency marks are read too ("12.4K", "1,2 M", "€1,200"). None when the text is
// not one finite number; an empty text is none too.
std::optional<double> parse_field_number(std::string_view text);

}  // namespace roster::present
