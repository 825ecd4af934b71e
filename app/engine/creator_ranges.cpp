#include "creator_ranges.h"

#include <algorithm>
#include <cmath>

namespace roster {
namespace {

double at_quantile(double below, double above, double q, std::size_t n) {
    // quantile()'s interpolation, written the same way so the result is the same to the bit.
    const double pos = std::clamp(q, 0.0, 1.0) * static_cast<double>(n - 1);
    const auto lo = static_cast<std::size_t>(pos);
    return below + (above - below) * (pos - static_cast<double>(lo));
}

std::size_t low_index(double q, std::size_t n) {
    return static_cast<std::size_t>(std::clamp(q, 0.0, 1.0) * static_cast<double>(n - 1));
}

}  // namespace

Band band_of(std::vector<double>& v) {
    Band band;
    if (v.empty()) return band;
    const std::size_t n = v.size();
    double sum = 0.0, lowest = v.front(), highest = v.front();
    for (double x : v) {
        sum += x;
        lowest = std::min(lowest, x);
        highest = std::max(highest, x);
    }
    band.mean = sum / static_cast<double>(n);
    if (lowest == highest) {  // a fee, a figure the creator never has: no ranking needed
        band.p10 = band.p50 = band.p90 = band.p95 = band.p99 = lowest;
        return band;
    }
    const std::size_t i10 = low_index(0.10, n), i50 = low_index(0.50, n), i90 = low_index(0.90, n),
                      i95 = low_index(0.95, n), i99 = low_index(0.99, n);
    if (n < 16 || !(i10 + 1 < i50 && i50 + 1 < i90 && i90 + 1 < i95 && i95 + 1 < i99 && i99 + 1 < n)) {
        band.p10 = quantile(v, 0.10);
        band.p50 = quantile(v, 0.50);
        band.p90 = quantile(v, 0.90);
        band.p95 = quantile(v, 0.95);
        band.p99 = quantile(v, 0.99);
        return band;
    }
    // Rank once around the median, then each tail within its own side: a value's order
    // statistic is the same whichever way it is found, so these are quantile()'s values.
    const auto at = [&](std::size_t i) { return v.begin() + static_cast<std::ptrdiff_t>(i); };
    std::nth_element(v.begin(), at(i50), v.end());
    std::nth_element(v.begin(), at(i10), at(i50));
    std::nth_element(at(i50 + 1), at(i90), v.end());
    // The next order statistic after each: the smallest value ranked above it on its side.
    const double after10 = *std::min_element(at(i10 + 1), at(i50 + 1));
    const double after50 = *std::min_element(at(i50 + 1), at(i90 + 1));
    const double after90 = *std::min_element(at(i90 + 1), v.end());
    band.p10 = at_quantile(v[i10], after10, 0.10, n);
    band.p50 = at_quantile(v[i50], after50, 0.50, n);
    band.p90 = at_quantile(v[i90], after90, 0.90, n);
    // The upper tail, each within what is ranked above the one before.
    std::nth_element(at(i90 + 1), at(i95), v.end());
    std::nth_element(at(i95 + 1), at(i99), v.end());
    const double after95 = *std::min_element(at(i95 + 1), at(i99 + 1));
    const double after99 = *std::min_element(at(i99 + 1), v.end());
    band.p95 = at_quantile(v[i95], after95, 0.95, n);
    band.p99 = at_quantile(v[i99], after99, 0.99, n);
    return band;
}

std::vector<CreatorBands> creator_bands(const Plan& plan, const Assumptions& a, int draws, std::uint64_t seed) {
    std::vector<Headline> every;
    for (int h = 0; h < kHeadlineCount; ++h) every.push_back(static_cast<Headline>(h));
    return creator_bands(plan, a, draws, seed, every);
}

std::vector<CreatorBands> creator_bands(const Plan& plan, const Assumptions& a, int draws, std::uint64_t seed,
                                        const std::vector<Headline>& figures) {
    draws = std::clamp(draws, 0, kMaxDraws);
    std::array<bool, kHeadlineCount> wanted{};
    for (const Headline h : figures)
        if (static_cast<std::size_t>(h) < wanted.size()) wanted[static_cast<std::size_t>(h)] = true;
    // The simulation's per-creator constants and draw code; no draws of its own (0 requested),
    // and no overlap factor to find, since a creator's reach is its own.
    const Simulation simulation(plan, a, 0, seed, NetOfGross{1.0, 1.0, 0.0});
    std::vector<Simulation::CampaignDraw> campaign(static_cast<std::size_t>(draws));
    for (int i = 0; i < draws; ++i) campaign[static_cast<std::size_t>(i)] = simulation.campaign_draw(i);

    std::vector<CreatorBands> out(plan.creators.size());
    // One creator's figures over every draw, reused from creator to creator: memory stays
    // kHeadlineCount x draws whatever the roster's size, where keeping every creator's draws to
    // rank them afterwards would need creators x draws x kHeadlineCount.
    std::array<std::vector<double>, kHeadlineCount> samples;
    for (std::size_t c = 0; c < plan.creators.size(); ++c) {
        out[c].id = plan.creators[c].id;
        if (draws == 0) continue;
        simulation.creator_samples(c, campaign, samples);
        for (std::size_t h = 0; h < samples.size(); ++h) {
            if (!wanted[h]) continue;
            std::vector<double>& values = samples[h];
            // Ratios only over the draws that have them (creator_samples marks the others NaN).
            values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
                         values.end());
            out[c].bands[h] = band_of(values);
        }
    }
    return out;
}

}  // namespace roster
