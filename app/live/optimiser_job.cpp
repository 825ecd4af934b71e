#include "optimiser_job.h"

#include "engine/assumptions.h"

namespace roster::live {

OptimiserJob::OptimiserJob() = default;
OptimiserJob::~OptimiserJob() = default;

void OptimiserJob::start(const Plan& plan, const OptimiserProblem& problem, std::uint64_t revision) {
    frontier_run_.reset();
    run_ = std::make_unique<OptimiserRun>(plan, resolve_assumptions(plan), problem);
    run_revision_ = revision;
}

void OptimiserJob::start_frontier(const Plan& plan, const OptimiserProblem& problem, std::uint64_t revision) {
    run_.reset();
    frontier_run_ = std::make_unique<FrontierRun>(plan, resolve_assumptions(plan), problem);
    frontier_run_revision_ = revision;
}

bool OptimiserJob::advance(std::chrono::steady_clock::time_point deadline) {
    if (!run_ && !frontier_run_) return false;
    // A step is a few milliseconds at most (engine/optimiser.h); the clock is read between steps.
    do {
        if (run_ && !run_->advance(1)) {
            result_ = run_->finish();
            result_revision_ = run_revision_;
            run_.reset();
        }
        if (frontier_run_ && !frontier_run_->advance(1)) {
            frontier_ = frontier_run_->finish();
            frontier_revision_ = frontier_run_revision_;
            frontier_run_.reset();
        }
    } while ((run_ || frontier_run_) && std::chrono::steady_clock::now() < deadline);
    return true;
}

void OptimiserJob::cancel() {
    if (run_) {
        run_->cancel();
        result_ = run_->finish();
        result_revision_ = run_revision_;
        run_.reset();
    }
    if (frontier_run_) {
        frontier_run_->cancel();
        frontier_ = frontier_run_->finish();
        frontier_revision_ = frontier_run_revision_;
        frontier_run_.reset();
    }
}

double OptimiserJob::progress() const {
    if (run_) return run_->progress();
    if (frontier_run_) return frontier_run_->progress();
    return 1.0;
}

OptimiserPhase OptimiserJob::phase() const { return run_ ? run_->phase() : OptimiserPhase::Done; }

}  // namespace roster::live
