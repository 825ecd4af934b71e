#include "campaign_strip.h"

#include <imgui.h>

#include <string>

#include "present/format.h"
#include "present/translation.h"
#include "number_field.h"
#include "widgets.h"

namespace roster::ui {
using namespace roster::present;

namespace {

// A label, then its field on the same line; the pair moves to the next line together when the
// window is too narrow for it.
void labelled(const char* label, float field_width) {
    const float label_width = ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemInnerSpacing.x;
    same_line_if_fits(label_width + field_width);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::SetNextItemWidth(field_width);
}

}  // namespace

void draw_campaign_strip(ViewContext& ctx) {
    Campaign c = ctx.plan.campaign;
    bool commit = false;
    const std::string symbol = currency_symbol(c.currency);
    const float money_width = ImGui::CalcTextSize("000,000,000.00").x + 2 * ImGui::GetStyle().FramePadding.x;
    const float margin_width = ImGui::CalcTextSize("100.0").x + 2 * ImGui::GetStyle().FramePadding.x;

    ImGui::PushID("campaign-strip");
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr("Campaign"));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr("The numbers the results depend on. The name, currency, target and baseline channel "
                                   "are in View > Assumptions and campaign (Ctrl+K)."));

    labelled(trf("Budget (%s)", {symbol}).c_str(), money_width);
    commit |= grouped_money_field("##budget", c.budget_cap_cents);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("The budget cap; 0: no cap. Cost shows against it, in red once over."));
    ctx.mark("strip-budget");

    labelled(tr("Audience (people)"), money_width);
    long long universe = c.target_universe;
    if (grouped_count_field("##audience", universe)) {
        c.target_universe = universe;
        commit = true;
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr("People in the target audience; 0: not known. Reach is also shown as a share of it."));
    ctx.mark("strip-audience");

    labelled(trf("Order value (%s)", {symbol}).c_str(), money_width);
    if (ctx.state.focus_order_value) {
        ImGui::SetKeyboardFocusHere();
        ctx.state.focus_order_value = false;
    }
    const bool no_order_value = c.average_order_value_cents <= 0;
    if (no_order_value) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(1.0f, 0.93f, 0.75f, 1.0f));
    commit |= grouped_money_field("##order-value", c.average_order_value_cents);
    if (no_order_value) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr("The average order value: conversions times it make the revenue, and with it ROAS and "
                                   "ROI. 0: no sales are forecast."));
    ctx.mark("strip-order-value");

    labelled(tr("Gross margin (%)"), margin_width);
    double margin = c.gross_margin_ppm / 10'000.0;
    if (number_field("##margin", margin, 1)) {
        c.gross_margin_ppm = ppm_from_fraction(margin / 100.0);
        commit = true;
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr("The share of revenue left after the cost of the goods sold: ROI counts gross profit, not "
                                   "revenue. A new plan starts at 50%, an estimate: type the brand's own margin."));
    ctx.mark("strip-margin");
    ImGui::PopID();

    if (commit) ctx.commands.push_back(SetCampaign{c});
    ImGui::Separator();
}

}  // namespace roster::ui
