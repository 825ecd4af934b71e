// The slow analyses behind the results view, for the plan's current revision: Monte-Carlo
// ranges and the sensitivity ranking. Both advance in slices between frames so typing never
// waits for them, and start over when the plan changes. Pure (no clock, no ImGui): the
// workspace decides how much to run in each frame.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "chart_data.h"
#include "engine/plan.h"
#include "engine/sensitivity.h"
#include "engine/simulation.h"

namespace roster::present {

class Analysis {
public:
    static constexpr std::uint64_t kSeed = 20'261'122;  // fixed: the same plan shows the same ranges
    // The ranges' draws are stratified (simulation.h) and adaptive: whole blocks until every P10,
    // P50 and P90 of net reach and ROI has a standard error within 1% of its value, from 2,000
    // draws up to the number asked for, 10,000 at most as before: where ROI's upper tail is
    // heavy the 1% is out of reach at any count a browser can afford, and the tooltip says the
    // precision reached (tools/bench.sh's sampling figures, docs/MODEL.md §7).
    static constexpr PrecisionGoal kPrecision{0.01, 2'000};
    static constexpr int kMostDraws = kDefaultDraws;

    // Starts over when `revision` differs from the one analysed. Returns whether it did.
    // Without `sensitivity`, only the ranges are computed (scenario comparisons need no more).
    // `at_base`, the plan's finished projection when the caller has it, spares recomputing it.
    bool follow(const Plan& plan, std::uint64_t revision, int draws = kMostDraws, bool sensitivity = true,
                const Projection* at_base = nullptr);

    // Runs up to `draws` more Monte-Carlo draws, then up to `sensitivity_steps` projection steps
    // of the sensitivity swings (ProjectionRun) once the draws are done. Returns whether any work
    // was done.
    bool advance(int draws, std::size_t sensitivity_steps);
    // Adds draws computed elsewhere (a worker's Simulation of the same plan, seed and sampling:
    // live/draw_workers.h) when they start where the ranges' draws are; returns how many were
    // taken (Simulation::add_block).
    int add_block(const Simulation::DrawBlock& block);
    // The median plan's netting of reach the ranges' Simulation was given (none: it worked it
    // out), which a worker's Simulation must be given too to draw the same figures.
    const std::optional<NetOfGross>& net_of_gross() const { return net_of_gross_; }

    bool running() const;
    // Whether what it holds is for this revision of the plan. After an edit, until the edited
    // plan's projection is done and the analysis follows it, the ranges are the last plan's:
    // shown beside the new medians they would mislead.
    bool follows(std::uint64_t revision) const { return revision == revision_; }
    double simulation_progress() const { return simulation_ ? simulation_->progress() : 0.0; }
    double sensitivity_progress() const { return sensitivity_ ? sensitivity_->progress() : 0.0; }
    // Ranges over the draws so far; empty until the first slice ran. Summed up when asked (a
    // frame asks once), not after every slice: percentiles sort every draw so far.
    const std::optional<SimulationResult>& ranges() const;
    bool ranges_final() const { return simulation_ && simulation_->finished(); }
    const Simulation* simulation() const { return simulation_.get(); }
    // The ranking, once every assumption was swung.
    const Sensitivity* sensitivity() const {
        return sensitivity_ && sensitivity_->finished() ? &sensitivity_->result() : nullptr;
    }

    // The simulated distribution of `headline` (chart_data.h histogram), rebuilt only when draws
    // were added: sorting 10,000 draws in every frame of the charts tab would cost ~0.6 ms each.
    const Histogram& distribution(Headline headline, int bins) const;

private:
    std::uint64_t revision_ = ~0ull;
    mutable std::vector<std::uint64_t> distribution_key_;
    mutable Histogram distribution_;
    std::unique_ptr<Simulation> simulation_;
    std::optional<NetOfGross> net_of_gross_;
    std::unique_ptr<SensitivityRun> sensitivity_;
    mutable std::optional<SimulationResult> ranges_;
};

// Draws per slice for a roster of this size: a draw costs a pass over the creators, so slices
// shrink as rosters grow (250 up to 100 creators, 25 at 1,000, never below 8) and one slice
// stays a millisecond or two whatever the plan.
int draws_per_slice(std::size_t creators);

}  // namespace roster::present
