#include "summary.h"

#include "engine/vocabulary.h"
#include "format.h"

namespace roster::present {

std::string plan_summary(const Plan& plan, const Projection& projection) {
    const Outcome& t = projection.total;
    const std::string& cur = plan.campaign.currency;
    std::string s = "Plan “" + plan.name + "”: ";
    if (plan.creators.empty()) return s + "no creators yet.";
    const std::size_t n = plan.creators.size();
    s += std::to_string(n) + (n == 1 ? " creator" : " creators") + ", total cost " + format_money(t.cost(), cur) +
         ", impressions " + format_count(t.impressions) + ", reach " + format_count(t.reach) +
         " people after audience overlap (" + format_count(projection.gross_reach) +
         " added up across creators), engagements " + format_count(t.engagements) + ", likes " +
         format_count(t.likes) + ", clicks " + format_count(t.clicks) + ".\n";
    for (std::size_t i = 0; i < n && i < projection.creators.size(); ++i) {
        const Creator& c = plan.creators[i];
        const CreatorProjection& p = projection.creators[i];
        const std::int64_t posts = total_posts(c);
        s += "Creator “" + c.name + "”: " + std::string(platform_label(c.platform)) + ", " +
             std::string(tier_label(p.tier)) + ", " + format_count(static_cast<double>(c.followers)) + " followers, " +
             std::to_string(posts) + (posts == 1 ? " post" : " posts") + " for " +
             format_money(units_from_cents(total_fees_cents(c)), cur) + " in fees; reach " +
             format_count(p.outcome.reach) + ", cost " + format_money(p.outcome.cost(), cur) + ".\n";
    }
    return s;
}

}  // namespace roster::present
