#include "summary.h"

#include "engine/vocabulary.h"
#include "format.h"

namespace roster::present {

std::string plan_summary(const Plan& plan, const Projection& projection) {
    const ProjectionTotals& t = projection.totals;
    std::string s = "Plan “" + plan.name + "”: ";
    if (plan.creators.empty()) return s + "no creators yet.";
    s += std::to_string(t.creators) + (t.creators == 1 ? " creator" : " creators") +
         ", total cost " + format_money(t.cost, plan.currency) + ", impressions " +
         format_count(t.impressions) + ", gross reach " + format_count(t.gross_reach) +
         " (before audience overlap).\n";
    for (std::size_t i = 0; i < plan.creators.size() && i < projection.creators.size(); ++i) {
        const Creator& c = plan.creators[i];
        const CreatorProjection& p = projection.creators[i];
        s += "Creator “" + c.name + "”: " + std::string(platform_label(c.platform)) + ", " +
             std::string(tier_label(p.tier)) + ", " + format_count(static_cast<double>(c.followers)) +
             " followers, " + std::to_string(c.posts) + (c.posts == 1 ? " post" : " posts") + " at " +
             format_money(units_from_cents(c.fee_per_post_cents), plan.currency) + "; reach " + format_count(p.reach) +
             ", cost " + format_money(p.cost, plan.currency) + ".\n";
    }
    return s;
}

}  // namespace roster::present
