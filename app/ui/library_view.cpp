#include "library_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "engine/validation.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/translation.h"
#include "widgets.h"

namespace roster::ui {
using present::tr;

LibraryChoice draw_library_view(ViewContext& ctx, const std::vector<LibraryRow>& rows,
                                const std::optional<std::string>& deleted) {
    using Kind = LibraryChoice::Kind;
    LibraryChoice choice;
    LibraryViewState& view = ctx.state.library;
    bool& shown = ctx.state.windows.library;
    if (!shown) return choice;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(1100.0f, vp->Size.x - 40.0f), 360.0f), ImGuiCond_Appearing);
    if (!ImGui::Begin(titled("Plans in this browser", "library").c_str(), &shown, ImGuiWindowFlags_NoCollapse)) {
        ImGui::End();
        return choice;
    }
    if (ImGui::BeginTable("library", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        // Dates and sizes whole in either language; the plan's name takes the rest of the room
        // and shows whole on hover when it is longer.
        const std::string date_sample = present::render(local_time_text(std::time(nullptr)));
        ImGui::TableSetupColumn(tr("Plan"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr("Last saved"), ImGuiTableColumnFlags_WidthFixed, column_width(tr("Last saved"), date_sample.c_str()));
        ImGui::TableSetupColumn(tr("Last downloaded"), ImGuiTableColumnFlags_WidthFixed,
                                column_width(tr("Last downloaded"), date_sample.c_str()));
        ImGui::TableSetupColumn(tr("Size"), ImGuiTableColumnFlags_WidthFixed, column_width(tr("Size"), present::format_size(999.0 * 1024).c_str()));
        const ImGuiStyle& style = ImGui::GetStyle();
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed,
                                (ImGui::CalcTextSize(tr("Open")).x + ImGui::CalcTextSize(tr("Rename")).x +
                                 ImGui::CalcTextSize(tr("Duplicate")).x + ImGui::CalcTextSize(tr("Delete")).x) + 8 * style.FramePadding.x +
                                    4 * style.ItemSpacing.x);
        ImGui::TableHeadersRow();
        for (const LibraryRow& row : rows) {
            const LibraryEntry& e = row.entry;
            ImGui::PushID(static_cast<int>(e.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (view.renaming == e.id) {
                ImGui::SetNextItemWidth(-1.0f);
                if (ImGui::IsWindowAppearing() || !ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
                if (ImGui::InputText("##name", view.name, sizeof view.name, ImGuiInputTextFlags_EnterReturnsTrue)) {
                    choice = {Kind::Rename, e.id, view.name};
                    view.renaming = 0;
                }
                ctx.mark("library-name-field");
            } else {
                // The open plan says so first, so a long name cannot push the word out of sight.
                if (row.open) {
                    ImGui::TextDisabled("%s", tr("(open)"));
                    ImGui::SameLine();
                }
                text_whole_on_hover(e.name);
            }
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.not_saved_yet ? tr("not yet") : present::render(local_time_text(e.saved)).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(present::render(local_time_text(e.downloaded)).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(e.bytes > 0 ? present::format_size(static_cast<double>(e.bytes)).c_str() : "");
            ImGui::TableNextColumn();
            if (!row.open) {
                if (ImGui::SmallButton(tr("Open"))) choice = {Kind::Open, e.id, {}};
                ctx.mark("library-open:" + std::to_string(e.id));
                ImGui::SameLine();
            }
            if (ImGui::SmallButton(tr("Rename"))) {
                view.renaming = e.id;
                std::snprintf(view.name, sizeof view.name, "%s", e.name.c_str());
            }
            ctx.mark("library-rename:" + std::to_string(e.id));
            ImGui::SameLine();
            if (ImGui::SmallButton(tr("Duplicate"))) choice = {Kind::Duplicate, e.id, {}};
            ctx.mark("library-duplicate:" + std::to_string(e.id));
            if (!row.open) {
                ImGui::SameLine();
                if (ImGui::SmallButton(tr("Delete"))) choice = {Kind::Delete, e.id, {}};
                ctx.mark("library-delete:" + std::to_string(e.id));
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (deleted) {
        const std::string label = present::trf("Undo delete of “%s”", {*deleted});
        if (ImGui::Button(label.c_str())) choice.kind = Kind::UndoDelete;
        ctx.mark("library-undo-delete");
    }
    ImGui::TextDisabled("%s", tr("Plans live in this browser only: download the ones that matter (Plan > Download plan file)."));
    ImGui::End();
    return choice;
}

std::optional<StatusMessage> library_news(LibraryChoice::Kind kind, const LibraryChange& change) {
    using Kind = LibraryChoice::Kind;
    using Result = LibraryChange::Result;
    if (change.result == Result::Unreadable) return std::nullopt;  // nothing changed
    const bool done = change.result == Result::Done;
    const auto news = [&](MessageId id) { return StatusMessage(Message(id).text("plan", change.plan), false); };
    const auto refusal = [](Message message) { return StatusMessage(std::move(message), true); };
    switch (kind) {
        case Kind::Rename:
            if (done) return std::nullopt;
            if (change.result == Result::NameRefused)
                return refusal(Message(MessageId::NotRenamedName).integer("max", static_cast<double>(PlanLimits::kMaxNameLength)));
            return refusal(Message(MessageId::NotRenamedStorage));
        case Kind::Duplicate: return done ? news(MessageId::DuplicatedAs) : refusal(Message(MessageId::DuplicateRefused));
        case Kind::Delete: return done ? std::optional<StatusMessage>(news(MessageId::DeletedPlan)) : std::nullopt;
        case Kind::UndoDelete: return done ? news(MessageId::RestoredPlan) : refusal(Message(MessageId::RestoreRefused));
        case Kind::None:
        case Kind::Open: break;
    }
    return std::nullopt;
}

}  // namespace roster::ui
