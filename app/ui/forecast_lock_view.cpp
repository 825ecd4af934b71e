#include "forecast_lock_view.h"

#include <imgui.h>

#include <ctime>

#include "engine/local_time.h"
#include "engine/scenarios.h"
#include "present/message_render.h"
#include "version.h"
#include "widgets.h"

namespace roster::ui {
using present::render;
using present::term_word;

namespace {

constexpr const char* kLockPopup = "##lock-forecast";
constexpr const char* kUnlockPopup = "##unlock-forecast";

// A dialog's title in the display language; the id after ### stays the same in every language.
std::string popup_title(Term title, const char* id) { return term_word(title) + "###" + (id + 2); }

// The dialog's text, wrapped to a reading width.
void explanation(const Message& message) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34.0f);
    ImGui::TextUnformatted(render(message).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
}

}  // namespace

std::string today_iso() {
    const std::tm t = local_time(static_cast<std::int64_t>(std::time(nullptr)));
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &t);
    return buffer;
}

void draw_forecast_lock_dialogs(ViewContext& ctx) {
    OpenWindows& windows = ctx.state.windows;
    const std::string lock_title = popup_title(Term::ActualsLockTitle, kLockPopup);
    const std::string unlock_title = popup_title(Term::ActualsUnlockTitle, kUnlockPopup);
    if (windows.lock_forecast) ImGui::OpenPopup(lock_title.c_str());
    if (windows.unlock_forecast) ImGui::OpenPopup(unlock_title.c_str());
    windows.lock_forecast = windows.unlock_forecast = false;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));

    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal(lock_title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        explanation(Message(MessageId::LockExplained).text("scenario", ctx.plan.scenario));
        // The dialog opened from the menu, which refuses a second lock; the plan may have
        // changed since (undo, another tab), so the command checks again.
        if (ImGui::Button(term_word(Term::ActualsLockButton).c_str())) {
            LockRequest request;  // the command line's draws and seed: the same lock either way
            request.date = today_iso();
            request.roster_version = std::string(kRosterVersion);
            ctx.commands.push_back(LockForecast{ctx.plan.scenario_position, request, ctx.plan.scenario});
            ImGui::CloseCurrentPopup();
        }
        ctx.mark("lock-confirm");
        ImGui::SameLine();
        if (ImGui::Button(term_word(Term::ActualsCancel).c_str()) || escape) ImGui::CloseCurrentPopup();
        ctx.mark("lock-cancel");
        ImGui::EndPopup();
    }

    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal(unlock_title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        if (ctx.plan.locked_forecast.empty()) {
            ImGui::CloseCurrentPopup();  // unlocked meanwhile (undo): nothing to ask
        } else {
            const LockedForecast& locked = ctx.plan.locked_forecast.front();
            explanation(Message(MessageId::UnlockExplained).text("scenario", locked.scenario).text("date", locked.date));
            if (ImGui::Button(term_word(Term::ActualsUnlockButton).c_str())) {
                ctx.commands.push_back(UnlockForecast{});
                ImGui::CloseCurrentPopup();
            }
            ctx.mark("unlock-confirm");
            ImGui::SameLine();
            if (ImGui::Button(term_word(Term::ActualsCancel).c_str()) || escape) ImGui::CloseCurrentPopup();
            ctx.mark("unlock-cancel");
        }
        ImGui::EndPopup();
    }
}

bool draw_locked_mark(ViewContext& ctx) {
    if (ctx.plan.locked_forecast.empty()) return false;
    const LockedForecast& locked = ctx.plan.locked_forecast.front();
    const std::string text =
        render(Message(MessageId::ForecastLockedOn).text("scenario", locked.scenario).text("date", locked.date));
    // Quieter than the bar's buttons: a state to read, which opens the comparison when pressed.
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.90f, 0.94f, 0.98f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.10f, 0.25f, 0.45f, 1.0f));
    const bool pressed = ImGui::Button((present::label_text(text) + "###locked-mark").c_str());
    ImGui::PopStyleColor(2);
    ctx.mark("forecast-locked");
    return pressed;
}

}  // namespace roster::ui
