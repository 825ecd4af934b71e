// Every keyboard shortcut of the workspace in one window, opened with F1 or "?" (outside a text
// field) or from the View menu, so a planner never has to guess them.
#pragma once

#include "view_context.h"

namespace roster::ui {

void draw_shortcuts_view(ViewContext& ctx);

// Whether the planner asked for the shortcuts this frame: F1, or "?" typed outside a text field.
bool shortcuts_asked();

}  // namespace roster::ui
