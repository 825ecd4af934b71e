#include "validation.h"

#include <cmath>
#include <cstdio>
#include <set>

#include "assumptions.h"
#include "currency.h"
#include "message.h"
#include "scenarios.h"
#include "text.h"
#include "vocabulary.h"

namespace roster {
namespace {

struct Problems {
    std::vector<PlanProblem> list;
    CreatorId creator = 0;
    void add(const char* field, Message message) { list.push_back({creator, field, std::move(message)}); }
};

bool is_share(Ppm v) { return v >= 0 && v <= kPpmWhole; }

bool is_country_code(std::string_view s) {
    return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

void check_text(Problems& p, const char* field, const std::string& s, Term name, Term a_name, bool required) {
    if (required && trimmed(s).empty()) p.add(field, Message(MessageId::CreatorNeedsField).term("field", a_name));
    if (s.size() > PlanLimits::kMaxNameLength)
        p.add(field, Message(MessageId::FieldTooLong)
                         .term("field", name)
                         .integer("max", static_cast<double>(PlanLimits::kMaxNameLength)));
    if (!is_valid_utf8(s) || has_control_characters(s)) p.add(field, Message(MessageId::FieldNotText).term("field", name));
}

void check_money(Problems& p, const char* field, std::int64_t cents, Term what) {
    if (cents < 0) p.add(field, Message(MessageId::MoneyNegative).term("field", what));
    else if (cents > PlanLimits::kMaxMoneyCents)
        p.add(field, Message(MessageId::MoneyTooLarge)
                         .term("field", what)
                         .integer("max", static_cast<double>(PlanLimits::kMaxMoneyCents / 100)));
}

void check_share(Problems& p, const char* field, Ppm v, Term what) {
    if (!is_share(v))
        p.add(field, Message(MessageId::ShareOutOfRange).term("field", what).percent("value", fraction_from_ppm(v)));
}

void check_profile(Problems& p, const AudienceProfile& a) {
    if (a.countries.size() > PlanLimits::kMaxProfileEntries || a.interests.size() > PlanLimits::kMaxProfileEntries)
        p.add("audience", Message(MessageId::ProfileTooLong)
                              .integer("max", static_cast<double>(PlanLimits::kMaxProfileEntries)));
    double total = 0.0;
    std::set<std::string> seen;
    for (const Share& s : a.countries) {
        if (!is_country_code(s.key))
            p.add("audience", Message(MessageId::CountryCodeInvalid).text("code", s.key.substr(0, 20)));
        else if (!seen.insert(s.key).second)
            p.add("audience", Message(MessageId::CountryTwice).text("code", s.key));
        if (!is_share(s.ppm))
            p.add("audience", Message(MessageId::CountryShareOutOfRange)
                                  .text("code", s.key.substr(0, 20))
                                  .percent("value", fraction_from_ppm(s.ppm)));
        total += fraction_from_ppm(s.ppm);
    }
    if (total > 1.0 + 1e-9) p.add("audience", Message(MessageId::CountriesOver100));
    total = 0.0;
    for (Ppm v : a.age) {
        check_share(p, "audience", v, Term::AgeBandShare);
        total += fraction_from_ppm(v);
    }
    if (total > 1.0 + 1e-6) p.add("audience", Message(MessageId::AgeBandsOver100));
    total = 0.0;
    for (Ppm v : a.gender) {
        check_share(p, "audience", v, Term::GenderShare);
        total += fraction_from_ppm(v);
    }
    if (total > 1.0 + 1e-6) p.add("audience", Message(MessageId::GendersOver100));
    seen.clear();
    for (const Share& s : a.interests) {
        if (trimmed(s.key).empty() || s.key.size() > 100 || !is_valid_utf8(s.key) || has_control_characters(s.key))
            p.add("audience", Message(MessageId::InterestNameInvalid).integer("max", 100));
        else if (!seen.insert(s.key).second)
            p.add("audience", Message(MessageId::InterestTwice).text("interest", s.key));
        check_share(p, "audience", s.ppm, Term::InterestShare);
    }
}

}  // namespace

std::vector<PlanProblem> check_creator(const Creator& c, const Campaign& campaign) {
    Problems p;
    p.creator = c.id;
    check_text(p, "name", c.name, Term::Name, Term::AName, true);
    check_text(p, "handle", c.handle, Term::Handle, Term::AHandle, false);
    const bool platform_known = static_cast<unsigned>(c.platform) < static_cast<unsigned>(kPlatformCount);
    if (!platform_known) p.add("platform", Message(MessageId::PlatformUnknown));
    if (c.followers < 1) p.add("followers", Message(MessageId::FollowersTooFew));
    else if (c.followers > PlanLimits::kMaxFollowers)
        p.add("followers", Message(MessageId::FollowersTooMany).integer("max", static_cast<double>(PlanLimits::kMaxFollowers)));

    check_share(p, "engagement_rate_ppm", c.engagement_rate_ppm, Term::EngagementRate);
    if (c.engagement_basis != EngagementBasis::Followers && c.engagement_basis != EngagementBasis::Views)
        p.add("engagement_basis", Message(MessageId::EngagementBasisMissing));
    if (c.measured_views_per_post < 0) p.add("measured_views_per_post", Message(MessageId::ViewsNegative));
    else if (c.measured_views_per_post > 100 * PlanLimits::kMaxFollowers)
        p.add("measured_views_per_post",
              Message(MessageId::ViewsTooMany).integer("max", static_cast<double>(100 * PlanLimits::kMaxFollowers)));
    if (c.measured_reach_rate_ppm < 0 || c.measured_reach_rate_ppm > 50 * kPpmWhole)
        p.add("measured_reach_rate_ppm", Message(MessageId::ReachRateOutOfRange).percent("max", 50.0));
    check_share(p, "audience_quality_ppm", c.audience_quality_ppm, Term::AudienceQuality);
    check_share(p, "relevance_ppm", c.relevance_ppm, Term::Relevance);
    check_profile(p, c.audience);

    if (c.deliverables.size() > PlanLimits::kMaxDeliverables)
        p.add("deliverables",
              Message(MessageId::TooManyDeliverables).integer("max", static_cast<double>(PlanLimits::kMaxDeliverables)));
    for (const Deliverable& d : c.deliverables) {
        const bool format_known = static_cast<unsigned>(d.format) < static_cast<unsigned>(kFormatCount);
        if (!format_known) p.add("deliverables", Message(MessageId::FormatUnknown));
        else if (platform_known && !platform_offers(c.platform, d.format))
            p.add("deliverables", Message(MessageId::PlatformLacksFormat)
                                      .platform("platform", c.platform)
                                      .format("format", c.platform, d.format));
        if (d.count < 0) p.add("deliverables", Message(MessageId::PostsNegative));
        else if (d.count > PlanLimits::kMaxPosts)
            p.add("deliverables", Message(MessageId::TooManyPosts).integer("max", PlanLimits::kMaxPosts));
        check_money(p, "deliverables", d.unit_fee_cents, Term::FeePerPost);
    }
    check_money(p, "product_value_cents", c.product_value_cents, Term::ProductValue);
    check_money(p, "usage_rights_cents", c.usage_rights_cents, Term::UsageRightsFee);
    check_share(p, "affiliate_commission_ppm", c.affiliate_commission_ppm, Term::AffiliateCommission);
    check_share(p, "posting_probability_ppm", c.posting_probability_ppm, Term::PostingChance);

    const Amplification& amp = c.amplification;
    check_money(p, "amplification", amp.spend_cents, Term::AmplificationSpend);
    check_money(p, "amplification", amp.cpm_cents, Term::AmplificationCpm);
    if (amp.frequency_cap < 0 || amp.frequency_cap > PlanLimits::kMaxFrequencyCap)
        p.add("amplification", Message(MessageId::FrequencyCapOutOfRange).integer("max", PlanLimits::kMaxFrequencyCap));
    if (amp.spend_cents > 0) {
        if (total_posts(c) == 0) p.add("amplification", Message(MessageId::AmplificationNeedsPost));
        if (campaign.target_universe <= 0) p.add("amplification", Message(MessageId::AmplificationNeedsUniverse));
    }
    return p.list;
}

std::vector<PlanProblem> check_settings(const Plan& plan) {
    Problems p;
    const Campaign& c = plan.campaign;
    if (plan.name.size() > PlanLimits::kMaxNameLength || !is_valid_utf8(plan.name) || has_control_characters(plan.name))
        p.add("name", Message(MessageId::PlanNameInvalid).integer("max", static_cast<double>(PlanLimits::kMaxNameLength)));
    if (auto problem = currency_problem(c.currency)) p.add("currency", std::move(*problem));
    if (!thresholds_are_ordered(plan.tiers)) p.add("tiers", Message(MessageId::TiersUnordered));
    if (c.budget_cap_cents < 0) p.add("budget_cap_cents", Message(MessageId::MoneyNegative).term("field", Term::Budget));
    else if (c.budget_cap_cents > 100 * PlanLimits::kMaxMoneyCents)
        p.add("budget_cap_cents", Message(MessageId::BudgetTooLarge).integer("max", static_cast<double>(PlanLimits::kMaxMoneyCents)));
    if (c.target_universe < 0 || c.target_universe > PlanLimits::kMaxUniverse)
        p.add("target_universe",
              Message(MessageId::TargetUniverseOutOfRange).integer("max", static_cast<double>(PlanLimits::kMaxUniverse)));
    check_money(p, "average_order_value_cents", c.average_order_value_cents, Term::AverageOrderValue);
    check_share(p, "gross_margin_ppm", c.gross_margin_ppm, Term::GrossMargin);
    if (static_cast<unsigned>(c.baseline_platform) >= static_cast<unsigned>(kPlatformCount))
        p.add("baseline_platform", Message(MessageId::BaselineUnknown));
    std::set<std::string> seen;
    for (const std::string& code : c.target.countries) {
        if (!is_country_code(code))
            p.add("target", Message(MessageId::CountryCodeInvalid).text("code", code.substr(0, 20)));
        else if (!seen.insert(code).second)
            p.add("target", Message(MessageId::TargetCountryTwice).text("code", code));
    }
    if (c.target.countries.size() > PlanLimits::kMaxProfileEntries)
        p.add("target", Message(MessageId::TargetTooManyCountries)
                            .integer("max", static_cast<double>(PlanLimits::kMaxProfileEntries)));
    if (c.target.age_bands >= (1u << kAgeBandCount)) p.add("target", Message(MessageId::TargetAgeBandUnknown));
    if (c.target.genders >= (1u << kGenderCount)) p.add("target", Message(MessageId::TargetGenderUnknown));

    const Environment& e = plan.environment;
    check_share(p, "hidden_like_viewers_ppm", e.hidden_like_viewers_ppm, Term::HiddenLikeViewers);
    if (e.recommendation_scale_ppm < 0 || e.recommendation_scale_ppm > PlanLimits::kMaxRecommendationScale)
        p.add("recommendation_scale_ppm", Message(MessageId::RecommendationScaleOutOfRange)
                                              .percent("value", fraction_from_ppm(e.recommendation_scale_ppm)));

    const auto& specs = assumption_catalogue();
    std::set<std::string> keys;
    for (const AssumptionOverride& o : plan.assumptions) {
        if (!keys.insert(o.key).second) p.add("assumptions", Message(MessageId::AssumptionTwice).text("key", o.key));
        const auto i = assumption_index(o.key);
        if (!i) continue;  // from a newer Roster: kept, ignored, and reported by the file loader
        // The planner's value is in the plan's currency: so are the limits it is held to.
        const AssumptionSpec s = spec_in_currency(specs[*i], c.currency);
        const double v = value_from_micros(o.value_micros);
        if (v < s.min - 1e-12 || v > s.max + 1e-12) {
            if (s.unit == Unit::Share)
                p.add("assumptions",
                      Message(MessageId::AssumptionOutOfRangeShare).assumption("assumption", s.key).percent("min", s.min).percent("max", s.max));
            else
                p.add("assumptions",
                      Message(MessageId::AssumptionOutOfRange).assumption("assumption", s.key).decimal("min", s.min).decimal("max", s.max));
        }
    }
    // Likes are what remains of engagements after comments, shares and saves.
    const Assumptions a = resolve_assumptions(plan);
    if (a[assumption::kCommentShare] + a[assumption::kShareShare] + a[assumption::kSaveShare] > 1.0 + 1e-9)
        p.add("assumptions", Message(MessageId::EngagementSharesOver100));
    return p.list;
}

std::vector<PlanProblem> check_scenarios(const Plan& plan) {
    std::vector<PlanProblem> out;
    if (scenario_count(plan) > PlanLimits::kMaxScenarios) {
        // Said once and nothing more: checking names pairwise in a hostile file of thousands of
        // scenarios would take minutes.
        out.push_back({0, "scenarios", Message(MessageId::TooManyScenarios)
                                           .integer("max", static_cast<double>(PlanLimits::kMaxScenarios))});
        return out;
    }
    if (plan.scenario_position >= scenario_count(plan)) {
        out.push_back({0, "scenario_position", Message(MessageId::OpenScenarioMissing)
                                                   .integer("position", static_cast<double>(plan.scenario_position) + 1)
                                                   .integer("count", static_cast<double>(scenario_count(plan)))});
        return out;  // which content is which scenario is then unknown
    }
    if (scenario_count(plan) > 1 && total_creators(plan) > PlanLimits::kMaxCreators)
        out.push_back({0, "scenarios", Message(MessageId::TooManyCreatorsInScenarios)
                                           .integer("max", static_cast<double>(PlanLimits::kMaxCreators))});
    const std::vector<std::string> names = scenario_names(plan);
    for (std::size_t i = 0; i < names.size(); ++i)
        if (std::optional<Message> problem = scenario_name_problem(plan, names[i], i))
            out.push_back({0, "scenarios", std::move(*problem)});
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i == plan.scenario_position) continue;
        const Plan alone = scenario_plan(plan, i);
        // Deltas between scenarios in two currencies would mean nothing.
        if (alone.campaign.currency != plan.campaign.currency)
            out.push_back({0, "scenarios", Message(MessageId::ScenarioOtherCurrency)
                                               .text("scenario", names[i])
                                               .text("currency", alone.campaign.currency.substr(0, 8))
                                               .text("plan_currency", plan.campaign.currency.substr(0, 8))});
        for (const PlanProblem& p : validate(alone))
            out.push_back({0, "scenarios",
                           Message(MessageId::InScenario).text("scenario", names[i]).nested("cause", describe(p, alone))});
    }
    return out;
}

std::vector<PlanProblem> validate(const Plan& plan) {
    std::vector<PlanProblem> out = check_settings(plan);
    for (PlanProblem& p : check_scenarios(plan)) out.push_back(std::move(p));
    if (plan.creators.size() > PlanLimits::kMaxCreators)
        out.push_back({0, "creators",
                       Message(MessageId::TooManyCreators).integer("max", static_cast<double>(PlanLimits::kMaxCreators))});
    std::set<CreatorId> seen;
    for (const Creator& c : plan.creators) {
        if (c.id == 0) out.push_back({0, "creators", Message(MessageId::CreatorWithoutId)});
        else if (!seen.insert(c.id).second)
            out.push_back({c.id, "id", Message(MessageId::CreatorIdTwice).text("id", std::to_string(c.id))});
        for (PlanProblem& p : check_creator(c, plan.campaign)) out.push_back(std::move(p));
    }
    for (PlanProblem& p : check_overlaps(plan)) out.push_back(std::move(p));
    for (PlanProblem& p : check_actuals(plan)) out.push_back(std::move(p));  // actuals.cpp
    return out;
}

Message describe(const PlanProblem& problem, const Plan& plan) {
    if (problem.creator == 0) return problem.message;
    const Creator* c = find_creator(plan, problem.creator);
    if (c && !trimmed(c->name).empty())
        return Message(MessageId::CreatorProblem).text("creator", c->name).nested("cause", problem.message);
    // An id is a label, never grouped like a quantity: "Creator #12345".
    return Message(MessageId::NumberedCreatorProblem)
        .text("id", std::to_string(problem.creator))
        .nested("cause", problem.message);
}

}  // namespace roster
