// Where the working windows sit: the scenario bar spanning the width under the menu bar, the
// roster above the creator panel on the left, the results on the right, and the assumptions,
// comparison and what-if windows over them when open (ctx.state.windows), plus the scenario
// naming box. The views inside add their edits to ctx.commands like every view.
#pragma once

#include "view_context.h"

namespace roster::ui {

void draw_working_windows(ViewContext& ctx);

}  // namespace roster::ui
