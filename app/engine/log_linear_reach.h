// Danaher's approximate log-linear model of exposure distributions [S95], measured beside the
// deduplication and the latent classes in docs/REACH-ACCURACY.md and not used by the projection.
//
// Each person is a vector x of "follows creator i" (0 or 1). The model keeps every creator's
// share P_i(x_i) = F_i / N and every pair's table P_ij(x_i, x_j) (from the shared followers) and
// joins them as
//     P(x) = c * prod_{i<j} P_ij(x_i, x_j) / prod_i P_i(x_i)^(n-2),
// a log-linear model with main effects and all two-way interactions whose interactions are the
// pairs' own log odds ratios (no triples or beyond). The paper was not retrieved: this is the
// usual second-order product approximation, as its abstract describes the model. Given who
// follows whom, each creator reaches a follower with its reached share and exposures (the
// engine's beta-binomial), independently.
//
// Where this differs from the paper, and why (docs/REACH-ACCURACY.md says more):
// - The binary variables are follows, not insertions: a planner states shared followers per pair
//   of creators, never the duplication between two posts of one creator; each creator's own
//   exposures given a follower is reached are the engine's, as for the other estimators.
// - The paper sums P(x) over all 2^n vectors (a handful of magazines); at hundreds of creators
//   that is impossible, so the normalising constant and the tilted model's marginals come from the
//   Bethe approximation (loopy belief propagation). The model's own inputs are exactly a fixed
//   point of it (all messages 1, beliefs = P_i and P_ij, c = 1), and it is exact when the pairs
//   form a tree (two creators, for example) [S97].
// - Unstated pairs: the paper has every pair from a survey. Here an unstated pair gets the median
//   lift (shared * N / (F_i F_j)) of the stated ones -- the duplication law with one constant;
//   none stated is independence. Interest profiles are not used (the model has none).
//
// - The result is held within the union's elementary bounds (at least the largest creator's
//   reached people, at most their sum and the universe): on crowded rosters the approximation
//   breaks down (docs/REACH-ACCURACY.md) and would otherwise answer anything.
//
// Cost: one pass over the n^2 pairs per sweep of belief propagation (an exp and a log per
// message), a few tens to a few hundred sweeps, twice (the tilted and the plain model).
#pragma once

#include <cstddef>

#include "deduplication.h"
#include "latent_classes.h"

namespace roster {

struct LogLinearReach {
    double followers = 0.0;       // net followers: N (1 - P(x = 0))
    double reach = 0.0;           // people reached at least once
    double reached_once = 0.0;    // people reached exactly once
    double reached_twice = 0.0;   // exactly twice
    double at_least_three = 0.0;  // 3 times or more (reach minus once and twice)
    std::size_t sweeps = 0;       // of belief propagation
    bool converged = false;       // messages settled within the sweeps allowed
};

// The same inputs as the latent classes (creators' followers, reached share and exposures, the
// stated pairs, the universe); the interest profiles are ignored.
LogLinearReach log_linear_reach(const LatentInputs& inputs);

}  // namespace roster
