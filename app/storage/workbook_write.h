// A workbook described plainly -- a cover and sheets of typed cells -- written as an Excel .xlsx
// file by libxlsxwriter (Debian's libxlsxwriter-dev; docs/SPREADSHEETS.md, "Report workbook").
// Numbers are stored as numbers with a number format of their kind (counts with thousands
// separators, money in the plan's currency, percentages, ratios, dates), so the client's
// spreadsheet sums and charts them; each sheet's header row is styled and frozen and its columns
// are as wide as their longest content. The description holds no words of its own: the
// presentation layer (present/workbook_report.h) fills it in the display language.
//
// libxlsxwriter 1.1.4 writes to a file path only: the workbook goes to a temporary file of its
// own (the in-memory file system under Emscripten), which is read back and removed.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/message.h"

namespace roster::storage {

// How a number shows. Percentages are stored as shares (0.125 shows as 12.50%).
enum class NumberKind : std::uint8_t {
    Inherit,     // a cell's: the column's kind
    Plain,       // as the number is, with as many decimals as it has ("General")
    Count,       // thousands separators: 1,250,000
    Money,       // thousands separators and the workbook's currency: 102,900.00 EUR
    Percentage,  // 12.50%
    Ratio,       // 1.25
    Date         // 2026-12-07 (the number is a day, WorkbookCell::date)
};

struct WorkbookCell {
    enum class Kind : std::uint8_t { Empty, Text, Number, Date };
    Kind kind = Kind::Empty;
    std::string text;
    double number = 0.0;
    int decimals = 0;                         // shown decimals of a number
    NumberKind format = NumberKind::Inherit;  // Inherit: the column's
    int year = 0, month = 0, day = 0;         // of a Date

    // Inline, so that a description is built without linking the writer (the page builds one
    // and hands it to the workbook module, which it loads only to write).
    static WorkbookCell of_text(std::string text) {
        WorkbookCell c;
        c.kind = Kind::Text;
        c.text = std::move(text);
        return c;
    }
    // An empty cell when not finite, as the CSV export leaves it.
    static WorkbookCell of_number(double value, int decimals, NumberKind format = NumberKind::Inherit) {
        WorkbookCell c;
        if (!std::isfinite(value)) return c;
        c.kind = Kind::Number;
        c.number = value;
        c.decimals = decimals < 0 ? 0 : decimals > 10 ? 10 : decimals;
        c.format = format;
        return c;
    }
    static WorkbookCell of_date(int year, int month, int day) {
        WorkbookCell c;
        c.kind = Kind::Date;
        c.year = year;
        c.month = month;
        c.day = day;
        c.format = NumberKind::Date;
        return c;
    }
};

struct WorkbookColumn {
    std::string header;
    NumberKind kind = NumberKind::Plain;
};

struct WorkbookSheet {
    std::string name;         // the tab's name (made valid for Excel: at most 31 characters, no []:*?/\)
    std::string description;  // what the sheet holds, on the cover
    std::vector<WorkbookColumn> columns;
    std::vector<std::vector<WorkbookCell>> rows;  // under the header row
    int frozen_columns = 0;   // columns kept in view when scrolling right (names)
};

// A fact of the cover sheet: "Plan" - "Spring launch".
struct WorkbookFact {
    std::string label;
    WorkbookCell value;
};

struct WorkbookReport {
    std::string title;         // the cover's first line: the plan's name
    std::string cover_name;    // the cover tab's name
    std::vector<WorkbookFact> facts;
    std::string contents_heading;  // above the list of sheets and what each holds
    std::string currency;          // ISO 4217 code of the money cells: "EUR"
    std::vector<WorkbookSheet> sheets;
    std::int64_t created_unix_seconds = 0;  // the file's creation date (0: now)
    std::string author;                      // the file's "Author" property
};

// Excel's limits, checked before writing (a larger sheet is refused with a message).
inline constexpr std::size_t kWorkbookMaxRows = 1'048'576;
inline constexpr std::size_t kWorkbookMaxColumns = 16'384;

struct WorkbookWritten {
    std::string bytes;              // the .xlsx file, when written
    std::optional<Message> error;   // why not
};

WorkbookWritten write_workbook(const WorkbookReport& report);

// `name` as Excel accepts a tab's name: the characters []:*?/\ replaced, at most 31 characters
// (whole UTF-8 characters), not starting or ending with an apostrophe, never empty; a name
// already in `taken` gets " (2)", " (3)"...
std::string valid_sheet_name(const std::string& name, const std::vector<std::string>& taken);

// The number format of `kind` with `decimals` decimals, in Excel's notation: "#,##0.00 \"EUR\"".
std::string number_format_code(NumberKind kind, int decimals, const std::string& currency);

}  // namespace roster::storage
