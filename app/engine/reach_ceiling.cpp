#include "reach_ceiling.h"

#include <algorithm>
#include <cmath>

namespace roster {

double NetOfGross::operator()(double gross_draw) const {
    if (!(gross > 0.0) || !(gross_draw > 0.0)) return 0.0;
    const double share = std::min(1.0, net / gross);
    if (!(ceiling > 0.0) || !(net > 0.0)) return gross_draw * share;
    const double filled = std::min(net / ceiling, 1.0 - 1e-12);  // the median plan's share of the people
    // 1 - (1 - filled)^(gross_draw / gross), in a form exact for tiny shares.
    const double reached = -std::expm1(gross_draw / gross * std::log1p(-filled)) * ceiling;
    // Never more than the draw's own added-up reach, nor than the people there are.
    return std::min({reached, gross_draw, ceiling});
}

double within_ceiling(double people, double ceiling) {
    if (!(people > 0.0)) return 0.0;
    if (!(ceiling > 0.0)) return people;
    return -std::expm1(-people / ceiling) * ceiling;
}

}  // namespace roster
