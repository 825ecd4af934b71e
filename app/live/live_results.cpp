#include "live_results.h"

#include <algorithm>
#include <utility>

#include "engine/assumptions.h"
#include "engine/scenarios.h"
#include "engine/stratification.h"
#include "storage/plan_file.h"
#include "present/scenario_comparison.h"

namespace roster::live {

using Clock = std::chrono::steady_clock;

const Projection& Snapshot::projection() const { return live_->projection_; }
double Snapshot::projection_progress() const { return live_->run_ ? live_->run_->progress() : 1.0; }
const present::Analysis* Snapshot::analysis() const {
    return live_->analysis_.follows(revision_) ? &live_->analysis_ : nullptr;
}
const present::ScenarioResults& Snapshot::scenarios() const { return live_->scenarios_; }
const OverlapMatrix& Snapshot::overlap() const { return live_->overlap(*plan_, revision_); }
const NetReach& Snapshot::reach_curves() const { return live_->reach_curves(*plan_, revision_); }
const Projection& Snapshot::what_if(const WhatIf& levers) const { return live_->what_if(*plan_, revision_, levers); }

LiveResults::LiveResults(Budget budget, DrawWorkers* workers) : budget_(budget), workers_(workers) {}
LiveResults::~LiveResults() = default;

void LiveResults::start_clock() { deadline_ = Clock::now() + budget_.projection; }

void LiveResults::follow(const Plan& plan, std::uint64_t revision) { refresh(plan, revision, false); }

void LiveResults::settle(const Plan& plan, std::uint64_t revision) { refresh(plan, revision, true); }

// An edit starts a new projection: every creator's own figures at once, the overlap matrix and
// its deduplication in steps (`take_steps`: until the time given to this frame or tick is spent;
// a frame takes them once its edits are applied). Meanwhile the plan's net reach carries the last
// one's overlap factor, marked as updating in the results.
void LiveResults::refresh(const Plan& plan, std::uint64_t revision, bool take_steps) {
    if (projected_revision_ != revision) {
        projected_revision_ = revision;
        run_.emplace(plan, resolve_assumptions(plan), projection_.reach_basis);
        // Nothing to carry over (a plan just opened), or nothing left to step (an edit of fees or
        // money reuses the last net reach): finish here, once.
        if (projection_.creators.empty() || run_->remaining() == 0) take_steps = true;
        else projection_ = run_->provisional(projection_);
        if (projection_.creators.empty()) deadline_ = Clock::time_point::max();
    }
    if (!take_steps) return;
    if (run_) {
        while (before_deadline() && run_->advance(budget_.steps_at_once)) {
        }
        if (run_->remaining() == 0) {
            projection_ = run_->finish();
            overlap_ = projection_.reach_basis->matrix;
            overlap_revision_ = projected_revision_;
            run_.reset();
        }
    }
    settle_what_if_and_scenarios();  // with whatever time the plan's own projection left
}

// The what-if scenario's and the compared scenarios' projections, stepped within the same time
// as the plan's own (they are what the planner is looking at while they change).
void LiveResults::settle_what_if_and_scenarios() {
    while (what_if_run_ && before_deadline()) {
        if (what_if_run_->advance(budget_.steps_at_once)) continue;
        what_if_projection_ = what_if_run_->finish();
        what_if_run_.reset();
        moved_ = true;
    }
    while (before_deadline() && scenarios_.settle(budget_.steps_at_once)) moved_ = true;
}

void LiveResults::show_scenarios(const Plan& plan, std::uint64_t revision, const std::vector<std::size_t>& positions) {
    scenarios_.follow(plan, revision, positions, &projection_);
}

// Runs the Monte-Carlo draws and the sensitivity swings for a few milliseconds per browser
// tick: the ranges fill in while the planner keeps typing, and an edit starts them over.
bool LiveResults::advance_analysis(const Plan& plan, std::uint64_t revision) {
    start_clock();
    settle(plan, revision);
    if (run_) return true;  // the ranges start from the finished projection
    if (analysis_.follow(plan, revision, present::Analysis::kMostDraws, true, &projection_)) {
        worker_job_.reset();
        arrived_.clear();
    }
    bool moved = merge_arrived_blocks();
    if (!analysis_.running()) return moved;
    const Simulation* simulation = analysis_.simulation();
    if (workers_ && workers_->ready() > 0 && simulation && !simulation->finished()) return draw_in_workers(plan) || moved;
    const auto until = Clock::now() + budget_.analysis;
    const int draws = present::draws_per_slice(plan.creators.size());
    do analysis_.advance(draws, budget_.steps_at_once);
    while (analysis_.running() && Clock::now() < until);
    return true;
}

// The job is started when the workers first draw for this run, from wherever the run is (the page
// may have drawn its first slices while they loaded, and draws one now); the first request reaches the next block
// boundary, and each after is one whole block, so the adaptive run can stop at any of them.
// Two blocks per ready worker are out at a time: one drawing, one waiting, so none idles
// between a reply and the next request.
bool LiveResults::draw_in_workers(const Plan& plan) {
    const Simulation& simulation = *analysis_.simulation();
    if (!worker_job_) {
        // One slice here first, and the job from the next tick on: the planner sees a first
        // estimate after this tick, without waiting for the plan file written for the workers
        // (about 50 ms at 1,000 creators in the page), who then read it (about 120 ms) before
        // their first block.
        if (simulation.completed() == 0) return analysis_.advance(present::draws_per_slice(plan.creators.size()), 0);
        DrawJob job;
        job.plan_file = storage::save_plan_compact(plan);
        job.seed = simulation.seed();
        job.sampling = simulation.sampling();
        job.draws = simulation.requested();
        job.net_of_gross = analysis_.net_of_gross();
        worker_job_ = workers_->start(std::move(job));
        asked_until_ = simulation.completed();
        blocks_out_ = 0;
    }
    asked_until_ = std::max(asked_until_, simulation.completed());
    const int most_out = 2 * workers_->ready();
    while (blocks_out_ < most_out && asked_until_ < simulation.requested()) {
        const int boundary = (asked_until_ / kBlockDraws + 1) * kBlockDraws;
        const int count = std::min(boundary, simulation.requested()) - asked_until_;
        workers_->request(asked_until_, count);
        asked_until_ += count;
        ++blocks_out_;
    }
    return false;  // what the workers draw shows when it arrives (merge_arrived_blocks)
}

// Blocks of an earlier job, or that the page's own slices have overtaken (the workers failed
// meanwhile), are dropped; the others wait until the run reaches them.
bool LiveResults::merge_arrived_blocks() {
    if (!workers_) return false;
    std::vector<DrawnBlock> blocks = workers_->collect();
    if (!worker_job_) return false;
    for (DrawnBlock& b : blocks) {
        if (b.job != *worker_job_) continue;
        if (blocks_out_ > 0) --blocks_out_;
        arrived_[b.block.first] = std::move(b.block);
    }
    const Simulation* simulation = analysis_.simulation();
    if (!simulation) return false;
    bool added = false;
    while (!arrived_.empty() && !simulation->finished()) {
        auto next = arrived_.begin();
        if (next->first > simulation->completed()) break;
        if (next->first == simulation->completed()) added |= analysis_.add_block(next->second) > 0;
        arrived_.erase(next);
    }
    if (simulation->finished()) arrived_.clear();
    return added;
}

bool LiveResults::tick(const Plan& plan, std::uint64_t revision, const std::vector<std::size_t>& shown) {
    bool moved = std::exchange(moved_, false);
    moved |= advance_analysis(plan, revision);
    moved |= std::exchange(moved_, false);  // a what-if or compared scenario took steps just now
    // The compared scenarios' draws run once the open scenario's are done, in the same budget.
    if (!analysis_.running()) {
        show_scenarios(plan, revision, shown);
        if (scenarios_.running()) {
            const auto until = Clock::now() + budget_.analysis;
            const int draws = present::draws_per_slice(plan.creators.size());
            do scenarios_.advance(draws, budget_.steps_at_once);
            while (scenarios_.running() && Clock::now() < until);
            moved = true;
        }
    }
    return moved;
}

std::optional<std::uint64_t> LiveResults::final_revision() const {
    if (run_ || projected_revision_ == ~0ull) return std::nullopt;
    return projected_revision_;
}

const OverlapMatrix& LiveResults::overlap(const Plan& plan, std::uint64_t revision) {
    if (overlap_revision_ != revision || !overlap_) {
        overlap_ = std::make_shared<const OverlapMatrix>(overlap_matrix(plan, resolve_assumptions(plan)));
        overlap_revision_ = revision;
    }
    return *overlap_;
}

const NetReach& LiveResults::reach_curves(const Plan& plan, std::uint64_t revision) {
    if (curves_revision_ != revision) {
        curves_ = plan_reach(plan, resolve_assumptions(plan), true);
        curves_revision_ = revision;
    }
    return curves_;
}

const Projection& LiveResults::what_if(const Plan& plan, std::uint64_t revision, const WhatIf& levers) {
    if (what_if_revision_ != revision || what_if_key_ != levers) {
        // Stepped like the plan's own projection (refresh): while a lever moves on a large
        // roster, the figures follow at once and their net reach a few frames later.
        const Plan moved = apply_what_if(plan, levers);
        const Projection& before = what_if_projection_.creators.empty() ? projection_ : what_if_projection_;
        // Hiding likes or a different feed leaves most of the plan's audience as it was.
        what_if_run_.emplace(moved, resolve_assumptions(moved), before.reach_basis);
        if (before.creators.empty()) {
            what_if_projection_ = what_if_run_->finish();
            what_if_run_.reset();
        } else {
            what_if_projection_ = what_if_run_->provisional(before);
        }
        what_if_key_ = levers;
        what_if_revision_ = revision;
    }
    return what_if_projection_;
}

std::vector<std::size_t> scenarios_to_follow(const Plan& plan, bool presenting, bool comparing,
                                             const std::vector<std::string>& compared) {
    const std::vector<std::string> names = scenario_names(plan);
    if (presenting) {
        std::vector<std::size_t> all(names.size());
        for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
        return all;
    }
    if (comparing && names.size() > 1) return present::compared_positions(names, compared);
    return {};
}

}  // namespace roster::live
