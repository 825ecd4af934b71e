#include "roster_view.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>

#include "engine/text.h"
#include "engine/validation.h"
#include "engine/vocabulary.h"
#include "document/platform_change.h"
#include "present/budget.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/translation.h"
#include "number_field.h"
#include "theme.h"
#include "widgets.h"

namespace roster::ui {
using namespace roster::present;
namespace {

// In the order shown: the remove button (the add form's Add) right after the name, so that it stays
// in view with the name when a narrow window scrolls the figures sideways. Cells are drawn by
// column index, so this order alone decides where each one shows.
// The tier, read-only, comes after the fee and posts, so that everything typed stays in view.
enum Col { ColSelect, ColName, ColRemove, ColPlatform, ColFormat, ColFollowers, ColFee, ColPosts, ColTier, ColReach, ColAdds, ColCost, ColCount };

// The table's column for each sortable column of the view model.
constexpr RosterColumn kSortColumn[ColCount] = {
    RosterColumn::Name, RosterColumn::Name, RosterColumn::Name,  RosterColumn::Platform, RosterColumn::Platform,
    RosterColumn::Followers, RosterColumn::Fee, RosterColumn::Posts, RosterColumn::Tier,  RosterColumn::Reach,
    RosterColumn::Incremental, RosterColumn::Cost};

// The platform a new creator starts on: the one most of the roster is on (the first in the
// platform list among equals), Instagram for the first creator.
int usual_platform(const Plan& plan) {
    std::array<int, kPlatformCount> count{};
    for (const Creator& c : plan.creators) ++count[static_cast<std::size_t>(c.platform)];
    return static_cast<int>(std::max_element(count.begin(), count.end()) - count.begin());
}

// The widest format name a combo shows, in the display language, arrow included.
float format_column_width() {
    float widest = 0.0f;
    for (int p = 0; p < kPlatformCount; ++p)
        for (int f = 0; f < kFormatCount; ++f)
            if (platform_offers(static_cast<Platform>(p), static_cast<Format>(f)))
                widest = std::max(widest, ImGui::CalcTextSize(tr(std::string(format_label(static_cast<Platform>(p), static_cast<Format>(f))).c_str())).x);
    return widest + 2 * ImGui::GetStyle().FramePadding.x + ImGui::GetFrameHeight();
}

// A combo whose every choice is a landmark ("<prefix>-<key>"), as the add row's platform and
// format: choices the page (and its tests) can find like any other control. `offered(i)` hides
// the choices that do not apply.
bool marked_combo(ViewContext& ctx, const char* id, int& value, int count, const std::function<std::string(int)>& label,
                  const std::function<bool(int)>& offered, const std::string& prefix,
                  const std::function<std::string(int)>& key) {
    bool changed = false;
    if (ImGui::BeginCombo(id, label(value).c_str())) {
        for (int i = 0; i < count; ++i) {
            if (!offered(i)) continue;
            if (ImGui::Selectable(label(i).c_str(), i == value)) {
                changed = i != value;
                value = i;
            }
            if (i == value) ImGui::SetItemDefaultFocus();
            ctx.mark(prefix + "-" + key(i));
        }
        ImGui::EndCombo();
    }
    return changed;
}

void tier_badge(Tier tier) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + h * 0.35f, p.y + h * 0.5f), h * 0.28f, tier_color(tier));
    ImGui::Dummy(ImVec2(h * 0.8f, h));
    ImGui::SameLine(0, 2);
    ImGui::TextUnformatted(std::string(tier_label(tier)).c_str());
}

// One creator row. Edits go to a copy; a command is issued only once the field is left
// (or a choice is made), so typing "12000" is one undo step, not five.
void draw_creator_row(ViewContext& ctx, const std::vector<CreatorId>& shown, std::size_t index) {
    const Creator& creator = ctx.plan.creators[index];
    const CreatorProjection& p = ctx.projection.creators[index];
    RosterTableState& table = ctx.state.table;
    ImGui::PushID(static_cast<int>(creator.id));
    Creator edited = creator;
    bool commit = false;

    // The row's selection area spans the whole row behind the fields: a click on any part that
    // is not a field selects the creator (Ctrl adds, Shift extends).
    ImGui::TableSetColumnIndex(ColSelect);
    const bool selected = table.selection.contains(creator.id);
    if (ImGui::Selectable("##select", selected,
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                          ImVec2(0, ImGui::GetFrameHeight()))) {
        const ImGuiIO& io = ImGui::GetIO();
        table.selection.click(creator.id, io.KeyCtrl || io.KeySuper, io.KeyShift, shown);
    }
    {
        // The row's landmark is its first cell, the one place a click selects without editing.
        const ImVec2 min = ImGui::GetItemRectMin();
        ctx.mark("row-" + std::to_string(creator.id), min.x, min.y, ImGui::GetColumnWidth(), ImGui::GetItemRectSize().y);
    }

    ImGui::TableSetColumnIndex(ColName);
    char name[256];
    std::snprintf(name, sizeof name, "%s", creator.name.c_str());
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputText("##name", name, sizeof name);
    if (ImGui::IsItemDeactivatedAfterEdit()) { edited.name = name; commit = true; }
    if (!creator.handle.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", creator.handle.c_str());

    ImGui::TableSetColumnIndex(ColPlatform);
    int platform = static_cast<int>(creator.platform);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (platform_combo("##platform", platform)) {
        // Each deliverable in the nearest format the new platform offers, said in the status bar.
        edited = on_platform(edited, static_cast<Platform>(platform), &ctx.notes);
        commit = true;
    }

    ImGui::TableSetColumnIndex(ColFollowers);
    long long followers = creator.followers;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (grouped_count_field("##followers", followers)) { edited.followers = followers; commit = true; }

    ImGui::TableSetColumnIndex(ColTier);
    tier_badge(p.tier);

    // The row edits the creator's main deliverable (the first line); a creator without one gets
    // a line of the platform's main format when a fee or a post count is typed. The detail panel
    // edits every line.
    const Deliverable main_line =
        creator.deliverables.empty() ? Deliverable{reference_format(creator.platform), 0, 0} : creator.deliverables.front();
    const auto set_main_line = [&](const Deliverable& d) {
        if (edited.deliverables.empty()) edited.deliverables.push_back(d);
        else edited.deliverables.front() = d;
        commit = true;
    };
    ImGui::TableSetColumnIndex(ColFormat);
    Format format = main_line.format;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (format_combo("##format", creator.platform, format)) {
        Deliverable d = main_line;
        d.format = format;
        set_main_line(d);
    }
    if (ImGui::IsItemHovered() && creator.deliverables.size() > 1)
        ImGui::SetTooltip(tr("The first of %d deliverable lines; the creator panel shows them all."),
                          static_cast<int>(creator.deliverables.size()));

    ImGui::TableSetColumnIndex(ColFee);
    double fee = units_from_cents(main_line.unit_fee_cents);
    if (!creator.paid) {
        // An earned creator is paid no fee: the cost column shows what they do cost.
        ImGui::TextDisabled("%s", tr("unpaid"));
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", tr("An earned creator is paid no fee; the fee is kept in case they become paid."));
    } else {
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (number_field("##fee", fee, 2)) {
            Deliverable d = main_line;
            d.unit_fee_cents = cents_from_units(fee);
            set_main_line(d);
        }
    }
    if (creator.paid && ImGui::IsItemHovered() && creator.deliverables.size() > 1)
        ImGui::SetTooltip(tr("The first of %d deliverable lines; the creator panel shows them all."),
                          static_cast<int>(creator.deliverables.size()));

    ImGui::TableSetColumnIndex(ColPosts);
    int posts = main_line.count;
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputInt("##posts", &posts, 0, 0);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        Deliverable d = main_line;
        d.count = posts;
        set_main_line(d);
    }

    ImGui::TableSetColumnIndex(ColReach);
    right_aligned_text(format_count(p.outcome.reach));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", trf("One %s reaches %s of followers%s. %s posts reach %s people at least once "
                                    "(frequency %s), %s views.",
                                    {tr(std::string(format_label(creator.platform, main_line.format)).c_str()),
                                     format_percent(p.reference_rate),
                                     tr(p.measured ? " (creator's own figure)" : " (benchmark estimate)"),
                                     std::to_string(total_posts(creator)), format_count(p.outcome.reach),
                                     format_ratio(p.ratios.frequency), format_count(p.outcome.views)})
                                    .c_str());

    ImGui::TableSetColumnIndex(ColAdds);
    const auto& incremental = ctx.projection.audience.incremental;
    if (index < incremental.size()) {
        right_aligned_text(format_count(incremental[index]));
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(tr("People the plan would no longer reach without %s: the rest of their reach is "
                              "people other creators of the plan reach too."),
                              creator.name.c_str());
    }

    ImGui::TableSetColumnIndex(ColCost);
    right_aligned_text(format_money(p.outcome.cost(), ctx.plan.campaign.currency));

    ImGui::TableSetColumnIndex(ColRemove);
    // Full-height buttons: at least 24 x 24 CSS pixels to hit (WCAG 2.2 target size).
    if (ImGui::Button("x", ImVec2(ImGui::GetFrameHeight(), 0.0f))) ctx.commands.push_back(RemoveCreator{creator.id});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(tr("Remove %s (Ctrl+Z brings them back)"), creator.name.c_str());
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

    bool refocus = false;  // a platform or format was chosen in this frame
    ImGui::TableSetColumnIndex(ColSelect);
    ImGui::TableSetColumnIndex(ColName);
    if (ctx.state.focus_form_name) {
        ImGui::SetKeyboardFocusHere();
        ctx.state.focus_form_name = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##name", tr("New creator's name"), form.name, sizeof form.name);
    submit |= entered();
    ctx.mark("add-name");

    ImGui::TableSetColumnIndex(ColPlatform);
    ImGui::SetNextItemWidth(-FLT_MIN);
    int platform = form.platform >= 0 ? form.platform : usual_platform(ctx.plan);
    const auto platform_name = [](int i) { return std::string(platform_label(static_cast<Platform>(i))); };
    const auto platform_id = [](int i) { return std::string(platform_key(static_cast<Platform>(i))); };
    if (marked_combo(ctx, "##platform", platform, kPlatformCount, platform_name, [](int) { return true; }, "add-platform",
                     platform_id)) {
        form.platform = platform;
        form.format = -1;  // the new platform's main format, until one is picked
        refocus = true;
    }
    if (ImGui::IsItemHovered() && form.platform < 0)
        ImGui::SetTooltip("%s", tr("A new creator starts on the platform most of the roster is on: pick another here."));
    ctx.mark("add-platform");

    ImGui::TableSetColumnIndex(ColFormat);
    ImGui::SetNextItemWidth(-FLT_MIN);
    const Platform chosen = static_cast<Platform>(platform);
    int format_index = form.format >= 0 ? form.format : static_cast<int>(reference_format(chosen));
    const auto format_name = [chosen](int f) {
        return std::string(tr(std::string(format_label(chosen, static_cast<Format>(f))).c_str()));
    };
    const auto offered = [chosen](int f) { return platform_offers(chosen, static_cast<Format>(f)); };
    const auto format_id = [](int f) { return std::string(format_key(static_cast<Format>(f))); };
    if (marked_combo(ctx, "##format", format_index, kFormatCount, format_name, offered, "add-format", format_id)) {
        form.format = format_index;
        refocus = true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("What the creator posts: the formats this platform offers."));
    ctx.mark("add-format");
    const Format format = static_cast<Format>(format_index);

    // A choice made, typing goes on where it stopped: the name when it is still empty, else the
    // followers (no click back into the row).
    if (refocus && form.name[0] == '\0') ctx.state.focus_form_name = true;
    ImGui::TableSetColumnIndex(ColFollowers);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (refocus && form.name[0] != '\0') ImGui::SetKeyboardFocusHere();
    grouped_count_field("##followers", form.followers);
    submit |= entered();
    ctx.mark("add-followers");

    ImGui::TableSetColumnIndex(ColTier);
    if (form.followers > 0) tier_badge(tier_of(form.followers, ctx.plan.tiers));

    ImGui::TableSetColumnIndex(ColFee);
    ImGui::SetNextItemWidth(-FLT_MIN);
    number_field("##fee", form.fee_per_post, 2);
    submit |= entered();
    ctx.mark("add-fee");

    ImGui::TableSetColumnIndex(ColPosts);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputInt("##posts", &form.posts, 0, 0);
    submit |= entered();
    ctx.mark("add-posts");

    ImGui::TableSetColumnIndex(ColReach);
    ImGui::TableSetColumnIndex(ColAdds);
    ImGui::TableSetColumnIndex(ColCost);
    ImGui::TableSetColumnIndex(ColRemove);
    submit |= ImGui::Button(tr("Add"));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Add this creator to the roster (Enter in any field does the same)."));
    ctx.mark("add-button");
    ImGui::PopID();

    if (!submit) return;
    Creator c;
    c.name = std::string(trimmed(form.name));
    c.platform = static_cast<Platform>(platform);
    c.followers = form.followers;
    c.deliverables.push_back({format, form.posts, cents_from_units(form.fee_per_post)});
    const auto problems = check_creator(c, ctx.plan.campaign);
    if (!problems.empty()) {
        ctx.state.message = {Message(MessageId::NotAdded).nested("cause", problems.front().message), true};
        return;
    }
    ctx.commands.push_back(AddCreator{c});
    form = NewCreatorForm{};  // the platform back to the roster's usual one, in view in its combo
    ctx.state.focus_form_name = true;
}

// Filter fields, then what can be done with the selection.
void draw_toolbar(ViewContext& ctx, const std::vector<CreatorId>& shown) {
    RosterTableState& table = ctx.state.table;
    // Each control as wide as its words in the display language; the row wraps where the window
    // is too narrow for all of them.
    const char* filter_hint = tr("Filter by name or handle");
    ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 11, ImGui::CalcTextSize(filter_hint).x +
                                                                    2 * ImGui::GetStyle().FramePadding.x));
    if (ImGui::InputTextWithHint("##filter", filter_hint, table.filter_text, sizeof table.filter_text))
        table.filter.text = std::string(trimmed(table.filter_text));
    ctx.mark("roster-filter");
    const auto platform_name = [](int i) { return std::string(platform_label(static_cast<Platform>(i))); };
    const auto tier_name = [](int i) { return std::string(tr(std::string(tier_label(static_cast<Tier>(i))).c_str())); };
    const float platform_w = combo_width(tr("All platforms"), kPlatformCount, platform_name);
    same_line_if_fits(platform_w);
    ImGui::SetNextItemWidth(platform_w);
    choice_combo("##filter-platform", table.filter.platform, tr("All platforms"), kPlatformCount, platform_name);
    ctx.mark("roster-filter-platform");
    const float tier_w = combo_width(tr("All tiers"), kTierCount, tier_name);
    same_line_if_fits(tier_w);
    ImGui::SetNextItemWidth(tier_w);
    choice_combo("##filter-tier", table.filter.tier, tr("All tiers"), kTierCount, tier_name);
    ctx.mark("roster-filter-tier");
    if (table.filter.active()) {
        char counted[96];
        std::snprintf(counted, sizeof counted, tr("%d of %d creators"), static_cast<int>(shown.size()),
                      static_cast<int>(ctx.plan.creators.size()));
        same_line_if_fits(ImGui::CalcTextSize(counted).x);
        ImGui::TextDisabled("%s", counted);
        same_line_if_fits(button_width(tr("Show all")));
        if (ImGui::SmallButton(tr("Show all"))) {
            table.filter = {};
            table.filter_text[0] = '\0';
        }
    } else {
        char counted[64];
        std::snprintf(counted, sizeof counted, tr("%d creators"), static_cast<int>(ctx.plan.creators.size()));
        same_line_if_fits(ImGui::CalcTextSize(counted).x);
        ImGui::TextDisabled("%s", counted);
    }
    if (const auto budget = present::budget_note(ctx.projection, ctx.plan.campaign.currency)) {
        same_line_if_fits(ImGui::CalcTextSize(present::render(budget->message).c_str()).x);
        budget_text(ctx.projection, ctx.plan.campaign.currency);
        ctx.mark("roster-budget");
    }

    if (table.selection.empty()) {
        if (ctx.plan.creators.empty())
            ImGui::TextDisabled("%s", tr("Add your first creator: type a name, platform, followers, fee and posts, then Enter."));
        else if (shown.empty())
            ImGui::TextDisabled("%s", tr("No creator matches the filter."));
        else
            ImGui::TextDisabled("%s", tr("Click a row to select it, Ctrl+click or Shift+click for several."));
        return;
    }
    const std::vector<CreatorId> ids(table.selection.ids().begin(), table.selection.ids().end());
    ImGui::TextUnformatted(present::render(Message(MessageId::RosterSelected).count("n", static_cast<double>(ids.size()))).c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3.5f);
    ImGui::InputInt("##bulk-posts", &table.bulk_posts, 0, 0);
    ctx.mark("bulk-posts");
    ImGui::SameLine(0, 4);
    if (ImGui::SmallButton(tr("Set posts")))
        ctx.commands.push_back(UpdateCreators{with_posts(ctx.plan, table.selection.ids(), table.bulk_posts)});
    ctx.mark("bulk-set-posts");
    // The fee field and its button stay together when the row wraps.
    same_line_if_fits(ImGui::GetFontSize() * 5 + 4 + button_width(tr("Set fee per post")));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
    ImGui::InputDouble("##bulk-fee", &table.bulk_fee, 0.0, 0.0, "%.2f");
    ImGui::SameLine(0, 4);
    if (ImGui::SmallButton(tr("Set fee per post")))
        ctx.commands.push_back(
            UpdateCreators{with_fee(ctx.plan, table.selection.ids(), cents_from_units(table.bulk_fee))});
    same_line_if_fits(button_width(tr("Duplicate")));
    if (ImGui::SmallButton(tr("Duplicate"))) ctx.commands.push_back(DuplicateCreators{ids});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+D");
    same_line_if_fits(button_width(tr("Remove selected")));
    if (ImGui::SmallButton(tr("Remove selected"))) ctx.commands.push_back(RemoveCreators{ids});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Delete"));
    ctx.mark("bulk-remove");
    same_line_if_fits(button_width(tr("Clear selection")));
    if (ImGui::SmallButton(tr("Clear selection"))) table.selection.clear();
}

// Delete, Ctrl+A, Ctrl+D and Escape act on the selection while no field is being typed in.
void selection_keys(ViewContext& ctx, const std::vector<CreatorId>& shown) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || !ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) return;
    RosterSelection& selection = ctx.state.table.selection;
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    if (ctrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_A))) selection.select_all(shown);
    if (selection.empty()) return;
    const std::vector<CreatorId> ids(selection.ids().begin(), selection.ids().end());
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Delete))) ctx.commands.push_back(RemoveCreators{ids});
    if (ctrl && ImGui::IsKeyPressed(letter_key('D'))) ctx.commands.push_back(DuplicateCreators{ids});
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) selection.clear();
}

}  // namespace

void draw_roster_view(ViewContext& ctx) {
    RosterTableState& table = ctx.state.table;
    table.selection.keep_only(ctx.plan);
    const std::vector<std::size_t> rows = roster_rows(ctx.plan, ctx.projection, table.filter, table.sort);
    std::vector<CreatorId> shown;
    shown.reserve(rows.size());
    for (std::size_t i : rows) shown.push_back(ctx.plan.creators[i].id);

    draw_toolbar(ctx, shown);
    selection_keys(ctx, shown);

    // Every column at least as wide as its header and the figures it shows, in the display
    // language: the columns share out a wider window, and a narrower one scrolls sideways rather
    // than cutting "Instagram" or a fee short.
    const std::string money = " (" + currency_symbol(ctx.plan.campaign.currency) + ")";
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto fits = [](const std::string& header, const char* sample) { return column_width(header.c_str(), sample); };
    const float combo_extra = 2 * style.FramePadding.x + ImGui::GetFrameHeight();
    const std::vector<float> widths = {
        ImGui::GetFontSize() * 0.8f,
        std::max(fits(tr("Creator"), ""), ImGui::GetFontSize() * 7),
        std::max(ImGui::CalcTextSize(tr("Add")).x, ImGui::GetFontSize()) + style.FramePadding.x * 2 + 4,
        std::max(fits(tr("Platform"), ""), fits("", "Instagram") + combo_extra),
        std::max(fits(tr("Format"), ""), format_column_width()),
        fits(tr("Followers"), "12,345,678") + 2 * style.FramePadding.x,
        fits(tr("Fee") + money, "180,000.00") + 2 * style.FramePadding.x,
        fits(tr("Posts"), "000") + 2 * style.FramePadding.x,
        fits(tr("Tier"), "\xE2\x97\x8F Macro"),
        fits(tr("Reach"), "28,664,060"),
        fits(tr("Adds"), "28,664,060"),
        fits(tr("Cost"), "1 234 567 \xE2\x82\xAC"),
    };
    const float inner_width = table_inner_width(widths);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_SortMulti | ImGuiTableFlags_SortTristate;
    // (Its id changed with the column order, so widths saved for the old order are not applied.)
    if (!ImGui::BeginTable("roster-table", ColCount, flags, ImVec2(0.0f, 0.0f), inner_width)) return;
    // The header and the add form stay in view while a long roster scrolls, and the names with
    // their remove buttons while a narrow window scrolls sideways.
    ImGui::TableSetupScrollFreeze(ColRemove + 1, 2);
    const ImGuiTableColumnFlags fixed = ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoSort |
                                        ImGuiTableColumnFlags_NoResize;
    const ImGuiTableColumnFlags stretch = ImGuiTableColumnFlags_WidthStretch;
    const ImGuiTableColumnFlags figure = stretch | ImGuiTableColumnFlags_PreferSortDescending;
    ImGui::TableSetupColumn("", fixed, widths[0]);
    ImGui::TableSetupColumn(tr("Creator"), stretch, widths[1]);
    ImGui::TableSetupColumn("", fixed, widths[2]);
    ImGui::TableSetupColumn(tr("Platform"), stretch, widths[3]);
    ImGui::TableSetupColumn(tr("Format"), stretch | ImGuiTableColumnFlags_NoSort, widths[4]);
    ImGui::TableSetupColumn(tr("Followers"), stretch, widths[5]);
    ImGui::TableSetupColumn((tr("Fee") + money).c_str(), stretch, widths[6]);
    ImGui::TableSetupColumn(tr("Posts"), stretch, widths[7]);
    ImGui::TableSetupColumn(tr("Tier"), stretch, widths[8]);
    ImGui::TableSetupColumn(tr("Reach"), figure, widths[9]);
    ImGui::TableSetupColumn(tr("Adds"), figure, widths[10]);
    ImGui::TableSetupColumn(tr("Cost"), figure, widths[11]);
    ImGui::TableHeadersRow();
    if ((ImGui::TableGetColumnFlags(ColAdds) & ImGuiTableColumnFlags_IsHovered) && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr("Net reach the plan loses without this creator (incremental reach)."));

    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        table.sort.clear();
        for (int i = 0; i < specs->SpecsCount; ++i) {
            const ImGuiTableColumnSortSpecs& s = specs->Specs[i];
            table.sort.push_back({kSortColumn[s.ColumnIndex], s.SortDirection == ImGuiSortDirection_Descending});
        }
        specs->SpecsDirty = false;
    }

    ImGui::TableNextRow();
    draw_add_form(ctx);

    // Only the rows in view are drawn: a roster of thousands costs what a screenful costs.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            ImGui::TableNextRow();
            draw_creator_row(ctx, shown, rows[static_cast<std::size_t>(r)]);
        }
    ImGui::EndTable();
    ctx.copyable(present::ExportTable::Creators);
}

}  // namespace roster::ui
