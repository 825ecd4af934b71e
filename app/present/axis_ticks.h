// Where a chart's axis puts its ticks: round numbers ("nice numbers": 1, 2, 2.5 or 5 times a
// power of ten apart) that a reader can interpolate between. Pure, tested natively.
#pragma once

#include <vector>

namespace roster::present {

// Ticks inside [low, high], about `wanted` of them (at least 2 where the range allows), each a
// whole multiple of one nice step: [0, 1,234,567] gives 0, 250,000, 500,000, 750,000, 1,000,000.
// A range of zero width gives its one value; a reversed or non-finite range gives none.
std::vector<double> nice_ticks(double low, double high, int wanted = 5);

// The step nice_ticks uses for that range (0 when it gives fewer than two ticks).
double nice_step(double low, double high, int wanted = 5);

}  // namespace roster::present
