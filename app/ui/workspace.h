// The planner's workspace: the open document, its projection, and the views that show them.
// Each frame: draw the views from the current plan and projection, apply the commands they
// produced through the document, recompute when the plan changed, and save when it is due.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <string>

#include "document/autosave.h"
#include "document/document.h"
#include "document/plan_exchange.h"
#include "document/plan_library.h"
#include "document/plan_slots.h"
#include "engine/projection.h"
#include "host/host.h"
#include "examples.h"
#include "present/format.h"
#include "present/scenario_results.h"
#include "view_context.h"

namespace roster::ui {

// Key in the browser's storage for the window layout (the plan's keys are in plan_slots.h).
inline constexpr const char* kLayoutKey = "roster.layout";
// Key for the interface language: "en" or "fr".
inline constexpr const char* kLanguageKey = "roster.language";

// The host's storage as the document layer's slots see it.
class HostStore final : public KeyValueStore {
public:
    explicit HostStore(host::Host& host) : host_(host) {}
    std::optional<std::string> load(std::string_view key) override { return host_.load(key); }
    Status store(std::string_view key, std::string_view value) override;
    void remove(std::string_view key) override { host_.remove(key); }

private:
    host::Host& host_;
};

class Workspace {
public:
    explicit Workspace(host::Host& host);

    // Restores the window layout and the last saved plan. Call once, before the first frame.
    void start(double now);

    // Runs on every browser tick, drawn or not: saves when due. Returns whether something the
    // planner sees changed (the save status, a file that arrived), so the caller draws a frame.
    bool tick(double now);

    // Draws one frame (between ImGui::NewFrame and ImGui::Render).
    void frame(double now);

    // Saves now if anything is unsaved (the page is being hidden or the window closed).
    void save_now();

private:
    void draw_menu_bar(ViewContext& ctx);
    void draw_replace_question(ViewContext& ctx);
    void receive_file(const std::string& name, const std::string& text);
    void receive_paste(const std::string& text);
    void place_paste();
    void receive_file_text(const std::string& text, const std::string& source);
    void replace_with(IncomingPlan incoming);
    void download();
    bool too_large_to_keep(const std::string& text);
    void draw_status_bar(ViewContext& ctx);
    void open_other_tabs_version();
    // The library of plans in this browser.
    void draw_library(ViewContext& ctx);
    void open_example(const Example& example);
    void switch_to_plan(std::uint32_t id, std::optional<Plan> fresh);
    std::optional<Plan> plan_in_library(std::uint32_t id);
    bool store_in_library(std::uint32_t id, const Plan& plan, std::int64_t downloaded);
    void apply(const std::vector<Command>& commands);
    void finish_frame(ViewContext& ctx, double now);
    void set_language(present::Language language);
    // Which scenarios scenario_results_ must hold this frame (none when nothing shows them).
    std::vector<std::size_t> scenarios_shown() const;
    void refresh_projection(bool take_steps = false);
    void give_projection(int microseconds);  // the time refresh_projection() may take from now
    void settle_what_if_and_scenarios();
    bool advance_analysis();
    void write_save();

    host::Host& host_;
    std::string tab_id_;
    HostStore store_;
    PlanSlots slots_;
    PlanLibrary library_;
    std::int64_t saved_at_ = 0;       // Unix seconds of the open plan's last save in this browser
    std::int64_t downloaded_at_ = 0;  // Unix seconds of the open plan's last download
    bool show_library_ = false;
    std::uint32_t renaming_ = 0;  // the library entry whose name is being edited
    char rename_buffer_[256] = {};
    struct DeletedPlan {
        LibraryEntry entry;
        std::string text;
    };
    std::optional<DeletedPlan> deleted_;  // the last plan deleted from the library, for undo
    std::optional<std::string> unreadable_;  // a save that could not be read, offered for download
    bool overrule_other_tab_ = false;        // the planner chose to keep this tab's version
    Document document_;
    Projection projection_;  // provisional while projection_run_ has steps left
    std::optional<ProjectionRun> projection_run_;
    std::chrono::steady_clock::time_point projection_deadline_{};
    // Time a frame (and a tick) gives the projection of an edit, and the steps taken between two
    // looks at the clock (a step is one creator's pass over the others: ~30 us at 1,000 creators).
    static constexpr int kProjectionBudgetMicroseconds = 4'000;
    static constexpr std::size_t kProjectionStepsAtOnce = 8;
    // Milliseconds of Monte-Carlo and sensitivity work per browser tick: well inside a frame.
    static constexpr int kAnalysisBudgetMicroseconds = 6'000;
    present::Analysis analysis_;
    std::shared_ptr<const OverlapMatrix> overlap_;  // the projection's, or made for the heatmap
    std::uint64_t overlap_revision_ = ~0ull;
    NetReach curves_;
    std::uint64_t curves_revision_ = ~0ull;
    bool show_assumptions_ = false;
    bool focus_assumptions_ = false;
    bool show_compare_ = false, show_what_if_ = false, presenting_ = false;
    // Results of the compared (or presented) scenarios, advanced in ticks like analysis_.
    present::ScenarioResults scenario_results_;
    // The open scenario moved by the what-if levers, kept while levers and plan stay the same.
    WhatIf what_if_key_;
    std::uint64_t what_if_revision_ = ~0ull;
    Projection what_if_projection_;  // provisional while what_if_run_ has steps left
    std::optional<ProjectionRun> what_if_run_;
    std::string summary_text_, published_summary_;
    std::string comparison_text_;  // the comparison read out with the summary while it is open
    std::pair<std::uint64_t, present::Language> comparison_key_{~0ull, present::Language::English};
    std::uint64_t projected_revision_ = ~0ull;
    UiState state_;
    AutosaveSchedule autosave_;
    bool storage_blocked_ = false;  // never overwrite a save we could not read and not keep aside
    // Outcome of the latest write to the browser's storage.
    enum class SaveOutcome { None, Saved, StorageFull, StorageUnavailable, NewerElsewhere };
    SaveOutcome last_save_ = SaveOutcome::None;
    std::map<std::string, host::Rect> published_landmarks_;
    Plan kept_;  // the plan as last downloaded or opened from a file: what exists outside the app
    std::optional<IncomingPlan> pending_;  // a plan file waiting for the planner to confirm
    bool ask_now_ = false;
    // Text pasted between frames, placed at the end of the next frame: a click on a field just
    // before the paste is only seen by that frame's widgets.
    std::optional<std::string> pasted_;
    std::string for_field_;  // pasted text for the active field, typed in at the next frame's start
    bool wake_ = false;  // something changed outside a frame: draw the next one
    std::string status_text_, published_status_;
    double now_ = 0.0;
};

}  // namespace roster::ui
