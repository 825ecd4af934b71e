#include "summary.h"

#include "engine/scenarios.h"
#include "engine/vocabulary.h"
#include "engine/text.h"
#include "format.h"

namespace roster::present {

std::string plan_summary(const Plan& plan, const Projection& projection) {
    const Outcome& t = projection.total;
    const std::string& cur = plan.campaign.currency;
    std::string s = "Plan “" + plan.name + "”";
    if (scenario_count(plan) > 1)
        s += ", scenario “" + plan.scenario + "” (" + std::to_string(plan.scenario_position + 1) + " of " +
             std::to_string(scenario_count(plan)) + ")";
    s += ": ";
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

std::string comparison_summary(const std::vector<std::string>& names, const std::vector<ComparisonRow>& rows,
                               const std::string& currency) {
    if (names.size() < 2) return {};
    std::string s = "Comparing scenarios ";
    for (std::size_t i = 0; i < names.size(); ++i)
        s += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + ("“" + names[i] + "”");
    s += " (changes against “" + names.front() + "”):";
    for (const ComparisonRow& row : rows) {
        s += " " + std::string(trimmed(row.label)) + " ";
        for (std::size_t i = 0; i < row.values.size(); ++i) {
            s += (i == 0 ? "" : i + 1 == row.values.size() ? " and " : ", ") +
                 format_measure(row.values[i], row.measure, currency);
            if (i < row.change.size() && row.change[i]) s += " (" + format_change(*row.change[i]) + ")";
        }
        s += ";";
    }
    s.back() = '.';
    return s;
}

}  // namespace roster::present
