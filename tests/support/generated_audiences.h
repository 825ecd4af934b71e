// Rosters of audiences and shared followers made from a seed with the same bits on every
// platform: the deduplication's input without a plan, for tests that pin its output to the bit.
// Only SplitMix64 (engine/random.h) and the engine's own e^x are used, never the standard
// library's distributions or std::exp, which differ between the native C++ library and
// WebAssembly's. The rosters take every branch of the deduplication: creators in niches (shared
// followers well above independence), some without followers (reach from recommendations
// only), some reaching every follower, pairs sharing nobody, audiences inside larger ones, and
// a universe small enough that the audiences crowd it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "engine/deduplication.h"
#include "engine/exponential.h"
#include "engine/random.h"

namespace roster::testing {

struct GeneratedAudiences {
    std::vector<AudienceCreator> creators;
    std::vector<double> shared;  // n x n, symmetric, followers on the diagonal
    double universe = 0.0;
};

inline GeneratedAudiences generated_audiences(int creators, std::uint64_t seed, double universe = 5'000'000.0) {
    RandomStream rng(seed);
    const auto n = static_cast<std::size_t>(std::max(0, creators));
    const std::uint64_t niches = 1 + n / 8;
    GeneratedAudiences out;
    out.universe = universe;
    out.creators.resize(n);
    std::vector<std::uint64_t> niche(n);
    for (std::size_t i = 0; i < n; ++i) {
        AudienceCreator& c = out.creators[i];
        niche[i] = rng.next() % niches;
        // Log-uniform from 2,000 to about 110,000 followers; every 17th creator has none.
        c.followers = i % 17 == 16 ? 0.0 : 2'000.0 * exponential(4.0 * rng.uniform());
        c.reached_share = i % 11 == 5 ? 1.0 : 0.2 + 0.6 * rng.uniform();
        const double q = 0.3 + 0.5 * rng.uniform();  // geometric exposures, the last bin absorbing
        double f = 1.0;
        for (double& bin : c.follower_frequency) bin = f, f *= q;
        c.other_reach = i % 3 == 0 ? 0.0 : (c.followers > 0.0 ? c.followers : 10'000.0) * 0.3 * rng.uniform();
        c.other_frequency[0] = 0.6 + 0.3 * rng.uniform();
        c.other_frequency[1] = 1.0 - c.other_frequency[0];
    }
    out.shared.assign(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        out.shared[i * n + i] = out.creators[i].followers;
        for (std::size_t j = i + 1; j < n; ++j) {
            const double fi = out.creators[i].followers, fj = out.creators[j].followers;
            const double lift = niche[i] == niche[j] ? 2.0 + 20.0 * rng.uniform() : 0.3 + 1.5 * rng.uniform();
            const double both = (i + j) % 7 == 3 ? 0.0 : std::min(lift * fi * fj / universe, std::min(fi, fj));
            out.shared[i * n + j] = out.shared[j * n + i] = both;
        }
    }
    return out;
}

}  // namespace roster::testing
