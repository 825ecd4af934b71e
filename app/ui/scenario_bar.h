// The scenario bar under the menu: one tab per scenario of the plan (click to open, right-click
// to rename or remove), "+" for a copy of the open one, and the buttons that open the
// comparison, the what-if levers and the presentation.
#pragma once

#include "view_context.h"

namespace roster::ui {

struct ScenarioBarActions {
    bool compare = false, what_if = false, optimise = false, present = false;
};

// Draws the bar's content (inside a window the workspace places). Returns what the planner
// asked to open.
ScenarioBarActions draw_scenario_bar(ViewContext& ctx);

// The box that names a new scenario or renames one, opened by the bar, the Scenarios menu or
// the what-if window (ScenarioViewState::naming); draw it once per frame.
void draw_scenario_naming(ViewContext& ctx);

// Starts naming: a new copy of the open scenario, a rename of `position`, or a new scenario
// from the what-if levers.
void start_naming(ViewContext& ctx, ScenarioViewState::Naming naming, std::uint32_t position = 0);

}  // namespace roster::ui
