// Scenarios side by side: the headline figures of two to four scenarios with their ranges and
// their changes against the first, and the same charts overlaid (reach against spend,
// frequency, budget by tier, ROI or reach over simulated campaigns).
#pragma once

#include "view_context.h"

namespace roster::ui {

void draw_comparison_view(ViewContext& ctx);

}  // namespace roster::ui
