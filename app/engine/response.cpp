#include "response.h"

#include <algorithm>
#include <cmath>

namespace roster {

double hill(double x, double half_saturation, double slope) {
    if (!(x > 0.0) || !(half_saturation > 0.0) || !std::isfinite(x)) return x > 0.0 && std::isfinite(x) ? 1.0 : 0.0;
    // Written as 1 / (1 + (h/x)^s) so large x or slopes cannot overflow to inf/inf.
    return 1.0 / (1.0 + std::pow(half_saturation / x, slope));
}

double nbd_reach_share(double mean_exposures, double shape) {
    if (!(mean_exposures > 0.0)) return 0.0;
    const double k = std::max(shape, 1e-9);
    // 1 - (1 + m/k)^(-k), via log1p/expm1 so k = 1e9 gives the Poisson limit without rounding.
    return std::clamp(-std::expm1(-k * std::log1p(mean_exposures / k)), 0.0, 1.0);
}

double nbd_reach(double impressions, double universe, double shape) {
    if (!(universe > 0.0) || !(impressions > 0.0)) return 0.0;
    return universe * nbd_reach_share(impressions / universe, shape);
}

double goerg_rho(double impressions0, double reach0) {
    if (!(impressions0 > reach0) || !(reach0 > 0.0)) return 0.0;
    return impressions0 * reach0 / (impressions0 - reach0);
}

double goerg_reach(double impressions, double rho) {
    if (!(impressions > 0.0) || !(rho > 0.0)) return 0.0;
    return rho * impressions / (impressions + rho);
}

double goerg_reach_at_least(double impressions, double rho, int k) {
    if (!(impressions > 0.0) || !(rho > 0.0) || k < 1) return 0.0;
    return rho * std::pow(impressions / (impressions + rho), k);
}

}  // namespace roster
