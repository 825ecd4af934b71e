#include "validation.h"

#include <cmath>
#include <cstdio>
#include <set>

#include "assumptions.h"
#include "scenarios.h"
#include "text.h"
#include "vocabulary.h"

namespace roster {
namespace {

struct Problems {
    std::vector<PlanProblem> list;
    CreatorId creator = 0;
    void add(const char* field, std::string message) { list.push_back({creator, field, std::move(message)}); }
};

bool is_share(Ppm v) { return v >= 0 && v <= kPpmWhole; }

std::string percent(Ppm v) {
    // Whole percent when exact, else one decimal: "140%", "100.5%".
    const double p = fraction_from_ppm(v) * 100.0;
    char buf[32];
    std::snprintf(buf, sizeof buf, std::fabs(p - std::round(p)) < 1e-9 ? "%.0f%%" : "%.1f%%", p);
    return buf;
}

bool is_country_code(std::string_view s) {
    return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

void check_text(Problems& p, const char* field, const std::string& s, const char* what, bool required) {
    if (required && trimmed(s).empty()) p.add(field, std::string("Every creator needs ") + what + ".");
    if (s.size() > PlanLimits::kMaxNameLength)
        p.add(field, std::string("The ") + field + " can have at most 200 characters.");
    if (!is_valid_utf8(s) || has_control_characters(s))
        p.add(field, std::string("The ") + field + " contains characters that are not text.");
}

void check_money(Problems& p, const char* field, std::int64_t cents, const char* what) {
    if (cents < 0) p.add(field, std::string("The ") + what + " cannot be negative.");
    else if (cents > PlanLimits::kMaxMoneyCents) p.add(field, std::string("The ") + what + " cannot exceed 100,000,000.");
}

void check_share(Problems& p, const char* field, Ppm v, const char* what) {
    if (!is_share(v)) p.add(field, std::string("The ") + what + " must be between 0% and 100% (it is " + percent(v) + ").");
}

void check_profile(Problems& p, const AudienceProfile& a) {
    if (a.countries.size() > PlanLimits::kMaxProfileEntries || a.interests.size() > PlanLimits::kMaxProfileEntries)
        p.add("audience", "An audience profile can list at most 300 countries or interests.");
    double total = 0.0;
    std::set<std::string> seen;
    for (const Share& s : a.countries) {
        if (!is_country_code(s.key))
            p.add("audience", "“" + s.key.substr(0, 20) + "” is not a two-letter country code such as FR or US.");
        else if (!seen.insert(s.key).second)
            p.add("audience", "The country " + s.key + " appears twice in the audience profile.");
        check_share(p, "audience", s.ppm, ("share of followers in " + s.key.substr(0, 20)).c_str());
        total += fraction_from_ppm(s.ppm);
    }
    if (total > 1.0 + 1e-9) p.add("audience", "The audience's countries add up to more than 100%.");
    total = 0.0;
    for (Ppm v : a.age) {
        check_share(p, "audience", v, "share of an age band");
        total += fraction_from_ppm(v);
    }
    if (total > 1.0 + 1e-6) p.add("audience", "The audience's age bands add up to more than 100%.");
    total = 0.0;
    for (Ppm v : a.gender) {
        check_share(p, "audience", v, "share of a gender");
        total += fraction_from_ppm(v);
    }
    if (total > 1.0 + 1e-6) p.add("audience", "Women and men in the audience add up to more than 100%.");
    seen.clear();
    for (const Share& s : a.interests) {
        if (trimmed(s.key).empty() || s.key.size() > 100 || !is_valid_utf8(s.key) || has_control_characters(s.key))
            p.add("audience", "Each interest needs a name of at most 100 characters.");
        else if (!seen.insert(s.key).second)
            p.add("audience", "The interest “" + s.key + "” appears twice in the audience profile.");
        check_share(p, "audience", s.ppm, "share of followers with an interest");
    }
}

}  // namespace

std::vector<PlanProblem> check_creator(const Creator& c, const Campaign& campaign) {
    Problems p;
    p.creator = c.id;
    check_text(p, "name", c.name, "a name", true);
    check_text(p, "handle", c.handle, "a handle", false);
    const bool platform_known = static_cast<unsigned>(c.platform) < static_cast<unsigned>(kPlatformCount);
    if (!platform_known) p.add("platform", "The platform is not one Roster knows.");
    if (c.followers < 1) p.add("followers", "Followers must be at least 1.");
    else if (c.followers > PlanLimits::kMaxFollowers) p.add("followers", "Followers cannot exceed 2,000,000,000.");

    if (c.engagement_rate_ppm < 0 || c.engagement_rate_ppm > kPpmWhole)
        p.add("engagement_rate_ppm", "The engagement rate must be between 0% and 100% (it is " +
                                         percent(c.engagement_rate_ppm) + ").");
    if (c.engagement_basis != EngagementBasis::Followers && c.engagement_basis != EngagementBasis::Views)
        p.add("engagement_basis", "The engagement rate must say whether it is per follower or per view.");
    if (c.measured_views_per_post < 0) p.add("measured_views_per_post", "Average views cannot be negative.");
    else if (c.measured_views_per_post > 100 * PlanLimits::kMaxFollowers)
        p.add("measured_views_per_post", "Average views cannot exceed 200,000,000,000.");
    if (c.measured_reach_rate_ppm < 0 || c.measured_reach_rate_ppm > 50 * kPpmWhole)
        p.add("measured_reach_rate_ppm", "The measured reach rate must be between 0% and 5,000%.");
    check_share(p, "audience_quality_ppm", c.audience_quality_ppm, "share of real, active followers");
    check_share(p, "relevance_ppm", c.relevance_ppm, "relevance to the brief");
    check_profile(p, c.audience);

    if (c.deliverables.size() > PlanLimits::kMaxDeliverables)
        p.add("deliverables", "A creator can have at most 20 deliverable lines.");
    for (const Deliverable& d : c.deliverables) {
        const bool format_known = static_cast<unsigned>(d.format) < static_cast<unsigned>(kFormatCount);
        if (!format_known) p.add("deliverables", "A deliverable has a format Roster does not know.");
        else if (platform_known && !platform_offers(c.platform, d.format))
            p.add("deliverables", std::string(platform_label(c.platform)) + " has no " +
                                      std::string(format_label(d.format)) + " format.");
        if (d.count < 0) p.add("deliverables", "The number of posts cannot be negative.");
        else if (d.count > PlanLimits::kMaxPosts) p.add("deliverables", "A deliverable can have at most 1,000 posts.");
        check_money(p, "deliverables", d.unit_fee_cents, "fee per post");
    }
    check_money(p, "product_value_cents", c.product_value_cents, "product value");
    check_money(p, "usage_rights_cents", c.usage_rights_cents, "usage-rights fee");
    check_share(p, "affiliate_commission_ppm", c.affiliate_commission_ppm, "affiliate commission");
    check_share(p, "posting_probability_ppm", c.posting_probability_ppm, "chance that the creator posts");

    const Amplification& amp = c.amplification;
    check_money(p, "amplification", amp.spend_cents, "amplification spend");
    check_money(p, "amplification", amp.cpm_cents, "amplification CPM");
    if (amp.frequency_cap < 0 || amp.frequency_cap > PlanLimits::kMaxFrequencyCap)
        p.add("amplification", "The frequency cap must be between 0 (none) and 1,000.");
    if (amp.spend_cents > 0) {
        if (total_posts(c) == 0) p.add("amplification", "Paid amplification needs at least one post to amplify.");
        if (campaign.target_universe <= 0)
            p.add("amplification", "Paid amplification needs the size of the target audience (campaign settings) "
                                   "to estimate how many people it reaches.");
    }
    return p.list;
}

std::vector<PlanProblem> check_settings(const Plan& plan) {
    Problems p;
    const Campaign& c = plan.campaign;
    if (plan.name.size() > PlanLimits::kMaxNameLength || !is_valid_utf8(plan.name) || has_control_characters(plan.name))
        p.add("name", "The plan name must be text of at most 200 characters.");
    if (!is_currency_code(c.currency)) p.add("currency", "The currency must be a three-letter code such as EUR or USD.");
    if (!thresholds_are_ordered(plan.tiers)) p.add("tiers", "Tier thresholds must increase from micro to mega.");
    if (c.budget_cap_cents < 0) p.add("budget_cap_cents", "The budget cannot be negative.");
    else if (c.budget_cap_cents > 100 * PlanLimits::kMaxMoneyCents)
        p.add("budget_cap_cents", "The budget cannot exceed 10,000,000,000.");
    if (c.target_universe < 0 || c.target_universe > PlanLimits::kMaxUniverse)
        p.add("target_universe", "The target audience must be between 0 (not known) and 10,000,000,000 people.");
    check_money(p, "average_order_value_cents", c.average_order_value_cents, "average order value");
    check_share(p, "gross_margin_ppm", c.gross_margin_ppm, "gross margin");
    if (static_cast<unsigned>(c.baseline_platform) >= static_cast<unsigned>(kPlatformCount))
        p.add("baseline_platform", "The baseline channel is not a platform Roster knows.");
    std::set<std::string> seen;
    for (const std::string& code : c.target.countries) {
        if (!is_country_code(code))
            p.add("target", "“" + code.substr(0, 20) + "” is not a two-letter country code such as FR or US.");
        else if (!seen.insert(code).second)
            p.add("target", "The target lists the country " + code + " twice.");
    }
    if (c.target.countries.size() > PlanLimits::kMaxProfileEntries)
        p.add("target", "The target can list at most 300 countries.");
    if (c.target.age_bands >= (1u << kAgeBandCount)) p.add("target", "The target has an age band Roster does not know.");
    if (c.target.genders >= (1u << kGenderCount)) p.add("target", "The target has a gender Roster does not know.");

    const Environment& e = plan.environment;
    check_share(p, "hidden_like_viewers_ppm", e.hidden_like_viewers_ppm, "share of viewers who cannot see likes");
    if (e.recommendation_scale_ppm < 0 || e.recommendation_scale_ppm > PlanLimits::kMaxRecommendationScale)
        p.add("recommendation_scale_ppm", "Recommended views can be scaled from 0 to 10 times, not " +
                                              percent(e.recommendation_scale_ppm) + ".");

    const auto& specs = assumption_catalogue();
    std::set<std::string> keys;
    for (const AssumptionOverride& o : plan.assumptions) {
        if (!keys.insert(o.key).second) p.add("assumptions", "The assumption “" + o.key + "” is set twice.");
        const auto i = assumption_index(o.key);
        if (!i) continue;  // from a newer Roster: kept, ignored, and reported by the file loader
        const AssumptionSpec& s = specs[*i];
        const double v = value_from_micros(o.value_micros);
        if (v < s.min - 1e-12 || v > s.max + 1e-12) {
            char range[96];
            if (s.unit == Unit::Share) std::snprintf(range, sizeof range, "%g%% to %g%%", s.min * 100, s.max * 100);
            else std::snprintf(range, sizeof range, "%g to %g", s.min, s.max);
            p.add("assumptions", "“" + s.label + "” must be from " + range + ".");
        }
    }
    // Likes are what remains of engagements after comments, shares and saves.
    const Assumptions a = resolve_assumptions(plan);
    if (a[assumption::kCommentShare] + a[assumption::kShareShare] + a[assumption::kSaveShare] > 1.0 + 1e-9)
        p.add("assumptions", "Comments, shares and saves cannot add up to more than 100% of engagements.");
    return p.list;
}

std::vector<PlanProblem> check_scenarios(const Plan& plan) {
    std::vector<PlanProblem> out;
    if (scenario_count(plan) > PlanLimits::kMaxScenarios) {
        // Said once and nothing more: checking names pairwise in a hostile file of thousands of
        // scenarios would take minutes.
        out.push_back({0, "scenarios", "A plan can hold at most 8 scenarios."});
        return out;
    }
    if (plan.scenario_position >= scenario_count(plan)) {
        out.push_back({0, "scenario_position", "The plan says its open scenario is number " +
                                                   std::to_string(plan.scenario_position + 1) + ", but it has only " +
                                                   std::to_string(scenario_count(plan)) + "."});
        return out;  // which content is which scenario is then unknown
    }
    if (scenario_count(plan) > 1 && total_creators(plan) > PlanLimits::kMaxCreators)
        out.push_back({0, "scenarios", "A plan can hold at most 20,000 creators across its scenarios."});
    const std::vector<std::string> names = scenario_names(plan);
    for (std::size_t i = 0; i < names.size(); ++i)
        if (std::string problem = scenario_name_problem(plan, names[i], i); !problem.empty())
            out.push_back({0, "scenarios", problem});
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i == plan.scenario_position) continue;
        const Plan alone = scenario_plan(plan, i);
        // Deltas between scenarios in two currencies would mean nothing.
        if (alone.campaign.currency != plan.campaign.currency)
            out.push_back({0, "scenarios", "Scenario “" + names[i] + "” is in " + alone.campaign.currency.substr(0, 8) +
                                               " but the plan is in " + plan.campaign.currency.substr(0, 8) +
                                               ": all scenarios of a plan use one currency."});
        for (const PlanProblem& p : validate(alone))
            out.push_back({0, "scenarios", "In scenario “" + names[i] + "”: " + describe(p, alone)});
    }
    return out;
}

std::vector<PlanProblem> validate(const Plan& plan) {
    std::vector<PlanProblem> out = check_settings(plan);
    for (PlanProblem& p : check_scenarios(plan)) out.push_back(std::move(p));
    if (plan.creators.size() > PlanLimits::kMaxCreators)
        out.push_back({0, "creators", "A plan can hold at most 20,000 creators."});
    std::set<CreatorId> seen;
    for (const Creator& c : plan.creators) {
        if (c.id == 0) out.push_back({0, "creators", "A creator has no id."});
        else if (!seen.insert(c.id).second)
            out.push_back({c.id, "id", "Two creators share the id " + std::to_string(c.id) + "."});
        for (PlanProblem& p : check_creator(c, plan.campaign)) out.push_back(std::move(p));
    }
    for (PlanProblem& p : check_overlaps(plan)) out.push_back(std::move(p));
    return out;
}

std::string describe(const PlanProblem& problem, const Plan& plan) {
    if (problem.creator == 0) return problem.message;
    const Creator* c = find_creator(plan, problem.creator);
    const std::string who = c && !trimmed(c->name).empty() ? "“" + c->name + "”" : "#" + std::to_string(problem.creator);
    return "Creator " + who + ": " + problem.message;
}

}  // namespace roster
