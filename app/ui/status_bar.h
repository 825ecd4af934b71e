// The status bar along the bottom: the latest message for the planner on the left (wrapped,
// the bar grows to fit it), how the open plan is kept on the right ("Saved in this browser at
// 14:32 · never downloaded", or a lasting warning when saves fail), and the buttons that help
// when they do. It changes nothing itself: it returns the button the planner pressed.
#pragma once

#include <string>

#include "document/plan_session.h"
#include "view_context.h"

namespace roster::ui {

struct StatusBarChoice {
    enum class Kind { None, DownloadPlan, OpenTheirs, KeepMine, DownloadUnreadable };
    Kind kind = Kind::None;
};

// Draws the bar from ctx.state.message and `save`. `said` receives what the bar says, warnings
// included, for the page's screen-reader copy of the status.
StatusBarChoice draw_status_bar(ViewContext& ctx, const SaveState& save, std::string& said);

}  // namespace roster::ui
