#include "status_bar.h"

#include <imgui.h>
#include <imgui_internal.h>  // BringWindowToDisplayFront

#include <algorithm>
#include <ctime>
#include <vector>

#include "present/message_render.h"
#include "present/translation.h"

namespace roster::ui {

using present::tr;

StatusBarChoice draw_status_bar(ViewContext& ctx, const SaveState& save, std::string& said) {
    using Kind = StatusBarChoice::Kind;
    StatusBarChoice choice;
    const bool failing = save.unsaved && (save.last == SaveOutcome::StorageFull ||
                                          save.last == SaveOutcome::StorageUnavailable ||
                                          save.last == SaveOutcome::NewerElsewhere);
    const std::string right =
        save.blocked ? tr("Not saving: an unreadable save is being kept")
        : failing && save.last == SaveOutcome::StorageFull
            ? tr("Browser storage is full: changes are NOT being saved")
        : failing && save.last == SaveOutcome::NewerElsewhere
            ? tr("Another tab saved this plan later: changes here are NOT saved")
        : failing ? tr("This browser does not let Roster store data: the plan lives only in this tab")
        : save.unsaved ? tr("Saving…")
                       : present::render(save_times_text(save.saved_at, save.downloaded_at,
                                                         static_cast<std::int64_t>(std::time(nullptr))));
    // What the planner can do about it, as buttons after the words: each with its label and its
    // landmark for the tests.
    struct Button {
        Kind kind;
        const char* label;
        const char* landmark;
    };
    std::vector<Button> actions;
    // Downloading is then the only way to keep the work beyond this tab.
    if (failing && (save.last == SaveOutcome::StorageFull || save.last == SaveOutcome::StorageUnavailable))
        actions.push_back({Kind::DownloadPlan, "Download the plan", "status-download"});
    if (failing && save.last == SaveOutcome::NewerElsewhere) {
        actions.push_back({Kind::OpenTheirs, "Open the other tab's version", "status-open-theirs"});
        actions.push_back({Kind::KeepMine, "Keep this tab's version", "status-keep-mine"});
    }
    if (save.has_unreadable)
        actions.push_back({Kind::DownloadUnreadable, "Download the unreadable save", "status-download-unreadable"});
    // Warnings are published with the message, so screen readers (and tests) hear them too.
    const std::string message_text = ctx.state.message.text();
    said = message_text;
    if (failing || save.blocked) said += (said.empty() ? "" : " ") + right + ".";

    // The right-hand block (save state and actions) keeps its width; the message wraps beside
    // it, and the bar grows to fit it.
    const ImGuiStyle& style = ImGui::GetStyle();
    float right_w = ImGui::CalcTextSize(right.c_str()).x;
    for (const Button& a : actions) right_w += style.ItemSpacing.x + ImGui::CalcTextSize(tr(a.label)).x + 2 * style.FramePadding.x;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float inner = vp->WorkSize.x - 2 * style.WindowPadding.x;
    right_w = std::min(right_w, inner * 0.8f);
    const float message_w = std::max(100.0f, inner - right_w - 2 * style.ItemSpacing.x);
    const float message_h = message_text.empty() ? 0.0f : ImGui::CalcTextSize(message_text.c_str(), nullptr, false, message_w).y;
    const float height = std::max(ImGui::GetFrameHeightWithSpacing(), message_h + style.ItemSpacing.y) +
                         2 * style.WindowPadding.y;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - height));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    if (ImGui::Begin("##status", nullptr, flags)) {
        // A long message makes the bar taller than the working windows left room for: it is
        // drawn over them, so that what the planner must read is never hidden.
        ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
        const float top = ImGui::GetCursorPosY();
        if (!message_text.empty()) {
            const ImVec4 color = ctx.state.message.is_error ? ImVec4(0.75f, 0.10f, 0.10f, 1.0f)
                                                            : ImVec4(0.15f, 0.35f, 0.15f, 1.0f);
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + message_w);
            ImGui::TextColored(color, "%s", message_text.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - right_w, top));
        ImGui::AlignTextToFramePadding();
        if (failing || save.blocked) ImGui::TextColored(ImVec4(0.75f, 0.10f, 0.10f, 1.0f), "%s", right.c_str());
        else ImGui::TextDisabled("%s", right.c_str());
        for (const Button& a : actions) {
            ImGui::SameLine();
            if (ImGui::Button(tr(a.label))) choice.kind = a.kind;
            ctx.mark(a.landmark);
        }
    }
    ImGui::End();
    ImGui::PopStyleVar();
    return choice;
}

}  // namespace roster::ui
