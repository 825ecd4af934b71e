// The plain-text account of what the workspace shows: the roster and its projection. The page
// puts it in a live region for screen readers (a canvas is opaque to them), and the
// end-to-end tests read it to check what a planner sees. Pure, tested natively.
#pragma once

#include <string>

#include "engine/plan.h"
#include "engine/projection.h"

namespace roster::present {

std::string plan_summary(const Plan& plan, const Projection& projection);

}  // namespace roster::present
