// Every parameter the engine uses, in one place: the campaign's settings, the environment
// workshops play with, and the assumption catalogue by group, each with its value, sourced
// default, source, an "estimate" mark where no source gives it, and a reset.
#pragma once

#include "view_context.h"

namespace roster::ui {

void draw_assumptions_view(ViewContext& ctx);

}  // namespace roster::ui
