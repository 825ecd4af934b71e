#include "axis_ticks.h"

#include <algorithm>
#include <cmath>

namespace roster::present {

double nice_step(double low, double high, int wanted) {
    if (!std::isfinite(low) || !std::isfinite(high) || high <= low) return 0.0;
    wanted = std::max(wanted, 2);
    const double raw = (high - low) / wanted;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    // The smallest nice multiple at or above the raw step, so that no more than `wanted` + 1 fit.
    double nice = 10.0;
    for (double candidate : {1.0, 2.0, 2.5, 5.0})
        if (fraction <= candidate * (1 + 1e-9)) {
            nice = candidate;
            break;
        }
    return nice * magnitude;
}

std::vector<double> nice_ticks(double low, double high, int wanted) {
    std::vector<double> ticks;
    if (!std::isfinite(low) || !std::isfinite(high) || high < low) return ticks;
    if (high == low) return {low};
    const double step = nice_step(low, high, wanted);
    const double tolerance = step * 1e-9;
    const double first = std::ceil((low - tolerance) / step);
    for (double k = first;; k += 1.0) {
        const double t = k * step;
        if (t > high + tolerance) break;
        ticks.push_back(std::fabs(t) < tolerance ? 0.0 : t);  // never "-0"
        if (ticks.size() > 100) break;
    }
    return ticks;
}

}  // namespace roster::present
