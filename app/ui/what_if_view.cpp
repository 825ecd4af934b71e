#include "what_if_view.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "present/format.h"
#include "present/translation.h"
#include "present/scenario_comparison.h"
#include "scenario_bar.h"
#include "widgets.h"

namespace roster::ui {
using namespace roster::present;
namespace {

// A multiplier shown as a percentage of today ("120%"), 0% to `max_percent`.
bool lever(ViewContext& ctx, const char* label, const char* id, double& factor, float max_percent, const char* help) {
    float percent = static_cast<float>(factor * 100.0);
    ImGui::TextUnformatted(label);
    ImGui::SameLine(ImGui::GetFontSize() * 11);
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 2);
    const bool changed = ImGui::SliderFloat(id, &percent, 0.0f, max_percent, tr("%.0f%% of today"), ImGuiSliderFlags_AlwaysClamp);
    if (changed) factor = std::round(percent) / 100.0;
    ctx.mark(id + 2);  // the hidden id without its "##" is the landmark
    ImGui::SameLine();
    help_mark(help);
    return changed;
}

}  // namespace

void draw_what_if_view(ViewContext& ctx) {
    WhatIf& w = ctx.state.scenarios.what_if;
    ImGui::TextWrapped(tr("Levers on “%s”. The figures move as you drag; nothing changes in the plan until you keep the result."),
                       ctx.plan.scenario.c_str());
    ImGui::Spacing();
    lever(ctx, tr("Fees"), "##what-if-fees", w.fees, 300.0f, tr("Every fee per post, in every deliverable line."));
    lever(ctx, tr("Posts"), "##what-if-posts", w.posts, 400.0f,
          tr("Posts of every deliverable line, rounded; a line keeps at least one post unless set to 0%."));
    lever(ctx, tr("Amplification"), "##what-if-amplification", w.amplification, 500.0f,
          tr("Every creator's paid amplification spend (creators without amplification stay without)."));
    lever(ctx, tr("Conversion rate"), "##what-if-conversion", w.conversion, 300.0f,
          tr("The conversion rate after a click (assumption conversion_rate), within its plausible range."));
    {
        float scale = static_cast<float>(
            (w.recommendation_scale ? *w.recommendation_scale : ctx.plan.environment.recommendation_scale_ppm) / 1e4);
        ImGui::TextUnformatted(tr("Recommended views"));
        ImGui::SameLine(ImGui::GetFontSize() * 11);
        ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 2);
        if (ImGui::SliderFloat("##what-if-recommended", &scale, 0.0f, 300.0f, tr("%.0f%% of the defaults"),
                               ImGuiSliderFlags_AlwaysClamp))
            w.recommendation_scale = static_cast<Ppm>(std::lround(scale) * 10'000);
        ctx.mark("what-if-recommended");
        ImGui::SameLine();
        help_mark(tr("Views from recommendations to non-followers, against Roster's defaults per platform and format "
                  "(the plan's environment setting)."));
    }

    const bool neutral = is_neutral(w, ctx.plan);
    ImGui::Spacing();
    ImGui::BeginDisabled(neutral);
    char keep[128];
    std::snprintf(keep, sizeof keep, tr("Keep in “%s”"), ctx.plan.scenario.c_str());
    if (ImGui::Button(keep)) {
        ctx.commands.push_back(ApplyWhatIf{w});
        w = WhatIf{};
    }
    ctx.mark("what-if-apply");
    same_line_if_fits(button_width(tr("Save as a new scenario…")));
    if (ImGui::Button(tr("Save as a new scenario…"))) start_naming(ctx, ScenarioViewState::Naming::NewFromWhatIf);
    ctx.mark("what-if-new-scenario");
    same_line_if_fits(button_width(tr("Reset levers")));
    if (ImGui::Button(tr("Reset levers"))) w = WhatIf{};
    ImGui::EndDisabled();
    ImGui::Spacing();
    if (!ctx.plan.creators.empty()) {
        const Projection& now = ctx.projection;
        const Projection& moved = neutral ? now : ctx.live.what_if(w);
        const auto rows = compare_scenarios({{tr("Now"), &now, nullptr}, {tr("What if"), &moved, nullptr}});
        if (ImGui::BeginTable("what-if", 4, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg |
                                                 ImGuiTableFlags_BordersInnerH)) {
            ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.3f);
            ImGui::TableSetupColumn(tr("Now"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn(tr("What if"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableSetupColumn(tr("Change"), ImGuiTableColumnFlags_WidthStretch, 0.7f);
            ImGui::TableHeadersRow();
            for (const ComparisonRow& row : rows) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(figure_label(row).c_str());
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(row.explanation.c_str()));
                ImGui::TableNextColumn();
                right_aligned_text(format_measure(row.values[0], row.measure, ctx.plan.campaign.currency));
                ImGui::TableNextColumn();
                right_aligned_text(format_measure(row.values[1], row.measure, ctx.plan.campaign.currency));
                if (row.figure == Figure::NetReach) ctx.mark("what-if-reach");
                ImGui::TableNextColumn();
                if (row.change[1]) {
                    change_text(format_change(*row.change[1]), row.verdict[1]);
                }
            }
            ImGui::EndTable();
        }
    } else {
        ImGui::TextDisabled("%s", tr("Add creators to see what the levers change."));
    }
}

}  // namespace roster::ui
