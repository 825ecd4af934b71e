// What-if levers: the few questions a planner asks of a scenario while talking it through
// ("and with fees 20% higher?", "twice the posts?", "if recommended views halve?"). Applied to
// the open scenario as a preview while a slider moves, and kept as an edit when the planner
// says so; a lever at its neutral value changes nothing.
#pragma once

#include <optional>

#include "plan.h"

namespace roster {

struct WhatIf {
    double fees = 1.0;           // multiplies every fee per post
    double posts = 1.0;          // multiplies the posts of every deliverable line
    double amplification = 1.0;  // multiplies every creator's paid amplification spend
    double conversion = 1.0;     // multiplies the conversion rate (an assumption)
    std::optional<Ppm> recommendation_scale;  // replaces the environment's, when given
};

bool operator==(const WhatIf& a, const WhatIf& b);
inline bool operator!=(const WhatIf& a, const WhatIf& b) { return !(a == b); }

// Whether every lever is at its neutral value for this plan.
bool is_neutral(const WhatIf& what_if, const Plan& plan);

// The open scenario moved by the levers. Amounts are rounded to the plan's units and kept
// inside what validation accepts (at most 1,000 posts a line, the assumption's range); a line
// with posts keeps at least one unless posts are scaled to zero.
Plan apply_what_if(const Plan& plan, const WhatIf& what_if);

}  // namespace roster
