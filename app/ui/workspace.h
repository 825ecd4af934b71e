// The planner's workspace: the composition root that wires the plan session (which plan is open
// and how it is kept: document/plan_session.h), its live figures (live/live_results.h), the views
// and the host (platform/platform.h). Each frame: draw the views from the open plan and its live
// figures, act on what the planner chose (every change to any plan through the document's
// commands), let the figures settle within the frame's time, and tell the page what changed.
// Each browser tick: the slow analyses' slices and the autosave.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "actuals_import_view.h"
#include "calibration_view.h"
#include "document/plan_session.h"
#include "forecast_view.h"
#include "examples.h"
#include "import_view.h"
#include "incoming_view.h"
#include "library_view.h"
#include "live/live_results.h"
#include "live/optimiser_job.h"
#include "menu_bar.h"
#include "optimiser_view.h"
#include "page_mirror.h"
#include "platform/platform.h"
#include "status_bar.h"
#include "view_context.h"

namespace roster::ui {

// Key in the browser's storage for the window layout (the plan's keys are in plan_slots.h).
inline constexpr const char* kLayoutKey = "roster.layout";
// Key for the interface language: "en" or "fr".
inline constexpr const char* kLanguageKey = "roster.language";

class Workspace {
public:
    explicit Workspace(platform::Host& host);

    // Restores the window layout, the language and the last open plan. Call once, before the
    // first frame.
    void start(double now);

    // Runs on every browser tick, drawn or not: the live figures' slices, and the save when due.
    // Returns whether something the planner sees changed (the save status, a file that
    // arrived, figures that moved), so the caller draws a frame.
    bool tick(double now);

    // Draws one frame (between ImGui::NewFrame and ImGui::Render).
    void frame(double now);

    // Saves now if anything is unsaved (the page is being hidden or the window closed).
    void save_now();

    // Hands the live ranges' draws to `workers` (the browser's Web Workers) from now on, for the
    // open plan and every plan opened after. Not owned.
    void use_draw_workers(live::DrawWorkers* workers);

private:
    // The views' context for the open plan as it is now (its live figures following it).
    ViewContext context();
    // Another plan was opened: fresh live figures and view state for it.
    void follow_open_plan();
    // The live figures follow the open plan's revision (a new one starts its projection).
    void follow_plan();
    std::vector<std::size_t> scenarios_shown() const;
    void finish_frame(std::map<std::string, platform::Rect>& landmarks, double now);

    // What each view returned, acted on: plans opened, saved or changed through the session,
    // edits through the open document's commands, files and links through the host.
    void act(const MenuChoice& choice);
    void act(const LibraryChoice& choice);
    void act(StatusBarChoice choice);
    void act(IncomingView::Answer answer);
    void apply(const std::vector<Command>& commands);
    void receive(const std::string& text, const Message& source);
    // A spreadsheet file or pasted cells: its import preview opens (nothing changes yet).
    void receive_sheet(const std::string& bytes, const Message& source);
    // An Excel workbook: its first sheet is read (by the host), then previewed as a sheet is,
    // with the choice of another sheet; Plan > Export report workbook… writes the report.
    void receive_workbook(std::string bytes, const Message& source);
    void receive_workbook_sheet(storage::WorkbookSheetText read);
    void export_workbook();
    void act(ImportView::Answer answer);
    // An analytics export's rows matched to the plan's posts, confirmed: one undo step.
    void act(ActualsImportView::Answer answer);
    // Plan > Calibrate from past campaigns…: the finished campaigns of this browser, worked out.
    void calibrate();
    // A search or frontier started or cancelled, or the proposal opened as a scenario.
    void act(const OptimiserChoice& choice);
    void replace_with(IncomingPlan incoming);
    void download();
    void open_example(const Example& example);
    void set_language(present::Language language);
    void tell(const std::optional<TooLarge>& refused);

    platform::Host& host_;
    PlanSession session_;
    std::unique_ptr<live::LiveResults> live_;
    live::DrawWorkers* draw_workers_ = nullptr;
    std::uint64_t live_for_ = 0;  // the session's generation live_ follows
    std::unique_ptr<live::OptimiserJob> optimiser_;  // the open plan's searches, replaced with live_
    UiState state_;
    IncomingView incoming_;
    ImportView import_;
    std::string workbook_;          // the workbook last opened, to read another of its sheets
    Message workbook_source_;       // where it came from
    std::string workbook_written_;  // the report workbook's file name, for the message once written
    ActualsImportView actuals_import_;
    ForecastView forecast_;
    CalibrationView calibration_;
    PageMirror page_;
    std::string status_text_;  // what the status bar said last, for the page
    bool wake_ = false;        // something changed outside a frame: draw the next one
    double now_ = 0.0;
};

}  // namespace roster::ui
