#include "projection.h"

#include <algorithm>
#include <cmath>

#include "accumulation.h"
#include "vocabulary.h"

namespace roster {
namespace {

double cost_per_thousand(double cost, double impressions) {
    return impressions > 0.0 ? 1000.0 * cost / impressions : 0.0;
}

CreatorProjection project_creator(const Creator& c, const Plan& plan, const Assumptions& a) {
    CreatorProjection p;
    p.id = c.id;
    p.tier = tier_of(c.followers, plan.tiers);
    const Sourced& rate = reach_rate(a, c.platform, p.tier);
    p.reach_rate = std::clamp(rate.value, 0.0, 1.0);
    p.reach_rate_is_estimate = rate.estimate;

    const double followers = static_cast<double>(std::max<std::int64_t>(c.followers, 0));
    const int posts = std::max(c.posts, 0);
    p.impressions = followers * p.reach_rate * posts;
    p.reach = followers * accumulated_reach_share(p.reach_rate, a.post_concentration.value, posts);
    p.frequency = p.reach > 0.0 ? p.impressions / p.reach : 0.0;
    const double fee = units_from_cents(std::max<std::int64_t>(c.fee_per_post_cents, 0));
    p.cost = fee * posts;
    p.cpm = cost_per_thousand(p.cost, p.impressions);
    return p;
}

}  // namespace

Projection project(const Plan& plan, const Assumptions& assumptions) {
    Projection result;
    result.creators.reserve(plan.creators.size());
    ProjectionTotals& t = result.totals;
    for (const Creator& c : plan.creators) {
        CreatorProjection p = project_creator(c, plan, assumptions);
        t.creators += 1;
        t.followers += std::max<std::int64_t>(c.followers, 0);
        t.cost += p.cost;
        t.impressions += p.impressions;
        t.gross_reach += p.reach;
        result.creators.push_back(p);
    }
    t.cpm = cost_per_thousand(t.cost, t.impressions);
    return result;
}

}  // namespace roster
