// Optimiser instances for tests and the bench (tests/engine/optimiser_test.cpp,
// tests/bench/optimiser_bench.cpp): plans of creators whose audiences overlap in different ways,
// with booking options and a budget, made from a seed; and the exact optimum of a small one by
// exhaustive search over Roster's own objective (evaluate_selection, the deduplication).
//
// The instances vary what makes the choice hard: sizes from nano to mega, one to four platforms,
// shared interest niches (the overlap estimate's affinity), stated overlaps from none to near
// duplicates (the same audience bought twice), creators on two platforms under one name, fees
// above and below the going rate, one to three booking options, and budgets from a fifth to
// three fifths of the roster's cost. Only SplitMix64 (engine/random.h) draws them, so an instance
// is the same natively and in WebAssembly.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/exponential.h"
#include "engine/optimiser.h"
#include "engine/optimiser_objective.h"
#include "engine/plan.h"
#include "engine/random.h"
#include "engine/validation.h"
#include "engine/vocabulary.h"

namespace roster::testing {

struct OptimiserInstance {
    Plan plan;
    OptimiserProblem problem;
};

inline std::int64_t log_uniform(RandomStream& rng, double low, double high) {
    return static_cast<std::int64_t>(low * exponential(std::log(high / low) * rng.uniform()));
}

// `creators` candidates; the seed decides everything else.
inline OptimiserInstance optimiser_instance(int creators, std::uint64_t seed) {
    RandomStream rng(seed * 7919 + static_cast<std::uint64_t>(creators));
    OptimiserInstance out;
    Plan& plan = out.plan;
    plan.name = "Instance " + std::to_string(seed);
    // Small instances crowd a universe of 1 to 20 million; a shortlist of hundreds or thousands
    // reads as one country's market (50 million), mostly smaller creators.
    const bool large = creators > 100;
    plan.campaign.target_universe = large ? 50'000'000 : log_uniform(rng, 1'000'000, 20'000'000);
    plan.campaign.average_order_value_cents = 4'000 + static_cast<std::int64_t>(rng.uniform() * 8'000);
    plan.campaign.gross_margin_ppm = 600'000;
    // Half the campaigns target France: on-target reach then counts the French share of the
    // audiences whose countries are known (the others' is not known, so not counted).
    if (rng.uniform() < 0.5) plan.campaign.target.countries = {"FR"};
    const int platforms = 1 + static_cast<int>(rng.next() % 4);
    const int niches = 1 + static_cast<int>(rng.next() % 4);
    const double stated_share = rng.uniform() * 0.5;  // of the pairs, stated
    const bool twins = rng.uniform() < 0.3;           // near-duplicate audiences
    const Platform kinds[] = {Platform::Instagram, Platform::TikTok, Platform::YouTube, Platform::Facebook};
    const char* interests[] = {"fitness", "cooking", "gaming", "beauty"};
    for (int i = 0; i < creators; ++i) {
        Creator c;
        c.id = static_cast<CreatorId>(i + 1);
        c.name = "C" + std::to_string(i + 1);
        c.platform = kinds[rng.next() % static_cast<std::uint64_t>(platforms)];
        c.followers = large ? log_uniform(rng, 2'000, 1'000'000) : log_uniform(rng, 3'000, 2'000'000);
        const int niche = static_cast<int>(rng.next() % static_cast<std::uint64_t>(niches));
        c.audience.interests.push_back({interests[niche], 600'000 + static_cast<Ppm>(rng.uniform() * 400'000)});
        if (rng.uniform() < 0.5) c.audience.countries = {{"FR", 700'000}, {"BE", 300'000}};
        const Format format = reference_format(c.platform);
        const int posts = 1 + static_cast<int>(rng.next() % 4);
        // A fee per post around 10 per 1,000 followers, from a third to three times that.
        const double fee = std::max(50.0, static_cast<double>(c.followers) * 0.01 * std::exp(2.2 * (rng.uniform() - 0.5)));
        c.deliverables.push_back({format, posts, cents_from_units(fee)});
        if (rng.uniform() < 0.3 && platform_offers(c.platform, Format::Story))
            c.deliverables.push_back({Format::Story, 2, cents_from_units(fee * 0.3)});
        c.product_value_cents = rng.uniform() < 0.3 ? cents_from_units(60) : 0;
        plan.creators.push_back(std::move(c));
    }
    // One person on two platforms now and then.
    if (creators >= 4 && rng.uniform() < 0.3) {
        plan.creators[1].name = plan.creators[0].name;
        plan.creators[1].platform = plan.creators[0].platform == Platform::Instagram ? Platform::TikTok : Platform::Instagram;
        plan.creators[1].deliverables = {{reference_format(plan.creators[1].platform), 1, plan.creators[1].deliverables[0].unit_fee_cents}};
    }
    // Stated overlaps as shared counts. Shares of at most 40% of the smaller audience always hold
    // together; the near duplicates of small instances are kept only while the plan's stated
    // pairs still can (validation's triangle check).
    const std::size_t n = plan.creators.size();
    const std::size_t pairs = n * (n - 1) / 2;
    const auto wanted = static_cast<std::size_t>(std::min<double>(stated_share * static_cast<double>(pairs), 3.0 * static_cast<double>(n)));
    for (std::size_t k = 0; k < wanted && n >= 2; ++k) {
        const std::size_t i = rng.next() % n;
        const std::size_t j = rng.next() % n;
        if (i == j) continue;
        const Creator& a = plan.creators[i];
        const Creator& b = plan.creators[j];
        const bool taken = std::any_of(plan.overlaps.begin(), plan.overlaps.end(), [&](const Overlap& o) {
            return (o.first == a.id && o.second == b.id) || (o.first == b.id && o.second == a.id);
        });
        if (taken) continue;
        const double smaller = static_cast<double>(std::min(a.followers, b.followers));
        const bool twin = twins && n <= 40 && rng.uniform() < 0.4;
        const double share = twin ? 0.7 + 0.3 * rng.uniform() : 0.4 * rng.uniform();
        plan.overlaps.push_back({a.id, b.id, OverlapBasis::SharedCount, static_cast<std::int64_t>(smaller * share)});
        if (twin && !check_overlaps(plan).empty()) plan.overlaps.pop_back();
    }
    double total = 0.0;
    for (const Creator& c : plan.creators) total += units_from_cents(total_fees_cents(c) + c.product_value_cents);
    out.problem.constraints.budget = std::round(total * (0.2 + 0.4 * rng.uniform()));
    // Booking options: as planned, and for some creators one post, or twice the posts.
    const double more_options = rng.uniform();
    for (const Creator& c : plan.creators) {
        CandidateSetting s;
        s.creator = c.id;
        s.options.push_back(BookingOption{});
        if (rng.uniform() < more_options * 0.6) s.options.push_back(BookingOption{OptionKind::OnePost, "", {}});
        if (rng.uniform() < more_options * 0.3) s.options.push_back(BookingOption{OptionKind::DoublePosts, "", {}});
        out.problem.settings.push_back(std::move(s));
    }
    return out;
}

// The best selection by exhaustive search: every creator left out or booked one of its options,
// within the budget (the other constraints of the problem are not looked at). Returns the optimum
// and counts the selections evaluated.
struct ExactOptimum {
    Selection selection;
    double value = 0.0;
    std::size_t evaluated = 0;
};

inline ExactOptimum exhaustive_optimum(const CandidatePool& pool, OptimiserObjective objective, double budget) {
    ExactOptimum best;
    Selection s(pool.size(), kNotChosen);
    const auto visit = [&](auto&& self, std::size_t i, double cost) -> void {
        if (i == pool.size()) {
            ++best.evaluated;
            const double v = objective_value(objective, evaluate_selection(pool, s));
            if (v > best.value) best.value = v, best.selection = s;
            return;
        }
        self(self, i + 1, cost);
        const PoolCreator& c = pool.creators[i];
        for (std::size_t o = 0; o < c.options.size(); ++o) {
            const double with = cost + c.options[o].cost;
            if (with > budget * (1.0 + 1e-12)) continue;
            s[i] = static_cast<std::int32_t>(o);
            self(self, i + 1, with);
            s[i] = kNotChosen;
        }
    };
    visit(visit, 0, 0.0);
    return best;
}

}  // namespace roster::testing
