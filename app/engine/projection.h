// What a plan buys, computed from the plan and its assumptions with every uncertain quantity
// at its median: plan -> engine -> results. Monte-Carlo ranges are in simulation.h.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "assumptions.h"
#include "deduplication.h"
#include "outcome.h"
#include "plan.h"

namespace roster {

struct CreatorProjection {
    CreatorId id = 0;
    Platform platform = Platform::Instagram;
    Tier tier = Tier::Nano;
    double reference_rate = 0.0;   // views per follower of one reference-format post
    bool measured = false;         // from the creator's own figures, not a benchmark
    bool on_target_known = false;  // the audience profile covers the campaign's target
    Outcome outcome;
    Ratios ratios;
};

// What the same money would buy in the baseline paid-social channel (models.md 9.5).
struct BaselineChannel {
    Platform platform = Platform::Instagram;
    double spend = 0.0, impressions = 0.0, clicks = 0.0, conversions = 0.0, revenue = 0.0;
    double reach = 0.0;        // in the target audience; 0 when its size is not known
    bool reach_known = false;
    double roas = 0.0, roi = 0.0;
};

struct Projection {
    std::vector<CreatorProjection> creators;  // same order as plan.creators
    // Tiers and platforms add their creators' reach up (gross); the total is net of overlap.
    std::array<Outcome, kTierCount> by_tier{};
    std::array<Outcome, kPlatformCount> by_platform{};
    // total.reach is the net reach of `audience`; on-target and effective reach are netted in
    // the same proportion (overlap_factor), so that CPM per person reached and frequency are
    // per real person.
    Outcome total;
    double gross_reach = 0.0;     // the creators' reach added up
    double overlap_factor = 1.0;  // net / gross reach of the deduplication
    NetReach audience;            // overlap.h, without the build-up curves
    Ratios ratios;
    std::int64_t followers = 0;     // the sum other tools call "reach"
    double budget_cap = 0.0;        // 0: none
    double budget_left = 0.0;       // negative when over the cap
    double universe = 0.0;
    BaselineChannel baseline;
};

// How EMV is computed, named wherever EMV is shown.
inline constexpr std::string_view kEmvMethod =
    "impressions x paid-social CPM / 1,000, plus the rate card's credit per engagement";

// Median projection. Expects a plan that passes validate(); on any other it still returns
// finite numbers (invalid fields are clamped).
Projection project(const Plan& plan, const Assumptions& assumptions);
Projection project(const Plan& plan);  // with the plan's own assumptions

BaselineChannel baseline_channel(const Plan& plan, const Assumptions& a, double spend);

}  // namespace roster
