// What the page and its workbook module (host/workbook_module.cpp, loaded only when a workbook
// is opened or written) pass each other, as JSON text: the page keeps Excel's libraries out of
// its own download (docs/SPREADSHEETS.md, "Workbooks in the browser"), so a report workbook
// travels to the module as its description, and a workbook's sheet comes back as CSV text
// (RFC 4180, comma-separated, '.' decimals) that the page's sheet reader and mapping preview
// take unchanged, with the reader's notes and problem as messages (ids and arguments, rendered
// by the page in the planner's language).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/message.h"
#include "sheet_text.h"
#include "workbook_write.h"

namespace roster::storage {

std::string report_to_json(const WorkbookReport& report);
// False when the text is not a report description this build wrote.
bool report_from_json(std::string_view text, WorkbookReport& report);

// One sheet of a workbook, read.
struct WorkbookSheetText {
    bool ok = false;
    std::vector<std::string> sheet_names;
    std::string sheet_name;  // the sheet read
    std::string csv;         // its rows, header first
    std::vector<Message> notes;
    Message problem;         // why it was refused, when not ok
};

std::string sheet_text_to_json(const WorkbookSheetText& read);
bool sheet_text_from_json(std::string_view text, WorkbookSheetText& read);

// A sheet's rows as RFC 4180 CSV: comma-separated, quoted where a cell holds a comma, a quote
// or a line break, CRLF after each row. Cells go as they are, so that the sheet reader gives the
// preview in the browser the very cells the command line's import previews.
std::string sheet_as_csv(const Sheet& sheet);

std::string message_to_json(const Message& message);
bool message_from_json(std::string_view text, Message& message);

}  // namespace roster::storage
