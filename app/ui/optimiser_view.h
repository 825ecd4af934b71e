// The budget optimiser's window: the planner chooses what to make as large as possible, the
// budget, the constraints and which creators are in, out or candidates, and reads the proposal
// (what each chosen creator adds per unit of money, the best left out and why, how far it may be
// from the best possible), then opens it as a new scenario; the efficient frontier shows the best
// at every budget with the plan as it is against it. The search itself runs in the live layer
// (live/optimiser_job.h); the view only returns what the planner asked for.
#pragma once

#include <cstdint>

#include "engine/optimiser.h"
#include "live/optimiser_job.h"
#include "view_context.h"

namespace roster::ui {

struct OptimiserChoice {
    enum class Kind { None, Search, Frontier, Cancel, OpenProposal };
    Kind kind = Kind::None;
    OptimiserProblem problem;  // for Search and Frontier
};

// `revision` is the plan's, to tell a result made from an earlier plan.
OptimiserChoice draw_optimiser_view(ViewContext& ctx, const live::OptimiserJob& job, std::uint64_t revision);

// The problem the window's settings describe for `plan`: its budget is the one typed, else the
// plan's cap, else what the plan costs as it is (`plan_cost`).
OptimiserProblem optimiser_problem(const OptimiserViewState& settings, const Plan& plan, double plan_cost);

}  // namespace roster::ui
