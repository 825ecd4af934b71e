// The spreadsheet import's preview (docs/SPREADSHEETS.md): what Roster read from a sheet file or
// pasted cells, each column with what it becomes (changeable), the first rows as Roster reads
// them, every refused row with its reason, and add or update. Nothing changes until the planner
// confirms; then the whole import is one edit (one undo step). It returns the planner's answer.
#pragma once

#include <optional>
#include <string>

#include "document/sheet_import.h"
#include "view_context.h"

namespace roster::ui {

class ImportView {
public:
    // A sheet arrived: its preview opens at the next frame. `source` names it in messages.
    void open(SheetPreview preview, Message source);
    bool is_open() const { return preview_.has_value(); }

    struct Answer {
        enum class Kind { None, Import, Cancel };
        Kind kind = Kind::None;
        Command command;                 // for Import
        storage::SheetMapping mapping;  // what the planner confirmed, to remember for these headers
        Message counts;                  // "12 creators to add, ..."
        Message source;                  // where the sheet came from
    };
    Answer draw(ViewContext& ctx);

private:
    void remap(const Plan& plan);

    std::optional<SheetPreview> preview_;
    Message source_;
    ImportMode mode_ = ImportMode::Add;
    bool focus_ = false;
};

}  // namespace roster::ui
