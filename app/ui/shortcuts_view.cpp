#include "shortcuts_view.h"

#include <imgui.h>

#include "present/translation.h"
#include "widgets.h"

namespace roster::ui {
using present::tr;

void draw_shortcuts_view(ViewContext& ctx) {
    struct Shortcut {
        const char* keys;
        const char* does;
    };
    // The keys as printed on a keyboard; what they do in the planner's words.
    const Shortcut shortcuts[] = {
        {"Ctrl+Z", tr("Undo the last change to the plan (outside a text field)")},
        {"Ctrl+Shift+Z, Ctrl+Y", tr("Redo")},
        {"Ctrl+K", tr("Show or hide the assumptions and campaign")},
        {"Ctrl+A", tr("Select every creator shown in the roster")},
        {"Ctrl+D", tr("Duplicate the selected creators")},
        {tr("Delete"), tr("Remove the selected creators")},
        {tr("Esc"), tr("Clear the selection; in a field, give up what was typed; leave the presentation")},
        {"Ctrl+C", tr("Over a table or chart: copy it as cells for a spreadsheet")},
        {"Ctrl+V", tr("Outside a field: paste cells from a spreadsheet (import preview) or a plan")},
        {tr("Enter"), tr("In the new creator's row: add the creator")},
        {tr("Arrows, Space"), tr("In the presentation: the next or previous scenario")},
        {tr("F1 or ?"), tr("This list")},
    };
    if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn(tr("Keys"));
        ImGui::TableSetupColumn(tr("What they do"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableHeadersRow();
        for (const Shortcut& s : shortcuts) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(s.keys);
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", s.does);
        }
        ImGui::EndTable();
    }
    ctx.mark("shortcuts-list");
    ImGui::TextDisabled("%s", tr("On a Mac, Cmd works where Ctrl is written."));
}

bool shortcuts_asked() {
    const ImGuiIO& io = ImGui::GetIO();
    // Dear ImGui 1.86 names no function keys; its SDL backend indexes keys by scancode, where F1
    // is 54 places after A (SDL_SCANCODE_F1 = 58, SDL_SCANCODE_A = 4), as letter_key counts letters.
    const int f1 = letter_key('A') + 54;
    if (f1 >= 0 && f1 < IM_ARRAYSIZE(io.KeysDown) && ImGui::IsKeyPressed(f1, false)) return true;
    if (io.WantTextInput) return false;
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i)
        if (io.InputQueueCharacters[i] == '?') return true;
    return false;
}

}  // namespace roster::ui
