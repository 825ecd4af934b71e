// Creators from a spreadsheet (docs/SPREADSHEETS.md): the rows of a sheet read by
// storage/sheet_text.h, mapped column by column (storage/sheet_mapping.h), become creators to
// add or to update, each refused row with its number in the file, its column, its value and the
// reason. Two pure functions an interface calls:
//
//   preview_sheet(bytes, plan, mode, remembered)   the file read, its columns mapped, what each
//                                                  row gives (for a preview window)
//   import_sheet(sheet, mapping, plan, mode)       again after the planner changes a column's
//                                                  target or the mode, without reading the bytes
//
// and SheetImport::command() is the one edit (ImportCreators, one undo step) that confirming
// applies. Nothing here changes the plan; cancelling is simply not applying the command.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commands.h"
#include "engine/message.h"
#include "engine/plan.h"
#include "storage/sheet_mapping.h"
#include "storage/sheet_text.h"

namespace roster {

// Add: every row becomes a new creator. Update: a row that names a creator of the plan (same
// platform and handle, else the same name) changes that creator's fields given in the row and
// keeps the others; the other rows are added.
enum class ImportMode : std::uint8_t { Add, Update };

// A refused row, or a note about a cell that was read anyway.
struct SheetIssue {
    std::size_t row = 0;  // as the file numbers it (the header is row 1 in most files)
    std::string column;   // the column's header, or "" when the reason concerns the whole row
    std::string value;    // the cell as written (at most 200 bytes)
    Message reason;
    bool note = false;
    // "Row 4, “Followers” (“-12”): ..." as one message (SheetRowRefused, SheetRowRefusedWhole or
    // SheetCellNote).
    Message message() const;
};

enum class RowOutcome : std::uint8_t { Add, Update, Refused, Total };

struct ImportRow {
    std::size_t row = 0;
    RowOutcome outcome = RowOutcome::Add;
    Creator creator;             // as Roster reads the row (Add and Update: what the plan gets)
    CreatorId updates = 0;       // Update: the creator it changes
    std::size_t issue = 0;       // Refused: its place in SheetImport::refused
};

inline constexpr std::size_t kPreviewRows = 20;

struct SheetImport {
    std::vector<Creator> added;    // ids 0: given when the command applies
    std::vector<Creator> updated;  // with the ids of the creators they replace
    std::vector<ImportRow> shown;  // the first kPreviewRows rows with something in them
    std::vector<SheetIssue> refused;
    std::vector<SheetIssue> notes;
    std::size_t data_rows = 0;          // rows under the header with something in them
    std::size_t empty_rows = 0;         // rows of blank cells (empty lines are not rows at all)
    std::optional<std::size_t> total_row;  // a trailing "Total" row, skipped
    // Why no row can be imported with this mapping at all (no name or handle column, no rows).
    std::optional<Message> problem;

    bool nothing_to_import() const { return added.empty() && updated.empty(); }
    // The edit confirming applies: ImportCreators{added, updated}.
    Command command() const;
    // "12 creators to add, 3 to update, 2 rows refused." (SheetImportCounts)
    Message counts() const;
};

// The sheet's first row, as the headers of its columns (a column without a header is named by
// its letters, "C").
std::vector<std::string> sheet_headers(const storage::Sheet& sheet);

SheetImport import_sheet(const storage::Sheet& sheet, const storage::SheetMapping& mapping, const Plan& plan,
                         ImportMode mode);

struct SheetPreview {
    bool ok = false;
    Message problem;  // why the bytes cannot be read as a sheet; meaningful only when not ok
    storage::Sheet sheet;
    storage::SheetMapping mapping;
    SheetImport import;
};

// Bytes (a file or pasted cells) -> the preview. `remembered`, when given, is the mapping the
// planner chose before for these headers (storage::mapping_key); columns it does not name are
// recognised automatically.
SheetPreview preview_sheet(std::string_view bytes, const Plan& plan, ImportMode mode,
                           const storage::SavedMapping* remembered = nullptr,
                           const storage::SheetReadOptions& options = {});

// "Read 120 rows of 9 columns (UTF-8, semicolon-separated)." (SheetReadSummary)
Message read_summary(const storage::Sheet& sheet);

// "“Abonnés” → followers" for column `column` of the mapping.
Message column_message(const storage::SheetMapping& mapping, std::size_t column);

}  // namespace roster
