#include "scenario_comparison.h"

#include "translation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

#include "format.h"

namespace roster::present {
namespace {

// Changes smaller than this are noise of rounding, not a difference to point at.
constexpr double kSameWithin = 0.005;

struct RowSpec {
    Figure figure;
    const char* label;
    const char* explanation;
    Measure measure;
    Better better;
    std::function<double(const Projection&)> value;
    std::optional<Headline> band;
};

}  // namespace

std::vector<std::size_t> compared_positions(const std::vector<std::string>& names,
                                            const std::vector<std::string>& ticked) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < names.size() && out.size() < kMaxCompared; ++i)
        if (std::find(ticked.begin(), ticked.end(), names[i]) != ticked.end()) out.push_back(i);
    if (out.size() >= 2) return out;
    out.clear();
    for (std::size_t i = 0; i < names.size() && i < kMaxCompared; ++i) out.push_back(i);
    return out;
}

std::string format_change(double relative) {
    // In the display language's style: "+12.5%", "+12,5 %".
    if (std::fabs(relative) < 0.0005) return format_percent(0.0);
    return (relative > 0 ? "+" : "\u2212") + format_percent(std::fabs(relative));
}

const ComparisonRow* find_row(const std::vector<ComparisonRow>& rows, Figure figure) {
    for (const ComparisonRow& r : rows)
        if (r.figure == figure) return &r;
    return nullptr;
}

std::string figure_label(const ComparisonRow& row) {
    if (row.figure == Figure::ReachedKPlus) return trf("Reached %s+ times", {std::to_string(row.k)});
    return tr(row.label.c_str());
}

std::string format_measure(double value, Measure measure, const std::string& currency) {
    switch (measure) {
        case Measure::Count: return format_count(value);
        case Measure::Money: return format_money(value, currency);
        case Measure::Share: return format_percent(value);
        case Measure::Ratio: return format_ratio(value);
        case Measure::Hours: return format_hours(value);
    }
    return {};
}

std::vector<ComparisonRow> compare_scenarios(const std::vector<ComparedScenario>& scenarios) {
    bool sales = false, profiled = false, all_ranges = !scenarios.empty();
    for (const ComparedScenario& s : scenarios) {
        sales = sales || s.projection->total.revenue > 0.0;
        profiled = profiled || s.projection->total.profiled_reach > 0.0;
        all_ranges = all_ranges && s.ranges;
    }
    std::vector<RowSpec> specs = {
        {Figure::NetReach, "Net reach", "Distinct people reached at least once, after audience overlap.", Measure::Count, Better::Higher,
         [](const Projection& p) { return p.total.reach; }, Headline::Reach},
    };
    if (profiled)
        specs.push_back({Figure::OnTargetReach, "On-target reach", "The part of the net reach inside the campaign's target audience.",
                         Measure::Count, Better::Higher, [](const Projection& p) { return p.total.on_target_reach; },
                         Headline::OnTargetReach});
    const std::vector<RowSpec> rest = {
        {Figure::EffectiveReach, "Effective reach", "Reach weighted by the response to each person's frequency.", Measure::Count,
         Better::Higher, [](const Projection& p) { return p.total.effective_reach; }, Headline::EffectiveReach},
        {Figure::ReachedKPlus, "Reached k+ times", "People who see the plan's posts at least the effective frequency's number of times.",
         Measure::Count, Better::Higher, [](const Projection& p) { return p.audience.effective_reach; }, std::nullopt},
        {Figure::Frequency, "Frequency", "Impressions per person reached: higher is not better in itself.", Measure::Ratio,
         Better::Neither, [](const Projection& p) { return p.ratios.frequency; }, std::nullopt},
        {Figure::Impressions, "Impressions", "Every time a post is seen.", Measure::Count, Better::Higher,
         [](const Projection& p) { return p.total.impressions; }, Headline::Impressions},
        {Figure::Views, "Views", "Views of every post, from followers and from recommendations: the plan's median, above its creators' medians added up when posts are heavy-tailed (docs/MODEL.md §7).", Measure::Count, Better::Higher,
         [](const Projection& p) { return p.total.views; }, Headline::Views},
        {Figure::WatchTime, "Watch time", "Views times the watch time per view of each format.", Measure::Hours, Better::Higher,
         [](const Projection& p) { return p.total.watch_seconds; }, Headline::WatchSeconds},
        {Figure::Engagements, "Engagements", "Likes, comments, shares and saves.", Measure::Count, Better::Higher,
         [](const Projection& p) { return p.total.engagements; }, Headline::Engagements},
        {Figure::Likes, "  likes", "Part of engagements; fewer where like counts are hidden.", Measure::Count, Better::Higher,
         [](const Projection& p) { return p.total.likes; }, Headline::Likes},
        {Figure::Clicks, "Clicks", "Views times click-through for each format.", Measure::Count, Better::Higher,
         [](const Projection& p) { return p.total.clicks; }, Headline::Clicks},
        {Figure::Conversions, "Conversions", "Clicks times the conversion rate.", Measure::Count, Better::Higher,
         [](const Projection& p) { return p.total.conversions; }, Headline::Conversions},
        {Figure::Cost, "Cost", "What the scenario spends: neither better nor worse by itself.", Measure::Money, Better::Neither,
         [](const Projection& p) { return p.total.cost(); }, Headline::Cost},
        {Figure::Emv, "EMV", "Earned media value: impressions at the paid-social CPM. Not a return.", Measure::Money,
         Better::Higher, [](const Projection& p) { return p.total.emv; }, Headline::Emv},
        {Figure::Cpm, "CPM", "Cost per thousand impressions.", Measure::Money, Better::Lower,
         [](const Projection& p) { return p.ratios.cpm; }, Headline::Cpm},
        {Figure::CostPerReach, "Cost per 1,000 reached", "Cost per thousand distinct people reached.", Measure::Money, Better::Lower,
         [](const Projection& p) { return p.ratios.cost_per_reach; }, std::nullopt},
    };
    specs.insert(specs.end(), rest.begin(), rest.end());
    if (sales) {
        specs.push_back({Figure::Revenue, "Revenue", "Conversions times the average order value.", Measure::Money, Better::Higher,
                         [](const Projection& p) { return p.total.revenue; }, Headline::Revenue});
        specs.push_back({Figure::Roas, "ROAS", "Revenue divided by cost.", Measure::Ratio, Better::Higher,
                         [](const Projection& p) { return p.ratios.roas; }, Headline::Roas});
        specs.push_back({Figure::Roi, "ROI", "(Gross profit - cost) / cost.", Measure::Share, Better::Higher,
                         [](const Projection& p) { return p.ratios.roi; }, Headline::Roi});
    }

    std::vector<ComparisonRow> rows;
    for (const RowSpec& spec : specs) {
        ComparisonRow row;
        row.figure = spec.figure;
        row.label = spec.label;
        if (row.figure == Figure::ReachedKPlus && !scenarios.empty()) {
            row.k = scenarios.front().projection->audience.effective_k;
            row.label = "Reached " + std::to_string(row.k) + "+ times";
        }
        row.explanation = spec.explanation;
        row.measure = spec.measure;
        row.better = spec.better;
        for (const ComparedScenario& s : scenarios) {
            row.values.push_back(spec.value(*s.projection));
            row.ranges.push_back(spec.band && s.ranges ? std::optional<Band>((*s.ranges)[*spec.band]) : std::nullopt);
        }
        rows.push_back(std::move(row));
    }
    if (sales && all_ranges) {
        ComparisonRow row;
        row.figure = Figure::ChanceRoiPositive;
        row.label = "Chance ROI > 0";
        row.explanation = "Share of simulated campaigns whose gross profit exceeds their cost.";
        row.measure = Measure::Share;
        for (const ComparedScenario& s : scenarios) {
            row.values.push_back(s.ranges->probability_roi_positive);
            row.ranges.push_back(std::nullopt);
        }
        rows.push_back(std::move(row));
    }
    for (ComparisonRow& row : rows) {
        const double reference = row.values.empty() ? 0.0 : row.values.front();
        for (std::size_t i = 0; i < row.values.size(); ++i) {
            std::optional<double> change;
            int verdict = 0;
            if (i > 0 && reference != 0.0) {
                change = (row.values[i] - reference) / std::fabs(reference);
                const int direction = row.better == Better::Higher ? 1 : row.better == Better::Lower ? -1 : 0;
                if (std::fabs(*change) >= kSameWithin) verdict = (*change > 0 ? 1 : -1) * direction;
            }
            row.change.push_back(change);
            row.verdict.push_back(verdict);
        }
    }
    return rows;
}

}  // namespace roster::present
