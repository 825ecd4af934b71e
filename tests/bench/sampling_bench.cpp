// Which way of choosing the Monte-Carlo inputs gives the ranges the most precision per draw on
// Roster's model (docs/MODEL.md §7, "Fewer draws for the same precision"), printed as figures
// (never asserted; tools/bench.sh runs it natively and in WebAssembly under Node).
//
// For each sampling (simulation.h) the same synthetic plan is simulated from many seeds; the
// spread of each quantile across the seeds is its true standard error at that draw count, set
// beside the one a single run estimates from its own blocks (batch means, what the app shows).
// The gain is the variance ratio against independent draws: the factor by which a sampling
// cuts the draws needed for the same precision. Then the adaptive draw count the app uses:
// draws and time until every P10, P50 and P90 of net reach and ROI is within 1%.
//
//     roster_sampling_bench [CREATORS [RUNS]]      (default: 200 and 1,000 creators, 40 runs)
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "engine/simulation.h"
#include "synthetic_plan.h"

using namespace roster;
using Clock = std::chrono::steady_clock;

namespace {

constexpr Sampling kSamplings[] = {Sampling::Independent, Sampling::Antithetic, Sampling::Stratified};
const char* name(Sampling s) {
    switch (s) {
        case Sampling::Independent: return "independent";
        case Sampling::Antithetic: return "antithetic";
        case Sampling::Stratified: return "stratified (LHS)";
    }
    return "?";
}

constexpr double kQuantiles[] = {0.10, 0.50, 0.90};
constexpr Headline kFigures[] = {Headline::Reach, Headline::Roi};

struct Spread {
    double sum = 0.0, squares = 0.0;
    int n = 0;
    void add(double x) {
        sum += x;
        squares += x * x;
        ++n;
    }
    double mean() const { return n > 0 ? sum / n : 0.0; }
    double sd() const { return n > 1 ? std::sqrt(std::max(0.0, (squares - sum * sum / n) / (n - 1))) : 0.0; }
};

double band_quantile(const Band& b, double q) { return q == 0.10 ? b.p10 : q == 0.50 ? b.p50 : b.p90; }

// Relative standard errors (per figure and quantile) of `draws` draws across `runs` seeds, the
// mean of the runs' own batch-means estimate, and the time of one run.
struct Measure {
    double relative_se[2][3] = {};
    double estimated = 0.0;  // mean over runs of SimulationResult::precision (worst of the six)
    double ms = 0.0;
    double value[2][3] = {};  // each quantile's mean over the runs
};

Measure measure(const Plan& plan, const Assumptions& a, Sampling sampling, int draws, int runs) {
    Spread quantiles[2][3], half_width[2];
    Spread estimate;
    const auto start = Clock::now();
    for (int r = 0; r < runs; ++r) {
        const SimulationResult result = simulate(plan, a, draws, 1'000 + static_cast<std::uint64_t>(r), sampling);
        for (int f = 0; f < 2; ++f) {
            const Band& b = result[kFigures[f]];
            for (int q = 0; q < 3; ++q) quantiles[f][q].add(band_quantile(b, kQuantiles[q]));
            half_width[f].add(0.5 * std::fabs(b.p90 - b.p10));
        }
        if (result.precision) estimate.add(*result.precision);
    }
    Measure m;
    m.ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count() / runs;
    for (int f = 0; f < 2; ++f)
        for (int q = 0; q < 3; ++q) {
            // As SimulationResult::precision: relative to the value, or to half the P10-P90 width
            // when the value is near zero.
            const double scale = std::max(std::fabs(quantiles[f][q].mean()), half_width[f].mean());
            m.relative_se[f][q] = scale > 0.0 ? quantiles[f][q].sd() / scale : 0.0;
            m.value[f][q] = quantiles[f][q].mean();
        }
    m.estimated = estimate.mean();
    return m;
}

void report(int creators, int runs) {
    const Plan plan = bench::synthetic_plan(creators, 2026);
    const Assumptions a = resolve_assumptions(plan);
    std::printf("\n%d creators, %d runs per cell (seeds 1000 on): relative standard error of each quantile\n",
                creators, runs);
    std::printf("%-18s %6s  %7s %7s %7s  %7s %7s %7s  %9s %9s  %8s\n", "sampling", "draws", "reachP10", "P50", "P90",
                "ROI P10", "P50", "P90", "worst", "estimated", "ms/run");
    for (const int draws : {2'000, 8'000}) {
        double baseline[2][3] = {};
        for (const Sampling s : kSamplings) {
            const Measure m = measure(plan, a, s, draws, runs);
            double worst = 0.0;
            for (int f = 0; f < 2; ++f)
                for (int q = 0; q < 3; ++q) worst = std::max(worst, m.relative_se[f][q]);
            std::printf("%-18s %6d ", name(s), draws);
            for (int f = 0; f < 2; ++f) {
                std::printf(" ");
                for (int q = 0; q < 3; ++q) std::printf(" %6.3f%%", 100.0 * m.relative_se[f][q]);
            }
            std::printf("  %8.3f%% %8.3f%%  %8.1f\n", 100.0 * worst, 100.0 * m.estimated, m.ms);
            if (s == Sampling::Independent && draws == 2'000)
                std::printf("%-18s %6s  values: net reach %.0f / %.0f / %.0f, ROI %.3f / %.3f / %.3f\n", "", "",
                            m.value[0][0], m.value[0][1], m.value[0][2], m.value[1][0], m.value[1][1], m.value[1][2]);
            if (s == Sampling::Independent) {
                for (int f = 0; f < 2; ++f)
                    for (int q = 0; q < 3; ++q) baseline[f][q] = m.relative_se[f][q];
            } else {
                std::printf("%-18s %6s  gain (variance ratio against independent draws):", "", "");
                for (int f = 0; f < 2; ++f)
                    for (int q = 0; q < 3; ++q) {
                        const double se = m.relative_se[f][q];
                        std::printf(" %.1f", se > 0.0 ? (baseline[f][q] / se) * (baseline[f][q] / se) : 0.0);
                    }
                std::printf("\n");
            }
        }
    }
    // As the app runs its ranges (present/analysis.h): within 1%, from 2,000 draws, at most 10,000.
    const int seeds = std::min(runs, 8);
    std::printf("Adaptive draw count (within 1%%, floor 2,000, cap 10,000), %d seeds: draws (median, max), "
                "precision reached (median), ms per run\n", seeds);
    for (const Sampling s : kSamplings) {
        std::vector<int> used;
        std::vector<double> reached;
        const auto start = Clock::now();
        for (int r = 0; r < seeds; ++r) {
            Simulation run(plan, a, kDefaultDraws, 1'000 + static_cast<std::uint64_t>(r), std::nullopt, s);
            run.stop_at_precision({0.01, 2'000});
            while (!run.finished()) run.step(1'000);
            used.push_back(run.completed());
            reached.push_back(run.precision().value_or(0.0));
        }
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count() / used.size();
        std::sort(used.begin(), used.end());
        std::sort(reached.begin(), reached.end());
        std::printf("%-18s %6d %6d  %7.2f%%  %8.1f ms\n", name(s), used[used.size() / 2], used.back(),
                    100.0 * reached[reached.size() / 2], ms);
    }
}

}  // namespace

int main(int argc, char** argv) {
#ifdef __EMSCRIPTEN__
    std::printf("Sampling benchmark, WebAssembly (Node)\n");
#else
    std::printf("Sampling benchmark, native\n");
#endif
    const int runs = argc > 2 ? std::max(3, std::atoi(argv[2])) : 40;
    if (argc > 1) {
        report(std::max(1, std::atoi(argv[1])), runs);
        return 0;
    }
    report(200, runs);
    report(1'000, runs / 2);
    return 0;
}
