// `roster reach`: the plan's audience after overlap, as a table or JSON: net reach and its
// bounds, the frequency distribution, effective reach, what each creator adds, the build-up
// curves and the duplication matrix.
#pragma once

#include <string>

#include "engine/overlap.h"
#include "engine/plan.h"

namespace roster::cli {

std::string reach_table(const Plan& plan, const PlanAudience& audience);
std::string reach_json(const Plan& plan, const PlanAudience& audience);

}  // namespace roster::cli
