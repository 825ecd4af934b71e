#include "actuals_panel.h"

#include <imgui.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "present/field_number.h"
#include "present/format.h"
#include "present/message_render.h"
#include "widgets.h"

namespace roster::ui {
using namespace roster::present;

namespace {

struct Post {
    Format format;
    int number;  // among the creator's posts of that format, from 1
};

// The creator's planned posts, numbered per format as actuals are (engine/actuals.h).
std::vector<Post> planned_posts(const Creator& c) {
    std::vector<Post> posts;
    std::map<Format, int> seen;
    for (const Deliverable& d : c.deliverables)
        for (int i = 0; i < d.count && posts.size() < ActualsLimits::kMaxPost; ++i) posts.push_back({d.format, ++seen[d.format]});
    return posts;
}

std::string post_name(Platform platform, const Post& p) {
    return render(Message(MessageId::ActualsOfPost).format("format", platform, p.format).integer("post", p.number));
}

// The post being looked at in the panel, by creator.
std::map<CreatorId, int> g_post;
// What is being typed in a figure's field, kept while the field is active (ImGui hands the text
// back only through a buffer that outlives the frame).
std::map<ImGuiID, std::array<char, 64>> g_typing;

// A number of the post: its text when known (money in currency units), empty when not. Returns
// the new value once the planner leaves the field having changed it: a number, or none when
// emptied. A text that is not a number leaves the value as it was and says so.
bool figure_field(ViewContext& ctx, const char* id, const ActualValue& v, bool money, std::optional<std::int64_t>& out) {
    const ImGuiID key = ImGui::GetID(id);
    const std::string shown = v.known ? field_text(money ? v.value / 100.0 : static_cast<double>(v.value), money ? 2 : 0) : "";
    std::array<char, 64> local{};
    std::snprintf(local.data(), local.size(), "%s", shown.c_str());
    auto found = g_typing.find(key);
    char* buffer = found != g_typing.end() ? found->second.data() : local.data();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint(id, "—", buffer, local.size(), ImGuiInputTextFlags_AutoSelectAll);
    if (ImGui::IsItemActivated() && found == g_typing.end()) g_typing[key] = local;
    if (!ImGui::IsItemDeactivated()) return false;
    const auto kept = g_typing.find(key);
    const std::string typed = kept != g_typing.end() ? kept->second.data() : local.data();
    if (kept != g_typing.end()) g_typing.erase(kept);
    if (!ImGui::IsItemDeactivatedAfterEdit() || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) return false;
    if (typed.find_first_not_of(" \t") == std::string::npos) {
        out.reset();
        return v.known;
    }
    const std::optional<double> number = parse_field_number(typed);
    if (!number || *number < 0.0) {
        ctx.notes.push_back(Message(MessageId::NumberUnread).text("text", typed).text("value", shown.empty() ? "—" : shown));
        return false;
    }
    out = std::llround(money ? *number * 100.0 : *number);
    return !v.known || *out != v.value || v.source != Provenance::Typed;
}

bool text_field(const char* id, const std::string& value, std::string& out, float width, const char* hint) {
    char buffer[ActualsLimits::kMaxAddress + 1];
    std::snprintf(buffer, sizeof buffer, "%s", value.c_str());
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint(id, hint, buffer, sizeof buffer);
    if (!ImGui::IsItemDeactivatedAfterEdit()) return false;
    out = buffer;
    return out != value;
}

}  // namespace

void draw_actuals_panel(ViewContext& ctx, const Creator& creator) {
    const std::vector<Post> posts = planned_posts(creator);
    if (posts.empty()) return;
    int& chosen = g_post[creator.id];
    if (chosen < 0 || chosen >= static_cast<int>(posts.size())) chosen = 0;
    const Post& post = posts[static_cast<std::size_t>(chosen)];
    const Actual* existing = find_actual(ctx.plan, creator.id, post.format, post.number);
    Actual actual;
    if (existing) actual = *existing;
    else {
        actual.creator = creator.id;
        actual.format = post.format;
        actual.post = post.number;
    }
    bool changed = false;

    ImGui::TextWrapped("%s", render(Message(MessageId::ActualsTypedNote)).c_str());
    // Which post: those with actuals have a dot.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(term_word(Term::ActualsColumnPost).c_str());
    ImGui::SameLine();
    const auto label = [&](int i) {
        const Post& p = posts[static_cast<std::size_t>(i)];
        return post_name(creator.platform, p) + (find_actual(ctx.plan, creator.id, p.format, p.number) ? "  •" : "");
    };
    ImGui::SetNextItemWidth(combo_width(nullptr, static_cast<int>(posts.size()), label));
    choice_combo("##actuals-post", chosen, nullptr, static_cast<int>(posts.size()), label);
    ctx.mark("actuals-post");
    ImGui::SameLine();
    bool posted = actual.posted;
    if (ImGui::Checkbox(term_word(Term::ActualsPosted).c_str(), &posted)) {
        actual.posted = posted;
        changed = true;
    }
    ctx.mark("actuals-posted");
    ImGui::SameLine();
    std::string typed;
    if (text_field("##actuals-date", actual.date, typed, ImGui::GetFontSize() * 6.5f, "YYYY-MM-DD")) {
        actual.date = typed;  // the command refuses a date that is not one, with the reason
        changed = true;
    }
    ctx.mark("actuals-date");
    if (existing) {
        ImGui::SameLine();
        if (ImGui::SmallButton(term_word(Term::ActualsClearPost).c_str())) {
            SetActuals clear;
            clear.removed = {actual};
            clear.creator_name = creator.name;
            ctx.commands.push_back(std::move(clear));
        }
        ctx.mark("actuals-clear");
    }
    if (text_field("##actuals-address", actual.url, typed, -FLT_MIN, term_word(Term::ActualsPostAddress).c_str())) {
        actual.url = typed;
        changed = true;
    }

    // Every number of the post, with its source; a tool's estimate in the warning colour.
    if (ImGui::BeginTable("actuals-figures", 3, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(term_word(Term::ActualsColumnFigure).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(term_word(Term::ActualsColumnActual).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(term_word(Term::ActualsColumnSource).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableHeadersRow();
        for (int i = 0; i < kActualFigureCount; ++i) {
            const ActualFigure f = static_cast<ActualFigure>(i);
            const ActualValue& v = actual[f];
            ImGui::PushID(i);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            std::string name = term_word(actual_figure_term(f));
            if (is_money(f)) name += " (" + currency_symbol(ctx.plan.campaign.currency) + ")";
            ImGui::TextUnformatted(name.c_str());
            ImGui::TableNextColumn();
            std::optional<std::int64_t> value;
            if (figure_field(ctx, "##figure", v, is_money(f), value)) {
                actual[f] = value ? ActualValue{true, *value, Provenance::Typed} : ActualValue{};
                changed = true;
            }
            ctx.mark("actuals-figure-" + std::string(actual_figure_key(f)));
            ImGui::TableNextColumn();
            if (v.known) {
                const std::string source = term_word(provenance_term(v.source));
                if (v.source == Provenance::Estimate) ImGui::TextColored(ImVec4(0.75f, 0.42f, 0.0f, 1.0f), "%s", source.c_str());
                else ImGui::TextDisabled("%s", source.c_str());
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (changed) {
        SetActuals set;
        set.actuals = {actual};
        set.creator_name = creator.name;
        ctx.commands.push_back(std::move(set));
    }
}

}  // namespace roster::ui
