// Locking the forecast (issue 23): when a campaign goes live, one scenario's projection with its
// P10-P90 ranges becomes the promise the actuals are compared with (actuals.h LockedForecast).
#pragma once

#include <cstdint>
#include <string>

#include "plan.h"

namespace roster {

struct LockRequest {
    std::string date;            // "2026-03-14": when the campaign went live
    std::string roster_version;  // the Roster computing it
    int draws = 4000;            // Monte-Carlo draws behind the ranges
    std::uint64_t seed = 1;
};

// The locked forecast of `scenario` (a plan as the engine reads it, scenarios.h scenario_plan),
// named `name`. Per creator: the simulation's P10, median and P90 of each LockedFigure; per
// deliverable line: the creator's band scaled by the line's share of the creator's projected
// figure (views for views, reach and engagements; clicks for clicks, conversions and revenue;
// fees for cost), since the simulation draws creators, not lines; in total: the plan's ranges
// (reach net of overlap). Every assumption's value is kept, sorted by key.
LockedForecast lock_forecast(const Plan& scenario, const std::string& name, const LockRequest& request);

}  // namespace roster
