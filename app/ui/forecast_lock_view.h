// Locking and unlocking the open scenario's forecast (docs/ACTUALS.md): the dialogs that say what
// is kept, or what goes, before the one undoable edit, and the scenario bar's mark that a
// forecast is locked. Plan > Lock forecast… and Unlock forecast… ask for the dialogs
// (OpenWindows::lock_forecast, unlock_forecast); they open at the next frame.
#pragma once

#include <string>

#include "view_context.h"

namespace roster::ui {

void draw_forecast_lock_dialogs(ViewContext& ctx);

// "Forecast of “Base” locked on 2026-12-07" as a button in the scenario bar; true when the
// planner pressed it (the forecast-against-actual window opens). Draws nothing when no forecast
// is locked.
bool draw_locked_mark(ViewContext& ctx);

// Today in the planner's time zone, "2026-12-07": the date a lock or a calibration is made.
std::string today_iso();

}  // namespace roster::ui
