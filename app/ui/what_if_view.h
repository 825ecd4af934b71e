// What-if levers on the open scenario: sliders for fees, posts, amplification, conversion and
// recommended views, with the headline figures moving as a slider moves; the result can be
// kept in the scenario (one undo step) or saved as a new scenario beside it.
#pragma once

#include "view_context.h"

namespace roster::ui {

void draw_what_if_view(ViewContext& ctx);

}  // namespace roster::ui
