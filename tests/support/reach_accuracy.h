// The measurement of docs/REACH-ACCURACY.md: feeds each estimator what a planner would type for
// an audience world (followers, every pair's shared followers or a third of them chosen at random,
// with or without the creators' interest profiles) and compares net reach and the share reached
// 3+ times with the world's exact figures. Roster's estimator runs through a Plan
// (plan_audience: the overlap matrix it completes, then deduplicate()), so that it is measured as
// planners use it and keeps being measured as the deduplication changes.
#pragma once

#include <chrono>
#include <cmath>
#include <limits>
#include <random>

#include "engine/assumptions.h"
#include "engine/latent_classes.h"
#include "engine/log_linear_reach.h"
#include "engine/overlap.h"
#include "support/audience_worlds.h"

namespace roster::testing {

enum class Stated { Every, Third };

struct Inputs {
    Stated pairs = Stated::Every;
    bool profiles = true;
};

// Errors of one estimator: net reach in % of the exact union, 3+ share (of the people reached) in
// points. NaN where the estimator was not run.
struct Errors {
    double reach_pct = std::numeric_limits<double>::quiet_NaN();
    double three_plus_points = std::numeric_limits<double>::quiet_NaN();
};

struct Measurement {
    Truth truth;
    double three_plus_share = 0;  // exact, of the people reached
    Errors roster, independence, follower_sum, latent, log_linear;
    double roster_ms = 0, latent_ms = 0, log_linear_ms = 0;
    bool log_linear_converged = false;
};

inline Errors errors_of(double reach, double three_plus, const Truth& t) {
    Errors e;
    e.reach_pct = 100.0 * (reach - t.reached) / t.reached;
    e.three_plus_points = 100.0 * (reach > 0 ? three_plus / reach : 0.0) - 100.0 * t.at_least(3) / t.reached;
    return e;
}

// The plan a planner would type for the world: every pair as a shared count, or a third of the
// pairs chosen at random (from `seed`), and the audience-interest profiles when given.
inline Plan planned(const AudienceWorld& w, Inputs in, unsigned seed) {
    Plan plan = w.plan;
    const std::size_t n = plan.creators.size();
    if (in.profiles)
        for (std::size_t i = 0; i < n; ++i) plan.creators[i].audience.interests = w.profiles[i];
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            if (in.pairs == Stated::Third && unit(rng) >= 1.0 / 3.0) continue;
            plan.overlaps.push_back({plan.creators[i].id, plan.creators[j].id, OverlapBasis::SharedCount,
                                     static_cast<std::int64_t>(std::llround(w.shared[i * n + j]))});
        }
    return plan;
}

// The latent classes' inputs from the same plan: the stated pairs, and the profiles if given.
inline LatentInputs latent_inputs(const Plan& plan, const std::vector<AudienceCreator>& creators, double universe) {
    LatentInputs in;
    in.universe = universe;
    const std::size_t n = plan.creators.size();
    std::vector<std::size_t> index_of(n + 1);
    for (std::size_t i = 0; i < n; ++i) index_of[static_cast<std::size_t>(plan.creators[i].id)] = i;
    for (std::size_t i = 0; i < n; ++i) {
        LatentCreator c;
        c.followers = static_cast<double>(plan.creators[i].followers);
        c.reached_share = creators[i].reached_share;
        c.frequency = creators[i].follower_frequency;
        c.interests = plan.creators[i].audience.interests;
        in.creators.push_back(std::move(c));
    }
    for (const Overlap& o : plan.overlaps)
        in.pairs.push_back({index_of[static_cast<std::size_t>(o.first)], index_of[static_cast<std::size_t>(o.second)],
                            static_cast<double>(o.value)});
    return in;
}

// `models`: also run the whole-matrix prototypes (latent classes, Danaher's log-linear model);
// `log_linear`: that one too (it ignores profiles: the bench runs it once per set of pairs).
inline Measurement measure(const AudienceWorld& w, Inputs in, unsigned seed, bool models = true, bool log_linear = true) {
    const Plan plan = planned(w, in, seed);
    const Assumptions as = resolve_assumptions(plan);
    Measurement m;
    const auto start = std::chrono::steady_clock::now();
    const PlanAudience pa = plan_audience(plan, as, false);
    m.roster_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    m.truth = exact_reach(w, pa.creators);
    m.three_plus_share = m.truth.at_least(3) / m.truth.reached;
    m.roster = errors_of(pa.reach.net_reach, pa.reach.effective_reach, m.truth);

    // Independence: each creator's reached people a random draw from the universe.
    const double universe = w.universe;
    std::vector<double> sizes;
    Exposure d{};
    d[0] = 1.0;
    double sum = 0, sum_three = 0;
    for (const AudienceCreator& c : pa.creators) {
        const double e = c.followers * c.reached_share;
        sizes.push_back(e);
        add_exposures(d, e / universe, c.follower_frequency);
        sum += e;
        double three = 0, all = 0;
        for (int k = 1; k <= kFrequencyBins; ++k)
            (k >= 3 ? three : all) += c.follower_frequency[static_cast<std::size_t>(k - 1)];
        all += three;
        sum_three += all > 0 ? e * three / all : 0.0;
    }
    double independent_three = 0;
    for (int k = 3; k <= kFrequencyBins; ++k) independent_three += universe * d[static_cast<std::size_t>(k)];
    m.independence = errors_of(independent_union(sizes, universe), independent_three, m.truth);
    // The follower sum: each creator's reached people added up, 3+ as each creator alone gives it.
    m.follower_sum = errors_of(sum, sum_three, m.truth);

    if (models) {
        const LatentInputs li = latent_inputs(plan, pa.creators, universe);
        const auto t0 = std::chrono::steady_clock::now();
        const LatentReach r = latent_reach(li);
        const auto t1 = std::chrono::steady_clock::now();
        const LogLinearReach l = log_linear ? log_linear_reach(li) : LogLinearReach{};
        const auto t2 = std::chrono::steady_clock::now();
        m.latent_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
        m.log_linear_ms = std::chrono::duration<double, std::milli>(t2 - t1).count();
        m.latent = errors_of(r.reach, r.at_least_three, m.truth);
        if (log_linear) {
            m.log_linear = errors_of(l.reach, l.at_least_three, m.truth);
            m.log_linear_converged = l.converged;
        }
    }
    return m;
}

}  // namespace roster::testing
