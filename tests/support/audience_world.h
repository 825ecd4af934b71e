// Ground truth for the overlap model: a population of explicit people, creators who draw their
// followers from it, posts that reach some of them, and the exact union and frequency counts.
// People belong to one interest segment and have a heaviness (heavy users follow more
// creators); a creator draws most followers from its niche's segment, the rest from everyone,
// both in proportion to heaviness, so follows correlate within a niche and through heavy users.
// Exposures follow the engine's per-creator beta-binomial; nothing else is borrowed from the
// estimator, which only sees audiences and pairwise shared counts.
#pragma once

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include "engine/creator_model.h"
#include "engine/deduplication.h"
#include "engine/overlap.h"

namespace roster::testing {

struct WorldSpec {
    int people = 100'000;
    int creators = 10;
    int segments = 8;
    double in_niche = 0.6;       // share of a creator's followers drawn from its niche's segment
    double heaviness = 0.8;      // log-spread of people's heaviness
    double smallest = 500, largest = 20'000;  // followers, drawn log-uniformly
    int posts = 3;
    double rate = 0.25;          // followers one post reaches
    double concentration = 1.0;  // beta-binomial s
    unsigned seed = 1;
};

struct World {
    std::vector<AudienceCreator> creators;
    std::vector<double> shared;  // exact pairwise shared followers
    double universe = 0;
    double followers_union = 0;  // exact
    double reached = 0;          // exact: people with at least one exposure
    Frequency frequency{};       // exact: people reached k times (last: 10+)
    double reached_at_least(int k) const {
        double s = 0;
        for (int i = k - 1; i < kFrequencyBins; ++i) s += frequency[static_cast<std::size_t>(i)];
        return s;
    }
};

// The populations of the accuracy tests and report: a million people in 12 niches.
inline WorldSpec overlap_case(int creators, double in_niche, double heaviness, unsigned seed) {
    WorldSpec spec;
    spec.people = 1'000'000;
    spec.segments = 12;
    spec.creators = creators;
    spec.in_niche = in_niche;
    spec.heaviness = heaviness;
    spec.seed = seed;
    // Small rosters get larger audiences, so the exact counts are not dominated by the sampling
    // noise of a few thousand people (the generator's distributions differ between standard
    // libraries, so native and WebAssembly see different draws of the same world).
    if (creators <= 10) spec.smallest = 5'000, spec.largest = 100'000;
    return spec;
}

inline World make_world(const WorldSpec& spec) {
    std::mt19937_64 rng(spec.seed);
    const auto people = static_cast<std::size_t>(spec.people);
    std::vector<int> segment(people);
    std::vector<double> weight(people);
    std::uniform_int_distribution<int> pick_segment(0, spec.segments - 1);
    std::normal_distribution<double> normal(0.0, 1.0);
    for (std::size_t p = 0; p < people; ++p) {
        segment[p] = pick_segment(rng);
        weight[p] = std::exp(spec.heaviness * normal(rng));
    }
    // Cumulative heaviness over everyone and within each segment, for weighted draws.
    std::vector<std::vector<std::size_t>> members(static_cast<std::size_t>(spec.segments));
    for (std::size_t p = 0; p < people; ++p) members[static_cast<std::size_t>(segment[p])].push_back(p);
    auto cumulative = [&](const std::vector<std::size_t>& list) {
        std::vector<double> c(list.size());
        double t = 0;
        for (std::size_t i = 0; i < list.size(); ++i) c[i] = (t += weight[list[i]]);
        return c;
    };
    std::vector<std::size_t> everyone(people);
    for (std::size_t p = 0; p < people; ++p) everyone[p] = p;
    const std::vector<double> all_cum = cumulative(everyone);
    std::vector<std::vector<double>> seg_cum;
    for (const auto& m : members) seg_cum.push_back(cumulative(m));
    auto draw = [&](const std::vector<std::size_t>& list, const std::vector<double>& cum) {
        std::uniform_real_distribution<double> u(0.0, cum.back());
        const auto it = std::upper_bound(cum.begin(), cum.end(), u(rng));
        return list[std::min<std::size_t>(static_cast<std::size_t>(it - cum.begin()), list.size() - 1)];
    };

    World w;
    w.universe = spec.people;
    const auto n = static_cast<std::size_t>(spec.creators);
    w.shared.assign(n * n, 0.0);
    std::vector<std::vector<std::size_t>> follows(people);  // creators each person follows
    std::vector<int> exposures(people, 0);
    std::vector<char> taken(people, 0);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double alpha = spec.rate * spec.concentration, beta = (1.0 - spec.rate) * spec.concentration;
    std::gamma_distribution<double> ga(alpha, 1.0), gb(beta, 1.0);

    CreatorBasis basis;
    basis.concentration = spec.concentration;
    LineBasis line;
    line.posts = spec.posts;
    line.follower_rate = spec.rate;
    basis.lines.push_back(line);

    for (std::size_t c = 0; c < n; ++c) {
        const auto niche = static_cast<std::size_t>(c % static_cast<std::size_t>(spec.segments));
        const double f = std::exp(std::log(spec.smallest) + unit(rng) * std::log(spec.largest / spec.smallest));
        const auto target = std::min<std::size_t>(static_cast<std::size_t>(f), people / 3);
        std::vector<std::size_t> chosen;
        while (chosen.size() < target) {
            const std::size_t p = unit(rng) < spec.in_niche ? draw(members[niche], seg_cum[niche]) : draw(everyone, all_cum);
            if (taken[p]) continue;
            taken[p] = 1;
            chosen.push_back(p);
        }
        for (std::size_t p : chosen) {
            taken[p] = 0;
            for (std::size_t other : follows[p]) {
                w.shared[c * n + other] += 1.0;
                w.shared[other * n + c] += 1.0;
            }
            follows[p].push_back(c);
            const double x = ga(rng), y = gb(rng);
            const double pi = x + y > 0 ? x / (x + y) : 0.0;
            std::binomial_distribution<int> posts(spec.posts, pi);
            exposures[p] += posts(rng);
        }
        basis.followers = static_cast<double>(chosen.size());
        w.creators.push_back(audience_of(basis));
    }
    for (std::size_t p = 0; p < people; ++p) {
        if (!follows[p].empty()) w.followers_union += 1.0;
        if (exposures[p] > 0) {
            w.reached += 1.0;
            w.frequency[static_cast<std::size_t>(std::min(exposures[p], kFrequencyBins) - 1)] += 1.0;
        }
    }
    return w;
}

}  // namespace roster::testing
