// Part of the deduplication (deduplication.h), not for its callers: the followers three creators
// share, which audience tools do not report, estimated from the pairs. It is what keeps a
// niche's overlap: the fans of one cooking creator follow the other cooking creators together,
// so the number of others reaching one of them is more spread than the pairs alone make it
// (reached_by_others.h takes that spread as E[X(X - 1)]).
//
// How much more often two other creators j and k both reach a person of creator i's audience
// than if they were independent given i, summed over the pairs: E[X(X - 1)] minus its
// independent value. The triples come from the pairs by a damped Kirkwood superposition,
// P(j and k | i) = o_ij o_ik lift_jk^0.75 with lift_jk = shared_jk U / (F_j F_k), held inside
// the Frechet bounds. The full lift (Kirkwood's) counts a shared niche twice, once in o_ij o_ik
// and again in lift_jk, and overstates the overlap of heavy niches; no damping (independence
// given i) understates it. 0.75 is calibrated on the synthetic populations of the tests
// (docs/MODEL.md §13 gives the errors on either side). Only the creators
// sharing the most with i take part (triple_neighbours), so a roster costs n k^2 rather than
// n^3; the pairs left out count as independent. 80 of them up to 250 creators: with 32, 200
// creators in medium niches came out 3.5% low, with 80 1.4% (docs/MODEL.md §13). Up to 250 the
// damped lifts of every pair are worked out once (DampedLifts), so a triple costs a load, not
// two square roots; past 250 that table would be too large to rebuild on every edit, and 16 take
// part, their lifts computed as they are met (the accuracy is measured up to 200).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include "closest_creators.h"

namespace roster::dedup {

inline constexpr std::size_t kDenseTriplesUpTo = 250;
inline std::size_t triple_neighbours(std::size_t creators) { return creators <= kDenseTriplesUpTo ? 80 : 16; }

// lift_jk^0.75 = (shared_jk U / (F_j F_k))^0.75; 0 where either audience is empty.
inline double damped_lift(double shared_jk, double universe_over_fj, double fk) {
    if (!(fk > 0.0)) return 0.0;
    const double root = std::sqrt(shared_jk * universe_over_fj / fk);
    return root * std::sqrt(root);
}

// The damped lift of every pair j, k of the roster, or nothing (past kDenseTriplesUpTo).
class DampedLifts {
public:
    DampedLifts() = default;
    DampedLifts(const std::vector<double>& shared, const std::vector<double>& followers, double universe);
    bool empty() const { return lift_.empty(); }
    const double* row(std::size_t j) const { return lift_.data() + j * n_; }

private:
    std::size_t n_ = 0;
    std::vector<double> lift_;
};

struct Triples {
    double follows = 0.0;  // excess of E[X(X - 1)] for following
    double reaches = 0.0;  // the same for being reached (a follow reaches at rate, a non-follow at other_rate)
};

// The excess summed over the pairs of one creator's closest creators (`closest`, with their
// shares of its followers); `gap[j]` = rate_j - other_rate_j. `lifts` holds every pair's damped
// lift, or is empty and they are computed here. Inline, so that it is compiled inside the
// per-creator step as it was before the split: on its own, GCC kept the two sums packed in one
// vector in memory, a store and a load in every pair's chain of additions (4% slower for 50
// creators, where this loop is half the deduplication).
inline Triples triples(const ClosestCreators& closest, const std::vector<double>& gap, const std::vector<double>& shared,
                       const std::vector<double>& followers, double universe, const DampedLifts& lifts) {
    const std::size_t n = followers.size();
    Triples t;
    for (std::size_t a = 0; a < closest.size(); ++a) {
        const std::size_t j = closest.index(a);
        const double oj = closest.share(a);
        const double scale = universe / followers[j];
        const double* row = shared.data() + j * n;
        const double* lift_row = lifts.empty() ? nullptr : lifts.row(j);
        for (std::size_t b = a + 1; b < closest.size(); ++b) {
            const std::size_t k = closest.index(b);
            const double ok = closest.share(b);
            const double independent = oj * ok;
            const double lift = lift_row ? lift_row[k] : damped_lift(row[k], scale, followers[k]);
            const double both = std::clamp(independent * lift, std::max(0.0, oj + ok - 1.0), std::min(oj, ok));
            const double excess = 2.0 * (both - independent);  // ordered pairs (j, k) and (k, j)
            t.follows += excess;
            t.reaches += excess * gap[j] * gap[k];
        }
    }
    return t;
}

}  // namespace roster::dedup
