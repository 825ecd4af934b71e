// The optimiser and its frontier as the workspace runs them: in steps under a deadline, with
// Cancel, the result kept with the revision it was made from. Deadlines are made up (already
// past: one step a call), so the outcomes do not depend on this machine's speed.
#include <doctest/doctest.h>

#include <chrono>
#include <random>

#include "engine/assumptions.h"
#include "engine/optimiser.h"
#include "engine/projection.h"
#include "live/optimiser_job.h"
#include "support/random_plan.h"

using namespace roster;
using roster::live::OptimiserJob;

namespace {

Plan roster_of(int creators, unsigned seed = 11) {
    std::mt19937 rng(seed);
    return test::random_valid_plan(rng, creators);
}

OptimiserProblem half_the_cost(const Plan& plan) {
    OptimiserProblem problem;
    problem.constraints.budget = project(plan).total.cost() / 2.0;
    return problem;
}

const auto kPast = std::chrono::steady_clock::time_point{};

}  // namespace

TEST_CASE("A search stepped one step a frame proposes what the whole search at once proposes") {
    const Plan plan = roster_of(30);
    const OptimiserProblem problem = half_the_cost(plan);
    OptimiserJob job;
    job.start(plan, problem, 4);
    CHECK(job.searching());
    CHECK(job.result() == nullptr);
    int frames = 0;
    double progress = 0.0;
    while (job.searching() && frames < 100'000) {
        REQUIRE(job.advance(kPast));
        CHECK(job.progress() >= progress - 1e-12);
        progress = job.progress();
        ++frames;
    }
    REQUIRE(job.result() != nullptr);
    CHECK(frames > 1);
    CHECK(job.result_revision() == 4);
    const OptimiserResult whole = optimise(plan, resolve_assumptions(plan), problem);
    CHECK(job.result()->selection == whole.selection);
    CHECK(job.result()->objective_value == doctest::Approx(whole.objective_value));
    CHECK(job.result()->figures.cost <= problem.constraints.budget + 1e-6);
    CHECK_FALSE(job.advance(kPast));  // nothing left to do
}

TEST_CASE("Cancel stops a search at once and keeps a proposal within the budget, marked cancelled") {
    const Plan plan = roster_of(60);
    const OptimiserProblem problem = half_the_cost(plan);
    OptimiserJob job;
    job.start(plan, problem, 1);
    for (int i = 0; i < 3; ++i) job.advance(kPast);
    job.cancel();
    CHECK_FALSE(job.searching());
    REQUIRE(job.result() != nullptr);
    CHECK(job.result()->cancelled);
    CHECK(job.result()->figures.cost <= problem.constraints.budget + 1e-6);
}

TEST_CASE("The frontier is drawn in steps, budgets rising evenly to twice the plan's") {
    const Plan plan = roster_of(15);
    OptimiserJob job;
    job.start_frontier(plan, half_the_cost(plan), 9);
    CHECK(job.drawing_frontier());
    while (job.drawing_frontier()) job.advance(kPast);
    REQUIRE(job.frontier() != nullptr);
    CHECK(job.frontier_revision() == 9);
    const Frontier& f = *job.frontier();
    REQUIRE(f.points.size() >= 2);
    // Twenty even steps: the first is a twentieth of the top.
    CHECK(f.points.front().budget == doctest::Approx(f.points.back().budget / static_cast<double>(f.points.size())));
    CHECK(f.points.back().budget == doctest::Approx(2.0 * f.plan_budget));
    for (std::size_t i = 1; i < f.points.size(); ++i) CHECK(f.points[i].objective_value >= f.points[i - 1].objective_value - 1e-6);
}

TEST_CASE("Starting a frontier drops a search under way, and the other way round") {
    const Plan plan = roster_of(20);
    OptimiserJob job;
    job.start(plan, half_the_cost(plan), 1);
    job.start_frontier(plan, half_the_cost(plan), 1);
    CHECK_FALSE(job.searching());
    CHECK(job.drawing_frontier());
    job.start(plan, half_the_cost(plan), 2);
    CHECK(job.searching());
    CHECK_FALSE(job.drawing_frontier());
}
