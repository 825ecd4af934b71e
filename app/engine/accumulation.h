// How one creator's repeated posts build reach. Each follower has a personal probability of
// seeing a post, drawn from Beta(alpha, beta); over n posts the exposures are beta-binomial
// (Metheringham 1964). Reach therefore saturates: the engaged core sees most posts, so the
// second post adds fewer new people than the first.
#pragma once

#include <vector>

namespace roster {

// Share of a creator's followers reached at least once by `posts` posts, when one post reaches
// `single_post_rate` of them and the beta-binomial has concentration `concentration`
// (alpha = rate * s, beta = (1 - rate) * s). Inputs are clamped to their domains.
double accumulated_reach_share(double single_post_rate, double concentration, int posts);

// Beta-binomial fitted from one- and two-insertion reach (method of moments, as in [S8]; docs/MODEL.md §3).
// Returns false outside the valid interior R1 < R2 < 2 R1 - R1^2 (the limits are handled by
// the callers: binomial at the top, no accumulation at the bottom).
bool fit_beta_binomial(double r1, double r2, double& alpha, double& beta);

// Reach after n insertions and the exposure distribution P(0..n) of a Beta(alpha, beta)
// binomial, computed with lgamma so large n stays exact and finite.
double beta_binomial_reach(double alpha, double beta, int n);
std::vector<double> beta_binomial_distribution(double alpha, double beta, int n);

}  // namespace roster
