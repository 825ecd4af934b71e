// Roster's look: a light, calm theme for long working sessions, sized for the given scale.
#pragma once

namespace roster::ui {

void apply_theme();

}  // namespace roster::ui
