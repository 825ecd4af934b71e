#include "forecast_lock.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "assumptions.h"
#include "creator_model.h"
#include "creator_ranges.h"
#include "projection.h"
#include "simulation.h"
#include "vocabulary.h"

namespace roster {
namespace {

constexpr Headline kHeadlineOf[kLockedFigureCount] = {Headline::Views,   Headline::Reach,       Headline::Engagements,
                                                      Headline::Clicks,  Headline::Conversions, Headline::Revenue,
                                                      Headline::Cost};

bool money(LockedFigure f) { return f == LockedFigure::Revenue || f == LockedFigure::Cost; }

std::int64_t whole(double v, bool in_cents) {
    if (!std::isfinite(v) || v <= 0.0) return 0;
    const double scaled = in_cents ? v * 100.0 : v;
    return static_cast<std::int64_t>(std::llround(std::min(scaled, 9.0e15)));
}

LockedBand locked(const Band& b, bool in_cents, double share = 1.0) {
    LockedBand out{whole(b.p10 * share, in_cents), whole(b.p50 * share, in_cents), whole(b.p90 * share, in_cents)};
    // The simulation's quantiles are ordered; rounding keeps them so, this makes sure of it.
    out.p50 = std::max(out.p50, out.p10);
    out.p90 = std::max(out.p90, out.p50);
    return out;
}

}  // namespace

LockedForecast lock_forecast(const Plan& plan, const std::string& name, const LockRequest& request) {
    LockedForecast lock;
    lock.scenario = name;
    lock.date = request.date;
    lock.roster_version = request.roster_version;
    lock.draws = std::clamp(request.draws, 1, kMaxDraws);
    lock.seed = static_cast<std::int64_t>(request.seed & 0x7fff'ffff'ffff'ffffull);

    const Assumptions a = resolve_assumptions(plan);
    const auto& catalogue = assumption_catalogue();
    for (std::size_t i = 0; i < catalogue.size(); ++i) lock.assumptions.push_back({catalogue[i].key, micros_from_value(a[i])});
    std::sort(lock.assumptions.begin(), lock.assumptions.end(),
              [](const LockedAssumption& x, const LockedAssumption& y) { return x.key < y.key; });

    const Projection projection = project(plan, a);
    const SimulationResult total = simulate(plan, a, lock.draws, request.seed);
    for (int f = 0; f < kLockedFigureCount; ++f)
        lock.total[static_cast<std::size_t>(f)] = locked(total[kHeadlineOf[f]], money(static_cast<LockedFigure>(f)));

    const std::vector<Headline> figures(std::begin(kHeadlineOf), std::end(kHeadlineOf));
    const std::vector<CreatorBands> bands = creator_bands(plan, a, lock.draws, request.seed, figures);
    for (std::size_t i = 0; i < plan.creators.size(); ++i) {
        const Creator& c = plan.creators[i];
        LockedCreator lc;
        lc.id = c.id;
        lc.name = c.name;
        lc.handle = c.handle;
        lc.platform = c.platform;
        lc.followers = std::max<std::int64_t>(c.followers, 0);
        lc.tier = i < projection.creators.size() ? projection.creators[i].tier : tier_of(c.followers, plan.tiers);
        lc.measured = i < projection.creators.size() && projection.creators[i].measured;
        lc.amplified = c.amplification.spend_cents > 0;
        lc.posting_probability_ppm = c.paid ? kPpmWhole : c.posting_probability_ppm;
        const CreatorBands* cb = i < bands.size() ? &bands[i] : nullptr;
        for (int f = 0; f < kLockedFigureCount && cb; ++f)
            lc.bands[static_cast<std::size_t>(f)] = locked((*cb)[kHeadlineOf[f]], money(static_cast<LockedFigure>(f)));

        // Each line's share of the creator's views, clicks and fees in the projection.
        const CreatorBasis basis = creator_basis(c, plan, a);
        std::vector<double> views(c.deliverables.size(), 0.0), clicks(views), fees(views);
        double views_sum = 0.0, clicks_sum = 0.0, fees_sum = 0.0;
        for (std::size_t l = 0; l < c.deliverables.size() && l < basis.lines.size(); ++l) {
            const LineBasis& line = basis.lines[l];
            const double posts = std::max(0, line.posts);
            views[l] = (line.follower_views + line.recommended_views) * posts;
            clicks[l] = views[l] * line.click_through;
            fees[l] = static_cast<double>(std::max<std::int64_t>(c.deliverables[l].unit_fee_cents, 0)) * posts;
            views_sum += views[l];
            clicks_sum += clicks[l];
            fees_sum += fees[l];
        }
        for (std::size_t l = 0; l < c.deliverables.size(); ++l) {
            LockedDeliverable d;
            d.format = c.deliverables[l].format;
            d.count = c.deliverables[l].count;
            const double n = static_cast<double>(c.deliverables.size());
            const double view_share = views_sum > 0.0 ? views[l] / views_sum : 1.0 / n;
            const double click_share = clicks_sum > 0.0 ? clicks[l] / clicks_sum : view_share;
            const double fee_share = fees_sum > 0.0 ? fees[l] / fees_sum : view_share;
            for (int f = 0; f < kLockedFigureCount && cb; ++f) {
                const auto figure = static_cast<LockedFigure>(f);
                const double share = figure == LockedFigure::Cost ? fee_share
                                     : (figure == LockedFigure::Clicks || figure == LockedFigure::Conversions ||
                                        figure == LockedFigure::Revenue)
                                         ? click_share
                                         : view_share;
                d.bands[static_cast<std::size_t>(f)] = locked((*cb)[kHeadlineOf[f]], money(figure), share);
            }
            lc.deliverables.push_back(d);
        }
        lock.creators.push_back(std::move(lc));
    }
    return lock;
}

}  // namespace roster
