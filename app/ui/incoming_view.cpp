#include "incoming_view.h"

#include <imgui.h>
#include <imgui_internal.h>  // which widget holds the keyboard: a pasted text goes there

#include <algorithm>

#include "present/message_render.h"
#include "present/translation.h"

namespace roster::ui {

using present::tr;

void IncomingView::type_into_field() {
    if (for_field_.empty()) return;
    ImGui::GetIO().AddInputCharactersUTF8(for_field_.c_str());
    for_field_.clear();
}

// Called after every widget of the frame ran, so a text field clicked in this frame counts.
std::optional<std::string> IncomingView::place_paste() {
    if (!pasted_) return std::nullopt;
    std::string text = std::move(*pasted_);
    pasted_.reset();
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID) {
        // Not typed in now: ImGui empties its character queue when this frame ends.
        for_field_ = text_for_field(text);
        return std::nullopt;
    }
    return text;
}

void IncomingView::ask(IncomingPlan incoming) {
    question_ = present::render(incoming.message);  // once, not in every frame it shows
    pending_ = std::move(incoming);
    ask_now_ = true;
}

IncomingView::Answer IncomingView::draw_question(ViewContext& ctx) {
    using Kind = Answer::Kind;
    Answer answer;
    const std::string title_text = std::string(tr("Replace the open plan?")) + "###replace-question";
    const char* title = title_text.c_str();
    if (ask_now_) {
        ImGui::OpenPopup(title);
        ask_now_ = false;
    }
    if (!pending_) return answer;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(560.0f, vp->Size.x - 40.0f), 0.0f));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) return answer;
    ImGui::TextWrapped("%s", question_.c_str());
    ImGui::Spacing();
    if (ImGui::Button(tr("Replace"))) {
        answer = {Kind::Replace, std::move(*pending_)};
        pending_.reset();
        ImGui::CloseCurrentPopup();
    }
    ctx.mark("confirm-replace");
    ImGui::SameLine();
    if (ImGui::Button(tr("Download the open plan first"))) answer.kind = Kind::DownloadFirst;
    ImGui::SameLine();
    if (ImGui::Button(tr("Keep the open plan"))) {
        answer.kind = Kind::Keep;
        pending_.reset();
        ImGui::CloseCurrentPopup();
    }
    ctx.mark("confirm-keep");
    ImGui::EndPopup();
    return answer;
}

}  // namespace roster::ui
