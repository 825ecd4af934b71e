#include "results_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "charts.h"
#include "fonts.h"
#include "engine/vocabulary.h"
#include "present/chart_data.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/translation.h"
#include "theme.h"
#include "widgets.h"

namespace roster::ui {
using namespace roster::present;
namespace {

using Text = std::function<std::string(double)>;

// One headline: the median projection's value and, once draws have run, its P10-P90 range.
void headline(ViewContext& ctx, const char* label, double value, std::optional<Headline> band, const Text& text,
              const char* explanation, const char* landmark = nullptr) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", explanation);
    ImGui::TableNextColumn();
    right_aligned_text(text(value));
    if (landmark) ctx.mark(landmark);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", explanation);
    ImGui::TableNextColumn();
    const present::Analysis* analysis = ctx.live.analysis();
    const auto& ranges = analysis ? analysis->ranges() : std::nullopt;
    // No range where the figure does not vary (the fees of paid creators are what they are).
    if (band && ranges && (*ranges)[*band].p90 > (*ranges)[*band].p10) {
        const Band& b = (*ranges)[*band];
        std::string range = text(b.p10) + " – " + text(b.p90);
        // A count too wide for a narrow column in full is shortened (1.0M – 2.7M), never cut;
        // the tooltip has it whole.
        if (ImGui::CalcTextSize(range.c_str()).x > ImGui::GetContentRegionAvail().x &&
            text(1'234'567.0) == format_count(1'234'567.0))
            range = format_compact(b.p10) + " – " + format_compact(b.p90);
        ImGui::TextDisabled("%s", range.c_str());
        // The range whole in its tooltip too: a long currency can run past a narrow column.
        if (ImGui::IsItemHovered()) {
            // The upper tail there too: one reel the recommendations pick up lands beyond P90.
            std::string tip = trf("%s – %s: 8 times in 10 the figure lands in this range (10th to 90th percentile "
                                  "of %s simulated campaigns; median %s). Upper tail: 1 time in 20 above %s "
                                  "(P95), 1 in 100 above %s (P99).",
                                  {text(b.p10), text(b.p90), format_count(ranges->draws), text(b.p50), text(b.p95),
                                   text(b.p99)});
            // How far the simulation's own luck could move these figures, rounded up to a tenth
            // of a percent so that ±0.0% is never claimed.
            if (ranges->precision)
                tip += "\n" + render(Message(MessageId::RangePrecision)
                                         .percent("precision", std::max(0.001, std::ceil(*ranges->precision * 1000.0) / 1000.0))
                                         .count("draws", ranges->draws));
            ImGui::SetTooltip("%s", tip.c_str());
        }
    }
}

// One key figure as a tile: its name small, its value large, its P10-P90 range under it. The tiles
// sit side by side and wrap to the next line where the window is narrow.
void key_tile(ViewContext& ctx, bool first, const char* label, const std::string& value, const std::string& range,
              const char* landmark) {
    ImGui::PushFont(large_font());
    const float value_width = ImGui::CalcTextSize(value.c_str()).x;
    ImGui::PopFont();
    const float width = std::max({ImGui::CalcTextSize(label).x, ImGui::CalcTextSize(range.c_str()).x, value_width}) +
                        ImGui::GetFontSize();
    if (!first) same_line_if_fits(width);
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", label);
    ImGui::PushFont(large_font());
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopFont();
    ctx.mark(landmark);
    if (!range.empty()) ImGui::TextDisabled("%s", range.c_str());
    ImGui::EndGroup();
    ImGui::SameLine(0, 0);
    ImGui::Dummy(ImVec2(ImGui::GetFontSize(), 0));
}

// Net reach, cost and ROI first, in large type: in view on a laptop's screen whatever follows.
void draw_key_figures(ViewContext& ctx) {
    const Projection& p = ctx.projection;
    const present::Analysis* analysis = ctx.live.analysis();
    const auto& ranges = analysis ? analysis->ranges() : std::nullopt;
    const auto range = [&](Headline h, const std::function<std::string(double)>& text) {
        if (!ranges || !((*ranges)[h].p90 > (*ranges)[h].p10)) return std::string();
        return text((*ranges)[h].p10) + " – " + text((*ranges)[h].p90);
    };
    const std::string cur = ctx.plan.campaign.currency;
    const auto count = [](double v) { return format_count(v); };
    const auto money = [cur](double v) { return format_money(v, cur); };
    const auto percent = [](double v) { return format_percent(v); };
    key_tile(ctx, true, tr("Net reach"), count(p.total.reach), range(Headline::Reach, count), "result-reach-tile");
    key_tile(ctx, false, tr("Cost"), money(p.total.cost()), range(Headline::Cost, money), "result-cost-tile");
    if (ctx.plan.campaign.average_order_value_cents > 0)
        key_tile(ctx, false, tr("ROI"), percent(p.ratios.roi), range(Headline::Roi, percent), "result-roi-tile");
    ImGui::NewLine();
}

void draw_summary(ViewContext& ctx) {
    const Projection& p = ctx.projection;
    const present::Analysis* analysis = ctx.live.analysis();
    const Outcome& t = p.total;
    const Ratios& r = p.ratios;
    const std::string cur = ctx.plan.campaign.currency;
    const Text count = [](double v) { return format_count(v); };
    const Text money = [cur](double v) { return format_money(v, cur); };
    const Text percent = [](double v) { return format_percent(v); };
    const Text ratio = [](double v) { return format_ratio(v); };
    const Text hours = [](double v) { return format_hours(v); };

    if (p.net_reach_pending) {
        // A large roster's overlap takes a few frames; the figures meanwhile use the last overlap.
        ImGui::ProgressBar(static_cast<float>(ctx.live.projection_progress()), ImVec2(-FLT_MIN, 0),
                           tr("Removing audience overlap…"));
        ctx.mark("projection-progress");
    } else if (analysis && analysis->running()) {
        const float progress = static_cast<float>(analysis->ranges_final() ? analysis->sensitivity_progress()
                                                                            : analysis->simulation_progress());
        ImGui::ProgressBar(progress, ImVec2(-FLT_MIN, 0),
                           analysis->ranges_final() ? tr("Ranking the assumptions…") : tr("Simulating campaigns for the ranges…"));
    }
    draw_key_figures(ctx);
    budget_text(p, ctx.plan.campaign.currency);
    ctx.mark("result-budget");
    if (ctx.plan.campaign.average_order_value_cents <= 0) {
        // The ROI tile without an order value: what is missing, and a click puts the cursor in the
        // campaign strip's field above.
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.0f, 0.35f, 0.70f, 1.0f));
        const std::string roi_needs = tr("ROI needs an average order value — enter it here");
        if (ImGui::Selectable(roi_needs.c_str())) ctx.state.focus_order_value = true;
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Puts the cursor in the order value field above the results."));
        ctx.mark("result-roi-needs-order-value");
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    // Audience figures, then engagement and money: one table in a narrow window, two side by side
    // where there is room, so that ROI stays in view on a wide screen.
    const bool two_columns = ImGui::GetContentRegionAvail().x >= ImGui::GetFontSize() * 40;
    const auto begin_figures = [&](const char* id) {
        if (!ImGui::BeginTable(id, 3, flags)) return false;
        // The labels' column as wide as its longest label, so that none is cut (issue 26).
        const float labels = ImGui::CalcTextSize(tr("Response-weighted reach")).x + ImGui::GetFontSize();
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, labels);
        const float medians = std::max(ImGui::CalcTextSize(tr("At median rates")).x, ImGui::CalcTextSize("88,888,888").x) +
                              ImGui::GetFontSize();
        ImGui::TableSetupColumn(tr("At median rates"), ImGuiTableColumnFlags_WidthFixed, medians);
        ImGui::TableSetupColumn(tr("Likely (P10 – P90)"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableHeadersRow();
        return true;
    };
    if (two_columns) {
        if (!ImGui::BeginTable("headline-columns", 2, ImGuiTableFlags_SizingStretchSame)) return;
        ImGui::TableNextColumn();
    }
    if (!begin_figures("headline")) {
        if (two_columns) ImGui::EndTable();
        return;
    }
    headline(ctx, tr("Net reach"), t.reach, Headline::Reach, count,
             tr("Distinct people reached at least once, after audience overlap: someone who follows several creators counts "
             "once. Stated overlaps are used where the plan has them, estimates elsewhere."),
             "result-reach");
    headline(ctx, tr("  added up (gross)"), p.gross_reach, std::nullopt, count,
             tr("Each creator's reach added up: people who follow several creators are counted once per creator."));
    headline(ctx, tr("  followers added up"), static_cast<double>(p.followers), std::nullopt, count,
             tr("Follower counts added together: what other tools call reach, shown for comparison."));
    if (t.profiled_reach > 0)
        headline(ctx, tr("On-target reach"), t.on_target_reach, Headline::OnTargetReach, count,
                 tr("The part of the net reach inside the campaign's target audience, from the creators' audience profiles."));
    // Two different figures that both go by "effective reach" in the trade: a head count at a
    // threshold, and a weighting by the response curve. Each named for what it is.
    headline(ctx, trf("Reached %s+ times", {std::to_string(p.audience.effective_k)}).c_str(), p.audience.effective_reach,
             std::nullopt, count,
             tr("A head count: people who see the plan's posts at least this many times (assumption "
                "overlap.effective_frequency). Not the response-weighted effective reach below."));
    headline(ctx, tr("Response-weighted reach"), t.effective_reach, Headline::EffectiveReach, count,
             tr("The \"effective reach\" of media planning: net reach weighted by how much each person responds to the number of times they see the plan: someone "
                "who sees it once counts for less than one person, someone who sees it often for at most one (Hill "
                "response curve, docs/MODEL.md §6). Not a head count: compare with \"Reached k+ times\" above."));
    headline(ctx, tr("Frequency"), r.frequency, std::nullopt, ratio, tr("Impressions per person reached (net of overlap)."));
    headline(ctx, tr("Impressions"), t.impressions, Headline::Impressions, count, tr("Every time a post is seen, repeat views included."));
    headline(ctx, tr("Views"), t.views, Headline::Views, count, tr("Views of every post, from followers and from recommendations: the plan's median, above its creators' medians added up when posts are heavy-tailed (docs/MODEL.md §7)."));
    headline(ctx, tr("Watch time"), t.watch_seconds, Headline::WatchSeconds, hours, tr("Views times the watch time per view of each format."));
    if (two_columns) {
        ImGui::EndTable();
        ImGui::TableNextColumn();
        if (!begin_figures("headline-money")) {
            ImGui::EndTable();
            return;
        }
    }
    headline(ctx, tr("Engagements"), t.engagements, Headline::Engagements, count, tr("Likes, comments, shares and saves."),
             "result-engagements");
    headline(ctx, tr("  likes"), t.likes, Headline::Likes, count, tr("Part of engagements; fewer where like counts are hidden."),
             "result-likes");
    headline(ctx, tr("Clicks"), t.clicks, Headline::Clicks, count, tr("Views times click-through for each format."));
    headline(ctx, tr("Conversions"), t.conversions, Headline::Conversions, count, tr("Clicks times the conversion rate."));
    headline(ctx, tr("Cost"), t.cost(), Headline::Cost, money,
             tr("Fees, product, usage rights, affiliate commission and paid amplification. Earned creators' costs count at "
             "their chance of posting in the ranges."), "result-cost");
    headline(ctx, tr("EMV"), t.emv, Headline::Emv, money, tr("Earned media value: impressions at the paid-social CPM. Not a return."));
    headline(ctx, tr("CPM"), r.cpm, Headline::Cpm, money, tr("Cost per thousand impressions."));
    headline(ctx, tr("Cost per 1,000 reached"), r.cost_per_reach, std::nullopt, money, tr("Cost per thousand distinct people reached."));
    if (ctx.plan.campaign.average_order_value_cents > 0) {
        headline(ctx, tr("Revenue"), t.revenue, Headline::Revenue, money, tr("Conversions times the average order value."));
        headline(ctx, tr("ROAS"), r.roas, Headline::Roas, ratio, tr("Revenue divided by cost."));
        headline(ctx, tr("ROI"), r.roi, Headline::Roi, percent, "(Gross profit - cost) / cost.", "result-roi");
        const auto& ranges = analysis ? analysis->ranges() : std::nullopt;
        if (ranges) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr("Chance ROI > 0"));
            ImGui::TableNextColumn();
            right_aligned_text(format_percent(ranges->probability_roi_positive));
            ctx.mark("result-roi-chance");
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip(tr("Share of %d simulated campaigns whose gross profit exceeds their cost."), ranges->draws);
        }
    } else {
        // No order value, no revenue (the line above the table takes the planner to the field).
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", tr("Revenue, ROI, ROAS"));
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", tr("need an order value"));
    }
    const BaselineChannel& b = p.baseline;
    if (b.spend > 0) {
        headline(ctx, trf("Same money in %s ads", {std::string(platform_label(b.platform))}).c_str(), b.impressions,
                 std::nullopt, [](double v) { return format_count(v) + " impr."; },
                 tr("What the plan's cost buys as paid social on the baseline platform at its CPM (docs/MODEL.md §6)."));
    }
    ImGui::EndTable();
    if (two_columns) ImGui::EndTable();
    ImGui::TextWrapped("%s", tr("The first column applies every rate at its median. The range comes from simulated campaigns "
                       "in which views vary by creator, campaign and post: a few posts that take off lift the sum, so "
                       "the range can sit above the first column."));
}

// Per-creator results: what each costs, brings and adds, sortable.
void draw_creator_results(ViewContext& ctx) {
    const std::string cur = ctx.plan.campaign.currency;
    // Columns as wide as their headers and figures in the display language, the names frozen
    // while a narrow window scrolls sideways.
    const char* money_sample = "1 234 567 \xE2\x82\xAC";
    const std::vector<float> widths = {
        std::max(column_width(tr("Creator"), ""), ImGui::GetFontSize() * 9), column_width(tr("Cost"), money_sample),
        column_width(tr("Reach"), "28,664,060"), column_width(tr("Adds"), "28,664,060"),
        column_width(tr("Per 1,000 reached"), money_sample), column_width(tr("Engagements"), "28,664,060"),
        column_width(tr("Conversions"), "286,640")};
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("creator-results", 7, flags, ImVec2(0.0f, 0.0f), table_inner_width(widths))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    const ImGuiTableColumnFlags figure = ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_PreferSortDescending;
    ImGui::TableSetupColumn(tr("Creator"), ImGuiTableColumnFlags_WidthStretch, widths[0], static_cast<ImGuiID>(RosterColumn::Name));
    ImGui::TableSetupColumn(tr("Cost"), figure, widths[1], static_cast<ImGuiID>(RosterColumn::Cost));
    ImGui::TableSetupColumn(tr("Reach"), figure, widths[2], static_cast<ImGuiID>(RosterColumn::Reach));
    ImGui::TableSetupColumn(tr("Adds"), figure, widths[3], static_cast<ImGuiID>(RosterColumn::Incremental));
    ImGui::TableSetupColumn(tr("Per 1,000 reached"), ImGuiTableColumnFlags_WidthStretch, widths[4],
                            static_cast<ImGuiID>(RosterColumn::CostPerReached));
    ImGui::TableSetupColumn(tr("Engagements"), figure, widths[5], static_cast<ImGuiID>(RosterColumn::Engagements));
    ImGui::TableSetupColumn(tr("Conversions"), figure, widths[6], static_cast<ImGuiID>(RosterColumn::Conversions));
    ImGui::TableHeadersRow();
    std::vector<RosterSort>& sort = ctx.state.results_sort;
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        sort.clear();
        for (int i = 0; i < specs->SpecsCount; ++i)
            sort.push_back({static_cast<RosterColumn>(specs->Specs[i].ColumnUserID),
                            specs->Specs[i].SortDirection == ImGuiSortDirection_Descending});
        specs->SpecsDirty = false;
    }
    const std::vector<std::size_t> rows = roster_rows(ctx.plan, ctx.projection, {}, sort);
    const auto& incremental = ctx.projection.audience.incremental;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const std::size_t i = rows[static_cast<std::size_t>(r)];
            const Outcome& o = ctx.projection.creators[i].outcome;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(ctx.plan.creators[i].name.c_str());
            ImGui::TableNextColumn();
            right_aligned_text(format_money(o.cost(), cur));
            ImGui::TableNextColumn();
            right_aligned_text(format_count(o.reach));
            ImGui::TableNextColumn();
            right_aligned_text(i < incremental.size() ? format_count(incremental[i]) : "—");
            ImGui::TableNextColumn();
            right_aligned_text(o.reach > 0 ? format_money(1000.0 * o.cost() / o.reach, cur) : "—");
            ImGui::TableNextColumn();
            right_aligned_text(format_count(o.engagements));
            ImGui::TableNextColumn();
            right_aligned_text(format_count(o.conversions));
        }
    ImGui::EndTable();
    ctx.mark("creator-results");
    ctx.copyable(present::ExportTable::Creators);
}

void section(const char* title) {
    ImGui::Spacing();
    ImGui::TextUnformatted(title);
    ImGui::Separator();
}

void draw_charts(ViewContext& ctx) {
    const Projection& p = ctx.projection;
    const present::Analysis* analysis = ctx.live.analysis();
    const std::string cur = ctx.plan.campaign.currency;
    const Text money = [cur](double v) { return format_money(v, cur); };

    section(tr("Budget by tier"));
    split_bar("budget-tier", budget_by_tier(p), [](int i) { return tier_color(static_cast<Tier>(i)); }, money);
    section(tr("Budget by platform"));
    split_bar("budget-platform", budget_by_platform(p), [](int i) { return platform_color(static_cast<Platform>(i)); }, money);

    section(tr("Reach as creators are added"));
    const NetReach& a = ctx.live.reach_curves();
    if (!a.buildup_roster.empty()) {
        std::vector<Series> series(3);
        series[0] = {tr("Added up (gross)"), {}, series_color(6), true};
        series[1] = {tr("Net, roster order"), {}, series_color(0), false};
        series[2] = {tr("Net, best first"), {}, series_color(2), false};
        series[0].points.push_back({0, 0});
        series[1].points.push_back({0, 0});
        series[2].points.push_back({0, 0});
        for (const CurvePoint& c : a.buildup_roster) {
            series[0].points.push_back({static_cast<double>(c.creators), c.gross});
            series[1].points.push_back({static_cast<double>(c.creators), c.net});
        }
        for (const CurvePoint& c : a.buildup_best) series[2].points.push_back({static_cast<double>(c.creators), c.net});
        line_chart("buildup", series, 0.0, static_cast<double>(ctx.plan.creators.size()),
                   [](double v) { return format_compact(v); },
                   [](double v) { return present::render(Message(MessageId::CreatorsCount).count("n", std::round(v))); });
        ctx.copyable(present::ExportTable::Buildup);
        legend(series);
    } else {
        ImGui::TextDisabled("%s", tr("No build-up curve for this plan."));
    }

    section(tr("How often people see the plan"));
    {
        std::vector<double> values(a.frequency.begin(), a.frequency.end());
        std::vector<std::string> labels;
        for (int k = 1; k <= kFrequencyBins; ++k) labels.push_back(k == kFrequencyBins ? "10+" : std::to_string(k));
        bar_chart("frequency", values, labels, series_color(0), [&](std::size_t k) {
            const double share = a.net_reach > 0 ? values[k] / a.net_reach : 0.0;
            const bool or_more = k + 1 == static_cast<std::size_t>(kFrequencyBins);
            return present::render(Message(or_more ? MessageId::PeopleReachedTimesOrMore : MessageId::PeopleReachedTimes)
                                       .count("people", std::round(values[k]))
                                       .count("times", static_cast<double>(k + 1))
                                       .percent("share", share));
        }, [](double v) { return format_compact(v); });
        ctx.mark("frequency-chart");
        ctx.copyable(present::ExportTable::Frequency);  // the chart's own rectangle, before its caption
        ImGui::TextDisabled("%s", tr("Across: times a person sees the plan's posts. Up: people."));
    }

    const bool revenue = ctx.plan.campaign.average_order_value_cents > 0;
    section(revenue ? tr("ROI over simulated campaigns") : tr("Net reach over simulated campaigns"));
    if (analysis && analysis->simulation() && analysis->ranges()) {
        const Headline h = revenue ? Headline::Roi : Headline::Reach;
        const Histogram& hist = analysis->distribution(h, 30);
        const Band& band = (*analysis->ranges())[h];
        const Text text = revenue ? Text([](double v) { return format_percent(v); }) : Text([](double v) { return format_compact(v); });
        std::vector<Marker> markers{{band.p10, "P10", series_color(5)}, {band.p50, "P50", series_color(6)}, {band.p90, "P90", series_color(5)}};
        if (revenue) markers.push_back({0.0, "break-even", IM_COL32(200, 40, 40, 255)});
        histogram_chart("distribution", hist, markers, text, revenue ? series_color(2) : series_color(0));
        ImGui::TextDisabled("%s", revenue ? tr("Across: the ROI of each simulated campaign. Up: share of the simulated campaigns.")
                                          : tr("Across: the net reach of each simulated campaign, in people. Up: share of the "
                                               "simulated campaigns."));
    } else {
        ImGui::TextDisabled("%s", tr("Simulating…"));
    }

    section(tr("Audience overlap (share of the row's followers who follow the column)"));
    if (!ctx.plan.creators.empty()) {
        const OverlapMatrix& m = ctx.live.overlap();
        const std::vector<std::size_t> shown = heatmap_creators(p, 30);
        if (m.n == ctx.plan.creators.size()) {
            if (shown.size() < ctx.plan.creators.size())
                ImGui::TextDisabled(tr("The %d creators with most reach."), static_cast<int>(shown.size()));
            heatmap(
                "overlap", shown.size(),
                [&](std::size_t i, std::size_t j) {
                    const double f = m.at(shown[i], shown[i]);
                    return f > 0 ? m.at(shown[i], shown[j]) / f : 0.0;
                },
                [&](std::size_t i, std::size_t j) {
                    const Creator& a1 = ctx.plan.creators[shown[i]];
                    const Creator& b1 = ctx.plan.creators[shown[j]];
                    const double shared = m.at(shown[i], shown[j]);
                    const double fa = m.at(shown[i], shown[i]), fb = m.at(shown[j], shown[j]);
                    return a1.name + " and " + b1.name + " share " + format_count(shared) + " followers\n" +
                           format_percent(fa > 0 ? shared / fa : 0) + " of " + a1.name + "'s, " +
                           format_percent(fb > 0 ? shared / fb : 0) + " of " + b1.name + "'s\n" +
                           (m.is_stated(shown[i], shown[j]) ? "stated in the plan" : "estimated by Roster");
                },
                [&](std::size_t i) { return ctx.plan.creators[shown[i]].name; });
        }
    }

    const bool by_roi = revenue;
    section(by_roi ? tr("What moves ROI most (each assumption over its plausible range)")
                   : tr("What moves net reach most (each assumption over its plausible range)"));
    if (const Sensitivity* s = analysis ? analysis->sensitivity() : nullptr) {
        const auto& specs = assumption_catalogue();
        std::vector<TornadoBar> bars;
        for (const SensitivityEntry& e : by_roi ? s->by_roi : s->by_reach) {
            if (bars.size() == 10) break;
            const AssumptionSpec& spec = specs[e.assumption];
            bars.push_back({present::assumption_label(spec), format_value(e.low_value, spec.unit, cur), format_value(e.high_value, spec.unit, cur),
                            by_roi ? e.roi_at_low : e.reach_at_low, by_roi ? e.roi_at_high : e.reach_at_high});
        }
        tornado("tornado", bars, by_roi ? s->base_roi : s->base_reach,
                by_roi ? Text([](double v) { return format_percent(v); }) : Text([](double v) { return format_count(v); }));
        ImGui::TextDisabled("%s", tr("Orange: the assumption at the low end of its range; blue: at the high end."));
    } else {
        ImGui::TextDisabled("%s", tr("Ranking the assumptions…"));
    }
}

}  // namespace

void draw_results_view(ViewContext& ctx) {
    if (ctx.plan.creators.empty()) {
        // The first run's three ways in; gone once the plan has a creator.
        ImGui::TextWrapped("%s", tr("Add your first creator in the roster to see what the plan buys: net reach after audience "
                           "overlap, views, engagement, conversions and money, each with its range."));
        ImGui::Spacing();
        ImGui::TextUnformatted(tr("Three ways to start:"));
        ctx.mark("first-run-hint");
        ImGui::BulletText("%s", tr("type a name in the roster's first row, then Enter;"));
        ImGui::BulletText("%s", tr("open an example from the Workshop menu;"));
        ImGui::BulletText("%s", tr("drop a spreadsheet (.csv) of creators on the page, or paste its cells (Ctrl+V)."));
        return;
    }
    if (!ImGui::BeginTabBar("results-tabs")) return;
    const bool summary = ImGui::BeginTabItem(tr("Summary"));
    ctx.mark("tab-summary");
    if (summary) {
        draw_summary(ctx);
        ImGui::EndTabItem();
    }
    const bool charts = ImGui::BeginTabItem(tr("Charts"));
    ctx.mark("tab-charts");
    if (charts) {
        ImGui::BeginChild("charts");
        draw_charts(ctx);
        ImGui::EndChild();
        ImGui::EndTabItem();
    }
    const bool by_creator = ImGui::BeginTabItem(tr("By creator"));
    ctx.mark("tab-by-creator");
    if (by_creator) {
        draw_creator_results(ctx);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace roster::ui
