#include "calibration.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

#include "assumptions.h"
#include "vocabulary.h"

namespace roster {
namespace {

constexpr double kZ90 = 1.6448536269514722;    // two-sided 90% interval
constexpr double kP10toP90 = 2.5631031310892;  // z(0.9) - z(0.1) of a normal
constexpr double kMinTau2 = 0.05 * 0.05;       // cells always differ a little: never pooled away entirely

// One creator of one campaign: the log ratio of what happened to what was locked.
struct Evidence {
    int campaign = 0;
    int parent = -1;  // -1: only the all-campaign level
    int cell = -1;    // -1: only its parent (and all)
    double y = 0.0;
    double weight = 1.0;
    int posts = 0;
};

struct Level {
    double mean = 0.0, variance = 0.0, weight = 0.0;
    int posts = 0;
};

struct Pooled {
    Level all;
    std::map<int, Level> parents, cells;
    double within = 0.0;    // variance of one creator around its cell, campaign luck taken out
    double campaign = 0.0;  // variance of campaign luck
    std::map<int, double> luck;  // per campaign
};

struct Sums {
    double w = 0.0, wy = 0.0, wyy = 0.0, w2 = 0.0;
    int posts = 0, n = 0;
    void add(double y, double weight, int p) {
        w += weight;
        wy += weight * y;
        wyy += weight * y * y;
        w2 += weight * weight;
        posts += p;
        ++n;
    }
    double mean() const { return w > 0.0 ? wy / w : 0.0; }
    double effective() const { return w2 > 0.0 ? w * w / w2 : 0.0; }
};

// Between-group variance by the method of moments: the spread of group means around `centre`
// beyond what their own noise explains.
double between(const std::map<int, Sums>& groups, const std::function<double(int)>& centre, double within) {
    double spread = 0.0, noise = 0.0;
    int n = 0;
    for (const auto& [key, s] : groups) {
        if (s.w <= 0.0) continue;
        const double d = s.mean() - centre(key);
        spread += d * d;
        noise += within / std::max(s.effective(), 1.0);
        ++n;
    }
    if (n < 2) return 0.25;  // one group: nothing to compare, so little pooling
    return std::max(kMinTau2, (spread - noise) / n);
}

Pooled pool(std::vector<Evidence> units, bool take_out_campaign_luck) {
    Pooled out;
    if (units.empty()) return out;
    // Campaign luck: the mean residual of each campaign around the raw cell means.
    const auto key_of = [](const Evidence& e) { return e.cell >= 0 ? 1000 + e.cell : e.parent >= 0 ? e.parent : -1; };
    std::map<int, Sums> raw;
    for (const Evidence& e : units) raw[key_of(e)].add(e.y, e.weight, e.posts);
    std::map<int, Sums> campaigns;
    for (const Evidence& e : units) campaigns[e.campaign].add(e.y - raw[key_of(e)].mean(), e.weight, e.posts);
    if (take_out_campaign_luck && campaigns.size() >= 3) {
        double spread = 0.0, w = 0.0;
        for (const auto& [c, s] : campaigns) {
            // Shrunk a little: a campaign of two creators says less about its luck than one of forty.
            const double luck = s.mean() * s.n / (s.n + 1.0);
            out.luck[c] = luck;
            spread += luck * luck;
            w += 1.0;
        }
        out.campaign = spread / std::max(1.0, w - 1.0);
        for (Evidence& e : units) e.y -= out.luck[e.campaign];
    }
    std::map<int, Sums> cells, parents;
    Sums all;
    for (const Evidence& e : units) {
        all.add(e.y, e.weight, e.posts);
        if (e.parent >= 0) parents[e.parent].add(e.y, e.weight, e.posts);
        if (e.cell >= 0) cells[e.cell].add(e.y, e.weight, e.posts);
    }
    // Within-cell variance, with the degrees of freedom the cell means used.
    double ss = 0.0, w = 0.0;
    int groups = 0;
    std::map<int, Sums> finest;
    for (const Evidence& e : units) finest[key_of(e)].add(e.y, e.weight, e.posts);
    for (const auto& [k, s] : finest) {
        ss += s.wyy - s.wy * s.wy / s.w;
        w += s.w;
        ++groups;
    }
    const double n_units = static_cast<double>(units.size());
    out.within = std::max(1e-4, ss / std::max(1e-9, w) * n_units / std::max(1.0, n_units - groups));
    const double campaign_share = out.campaign / std::max<double>(1.0, static_cast<double>(campaigns.size()));

    out.all.mean = all.mean();
    out.all.weight = all.w;
    out.all.posts = all.posts;
    out.all.variance = out.within / std::max(all.effective(), 1.0) + campaign_share;

    const double tau_parent = between(parents, [&](int) { return out.all.mean; }, out.within);
    for (const auto& [p, s] : parents) {
        const double k = out.within / tau_parent;
        const double n = s.effective();
        Level l;
        l.mean = (n * s.mean() + k * out.all.mean) / (n + k);
        const double pull = k / (n + k);
        l.variance = out.within / (n + k) + pull * pull * out.all.variance + campaign_share;
        l.weight = s.w;
        l.posts = s.posts;
        out.parents[p] = l;
    }
    std::map<int, int> parent_of;
    for (const Evidence& e : units)
        if (e.cell >= 0) parent_of[e.cell] = e.parent;
    const auto parent_level = [&](int cell) -> const Level& {
        const auto it = out.parents.find(parent_of[cell]);
        return it != out.parents.end() ? it->second : out.all;
    };
    const double tau_cell = between(cells, [&](int c) { return parent_level(c).mean; }, out.within);
    for (const auto& [c, s] : cells) {
        const Level& parent = parent_level(c);
        const double k = out.within / tau_cell;
        const double n = s.effective();
        Level l;
        l.mean = (n * s.mean() + k * parent.mean) / (n + k);
        const double pull = k / (n + k);
        l.variance = out.within / (n + k) + pull * pull * parent.variance + campaign_share;
        l.weight = s.w;
        l.posts = s.posts;
        out.cells[c] = l;
    }
    return out;
}

RateEstimate estimate(CalibratedRate rate, const Level& l, std::string key) {
    RateEstimate e;
    e.rate = rate;
    e.key = std::move(key);
    e.multiplier = std::exp(l.mean);
    const double half = kZ90 * std::sqrt(std::max(0.0, l.variance));
    e.low = std::exp(l.mean - half);
    e.high = std::exp(l.mean + half);
    e.posts = l.posts;
    e.evidence = l.weight;
    return e;
}

double locked_value(const LockedForecast& lock, const std::string& key, double fallback) {
    const auto it = std::lower_bound(lock.assumptions.begin(), lock.assumptions.end(), key,
                                     [](const LockedAssumption& a, const std::string& k) { return a.key < k; });
    return it != lock.assumptions.end() && it->key == key ? value_from_micros(it->value_micros) : fallback;
}

const std::string& key_at(std::size_t index) { return assumption_catalogue()[index].key; }

// A creator of a finished campaign whose numbers can teach the benchmark rates.
struct Usable {
    const LockedCreator* creator = nullptr;
    double views = 0, engagements = 0, clicks = 0, conversions = 0;
    bool has_views = false, has_engagements = false, has_clicks = false, has_conversions = false;
    int posts = 0;
    std::optional<Format> only_format;
};

std::optional<Usable> usable(const Plan& plan, const LockedCreator& lc) {
    if (lc.measured || lc.amplified || lc.posting_probability_ppm < kPpmWhole || lc.deliverables.empty()) return std::nullopt;
    Usable u;
    u.creator = &lc;
    bool first = true;
    for (const LockedDeliverable& d : lc.deliverables) {
        if (d.count <= 0) continue;
        if (first) u.only_format = d.format;
        else if (u.only_format && *u.only_format != d.format) u.only_format.reset();
        first = false;
        for (std::int32_t p = 1; p <= d.count; ++p) {
            const Actual* a = find_actual(plan, lc.id, d.format, p);
            if (!a || !a->posted || !(*a)[ActualFigure::Views].known) return std::nullopt;
            const auto add = [&](ActualFigure f, double& sum, bool& has) {
                if ((*a)[f].known) {
                    sum += static_cast<double>((*a)[f].value);
                    has = true;
                }
            };
            bool ignored = false;
            add(ActualFigure::Views, u.views, u.has_views);
            for (ActualFigure f : {ActualFigure::Likes, ActualFigure::Comments, ActualFigure::Shares, ActualFigure::Saves})
                add(f, u.engagements, u.has_engagements);
            add(ActualFigure::Clicks, u.clicks, u.has_clicks);
            add(ActualFigure::Conversions, u.conversions, u.has_conversions);
            (void)ignored;
            ++u.posts;
        }
    }
    if (u.posts == 0 || u.views <= 0.0) return std::nullopt;
    return u;
}

double band_median(const LockedCreator& c, LockedFigure f) { return static_cast<double>(c.bands[static_cast<std::size_t>(f)].p50); }

}  // namespace

std::optional<long> days_of(const std::string& d) {
    if (!is_iso_date(d)) return std::nullopt;
    long y = std::stol(d.substr(0, 4));
    const long m = std::stol(d.substr(5, 2)), day = std::stol(d.substr(8, 2));
    // Howard Hinnant's days_from_civil.
    y -= m <= 2 ? 1 : 0;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CalibrationResult calibrate_from(const std::vector<Plan>& plans, const CalibrationOptions& options) {
    CalibrationResult out;
    using namespace assumption;
    constexpr int T = kTierCount, F = kFormatCount;

    // The age discount, from the latest lock unless told "today".
    long today = 0;
    if (const auto d = days_of(options.reference_date)) today = *d;
    else
        for (const Plan& p : plans)
            if (!p.locked_forecast.empty())
                if (const auto locked = days_of(p.locked_forecast.front().date)) today = std::max(today, *locked);

    struct Row {
        Usable u;
        int campaign = 0;
        double weight = 1.0;
        const LockedForecast* lock = nullptr;
    };
    std::vector<Row> rows;
    int campaign = 0;
    for (const Plan& plan : plans) {
        if (plan.locked_forecast.empty() || plan.actuals.empty()) {
            out.skipped.push_back(plan.name);
            continue;
        }
        const LockedForecast& lock = plan.locked_forecast.front();
        double weight = 1.0;
        if (const auto d = days_of(lock.date); d && options.half_life_years > 0.0)
            weight = std::pow(0.5, std::max(0.0, static_cast<double>(today - *d)) / (365.25 * options.half_life_years));
        bool any = false;
        for (const LockedCreator& lc : lock.creators)
            if (auto u = usable(plan, lc)) {
                rows.push_back({*u, campaign, weight, &lock});
                out.posts += u->posts;
                any = true;
            }
        if (any) ++campaign;
        else out.skipped.push_back(plan.name);
    }
    out.campaigns = campaign;
    if (rows.empty()) return out;

    // Views per follower: platform -> its tiers.
    std::vector<Evidence> views;
    for (const Row& r : rows) {
        const double median = band_median(*r.u.creator, LockedFigure::Views);
        if (median <= 0.0) continue;
        const int p = static_cast<int>(r.u.creator->platform), t = static_cast<int>(r.u.creator->tier);
        views.push_back({r.campaign, p, p * T + t, std::log(r.u.views / median), r.weight, r.u.posts});
    }
    const Pooled v = pool(views, true);
    const auto views_mean = [&](const LockedCreator& c) {
        const int p = static_cast<int>(c.platform), t = static_cast<int>(c.tier);
        if (const auto it = v.cells.find(p * T + t); it != v.cells.end()) return it->second.mean;
        if (const auto it = v.parents.find(p); it != v.parents.end()) return it->second.mean;
        return v.all.mean;
    };

    // Formats: what is left, per creator booked for one format, around its tier's multiplier.
    std::vector<Evidence> formats;
    for (const Row& r : rows) {
        const double median = band_median(*r.u.creator, LockedFigure::Views);
        if (median <= 0.0 || !r.u.only_format) continue;
        const int p = static_cast<int>(r.u.creator->platform);
        const auto luck = v.luck.find(r.campaign);
        const double y = std::log(r.u.views / median) - views_mean(*r.u.creator) - (luck != v.luck.end() ? luck->second : 0.0);
        formats.push_back({r.campaign, p, p * F + static_cast<int>(*r.u.only_format), y, r.weight, r.u.posts});
    }
    const Pooled fm = pool(formats, false);

    // Engagement rates: per view, and for the platforms whose benchmark is per follower, with
    // the views multiplier put back (the engine divides such a rate by the views per follower).
    std::vector<Evidence> engagement, clicks, conversions;
    for (const Row& r : rows) {
        const LockedCreator& c = *r.u.creator;
        const double views_l = band_median(c, LockedFigure::Views);
        const double eng_l = band_median(c, LockedFigure::Engagements);
        const int p = static_cast<int>(c.platform), t = static_cast<int>(c.tier);
        if (r.u.has_engagements && r.u.engagements > 0.0 && eng_l > 0.0 && views_l > 0.0) {
            // Where the benchmark is per follower, engagements do not depend on the views rate at
            // all (the engine divides the rate by it), so the ratio of engagements is the rate's;
            // where it is per view, the ratio of engagements per view is.
            const double y = benchmark_engagement_basis(c.platform) == EngagementBasis::Followers
                                 ? std::log(r.u.engagements / eng_l)
                                 : std::log((r.u.engagements / r.u.views) / (eng_l / views_l));
            engagement.push_back({r.campaign, p, p * T + t, y, r.weight, r.u.posts});
        }
        // Counts the lock rounded to a few units say more about rounding than about rates.
        constexpr double kFewest = 20.0;
        const double clicks_l = band_median(c, LockedFigure::Clicks);
        if (r.u.has_clicks && r.u.clicks > 0.0 && clicks_l >= kFewest && views_l > 0.0) {
            const int cell = r.u.only_format ? static_cast<int>(*r.u.only_format) : -1;
            clicks.push_back({r.campaign, cell, -1, std::log((r.u.clicks / r.u.views) / (clicks_l / views_l)), r.weight,
                              r.u.posts});
        }
        const double conv_l = band_median(c, LockedFigure::Conversions);
        if (r.u.has_conversions && r.u.has_clicks && r.u.conversions > 0.0 && r.u.clicks > 0.0 && conv_l >= kFewest &&
            clicks_l >= kFewest)
            conversions.push_back({r.campaign, -1, -1, std::log((r.u.conversions / r.u.clicks) / (conv_l / clicks_l)),
                                   r.weight, r.u.posts});
    }
    const Pooled e = pool(engagement, true);
    const Pooled ct = pool(clicks, true);
    const Pooled cv = pool(conversions, true);

    // The estimates, every level of each rate; keys on the levels a plan's assumptions hold.
    for (int p = 0; p < kPlatformCount; ++p) {
        const auto platform = static_cast<Platform>(p);
        const auto vp = v.parents.find(p);
        if (vp == v.parents.end()) continue;
        RateEstimate pe = estimate(CalibratedRate::ViewsPerFollower, vp->second, "");
        pe.platform = platform;
        out.estimates.push_back(pe);
        // The reference format's own factor moves every tier of the platform instead.
        const Format reference = reference_format(platform);
        const auto ref = fm.cells.find(p * F + static_cast<int>(reference));
        const double ref_shift = ref != fm.cells.end() ? ref->second.mean : 0.0;
        for (int t = 0; t < T; ++t) {
            const auto cell = v.cells.find(p * T + t);
            Level l = cell != v.cells.end() ? cell->second : vp->second;
            if (cell == v.cells.end()) l.posts = 0, l.weight = 0.0;
            l.mean += ref_shift;
            RateEstimate re = estimate(CalibratedRate::ViewsPerFollower, l, key_at(pt(kReachRate, platform, static_cast<Tier>(t))));
            re.platform = platform;
            re.tier = static_cast<Tier>(t);
            out.estimates.push_back(re);
        }
        for (int f = 0; f < F; ++f) {
            const auto format = static_cast<Format>(f);
            if (format == reference || !platform_offers(platform, format)) continue;
            const auto cell = fm.cells.find(p * F + f);
            if (cell == fm.cells.end()) continue;  // no creator booked for it alone: left as it is
            Level l = cell->second;
            l.mean -= ref_shift;
            RateEstimate fe = estimate(CalibratedRate::FormatFactor, l, key_at(pf(kFormatFactor, platform, format)));
            fe.platform = platform;
            fe.format = format;
            out.estimates.push_back(fe);
        }
        const auto ep = e.parents.find(p);
        if (ep == e.parents.end()) continue;
        for (int t = 0; t < T; ++t) {
            const auto cell = e.cells.find(p * T + t);
            Level l = cell != e.cells.end() ? cell->second : ep->second;
            if (cell == e.cells.end()) l.posts = 0, l.weight = 0.0;
            RateEstimate ee = estimate(CalibratedRate::EngagementRate, l, key_at(pt(kEngagementRate, platform, static_cast<Tier>(t))));
            ee.platform = platform;
            ee.tier = static_cast<Tier>(t);
            out.estimates.push_back(ee);
        }
    }
    if (ct.all.weight > 0.0)
        for (int f = 0; f < F; ++f) {
            const auto cell = ct.parents.find(f);
            Level l = cell != ct.parents.end() ? cell->second : ct.all;
            if (cell == ct.parents.end()) l.posts = 0, l.weight = 0.0;
            RateEstimate ce = estimate(CalibratedRate::ClickThrough, l, key_at(of(kClickThrough, static_cast<Format>(f))));
            ce.format = static_cast<Format>(f);
            out.estimates.push_back(ce);
        }
    if (cv.all.weight > 0.0) out.estimates.push_back(estimate(CalibratedRate::ConversionRate, cv.all, key_at(kConversionRate)));

    // The spread: the dispersion of creators around the calibrated medians (campaign luck
    // included, as a forecast's range must include it) against the spread the forecasts had.
    // The locked ranges' width splits into the creator and campaign sigmas (what is scaled)
    // and the rest (post-to-post), which stays.
    double ss = 0.0, w = 0.0, scaled = 0.0, kept = 0.0;
    int n = 0;
    for (const Row& r : rows) {
        const LockedCreator& c = *r.u.creator;
        const LockedBand& b = c.bands[static_cast<std::size_t>(LockedFigure::Views)];
        if (b.p50 <= 0 || b.p10 <= 0 || b.p90 <= b.p10) continue;
        const double z = std::log(r.u.views / static_cast<double>(b.p50)) - views_mean(c);
        const double sigma = std::log(static_cast<double>(b.p90) / static_cast<double>(b.p10)) / kP10toP90;
        const double creator = locked_value(*r.lock, key_at(kCreatorSigma), default_assumptions()[kCreatorSigma]);
        const double shock = locked_value(*r.lock, key_at(kCampaignSigma), default_assumptions()[kCampaignSigma]);
        const double a = creator * creator + shock * shock;
        ss += r.weight * z * z;
        scaled += r.weight * a;
        kept += r.weight * std::max(0.0, sigma * sigma - a);
        w += r.weight;
        ++n;
    }
    if (n >= 3 && scaled > 0.0) {
        const double observed = ss / w;
        const auto scale_of = [&](double variance) {
            return std::sqrt(std::clamp((variance - kept / w) / (scaled / w), 0.01, 100.0));
        };
        out.observed_sigma = std::sqrt(observed);
        out.spread = scale_of(observed);
        const double half = kZ90 * std::sqrt(2.0 / std::max(1, n - 1));
        out.spread_low = scale_of(observed * std::max(0.0, 1.0 - half));
        out.spread_high = scale_of(observed * (1.0 + half));
        out.spread_creators = n;
    }
    return out;
}

Calibration calibration_layer(const CalibrationResult& result, const Plan& target, const std::string& date) {
    Calibration layer;
    layer.scenario = target.scenario;
    layer.date = date;
    layer.campaigns = result.campaigns;
    layer.posts = result.posts;
    const Assumptions now = resolve_assumptions(target);
    const auto& catalogue = assumption_catalogue();
    const auto add = [&](const std::string& key, double multiplier, double low, double high, int posts) {
        const auto index = assumption_index(key);
        if (!index) return;
        const AssumptionSpec& spec = catalogue[*index];
        CalibratedValue v;
        v.key = key;
        v.value_micros = micros_from_value(std::clamp(now[*index] * multiplier, spec.min, spec.max));
        v.replaced_micros = micros_from_value(now[*index]);
        v.multiplier_micros = micros_from_value(multiplier);
        v.low_micros = micros_from_value(low);
        v.high_micros = micros_from_value(high);
        v.posts = posts;
        if (v.value_micros != v.replaced_micros) layer.values.push_back(v);
    };
    for (const RateEstimate& e : result.estimates)
        if (!e.key.empty()) add(e.key, e.multiplier, e.low, e.high, e.posts);
    if (result.spread_creators > 0) {
        using namespace assumption;
        add(catalogue[kCreatorSigma].key, result.spread, result.spread_low, result.spread_high, result.posts);
        add(catalogue[kCampaignSigma].key, result.spread, result.spread_low, result.spread_high, result.posts);
    }
    std::sort(layer.values.begin(), layer.values.end(),
              [](const CalibratedValue& a, const CalibratedValue& b) { return a.key < b.key; });
    return layer;
}

}  // namespace roster
