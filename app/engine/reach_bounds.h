// Part of the deduplication (deduplication.h), not for its callers: the interval that the
// audiences and the pairs alone allow the union to be in, whatever the triples are. The estimate
// is clamped into it, so that however the model (reached_by_others.h) errs, the net reach stays
// possible. Lower: max(largest, S1 - S2, Dawson-Sankoff); upper: min(universe, S1 - the heaviest
// spanning tree of the overlap graph) (Hunter). The public union_bounds() (deduplication.h)
// looks at every pair; the deduplication offers each creator's closest pairs only
// (heaviest_forest), which give the same tree in practice (tests/engine/deduplication_test.cpp).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "deduplication.h"

namespace roster::dedup {

// The spanning forest of the bounds takes each creator's closest pairs; 32 were shown to give
// the heaviest tree (tests/engine/deduplication_test.cpp), more would only cost sorting.
inline constexpr std::size_t kForestCandidates = 32;
// Marks the end of a creator's candidates when it has fewer than the others.
inline constexpr std::uint32_t kNoCandidate = 0xffffffffu;

// max(largest, S1 - S2, Dawson-Sankoff) <= union <= min(universe, S1 - tree), where `tree` is the
// weight of a spanning tree (or forest) of the overlap graph: Hunter's inequality holds for any,
// the heaviest gives the tightest bound.
ReachBounds bounds_from(double s1, double s2, double largest, double tree, double universe);

// A pair offered to the forest, its weight's bits as a key that sorts as the weight does.
struct WeightedEdge {
    std::uint64_t key;
    std::uint32_t i, j;
};

// The weight of the heaviest spanning forest of `n` creators made of `edges` (Kruskal); sorts
// `edges`.
double heaviest_forest(std::size_t n, std::vector<WeightedEdge>& edges);

// The heaviest spanning forest among candidate pairs (Kruskal). Each creator offers its pairs
// with the creators it shares most with; the heaviest spanning tree of the whole graph is made
// of such pairs in practice (tests/engine/deduplication_test.cpp compares the two), and if one
// were missing the bound would only be a little looser, never wrong. This replaces a dense pass
// over every pair for each bound. `candidates` holds `per` creators for each creator, the
// unused ones kNoCandidate; `weight(i, j)` is the pair's intersection. A template, so that the
// weights (a load, or the exposed sets' few products) are inlined in the loop over the pairs.
template <class Weight>
double heaviest_forest(std::size_t n, const std::vector<std::uint32_t>& candidates, std::size_t per,
                       const Weight& weight) {
    std::vector<WeightedEdge> edges;
    edges.reserve(candidates.size());
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t c = 0; c < per; ++c) {
            const std::uint32_t j = candidates[i * per + c];
            if (j == kNoCandidate) break;
            const double w = std::max(0.0, weight(i, j));
            std::uint64_t key;
            std::memcpy(&key, &w, sizeof key);
            edges.push_back({key, static_cast<std::uint32_t>(i), j});
        }
    return heaviest_forest(n, edges);
}

}  // namespace roster::dedup
