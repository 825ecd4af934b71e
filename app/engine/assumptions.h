// Every number the engine uses that is not typed in by the planner: its value, where it comes
// from, and whether it is an engineering estimate. docs/MODEL.md cites each source in full;
// the app shows the same source text next to the value.
#pragma once

#include <array>
#include <string_view>

#include "plan.h"

namespace roster {

struct Sourced {
    double value = 0.0;
    std::string_view source;  // short citation, e.g. "Minter 2019 [S33]"
    bool estimate = false;    // no source gives this number directly
};

struct Assumptions {
    // Median share of a creator's followers reached by one post (views per follower for
    // video-first platforms), by platform and tier. models.md section 9.2.
    std::array<std::array<Sourced, kTierCount>, kPlatformCount> reach_rate{};

    // Concentration s = alpha + beta of the beta-binomial that accumulates a creator's
    // repeated posts: a small s means the same engaged core sees most posts.
    Sourced post_concentration;
};

// The defaults, each with its source.
const Assumptions& default_assumptions();

inline const Sourced& reach_rate(const Assumptions& a, Platform p, Tier t) {
    return a.reach_rate[static_cast<std::size_t>(p)][static_cast<std::size_t>(t)];
}

}  // namespace roster
