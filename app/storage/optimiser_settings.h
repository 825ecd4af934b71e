// The optimiser's constraints file (docs/OPTIMISER.md, "The constraints file"): a small JSON text
// a planner writes once and passes to `roster optimise --constraints FILE`, read into the engine's
// OptimiserProblem (engine/optimiser.h). Creators are named as the planner knows them (a name, or
// a handle with or without its @) and found in the plan; anything Roster does not know, or a value
// out of its range, refuses the whole file with a message that names the field.
//
//   {"roster_optimiser": 1, "objective": "net-reach", "budget": 25000,
//    "creators": {"min": 3, "max": 12},
//    "platforms": {"tiktok": {"min": 2, "max_share": 0.5}}, "tiers": {"micro": {"min": 3}},
//    "max_share_per_creator": 0.3, "min_average_frequency": 1.5, "min_effective_reach": 100000,
//    "max_cpm": 12.5, "min_chance_roi_positive": 0.6,
//    "must_include": ["Léa"], "exclude": ["@studionord"],
//    "options": ["as_planned", "one_post"],
//    "creator_options": {"Léa": ["as_planned", {"label": "2 reels",
//        "deliverables": [{"format": "short", "count": 2, "fee": 900}]}]}}
#pragma once

#include <cstddef>
#include <string_view>

#include "engine/message.h"
#include "engine/optimiser.h"
#include "engine/plan.h"

namespace roster::storage {

inline constexpr std::size_t kMaxOptimiserSettingsBytes = 1024 * 1024;

struct OptimiserSettingsLoad {
    bool ok = false;
    Message problem;  // why the file was refused; meaningful only when not ok
    OptimiserProblem settings;  // constraints.budget is 0 when the file gives none
    bool has_budget = false, has_objective = false;
};

OptimiserSettingsLoad load_optimiser_settings(std::string_view text, const Plan& plan);

}  // namespace roster::storage
