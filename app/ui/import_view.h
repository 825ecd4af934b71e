// The spreadsheet import's preview (docs/SPREADSHEETS.md): what Roster read from a sheet file or
// pasted cells, each column with what it becomes (changeable), the first rows as Roster reads
// them, every refused row with its reason, and add or update. Nothing changes until the planner
// confirms; then the whole import is one edit (one undo step). It returns the planner's answer.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "document/sheet_import.h"
#include "view_context.h"

namespace roster::ui {

class ImportView {
public:
    // A sheet arrived: its preview opens at the next frame. `source` names it in messages.
    void open(SheetPreview preview, Message source);
    // The sheet came from a workbook: its sheets, to choose another (Answer::Kind::ChooseSheet,
    // which reads that sheet and opens its preview instead), and how the chosen one was read.
    void set_workbook(std::vector<std::string> sheet_names, std::string sheet, std::vector<Message> notes);
    bool is_open() const { return preview_.has_value(); }

    struct Answer {
        enum class Kind { None, Import, Cancel, ChooseSheet };
        Kind kind = Kind::None;
        Command command;                 // for Import
        storage::SheetMapping mapping;  // what the planner confirmed, to remember for these headers
        Message counts;                  // "12 creators to add, ..."
        Message source;                  // where the sheet came from
        std::string sheet;               // for ChooseSheet: the workbook's sheet to read instead
    };
    Answer draw(ViewContext& ctx);

private:
    void remap(const Plan& plan);

    std::optional<SheetPreview> preview_;
    Message source_;
    ImportMode mode_ = ImportMode::Add;
    bool focus_ = false;
    std::vector<std::string> sheets_;  // of the workbook the sheet came from; empty for CSV
    std::string sheet_;
    std::vector<Message> workbook_notes_;
};

}  // namespace roster::ui
