// The preview of an analytics export (docs/ACTUALS.md): what Roster read from a Meta Business
// Suite, TikTok Studio or YouTube Studio export, every row matched to a creator's post (with its
// figures) or left out with its reason. Nothing changes until the planner presses Import; then
// every matched row is one edit (SetActuals, one undo step). It returns the planner's answer.
#pragma once

#include <optional>

#include "document/actuals_import.h"
#include "view_context.h"

namespace roster::ui {

class ActualsImportView {
public:
    // An export arrived (File > Import campaign results…, or dropped on the page): its preview
    // opens at the next frame. `source` names it in messages.
    void open(ActualsPreview preview, Message source);
    bool is_open() const { return preview_.has_value(); }

    struct Answer {
        enum class Kind { None, Import, Cancel };
        Kind kind = Kind::None;
        Command command;  // for Import
        Message counts;   // "4 posts matched, 1 row not matched, 0 rows refused."
        Message source;
    };
    Answer draw(ViewContext& ctx);

private:
    std::optional<ActualsPreview> preview_;
    Message source_;
    bool focus_ = false;
};

}  // namespace roster::ui
