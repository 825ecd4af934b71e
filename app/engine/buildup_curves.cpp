// Part of the deduplication: the build-up curves and the best order (buildup_curves.h). Each
// point is the net reach of the first m creators from the pairs only, by the same plain
// binomials as the whole roster's (reached_by_others.h), and the curve is then scaled to end
// at the whole roster's net reach, so that it carries the triples and the bounds too.
#include "buildup_curves.h"

#include <algorithm>
#include <cstddef>
#include <numeric>

#include "reached_by_others.h"

namespace roster::dedup {
namespace {

double shared_at(const std::vector<double>& shared, std::size_t n, std::size_t i, std::size_t j) {
    return shared[i * n + j];
}

// Net reach of one creator's two classes among a subset of creators, for the curves.
double class_reach(const CreatorReach& p, double mean, double squares, double other_mean, double other_squares,
                   std::size_t others) {
    double r = p.reached * plain_inverse_count(match(mean, squares, others));
    // People reached as non-followers: the others reach them independently at anyone_rate.
    r += p.other * plain_inverse_count(match(other_mean - p.anyone_rate, other_squares - p.anyone_rate * p.anyone_rate,
                                       others));
    return r;
}

}  // namespace

void add_buildup_curves(const std::vector<CreatorReach>& audiences, const std::vector<double>& shared, double universe,
                        NetReach& result) {
    const std::size_t n = audiences.size();
    // Build-up curves: pair sums grow as creators join; the net reach is summed at up to
    // kCurvePoints sizes.
    auto buildup = [&](const std::vector<std::size_t>& order) {
        std::vector<CurvePoint> curve;
        std::vector<double> mean(n, 0.0), squares(n, 0.0);
        double other_mean = 0, other_squares = 0, gross = 0;
        const std::size_t step = std::max<std::size_t>(1, (n + kCurvePoints - 1) / kCurvePoints);
        for (std::size_t m = 0; m < order.size(); ++m) {
            const std::size_t c = order[m];
            const CreatorReach& b = audiences[c];
            gross += b.reached + b.other;
            other_mean += b.anyone_rate;
            other_squares += b.anyone_rate * b.anyone_rate;
            for (std::size_t e = 0; e < m; ++e) {
                const std::size_t i = order[e];
                const CreatorReach& a = audiences[i];
                const double o_ic = a.followers > 0 ? std::clamp(shared_at(shared, n, i, c) / a.followers, 0.0, 1.0) : 0.0;
                const double o_ci = b.followers > 0 ? std::clamp(shared_at(shared, n, c, i) / b.followers, 0.0, 1.0) : 0.0;
                const double pi_ic = b.other_rate + o_ic * (b.rate - b.other_rate);
                const double pi_ci = a.other_rate + o_ci * (a.rate - a.other_rate);
                mean[i] += pi_ic;
                squares[i] += pi_ic * pi_ic;
                mean[c] += pi_ci;
                squares[c] += pi_ci * pi_ci;
            }
            if ((m + 1) % step != 0 && m + 1 != order.size()) continue;
            double total = 0.0;
            for (std::size_t e = 0; e <= m; ++e) {
                const std::size_t i = order[e];
                total += class_reach(audiences[i], mean[i], squares[i], other_mean, other_squares, m);
            }
            curve.push_back({m + 1, gross, std::clamp(total, 0.0, std::min(universe, gross))});
        }
        // The curves leave out the triples (they would cost n k^2 per point): the whole roster's
        // correction for shared niches is carried to every point as one factor, so the curve
        // ends at the net reach and keeps its shape.
        const double factor = !curve.empty() && curve.back().net > 0.0 ? result.net_reach / curve.back().net : 1.0;
        for (CurvePoint& point : curve) point.net = std::min(point.net * factor, std::min(universe, point.gross));
        return curve;
    };
    std::vector<std::size_t> roster(n);
    std::iota(roster.begin(), roster.end(), std::size_t{0});
    result.buildup_roster = buildup(roster);

    // Greedy best order: each step takes the creator who adds the most people not yet reached.
    std::vector<double> mean(n, 0.0), squares(n, 0.0);
    std::vector<bool> taken(n, false);
    double other_mean = 0, other_squares = 0;
    for (std::size_t step = 0; step < n; ++step) {
        std::size_t pick = n;
        double best = -1.0;
        for (std::size_t c = 0; c < n; ++c) {
            if (taken[c]) continue;
            const double gain = audiences[c].reached * plain_alone(match(mean[c], squares[c], step)) +
                                audiences[c].other * plain_alone(match(other_mean, other_squares, step));
            if (gain > best) best = gain, pick = c;
        }
        taken[pick] = true;
        result.best_order.push_back(pick);
        const CreatorReach& b = audiences[pick];
        other_mean += b.anyone_rate;
        other_squares += b.anyone_rate * b.anyone_rate;
        for (std::size_t c = 0; c < n; ++c) {
            if (taken[c]) continue;
            const double o = audiences[c].followers > 0
                                 ? std::clamp(shared_at(shared, n, c, pick) / audiences[c].followers, 0.0, 1.0)
                                 : 0.0;
            const double pi = b.other_rate + o * (b.rate - b.other_rate);
            mean[c] += pi;
            squares[c] += pi * pi;
        }
    }
    result.buildup_best = buildup(result.best_order);
}

}  // namespace roster::dedup
