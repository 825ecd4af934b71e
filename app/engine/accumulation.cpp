#include "accumulation.h"

#include <algorithm>

namespace roster {

double accumulated_reach_share(double single_post_rate, double concentration, int posts) {
    if (posts <= 0) return 0.0;
    const double rate = std::clamp(single_post_rate, 0.0, 1.0);
    if (rate <= 0.0 || rate >= 1.0) return rate;  // the Beta degenerates; nobody or everybody
    const double s = std::max(concentration, 1e-9);
    const double alpha = rate * s;
    const double beta = (1.0 - rate) * s;
    // P(never reached in n posts) = prod_{t<n} (beta + t) / (alpha + beta + t)
    double never = 1.0;
    for (int t = 0; t < posts; ++t) never *= (beta + t) / (alpha + beta + t);
    return 1.0 - never;
}

}  // namespace roster
