// The plan's currency, chosen from ISO 4217 (engine/currency.h) by code or by its name in the
// display language. When the plan holds amounts the planner typed, choosing another currency asks
// whether to keep their numbers or convert them at the dated rate (document/currency_change.h);
// either is one undo step, and the status bar says what happened to the amounts and to the money
// defaults. A widget of its own, so the campaign settings can move without it.
#pragma once

#include "view_context.h"

namespace roster::ui {

// Draws the choice with `label` beside it, `width` wide.
void currency_combo(ViewContext& ctx, const char* label, float width);

}  // namespace roster::ui
