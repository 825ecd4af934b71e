// The figures the views show, kept live: the open plan's projection, its Monte-Carlo ranges and
// sensitivity ranking (present::Analysis), the compared or presented scenarios' results
// (present::ScenarioResults), the scenario moved by the what-if levers, and the overlap matrix
// and build-up curves the charts ask for. It follows the plan's revision: an edit starts a new
// projection whose first figures are there at once (provisional, the last net reach's overlap
// factor carried over) and whose deduplication settles in steps within a time budget per frame
// and per browser tick, so typing never waits for it; the ranges follow once it is final.
//
// The views read it through a Snapshot, which offers only const queries; the slow ones
// (overlap matrix, build-up curves, what-if) are computed on first use and kept for the
// revision. Pure C++ below the UI: the tests drive it with made-up budgets. Opening another
// plan makes a new LiveResults (revisions count from zero in each document).
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "draw_workers.h"
#include "engine/overlap.h"
#include "engine/projection.h"
#include "engine/what_if.h"
#include "present/analysis.h"
#include "present/scenario_results.h"

namespace roster::live {

// How long a frame or a tick may spend on the live figures.
struct Budget {
    // A frame's (and a tick's) time for the projection of an edit and the what-if's and compared
    // scenarios' projections; a step is one creator's pass over the others (~30 us at 1,000
    // creators), and the clock is looked at every `steps_at_once` steps.
    std::chrono::microseconds projection{4'000};
    std::size_t steps_at_once = 8;
    // A tick's Monte-Carlo draws and sensitivity swings: well inside a frame.
    std::chrono::microseconds analysis{6'000};
};

class LiveResults;

// What the views read in one frame, for the revision it was taken at. Valid while the
// LiveResults and the plan it was taken from live and the plan is unchanged (one frame).
class Snapshot {
public:
    // Provisional (net_reach_pending) while the edit's steps run.
    const Projection& projection() const;
    double projection_progress() const;  // 0 to 1 while projection().net_reach_pending
    // The ranges and sensitivity as far as they have run; null while they are the last
    // revision's (shown beside the new medians they would mislead).
    const present::Analysis* analysis() const;
    const present::ScenarioResults& scenarios() const;
    // Every pair's shared followers (quadratic in the roster, so only views that show pairs ask).
    const OverlapMatrix& overlap() const;
    // The net reach with its build-up curves (quadratic too).
    const NetReach& reach_curves() const;
    // The open scenario moved by what-if levers, projected (kept while the levers rest); stepped
    // like the plan's own projection while a lever moves on a large roster.
    const Projection& what_if(const WhatIf& levers) const;

private:
    friend class LiveResults;
    Snapshot(LiveResults& live, const Plan& plan, std::uint64_t revision)
        : live_(&live), plan_(&plan), revision_(revision) {}
    LiveResults* live_;
    const Plan* plan_;
    std::uint64_t revision_;
};

class LiveResults {
public:
    // `workers`, when given (the browser's Web Workers), draw the ranges while any is ready, and
    // the page's thread only merges their blocks; without, or while none is ready (loading, or
    // failed), the draws run here in slices as before. Not owned; must outlive this.
    explicit LiveResults(Budget budget = {}, DrawWorkers* workers = nullptr);
    ~LiveResults();
    LiveResults(const LiveResults&) = delete;
    LiveResults& operator=(const LiveResults&) = delete;

    // Draws the ranges in `workers` from now on (none: on this thread).
    void use_workers(DrawWorkers* workers) { workers_ = workers; }

    // Starts the time a frame or tick gives the projections: the budget's projection time from now.
    void start_clock();
    // Follows `revision` of `plan`. A new revision starts its projection: every creator's own
    // figures at once, the overlap matrix and its deduplication in steps, taken by settle()
    // (a plan just opened, or an edit that moves no audience, finishes here at once).
    void follow(const Plan& plan, std::uint64_t revision);
    // Follows, then takes steps of the plan's projection, then of the what-if's and the compared
    // scenarios' (what the planner looks at while they change), until the clock's time is spent.
    void settle(const Plan& plan, std::uint64_t revision);
    // Brings the compared or presented scenarios' results to these positions (see
    // scenarios_to_follow); a new scenario starts from the open one's finished projection.
    void show_scenarios(const Plan& plan, std::uint64_t revision, const std::vector<std::size_t>& positions);
    // A browser tick: the projection's steps, then Monte-Carlo draws and sensitivity swings for
    // the analysis budget, then the shown scenarios' draws once the open scenario's are done.
    // Returns whether anything moved that a frame should show.
    bool tick(const Plan& plan, std::uint64_t revision, const std::vector<std::size_t>& shown);

    Snapshot snapshot(const Plan& plan, std::uint64_t revision) { return Snapshot(*this, plan, revision); }
    // The revision whose projection is final; none while an edit's steps run.
    std::optional<std::uint64_t> final_revision() const;
    const Projection& projection() const { return projection_; }
    // The ranges and ranking for `revision`, as far as they have run; null while they are another
    // revision's (as Snapshot::analysis).
    const present::Analysis* analysis(std::uint64_t revision) const {
        return analysis_.follows(revision) ? &analysis_ : nullptr;
    }
    // Raised whenever the shown scenarios' results were rebuilt or moved on.
    std::uint64_t scenario_changes() const { return scenarios_.changes(); }
    const present::ScenarioResults& scenarios() const { return scenarios_; }

private:
    friend class Snapshot;
    void refresh(const Plan& plan, std::uint64_t revision, bool take_steps);
    void settle_what_if_and_scenarios();
    bool advance_analysis(const Plan& plan, std::uint64_t revision);
    // The ranges' draws by the workers: a first slice on the page's thread, then their job for
    // the analysis' run, keeping each ready worker fed. Returns whether draws were added here.
    bool draw_in_workers(const Plan& plan);
    // Takes the workers' blocks of the current job and merges those that continue the run.
    bool merge_arrived_blocks();
    bool before_deadline() const { return std::chrono::steady_clock::now() < deadline_; }

    const OverlapMatrix& overlap(const Plan& plan, std::uint64_t revision);
    const NetReach& reach_curves(const Plan& plan, std::uint64_t revision);
    const Projection& what_if(const Plan& plan, std::uint64_t revision, const WhatIf& levers);

    Budget budget_;
    std::chrono::steady_clock::time_point deadline_{};
    bool moved_ = false;  // a what-if or compared scenario took steps since the last tick

    std::uint64_t projected_revision_ = ~0ull;
    Projection projection_;  // provisional while run_ has steps left
    std::optional<ProjectionRun> run_;
    present::Analysis analysis_;
    DrawWorkers* workers_ = nullptr;
    // The workers' job for analysis_'s run (none until the workers draw for it), the draws asked
    // of them so far, how many blocks are out, and blocks that came back ahead of the run, by
    // their first draw.
    std::optional<std::uint64_t> worker_job_;
    int asked_until_ = 0, blocks_out_ = 0;
    std::map<int, Simulation::DrawBlock> arrived_;
    present::ScenarioResults scenarios_;

    std::shared_ptr<const OverlapMatrix> overlap_;  // the projection's, or made for the heatmap
    std::uint64_t overlap_revision_ = ~0ull;
    NetReach curves_;
    std::uint64_t curves_revision_ = ~0ull;

    WhatIf what_if_key_;
    std::uint64_t what_if_revision_ = ~0ull;
    Projection what_if_projection_;  // provisional while what_if_run_ has steps left
    std::optional<ProjectionRun> what_if_run_;
};

// Which scenarios of `plan` the live results must hold: every one while presenting, the
// compared ones (`compared`: the names ticked, empty for the first four) while the comparison
// is open and there are two or more, none otherwise.
std::vector<std::size_t> scenarios_to_follow(const Plan& plan, bool presenting, bool comparing,
                                             const std::vector<std::string>& compared);

}  // namespace roster::live
