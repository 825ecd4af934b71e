// The results: headline figures with their P10-P90 ranges, charts a planner reads at a glance
// (budget split, reach build-up, frequency, ROI distribution, overlap heatmap, tornado) and the
// per-creator results table.
#pragma once

#include "view_context.h"

namespace roster::ui {

void draw_results_view(ViewContext& ctx);

}  // namespace roster::ui
