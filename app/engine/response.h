// Published response curves the engine uses for diminishing returns (docs/MODEL.md §4 and §6):
// how paid impressions turn into people reached, and how much a person's k-th exposure is worth.
#pragma once

namespace roster {

// Hill curve x^slope / (x^slope + half^slope): 0.5 at x = half, saturating towards 1.
// Meridian applies it to average frequency (ec_rf, slope_rf priors) [S18].
double hill(double x, double half_saturation, double slope);

// People reached by `impressions` spread over a universe of `universe` people, when exposures
// per person are negative binomial with shape k (Gamma-Poisson). k = 1 is Goerg's one-point
// curve R = U I / (I + U) [S14]; k -> infinity is the Poisson limit U (1 - e^(-I/U)).
double nbd_reach(double impressions, double universe, double shape);

// Share of the universe exposed at least once, for mean exposures m (validation case 15).
double nbd_reach_share(double mean_exposures, double shape);

// Goerg's one-point reach curve fitted on (I0, R0): R(I) = rho I / (I + rho), with
// rho = I0 R0 / (I0 - R0); and its k+ reach rho (I / (I + rho))^k. Needs I0 > R0 > 0.
double goerg_rho(double impressions0, double reach0);
double goerg_reach(double impressions, double rho);
double goerg_reach_at_least(double impressions, double rho, int k);

}  // namespace roster
