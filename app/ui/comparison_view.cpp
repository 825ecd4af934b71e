#include "comparison_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "charts.h"
#include "engine/assumptions.h"
#include "engine/scenarios.h"
#include "engine/vocabulary.h"
#include "present/budget.h"
#include "present/chart_data.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/translation.h"
#include "present/scenario_comparison.h"
#include "scenario_bar.h"
#include "theme.h"
#include "widgets.h"

namespace roster::ui {
using namespace roster::present;
namespace {

using Entries = std::vector<std::unique_ptr<ScenarioResults::Entry>>;

void section(const char* title) {
    ImGui::Spacing();
    ImGui::TextUnformatted(title);
    ImGui::Separator();
}

// Which scenarios to compare: a tick per scenario, at most four.
void draw_choice(ViewContext& ctx, const std::vector<std::string>& names, const std::vector<std::size_t>& shown) {
    ScenarioViewState& s = ctx.state.scenarios;
    ImGui::TextUnformatted(tr("Compare"));
    for (std::size_t i = 0; i < names.size(); ++i) {
        ImGui::SameLine();
        bool ticked = std::find(shown.begin(), shown.end(), i) != shown.end();
        const bool full = shown.size() >= kMaxCompared && !ticked;
        ImGui::BeginDisabled(full);
        if (ImGui::Checkbox((label_text(names[i]) + "##compare" + std::to_string(i)).c_str(), &ticked)) {
            // The first change starts from what is shown, so a default choice is kept as seen.
            std::vector<std::string> next;
            for (std::size_t j : shown) next.push_back(names[j]);
            if (ticked) next.push_back(names[i]);
            else next.erase(std::remove(next.begin(), next.end(), names[i]), next.end());
            if (next.size() < 2) ctx.state.message = {Message(MessageId::CompareAtLeastTwo), true};
            else s.compared = next;
        }
        ImGui::EndDisabled();
        ctx.mark("compare-tick-" + std::to_string(i));
        if (full && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", tr("Four scenarios at most side by side: untick one first."));
    }
}

// Assumptions belong to each scenario: the ones that differ between the scenarios compared, with
// each one's value, so that a difference in the figures is not taken for one in the roster alone.
void draw_assumption_differences(const Entries& entries) {
    if (entries.size() < 2) return;
    std::vector<Assumptions> values;
    for (const auto& e : entries) values.push_back(resolve_assumptions(e->plan));
    const auto& specs = assumption_catalogue();
    bool any = false;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        bool differs = false;
        for (std::size_t k = 1; k < values.size(); ++k) differs |= values[k][i] != values[0][i];
        if (!differs) continue;
        if (!any) {
            section(tr("Assumptions differ between these scenarios (each scenario keeps its own)"));
            ImGui::PushTextWrapPos(0.0f);
            any = true;
        }
        std::string line = present::assumption_label(specs[i]) + ":";
        for (std::size_t k = 0; k < entries.size(); ++k)
            line += (k ? "; " : " ") + entries[k]->name + " " +
                    format_value(values[k][i], specs[i].unit, entries[k]->plan.campaign.currency);
        ImGui::BulletText("%s", line.c_str());
    }
    if (any) ImGui::PopTextWrapPos();
    else ImGui::TextDisabled("%s", tr("The scenarios compared share every assumption."));
}

void draw_table(ViewContext& ctx, const Entries& entries, const std::vector<ComparisonRow>& rows) {
    const std::string& cur = ctx.plan.campaign.currency;
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersInnerV;
    if (!ImGui::BeginTable("comparison", static_cast<int>(entries.size()) + 1, flags)) return;
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    for (const auto& e : entries) ImGui::TableSetupColumn(e->name.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const ComparisonRow& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(figure_label(row).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(row.explanation.c_str()));
        for (std::size_t i = 0; i < row.values.size(); ++i) {
            ImGui::TableNextColumn();
            right_aligned_text(format_measure(row.values[i], row.measure, cur));
            if (row.figure == Figure::NetReach) ctx.mark("compare-reach-" + std::to_string(i));
            // Under the value: its change against the reference on the left, its range on the right.
            bool second_line = false;
            if (i < row.change.size() && row.change[i]) {
                const std::string change = format_change(*row.change[i]);
                change_text(change, row.verdict[i]);
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip(tr("Change against “%s”%s"), entries.front()->name.c_str(),
                                      row.verdict[i] > 0   ? ": better"
                                      : row.verdict[i] < 0 ? ": worse"
                                                           : "");
                second_line = true;
            }
            if (row.ranges[i] && row.ranges[i]->p90 > row.ranges[i]->p10) {
                const std::string range = format_measure(row.ranges[i]->p10, row.measure, cur) + " – " +
                                          format_measure(row.ranges[i]->p90, row.measure, cur);
                if (second_line) ImGui::SameLine();
                const float w = ImGui::CalcTextSize(range.c_str()).x;
                ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - w));
                ImGui::TextDisabled("%s", range.c_str());
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Likely: P10 – P90 over simulated campaigns"));
                second_line = true;
            }
            // Every cell has two lines, so rows keep their height while ranges fill in.
            if (!second_line) ImGui::TextUnformatted(" ");
        }
    }
    ImGui::EndTable();
    ctx.copyable(present::ExportTable::Comparison);
}

void draw_charts(ViewContext& ctx, const ScenarioResults& results) {
    const Entries& entries = results.entries();
    const std::string cur = ctx.plan.campaign.currency;
    const auto money = [cur](double v) { return format_money(v, cur); };

    section(tr("Net reach against spend (creators added best first)"));
    {
        std::vector<Series> series;
        double x_max = 0;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const NetReach& curves = results.curves(i);
            const Projection& p = entries[i]->projection;
            Series s{entries[i]->name, {{0, 0}}, series_color(static_cast<int>(i)), false};
            // Curves of large plans are sampled every few creators: the spend adds up every
            // creator up to each point.
            double spent = 0;
            std::size_t counted = 0;
            for (const CurvePoint& c : curves.buildup_best) {
                for (; counted < c.creators && counted < curves.best_order.size(); ++counted)
                    spent += p.creators.at(curves.best_order[counted]).outcome.cost();
                s.points.push_back({spent, c.net});
            }
            x_max = std::max(x_max, spent);
            series.push_back(std::move(s));
        }
        line_chart("compare-buildup", series, 0.0, x_max, [](double v) { return format_compact(v); },
                   [money](double v) { return money(v) + " spent"; });
        ctx.mark("compare-chart-buildup");
        legend(series);
    }

    section(tr("How often people see each scenario"));
    {
        std::vector<std::string> groups;
        for (int k = 1; k <= kFrequencyBins; ++k) groups.push_back(k == kFrequencyBins ? "10+" : std::to_string(k));
        std::vector<BarSeries> series;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const Frequency& f = entries[i]->projection.audience.frequency;
            series.push_back({entries[i]->name, std::vector<double>(f.begin(), f.end()), series_color(static_cast<int>(i))});
        }
        grouped_bar_chart("compare-frequency", groups, series, [&](std::size_t g, std::size_t s) {
            return series[s].name + ": " + format_count(series[s].values[g]) + " people reached " + groups[g] +
                   (g == 0 ? " time" : " times");
        });
        std::vector<Series> keys;
        for (const BarSeries& b : series) keys.push_back({b.name, {}, b.color, false});
        legend(keys);
    }

    section(tr("Budget by tier"));
    {
        std::vector<std::string> groups;
        for (int t = 0; t < kTierCount; ++t) groups.emplace_back(tier_label(static_cast<Tier>(t)));
        std::vector<BarSeries> series;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            BarSeries b{entries[i]->name, {}, series_color(static_cast<int>(i))};
            for (const Outcome& o : entries[i]->projection.by_tier) b.values.push_back(o.cost());
            series.push_back(std::move(b));
        }
        grouped_bar_chart("compare-tiers", groups, series, [&](std::size_t g, std::size_t s) {
            return series[s].name + ": " + money(series[s].values[g]) + " on " + groups[g] + " creators";
        });
    }

    bool revenue = false;
    for (const auto& e : entries) revenue = revenue || e->projection.total.revenue > 0;
    section(revenue ? tr("ROI over simulated campaigns") : tr("Net reach over simulated campaigns"));
    {
        const Headline h = revenue ? Headline::Roi : Headline::Reach;
        const std::vector<Histogram>& hs = results.distributions(h, 30);
        std::vector<Series> series;
        double lo = 0, hi = 0;
        for (std::size_t i = 0; i < hs.size(); ++i) {
            if (hs[i].counts.empty() || hs[i].total == 0) continue;
            lo = hs[i].low;
            hi = hs[i].high;
            Series s{entries[i]->name, {}, series_color(static_cast<int>(i)), false};
            for (std::size_t b = 0; b < hs[i].counts.size(); ++b)
                s.points.push_back({hs[i].low + hs[i].bin_width() * (static_cast<double>(b) + 0.5),
                                    static_cast<double>(hs[i].counts[b]) / hs[i].total});
            series.push_back(std::move(s));
        }
        if (series.empty()) {
            ImGui::TextDisabled("%s", tr("Simulating…"));
        } else {
            const auto x_text = revenue ? std::function<std::string(double)>([](double v) { return "ROI " + format_percent(v); })
                                        : std::function<std::string(double)>([](double v) { return format_compact(v) + " reached"; });
            line_chart("compare-distribution", series, lo, hi, [](double v) { return format_percent(v); }, x_text);
            legend(series);
            ImGui::TextDisabled("%s", tr("Share of simulated campaigns in each band of the range."));
        }
    }
}

}  // namespace

void draw_comparison_view(ViewContext& ctx) {
    const std::vector<std::string> names = scenario_names(ctx.plan);
    if (names.size() < 2) {
        ImGui::TextWrapped(tr("This plan has one scenario, “%s”. Make a copy with “+” in the scenario bar, change what you "
                           "want to test (hide likes, swap creators, add amplification) and compare the two here."),
                           ctx.plan.scenario.c_str());
        if (ImGui::Button(tr("New scenario from this one…"))) start_naming(ctx, ScenarioViewState::Naming::New);
        ctx.mark("compare-new-scenario");
        return;
    }
    const std::vector<std::size_t> shown = compared_positions(names, ctx.state.scenarios.compared);
    draw_choice(ctx, names, shown);
    const ScenarioResults& results = ctx.live.scenarios();
    const Entries& entries = results.entries();
    if (entries.size() < 2) return;
    const bool pending = std::any_of(entries.begin(), entries.end(), [](const auto& e) { return e->run != nullptr; });
    if (pending) {
        // Until then a scenario's net reach carries the open scenario's overlap factor.
        double done = 0;
        for (const auto& e : entries) done += e->run ? e->run->progress() : 1.0;
        ImGui::ProgressBar(static_cast<float>(done / static_cast<double>(entries.size())), ImVec2(-FLT_MIN, 0),
                           tr("Removing audience overlap…"));
    } else if (results.running()) {
        double done = 0;
        for (const auto& e : entries) done += e->analysis.ranges_final() ? 1.0 : e->analysis.simulation_progress();
        ImGui::ProgressBar(static_cast<float>(done / static_cast<double>(entries.size())), ImVec2(-FLT_MIN, 0),
                           tr("Simulating each scenario for its ranges…"));
    }
    ImGui::TextDisabled(tr("Changes are against “%s”, the first scenario ticked; green is better, orange worse."),
                        entries.front()->name.c_str());
    std::vector<ComparedScenario> compared;
    for (const auto& e : entries)
        compared.push_back({e->name, &e->projection, e->analysis.ranges_final() ? &*e->analysis.ranges() : nullptr});
    const std::vector<ComparisonRow> rows = compare_scenarios(compared);
    if (ImGui::BeginTabBar("comparison-tabs")) {
        if (ImGui::BeginTabItem(tr("Figures"))) {
            ImGui::BeginChild("figures");
            draw_table(ctx, entries, rows);
            // Each scenario's cost against its own cap: a proposal over budget is seen at once.
            for (const auto& e : entries) {
                const auto budget = present::budget_note(e->projection, e->plan.campaign.currency);
                if (!budget) continue;
                const std::string text =
                    present::render(Message(MessageId::ScenarioBudget).text("scenario", e->name).nested("budget", budget->message));
                if (budget->over) ImGui::TextColored(ImVec4(0.75f, 0.10f, 0.10f, 1.0f), "%s", text.c_str());
                else ImGui::TextDisabled("%s", text.c_str());
            }
            draw_assumption_differences(entries);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ctx.mark("compare-tab-figures");
        if (ImGui::BeginTabItem(tr("Charts"))) {
            ImGui::BeginChild("charts");
            draw_charts(ctx, results);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ctx.mark("compare-tab-charts");
        ImGui::EndTabBar();
    }
}

}  // namespace roster::ui
