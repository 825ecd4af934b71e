// Part of the deduplication: the build-up curves and the best order (buildup_curves.h). Each
// point of a curve is the net reach of the first m creators as a plan of those creators alone
// computes it: the same deduplication run on their audiences and their part of the overlap
// matrix. A curve is then what a planner gets by cutting the roster there, and it rises as long
// as adding a creator never lowers net reach (tests/engine/reach_trust_test.cpp). Scaling one
// cheap curve to end at the whole roster's net reach, as Roster did, made curves go down and
// miss the exact union of two creators whose overlap was stated.
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

// The sizes at which a curve is worked out: every size for small rosters, else up to
// kCurvePoints evenly spread, fewer for large rosters so that a curve costs about as much as
// kCurveWork pairs in all (each point is a deduplication of its size, quadratic in it).
inline constexpr double kCurveWork = 3'000'000.0;
std::vector<std::size_t> curve_sizes(std::size_t n) {
    const double by_work = 3.0 * kCurveWork / (static_cast<double>(n) * static_cast<double>(n));
    const auto points = std::min(n, static_cast<std::size_t>(std::clamp(by_work, 20.0, static_cast<double>(kCurvePoints))));
    std::vector<std::size_t> sizes;
    for (std::size_t p = 1; p <= points; ++p) {
        const std::size_t m = (p * n + points - 1) / points;
        if (sizes.empty() || m > sizes.back()) sizes.push_back(m);
    }
    return sizes;
}

}  // namespace

void add_buildup_curves(const std::vector<AudienceCreator>& creators, const std::vector<CreatorReach>& audiences,
                        const std::vector<double>& shared, double stated_universe, int effective_k, NetReach& result) {
    const std::size_t n = audiences.size();
    DeduplicationOptions alone;
    alone.effective_k = effective_k;
    alone.curves = false;
    auto buildup = [&](const std::vector<std::size_t>& order) {
        std::vector<CurvePoint> curve;
        std::vector<AudienceCreator> first;
        std::vector<double> part;
        ViewsMoments views;
        std::size_t taken = 0;
        for (const std::size_t m : curve_sizes(n)) {
            for (; taken < m; ++taken) views += creators[order[taken]].recommended_views;
            if (m == n) {  // the whole roster: the plan's own figure
                curve.push_back({m, result.gross_reach, result.net_reach});
                break;
            }
            // The first m creators as a plan of their own: their own scale for recommendations too.
            const double scale = views_scale(views);
            first.clear();
            part.assign(m * m, 0.0);
            for (std::size_t a = 0; a < m; ++a) {
                first.push_back(at_views_scale(creators[order[a]], scale));
                const double* row = shared.data() + order[a] * n;
                for (std::size_t b = 0; b < m; ++b) part[a * m + b] = row[order[b]];
            }
            const NetReach alone_reach = deduplicate(first, part, stated_universe, alone);
            curve.push_back({m, alone_reach.gross_reach, alone_reach.net_reach});
        }
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
