// Creators from an Excel workbook (docs/SPREADSHEETS.md, "Workbooks"): one of its sheets, read
// by storage/workbook_read.h, goes through the same mapping preview and import as a CSV file
// (sheet_import.h). An interface calls preview_workbook with the bytes and the sheet the planner
// chose ("" for the first), shows the sheet names to choose another, and after that uses
// import_sheet and SheetImport::command() exactly as for CSV.
//
// Built into its own library (roster_workbook_import) so that the page links zlib and expat only
// in the module that reads workbooks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/message.h"
#include "engine/plan.h"
#include "sheet_import.h"
#include "storage/sheet_mapping.h"
#include "storage/workbook_read.h"

namespace roster {

struct WorkbookPreview {
    bool ok = false;
    Message problem;                       // why the workbook or the sheet cannot be read
    std::vector<std::string> sheet_names;  // for the choice of a sheet (filled also when a sheet is unknown)
    std::string sheet_name;                // the sheet read
    std::vector<Message> notes;            // how the sheet was read: title rows, joined headers, error cells
    SheetPreview preview;                  // the sheet, its mapping and what each row gives, as for CSV
};

WorkbookPreview preview_workbook(std::string_view bytes, std::string_view sheet_name, const Plan& plan, ImportMode mode,
                                 const storage::SavedMapping* remembered = nullptr,
                                 const storage::WorkbookLimits& limits = {});

// "Read 120 rows of 9 columns from the sheet “Roster” (one of 3 sheets)." (WorkbookReadSummary)
Message workbook_read_summary(const WorkbookPreview& preview);

}  // namespace roster
