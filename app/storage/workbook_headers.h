// A workbook sheet's cells laid out as a planner reads them (docs/SPREADSHEETS.md, "Workbooks"):
// merged ranges filled with their value, title rows above the header skipped, a header on two
// rows joined into one, and the rows put into a storage::Sheet whose first row is that header.
// Separate from the XML reading (workbook_read.cpp) because it is about a sheet's layout, not the
// file's format.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/message.h"
#include "sheet_text.h"

namespace roster::storage {

struct ReadCell {
    std::uint32_t row = 0, column = 0;  // from 0
    std::string text;
    bool is_text = false;  // a string cell, as opposed to a number, a date or a boolean
};

struct MergedRange {
    std::uint32_t first_row = 0, first_column = 0, last_row = 0, last_column = 0;
};

struct LaidOutSheet {
    bool ok = false;
    Sheet sheet;
    std::vector<Message> notes;
    Message problem;
};

// `cells` in any order (a cell given twice keeps its last value); empty texts are no cells.
LaidOutSheet lay_out_sheet(std::vector<ReadCell> cells, const std::vector<MergedRange>& merged, const SheetLimits& limits);

}  // namespace roster::storage
