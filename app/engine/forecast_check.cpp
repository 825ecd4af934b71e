#include "forecast_check.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace roster {
namespace {

double unit(LockedFigure f, std::int64_t v) {
    const bool money = f == LockedFigure::Revenue || f == LockedFigure::Cost;
    return money ? static_cast<double>(v) / 100.0 : static_cast<double>(v);
}

// A group's range from its members': medians add up, spreads below and above the median combine
// as independent.
struct Accumulator {
    double median = 0.0, below = 0.0, above = 0.0, actual = 0.0;
    bool has_actual = false, estimated = false;
    void add(double p10, double p50, double p90) {
        median += p50;
        below += (p50 - p10) * (p50 - p10);
        above += (p90 - p50) * (p90 - p50);
    }
};

void finish(CheckCell& cell) {
    cell.inside = cell.has_actual && cell.actual >= cell.p10 && cell.actual <= cell.p90;
    cell.ratio = cell.has_actual && cell.median > 0.0 ? cell.actual / cell.median : 0.0;
}

CheckCell cell_of(const Accumulator& a) {
    CheckCell c;
    c.has_actual = a.has_actual;
    c.actual = a.actual;
    c.estimated = a.estimated;
    c.median = a.median;
    c.p10 = std::max(0.0, a.median - std::sqrt(a.below));
    c.p90 = a.median + std::sqrt(a.above);
    finish(c);
    return c;
}

}  // namespace

std::optional<double> actual_of(const Actual& a, LockedFigure f, bool& estimated) {
    const auto take = [&](ActualFigure figure) -> std::optional<double> {
        const ActualValue& v = a[figure];
        if (!v.known) return std::nullopt;
        estimated = estimated || v.source == Provenance::Estimate;
        return is_money(figure) ? static_cast<double>(v.value) / 100.0 : static_cast<double>(v.value);
    };
    if (!a.posted) return 0.0;
    switch (f) {
        case LockedFigure::Views: return take(ActualFigure::Views);
        case LockedFigure::Reach: return take(ActualFigure::Reach);
        case LockedFigure::Engagements: {
            std::optional<double> sum;
            for (ActualFigure g : {ActualFigure::Likes, ActualFigure::Comments, ActualFigure::Shares, ActualFigure::Saves})
                if (const auto v = take(g)) sum = sum.value_or(0.0) + *v;
            return sum;
        }
        case LockedFigure::Clicks: return take(ActualFigure::Clicks);
        case LockedFigure::Conversions: return take(ActualFigure::Conversions);
        case LockedFigure::Revenue: return take(ActualFigure::Revenue);
        case LockedFigure::Cost: return take(ActualFigure::Cost);
    }
    return std::nullopt;
}

ForecastCheck check_forecast(const Plan& plan) {
    ForecastCheck out;
    if (plan.locked_forecast.empty()) return out;
    out.locked = true;
    const LockedForecast& lock = plan.locked_forecast.front();

    std::map<int, Accumulator> formats[kLockedFigureCount], tiers[kLockedFigureCount], platforms[kLockedFigureCount];
    std::map<int, std::pair<std::int32_t, std::int32_t>> format_posts, tier_posts, platform_posts;
    Accumulator total[kLockedFigureCount];
    std::int32_t planned_all = 0, in_all = 0;

    for (const LockedCreator& lc : lock.creators) {
        CheckRow row;
        row.group = CheckGroup::Creator;
        row.creator = lc.id;
        row.name = lc.name;
        row.platform = lc.platform;
        row.tier = lc.tier;
        // Which posts are in, line by line, and the part of the creator's median they carry.
        double covered_views = 0.0, all_views = 0.0;
        std::vector<const Actual*> in;
        for (const LockedDeliverable& d : lc.deliverables) {
            std::int32_t k = 0;
            for (std::int32_t p = 1; p <= d.count; ++p)
                if (const Actual* a = find_actual(plan, lc.id, d.format, p)) {
                    in.push_back(a);
                    ++k;
                }
            row.posts_planned += d.count;
            row.posts_in += k;
            const double median = static_cast<double>(d.bands[0].p50);
            all_views += median;
            if (d.count > 0) covered_views += median * k / d.count;
            // Lines by format.
            for (int f = 0; f < kLockedFigureCount; ++f) {
                const auto figure = static_cast<LockedFigure>(f);
                const double share = d.count > 0 ? static_cast<double>(k) / d.count : 0.0;
                const LockedBand& b = d.bands[static_cast<std::size_t>(f)];
                Accumulator& acc = formats[f][static_cast<int>(d.format)];
                if (k > 0) acc.add(unit(figure, b.p10) * share, unit(figure, b.p50) * share, unit(figure, b.p90) * share);
                for (std::int32_t p = 1; p <= d.count; ++p)
                    if (const Actual* a = find_actual(plan, lc.id, d.format, p))
                        if (const auto v = actual_of(*a, figure, acc.estimated)) {
                            acc.actual += *v;
                            acc.has_actual = true;
                        }
            }
            auto& fp = format_posts[static_cast<int>(d.format)];
            fp.first += d.count;
            fp.second += k;
        }
        const double fraction = row.posts_in == row.posts_planned ? 1.0
                                : all_views > 0.0                 ? covered_views / all_views
                                : row.posts_planned > 0           ? static_cast<double>(row.posts_in) / row.posts_planned
                                                                  : 0.0;
        for (int f = 0; f < kLockedFigureCount; ++f) {
            const auto figure = static_cast<LockedFigure>(f);
            const LockedBand& b = lc.bands[static_cast<std::size_t>(f)];
            CheckCell& cell = row.figures[static_cast<std::size_t>(f)];
            cell.p10 = unit(figure, b.p10) * fraction;
            cell.median = unit(figure, b.p50) * fraction;
            cell.p90 = unit(figure, b.p90) * fraction;
            for (const Actual* a : in)
                if (const auto v = actual_of(*a, figure, cell.estimated)) {
                    cell.actual += *v;
                    cell.has_actual = true;
                }
            finish(cell);
            if (row.posts_in == 0) continue;
            for (Accumulator* acc : {&tiers[f][static_cast<int>(lc.tier)], &platforms[f][static_cast<int>(lc.platform)],
                                     &total[f]}) {
                acc->add(cell.p10, cell.median, cell.p90);
                acc->actual += cell.actual;
                acc->has_actual = acc->has_actual || cell.has_actual;
                acc->estimated = acc->estimated || cell.estimated;
            }
        }
        for (auto* posts : {&tier_posts[static_cast<int>(lc.tier)], &platform_posts[static_cast<int>(lc.platform)]}) {
            posts->first += row.posts_planned;
            posts->second += row.posts_in;
        }
        planned_all += row.posts_planned;
        in_all += row.posts_in;
        out.rows.push_back(std::move(row));
    }

    const auto groups = [&](CheckGroup group, std::map<int, Accumulator>* accs,
                            std::map<int, std::pair<std::int32_t, std::int32_t>>& posts) {
        for (const auto& [key, count] : posts) {
            CheckRow row;
            row.group = group;
            if (group == CheckGroup::Format) row.format = static_cast<Format>(key);
            if (group == CheckGroup::Tier) row.tier = static_cast<Tier>(key);
            if (group == CheckGroup::Platform) row.platform = static_cast<Platform>(key);
            row.posts_planned = count.first;
            row.posts_in = count.second;
            for (int f = 0; f < kLockedFigureCount; ++f) row.figures[static_cast<std::size_t>(f)] = cell_of(accs[f][key]);
            out.rows.push_back(std::move(row));
        }
    };
    groups(CheckGroup::Format, formats, format_posts);
    groups(CheckGroup::Tier, tiers, tier_posts);
    groups(CheckGroup::Platform, platforms, platform_posts);

    CheckRow row;
    row.group = CheckGroup::Total;
    row.posts_planned = planned_all;
    row.posts_in = in_all;
    for (int f = 0; f < kLockedFigureCount; ++f) {
        const auto figure = static_cast<LockedFigure>(f);
        CheckCell cell = cell_of(total[f]);
        // Every post in: the simulation's own range of the total, which knows the shared shocks.
        if (in_all == planned_all && figure != LockedFigure::Reach) {
            const LockedBand& b = lock.total[static_cast<std::size_t>(f)];
            cell.p10 = unit(figure, b.p10);
            cell.median = unit(figure, b.p50);
            cell.p90 = unit(figure, b.p90);
            finish(cell);
        }
        row.figures[static_cast<std::size_t>(f)] = cell;
    }
    out.rows.push_back(std::move(row));
    return out;
}

}  // namespace roster
