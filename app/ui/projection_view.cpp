#include "projection_view.h"

#include <imgui.h>

#include "present/format.h"

namespace roster::ui {
using namespace roster::present;
namespace {

void figure(const char* label, const std::string& value, const char* explanation) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", explanation);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(value.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", explanation);
}

}  // namespace

void draw_projection_view(ViewContext& ctx) {
    const ProjectionTotals& t = ctx.projection.totals;
    if (t.creators == 0) {
        ImGui::TextWrapped("Add your first creator in the roster to see what the plan buys.");
        return;
    }
    if (!ImGui::BeginTable("totals", 2, ImGuiTableFlags_SizingStretchProp)) return;
    const std::string& cur = ctx.plan.currency;
    figure("Cost", format_money(t.cost, cur), "Fee per post times posts, summed over the roster.");
    figure("Impressions", format_count(t.impressions),
           "Every time a post is seen, repeat views by the same person included.");
    figure("Gross reach", format_count(t.gross_reach),
           "The sum of each creator's reach: people who follow several creators are counted once per creator.");
    figure("CPM", t.impressions > 0 ? format_money(t.cpm, cur) : "—", "Cost per thousand impressions.");
    figure("Creators", format_count(t.creators), "Creators in the roster.");
    figure("Followers", format_compact(static_cast<double>(t.followers)),
           "Follower counts added together: what other tools call reach, shown for comparison.");
    ImGui::EndTable();
}

}  // namespace roster::ui
