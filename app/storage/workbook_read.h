// Excel workbooks (.xlsx, Office Open XML) read into the rows of cells the CSV reader gives
// (storage/sheet_text.h), so the mapping preview and the import take a workbook's sheet
// unchanged (docs/SPREADSHEETS.md, "Workbooks"). One pure function, bytes in, the workbook's
// sheet names and one sheet out, or the reason it is refused.
//
// What a cell becomes: shared and inline strings (rich-text runs joined, phonetic guides left
// out) their text; numbers the shortest decimal that reads back the same ("1200000", "0.035");
// a cell whose number format is a percentage "12.5%"; one whose format is a date (built-in
// formats 14-22 and 45-47, or a custom one with days, months or years) its ISO date
// "2024-03-15", in the 1900 or 1904 date system the workbook declares; booleans "TRUE" and
// "FALSE"; formulas their value as last computed (Roster never computes); error cells (#DIV/0!)
// empty, with a note naming the cell.
//
// Headers as a planner lays them out: title rows above the header (a title in A1 alone on its
// row) are skipped; a merged cell's value fills its whole range; and a header on two rows
// ("Fee" merged over "EUR" and "USD", or "Fee" over "EUR") becomes one ("Fee EUR"). The sheet
// returned starts with that header row; every row keeps its number in the workbook.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/message.h"
#include "sheet_text.h"
#include "workbook_exchange.h"
#include "workbook_zip.h"

namespace roster::storage {

struct WorkbookLimits {
    ZipLimits zip;
    SheetLimits sheet;                                   // rows, columns, cells, one cell's bytes
    std::size_t max_sheets = 250;
    std::size_t max_shared_strings = 1'000'000;          // texts in the shared-string table
    std::size_t max_shared_string_bytes = 50u * 1024u * 1024u;  // their UTF-8, all together
    std::size_t max_xml_depth = 64;
    std::size_t max_merged_ranges = 10'000;
};

struct WorkbookRead {
    bool ok = false;
    std::vector<std::string> sheet_names;  // in the workbook's order (also when a sheet name is unknown)
    std::string sheet_name;                // the sheet read
    Sheet sheet;                           // its header row first; meaningful only when ok
    std::vector<Message> notes;            // title rows skipped, headers joined, error cells
    Message problem;                       // why the workbook or the sheet was refused
};

// The sheet named `sheet_name` (the first when empty) of the workbook in `bytes`.
WorkbookRead read_workbook(std::string_view bytes, std::string_view sheet_name = {}, const WorkbookLimits& limits = {});

// The sheet read as the page's sheet reader takes it (CSV text with the reader's notes and
// problem): what the command line's native twin and the page's workbook module both hand on.
WorkbookSheetText sheet_text_of(const WorkbookRead& read);

// Whether bytes look like a zip file (what a .xlsx is), from their first bytes.
bool looks_like_workbook(std::string_view bytes);

// The steps, public for the tests.
enum class CellFormat : std::uint8_t { General, Percent, Date, Time, DateTime, Text };
// What a number format shows: its built-in id (0-163) and, for custom ones, its code.
CellFormat classify_number_format(int id, std::string_view code);
// "2024-03-15" for an Excel date serial (whole days; the time of day is dropped).
std::string excel_date(double serial, bool date1904);
// The shortest decimal text of `value` that reads back to the same double ("0.1", "1200000").
std::string shortest_decimal(double value);
// "C5" -> row 4, column 2 (both from 0); false when not a cell reference.
bool parse_cell_reference(std::string_view ref, std::size_t& row, std::size_t& column);

}  // namespace roster::storage
