// How one creator's repeated posts build reach. Each follower has a personal probability of
// seeing a post, drawn from Beta(alpha, beta); over n posts the exposures are beta-binomial
// (Metheringham 1964). Reach therefore saturates: the engaged core sees most posts, so the
// second post adds fewer new people than the first.
#pragma once

namespace roster {

// Share of a creator's followers reached at least once by `posts` posts, when one post reaches
// `single_post_rate` of them and the beta-binomial has concentration `concentration`
// (alpha = rate * s, beta = (1 - rate) * s). Inputs are clamped to their domains.
double accumulated_reach_share(double single_post_rate, double concentration, int posts);

}  // namespace roster
