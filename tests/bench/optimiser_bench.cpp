// The budget optimiser's speed and quality (docs/OPTIMISER.md), natively and as WebAssembly under
// Node (tools/bench.sh runs both). Figures, not tests.
//
//   roster_optimiser_bench            2,000 candidates: the search whole and in steps, the
//                                     frontier at 20 budgets, the gap to the bound
//   roster_optimiser_bench N          the same for N candidates
//   roster_optimiser_bench quality    the accuracy table of docs/OPTIMISER.md: the optimiser and
//                                     the planners' simple rule against the exact optimum, on the
//                                     plans of tests/engine/optimiser_test.cpp
//   roster_optimiser_bench quality large   and on 15 rosters of 16 to 20 candidates
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "engine/frontier.h"
#include "engine/optimiser.h"
#include "engine/optimiser_objective.h"
#include "support/optimiser_instances.h"

using namespace roster;

namespace {

bool g_large = false;  // `quality large`: also the rosters of 16 to 20 candidates

#ifdef __EMSCRIPTEN__
const char* const kWhere = "WebAssembly (Node)";
#else
const char* const kWhere = "native";
#endif

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The bench's shortlist: `n` candidates of the test generator (one market of 50 million people,
// 2,000 to 1,000,000 followers, one to three booking options each) and a budget of a tenth of
// what a third of them would cost, a roster of a few hundred.
testing::OptimiserInstance shortlist(int n) {
    testing::OptimiserInstance in = testing::optimiser_instance(n, 7);
    in.problem.constraints.budget = std::round(in.problem.constraints.budget * 0.1);
    in.plan.campaign.budget_cap_cents = cents_from_units(in.problem.constraints.budget);
    return in;
}

void speed(int n) {
    const testing::OptimiserInstance in = shortlist(n);
    const Assumptions assumptions = resolve_assumptions(in.plan);
    std::size_t bookings = 0;
    const auto pool = candidate_pool(in.plan, assumptions, in.problem);
    for (const PoolCreator& c : pool->creators) bookings += c.options.size();
    std::printf("%s, %d candidates (%zu bookings), budget %.0f, net reach:\n", kWhere, n, bookings, in.problem.constraints.budget);

    // The search whole, three times (the median), from the plan: pool, search, explanations.
    std::vector<double> times;
    OptimiserResult r;
    for (int k = 0; k < 3; ++k) {
        const auto start = std::chrono::steady_clock::now();
        r = optimise(in.plan, assumptions, in.problem);
        times.push_back(seconds_since(start));
    }
    std::sort(times.begin(), times.end());
    std::printf("  optimise: %.3f s (median of 3; fastest %.3f s), %zu creators chosen, %zu exact evaluations\n", times[1],
                times[0], r.figures.creators, r.exact_evaluations);
    std::printf("  net reach %.0f; simple rule %.0f (%.1f%% of it); upper bound %.0f, gap %.1f%% (scale %.2f, %zu checked)\n",
                r.objective_value, r.simple_rule_value, 100.0 * r.simple_rule_value / r.objective_value, r.bound.value,
                100.0 * r.bound.gap, r.bound.scale, r.bound.checked);

    // In steps, as the interface takes it: how long the longest step is.
    OptimiserRun run(in.plan, assumptions, in.problem);
    double longest = 0.0;
    std::size_t steps = 0;
    const auto start = std::chrono::steady_clock::now();
    for (bool more = true; more;) {
        const auto step = std::chrono::steady_clock::now();
        more = run.advance(1);
        longest = std::max(longest, seconds_since(step));
        ++steps;
    }
    const double stepped = seconds_since(start);
    run.finish();
    std::printf("  in steps: %zu steps, %.3f s, longest step %.1f ms\n", steps, stepped, 1000.0 * longest);

    // The frontier at 20 budgets up to twice the plan's.
    const auto frontier_start = std::chrono::steady_clock::now();
    const Frontier f = efficient_frontier(in.plan, assumptions, in.problem);
    const double frontier_time = seconds_since(frontier_start);
    std::printf("  frontier: %.3f s for %zu budgets; at the plan's budget %.0f, at twice %.0f; the next 1,000 people cost %.2f at "
                "the plan's budget and %.2f at twice\n",
                frontier_time, f.points.size(), f.points.size() >= 10 ? f.points[9].objective_value : 0.0,
                f.points.empty() ? 0.0 : f.points.back().objective_value, f.points.size() >= 10 ? f.points[9].marginal_cost : 0.0,
                f.points.empty() ? 0.0 : f.points.back().marginal_cost);
}

// `smallest` to `largest` candidates; `single`: each creator as planned only (larger rosters stay
// within reach of the exhaustive search).
void quality_row(const char* name, OptimiserObjective objective, int count, std::uint64_t first_seed, int largest,
                 int smallest = 8, bool single = false) {
    int within = 0, rule_within = 0;
    double worst = 1.0, mean = 0.0, rule_worst = 1.0, rule_mean = 0.0, gap = 0.0;
    for (int k = 0; k < count; ++k) {
        testing::OptimiserInstance in =
            testing::optimiser_instance(smallest + k % (largest - smallest + 1), first_seed + static_cast<std::uint64_t>(k));
        in.problem.objective = objective;
        if (single)
            for (CandidateSetting& s : in.problem.settings) s.options = {BookingOption{}};
        const Assumptions assumptions = resolve_assumptions(in.plan);
        const auto pool = candidate_pool(in.plan, assumptions, in.problem);
        const testing::ExactOptimum best = testing::exhaustive_optimum(*pool, objective, in.problem.constraints.budget);
        const OptimiserResult r = optimise(in.plan, assumptions, in.problem);
        const double ratio = best.value > 0.0 ? r.objective_value / best.value : 1.0;
        const double rule = best.value > 0.0 ? r.simple_rule_value / best.value : 1.0;
        within += ratio >= 0.99;
        rule_within += rule >= 0.99;
        worst = std::min(worst, ratio);
        rule_worst = std::min(rule_worst, rule);
        mean += ratio / count;
        rule_mean += rule / count;
        if (r.bound.basis != BoundBasis::None && r.bound.value > 0.0) gap += (r.bound.value - best.value) / r.bound.value / count;
    }
    char bound[32] = "none";
    if (objective != OptimiserObjective::EffectiveReach) std::snprintf(bound, sizeof bound, "%.1f%%", 100.0 * gap);
    std::printf("| %s | %d | %d (%.0f%%) | %.3f%% | %.3f%% | %d (%.0f%%) | %.1f%% | %.1f%% | %s |\n", name, count, within,
                100.0 * within / count, 100.0 * worst, 100.0 * mean, rule_within, 100.0 * rule_within / count, 100.0 * rule_worst,
                100.0 * rule_mean, bound);
}

void quality() {
    std::printf("%s: the optimiser and the simple rule against the exact optimum (every roster within the budget tried)\n", kWhere);
    std::printf("| objective | plans | within 1%% | worst | mean | simple rule within 1%% | its worst | its mean | bound above the optimum, mean |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|\n");
    quality_row("net reach (8-13 candidates)", OptimiserObjective::NetReach, 60, 1000, 13);
    quality_row("on-target reach (8-11)", OptimiserObjective::OnTargetReach, 20, 2100, 11);
    quality_row("effective reach, 3+ (8-11)", OptimiserObjective::EffectiveReach, 20, 2200, 11);
    quality_row("conversions (8-11)", OptimiserObjective::Conversions, 20, 2300, 11);
    // Larger rosters, one booking each: a few minutes of exhaustive search natively.
    if (g_large) quality_row("net reach (16-20, as planned only)", OptimiserObjective::NetReach, 15, 3000, 20, 16, true);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::string(argv[1]) == "quality") {
        g_large = argc > 2 && std::string(argv[2]) == "large";
        quality();
        return 0;
    }
    speed(argc > 1 ? std::max(10, std::atoi(argv[1])) : 2000);
    return 0;
}
