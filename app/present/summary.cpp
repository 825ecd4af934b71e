#include "summary.h"

#include "engine/scenarios.h"
#include "engine/vocabulary.h"
#include "engine/text.h"
#include "budget.h"
#include "format.h"
#include "message_render.h"
#include "translation.h"

namespace roster::present {

std::string plan_summary(const Plan& plan, const Projection& projection) {
    const Outcome& t = projection.total;
    const std::string& cur = plan.campaign.currency;
    std::string s = trf("Plan “%s”", {plan.name});
    if (scenario_count(plan) > 1)
        s += trf(", scenario “%s” (%s of %s)", {plan.scenario, std::to_string(plan.scenario_position + 1),
                                                 std::to_string(scenario_count(plan))});
    s += tr(": ");
    if (plan.creators.empty()) return s + tr("no creators yet.");
    const std::size_t n = plan.creators.size();
    s += trf(n == 1 ? "%s creator" : "%s creators", {std::to_string(n)});
    s += trf(", total cost %s, impressions %s, reach %s people after audience overlap (%s added up across creators), "
             "engagements %s, likes %s, clicks %s.",
             {format_money(t.cost(), cur), format_count(t.impressions), format_count(t.reach),
              format_count(projection.gross_reach), format_count(t.engagements), format_count(t.likes),
              format_count(t.clicks)}) +
         "\n";
    if (const auto budget = budget_note(projection, cur)) s += render(budget->message) + "\n";
    for (std::size_t i = 0; i < n && i < projection.creators.size(); ++i) {
        const Creator& c = plan.creators[i];
        const CreatorProjection& p = projection.creators[i];
        const std::int64_t posts = total_posts(c);
        s += trf("Creator “%s”: %s, %s, %s followers, %s for %s in fees; reach %s, cost %s.",
                 {c.name, tr(std::string(platform_label(c.platform)).c_str()),
                  tr(std::string(tier_label(p.tier)).c_str()), format_count(static_cast<double>(c.followers)),
                  trf(posts == 1 ? "%s post" : "%s posts", {std::to_string(posts)}),
                  format_money(units_from_cents(total_fees_cents(c)), cur), format_count(p.outcome.reach),
                  format_money(p.outcome.cost(), cur)}) +
             "\n";
    }
    return s;
}

std::string comparison_summary(const std::vector<std::string>& names, const std::vector<ComparisonRow>& rows,
                               const std::string& currency) {
    if (names.size() < 2) return {};
    // "“A”, “B” and “C”"
    const auto listed = [](const std::vector<std::string>& items) {
        std::string out;
        for (std::size_t i = 0; i < items.size(); ++i)
            out += (i == 0 ? "" : i + 1 == items.size() ? std::string(tr(" and ")) : std::string(", ")) + items[i];
        return out;
    };
    std::vector<std::string> quoted;
    for (const std::string& name : names) quoted.push_back(trf("“%s”", {name}));
    std::string s = trf("Comparing scenarios %s (changes against “%s”):", {listed(quoted), names.front()});
    for (const ComparisonRow& row : rows) {
        std::vector<std::string> values;
        for (std::size_t i = 0; i < row.values.size(); ++i) {
            std::string v = format_measure(row.values[i], row.measure, currency);
            if (i < row.change.size() && row.change[i]) v += " (" + format_change(*row.change[i]) + ")";
            values.push_back(v);
        }
        s += " " + std::string(trimmed(tr(row.label.c_str()))) + " " + listed(values) + ";";
    }
    s.back() = '.';
    return s;
}

}  // namespace roster::present
