#include "chart_data.h"

#include <algorithm>
#include <cmath>

#include "engine/simulation.h"
#include "engine/vocabulary.h"

namespace roster::present {
namespace {

template <std::size_t N, class Label>
std::vector<Slice> slices(const std::array<Outcome, N>& parts, Label label) {
    std::vector<Slice> out;
    for (std::size_t i = 0; i < N; ++i)
        if (parts[i].cost() > 0.0) out.push_back({label(i), parts[i].cost(), static_cast<int>(i)});
    std::stable_sort(out.begin(), out.end(), [](const Slice& a, const Slice& b) { return a.value > b.value; });
    return out;
}

}  // namespace

std::vector<Slice> budget_by_tier(const Projection& projection) {
    return slices(projection.by_tier, [](std::size_t i) { return std::string(tier_label(static_cast<Tier>(i))); });
}

std::vector<Slice> budget_by_platform(const Projection& projection) {
    return slices(projection.by_platform,
                  [](std::size_t i) { return std::string(platform_label(static_cast<Platform>(i))); });
}

namespace {

// The P1-P99 range of finite values, widened a little when every draw is (nearly) the same so
// that one visible bar stands around the value. False when there are no finite values.
bool central_range(std::vector<double> values, double& low, double& high) {
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }), values.end());
    if (values.empty()) return false;
    low = quantile(values, 0.01);
    high = quantile(values, 0.99);
    return true;
}

Histogram bin(const std::vector<double>& values, double low, double high, int bins) {
    Histogram h;
    h.low = low;
    h.high = high;
    if (!(h.high > h.low)) {
        const double pad = std::max(1e-9, std::fabs(h.low) * 0.01);
        h.low -= pad;
        h.high += pad;
    }
    h.counts.assign(static_cast<std::size_t>(bins), 0);
    const double width = (h.high - h.low) / bins;
    for (double v : values) {
        if (!std::isfinite(v)) continue;
        const int b = std::clamp(static_cast<int>(std::floor((v - h.low) / width)), 0, bins - 1);
        ++h.counts[static_cast<std::size_t>(b)];
        ++h.total;
    }
    return h;
}

}  // namespace

Histogram histogram(std::vector<double> values, int bins) {
    double low = 0, high = 0;
    if (bins <= 0 || !central_range(values, low, high)) return {};
    return bin(values, low, high, bins);
}

std::vector<Histogram> histograms(const std::vector<const std::vector<double>*>& sets, int bins) {
    double low = 0, high = 0;
    bool any = false;
    for (const auto* set : sets) {
        double l = 0, h = 0;
        if (!set || !central_range(*set, l, h)) continue;
        low = any ? std::min(low, l) : l;
        high = any ? std::max(high, h) : h;
        any = true;
    }
    std::vector<Histogram> out;
    for (const auto* set : sets) out.push_back(any && bins > 0 && set ? bin(*set, low, high, bins) : Histogram{});
    return out;
}

double share_at_least(const std::vector<double>& values, double threshold) {
    if (values.empty()) return 0.0;
    const auto n = std::count_if(values.begin(), values.end(), [&](double v) { return v >= threshold; });
    return static_cast<double>(n) / static_cast<double>(values.size());
}

std::vector<std::size_t> heatmap_creators(const Projection& projection, std::size_t limit) {
    std::vector<std::size_t> order(projection.creators.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    if (order.size() > limit) {
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return projection.creators[a].outcome.reach > projection.creators[b].outcome.reach;
        });
        order.resize(limit);
        std::sort(order.begin(), order.end());
    }
    return order;
}

}  // namespace roster::present
