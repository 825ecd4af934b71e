// The optimiser's constraints (optimiser.h): whether a selection meets them, by how much it
// misses them, and which of them cannot be met together whatever the selection.
//
// The search measures a selection by its violation first (0 when every constraint holds) and its
// objective second, so that a repair move that brings a selection nearer to its constraints is
// taken before any move that only raises the objective. A violation adds each constraint's
// shortfall relative to its own limit (one creator short of a minimum of 4 counts 0.25; 10 points
// of spend share count 0.1), the budget ten times over, since the proposal must never exceed it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "message.h"
#include "optimiser.h"

namespace roster {

class CandidatePool;
struct PoolCreator;
struct PoolOption;

struct ConstraintCheck {
    double violation = 0.0;
    std::vector<ConstraintRef> broken;
};

// Adds (sign 1) or takes away (sign -1) one creator booked with `option` from the tallies of
// `figures` that add up: creators, cost, impressions, counts and spend per tier and platform.
void tally(SelectionFigures& figures, const PoolCreator& creator, const PoolOption& option, int sign);

// The constraints that read only tallies (budget, counts, shares of spend, CPM), and with
// `with_reach` the ones that need the deduplication (average frequency, effective reach). The
// chance that ROI is positive is the Monte Carlo's (optimiser.cpp); the share of the budget on
// one creator is kept by never offering an option above it (option_allowed).
ConstraintCheck check_constraints(const OptimiserConstraints& constraints, const SelectionFigures& figures,
                                  bool with_reach);

// Whether any constraint needs the deduplication to be checked.
bool constraints_need_reach(const OptimiserConstraints& constraints);

// Whether an option fits the budget and the share of it allowed on one creator.
bool option_allowed(const OptimiserConstraints& constraints, const PoolOption& option);

// Whether booking `creator` with `option` (in place of its booking `replaced`, or null) keeps
// the limits the greedy never crosses: the budget and every maximum number of creators.
bool keeps_maximums(const OptimiserConstraints& constraints, const SelectionFigures& figures, const PoolCreator& creator,
                    const PoolOption& option, const PoolOption* replaced);

// The first maximum (of the budget's, the counts', the shares', the CPM's) that adding `option`
// to `figures` would break while `figures` meets it, for explaining why a creator was left out.
std::optional<ConstraintRef> first_broken_by(const OptimiserConstraints& constraints, const SelectionFigures& figures,
                                             const PoolCreator& creator, const PoolOption& option);

// Constraints that no selection of the pool can meet together, each said in words: more
// creators asked of a platform or tier than it has candidates, must-include creators above the
// budget or a maximum, minimums above maximums, minimum shares above 100%, a CPM no candidate
// reaches, an objective that needs what the plan lacks (an order value, audience profiles).
std::vector<Message> conflicting_constraints(const CandidatePool& pool, const OptimiserConstraints& constraints,
                                             OptimiserObjective objective);

}  // namespace roster
