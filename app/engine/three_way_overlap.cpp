// Part of the deduplication: the table of every pair's damped lift (three_way_overlap.h says
// what the triples are and why they are damped), worked out once per roster of up to
// kDenseTriplesUpTo creators so that each triple costs a load. The sum over the triples itself
// is inline in the header: it runs inside the per-creator step.
#include "three_way_overlap.h"

#include <algorithm>
#include <cmath>

namespace roster::dedup {

DampedLifts::DampedLifts(const std::vector<double>& shared, const std::vector<double>& followers, double universe)
    : n_(followers.size()), lift_(n_ * n_, 0.0) {
    for (std::size_t j = 0; j < n_; ++j) {
        if (!(followers[j] > 0.0)) continue;
        const double scale = universe / followers[j];
        for (std::size_t k = j + 1; k < n_; ++k)
            lift_[j * n_ + k] = lift_[k * n_ + j] = damped_lift(shared[j * n_ + k], scale, followers[k]);
    }
}

}  // namespace roster::dedup
