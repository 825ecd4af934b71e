// A whole-matrix model of overlapping audiences, measured beside the deduplication in
// docs/REACH-ACCURACY.md and not used by the projection (a prototype): the people are latent
// classes [S96], one per interest the creators' audience profiles report times 16 heaviness levels,
// and within a class each creator is followed independently. A creator's followers in interest k
// are its followers times its profile share (the unreported rest spread over the interests in
// proportion to their people), so a person of interest k and heaviness m follows creator i with
// p = F_i a_ik m / W_k, and two creators share E[m^2] * sum_k F_i a_ik F_j a_jk / W_k. The stated
// pairs fit theta_k = E[m^2] / W_k by non-negative least squares (shrunk toward one common theta
// when few pairs are stated); the interests' people add up to the universe (each interest at
// least one creator's followers in it, at most the universe), which then separates heaviness
// E[m^2] from the communities' sizes W_k -- what pairwise overlaps alone cannot do (a shared
// niche and heavy users give the same pair). Without profiles it is one class of everyone. The
// heaviness (mean 1) has E[m^2] from the fit; its shape beyond that is not identified by pairs, so
// it is assumed: 10% of people heavy by the factor that gives E[m^2], on a log-normal of spread
// 0.5 for everyone (a log-normal alone, the first version, was off by -11% and +14% on two
// heavy-users worlds of 1,000 creators).
// Net reach is then sum over classes of W_k w_h (1 - prod_i (1 - p_khi rho_i)), and the
// frequency the convolution of each creator's exposures within a class. Cost: one pass over the
// stated pairs per fit (about 110 operations per pair, grouped by creator, and interests^2 per
// creator; 3 fits), and classes x creators x bins^2.
#pragma once

#include <cstddef>
#include <vector>

#include "deduplication.h"
#include "plan.h"

namespace roster {

struct LatentCreator {
    double followers = 0.0;
    double reached_share = 0.0;  // share of followers reached at least once
    Frequency frequency{};       // exposures of a reached follower (scaled to sum to 1 here)
    std::vector<Share> interests;  // the audience profile (shares of followers, ppm); may be empty
};

struct LatentPair {
    std::size_t i = 0, j = 0;  // creators, by index
    double shared = 0.0;       // followers the two share
};

struct LatentInputs {
    std::vector<LatentCreator> creators;
    std::vector<LatentPair> pairs;  // the stated pairs only
    double universe = 0.0;          // people on the platforms
};

struct LatentReach {
    double followers = 0.0;      // net followers
    double reach = 0.0;          // people reached at least once
    double at_least_three = 0.0; // people reached 3 times or more
    Frequency frequency{};       // people reached exactly k times (last: 10+)
    double heaviness = 1.0;      // fitted E[m^2] (1: everyone alike)
    std::size_t interests = 0;   // interest classes (1 when no profile is given)
};

LatentReach latent_reach(const LatentInputs& inputs);

}  // namespace roster
