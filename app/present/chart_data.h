// What the charts draw, prepared from the projection and the simulation without ImGui: budget
// splits, distributions as histograms, the creators a heatmap shows. Pure, tested natively.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/projection.h"

namespace roster::present {

struct Slice {
    std::string label;
    double value = 0.0;
    int index = 0;  // the tier or platform, for its colour
};

// Cost by tier and by platform, largest first, parts with no cost left out.
std::vector<Slice> budget_by_tier(const Projection& projection);
std::vector<Slice> budget_by_platform(const Projection& projection);

struct Histogram {
    double low = 0.0, high = 0.0;  // the range the bins cover
    std::vector<int> counts;
    int total = 0;
    double bin_width() const { return counts.empty() ? 0.0 : (high - low) / static_cast<double>(counts.size()); }
};

// `bins` equal bins over the 1st to 99th percentile of `values`, so one extreme draw does not
// squash the rest into a single bar; values outside go to the end bins. Empty when no values.
Histogram histogram(std::vector<double> values, int bins);

// One histogram per set over a common range (the widest P1-P99 of them), so distributions
// of several scenarios can be drawn over one axis. A null set gives an empty histogram.
std::vector<Histogram> histograms(const std::vector<const std::vector<double>*>& sets, int bins);

// Share of values at or above `threshold` (ROI above 0).
double share_at_least(const std::vector<double>& values, double threshold);

// The creators a heatmap can show legibly: the `limit` largest by reach, in roster order.
std::vector<std::size_t> heatmap_creators(const Projection& projection, std::size_t limit);

}  // namespace roster::present
