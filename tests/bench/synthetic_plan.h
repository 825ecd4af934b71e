// The benchmarks' synthetic roster (engine_bench.cpp, sampling_bench.cpp): the same plan for a
// size and seed in every benchmark, so their figures can be read side by side.
#pragma once

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

#include "engine/plan.h"
#include "engine/vocabulary.h"

namespace roster::bench {

// A roster like an agency's: every platform, one to three deliverable lines, some earned
// creators, audience profiles, amplification on a few, likes hidden on Instagram.
inline Plan synthetic_plan(int creators, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> platform(0, kPlatformCount - 1), format(0, kFormatCount - 1), posts(1, 6);
    std::lognormal_distribution<double> followers(std::log(60'000.0), 1.6);
    std::uniform_int_distribution<int> share(50'000, 600'000);
    std::bernoulli_distribution rare(0.15);
    Plan plan;
    plan.name = "Benchmark";
    plan.campaign.target_universe = 20'000'000;
    plan.campaign.target.countries = {"FR"};
    plan.campaign.average_order_value_cents = 5'500;
    plan.campaign.gross_margin_ppm = 550'000;
    plan.environment.likes_hidden[static_cast<std::size_t>(Platform::Instagram)] = true;
    for (int i = 0; i < creators; ++i) {
        Creator c;
        c.id = static_cast<CreatorId>(i + 1);
        c.name = "Creator " + std::to_string(i + 1);
        c.platform = static_cast<Platform>(platform(rng));
        c.followers = std::clamp<std::int64_t>(static_cast<std::int64_t>(followers(rng)), 500, 400'000'000);
        for (int line = 0; line < 3 && (line == 0 || !rare(rng)); ++line) {
            Format f = static_cast<Format>(format(rng));
            if (!platform_offers(c.platform, f)) f = reference_format(c.platform);
            c.deliverables.push_back({f, posts(rng), c.followers / 10 + 5'000});
        }
        c.paid = !rare(rng);
        c.posting_probability_ppm = c.paid ? kPpmWhole : share(rng);
        c.audience.countries = {{"FR", share(rng)}, {"BE", 50'000}};
        if (rare(rng)) c.amplification = {200'000, 0, 3};
        plan.creators.push_back(std::move(c));
    }
    return plan;
}

}  // namespace roster::bench
