#include "projection.h"

#include <algorithm>

#include "creator_model.h"
#include "overlap.h"
#include "response.h"

namespace roster {

BaselineChannel baseline_channel(const Plan& plan, const Assumptions& a, double spend) {
    using namespace assumption;
    BaselineChannel b;
    b.platform = plan.campaign.baseline_platform;
    if (static_cast<unsigned>(b.platform) >= static_cast<unsigned>(kPlatformCount)) b.platform = Platform::Instagram;
    b.spend = std::max(spend, 0.0);
    const double cpm = a[of(kPaidCpm, b.platform)];
    b.impressions = cpm > 0.0 ? b.spend / cpm * 1000.0 : 0.0;
    b.clicks = b.impressions * a[of(kPaidClickThrough, b.platform)];
    b.conversions = b.clicks * a[kConversionRate];
    b.revenue = b.conversions * units_from_cents(std::max<std::int64_t>(plan.campaign.average_order_value_cents, 0));
    const double universe = static_cast<double>(std::max<std::int64_t>(plan.campaign.target_universe, 0));
    b.reach_known = universe > 0.0;
    b.reach = nbd_reach(b.impressions, universe, a[kAmplificationShape]);
    if (b.spend > 0.0) {
        b.roas = b.revenue / b.spend;
        b.roi = (b.revenue * std::clamp(fraction_from_ppm(plan.campaign.gross_margin_ppm), 0.0, 1.0) - b.spend) / b.spend;
    }
    return b;
}

Projection project(const Plan& plan, const Assumptions& a) {
    Projection result;
    result.creators.reserve(plan.creators.size());
    std::vector<CreatorBasis> bases;
    bases.reserve(plan.creators.size());
    for (const Creator& c : plan.creators) {
        bases.push_back(creator_basis(c, plan, a));
        const CreatorBasis& basis = bases.back();
        CreatorProjection p;
        p.id = c.id;
        p.platform = basis.platform;
        p.tier = basis.tier;
        p.reference_rate = basis.reference_rate;
        p.measured = basis.measured;
        p.on_target_known = basis.on_target.has_value();
        evaluate(basis, p.outcome);
        p.ratios = ratios_of(p.outcome);
        result.by_tier[static_cast<std::size_t>(p.tier)] += p.outcome;
        result.by_platform[static_cast<std::size_t>(p.platform)] += p.outcome;
        result.total += p.outcome;
        result.followers += std::clamp<std::int64_t>(c.followers, 0, 10'000'000'000);
        result.creators.push_back(p);
    }
    result.gross_reach = result.total.reach;
    result.audience = plan_reach(plan, a, bases, false);
    result.overlap_factor = result.audience.net_share();
    result.total.reach = result.audience.net_reach;
    result.total.on_target_reach *= result.overlap_factor;
    result.total.profiled_reach *= result.overlap_factor;
    result.total.effective_reach *= result.overlap_factor;
    result.ratios = ratios_of(result.total);
    result.budget_cap = units_from_cents(std::max<std::int64_t>(plan.campaign.budget_cap_cents, 0));
    result.budget_left = result.budget_cap > 0.0 ? result.budget_cap - result.total.cost() : 0.0;
    result.universe = static_cast<double>(std::max<std::int64_t>(plan.campaign.target_universe, 0));
    result.baseline = baseline_channel(plan, a, result.total.cost());
    return result;
}

Projection project(const Plan& plan) { return project(plan, resolve_assumptions(plan)); }

}  // namespace roster
