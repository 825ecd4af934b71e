// The creator panel: everything about the creator selected in the roster (deliverables and
// fees, paid amplification, audience and its profile, overlaps with the others) and what that
// creator brings to the plan.
#pragma once

#include "view_context.h"

namespace roster::ui {

void draw_creator_view(ViewContext& ctx);

}  // namespace roster::ui
