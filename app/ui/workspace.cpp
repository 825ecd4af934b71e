#include "workspace.h"

#include <imgui.h>
#include <imgui_internal.h>  // which widget holds the keyboard: a pasted text goes there

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>

#include "comparison_view.h"
#include "creator_view.h"
#include "presentation_view.h"
#include "scenario_bar.h"
#include "what_if_view.h"
#include "results_view.h"
#include "roster_view.h"
#include "assumptions_view.h"
#include "examples.h"
#include "widgets.h"
#include "engine/scenarios.h"
#include "engine/validation.h"
#include "storage/plan_file.h"
#include "present/scenario_comparison.h"
#include "present/summary.h"
#include "present/message_translation.h"
#include "present/translation.h"

namespace roster::ui {
using namespace roster::present;

namespace {

// Tells this tab's saves from another tab's (plan_slots.h).
std::string new_tab_id() {
    std::random_device random;
    char id[32];
    std::snprintf(id, sizeof id, "tab-%08x%08x", random(), random());
    return id;
}

// A window's title in the display language with an id that stays the same in every language, so
// the window keeps its place and size when the planner switches language.
std::string titled(const char* english, const char* id) { return std::string(tr(english)) + "###" + id; }

// 4321 -> "4.2 KB": the size of a saved plan in the library window.
std::string size_text(std::uint64_t bytes) {
    char buf[32];
    if (bytes < 1024) std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(bytes));
    else if (bytes < 1024 * 1024) std::snprintf(buf, sizeof buf, "%.1f KB", static_cast<double>(bytes) / 1024.0);
    else std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buf;
}

}  // namespace

KeyValueStore::Status HostStore::store(std::string_view key, std::string_view value) {
    switch (host_.store(key, value)) {
        case host::StoreStatus::Ok: return Status::Ok;
        case host::StoreStatus::Full: return Status::Full;
        case host::StoreStatus::Unavailable: return Status::Unavailable;
    }
    return Status::Unavailable;
}

Workspace::Workspace(host::Host& host)
    : host_(host), tab_id_(new_tab_id()), store_(host), slots_(store_, tab_id_), library_(store_) {}

void Workspace::start(double now) {
    now_ = now;
    if (auto language = host_.load(kLanguageKey)) set_display_language(*language == "fr" ? Language::French : Language::English);
    if (auto layout = host_.load(kLayoutKey)) ImGui::LoadIniSettingsFromMemory(layout->data(), layout->size());

    slots_.switch_to(library_.last_open());
    if (const auto entry = library_.find(slots_.plan_id())) {
        saved_at_ = entry->saved;
        downloaded_at_ = entry->downloaded;
    }
    PlanSlots::Restored restored = slots_.restore();
    if (restored.plan) document_ = Document(std::move(*restored.plan));
    if (!restored.message.empty()) state_.message = {translated_message(restored.message), true};
    unreadable_ = std::move(restored.unreadable);
    storage_blocked_ = restored.blocked;
    autosave_.observe(document_.revision(), now);
    autosave_.saved(document_.revision());
    host_.on_page_hiding([this] { save_now(); });
    host_.on_file([this](std::string name, std::string text) { receive_file(name, text); });
    host_.on_paste([this](std::string text) { receive_paste(text); });
    host_.on_share_link([this](ShareLinkOutcome outcome, std::string link) {
        wake_ = true;
        state_.message = {translated_message(share_link_message(outcome, link.size())),
                          outcome != ShareLinkOutcome::Copied};
    });
    // Last, so that a plan in the address meets the restored plan (and asks before replacing it).
    host_.open_plan_in_address([this](std::string text, std::string problem) {
        wake_ = true;
        if (!problem.empty()) state_.message = {translated_message(problem), true};
        else receive_file_text(text, "the share link");
    });
    refresh_projection();
}

void Workspace::receive_file(const std::string& name, const std::string& text) {
    wake_ = true;  // a file arrives between frames, with no input event to draw the answer
    receive_file_text(text, "the file “" + name + "”");
}

void Workspace::receive_file_text(const std::string& text, const std::string& source) {
    IncomingPlan incoming = receive_plan(text, source, document_.plan(), kept_);
    switch (incoming.verdict) {
        case IncomingPlan::Verdict::Refused: state_.message = {translated_message(incoming.message), true}; break;
        case IncomingPlan::Verdict::Replace: replace_with(std::move(incoming)); break;
        case IncomingPlan::Verdict::Confirm:
            pending_ = std::move(incoming);
            pending_->message = translated_message(pending_->message);  // once, not in every frame it shows
            ask_now_ = true;
            break;
    }
}

// A paste goes to the field being typed in if there is one (the browser's clipboard never
// reaches SDL's), and is otherwise a plan pasted as text.
void Workspace::receive_paste(const std::string& text) {
    wake_ = true;
    pasted_ = text;
}

// Called after every widget of the frame ran, so a text field clicked in this frame counts.
void Workspace::place_paste() {
    if (!pasted_) return;
    const std::string text = std::move(*pasted_);
    pasted_.reset();
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID) {
        // Not typed in now: ImGui empties its character queue when this frame ends.
        for_field_ = text_for_field(text);
        wake_ = true;
        return;
    }
    receive_file_text(text, "the pasted text");
}

void Workspace::replace_with(IncomingPlan incoming) {
    state_.message = {translated_message(incoming.opened), false};
    kept_ = incoming.plan;
    document_.replace(std::move(incoming.plan), "open plan file");
}

// A file Roster could not open again is never written: the planner is told why instead.
bool Workspace::too_large_to_keep(const std::string& text) {
    if (text.size() <= kMaxPlanFileBytes) return false;
    state_.message = {trf("This plan is too large to keep as one file (%s; plan files hold up to 64 MB): remove "
                          "audience details or creators, or split it into several plans.",
                          {size_text(text.size())}),
                      true};
    return true;
}

void Workspace::download() {
    const std::string name = plan_file_name(document_.plan());
    const std::string text = storage::save_plan(document_.plan());
    if (too_large_to_keep(text)) return;
    host_.offer_download(name, text);
    kept_ = document_.plan();
    downloaded_at_ = static_cast<std::int64_t>(std::time(nullptr));
    if (auto entry = library_.find(slots_.plan_id())) {
        entry->downloaded = downloaded_at_;
        library_.record(*entry);
    }
    state_.message = {trf("Downloaded %s.", {name}), false};
}

// Leaves the open plan (saved first) for another of the library: `fresh` is a new plan to
// start, otherwise plan `id` is read from its slots.
void Workspace::switch_to_plan(std::uint32_t id, std::optional<Plan> fresh) {
    save_now();
    slots_.switch_to(id);
    PlanSlots::Restored restored;
    if (!fresh) restored = slots_.restore();
    Plan plan = fresh ? std::move(*fresh) : restored.plan ? std::move(*restored.plan) : Plan{};
    document_ = Document(std::move(plan));
    // A new document counts its revisions from zero again: forget what was computed for the old
    // one (and carry none of its net reach into the new one's first frames).
    projected_revision_ = ~0ull;
    projection_ = Projection{};
    projection_run_.reset();
    overlap_revision_ = ~0ull;
    curves_revision_ = ~0ull;
    analysis_ = present::Analysis{};
    scenario_results_.clear();
    what_if_revision_ = ~0ull;
    what_if_projection_ = Projection{};
    what_if_run_.reset();
    state_.scenarios = ScenarioViewState{};
    state_.table.selection.clear();
    autosave_ = AutosaveSchedule{};
    autosave_.observe(document_.revision(), now_);
    autosave_.saved(document_.revision());
    last_save_ = SaveOutcome::None;
    unreadable_ = std::move(restored.unreadable);
    storage_blocked_ = restored.blocked;
    kept_ = Plan{};
    const auto entry = library_.find(id);
    saved_at_ = entry ? entry->saved : 0;
    downloaded_at_ = entry ? entry->downloaded : 0;
    library_.set_last_open(id);
    if (fresh) write_save();  // so that the library lists it at once
    if (!restored.message.empty()) state_.message = {translated_message(restored.message), true};
}

void Workspace::open_example(const Example& example) {
    storage::LoadResult loaded = storage::load_plan(example.text);
    if (!loaded.ok) {
        // Built from assets/examples and checked by the tests; a failure here is a build fault.
        state_.message = {trf("The example “%s” could not be opened.", {tr(std::string(example.title).c_str())}), true};
        return;
    }
    name_in_language(loaded.plan);
    switch_to_plan(library_.new_id(), std::move(loaded.plan));
    state_.message = {trf("Opened the example “%s” as a new plan; the previous one is in Plan > Plans in this browser.",
                          {tr(std::string(example.title).c_str())}),
                      false};
}

std::optional<Plan> Workspace::plan_in_library(std::uint32_t id) {
    if (id == slots_.plan_id()) return document_.plan();
    PlanSlots other(store_, tab_id_, id);
    return other.restore().plan;
}

// Writes `plan` as plan `id` of the library (another plan than the open one).
bool Workspace::store_in_library(std::uint32_t id, const Plan& plan, std::int64_t downloaded) {
    PlanSlots other(store_, tab_id_, id);
    other.restore();  // learns the latest save's number, so this one comes after it
    const std::string text = storage::save_plan(plan);
    if (other.save(text, true) != PlanSlots::Saved::Ok) return false;
    library_.record({id, plan.name, static_cast<std::int64_t>(std::time(nullptr)), downloaded, text.size()});
    return true;
}

void Workspace::draw_library(ViewContext& ctx) {
    if (!show_library_) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(900.0f, vp->Size.x - 40.0f), 360.0f), ImGuiCond_Appearing);
    if (!ImGui::Begin(titled("Plans in this browser", "library").c_str(), &show_library_, ImGuiWindowFlags_NoCollapse)) {
        ImGui::End();
        return;
    }
    std::vector<LibraryEntry> list = library_.entries();
    if (std::none_of(list.begin(), list.end(), [&](const LibraryEntry& e) { return e.id == slots_.plan_id(); }))
        list.insert(list.begin(), {slots_.plan_id(), document_.plan().name, 0, downloaded_at_, 0});
    std::optional<std::uint32_t> open, duplicate, remove;
    if (ImGui::BeginTable("library", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                            ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr("Plan"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn(tr("Last saved"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn(tr("Last downloaded"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn(tr("Size"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
        const ImGuiStyle& style = ImGui::GetStyle();
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed,
                                (ImGui::CalcTextSize(tr("Open")).x + ImGui::CalcTextSize(tr("Rename")).x +
                                 ImGui::CalcTextSize(tr("Duplicate")).x + ImGui::CalcTextSize(tr("Delete")).x) + 8 * style.FramePadding.x +
                                    4 * style.ItemSpacing.x);
        ImGui::TableHeadersRow();
        for (const LibraryEntry& e : list) {
            const bool is_open = e.id == slots_.plan_id();
            ImGui::PushID(static_cast<int>(e.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (renaming_ == e.id) {
                ImGui::SetNextItemWidth(-1.0f);
                if (ImGui::IsWindowAppearing() || !ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
                if (ImGui::InputText("##name", rename_buffer_, sizeof rename_buffer_,
                                     ImGuiInputTextFlags_EnterReturnsTrue)) {
                    const std::string name = rename_buffer_;
                    if (is_open) {
                        ctx.commands.push_back(RenamePlan{name});
                    } else if (std::optional<Plan> plan = plan_in_library(e.id)) {
                        Plan renamed = *plan;
                        renamed.name = name;
                        if (!validate(renamed).empty())
                            state_.message = {tr("Not renamed: the plan name must be text of at most 200 characters."), true};
                        else if (!store_in_library(e.id, renamed, e.downloaded))
                            state_.message = {tr("Not renamed: the browser's storage refused the change."), true};
                    }
                    renaming_ = 0;
                }
                ctx.mark("library-name-field");
            } else {
                // The open plan's name as it is now, which may be newer than its last save.
                ImGui::TextUnformatted(is_open ? document_.plan().name.c_str() : e.name.c_str());
                if (is_open) {
                    ImGui::SameLine();
                    ImGui::TextDisabled("%s", tr("(open)"));
                }
            }
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(is_open && last_save_ != SaveOutcome::Saved && e.saved == 0
                                       ? tr("not yet")
                                       : local_time_text(e.saved, tr).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(local_time_text(e.downloaded, tr).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(e.bytes > 0 ? size_text(e.bytes).c_str() : "");
            ImGui::TableNextColumn();
            if (!is_open && ImGui::SmallButton(tr("Open"))) open = e.id;
            if (!is_open) ctx.mark("library-open:" + std::to_string(e.id));
            if (!is_open) ImGui::SameLine();
            if (ImGui::SmallButton(tr("Rename"))) {
                renaming_ = e.id;
                std::snprintf(rename_buffer_, sizeof rename_buffer_, "%s",
                              is_open ? document_.plan().name.c_str() : e.name.c_str());
            }
            ctx.mark("library-rename:" + std::to_string(e.id));
            ImGui::SameLine();
            if (ImGui::SmallButton(tr("Duplicate"))) duplicate = e.id;
            ctx.mark("library-duplicate:" + std::to_string(e.id));
            if (!is_open) {
                ImGui::SameLine();
                if (ImGui::SmallButton(tr("Delete"))) remove = e.id;
                ctx.mark("library-delete:" + std::to_string(e.id));
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (deleted_) {
        const std::string label = trf("Undo delete of “%s”", {deleted_->entry.name});
        if (ImGui::Button(label.c_str())) {
            const storage::LoadResult back = storage::load_plan(deleted_->text);
            if (back.ok && store_in_library(deleted_->entry.id, back.plan, deleted_->entry.downloaded)) {
                state_.message = {trf("Restored “%s”.", {deleted_->entry.name}), false};
                deleted_.reset();
            } else {
                state_.message = {tr("The browser's storage refused to restore the plan; try again."), true};
            }
        }
        ctx.mark("library-undo-delete");
    }
    ImGui::TextDisabled("%s", tr("Plans live in this browser only: download the ones that matter (Plan > Download plan file)."));
    ImGui::End();

    if (open) {
        switch_to_plan(*open, std::nullopt);
        state_.message = {trf("Opened “%s” from this browser's plans.", {document_.plan().name}), false};
    }
    if (duplicate) {
        if (std::optional<Plan> plan = plan_in_library(*duplicate)) {
            Plan copy = *plan;
            copy.name = text_for_field(copy.name + " (copy)");
            const std::uint32_t id = library_.new_id();
            if (store_in_library(id, copy, 0)) state_.message = {trf("Duplicated as “%s”.", {copy.name}), false};
            else state_.message = {tr("The browser's storage refused the copy (it may be full)."), true};
        }
    }
    if (remove) {
        const auto entry = library_.find(*remove);
        std::optional<Plan> plan = plan_in_library(*remove);
        if (entry && plan) {
            deleted_ = DeletedPlan{*entry, storage::save_plan(*plan)};
            slots_.erase(*remove);
            library_.forget(*remove);
            state_.message = {trf("Deleted “%s” from this browser. Undo is in the plans window.", {entry->name}), false};
        }
    }
}

// The interface's words and numbers change at the next frame; the choice is remembered in this
// browser (plan files never depend on it).
void Workspace::set_language(Language language) {
    set_display_language(language);
    host_.store(kLanguageKey, language == Language::French ? "fr" : "en");
    // The status line said its last message in the other language: it says this instead.
    state_.message = {tr("The interface now speaks English."), false};
    // The summary's numbers are written again in the new style (or when the projection finishes).
    if (!projection_run_) summary_text_ = plan_summary(document_.plan(), projection_);
}

// An edit starts a new projection: every creator's own figures at once, the overlap matrix and
// its deduplication in steps (`take_steps`: until the time given to this frame or tick is spent;
// a frame takes them once its edits are applied). Meanwhile the plan's net reach carries the last
// one's overlap factor, marked as updating in the results.
void Workspace::refresh_projection(bool take_steps) {
    if (projected_revision_ != document_.revision()) {
        projected_revision_ = document_.revision();
        projection_run_.emplace(document_.plan(), resolve_assumptions(document_.plan()), projection_.reach_basis);
        // Nothing to carry over (a plan just opened), or nothing left to step (an edit of fees or
        // money reuses the last net reach): finish here, once.
        if (projection_.creators.empty() || projection_run_->remaining() == 0) take_steps = true;
        else projection_ = projection_run_->provisional(projection_);
        if (projection_.creators.empty()) projection_deadline_ = std::chrono::steady_clock::time_point::max();
    }
    if (!take_steps) return;
    if (projection_run_) {
        while (std::chrono::steady_clock::now() < projection_deadline_ &&
               projection_run_->advance(kProjectionStepsAtOnce)) {
        }
        if (projection_run_->remaining() == 0) {
            projection_ = projection_run_->finish();
            overlap_ = projection_.reach_basis->matrix;
            overlap_revision_ = projected_revision_;
            projection_run_.reset();
            summary_text_ = plan_summary(document_.plan(), projection_);
        }
    }
    settle_what_if_and_scenarios();  // with whatever time the plan's own projection left
}

// The what-if scenario's and the compared scenarios' projections, stepped within the same time
// as the plan's own (they are what the planner is looking at while they change).
void Workspace::settle_what_if_and_scenarios() {
    using Clock = std::chrono::steady_clock;
    while (what_if_run_ && Clock::now() < projection_deadline_) {
        if (what_if_run_->advance(kProjectionStepsAtOnce)) continue;
        what_if_projection_ = what_if_run_->finish();
        what_if_run_.reset();
        wake_ = true;
    }
    while (Clock::now() < projection_deadline_ && scenario_results_.settle(kProjectionStepsAtOnce)) wake_ = true;
}

void Workspace::give_projection(int microseconds) {
    projection_deadline_ = std::chrono::steady_clock::now() + std::chrono::microseconds(microseconds);
}

// Runs the Monte-Carlo draws and the sensitivity swings for a few milliseconds per browser
// tick: the ranges fill in while the planner keeps typing, and an edit starts them over.
bool Workspace::advance_analysis() {
    give_projection(kProjectionBudgetMicroseconds);
    refresh_projection(true);
    if (projection_run_) return true;  // the ranges start from the finished projection
    analysis_.follow(document_.plan(), document_.revision(), kDefaultDraws, true, &projection_);
    if (!analysis_.running()) return false;
    using Clock = std::chrono::steady_clock;
    const auto until = Clock::now() + std::chrono::microseconds(kAnalysisBudgetMicroseconds);
    const int draws = present::draws_per_slice(document_.plan().creators.size());
    do analysis_.advance(draws, kProjectionStepsAtOnce);
    while (analysis_.running() && Clock::now() < until);
    return true;
}

std::vector<std::size_t> Workspace::scenarios_shown() const {
    const std::vector<std::string> names = scenario_names(document_.plan());
    if (presenting_) {
        std::vector<std::size_t> all(names.size());
        for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
        return all;
    }
    if (show_compare_ && names.size() > 1) return compared_positions(names, state_.scenarios.compared);
    return {};
}

void Workspace::apply(const std::vector<Command>& commands) {
    for (const Command& c : commands) {
        const ApplyResult r = document_.execute(c);
        if (!r.ok) state_.message = {trf("Not changed: %s", {translated_message(r.message)}), true};
        else state_.message = {};
    }
}

void Workspace::write_save() {
    if (storage_blocked_) return;
    const std::uint64_t revision = document_.revision();
    const std::string text = storage::save_plan(document_.plan());
    if (too_large_to_keep(text)) {
        autosave_.failed(now_);
        last_save_ = SaveOutcome::StorageFull;
        return;
    }
    switch (slots_.save(text, overrule_other_tab_)) {
        case PlanSlots::Saved::Ok:
            autosave_.saved(revision);
            last_save_ = SaveOutcome::Saved;
            overrule_other_tab_ = false;
            saved_at_ = static_cast<std::int64_t>(std::time(nullptr));
            library_.record({slots_.plan_id(), document_.plan().name, saved_at_, downloaded_at_, text.size()});
            library_.set_last_open(slots_.plan_id());
            break;
        case PlanSlots::Saved::Full:
            autosave_.failed(now_);
            last_save_ = SaveOutcome::StorageFull;
            break;
        case PlanSlots::Saved::Unavailable:
            autosave_.failed(now_);
            last_save_ = SaveOutcome::StorageUnavailable;
            break;
        case PlanSlots::Saved::NewerElsewhere:
            autosave_.failed(now_);
            last_save_ = SaveOutcome::NewerElsewhere;
            break;
    }
}

void Workspace::open_other_tabs_version() {
    if (std::optional<Plan> theirs = slots_.latest()) {
        document_.replace(std::move(*theirs), "open the other tab's version");
        autosave_.observe(document_.revision(), now_);
        autosave_.saved(document_.revision());
        last_save_ = SaveOutcome::Saved;
        state_.message = {tr("Opened the version saved from another tab. Undo (Ctrl+Z) brings this tab's back."), false};
    } else {
        state_.message = {tr("The other tab's version could not be read; this tab's version is kept."), true};
    }
}

bool Workspace::tick(double now) {
    now_ = now;
    bool woken = wake_;
    wake_ = false;
    woken |= advance_analysis();
    woken |= wake_;  // a what-if or compared scenario's projection took steps just now
    wake_ = false;
    // The compared scenarios' draws run once the open scenario's are done, in the same budget.
    if (!analysis_.running()) {
        scenario_results_.follow(document_.plan(), document_.revision(), scenarios_shown(), &projection_);
        if (scenario_results_.running()) {
            using Clock = std::chrono::steady_clock;
            const auto until = Clock::now() + std::chrono::microseconds(kAnalysisBudgetMicroseconds);
            const int draws = present::draws_per_slice(document_.plan().creators.size());
            do scenario_results_.advance(draws, kProjectionStepsAtOnce);
            while (scenario_results_.running() && Clock::now() < until);
            woken = true;
        }
    }
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
        ctx.mark("menu-plan", at.x, at.y, ImGui::CalcTextSize(tr("Plan")).x + 2 * style.ItemSpacing.x, ImGui::GetFrameHeight());
    }
    if (ImGui::BeginMenu(tr("Plan"))) {
        if (ImGui::MenuItem(tr("New plan"))) {
            switch_to_plan(library_.new_id(), Plan{});
            state_.message = {tr("Started a new plan. The previous one is in Plan > Plans in this browser."), false};
        }
        ctx.mark("menu-new");
        if (ImGui::MenuItem(tr("Plans in this browser…"))) show_library_ = true;
        ctx.mark("menu-library");
        if (ImGui::MenuItem(tr("Open plan file…"))) {
            if (!host_.choose_file())
                state_.message = {tr("This build has no file picker: open plan files in the browser version."), true};
        }
        ctx.mark("menu-open");
        if (ImGui::MenuItem(tr("Download plan file"))) download();
        ctx.mark("menu-download");
        if (ImGui::MenuItem(tr("Copy share link")))
            host_.make_share_link(storage::save_plan_compact(document_.plan()), kMaxShareLinkCharacters);
        ctx.mark("menu-share");
        ImGui::EndMenu();
    }
    {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const ImGuiStyle& style = ImGui::GetStyle();
        ctx.mark("menu-view", at.x, at.y, ImGui::CalcTextSize(tr("View")).x + 2 * style.ItemSpacing.x, ImGui::GetFrameHeight());
    }
    if (ImGui::BeginMenu(tr("View"))) {
        if (ImGui::MenuItem(tr("Assumptions and campaign"), "Ctrl+K", show_assumptions_)) {
            show_assumptions_ = !show_assumptions_;
            focus_assumptions_ = show_assumptions_;
        }
        ctx.mark("menu-assumptions");
        ImGui::Separator();
        if (ImGui::MenuItem(tr("Compare scenarios"), nullptr, show_compare_)) show_compare_ = !show_compare_;
        ctx.mark("menu-compare");
        if (ImGui::MenuItem(tr("What if…"), nullptr, show_what_if_)) show_what_if_ = !show_what_if_;
        if (ImGui::MenuItem(tr("New scenario from this one…"))) start_naming(ctx, ScenarioViewState::Naming::New);
        if (ImGui::MenuItem(tr("Present (projector)"))) presenting_ = true;
        ImGui::Separator();
        // Named in both languages, so a planner lost in the other one still finds it.
        if (ImGui::BeginMenu("Language · Langue")) {
            if (ImGui::MenuItem("English", nullptr, display_language() == Language::English)) set_language(Language::English);
            ctx.mark("menu-language-en");
            if (ImGui::MenuItem("Français", nullptr, display_language() == Language::French)) set_language(Language::French);
            ctx.mark("menu-language-fr");
            ImGui::EndMenu();
        }
        ctx.mark("menu-language");
        ImGui::EndMenu();
    }
    {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const ImGuiStyle& style = ImGui::GetStyle();
        ctx.mark("menu-workshop", at.x, at.y, ImGui::CalcTextSize(tr("Workshop")).x + 2 * style.ItemSpacing.x,
                 ImGui::GetFrameHeight());
    }
    if (ImGui::BeginMenu(tr("Workshop"))) {
        ImGui::TextDisabled("%s", tr("Open an example as a new plan (yours stays in Plans in this browser)"));
        for (const Example& e : examples()) {
            if (ImGui::MenuItem(tr(std::string(e.title).c_str()))) open_example(e);
            ctx.mark("example-" + std::string(e.file.substr(0, e.file.find('.'))));
        }
        ImGui::EndMenu();
    }
    {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const ImGuiStyle& style = ImGui::GetStyle();
        ctx.mark("menu-edit", at.x, at.y, ImGui::CalcTextSize(tr("Edit")).x + 2 * style.ItemSpacing.x, ImGui::GetFrameHeight());
    }
    if (ImGui::BeginMenu(tr("Edit"))) {
        // The labels may quote a scenario's name.
        const std::string undo = present::label_text(tr("Undo ") + document_.undo_label());
        const std::string redo = present::label_text(tr("Redo ") + document_.redo_label());
        if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, document_.can_undo())) document_.undo();
        ctx.mark("menu-undo");
        if (ImGui::MenuItem(redo.c_str(), "Ctrl+Shift+Z", false, document_.can_redo())) document_.redo();
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

// The planner decides whether a plan file replaces work that exists only here.
void Workspace::draw_replace_question(ViewContext& ctx) {
    const std::string title_text = std::string(tr("Replace the open plan?")) + "###replace-question";
    const char* title = title_text.c_str();
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
    if (ImGui::Button(tr("Replace"))) {
        replace_with(std::move(*pending_));
        pending_.reset();
        ImGui::CloseCurrentPopup();
    }
    ctx.mark("confirm-replace");
    ImGui::SameLine();
    if (ImGui::Button(tr("Download the open plan first"))) download();
    ImGui::SameLine();
    if (ImGui::Button(tr("Keep the open plan"))) {
        state_.message = {tr("Kept the open plan; the file was not opened."), false};
        pending_.reset();
        ImGui::CloseCurrentPopup();
    }
    ctx.mark("confirm-keep");
    ImGui::EndPopup();
}

void Workspace::draw_status_bar(ViewContext& ctx) {
    const bool unsaved = autosave_.has_unsaved_changes();
    const bool failing = unsaved && (last_save_ == SaveOutcome::StorageFull ||
                                     last_save_ == SaveOutcome::StorageUnavailable ||
                                     last_save_ == SaveOutcome::NewerElsewhere);
    const std::string right =
        storage_blocked_ ? tr("Not saving: an unreadable save is being kept")
        : failing && last_save_ == SaveOutcome::StorageFull
            ? tr("Browser storage is full: changes are NOT being saved")
        : failing && last_save_ == SaveOutcome::NewerElsewhere
            ? tr("Another tab saved this plan later: changes here are NOT saved")
        : failing ? tr("This browser does not let Roster store data: the plan lives only in this tab")
        : unsaved ? tr("Saving…")
                  : save_times_text(saved_at_, downloaded_at_, static_cast<std::int64_t>(std::time(nullptr)), tr);
    // What the planner can do about it, as buttons after the words.
    std::vector<const char*> actions;
    // Downloading is then the only way to keep the work beyond this tab.
    if (failing && (last_save_ == SaveOutcome::StorageFull || last_save_ == SaveOutcome::StorageUnavailable))
        actions.push_back("Download the plan");
    if (failing && last_save_ == SaveOutcome::NewerElsewhere) {
        actions.push_back("Open the other tab's version");
        actions.push_back("Keep this tab's version");
    }
    if (unreadable_) actions.push_back("Download the unreadable save");
    // Warnings are published with the message, so screen readers (and tests) hear them too.
    status_text_ = state_.message.text;
    if (failing || storage_blocked_) status_text_ += (status_text_.empty() ? "" : " ") + right + ".";

    // The right-hand block (save state and actions) keeps its width; the message wraps beside
    // it, and the bar grows to fit it.
    const ImGuiStyle& style = ImGui::GetStyle();
    float right_w = ImGui::CalcTextSize(right.c_str()).x;
    for (const char* a : actions) right_w += style.ItemSpacing.x + ImGui::CalcTextSize(tr(a)).x + 2 * style.FramePadding.x;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float inner = vp->WorkSize.x - 2 * style.WindowPadding.x;
    right_w = std::min(right_w, inner * 0.8f);
    const float message_w = std::max(100.0f, inner - right_w - 2 * style.ItemSpacing.x);
    const float message_h = state_.message.text.empty()
                                ? 0.0f
                                : ImGui::CalcTextSize(state_.message.text.c_str(), nullptr, false, message_w).y;
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
        if (!state_.message.text.empty()) {
            const ImVec4 color = state_.message.is_error ? ImVec4(0.75f, 0.10f, 0.10f, 1.0f)
                                                         : ImVec4(0.15f, 0.35f, 0.15f, 1.0f);
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + message_w);
            ImGui::TextColored(color, "%s", state_.message.text.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - right_w, top));
        ImGui::AlignTextToFramePadding();
        if (failing || storage_blocked_) ImGui::TextColored(ImVec4(0.75f, 0.10f, 0.10f, 1.0f), "%s", right.c_str());
        else ImGui::TextDisabled("%s", right.c_str());
        for (const char* a : actions) {
            ImGui::SameLine();
            const std::string label = a;
            if (ImGui::Button(tr(a))) {
                if (label == "Download the plan") download();
                else if (label == "Open the other tab's version") open_other_tabs_version();
                else if (label == "Keep this tab's version") {
                    overrule_other_tab_ = true;
                    write_save();
                } else {
                    host_.offer_download("unreadable-save.roster.json", *unreadable_);
                }
            }
            ctx.mark(label == "Download the plan"              ? "status-download"
                     : label == "Open the other tab's version" ? "status-open-theirs"
                     : label == "Keep this tab's version"      ? "status-keep-mine"
                                                               : "status-download-unreadable");
        }
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

void Workspace::frame(double now) {
    now_ = now;
    ImGuiIO& io = ImGui::GetIO();
    if (!for_field_.empty()) {
        io.AddInputCharactersUTF8(for_field_.c_str());
        for_field_.clear();
    }
    if (!io.WantTextInput && io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z))) {
        if (io.KeyShift) document_.redo();
        else document_.undo();
    }
    if (!io.WantTextInput && io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y))) document_.redo();
    if (io.KeyCtrl && ImGui::IsKeyPressed(letter_key('K'))) {
        show_assumptions_ = !show_assumptions_;
        focus_assumptions_ = show_assumptions_;
    }
    give_projection(kProjectionBudgetMicroseconds);
    refresh_projection();

    ViewContext ctx{document_.plan(), projection_, state_, {}, {}, {}, {}, nullptr, 1.0, nullptr, {}};
    if (projection_run_) ctx.projection_progress = projection_run_->progress();
    ctx.overlap = [this]() -> const OverlapMatrix& {
        if (overlap_revision_ != document_.revision() || !overlap_) {
            overlap_ = std::make_shared<const OverlapMatrix>(
                overlap_matrix(document_.plan(), resolve_assumptions(document_.plan())));
            overlap_revision_ = document_.revision();
        }
        return *overlap_;
    };
    ctx.reach_curves = [this]() -> const NetReach& {
        if (curves_revision_ != document_.revision()) {
            curves_ = plan_reach(document_.plan(), resolve_assumptions(document_.plan()), true);
            curves_revision_ = document_.revision();
        }
        return curves_;
    };
    ctx.analysis = analysis_.follows(document_.revision()) ? &analysis_ : nullptr;
    ctx.scenario_results = &scenario_results_;
    ctx.what_if_projection = [this](const WhatIf& w) -> const Projection& {
        if (what_if_revision_ != document_.revision() || what_if_key_ != w) {
            // Stepped like the plan's own projection (refresh_projection): while a lever moves on
            // a large roster, the figures follow at once and their net reach a few frames later.
            const Plan moved = apply_what_if(document_.plan(), w);
            const Projection& before = what_if_projection_.creators.empty() ? projection_ : what_if_projection_;
            // Hiding likes or a different feed leaves most of the plan's audience as it was.
            what_if_run_.emplace(moved, resolve_assumptions(moved), before.reach_basis);
            if (before.creators.empty()) {
                what_if_projection_ = what_if_run_->finish();
                what_if_run_.reset();
            } else {
                what_if_projection_ = what_if_run_->provisional(before);
            }
            what_if_key_ = w;
            what_if_revision_ = document_.revision();
        }
        return what_if_projection_;
    };
    scenario_results_.follow(document_.plan(), document_.revision(), scenarios_shown(), &projection_);

    if (presenting_) {
        // A projector shows the figures only: no menus, editors or status.
        presenting_ = draw_presentation_view(ctx);
        finish_frame(ctx, now);
        return;
    }
    draw_menu_bar(ctx);
    refresh_projection();  // the menu may have replaced the plan

    // The scenario bar spans the width under the menu bar; the working windows start below it.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float bar_height = ImGui::GetFrameHeight() + 2 * style.WindowPadding.y;
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + ImGui::GetFrameHeight()));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x, bar_height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    if (ImGui::Begin("##scenario-bar", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                         ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoFocusOnAppearing)) {
        const ScenarioBarActions asked = draw_scenario_bar(ctx);
        if (asked.compare) show_compare_ = !show_compare_;
        if (asked.what_if) show_what_if_ = !show_what_if_;
        if (asked.present) {
            presenting_ = true;
            state_.scenarios.presenting = document_.plan().scenario_position;
        }
    }
    ImGui::End();
    ImGui::PopStyleVar();

    // First-use placement: roster above the creator panel on the left, results on the right,
    // between the scenario bar and the status bar. (The viewport's work area only accounts for
    // the menu bar from the next frame on.)
    const float margin = 8.0f;
    const float top = vp->Pos.y + ImGui::GetFrameHeight() + bar_height + margin;
    const float height = vp->Size.y - ImGui::GetFrameHeight() - bar_height - ImGui::GetFrameHeightWithSpacing() -
                         2 * margin - 4.0f;
    const float right = std::max(380.0f, vp->Size.x * 0.38f);
    const float left = vp->Size.x - right - 3 * margin;
    const float roster_height = std::floor(height * 0.56f);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + margin, top), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(left, roster_height), ImGuiCond_FirstUseEver);
    if (ImGui::Begin(titled(tr("Roster"), "roster").c_str())) draw_roster_view(ctx);
    ImGui::End();

    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + margin, top + roster_height + margin), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(left, height - roster_height - margin), ImGuiCond_FirstUseEver);
    if (ImGui::Begin(titled(tr("Creator"), "creator").c_str())) draw_creator_view(ctx);
    ImGui::End();

    const ImVec2 results_pos(vp->Pos.x + vp->Size.x - right - margin, top);
    ImGui::SetNextWindowPos(results_pos, ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(right, height), ImGuiCond_FirstUseEver);
    if (ImGui::Begin(titled(tr("Results"), "results").c_str())) draw_results_view(ctx);
    ImGui::End();

    if (show_assumptions_) {
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.2f, top + 20), ImGuiCond_FirstUseEver);
        ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.6f, height - 40), ImGuiCond_FirstUseEver);
        if (focus_assumptions_) {
            ImGui::SetNextWindowFocus();
            focus_assumptions_ = false;
        }
        if (ImGui::Begin(titled(tr("Assumptions and campaign"), "assumptions").c_str(), &show_assumptions_)) draw_assumptions_view(ctx);
        ImGui::End();
    }
    if (show_compare_) {
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.12f, top + 30), ImGuiCond_FirstUseEver);
        ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.76f, height - 60), ImGuiCond_FirstUseEver);
        if (ImGui::Begin(titled(tr("Compare scenarios"), "compare").c_str(), &show_compare_)) draw_comparison_view(ctx);
        ImGui::End();
    }
    if (show_what_if_) {
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.3f, top + 40), ImGuiCond_FirstUseEver);
        ImGui::SetNextWindowSize(ImVec2(std::min(620.0f, vp->Size.x * 0.6f), height * 0.8f), ImGuiCond_FirstUseEver);
        if (ImGui::Begin(titled(tr("What if"), "what-if").c_str(), &show_what_if_)) draw_what_if_view(ctx);
        ImGui::End();
    }
    draw_scenario_naming(ctx);

    draw_status_bar(ctx);
    draw_library(ctx);
    draw_replace_question(ctx);
    place_paste();

    finish_frame(ctx, now);
}

// Every frame ends here, presented or not: the views' commands are applied, then what the
// page shows beside the canvas (status, summary, landmarks) is brought up to date.
void Workspace::finish_frame(ViewContext& ctx, double now) {
    ImGuiIO& io = ImGui::GetIO();
    apply(ctx.commands);
    refresh_projection(true);
    autosave_.observe(document_.revision(), now);

    if (io.WantSaveIniSettings) {
        std::size_t size = 0;
        const char* ini = ImGui::SaveIniSettingsToMemory(&size);
        host_.store(kLayoutKey, std::string_view(ini, size));
        io.WantSaveIniSettings = false;
    }
    // The comparison is read out with the plan while it is open.
    // Written again only when the compared scenarios' results (or the language) changed.
    const std::pair<std::uint64_t, Language> key{scenario_results_.changes(), display_language()};
    if (show_compare_ && !presenting_ && key != comparison_key_) {
        std::vector<std::string> names;
        std::vector<ComparedScenario> compared;
        for (const auto& e : scenario_results_.entries()) {
            names.push_back(e->name);
            compared.push_back({e->name, &e->projection, nullptr});
        }
        comparison_text_ = comparison_summary(names, compare_scenarios(compared), document_.plan().campaign.currency);
        comparison_key_ = key;
    }
    std::string summary = summary_text_;
    if (show_compare_ && !presenting_ && !comparison_text_.empty()) summary += "\n" + comparison_text_;
    if (summary != published_summary_) {
        published_summary_ = summary;
        host_.publish_summary(published_summary_);
    }
    if (status_text_ != published_status_) {
        published_status_ = status_text_;
        host_.publish_status(published_status_);
    }
    if (ctx.landmarks != published_landmarks_) {
        // A control that is no longer drawn (a closed menu's item) is published as empty, so
        // nothing aims at where it was.
        for (const auto& [id, rect] : published_landmarks_)
            if (!ctx.landmarks.count(id)) host_.publish_landmark(id, host::Rect{});
        for (const auto& [id, rect] : ctx.landmarks) host_.publish_landmark(id, rect);
        published_landmarks_ = std::move(ctx.landmarks);
    }
}

}  // namespace roster::ui
