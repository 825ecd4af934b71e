// The plan's views at the median of their sum (docs/MODEL.md §7). Each creator's views are
// lognormal around its own median (the median of its summed posts, creator_model.h); a plan's
// creators are independent of each other, so the plan's views are a sum of lognormals whose
// median lies above the creators' medians added up, by more as the posts are more heavy-tailed
// and the creators more numerous. The sum is taken as one lognormal with the same mean and
// variance (Fenton-Wilkinson): the scale is its median over the medians added up. What a
// creator gives to it is kept apart (ViewsMoments) so that any part of a plan (the build-up
// curves' first creators) gets its own scale, as that part would as a plan of its own.
//
// A true median of a sum never falls when a creator is added; the Fenton-Wilkinson median does
// when the added creator's relative variance (variance / mean^2) exceeds about 11.09, whatever
// the plan: one- and two-post reels at the default spread of 1.65 (e^(1.72^2) - 1 = 18) and
// rarely posting earned creators are above it. So each creator enters the sum with a relative
// variance of at most kMostRelativeVariance, its mean lowered so that its own median stays what
// it was: a plan of one creator keeps its exact median, and adding a creator can only raise the
// scale (docs/MODEL.md §7 gives the bound and its derivation).
#pragma once

#include <algorithm>
#include <cmath>

namespace roster {

struct ViewsMoments {
    double median = 0.0;    // the creator's median views (times its chance of posting)
    double mean = 0.0;      // the mean of its views, creator-level spread included
    double variance = 0.0;  // their variance (an earned creator's includes posting or not)

    ViewsMoments& operator+=(const ViewsMoments& o) {
        median += o.median;
        mean += o.mean;
        variance += o.variance;
        return *this;
    }
    bool operator==(const ViewsMoments& o) const {
        return median == o.median && mean == o.mean && variance == o.variance;
    }
};

// The largest relative variance a creator brings into a plan's sum. Adding (mean a, variance
// b = k a^2) to a sum (M, V) keeps the Fenton-Wilkinson median M^2 / sqrt(M^2 + V) from falling
// when (1 + t)^4 (1 + V/M^2) >= (1 + t)^2 + V/M^2 + k t^2 with t = a / M; V only helps, so it
// holds for every plan exactly when k <= min over t > 0 of (1 + t)^2 (2 + t) / t, which is
// phi^5 = 11.09 (phi the golden ratio, at t = 1 / phi). 11 keeps a margin.
inline constexpr double kMostRelativeVariance = 11.0;

// One creator's moments: `median` its median views, `log_spread2` the square of their
// log-scale spread (posts and creator level), `posted` its chance of posting.
inline ViewsMoments views_moments(double median, double log_spread2, double posted) {
    ViewsMoments m;
    if (!(median > 0.0)) return m;
    const double p = std::clamp(posted, 0.0, 1.0);
    const double mean = median * std::exp(0.5 * log_spread2);
    m.median = p * median;
    m.mean = p * mean;
    m.variance = p * mean * mean * std::exp(log_spread2) - p * p * mean * mean;
    const double relative = m.mean > 0.0 ? m.variance / (m.mean * m.mean) : 0.0;
    if (relative > kMostRelativeVariance) {
        // The same Fenton-Wilkinson median on its own, mean / sqrt(1 + relative variance), with
        // the relative variance brought down to the bound.
        m.mean *= std::sqrt((1.0 + kMostRelativeVariance) / (1.0 + relative));
        m.variance = kMostRelativeVariance * m.mean * m.mean;
    }
    return m;
}

// The median of the sum over the medians added up; at least 1 (a sum's median is not below the
// medians added up for these right-skewed views, and the scale never lowers a plan's figures).
inline double views_scale(const ViewsMoments& sum) {
    if (!(sum.median > 0.0) || !(sum.mean > 0.0)) return 1.0;
    const double median = sum.mean / std::sqrt(1.0 + std::max(sum.variance, 0.0) / (sum.mean * sum.mean));
    return std::max(1.0, median / sum.median);
}

}  // namespace roster
