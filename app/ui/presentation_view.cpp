#include "presentation_view.h"

#include <imgui.h>

#include <algorithm>

#include "charts.h"
#include "fonts.h"
#include "present/chart_data.h"
#include "present/format.h"
#include "present/translation.h"
#include "present/scenario_comparison.h"
#include "theme.h"
#include "widgets.h"

namespace roster::ui {
using namespace roster::present;
namespace {

// One figure as a card: the label, the value in display type, its range and its change
// against the first scenario under it.
void card(const ComparisonRow& row, std::size_t i, const std::string& currency, float width) {
    ImGui::BeginGroup();
    ImGui::PushFont(large_font());
    ImGui::TextDisabled("%s", figure_label(row).c_str());
    ImGui::PopFont();
    ImGui::PushFont(display_font());
    ImGui::TextUnformatted(format_measure(row.values[i], row.measure, currency).c_str());
    ImGui::PopFont();
    ImGui::PushFont(large_font());
    // A range only where the figure is uncertain (fees are what they are).
    if (row.ranges[i] && row.ranges[i]->p90 > row.ranges[i]->p10)
        ImGui::TextDisabled(tr("likely %s – %s"), format_measure(row.ranges[i]->p10, row.measure, currency).c_str(),
                            format_measure(row.ranges[i]->p90, row.measure, currency).c_str());
    else
        ImGui::TextDisabled(" ");
    if (i > 0 && row.change[i]) change_text(format_change(*row.change[i]), row.verdict[i]);
    else ImGui::TextDisabled(" ");
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(width, 0));
    ImGui::EndGroup();
}


}  // namespace

bool draw_presentation_view(ViewContext& ctx) {
    ScenarioViewState& s = ctx.state.scenarios;
    bool stay = true;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(vp->Size.x * 0.05f, vp->Size.y * 0.05f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("##presentation", nullptr, flags);
    ImGui::PopStyleVar(2);

    const auto& entries = ctx.live.scenarios().entries();
    const std::size_t n = entries.size();
    if (n > 0) s.presenting = std::min(s.presenting, n - 1);
    // Keys work whatever has focus: nothing on this screen takes typing.
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown)) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space)))
        s.presenting = n > 0 ? std::min(s.presenting + 1, n - 1) : 0;
    if ((ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp))) &&
        s.presenting > 0)
        --s.presenting;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) stay = false;

    ImGui::PushFont(large_font());
    ImGui::TextDisabled("%s", ctx.plan.name.c_str());
    ImGui::PopFont();
    if (n == 0 || entries[s.presenting]->plan.creators.empty()) {
        ImGui::PushFont(display_font());
        ImGui::TextUnformatted(tr("No creators yet"));
        ImGui::PopFont();
    } else {
        const auto& e = *entries[s.presenting];
        ImGui::PushFont(display_font());
        ImGui::TextUnformatted(e.name.c_str());
        ImGui::PopFont();
        ctx.mark("presentation-title");
        ImGui::PushFont(large_font());
        ImGui::TextDisabled(tr("Scenario %zu of %zu · %zu creators · %s"), s.presenting + 1, n, e.plan.creators.size(),
                            n > 1 ? tr("arrow keys step, Esc leaves") : tr("Esc leaves"));
        if (s.presenting > 0) ImGui::TextDisabled(tr("Changes against “%s”"), entries.front()->name.c_str());
        ImGui::PopFont();
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::Spacing();

        // The figures of every scenario, so each card can say how it differs from the first.
        std::vector<ComparedScenario> compared;
        for (const auto& x : entries)
            compared.push_back({x->name, &x->projection, x->analysis.ranges_final() ? &*x->analysis.ranges() : nullptr});
        const std::vector<ComparisonRow> rows = compare_scenarios(compared);
        const bool sales = find_row(rows, Figure::Roi) != nullptr;
        const std::vector<Figure> shown =
            sales ? std::vector<Figure>{Figure::NetReach, Figure::Engagements, Figure::Conversions, Figure::Cost,
                                        Figure::CostPerReach, Figure::Roi}
                  : std::vector<Figure>{Figure::NetReach, Figure::Views, Figure::Engagements, Figure::Cost,
                                        Figure::CostPerReach, Figure::Frequency};
        const float width = ImGui::GetContentRegionAvail().x / 3.0f;
        for (std::size_t k = 0; k < shown.size(); ++k) {
            const ComparisonRow* row = find_row(rows, shown[k]);
            if (!row) continue;
            if (k % 3 != 0) ImGui::SameLine(ImGui::GetWindowContentRegionMin().x + width * static_cast<float>(k % 3));
            card(*row, s.presenting, ctx.plan.campaign.currency, width * 0.9f);
            if (k == 0) ctx.mark("presentation-reach");
            if (k % 3 == 2) ImGui::Spacing();
        }
        ImGui::Spacing();
        ImGui::PushFont(large_font());
        budget_text(e.projection, ctx.plan.campaign.currency);
        ImGui::TextDisabled("%s", tr("Budget by tier"));
        split_bar("presentation-tiers", budget_by_tier(e.projection), [](int i) { return tier_color(static_cast<Tier>(i)); },
                  [&](double v) { return format_money(v, ctx.plan.campaign.currency); });
        ImGui::PopFont();
    }

    // Mouse controls for those without a keyboard at hand, at the bottom.
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - ImGui::GetFrameHeightWithSpacing() - vp->Size.y * 0.03f);
    ImGui::BeginDisabled(s.presenting == 0);
    if (ImGui::Button(tr("‹ Previous"))) --s.presenting;
    ImGui::EndDisabled();
    ctx.mark("presentation-previous");
    ImGui::SameLine();
    ImGui::BeginDisabled(n == 0 || s.presenting + 1 >= n);
    if (ImGui::Button(tr("Next ›"))) ++s.presenting;
    ImGui::EndDisabled();
    ctx.mark("presentation-next");
    ImGui::SameLine();
    if (ImGui::Button(tr("Leave the presentation"))) stay = false;
    ctx.mark("presentation-leave");
    ImGui::End();
    return stay;
}

}  // namespace roster::ui
