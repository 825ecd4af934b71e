// The budget optimiser and its efficient frontier (engine/optimiser.h, engine/frontier.h) run in
// steps within the time a frame gives them, so the page never stops answering while a search of
// 2,000 candidates runs: the views show its progress and a Cancel that takes effect at the next
// step. A result is kept with the plan revision it was made from, so the view can say when the
// plan has changed since. Pure C++ below the UI, unit-tested with made-up deadlines.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>

#include "engine/frontier.h"
#include "engine/optimiser.h"
#include "engine/plan.h"

namespace roster::live {

class OptimiserJob {
public:
    OptimiserJob();
    ~OptimiserJob();
    OptimiserJob(const OptimiserJob&) = delete;
    OptimiserJob& operator=(const OptimiserJob&) = delete;

    // Starts a search for the best proposal of `problem` on `plan` (its open scenario), dropping
    // any search or frontier under way; the last result stays shown until the new one is ready.
    void start(const Plan& plan, const OptimiserProblem& problem, std::uint64_t revision);
    // The same for the efficient frontier: the best proposal at every budget from zero to twice
    // the plan's.
    void start_frontier(const Plan& plan, const OptimiserProblem& problem, std::uint64_t revision);

    // Takes steps until `deadline`, at least one; returns whether it did any work.
    bool advance(std::chrono::steady_clock::time_point deadline);
    // Stops the search or frontier under way; what it found so far becomes the result, marked
    // cancelled (a cancelled search's best proposal still meets the budget).
    void cancel();

    bool searching() const { return static_cast<bool>(run_); }
    bool drawing_frontier() const { return static_cast<bool>(frontier_run_); }
    double progress() const;  // of the run under way, 0 to 1
    OptimiserPhase phase() const;

    const OptimiserResult* result() const { return result_ ? &*result_ : nullptr; }
    const Frontier* frontier() const { return frontier_ ? &*frontier_ : nullptr; }
    // The plan revisions the result and the frontier were made from.
    std::uint64_t result_revision() const { return result_revision_; }
    std::uint64_t frontier_revision() const { return frontier_revision_; }

private:
    std::unique_ptr<OptimiserRun> run_;
    std::unique_ptr<FrontierRun> frontier_run_;
    std::uint64_t run_revision_ = 0, frontier_run_revision_ = 0;
    std::optional<OptimiserResult> result_;
    std::optional<Frontier> frontier_;
    std::uint64_t result_revision_ = 0, frontier_revision_ = 0;
};

}  // namespace roster::live
