// The creator panel's Actuals tab (docs/ACTUALS.md): each planned post of the creator, posted or
// not, its date and address, and its numbers (views to the cost actually paid), each with where
// it came from. A number typed here is one edit (SetActuals, one undo step) marked "typed"; an
// emptied field makes the number unknown again, never zero.
#pragma once

#include "view_context.h"

namespace roster::ui {

void draw_actuals_panel(ViewContext& ctx, const Creator& creator);

}  // namespace roster::ui
