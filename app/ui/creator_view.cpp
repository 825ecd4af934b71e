#include "creator_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "actuals_panel.h"
#include "engine/overlap.h"
#include "present/overlap_row.h"
#include "engine/vocabulary.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/translation.h"
#include "present/share_text.h"
#include "number_field.h"
#include "theme.h"
#include "widgets.h"

namespace roster::ui {
using namespace roster::present;
namespace {

// The short word in the overlaps table for what an estimate rests on.
Term evidence_term(OverlapEvidence e) {
    switch (e) {
        case OverlapEvidence::SameCreator: return Term::OverlapEvidenceSameCreator;
        case OverlapEvidence::Profiles: return Term::OverlapEvidenceProfiles;
        case OverlapEvidence::Interests: return Term::OverlapEvidenceInterests;
        case OverlapEvidence::Countries: return Term::OverlapEvidenceCountries;
        case OverlapEvidence::Chance: break;
    }
    return Term::OverlapEvidenceChance;
}

// Field helpers: each edits `edited` and returns true once the planner has left the field
// having changed it, so one typed value is one undo step.
bool text_field(const char* label, std::string& value, const char* hint = "") {
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s", value.c_str());
    ImGui::InputTextWithHint(label, hint, buf, sizeof buf);
    if (!ImGui::IsItemDeactivatedAfterEdit()) return false;
    value = buf;
    return true;
}

bool count_field(const char* label, std::int64_t& value) {
    long long v = value;
    ImGui::InputScalar(label, ImGuiDataType_S64, &v, nullptr, nullptr, "%lld");
    if (!ImGui::IsItemDeactivatedAfterEdit()) return false;
    value = v;
    return true;
}


bool deliverables_editor(ViewContext& ctx, Creator& c, const std::string& currency) {
    bool commit = false;
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("deliverables", 5, flags)) {
        ImGui::TableSetupColumn(tr("Format"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn(tr("Posts"), ImGuiTableColumnFlags_WidthStretch, 0.6f);
        ImGui::TableSetupColumn((tr("Fee each (") + currency_symbol(currency) + ")").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr("Line total"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 0.5f);
        ImGui::TableHeadersRow();
        int remove = -1;
        for (std::size_t i = 0; i < c.deliverables.size(); ++i) {
            Deliverable& d = c.deliverables[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            commit |= format_combo("##format", c.platform, d.format);
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            int count = d.count;
            ImGui::InputInt("##count", &count, 0, 0);
            if (ImGui::IsItemDeactivatedAfterEdit()) { d.count = count; commit = true; }
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            commit |= money_field("##fee", d.unit_fee_cents);
            ctx.mark("deliverable-fee-" + std::to_string(i));
            ImGui::TableNextColumn();
            // An earned creator is paid nothing: the fee stays in the plan for if they become paid.
            if (c.paid) right_aligned_text(format_money(units_from_cents(d.unit_fee_cents) * d.count, currency));
            else ImGui::TextDisabled("%s", tr("unpaid"));
            if (!c.paid && ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", tr("An earned creator is paid no fee; the fee is kept in case they become paid."));
            ImGui::TableNextColumn();
            if (ImGui::Button("x", ImVec2(ImGui::GetFrameHeight(), 0.0f))) remove = static_cast<int>(i);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Remove this line"));
            ImGui::PopID();
        }
        ImGui::EndTable();
        if (remove >= 0) {
            c.deliverables.erase(c.deliverables.begin() + remove);
            commit = true;
        }
    }
    if (ImGui::SmallButton(tr("Add a deliverable line"))) {
        c.deliverables.push_back({reference_format(c.platform), 1, 0});
        commit = true;
    }
    return commit;
}

bool age_gender_editor(AudienceProfile& a) {
    bool commit = false;
    ImGui::TextDisabled("%s", tr("Age bands (% of followers)"));
    for (int b = 0; b < kAgeBandCount; ++b) {
        ImGui::PushID(b);
        if (b % 3 != 0) ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4.2f);
        commit |= percent_field(std::string(age_band_key(static_cast<AgeBand>(b))).c_str(), a.age[static_cast<std::size_t>(b)]);
        ImGui::PopID();
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4.2f);
    commit |= percent_field(tr("women"), a.gender[0]);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4.2f);
    commit |= percent_field(tr("men"), a.gender[1]);
    return commit;
}

// The list of countries or interests as one line of text; a line that cannot be read is
// reported and the profile left as it was.
bool shares_editor(ViewContext& ctx, const char* label, const char* hint, std::vector<Share>& shares, bool countries) {
    std::string text = shares_text(shares);
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 6);
    if (!text_field(label, text, hint)) return false;
    ParsedShares parsed = parse_shares(text, countries);
    if (parsed.problem) {
        ctx.state.message = {Message(MessageId::NotChanged).nested("cause", *parsed.problem), true};
        return false;
    }
    shares = std::move(parsed.shares);
    return true;
}

void figure_row(const char* label, const std::string& value) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label);
    ImGui::TableNextColumn();
    right_aligned_text(value);
}

void own_projection(ViewContext& ctx, std::size_t index) {
    const CreatorProjection& p = ctx.projection.creators[index];
    const Outcome& o = p.outcome;
    const std::string& cur = ctx.plan.campaign.currency;
    if (!ImGui::BeginTable("own", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) return;
    figure_row(tr("Cost"), format_money(o.cost(), cur));
    figure_row(tr("  fees"), format_money(o.fees, cur));
    if (o.product_value > 0) figure_row(tr("  product"), format_money(o.product_value, cur));
    if (o.usage_rights > 0) figure_row(tr("  usage rights"), format_money(o.usage_rights, cur));
    if (o.commission > 0) figure_row(tr("  commission"), format_money(o.commission, cur));
    if (o.amplification > 0) figure_row(tr("  amplification"), format_money(o.amplification, cur));
    figure_row(tr("Reach"), format_count(o.reach));
    const auto& audience = ctx.projection.audience;
    if (index < audience.incremental.size()) figure_row(tr("Adds to the plan"), format_count(audience.incremental[index]));
    if (index < audience.exclusive_followers.size())
        figure_row(tr("Followers no other creator has"), format_count(audience.exclusive_followers[index]));
    figure_row(tr("Frequency"), format_ratio(p.ratios.frequency));
    figure_row(tr("Views"), format_count(o.views));
    figure_row(tr("Engagements"), format_count(o.engagements));
    figure_row(tr("Clicks"), format_count(o.clicks));
    figure_row(tr("Conversions"), format_count(o.conversions));
    figure_row(tr("EMV"), format_money(o.emv, cur));
    figure_row(tr("CPM"), o.impressions > 0 ? format_money(p.ratios.cpm, cur) : "—");
    figure_row(tr("Cost per 1,000 reached"), o.reach > 0 ? format_money(p.ratios.cost_per_reach, cur) : "—");
    if (ctx.plan.campaign.average_order_value_cents > 0) figure_row(tr("ROI"), o.cost() > 0 ? format_percent(p.ratios.roi) : "—");
    ImGui::EndTable();
}

// The pairs this creator forms with the others: stated where the plan has them, Roster's
// estimate elsewhere, each editable (a stated pair goes back to the estimate with tr("Estimate")).
void overlaps_editor(ViewContext& ctx, const Creator& c, std::size_t index) {
    const OverlapMatrix* matrix = &ctx.live.overlap();
    if (!matrix || matrix->n != ctx.plan.creators.size()) return;
    ImGui::TextDisabled(tr("Share of %s's followers who also follow each creator."), c.name.c_str());
    // A whole row at once, as audience tools and spreadsheets give it.
    char* row_text = ctx.state.overlap_row;
    ImGui::SetNextItemWidth(-ImGui::CalcTextSize(tr("State the row")).x - 3 * ImGui::GetStyle().FramePadding.x -
                            ImGui::GetStyle().ItemSpacing.x);
    const bool entered = ImGui::InputTextWithHint("##overlap-row", tr("Paste a row: “Ben 12%, Cleo 8%” or numbers in roster order"),
                                                  row_text, sizeof ctx.state.overlap_row, ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.mark("overlap-row");
    ImGui::SameLine();
    if (ImGui::Button(tr("State the row")) || entered) {
        const ParsedOverlapRow row = parse_overlap_row(row_text, ctx.plan, c.id);
        if (row.problem) {
            ctx.state.message = {Message(MessageId::OverlapsNotChanged).nested("cause", *row.problem), true};
        } else {
            SetOverlaps all;
            for (const OverlapRowEntry& e : row.entries)
                all.overlaps.push_back({c.id, e.other, Overlap{c.id, e.other, OverlapBasis::ShareOfFirst, e.share}});
            ctx.commands.push_back(std::move(all));
            row_text[0] = '\0';
        }
    }
    ctx.mark("overlap-row-apply");
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg;
    const float height = ImGui::GetTextLineHeightWithSpacing() * 9;
    if (!ImGui::BeginTable("overlaps", 4, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("Creator"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(tr("Shared"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("Share of this creator's"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(ctx.plan.creators.size()));
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const std::size_t j = static_cast<std::size_t>(r);
            const Creator& other = ctx.plan.creators[j];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (j == index) {
                // Every row is drawn, this creator's too, so the clipper's row count holds.
                ImGui::TextDisabled(tr("%s (this creator)"), other.name.c_str());
                continue;
            }
            ImGui::PushID(static_cast<int>(other.id));
            ImGui::TextUnformatted(other.name.c_str());
            const double shared = matrix->at(index, j);
            const bool stated = matrix->is_stated(index, j);
            ImGui::TableNextColumn();
            right_aligned_text(format_count(shared));
            ImGui::TableNextColumn();
            // Typed as the share of this creator's followers: the basis most tools report.
            double percent = c.followers > 0 ? 100.0 * shared / static_cast<double>(c.followers) : 0.0;
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (!stated) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::InputDouble("##share", &percent, 0.0, 0.0, "%.1f %%");
            if (!stated) ImGui::PopStyleColor();
            if (ImGui::IsItemHovered()) {
                // An estimate says what it rests on, with the figures it used.
                if (stated) ImGui::SetTooltip("%s", tr("Stated in the plan."));
                else
                    ImGui::SetTooltip("%s", render(overlap_estimate_note(c, other, matrix->universe,
                                                                         resolve_assumptions(ctx.plan)))
                                                .c_str());
            }
            if (ImGui::IsItemDeactivatedAfterEdit())
                ctx.commands.push_back(SetOverlap{c.id, other.id,
                                                  Overlap{c.id, other.id, OverlapBasis::ShareOfFirst,
                                                          ppm_from_fraction(percent / 100.0)}});
            ImGui::TableNextColumn();
            if (stated) {
                if (ImGui::SmallButton(tr("Estimate"))) ctx.commands.push_back(SetOverlap{c.id, other.id, std::nullopt});
            } else {
                ImGui::TextDisabled("%s", term_word(evidence_term(overlap_evidence(c, other))).c_str());
            }
            ImGui::PopID();
        }
    ImGui::EndTable();
}

}  // namespace

void draw_creator_view(ViewContext& ctx) {
    const CreatorId id = ctx.state.table.selection.focus();
    const auto it = std::find_if(ctx.plan.creators.begin(), ctx.plan.creators.end(),
                                 [&](const Creator& c) { return c.id == id; });
    if (it == ctx.plan.creators.end() || ctx.projection.creators.size() != ctx.plan.creators.size()) {
        ImGui::TextWrapped("%s", tr("Select a creator in the roster to see and edit everything about them: deliverables, fees, "
                           "paid amplification, audience and overlaps, and what they bring to the plan."));
        return;
    }
    const std::size_t index = static_cast<std::size_t>(it - ctx.plan.creators.begin());
    const Creator& creator = *it;
    const CreatorProjection& p = ctx.projection.creators[index];
    const std::string& cur = ctx.plan.campaign.currency;
    Creator edited = creator;
    bool commit = false;
    ImGui::PushID(static_cast<int>(creator.id));

    ImGui::Text("%s", creator.name.c_str());
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(tier_color(p.tier)), "%s", std::string(tier_label(p.tier)).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled(tr("%s · %s followers"), std::string(platform_label(creator.platform)).c_str(),
                        format_count(static_cast<double>(creator.followers)).c_str());
    if (ctx.state.table.selection.size() > 1)
        ImGui::TextDisabled(tr("(%d selected; bulk edits are above the roster)"), static_cast<int>(ctx.state.table.selection.size()));

    if (ImGui::BeginTabBar("creator-tabs")) {
        const bool deal_open = ImGui::BeginTabItem(tr("Deal"));
        ctx.mark("creator-tab-deal");
        if (deal_open) {
            commit |= deliverables_editor(ctx, edited, cur);
            ImGui::Separator();
            bool paid = edited.paid;
            if (ImGui::Checkbox(tr("Paid"), &paid)) { edited.paid = paid; commit = true; }
            help_mark(tr("An unpaid (earned) creator gets no fee and may not post at all: the projection counts their "
                      "posts at the chance below."));
            if (!edited.paid) {
                ImGui::SameLine();
                ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
                commit |= percent_field(tr("chance of posting"), edited.posting_probability_ppm);
            }
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
            commit |= money_field((tr("Product value (") + currency_symbol(cur) + ")").c_str(), edited.product_value_cents);
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
            commit |= money_field((tr("Usage rights (") + currency_symbol(cur) + ")").c_str(), edited.usage_rights_cents);
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
            commit |= percent_field(tr("Affiliate commission"), edited.affiliate_commission_ppm);
            help_mark(tr("Share of the revenue attributed to this creator that is paid to them."));
            ImGui::Separator();
            ImGui::TextDisabled("%s", tr("Paid amplification (partnership ads, Spark Ads)"));
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
            commit |= money_field((tr("Spend (") + currency_symbol(cur) + ")").c_str(), edited.amplification.spend_cents);
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
            commit |= money_field(tr("CPM (0: the platform's)"), edited.amplification.cpm_cents);
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
            int cap = edited.amplification.frequency_cap;
            ImGui::InputInt(tr("Frequency cap (0: none)"), &cap, 0, 0);
            if (ImGui::IsItemDeactivatedAfterEdit()) { edited.amplification.frequency_cap = cap; commit = true; }
            ImGui::EndTabItem();
        }
        const bool audience_open = ImGui::BeginTabItem(tr("Audience"));
        ctx.mark("creator-tab-audience");
        if (audience_open) {
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
            commit |= text_field(tr("Handle"), edited.handle, "@handle");
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
            commit |= count_field(tr("Followers"), edited.followers);
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
            // A zero means "the default": the field shows that, greyed, rather than "0.00 %".
            commit |= percent_field_with_default(tr("Real, active followers"), edited.audience_quality_ppm,
                                                 tr("default: the tier's"));
            help_mark(tr("From an audience audit (HypeAuditor's AQS, Modash's fake-follower check). 0: the tier's typical "
                      "share from the assumptions."));
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
            commit |= percent_field(tr("Relevance to the brief"), edited.relevance_ppm);
            ImGui::Separator();
            ImGui::TextDisabled("%s", tr("The creator's own figures (0: the benchmark for the platform and tier)"));
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
            commit |= percent_field_with_default(tr("Engagement rate"), edited.engagement_rate_ppm, tr("default: benchmark"));
            ImGui::SameLine();
            int basis = static_cast<int>(edited.engagement_basis);
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
            if (choice_combo("##basis", basis, nullptr, 2,
                             [](int i) { return std::string(tr(i == 0 ? "per follower" : "per view")); })) {
                edited.engagement_basis = static_cast<EngagementBasis>(basis);
                commit = true;
            }
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
            commit |= count_field(tr("Average views per post"), edited.measured_views_per_post);
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
            commit |= percent_field_with_default(
                tr("Reach rate per post"), edited.measured_reach_rate_ppm,
                p.measured ? std::string(tr("default")) : trf("default: %s", {format_percent(p.reference_rate)}));
            ImGui::Separator();
            ImGui::TextDisabled("%s", tr("Audience profile (empty: not known)"));
            commit |= shares_editor(ctx, tr("Countries"), "FR 60%, BE 20%", edited.audience.countries, true);
            commit |= shares_editor(ctx, tr("Interests"), "cooking 40%, fitness 25%", edited.audience.interests, false);
            commit |= age_gender_editor(edited.audience);
            ImGui::EndTabItem();
        }
        const bool overlaps_open = ImGui::BeginTabItem(tr("Overlaps"));
        ctx.mark("creator-tab-overlaps");
        if (overlaps_open) {
            overlaps_editor(ctx, creator, index);
            ImGui::EndTabItem();
        }
        const bool projection_open = ImGui::BeginTabItem(tr("Projection"));
        ctx.mark("creator-tab-projection");
        if (projection_open) {
            own_projection(ctx, index);
            ImGui::EndTabItem();
        }
        // What each post really did, once the campaign runs (docs/ACTUALS.md).
        const bool actuals_open = ImGui::BeginTabItem((term_word(Term::ActualsTab) + "###actuals").c_str());
        ctx.mark("creator-tab-actuals");
        if (actuals_open) {
            draw_actuals_panel(ctx, creator);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    if (commit) ctx.commands.push_back(UpdateCreator{edited});
    ImGui::PopID();
}

}  // namespace roster::ui
