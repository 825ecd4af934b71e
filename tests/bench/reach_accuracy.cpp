// Net reach across audience structures (docs/REACH-ACCURACY.md): every estimator against the
// exact figures of the audience worlds, per family and roster size, with every pair stated or a
// third of them, with or without the creators' interest profiles. Figures, not tests (the unit
// test tests/engine/reach_accuracy_test.cpp holds a few fast worlds to a bound).
//
//   roster_reach_accuracy_bench          6 families x 12, 40, 200 and 1,000 creators, a million people
//   roster_reach_accuracy_bench quick    12 and 40 creators only
//   roster_reach_accuracy_bench SEED     another draw of every world (default 1)
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "support/reach_accuracy.h"

using namespace roster;
using namespace roster::testing;

namespace {

struct Setting {
    const char* name;
    Inputs inputs;
};
const Setting kSettings[] = {{"every pair + profiles", {Stated::Every, true}},
                             {"every pair, no profiles", {Stated::Every, false}},
                             {"a third + profiles", {Stated::Third, true}},
                             {"a third, no profiles", {Stated::Third, false}}};
constexpr std::size_t kSettingCount = sizeof kSettings / sizeof kSettings[0];

struct Worst {
    double reach = 0, three = 0;
    int within = 0, cases = 0;  // within the goal of the setting
    void add(const Errors& e, double reach_goal, double three_goal) {
        if (std::isnan(e.reach_pct)) return;
        reach = std::max(reach, std::fabs(e.reach_pct));
        three = std::max(three, std::fabs(e.three_plus_points));
        ++cases;
        if (std::fabs(e.reach_pct) <= reach_goal && std::fabs(e.three_plus_points) <= three_goal) ++within;
    }
};

}  // namespace

int main(int argc, char** argv) {
    bool quick = false;
    unsigned seed = 1;
    for (int a = 1; a < argc; ++a) {
        if (std::strcmp(argv[a], "quick") == 0)
            quick = true;
        else
            seed = static_cast<unsigned>(std::strtoul(argv[a], nullptr, 10));
    }
    std::vector<int> sizes = {12, 40, 200, 1000};
    if (quick) sizes = {12, 40};
    // [setting][estimator: roster, latent, log-linear, independence, sum][tuned, held out]
    constexpr int kEstimators = 5;
    Worst worst[kSettingCount][kEstimators][2];
    std::printf("Errors: net reach in %% of the exact union / share reached 3+ times in points (seed %u).\n", seed);
    std::printf("| family | creators | exact reach | exact 3+ | inputs | Roster | latent classes | log-linear | "
                "independence | follower sum | Roster ms | latent ms | log-linear ms |\n"
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (int f = 0; f < kFamilyCount; ++f) {
        const auto family = static_cast<Family>(f);
        for (int n : sizes) {
            const auto start = std::chrono::steady_clock::now();
            const AudienceWorld w = make_audience_world(family, n, seed);
            const double made = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            Measurement with_profiles[2];  // every pair, a third: the log-linear model ignores profiles
            for (std::size_t s = 0; s < kSettingCount; ++s) {
                const bool profiles = kSettings[s].inputs.profiles;
                const int pairs = kSettings[s].inputs.pairs == Stated::Third ? 1 : 0;
                Measurement m = measure(w, kSettings[s].inputs, seed * 7919 + static_cast<unsigned>(n), true, profiles);
                if (profiles) {
                    with_profiles[pairs] = m;
                } else {
                    m.log_linear = with_profiles[pairs].log_linear;
                    m.log_linear_ms = with_profiles[pairs].log_linear_ms;
                    m.log_linear_converged = with_profiles[pairs].log_linear_converged;
                }
                const bool third = kSettings[s].inputs.pairs == Stated::Third;
                const double reach_goal = third ? 5.0 : 2.0, three_goal = third ? 3.0 : 2.0;
                const Errors* all[kEstimators] = {&m.roster, &m.latent, &m.log_linear, &m.independence,
                                                  &m.follower_sum};
                for (int e = 0; e < kEstimators; ++e) worst[s][e][held_out(family) ? 1 : 0].add(*all[e], reach_goal, three_goal);
                auto cell = [](const Errors& e) {
                    char text[64];
                    std::snprintf(text, sizeof text, "%+.1f%% / %+.1f", e.reach_pct, e.three_plus_points);
                    return std::string(text);
                };
                std::printf("| %s | %d | %.0f | %.1f%% | %s | %s | %s | %s%s | %s | %s | %.1f | %.1f | %.1f |\n",
                            family_name(family), n, m.truth.reached, 100 * m.three_plus_share, kSettings[s].name,
                            cell(m.roster).c_str(), cell(m.latent).c_str(), cell(m.log_linear).c_str(),
                            m.log_linear_converged ? "" : " (not settled)", cell(m.independence).c_str(),
                            cell(m.follower_sum).c_str(), m.roster_ms, m.latent_ms, m.log_linear_ms);
            }
            std::fprintf(stderr, "%s, %d creators: %s; world made in %.1f s\n", family_name(family), n, w.knobs.c_str(), made);
            std::fflush(stdout);
        }
    }
    std::printf("\nLargest error (reach %% / 3+ points) and cases within the goal (2%%/2 points with every pair, "
                "5%%/3 with a third), tuned families | held-out families:\n");
    std::printf("| inputs | Roster | latent classes | log-linear | independence | follower sum |\n"
                "|---|---|---|---|---|---|\n");
    for (std::size_t s = 0; s < kSettingCount; ++s) {
        std::printf("| %s |", kSettings[s].name);
        for (int e = 0; e < kEstimators; ++e) {
            const Worst& t = worst[s][e][0];
            const Worst& h = worst[s][e][1];
            std::printf(" %.1f%% / %.1f, %d of %d | %.1f%% / %.1f, %d of %d |", t.reach, t.three, t.within, t.cases,
                        h.reach, h.three, h.within, h.cases);
        }
        std::printf("\n");
    }
    return 0;
}
