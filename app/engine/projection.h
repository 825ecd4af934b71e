// What a plan buys, computed from the plan and the assumptions: plan -> engine -> results.
#pragma once

#include <cstdint>
#include <vector>

#include "assumptions.h"
#include "plan.h"

namespace roster {

struct CreatorProjection {
    CreatorId id = 0;
    Tier tier = Tier::Nano;
    double reach_rate = 0.0;          // one post, share of followers
    bool reach_rate_is_estimate = false;
    double impressions = 0.0;         // all posts, counting repeat exposures
    double reach = 0.0;               // people reached at least once by this creator's posts
    double frequency = 0.0;           // impressions / reach
    double cost = 0.0;                // fee per post x posts
    double cpm = 0.0;                 // cost per thousand impressions; 0 when there are none
};

struct ProjectionTotals {
    int creators = 0;
    std::int64_t followers = 0;
    double cost = 0.0;
    double impressions = 0.0;
    // Sum of the creators' own reach. People who follow several creators are counted once per
    // creator: deduplication across overlapping audiences is the overlap model's job.
    double gross_reach = 0.0;
    double cpm = 0.0;
};

struct Projection {
    std::vector<CreatorProjection> creators;  // same order as plan.creators
    ProjectionTotals totals;
};

// Deterministic projection with median assumptions. Expects a plan that passes validate();
// on any other it still returns finite numbers (invalid fields are clamped).
Projection project(const Plan& plan, const Assumptions& assumptions = default_assumptions());

}  // namespace roster
