// Each creator's own P10-P90 ranges (docs/MODEL.md §7), from the same Monte-Carlo draws as the
// plan's totals: draw d of creator c is the draw that Simulation adds into the totals of draw d
// (the creator's stream keyed by its id, the campaign's shocks by the draw), so with the same
// seed a creator's ranges are consistent with the plan's (the creators' means add up to the
// total's mean for every figure that adds up) and reproducible. A creator's ranges depend only
// on the creator, the campaign, the assumptions, the seed and the number of draws: never on
// which other creators are in the plan or where this one stands in the roster.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "assumptions.h"
#include "plan.h"
#include "simulation.h"

namespace roster {

struct CreatorBands {
    CreatorId id = 0;
    // Every headline figure of simulation.h, as the creator delivers it: Reach, OnTargetReach
    // and EffectiveReach are the creator's own reach (before the plan's overlap, as the creator's
    // median projection gives it); Cost includes the creator's commission in that draw; ROI,
    // ROAS and CPM are the creator's own ratios in each draw, so their P10 is not a ratio of
    // P10s. A ratio's band covers the draws that have it: ROI and ROAS those with a cost (an
    // earned creator who was sent nothing and did not post has none), CPM those with impressions
    // (the creator posted); with none, the band is 0 as the median projection's ratio is.
    std::array<Band, kHeadlineCount> bands{};
    const Band& operator[](Headline h) const { return bands[static_cast<std::size_t>(h)]; }
};

// The ranges of every creator of `plan` (roster order) over draws 0 to `draws` - 1 from `seed`
// (clamped to 0..kMaxDraws; 0 draws: every band 0). The same draws as simulate(plan, a, draws,
// seed). Runs creator by creator over all draws, so it holds one creator's draws at a time:
// memory grows with the draws (17 figures and the campaign's draw, 176 bytes per draw: 1.8 MB at
// 10,000 draws), never with the roster (1,000 creators' draws kept to rank them would be 1.4 GB).
std::vector<CreatorBands> creator_bands(const Plan& plan, const Assumptions& assumptions, int draws,
                                        std::uint64_t seed);
// The same, ranking only `figures` (the others' bands stay 0): ranking a creator's draws costs
// several times drawing them, so a caller that shows a few figures asks for those.
std::vector<CreatorBands> creator_bands(const Plan& plan, const Assumptions& assumptions, int draws,
                                        std::uint64_t seed, const std::vector<Headline>& figures);

// P10, P50, P90, P95 and P99 exactly as quantile() gives them (the same order statistics, the
// same interpolation) and the mean in draw order, as Simulation::result() computes them; cheaper
// than five calls of quantile(), since a creator's figures are ranked once per creator and figure.
// Reorders `values`.
Band band_of(std::vector<double>& values);

}  // namespace roster
