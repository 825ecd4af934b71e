// Roster's look: a light, calm theme for long working sessions, sized for the given scale.
#pragma once

#include <imgui.h>

#include "engine/plan.h"

namespace roster::ui {

void apply_theme();

// Colours that mean the same thing in every view and chart: a tier, a platform, a series.
// Chosen to stay distinct for the common colour-vision deficiencies (Okabe-Ito palette).
ImU32 tier_color(Tier t);
ImU32 platform_color(Platform p);
ImU32 series_color(int i);

}  // namespace roster::ui
