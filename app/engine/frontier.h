// The efficient frontier (issue 22; docs/OPTIMISER.md): the best proposal the optimiser finds at
// each of a row of budgets from zero to twice the plan's, what the next 1,000 people reached cost
// at each step, and where the plan as it is stands against it (on the frontier, or how far below).
//
// One candidate pool serves every budget (optimiser_objective.h), and each budget's search starts
// from the previous budget's proposal as well as its own, so that more budget never gives a worse
// proposal: a proposal within a budget is within any larger one.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "optimiser.h"

namespace roster {

struct FrontierPoint {
    double budget = 0.0;
    bool feasible = true;
    Selection selection;
    SelectionFigures figures;
    double objective_value = 0.0;
    // From the previous point (from nothing for the first): extra cost per `Frontier::marginal_unit`
    // more of the objective; 0 when the objective did not grow.
    double marginal_cost = 0.0;
};

struct Frontier {
    OptimiserObjective objective = OptimiserObjective::NetReach;
    double plan_budget = 0.0;    // the plan's budget cap, else what the plan costs as it is
    double marginal_unit = 1.0;  // 1,000 people for the objectives that count people, else 1
    std::vector<FrontierPoint> points;  // budgets rising, the last twice the plan's budget
    // The plan as it is (every creator that is not excluded, as planned).
    SelectionFigures plan_figures;
    double plan_value = 0.0;
    double frontier_at_plan_cost = 0.0;  // the frontier's objective at what the plan costs (linear between points)
    double plan_shortfall = 0.0;  // share of it the plan falls short by; negative when the plan does better
    std::vector<Message> problems;
    bool cancelled = false;
};

struct FrontierOptions {
    std::size_t points = 20;
    double top_budget = 0.0;  // 0: twice the plan's budget
    OptimiserOptions optimiser = [] {
        OptimiserOptions o;
        o.exact_work = 3'000'000.0;  // per budget: twenty budgets share the time of a few searches
        o.risk_draws = 500;
        o.explain = false;
        o.thorough = false;
        return o;
    }();
};

class FrontierRun {
public:
    // `problem`'s budget is ignored: the frontier sets its own.
    FrontierRun(const Plan& plan, const Assumptions& assumptions, const OptimiserProblem& problem,
                const FrontierOptions& options = {});
    ~FrontierRun();
    FrontierRun(FrontierRun&&) noexcept;
    FrontierRun& operator=(FrontierRun&&) noexcept;

    bool advance(std::size_t steps);  // returns whether any are left
    double progress() const;          // 0 to 1, never decreasing
    std::size_t points_done() const;
    void cancel();
    bool cancelled() const;
    // Takes whatever is left (when cancelled: the points finished so far). Call once.
    Frontier finish();

private:
    struct Work;
    std::unique_ptr<Work> work_;
};

Frontier efficient_frontier(const Plan& plan, const Assumptions& assumptions, const OptimiserProblem& problem,
                            const FrontierOptions& options = {});

}  // namespace roster
