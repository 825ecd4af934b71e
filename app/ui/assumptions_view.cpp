#include "assumptions_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "calibration_view.h"
#include "currency_combo.h"
#include "engine/assumptions.h"
#include "engine/currency.h"
#include "engine/text.h"
#include "engine/vocabulary.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/translation.h"
#include "widgets.h"

namespace roster::ui {
using namespace roster::present;
namespace {

// What the planner types for a value of this unit: shares as percentages, the rest as is.
double typed_from_value(double v, Unit u) { return u == Unit::Share ? v * 100.0 : v; }
double value_from_typed(double v, Unit u) { return u == Unit::Share ? v / 100.0 : v; }
const char* typed_format(Unit u) {
    switch (u) {
        case Unit::Share: return "%.3g %%";
        case Unit::Multiplier: return "x %.3g";
        case Unit::Money: return "%.2f";
        case Unit::Seconds: return "%.0f s";
        case Unit::Number: break;
    }
    return "%.4g";
}

bool matches(const AssumptionSpec& spec, const std::string& filter) {
    if (filter.empty()) return true;
    const auto lower = [](std::string s) {
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    const std::string f = lower(filter);
    return lower(spec.label).find(f) != std::string::npos ||
           lower(present::assumption_label(spec)).find(f) != std::string::npos ||
           lower(spec.key).find(f) != std::string::npos ||
           lower(std::string(spec.source)).find(f) != std::string::npos ||
           lower(present::tr(std::string(spec.source).c_str())).find(f) != std::string::npos;
}

void draw_group(ViewContext& ctx, AssumptionGroup group, const Assumptions& values, const std::string& filter) {
    const auto& specs = assumption_catalogue();
    const std::string& cur = ctx.plan.campaign.currency;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("values", 5, flags)) return;
    ImGui::TableSetupColumn(tr("Assumption"), ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn(tr("Value"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("Default"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn(tr("Source"), ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < specs.size(); ++i) {
        // Money defaults, ranges and limits in the plan's currency (engine/currency.h).
        const AssumptionSpec spec = spec_in_currency(specs[i], cur);
        if (spec.group != group || !spec.shown || !matches(spec, filter)) continue;
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(present::assumption_label(spec).c_str());
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s\nPlausible range %s to %s (the sensitivity analysis swings it over this range).",
                              spec.key.c_str(), format_value(spec.low, spec.unit, cur).c_str(),
                              format_value(spec.high, spec.unit, cur).c_str());
        ImGui::TableNextColumn();
        const bool overridden = is_overridden(ctx.plan, i);
        double typed = typed_from_value(values[i], spec.unit);
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (overridden) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(1.0f, 0.93f, 0.75f, 1.0f));
        ImGui::InputDouble("##value", &typed, 0.0, 0.0, typed_format(spec.unit));
        if (overridden) ImGui::PopStyleColor();
        if (ImGui::IsItemDeactivatedAfterEdit())
            ctx.commands.push_back(SetAssumption{spec.key, micros_from_value(value_from_typed(typed, spec.unit))});
        ctx.mark("assumption-" + spec.key);
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", format_value(spec.value, spec.unit, cur).c_str());
        ImGui::TableNextColumn();
        if (spec.estimate) {
            ImGui::TextColored(ImVec4(0.75f, 0.42f, 0.0f, 1.0f), "%s", tr("estimate"));
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", tr("No published source gives this number directly: Roster's engineering estimate, "
                                  "explained in docs/MODEL.md. Replace it with your own figure if you have one."));
            ImGui::SameLine();
        }
        ImGui::TextWrapped("%s", present::tr(std::string(spec.source).c_str()));
        // Where the number came from in money: converted at the dated rate, or left in dollars.
        if (spec.unit == Unit::Money) ImGui::TextDisabled("%s", render(money_defaults(cur).note).c_str());
        ImGui::TableNextColumn();
        if (overridden) {
            if (ImGui::SmallButton(tr("Reset"))) ctx.commands.push_back(SetAssumption{spec.key, std::nullopt});
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip(tr("Back to the sourced default, %s."), format_value(spec.value, spec.unit, cur).c_str());
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    ctx.copyable(present::ExportTable::Assumptions);
}

bool money_setting(const char* label, std::int64_t& cents) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    return money_field(label, cents);
}

bool percent_setting(const char* label, Ppm& ppm) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    return percent_field(label, ppm);
}

void draw_campaign(ViewContext& ctx) {
    Campaign c = ctx.plan.campaign;
    bool commit = false;
    char name[256];
    std::snprintf(name, sizeof name, "%s", ctx.plan.name.c_str());
    // As wide as the window allows: a plan's name is often a long sentence.
    ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 16, ImGui::GetContentRegionAvail().x -
                                                                     ImGui::CalcTextSize(tr("Plan name")).x -
                                                                     ImGui::GetStyle().ItemInnerSpacing.x));
    ImGui::InputText(tr("Plan name"), name, sizeof name);
    if (ImGui::IsItemDeactivatedAfterEdit()) ctx.commands.push_back(RenamePlan{std::string(trimmed(name))});
    currency_combo(ctx, tr("Currency"), ImGui::GetFontSize() * 14);
    commit |= money_setting(trf("Budget cap (%s, 0: none)", {currency_symbol(c.currency)}).c_str(), c.budget_cap_cents);
    {
        // The field alone (its label is long): a click on the landmark's middle lands in it.
        const ImVec2 at = ImGui::GetItemRectMin();
        ctx.mark("campaign-budget-cap", at.x, at.y, ImGui::GetFontSize() * 8, ImGui::GetFrameHeight());
    }
    long long universe = c.target_universe;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    ImGui::InputScalar(tr("People in the target audience (0: not known)"), ImGuiDataType_S64, &universe, nullptr, nullptr, "%lld");
    if (ImGui::IsItemDeactivatedAfterEdit()) { c.target_universe = universe; commit = true; }
    commit |= money_setting(trf("Average order value (%s, 0: no sales)", {currency_symbol(c.currency)}).c_str(),
                            c.average_order_value_cents);
    ctx.mark("campaign-order-value");
    commit |= percent_setting(tr("Gross margin"), c.gross_margin_ppm);
    int baseline = static_cast<int>(c.baseline_platform);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    if (platform_combo(tr("Baseline paid channel"), baseline)) {
        c.baseline_platform = static_cast<Platform>(baseline);
        commit = true;
    }
    help_mark(tr("Where the money would otherwise go: the results compare the plan with the same spend as paid social there."));
    if (commit) ctx.commands.push_back(SetCampaign{c});

    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr("Tier thresholds (followers at which each tier starts)"));
    TierThresholds t = ctx.plan.tiers;
    bool tiers = false;
    const auto threshold = [&](const char* label, std::int64_t& v) {
        long long x = v;
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
        ImGui::InputScalar(label, ImGuiDataType_S64, &x, nullptr, nullptr, "%lld");
        if (ImGui::IsItemDeactivatedAfterEdit()) { v = x; tiers = true; }
    };
    threshold("micro", t.micro);
    ImGui::SameLine();
    threshold("mid", t.mid);
    ImGui::SameLine();
    threshold("macro", t.macro);
    ImGui::SameLine();
    threshold("mega", t.mega);
    if (tiers) ctx.commands.push_back(SetTiers{t});
}

void draw_environment(ViewContext& ctx) {
    Environment e = ctx.plan.environment;
    bool commit = false;
    ImGui::TextDisabled("%s", tr("Like counts hidden on"));
    for (int p = 0; p < kPlatformCount; ++p) {
        if (p % 4 != 0) ImGui::SameLine();
        bool hidden = e.likes_hidden[static_cast<std::size_t>(p)];
        const std::string label = std::string(platform_label(static_cast<Platform>(p)));
        if (ImGui::Checkbox(label.c_str(), &hidden)) {
            e.likes_hidden[static_cast<std::size_t>(p)] = hidden;
            commit = true;
        }
        ctx.mark("likes-hidden-" + std::string(platform_key(static_cast<Platform>(p))));
    }
    commit |= percent_setting(tr("Viewers who cannot see the counts"), e.hidden_like_viewers_ppm);
    help_mark(tr("Instagram's 2019-2021 tests hid counts from a share of viewers; the effect by tier is in Hidden likes below."));
    double scale = e.recommendation_scale_ppm / 10'000.0;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    static constexpr double kLowest = 0.0, kHighest = 300.0;
    ImGui::SliderScalar(tr("Recommended views, % of today"), ImGuiDataType_Double, &scale, &kLowest, &kHighest, "%.0f %%");
    ctx.mark("recommendation-scale");
    // A slider commits when released, so a drag is one undo step.
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        e.recommendation_scale_ppm = ppm_from_fraction(scale / 100.0);
        commit = true;
    }
    help_mark(tr("Scales the views short-video feeds bring from people who do not follow the creator (the recommended "
              "share per platform and format is under Recommended views). 200% = a feed twice as recommendation-driven."));
    if (commit) ctx.commands.push_back(SetEnvironment{e});
}

}  // namespace

void draw_assumptions_view(ViewContext& ctx) {
    char* filter = ctx.state.assumption_filter;
    const Assumptions values = resolve_assumptions(ctx.plan);
    if (ImGui::CollapsingHeader((std::string(tr("Campaign")) + "###campaign").c_str(), ImGuiTreeNodeFlags_DefaultOpen))
        draw_campaign(ctx);
    if (ImGui::CollapsingHeader((std::string(tr("Environment (what workshops play with)")) + "###environment").c_str(),
                                ImGuiTreeNodeFlags_DefaultOpen))
        draw_environment(ctx);
    ImGui::Spacing();
    ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 14, ImGui::CalcTextSize(tr("Search assumptions or sources")).x +
                                                                     2 * ImGui::GetStyle().FramePadding.x));
    ImGui::InputTextWithHint("##assumption-filter", tr("Search assumptions or sources"), filter, sizeof ctx.state.assumption_filter);
    ImGui::SameLine();
    int changed = static_cast<int>(ctx.plan.assumptions.size());
    ImGui::TextDisabled(tr("%d changed from the sourced defaults (highlighted)"), changed);
    draw_calibration_note(ctx);  // "calibrated from N campaigns", with what it replaced
    if (!ctx.plan.other_scenarios.empty()) {
        // Each scenario keeps its own assumptions: a change here is a difference in the comparison.
        ImGui::TextColored(ImVec4(0.0f, 0.35f, 0.70f, 1.0f), "%s",
                           trf("These assumptions are the scenario “%s”'s own: the other scenarios keep theirs.",
                               {ctx.plan.scenario})
                               .c_str());
        ctx.mark("assumptions-per-scenario");
    }
    for (int g = 0; g < kAssumptionGroupCount; ++g) {
        const AssumptionGroup group = static_cast<AssumptionGroup>(g);
        ImGui::PushID(g);
        const std::string title = std::string(tr(std::string(group_label(group)).c_str()));
        if (filter[0]) ImGui::SetNextItemOpen(true);
        if (ImGui::CollapsingHeader(title.c_str()))
            draw_group(ctx, group, values, std::string(trimmed(filter)));
        ImGui::PopID();
    }
}

}  // namespace roster::ui
