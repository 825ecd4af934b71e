// The roster: one row per creator, edited in place, and the form that adds a creator.
#pragma once

#include "view_context.h"

namespace roster::ui {

void draw_roster_view(ViewContext& ctx);

}  // namespace roster::ui
