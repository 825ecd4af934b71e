// Aligned plain-text tables for the command line's reports.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace roster::cli {

using Table = std::vector<std::vector<std::string>>;  // the first row is the header

// Columns from `first_number` on are right-aligned; a rule goes above the last row if asked.
// Widths count UTF-8 characters, so names with accents line up.
std::string render(const Table& rows, std::size_t first_number, bool total_row);

}  // namespace roster::cli
