// The presentation view for a projector: the plan's scenarios one at a time in large type,
// editors hidden. Arrow keys, Page Up/Down or Space step through the scenarios; Escape leaves.
#pragma once

#include "view_context.h"

namespace roster::ui {

// Draws the whole screen. Returns false when the planner leaves the presentation.
bool draw_presentation_view(ViewContext& ctx);

}  // namespace roster::ui
