#include "projection_report.h"

#include "storage/rapidjson_config.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

#include "engine/assumptions.h"
#include "engine/currency.h"
#include "engine/targeting.h"
#include "engine/vocabulary.h"
#include "present/budget.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/translation.h"
#include "text_table.h"

namespace roster::cli {
namespace {

using present::format_count;
using present::format_money;
using present::format_percent;
using present::tr;
using present::trf;

bool french() { return present::display_language() == present::Language::French; }

// printf's "%g" with the display language's decimal mark (the ranges and the assumptions' values);
// French groups large whole numbers by thousands ("30 000 000", not "3e+07").
std::string plain_number(double v) {
    if (french() && std::fabs(v) >= 1000 && std::fabs(v) < 1e15 && v == std::floor(v)) return format_count(v);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%g", v);
    std::string out = buf;
    if (french()) std::replace(out.begin(), out.end(), '.', ',');
    return out;
}

// A count of things the planner chose (draws, pairs): ungrouped in English as it always was,
// grouped by thousands in French.
std::string whole(std::size_t n) { return french() ? format_count(static_cast<double>(n)) : std::to_string(n); }

std::string money_or_dash(double amount, bool defined, const std::string& currency) {
    return defined ? format_money(amount, currency) : "-";
}

std::string ratio(double r) { return present::format_ratio(r); }

// Whole hours: present::format_hours gives tenths below 10 h, which the report never showed.
std::string hours(double seconds) { return format_count(seconds / 3600.0) + (french() ? "\u202Fh" : " h"); }

// How each headline reads in a table.
std::string show(Headline h, double v, const std::string& currency) {
    switch (h) {
        case Headline::Revenue:
        case Headline::GrossProfit:
        case Headline::Cost:
        case Headline::Emv:
        case Headline::Cpm: return format_money(v, currency);
        case Headline::Roi: return format_percent(v);
        case Headline::Roas: return ratio(v);
        case Headline::WatchSeconds: return hours(v);
        default: return format_count(v);
    }
}

double median_value(Headline h, const Projection& p) {
    const Outcome& t = p.total;
    switch (h) {
        case Headline::Reach: return t.reach;
        case Headline::OnTargetReach: return t.on_target_reach;
        case Headline::EffectiveReach: return t.effective_reach;
        case Headline::Impressions: return t.impressions;
        case Headline::Views: return t.views;
        case Headline::WatchSeconds: return t.watch_seconds;
        case Headline::Engagements: return t.engagements;
        case Headline::Likes: return t.likes;
        case Headline::Clicks: return t.clicks;
        case Headline::Conversions: return t.conversions;
        case Headline::Revenue: return t.revenue;
        case Headline::GrossProfit: return t.gross_profit;
        case Headline::Cost: return t.cost();
        case Headline::Emv: return t.emv;
        case Headline::Roi: return p.ratios.roi;
        case Headline::Roas: return p.ratios.roas;
        case Headline::Cpm: return p.ratios.cpm;
    }
    return 0.0;
}

std::vector<std::string> outcome_row(std::string label, const Outcome& o, const std::string& cur) {
    const Ratios r = ratios_of(o);
    return {std::move(label),          format_count(o.views),       format_count(o.reach),
            format_count(o.engagements), format_count(o.clicks),    format_count(o.conversions),
            format_money(o.cost(), cur), money_or_dash(r.cpm, o.impressions > 0, cur),
            o.cost() > 0 ? format_percent(r.roi) : "-"};
}

}  // namespace

std::string projection_table(const Report& report) {
    const Plan& plan = report.plan;
    const Projection& projection = report.projection;
    const std::string& cur = plan.campaign.currency;
    std::string out = trf("Plan: %s, scenario %s (%s)", {plan.name, plan.scenario, cur}) + "\n\n";

    Table creators = {{tr("Creator"), tr("Platform"), tr("Tier"), tr("Followers"), tr("Posts"), tr("Views"), tr("Reach"),
                       tr("Engagements"), tr("Clicks"), tr("Conversions"), tr("Cost"), tr("CPM"), tr("ROI")}};
    for (std::size_t i = 0; i < plan.creators.size(); ++i) {
        const Creator& c = plan.creators[i];
        const CreatorProjection& p = projection.creators[i];
        auto row = outcome_row(c.name, p.outcome, cur);
        row.insert(row.begin() + 1, {std::string(platform_label(c.platform)), std::string(tr(std::string(tier_label(p.tier)).c_str())) +
                                                                                  (p.measured ? "" : "*"),
                                     format_count(static_cast<double>(c.followers)), std::to_string(total_posts(c))});
        creators.push_back(std::move(row));
    }
    auto total = outcome_row(tr("Total"), projection.total, cur);
    total.insert(total.begin() + 1, {"", "", format_count(static_cast<double>(projection.followers)), ""});
    creators.push_back(std::move(total));
    out += render(creators, 3, true);
    out += std::string(tr("* = benchmark rates for the tier (docs/MODEL.md); otherwise the creator's own figures.")) + "\n" +
           trf("Reach of a creator, tier or platform is gross: a person following several creators counts once per\n"
               "creator. The total is net of audience overlap: %s gross, %s distinct people (%s); `roster reach` shows how.",
               {format_count(projection.gross_reach), format_count(projection.total.reach),
                format_percent(projection.overlap_factor)}) +
           "\n\n";

    Table groups = {{tr("By tier"), tr("Views"), tr("Reach"), tr("Engagements"), tr("Clicks"), tr("Conversions"), tr("Cost"),
                     tr("CPM"), tr("ROI")}};
    for (int t = 0; t < kTierCount; ++t)
        if (projection.by_tier[static_cast<std::size_t>(t)].cost() > 0 || projection.by_tier[static_cast<std::size_t>(t)].views > 0)
            groups.push_back(outcome_row(tr(std::string(tier_label(static_cast<Tier>(t))).c_str()),
                                         projection.by_tier[static_cast<std::size_t>(t)], cur));
    groups.push_back({tr("By platform"), "", "", "", "", "", "", "", ""});
    for (int p = 0; p < kPlatformCount; ++p)
        if (projection.by_platform[static_cast<std::size_t>(p)].cost() > 0 || projection.by_platform[static_cast<std::size_t>(p)].views > 0)
            groups.push_back(outcome_row(std::string(platform_label(static_cast<Platform>(p))),
                                         projection.by_platform[static_cast<std::size_t>(p)], cur));
    out += render(groups, 1, false) + "\n";

    Table head;
    if (report.ranges) {
        // P95 and P99 after the range: the upper tail, where one post the recommendations pick up lands.
        head.push_back({tr("Headline"), tr("Median plan"), "P10", "P50", "P90", "P95", "P99"});
        for (int i = 0; i < kHeadlineCount; ++i) {
            const auto h = static_cast<Headline>(i);
            const Band& b = (*report.ranges)[h];
            head.push_back({tr(std::string(headline_label(h)).c_str()), show(h, median_value(h, projection), cur),
                            show(h, b.p10, cur), show(h, b.p50, cur), show(h, b.p90, cur), show(h, b.p95, cur),
                            show(h, b.p99, cur)});
        }
    } else {
        head.push_back({tr("Headline"), tr("Median plan")});
        for (int i = 0; i < kHeadlineCount; ++i) {
            const auto h = static_cast<Headline>(i);
            head.push_back({tr(std::string(headline_label(h)).c_str()), show(h, median_value(h, projection), cur)});
        }
    }
    out += render(head, 1, false);
    const Outcome& t = projection.total;
    const Ratios& r = projection.ratios;
    out += trf("CPV %s · CPE %s · CPC %s · CPA %s · cost per 1,000 reached %s · frequency %s",
               {money_or_dash(r.cpv, t.views > 0, cur), money_or_dash(r.cpe, t.engagements > 0, cur),
                money_or_dash(r.cpc, t.clicks > 0, cur), money_or_dash(r.cpa, t.conversions > 0, cur),
                money_or_dash(r.cost_per_reach, t.reach > 0, cur), ratio(r.frequency)}) +
           "\n";
    out += trf("Cost: fees %s, product %s, usage rights %s, affiliate commission %s, amplification %s",
               {format_money(t.fees, cur), format_money(t.product_value, cur), format_money(t.usage_rights, cur),
                format_money(t.commission, cur), format_money(t.amplification, cur)}) +
           "\n";
    out += trf("EMV method: %s. EMV/cost %s is media equivalence, not return.",
               {tr(std::string(kEmvMethod).c_str()), ratio(r.emv_ratio)}) +
           "\n";
    if (report.ranges)
        out += trf("Ranges: %s Monte-Carlo draws, seed %s. Chance ROI > 0: %s; chance ROAS > 1: %s.",
                   {whole(static_cast<std::size_t>(report.ranges->draws)), std::to_string(report.ranges->seed),
                    format_percent(report.ranges->probability_roi_positive),
                    format_percent(report.ranges->probability_roas_above_one)}) +
               "\n";
    if (plan.campaign.average_order_value_cents == 0)
        out += std::string(tr("No average order value is set, so revenue, ROAS and ROI are zero.")) + "\n";
    if (t.reach > 0 && t.profiled_reach < t.reach && targets_anyone_specific(plan.campaign.target))
        out += trf("On-target reach covers creators with an audience profile: %s of reach.",
                   {format_percent(t.profiled_reach / t.reach)}) +
               "\n";
    if (const auto budget = present::budget_note(projection, cur)) out += present::render(budget->message) + "\n";
    const BaselineChannel& b = projection.baseline;
    const std::string platform(platform_label(b.platform));
    out += "\n" +
           (b.reach_known
                ? trf("The same %s in %s paid social: %s impressions, %s people reached, %s clicks, %s conversions, ROAS %s.",
                      {format_money(b.spend, cur), platform, format_count(b.impressions), format_count(b.reach),
                       format_count(b.clicks), format_count(b.conversions), ratio(b.roas)})
                : trf("The same %s in %s paid social: %s impressions, %s clicks, %s conversions, ROAS %s.",
                      {format_money(b.spend, cur), platform, format_count(b.impressions), format_count(b.clicks),
                       format_count(b.conversions), ratio(b.roas)})) +
           "\n";

    if (!report.sensitivity.by_roi.empty()) {
        Table sens = {{tr("What moves ROI most"), tr("Range"), tr("ROI at low"), tr("ROI at high"), tr("Reach at low"),
                       tr("Reach at high")}};
        const auto& specs = assumption_catalogue();
        for (std::size_t i = 0; i < report.sensitivity.by_roi.size() && i < 8; ++i) {
            const SensitivityEntry& e = report.sensitivity.by_roi[i];
            const AssumptionSpec& s = specs[e.assumption];
            char range[64];
            if (s.unit == Unit::Share) std::snprintf(range, sizeof range, "%g%%-%g%%", e.low_value * 100, e.high_value * 100);
            else std::snprintf(range, sizeof range, "%g-%g", e.low_value, e.high_value);
            // "0,8 à 3 %" in French: a hyphen reads as a minus next to a decimal comma.
            const std::string shown =
                !french() ? std::string(range)
                : s.unit == Unit::Share
                    ? trf("%s to %s", {plain_number(e.low_value * 100), plain_number(e.high_value * 100)}) + "\u202F%"
                    : trf("%s to %s", {plain_number(e.low_value), plain_number(e.high_value)});
            sens.push_back({present::assumption_label(s), shown, format_percent(e.roi_at_low), format_percent(e.roi_at_high),
                            format_count(e.reach_at_low), format_count(e.reach_at_high)});
        }
        out += "\n" + render(sens, 1, false);
    }
    return out;
}

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void text(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void write_outcome(Writer& w, const Outcome& o) {
    const Ratios r = ratios_of(o);
    w.StartObject();
    const std::pair<const char*, double> fields[] = {
        {"cost", o.cost()}, {"fees", o.fees}, {"product_value", o.product_value}, {"usage_rights", o.usage_rights},
        {"commission", o.commission}, {"amplification", o.amplification}, {"impressions", o.impressions},
        {"views", o.views}, {"watch_seconds", o.watch_seconds}, {"reach", o.reach},
        {"follower_reach", o.follower_reach}, {"recommended_reach", o.recommended_reach},
        {"amplified_reach", o.amplified_reach}, {"on_target_reach", o.on_target_reach},
        {"profiled_reach", o.profiled_reach}, {"effective_reach", o.effective_reach},
        {"engagements", o.engagements}, {"likes", o.likes}, {"comments", o.comments}, {"shares", o.shares},
        {"saves", o.saves}, {"clicks", o.clicks}, {"conversions", o.conversions}, {"revenue", o.revenue},
        {"gross_profit", o.gross_profit}, {"emv", o.emv}, {"cpm", r.cpm}, {"cpv", r.cpv}, {"cpe", r.cpe},
        {"cpc", r.cpc}, {"cpa", r.cpa}, {"cost_per_thousand_reached", r.cost_per_reach},
        {"frequency", r.frequency}, {"engagement_rate_per_view", r.engagement_rate}, {"roas", r.roas},
        {"roi", r.roi}, {"emv_to_cost", r.emv_ratio}};
    for (const auto& [key, value] : fields) {
        w.Key(key);
        w.Double(value);
    }
    w.EndObject();
}

}  // namespace

std::string projection_json(const Report& report) {
    const Plan& plan = report.plan;
    const Projection& projection = report.projection;
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.SetIndent(' ', 2);
    w.StartObject();
    w.Key("plan");
    text(w, plan.name);
    w.Key("scenario");
    text(w, plan.scenario);
    w.Key("currency");
    text(w, plan.campaign.currency);
    w.Key("emv_method");
    text(w, kEmvMethod);
    w.Key("creators");
    w.StartArray();
    for (std::size_t i = 0; i < plan.creators.size(); ++i) {
        const Creator& c = plan.creators[i];
        const CreatorProjection& p = projection.creators[i];
        w.StartObject();
        w.Key("id"); w.Uint(c.id);
        w.Key("name"); text(w, c.name);
        w.Key("platform"); text(w, platform_key(c.platform));
        w.Key("tier"); text(w, tier_key(p.tier));
        w.Key("views_per_follower"); w.Double(p.reference_rate);
        w.Key("measured"); w.Bool(p.measured);
        w.Key("on_target_known"); w.Bool(p.on_target_known);
        w.Key("outcome"); write_outcome(w, p.outcome);
        w.EndObject();
    }
    w.EndArray();
    w.Key("by_tier");
    w.StartObject();
    for (int t = 0; t < kTierCount; ++t) {
        w.Key(std::string(tier_key(static_cast<Tier>(t))).c_str());
        write_outcome(w, projection.by_tier[static_cast<std::size_t>(t)]);
    }
    w.EndObject();
    w.Key("by_platform");
    w.StartObject();
    for (int p = 0; p < kPlatformCount; ++p) {
        w.Key(std::string(platform_key(static_cast<Platform>(p))).c_str());
        write_outcome(w, projection.by_platform[static_cast<std::size_t>(p)]);
    }
    w.EndObject();
    w.Key("total");
    write_outcome(w, projection.total);
    w.Key("followers"); w.Int64(projection.followers);
    w.Key("budget_cap"); w.Double(projection.budget_cap);
    w.Key("budget_left"); w.Double(projection.budget_left);
    const BaselineChannel& b = projection.baseline;
    w.Key("baseline");
    w.StartObject();
    w.Key("platform"); text(w, platform_key(b.platform));
    w.Key("spend"); w.Double(b.spend);
    w.Key("impressions"); w.Double(b.impressions);
    w.Key("reach"); if (b.reach_known) w.Double(b.reach); else w.Null();
    w.Key("clicks"); w.Double(b.clicks);
    w.Key("conversions"); w.Double(b.conversions);
    w.Key("revenue"); w.Double(b.revenue);
    w.Key("roas"); w.Double(b.roas);
    w.Key("roi"); w.Double(b.roi);
    w.EndObject();
    w.Key("ranges");
    if (report.ranges) {
        const SimulationResult& r = *report.ranges;
        w.StartObject();
        w.Key("draws"); w.Int(r.draws);
        w.Key("seed"); w.Uint64(r.seed);
        w.Key("probability_roi_positive"); w.Double(r.probability_roi_positive);
        w.Key("probability_roas_above_one"); w.Double(r.probability_roas_above_one);
        for (int i = 0; i < kHeadlineCount; ++i) {
            const Band& band = r.bands[static_cast<std::size_t>(i)];
            w.Key(std::string(headline_key(static_cast<Headline>(i))).c_str());
            w.StartObject();
            w.Key("p10"); w.Double(band.p10);
            w.Key("p50"); w.Double(band.p50);
            w.Key("p90"); w.Double(band.p90);
            w.Key("p95"); w.Double(band.p95);
            w.Key("p99"); w.Double(band.p99);
            w.Key("mean"); w.Double(band.mean);
            w.EndObject();
        }
        w.EndObject();
    } else {
        w.Null();
    }
    w.Key("sensitivity");
    w.StartArray();
    const auto& specs = assumption_catalogue();
    for (const SensitivityEntry& e : report.sensitivity.by_roi) {
        w.StartObject();
        w.Key("assumption"); text(w, specs[e.assumption].key);
        w.Key("low"); w.Double(e.low_value);
        w.Key("high"); w.Double(e.high_value);
        w.Key("roi_at_low"); w.Double(e.roi_at_low);
        w.Key("roi_at_high"); w.Double(e.roi_at_high);
        w.Key("reach_at_low"); w.Double(e.reach_at_low);
        w.Key("reach_at_high"); w.Double(e.reach_at_high);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

std::string assumptions_markdown() {
    const auto value = [](const AssumptionSpec& s, double v) {
        if (french()) {
            switch (s.unit) {
                case Unit::Share: return plain_number(v * 100) + "\u202F%";
                case Unit::Multiplier: return "x " + plain_number(v);
                case Unit::Seconds: return plain_number(v) + "\u202Fs";
                case Unit::Money:
                case Unit::Number: break;
            }
            return plain_number(v);
        }
        char buf[48];
        switch (s.unit) {
            case Unit::Share: std::snprintf(buf, sizeof buf, "%g%%", v * 100); break;
            case Unit::Multiplier: std::snprintf(buf, sizeof buf, "x %g", v); break;
            case Unit::Seconds: std::snprintf(buf, sizeof buf, "%g s", v); break;
            case Unit::Money: std::snprintf(buf, sizeof buf, "%g", v); break;
            case Unit::Number: std::snprintf(buf, sizeof buf, "%g", v); break;
        }
        return std::string(buf);
    };
    std::string out = "# " + std::string(tr("Roster's assumptions")) + "\n\n" + tr(
        "Generated by `roster assumptions` (a test keeps this file equal to its output). Every value\n"
        "can be changed in a plan; \"estimate\" marks values no source gives directly. Money defaults\n"
        "are in US dollars, as their sources quote them; a plan in another currency reads them converted\n"
        "at the dated rates of the last table, or in dollars where it has no rate; the values a planner\n"
        "types are in the plan's currency. Sources, by key: docs/SOURCES.md.\n");
    int group = -1;
    for (const AssumptionSpec& s : assumption_catalogue()) {
        if (!s.shown) continue;
        if (static_cast<int>(s.group) != group) {
            group = static_cast<int>(s.group);
            out += "\n## " + std::string(present::tr(std::string(group_label(s.group)).c_str())) + "\n\n" +
                   tr("| key | what | default | range | source |") + "\n|---|---|---|---|---|\n";
        }
        out += "| `" + s.key + "` | " + present::assumption_label(s) + " | " + value(s, s.value) + " | " +
               trf("%s to %s", {value(s, s.low), value(s, s.high)}) + " | " + tr(std::string(s.source).c_str()) +
               (s.estimate ? " (" + std::string(tr("estimate")) + ")" : "") + " |\n";
    }
    // The rates the money defaults are converted at (engine/currency.h).
    out += "\n## " + std::string(tr("Exchange rates")) + "\n\n" +
           trf("ECB euro foreign exchange reference rates of %s [S90]. A plan in a currency not listed here\n"
               "keeps the money defaults in US dollars, and says so.\n",
               {std::string(kRatesDate)}) +
           "\n" + tr("| currency | 1 EUR = | 1 USD = |") + "\n|---|---|---|\n";
    for (std::size_t i = 0; i < euro_rate_count(); ++i) {
        const EuroRate& r = euro_rates()[i];
        char per_euro[32], per_dollar[32];
        std::snprintf(per_euro, sizeof per_euro, "%.7g", r.per_euro);
        std::snprintf(per_dollar, sizeof per_dollar, "%.6g", shown_rate(*exchange_rate("USD", r.code)));
        out += "| " + std::string(r.code) + " | " + per_euro + " | " + per_dollar + " |\n";
    }
    return out;
}

}  // namespace roster::cli
