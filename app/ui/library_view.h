// The library window: every plan kept in this browser with when it was last saved and last
// downloaded and its size, and the buttons that open, rename, duplicate or delete one (and
// undo the last delete). It changes nothing itself: it returns what the planner chose, and the
// workspace acts on it through the plan session (document/plan_session.h), where a plan that is
// not open is changed by its own document's commands.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "document/plan_session.h"
#include "view_context.h"

namespace roster::ui {

struct LibraryChoice {
    enum class Kind { None, Open, Rename, Duplicate, Delete, UndoDelete };
    Kind kind = Kind::None;
    std::uint32_t plan = 0;  // the plan's id in the library
    std::string name;        // for Rename
};

// Draws the window while ctx.state.windows.library; `deleted` names the plan the last delete
// removed, while it can be restored.
LibraryChoice draw_library_view(ViewContext& ctx, const std::vector<LibraryRow>& rows,
                                const std::optional<std::string>& deleted);

// What the status bar says once the plan session made the change the planner chose (none when
// there is nothing to say: a rename done, a plan whose saves could not be read).
std::optional<StatusMessage> library_news(LibraryChoice::Kind kind, const LibraryChange& change);

}  // namespace roster::ui
