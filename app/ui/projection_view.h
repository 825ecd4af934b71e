// The projection's headline figures for the whole plan.
#pragma once

#include "view_context.h"

namespace roster::ui {

void draw_projection_view(ViewContext& ctx);

}  // namespace roster::ui
