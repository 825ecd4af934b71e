#include "workspace.h"

#include <imgui.h>

#include <algorithm>

#include "projection_view.h"
#include "roster_view.h"
#include "storage/plan_file.h"
#include "present/summary.h"

namespace roster::ui {
using namespace roster::present;

Workspace::Workspace(host::Host& host) : host_(host) {}

void Workspace::start(double now) {
    now_ = now;
    if (auto layout = host_.load(kLayoutKey)) ImGui::LoadIniSettingsFromMemory(layout->data(), layout->size());

    if (auto saved = host_.load(kPlanKey)) {
        storage::LoadResult loaded = storage::load_plan(*saved);
        if (loaded.ok) {
            document_ = Document(std::move(loaded.plan));
        } else if (host_.store(kUnreadablePlanKey, *saved) == host::StoreStatus::Ok) {
            state_.message = {"The plan saved in this browser could not be read (" + loaded.message +
                                  ") It was kept aside; a new plan was started.",
                              true};
        } else {
            storage_blocked_ = true;
            state_.message = {"The plan saved in this browser could not be read (" + loaded.message +
                                  ") To keep it, Roster will not save over it.",
                              true};
        }
    }
    autosave_.observe(document_.revision(), now);
    autosave_.saved(document_.revision());
    host_.on_page_hiding([this] { save_now(); });
    host_.on_file([this](std::string name, std::string text) { receive_file(name, text); });
    host_.on_paste([this](std::string text) { receive_paste(text); });
    refresh_projection();
}

void Workspace::receive_file(const std::string& name, const std::string& text) {
    wake_ = true;  // a file arrives between frames, with no input event to draw the answer
    receive_file_text(text, "the file “" + name + "”");
}

void Workspace::receive_file_text(const std::string& text, const std::string& source) {
    IncomingPlan incoming = receive_plan(text, source, document_.plan(), kept_);
    switch (incoming.verdict) {
        case IncomingPlan::Verdict::Refused: state_.message = {incoming.message, true}; break;
        case IncomingPlan::Verdict::Replace: replace_with(std::move(incoming)); break;
        case IncomingPlan::Verdict::Confirm:
            pending_ = std::move(incoming);
            ask_now_ = true;
            break;
    }
}

// A paste goes to the field being typed in if there is one (the browser's clipboard never
// reaches SDL's), and is otherwise a plan pasted as text.
void Workspace::receive_paste(const std::string& text) {
    wake_ = true;
    if (ImGui::GetIO().WantTextInput) {
        ImGui::GetIO().AddInputCharactersUTF8(text_for_field(text).c_str());
        return;
    }
    receive_file_text(text, "the pasted text");
}

void Workspace::replace_with(IncomingPlan incoming) {
    state_.message = {incoming.opened, false};
    kept_ = incoming.plan;
    document_.replace(std::move(incoming.plan), "open plan file");
}

void Workspace::download() {
    const std::string name = plan_file_name(document_.plan());
    host_.offer_download(name, storage::save_plan(document_.plan()));
    kept_ = document_.plan();
    state_.message = {"Downloaded " + name + ".", false};
}

void Workspace::refresh_projection() {
    if (projected_revision_ == document_.revision()) return;
    projection_ = project(document_.plan());
    projected_revision_ = document_.revision();
    host_.publish_summary(plan_summary(document_.plan(), projection_));
}

void Workspace::apply(const std::vector<Command>& commands) {
    for (const Command& c : commands) {
        const ApplyResult r = document_.execute(c);
        if (!r.ok) state_.message = {"Not changed: " + r.message, true};
        else state_.message = {};
    }
}

void Workspace::write_save() {
    if (storage_blocked_) return;
    const std::uint64_t revision = document_.revision();
    switch (host_.store(kPlanKey, storage::save_plan(document_.plan()))) {
        case host::StoreStatus::Ok:
            autosave_.saved(revision);
            last_save_ = SaveOutcome::Saved;
            break;
        case host::StoreStatus::Full:
            autosave_.failed(now_);
            last_save_ = SaveOutcome::StorageFull;
            break;
        case host::StoreStatus::Unavailable:
            autosave_.failed(now_);
            last_save_ = SaveOutcome::StorageUnavailable;
            break;
    }
}

bool Workspace::tick(double now) {
    now_ = now;
    const bool woken = wake_;
    wake_ = false;
    autosave_.observe(document_.revision(), now);
    if (!autosave_.due(now, false)) return woken;
    write_save();
    return true;
}

void Workspace::save_now() {
    autosave_.observe(document_.revision(), now_);
    if (autosave_.has_unsaved_changes()) write_save();
}

void Workspace::draw_menu_bar(ViewContext& ctx) {
    if (!ImGui::BeginMainMenuBar()) return;
    {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const ImGuiStyle& style = ImGui::GetStyle();
        ctx.mark("menu-plan", at.x, at.y, ImGui::CalcTextSize("Plan").x + 2 * style.ItemSpacing.x, ImGui::GetFrameHeight());
    }
    if (ImGui::BeginMenu("Plan")) {
        if (ImGui::MenuItem("New plan")) {
            document_.replace(Plan{}, "new plan");
            state_.message = {"Started a new plan. Undo (Ctrl+Z) brings the previous one back.", false};
        }
        if (ImGui::MenuItem("Open plan file…")) {
            if (!host_.choose_file())
                state_.message = {"This build has no file picker: open plan files in the browser version.", true};
        }
        ctx.mark("menu-open");
        if (ImGui::MenuItem("Download plan file")) download();
        ctx.mark("menu-download");
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        const std::string undo = "Undo " + document_.undo_label();
        const std::string redo = "Redo " + document_.redo_label();
        if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, document_.can_undo())) document_.undo();
        if (ImGui::MenuItem(redo.c_str(), "Ctrl+Shift+Z", false, document_.can_redo())) document_.redo();
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

// The planner decides whether a plan file replaces work that exists only here.
void Workspace::draw_replace_question(ViewContext& ctx) {
    const char* title = "Replace the open plan?";
    if (ask_now_) {
        ImGui::OpenPopup(title);
        ask_now_ = false;
    }
    if (!pending_) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(560.0f, vp->Size.x - 40.0f), 0.0f));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) return;
    ImGui::TextWrapped("%s", pending_->message.c_str());
    ImGui::Spacing();
    if (ImGui::Button("Replace")) {
        replace_with(std::move(*pending_));
        pending_.reset();
        ImGui::CloseCurrentPopup();
    }
    ctx.mark("confirm-replace");
    ImGui::SameLine();
    if (ImGui::Button("Download the open plan first")) download();
    ImGui::SameLine();
    if (ImGui::Button("Keep the open plan")) {
        state_.message = {"Kept the open plan; the file was not opened.", false};
        pending_.reset();
        ImGui::CloseCurrentPopup();
    }
    ctx.mark("confirm-keep");
    ImGui::EndPopup();
}

void Workspace::draw_status_bar() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float height = ImGui::GetFrameHeightWithSpacing() + 4.0f;
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - height));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    if (ImGui::Begin("##status", nullptr, flags)) {
        if (!state_.message.text.empty()) {
            const ImVec4 color = state_.message.is_error ? ImVec4(0.75f, 0.10f, 0.10f, 1.0f)
                                                         : ImVec4(0.15f, 0.35f, 0.15f, 1.0f);
            ImGui::TextColored(color, "%s", state_.message.text.c_str());
            ImGui::SameLine();
        }
        const bool failing = autosave_.has_unsaved_changes() && (last_save_ == SaveOutcome::StorageFull ||
                                                                 last_save_ == SaveOutcome::StorageUnavailable);
        const char* right =
            storage_blocked_                              ? "Not saving: an unreadable save is being kept"
            : failing && last_save_ == SaveOutcome::StorageFull
                ? "Browser storage is full: changes are NOT being saved"
            : failing ? "This browser does not let Roster store data: the plan lives only in this tab"
            : autosave_.has_unsaved_changes() ? "Saving…"
            : last_save_ == SaveOutcome::Saved ? "Saved in this browser"
                                               : "All changes are kept in this browser";
        const float w = ImGui::CalcTextSize(right).x;
        ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - w);
        if (failing || storage_blocked_) ImGui::TextColored(ImVec4(0.75f, 0.10f, 0.10f, 1.0f), "%s", right);
        else ImGui::TextDisabled("%s", right);
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

void Workspace::frame(double now) {
    now_ = now;
    ImGuiIO& io = ImGui::GetIO();
    if (!io.WantTextInput && io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z))) {
        if (io.KeyShift) document_.redo();
        else document_.undo();
    }
    if (!io.WantTextInput && io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y))) document_.redo();
    refresh_projection();

    ViewContext ctx{document_.plan(), projection_, state_, {}, {}};
    draw_menu_bar(ctx);
    refresh_projection();  // the menu may have replaced the plan

    // First-use placement: the work area below the menu bar and above the status bar. (The
    // viewport's work area only accounts for the menu bar from the next frame on.)
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float margin = 10.0f;
    const float top = vp->Pos.y + ImGui::GetFrameHeight() + margin;
    const float height = vp->Size.y - ImGui::GetFrameHeight() - ImGui::GetFrameHeightWithSpacing() - 2 * margin - 4.0f;
    const float side = std::max(280.0f, vp->Size.x * 0.27f);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + margin, top), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x - side - 3 * margin, height), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Roster")) {
        ImGui::TextDisabled("%s", document_.plan().name.c_str());
        draw_roster_view(ctx);
    }
    ImGui::End();

    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - side - margin, top), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(side, 300.0f), ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Projection")) draw_projection_view(ctx);
    ImGui::End();

    draw_status_bar();
    draw_replace_question(ctx);

    apply(ctx.commands);
    refresh_projection();
    autosave_.observe(document_.revision(), now);

    if (io.WantSaveIniSettings) {
        std::size_t size = 0;
        const char* ini = ImGui::SaveIniSettingsToMemory(&size);
        host_.store(kLayoutKey, std::string_view(ini, size));
        io.WantSaveIniSettings = false;
    }
    if (state_.message.text != published_status_) {
        published_status_ = state_.message.text;
        host_.publish_status(published_status_);
    }
    if (ctx.landmarks != published_landmarks_) {
        for (const auto& [id, rect] : ctx.landmarks) host_.publish_landmark(id, rect);
        published_landmarks_ = std::move(ctx.landmarks);
    }
}

}  // namespace roster::ui
