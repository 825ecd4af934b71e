// Part of the deduplication (deduplication.h), not for its callers: for one creator, the other
// creators who share the most of its followers. Two parts of the deduplication look only at
// them, so that a roster costs n k rather than n^2 each: the triples (three_way_overlap.h),
// where shared niches live, and the pairs each creator offers to the spanning forests of the
// bounds (reach_bounds.h), which are made of close pairs.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

namespace roster::dedup {

// The creators sharing the most with one creator, largest share first.
class ClosestCreators {
public:
    explicit ClosestCreators(std::size_t keep) : keep_(std::min(keep, kMost)) {}

    // Keeps the `keep` creators j with the largest share[j] of creator i's followers, leaving out
    // i itself and creators without followers (followers[j] = 0). `block_max[b]` is the largest
    // share among creators 4b .. 4b + 3. Cut the blocks into `keep` runs: the smallest of the
    // runs' maxima is a share that `keep` creators reach, so only the blocks reaching it can
    // hold the closest, and only they are scanned (a scan of every creator was a seventh of the
    // deduplication of 1,000 creators). When most of the roster is kept, every creator is sorted.
    void select(std::size_t i, const double* share, const double* followers, std::size_t n, const double* block_max);

    std::size_t size() const { return size_; }
    std::size_t index(std::size_t a) const { return index_[a]; }
    double share(std::size_t a) const { return value_[a]; }

private:
    void select_by_sorting(std::size_t i, const double* share, const double* followers, std::size_t n);
    void keep_closest();

    struct Entry {
        // Built in place by emplace_back: GCC built a pushed {value, index} on the stack and
        // copied it with one 16-byte load of two 8-byte stores, which the store buffer cannot
        // forward (a stall per creator, 3% of the deduplication of 50 creators).
        Entry(double value_in, std::size_t index_in) : value(value_in), index(index_in) {}
        double value;
        std::size_t index;
    };
    static constexpr std::size_t kMost = 80;  // the most any part keeps (triple_neighbours)
    std::vector<Entry> order_;
    std::size_t keep_, size_ = 0;
    std::array<double, kMost> value_{};
    std::array<std::size_t, kMost> index_{};
};

}  // namespace roster::dedup
