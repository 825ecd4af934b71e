// Part of the deduplication: the bounds the pairs allow the union (reach_bounds.h), and the two
// public functions on unions that need no estimate, union_bounds() and independent_union()
// (deduplication.h). Apart from the estimate because they hold for any population with the
// stated audiences and pairs: they are checked against it, never fitted to it.
#include "reach_bounds.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace roster {

double independent_union(const std::vector<double>& sizes, double universe) {
    if (!(universe > 0.0)) return 0.0;
    double none = 0.0;  // log of the share reached by no one
    for (double s : sizes) none += std::log1p(-std::clamp(s / universe, 0.0, 1.0 - 1e-15));
    return universe * -std::expm1(none);
}

namespace dedup {

ReachBounds bounds_from(double s1, double s2, double largest, double tree, double universe) {
    ReachBounds b;
    b.low = std::max(largest, s1 - s2);
    if (s1 > 0.0) {  // Dawson & Sankoff (1967)
        const double k = 1.0 + std::floor(2.0 * s2 / s1);
        b.low = std::max(b.low, 2.0 * s1 / (k + 1.0) - 2.0 * s2 / (k * (k + 1.0)));
    }
    b.high = std::min(universe, s1 - tree);
    b.low = std::min(b.low, b.high);
    return b;
}

namespace {

// Edges in order of weight, heaviest first, by a radix sort on the bits of the weights (for
// non-negative doubles the bits order as the values do); std::sort of the edges was a tenth of
// the deduplication of 1,000 creators. Negative weights count as 0, as the forest takes them.
void sort_heaviest_first(std::vector<WeightedEdge>& edges, std::vector<WeightedEdge>& spare) {
    constexpr int kDigitBits = 8, kDigits = 64 / kDigitBits, kBuckets = 1 << kDigitBits;
    std::array<std::array<std::size_t, kBuckets>, kDigits> counts{};
    for (const WeightedEdge& e : edges)
        for (int d = 0; d < kDigits; ++d) ++counts[static_cast<std::size_t>(d)][(e.key >> (d * kDigitBits)) & (kBuckets - 1)];
    spare.resize(edges.size());
    for (int d = 0; d < kDigits; ++d) {
        auto& count = counts[static_cast<std::size_t>(d)];
        // A digit every key shares (the exponent's top bits, mostly) moves nothing.
        if (std::find(count.begin(), count.end(), edges.size()) != count.end()) continue;
        // Descending: bucket 255 first.
        std::size_t at = 0;
        for (int b = kBuckets - 1; b >= 0; --b) {
            const std::size_t c = count[static_cast<std::size_t>(b)];
            count[static_cast<std::size_t>(b)] = at;
            at += c;
        }
        for (const WeightedEdge& e : edges) spare[count[(e.key >> (d * kDigitBits)) & (kBuckets - 1)]++] = e;
        edges.swap(spare);
    }
}

}  // namespace

double heaviest_forest(std::size_t n, std::vector<WeightedEdge>& edges) {
    std::vector<WeightedEdge> spare;
    sort_heaviest_first(edges, spare);
    std::vector<std::uint32_t> root(n);
    std::iota(root.begin(), root.end(), 0u);
    auto find = [&](std::uint32_t x) {
        while (root[x] != x) x = root[x] = root[root[x]];
        return x;
    };
    double tree = 0.0;
    for (const WeightedEdge& e : edges) {
        const std::uint32_t a = find(e.i), b = find(e.j);
        if (a == b) continue;
        root[a] = b;
        double w;
        std::memcpy(&w, &e.key, sizeof w);
        tree += w;
    }
    return tree;
}

namespace {

// The bounds for any source of pair intersections, so that the exposed sets need no n x n table.
// `pair(i, j)` is called once per pair: Prim's dense algorithm meets each pair exactly once (when
// the earlier of the two joins the tree), so S2 is summed in the same pass.
template <class Pair>
ReachBounds bounds_of(const std::vector<double>& sizes, const Pair& pair, double universe) {
    const std::size_t n = sizes.size();
    if (n == 0) return {};
    double s1 = 0, s2 = 0, largest = 0;
    for (double s : sizes) {
        s1 += s;
        largest = std::max(largest, s);
    }
    // Hunter (1976): S1 minus the heaviest spanning tree of the overlap graph. The creators not
    // yet in the tree stay packed in roster order, so each step reads one row front to back.
    std::vector<std::size_t> rest(n - 1);
    std::iota(rest.begin(), rest.end(), std::size_t{1});
    std::vector<double> best(n - 1, -1.0);
    double tree = 0.0;
    std::size_t next = 0, left = n - 1;
    while (left > 0) {
        std::size_t kept = 0, pick = 0;
        double top = -1.0;
        for (std::size_t e = 0; e < left; ++e) {
            const std::size_t j = rest[e];
            if (j == next) continue;  // joined the tree at the last step
            const double v = pair(next, j);
            s2 += v;
            const double heaviest = std::max(best[e], v);
            rest[kept] = j;
            best[kept] = heaviest;
            if (heaviest > top) top = heaviest, pick = kept;
            ++kept;
        }
        left = kept;
        if (left == 0) break;
        tree += top;
        next = rest[pick];
    }
    return bounds_from(s1, s2, largest, tree, universe);
}

}  // namespace
}  // namespace dedup

ReachBounds union_bounds(const std::vector<double>& sizes, const std::vector<double>& shared, double universe) {
    const std::size_t n = sizes.size();
    return dedup::bounds_of(sizes, [&](std::size_t i, std::size_t j) { return shared[i * n + j]; }, universe);
}

}  // namespace roster
