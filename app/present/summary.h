// The plain-text account of what the workspace shows: the roster and its projection. The page
// puts it in a live region for screen readers (a canvas is opaque to them), and the
// end-to-end tests read it to check what a planner sees. Pure, tested natively.
#pragma once

#include <string>
#include <vector>

#include "engine/plan.h"
#include "engine/projection.h"
#include "scenario_comparison.h"

namespace roster::present {

std::string plan_summary(const Plan& plan, const Projection& projection);

// The scenario comparison in one paragraph: each figure for each scenario, with its change
// against the first. Empty with fewer than two scenarios.
std::string comparison_summary(const std::vector<std::string>& names, const std::vector<ComparisonRow>& rows,
                               const std::string& currency);

}  // namespace roster::present
