// Part of the deduplication (deduplication.h), not for its callers: each creator's audience as
// the passes over the overlap matrix read it, in the universe's terms. The callers state an
// audience as followers, a share of them reached and non-followers reached; the passes need
// people, rates (a chance per person of the universe) and normalised frequencies, and they need
// them for every pair, so each creator's are worked out once, before any pass.
#pragma once

#include <vector>

#include "deduplication.h"

namespace roster::dedup {

// Everything the O(n^2) passes need about one creator, in the universe's terms.
struct CreatorReach {
    double followers = 0, reached = 0, other = 0;  // people
    double rate = 0;          // reached share of followers
    double other_rate = 0;    // chance a non-follower is among the other reach
    double anyone_rate = 0;   // chance a random person of the universe is reached
    Frequency follower{}, others{};
    Frequency anyone{};       // exposures of a random reached person, weighted
};

// Each creator's reach, its audience clamped into the universe (followers at most the
// universe, other reach at most the non-followers). `universe` is more than 0.
std::vector<CreatorReach> reach_in_universe(const std::vector<AudienceCreator>& creators, double universe);

// `f` scaled to sum to 1; all 0 when it sums to nothing.
Frequency normalised(const Frequency& f);

}  // namespace roster::dedup
