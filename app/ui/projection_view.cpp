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
    const Projection& p = ctx.projection;
    const Outcome& t = p.total;
    const Ratios& r = p.ratios;
    if (ctx.plan.creators.empty()) {
        ImGui::TextWrapped("Add your first creator in the roster to see what the plan buys.");
        return;
    }
    if (!ImGui::BeginTable("totals", 2, ImGuiTableFlags_SizingStretchProp)) return;
    const std::string& cur = ctx.plan.campaign.currency;
    figure("Cost", format_money(t.cost(), cur),
           "Fees, product, usage rights, affiliate commission and paid amplification, summed over the roster.");
    figure("Views", format_count(t.views), "Views of every post, from followers and from recommendations.");
    figure("Impressions", format_count(t.impressions),
           "Every time a post is seen, repeat views by the same person included.");
    figure("Reach (net)", format_count(t.reach),
           "Distinct people reached at least once, after audience overlap: someone who follows several creators "
           "counts once. Stated overlaps are used where the plan has them, estimates elsewhere.");
    figure("Gross reach", format_count(p.gross_reach),
           "Each creator's reach added up: people who follow several creators are counted once per creator.");
    figure("Frequency", t.reach > 0 ? format_ratio(r.frequency) : "—",
           "Impressions per person reached (net of overlap).");
    {
        const std::string k = std::to_string(p.audience.effective_k) + "+";
        figure(("Reached " + k).c_str(), format_count(p.audience.effective_reach),
               "People who see the plan's posts at least this many times (assumption overlap.effective_frequency).");
    }
    figure("Cost per 1,000 reached", t.reach > 0 ? format_money(r.cost_per_reach, cur) : "—",
           "Cost per thousand distinct people reached.");
    figure("Engagements", format_count(t.engagements), "Likes, comments, shares and saves.");
    figure("Likes", format_count(t.likes), "Part of engagements; fewer where like counts are hidden.");
    figure("Clicks", format_count(t.clicks), "Views times click-through for each format.");
    figure("Conversions", format_count(t.conversions), "Clicks times the conversion rate.");
    figure("EMV", format_money(t.emv, cur), "Earned media value: impressions at the paid-social CPM. Not a return.");
    figure("CPM", t.impressions > 0 ? format_money(r.cpm, cur) : "—", "Cost per thousand impressions.");
    if (ctx.plan.campaign.average_order_value_cents > 0) {
        figure("Revenue", format_money(t.revenue, cur), "Conversions times the average order value.");
        figure("ROAS", t.cost() > 0 ? format_compact(r.roas) : "—", "Revenue divided by cost.");
        figure("ROI", t.cost() > 0 ? format_percent(r.roi) : "—", "(Gross profit - cost) / cost.");
    }
    figure("Creators", format_count(static_cast<double>(ctx.plan.creators.size())), "Creators in the roster.");
    figure("Followers", format_compact(static_cast<double>(p.followers)),
           "Follower counts added together: what other tools call reach, shown for comparison.");
    ImGui::EndTable();
}

}  // namespace roster::ui
