// The optimiser's results in the planner's words, for every place that shows them (the
// optimiser window, `roster optimise` and `roster frontier`): the objective's name and how its
// values read, a booking option's name, and why a creator was left out.
#pragma once

#include <string>

#include "engine/message.h"
#include "engine/optimiser.h"
#include "engine/plan.h"

namespace roster::present {

// "net reach", "ROI P10"... in the display language, and the term behind it.
std::string objective_name(OptimiserObjective objective);
Term objective_term(OptimiserObjective objective);
// What a creator adds is counted in: the objective itself, except under the pessimistic ROI,
// whose share a creator cannot be credited with alone: there it is the gross profit they add.
OptimiserObjective added_measure(OptimiserObjective objective);
// A value of the objective as it reads: people and conversions counted, gross profit as money,
// ROI as a percentage.
std::string objective_value_text(OptimiserObjective objective, double value, const std::string& currency);
// "as planned", "one post"...; a custom option's own label, as the planner wrote it.
std::string booking_text(const BookingOption& option);
// Why a creator is out of the proposal: the budget left, the constraint they would break, or the
// chosen creator who already reaches their audience (named as in `plan`).
Message left_out_reason(const LeftOutCreator& creator, const OptimiserResult& result,
                        const OptimiserConstraints& constraints, const Plan& plan);
// The creator's name in `plan`, or their id when they are gone.
std::string creator_name(const Plan& plan, CreatorId id);

}  // namespace roster::present
