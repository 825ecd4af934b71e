// Part of the deduplication: the creators closest to one creator (closest_creators.h), found
// from the blocks' largest shares rather than a sort of the whole row, since it is asked for
// every creator of the roster.
#include "closest_creators.h"

namespace roster::dedup {

// The first `keep` of order_, largest share first; the lower index first among equal shares.
void ClosestCreators::keep_closest() {
    auto before = [](const Entry& a, const Entry& b) { return a.value > b.value || (a.value == b.value && a.index < b.index); };
    const std::size_t kept = std::min(keep_, order_.size());
    std::partial_sort(order_.begin(), order_.begin() + static_cast<std::ptrdiff_t>(kept), order_.end(), before);
    for (size_ = 0; size_ < kept; ++size_) {
        value_[size_] = order_[size_].value;
        index_[size_] = order_[size_].index;
    }
}

void ClosestCreators::select_by_sorting(std::size_t i, const double* share, const double* followers,
                                        std::size_t n) {
    order_.clear();
    for (std::size_t j = 0; j < n; ++j)
        if (share[j] > 0.0 && j != i && followers[j] > 0.0) order_.emplace_back(share[j], j);
    keep_closest();
}

void ClosestCreators::select(std::size_t i, const double* share, const double* followers, std::size_t n,
                             const double* block_max) {
    size_ = 0;
    const std::size_t blocks = (n + 3) / 4;
    if (4 * keep_ >= n || keep_ == 0) {
        select_by_sorting(i, share, followers, n);
        return;
    }
    double threshold = 1.0;
    for (std::size_t run = 0; run < keep_; ++run) {
        double largest = 0.0;
        for (std::size_t b = run * blocks / keep_; b < (run + 1) * blocks / keep_; ++b)
            largest = std::max(largest, block_max[b]);
        threshold = std::min(threshold, largest);
    }
    // Insertion into the kept, largest first: while not full, any share reaching the
    // threshold enters; then only one above the smallest kept (the lower index wins a tie).
    double smallest = threshold;
    for (std::size_t b = 0; b < blocks; ++b) {
        if (size_ < keep_ ? !(block_max[b] >= smallest) : !(block_max[b] > smallest)) continue;
        for (std::size_t j = 4 * b; j < std::min(n, 4 * b + 4); ++j) {
            const double x = share[j];
            if ((size_ < keep_ ? !(x >= smallest) : !(x > smallest)) || !(x > 0.0) || j == i || !(followers[j] > 0.0))
                continue;
            std::size_t at = size_ == keep_ ? size_ - 1 : size_++;
            while (at > 0 && value_[at - 1] < x) {
                value_[at] = value_[at - 1];
                index_[at] = index_[at - 1];
                --at;
            }
            value_[at] = x;
            index_[at] = j;
            if (size_ == keep_) smallest = value_[size_ - 1];
        }
    }
    // A run's maximum may belong to a creator who cannot be a neighbour (creator i itself
    // or one without followers): then fewer than `keep` reached the threshold, and all are
    // sorted.
    if (size_ < keep_ && threshold > 0.0) select_by_sorting(i, share, followers, n);
}

}  // namespace roster::dedup
