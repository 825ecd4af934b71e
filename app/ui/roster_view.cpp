#include "roster_view.h"

#include <imgui.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "engine/text.h"
#include "engine/validation.h"
#include "engine/vocabulary.h"
#include "present/format.h"

namespace roster::ui {
using namespace roster::present;
namespace {

const char* platform_name(int i) {
    static std::string labels[kPlatformCount];
    labels[i] = std::string(platform_label(static_cast<Platform>(i)));
    return labels[i].c_str();
}

bool platform_combo(const char* id, int& platform) {
    bool changed = false;
    if (ImGui::BeginCombo(id, platform_name(platform))) {
        for (int p = 0; p < kPlatformCount; ++p) {
            const bool selected = p == platform;
            if (ImGui::Selectable(platform_name(p), selected)) {
                changed = p != platform;
                platform = p;
            }
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    return changed;
}

void right_aligned_text(const std::string& text) {
    const float w = ImGui::CalcTextSize(text.c_str()).x;
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail > w) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - w);
    ImGui::TextUnformatted(text.c_str());
}

// One creator row. Edits go to a copy; a command is issued only once the field is left
// (or a choice is made), so typing "12000" is one undo step, not five.
void draw_creator_row(ViewContext& ctx, const Creator& creator, const CreatorProjection& p) {
    ImGui::PushID(static_cast<int>(creator.id));
    Creator edited = creator;
    bool commit = false;

    ImGui::TableNextColumn();
    char name[256];
    std::snprintf(name, sizeof name, "%s", creator.name.c_str());
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputText("##name", name, sizeof name);
    if (ImGui::IsItemDeactivatedAfterEdit()) { edited.name = name; commit = true; }

    ImGui::TableNextColumn();
    int platform = static_cast<int>(creator.platform);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (platform_combo("##platform", platform)) { edited.platform = static_cast<Platform>(platform); commit = true; }

    ImGui::TableNextColumn();
    long long followers = creator.followers;
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputScalar("##followers", ImGuiDataType_S64, &followers, nullptr, nullptr, "%lld");
    if (ImGui::IsItemDeactivatedAfterEdit()) { edited.followers = followers; commit = true; }

    ImGui::TableNextColumn();
    ImGui::TextUnformatted(std::string(tier_label(p.tier)).c_str());

    // The row edits the creator's main deliverable (the first line); a creator without one gets
    // a line of the platform's main format when a fee or a post count is typed.
    const Deliverable main_line =
        creator.deliverables.empty() ? Deliverable{reference_format(creator.platform), 0, 0} : creator.deliverables.front();
    const auto set_main_line = [&](const Deliverable& d) {
        if (edited.deliverables.empty()) edited.deliverables.push_back(d);
        else edited.deliverables.front() = d;
        commit = true;
    };
    ImGui::TableNextColumn();
    double fee = units_from_cents(main_line.unit_fee_cents);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputDouble("##fee", &fee, 0.0, 0.0, "%.2f");
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        Deliverable d = main_line;
        d.unit_fee_cents = cents_from_units(fee);
        set_main_line(d);
    }

    ImGui::TableNextColumn();
    int posts = main_line.count;
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputInt("##posts", &posts, 0, 0);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        Deliverable d = main_line;
        d.count = posts;
        set_main_line(d);
    }

    ImGui::TableNextColumn();
    right_aligned_text(format_count(p.outcome.reach));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("One %s reaches %s of followers%s. %s posts reach %s people at least once "
                          "(frequency %.2f), %s views.",
                          std::string(format_label(creator.platform, main_line.format)).c_str(),
                          format_percent(p.reference_rate).c_str(), p.measured ? " (creator's own figure)" : " (benchmark estimate)",
                          std::to_string(total_posts(creator)).c_str(), format_count(p.outcome.reach).c_str(),
                          p.ratios.frequency, format_count(p.outcome.views).c_str());

    ImGui::TableNextColumn();
    right_aligned_text(format_money(p.outcome.cost(), ctx.plan.campaign.currency));

    ImGui::TableNextColumn();
    if (ImGui::SmallButton("Remove")) ctx.commands.push_back(RemoveCreator{creator.id});
    ctx.mark("remove-" + std::to_string(creator.id));

    if (commit) ctx.commands.push_back(UpdateCreator{edited});
    ImGui::PopID();
}

void draw_add_form(ViewContext& ctx) {
    NewCreatorForm& form = ctx.state.form;
    ImGui::PushID("add");
    bool submit = false;
    // Enter in any field adds the creator. Not ImGuiInputTextFlags_EnterReturnsTrue: on number
    // fields it keeps the typed value from being applied unless Enter is pressed, so clicking
    // "Add creator" would see the old value.
    const auto entered = [] { return ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)); };

    ImGui::TableNextColumn();
    if (ctx.state.focus_form_name) {
        ImGui::SetKeyboardFocusHere();
        ctx.state.focus_form_name = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##name", "New creator's name", form.name, sizeof form.name);
    submit |= entered();
    ctx.mark("add-name");

    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    platform_combo("##platform", form.platform);
    ctx.mark("add-platform");

    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputScalar("##followers", ImGuiDataType_S64, &form.followers, nullptr, nullptr, "%lld");
    submit |= entered();
    ctx.mark("add-followers");

    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", form.followers > 0
                                  ? std::string(tier_label(tier_of(form.followers, ctx.plan.tiers))).c_str()
                                  : "");

    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputDouble("##fee", &form.fee_per_post, 0.0, 0.0, "%.2f");
    submit |= entered();
    ctx.mark("add-fee");

    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputInt("##posts", &form.posts, 0, 0);
    submit |= entered();
    ctx.mark("add-posts");

    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    submit |= ImGui::Button("Add creator");
    ctx.mark("add-button");
    ImGui::PopID();

    if (!submit) return;
    Creator c;
    c.name = std::string(trimmed(form.name));
    c.platform = static_cast<Platform>(form.platform);
    c.followers = form.followers;
    c.deliverables.push_back({reference_format(c.platform), form.posts, cents_from_units(form.fee_per_post)});
    const auto problems = check_creator(c, ctx.plan.campaign);
    if (!problems.empty()) {
        ctx.state.message = {"Not added: " + problems.front().message, true};
        return;
    }
    ctx.commands.push_back(AddCreator{c});
    form = NewCreatorForm{};
    form.platform = static_cast<int>(c.platform);  // the next creator is often on the same platform
    ctx.state.focus_form_name = true;
}

}  // namespace

void draw_roster_view(ViewContext& ctx) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("roster", 9, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    const std::string money = "(" + currency_prefix(ctx.plan.campaign.currency) + ")";
    ImGui::TableSetupColumn("Creator", ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn("Platform", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Followers", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Tier", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn(("Fee per post " + money).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Posts", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableSetupColumn("Reach", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Cost", ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();

    for (std::size_t i = 0; i < ctx.plan.creators.size(); ++i) {
        ImGui::TableNextRow();
        draw_creator_row(ctx, ctx.plan.creators[i], ctx.projection.creators[i]);
    }
    ImGui::TableNextRow();
    draw_add_form(ctx);
    ImGui::EndTable();
}

}  // namespace roster::ui
