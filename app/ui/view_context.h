// What every view gets for one frame: the plan and its live figures to read, its own UI state,
// and a list to append edit commands to. Views never change the plan themselves.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "document/commands.h"
#include "engine/message.h"
#include "engine/plan.h"
#include "engine/overlap.h"
#include "engine/projection.h"
#include "engine/what_if.h"
#include "live/live_results.h"
#include "platform/platform.h"
#include "present/roster_table.h"
#include "present/sheet_export.h"

namespace roster::ui {

// The "add a creator" form, typed into before anything reaches the plan.
struct NewCreatorForm {
    char name[256] = {};
    // -1 until the planner picks one: the platform most of the roster is on (Instagram for the
    // first creator), shown in the combo. Each added creator starts the form over, so a choice
    // made for one creator never carries over to the next unseen.
    int platform = -1;
    int format = -1;  // -1: the platform's main format; back to -1 when the platform changes
    long long followers = 0;
    double fee_per_post = 0.0;  // as typed, in currency units
    int posts = 1;
};

// What the status bar says: one or more messages (an opened plan and the notes on its file),
// rendered in the display language in the frame that shows them, so a language switch reaches
// them too.
struct StatusMessage {
    std::vector<roster::Message> parts;
    bool is_error = false;

    StatusMessage() = default;
    StatusMessage(roster::Message message, bool error) : parts{std::move(message)}, is_error(error) {}
    StatusMessage(std::vector<roster::Message> messages, bool error) : parts(std::move(messages)), is_error(error) {}
    bool empty() const { return parts.empty(); }
    std::string text() const;
};

// The roster table's own state: what the planner filters, sorts and selects.
struct RosterTableState {
    char filter_text[128] = {};
    present::RosterFilter filter;
    std::vector<present::RosterSort> sort;
    present::RosterSelection selection;
    int bulk_posts = 1;
    double bulk_fee = 0.0;
};

// The scenario bar's naming box, the comparison's choice and the what-if levers.
struct ScenarioViewState {
    int tabs_showing = -1;  // the tab the bar last selected, so undo and menus can move it
    enum class Naming { None, New, Rename, NewFromWhatIf };
    Naming naming = Naming::None;
    std::uint32_t renaming = 0;  // the position of the scenario being renamed
    bool open_naming = false;    // open the naming box at the next frame
    char name[64] = {};
    std::vector<std::string> compared;  // names ticked in the comparison; empty: the first four
    WhatIf what_if;
    std::size_t presenting = 0;  // the scenario the presentation shows
};

// Which windows are open: the View menu, the scenario bar's buttons and Ctrl+K open and close
// them, the workspace places them.
struct OpenWindows {
    bool assumptions = false;
    bool focus_assumptions = false;  // bring the assumptions window to the front at the next frame
    bool compare = false, what_if = false;
    bool presenting = false;  // the projector view, instead of every other window
    bool library = false;     // the plans in this browser
    bool optimiser = false;   // the budget optimiser and its frontier
    bool shortcuts = false;   // the list of keyboard shortcuts
    bool forecast = false;    // forecast against actual (docs/ACTUALS.md)
    bool lock_forecast = false, unlock_forecast = false;  // open the lock's dialogs at the next frame
};

// What the planner sets in the optimiser window before a search (engine/optimiser.h).
struct OptimiserViewState {
    int objective = 0;            // OptimiserObjective
    double budget = 0.0;          // in currency units; 0: the plan's cap, else what it costs
    int min_creators = 0, max_creators = 0;  // 0: no limit
    double max_creator_share = 0.0;  // percent of the budget on one creator; 0: no limit
    double max_cpm = 0.0;            // 0: no limit
    double min_frequency = 0.0;      // 0: no limit
    std::array<int, kPlatformCount> platform_min{}, platform_max{};  // creators; max 0: no limit
    std::array<int, kTierCount> tier_min{}, tier_max{};
    // Shares of the proposal's spend, in percent; max 0: no limit.
    std::array<double, kPlatformCount> platform_min_share{}, platform_max_share{};
    std::array<double, kTierCount> tier_min_share{}, tier_max_share{};
    double min_effective_reach = 0.0;  // people; 0: no limit
    double min_chance_roi = 0.0;       // percent; 0: no limit
    std::array<bool, 4> options{true, false, false, false};  // as planned, one post, half, twice
    std::map<CreatorId, int> roles;  // CandidateRole by creator; absent: candidate
    // The planner's own ways of booking a creator ("1 reel + 3 stories"), beside the options above.
    std::map<CreatorId, std::vector<std::vector<Deliverable>>> bookings;
    CreatorId booking_for = 0;                // the creator whose booking is being written
    std::vector<Deliverable> booking_draft;   // its lines so far
    bool open_booking = false;                // open the booking editor at the next frame
};

// The library window's rename box.
struct LibraryViewState {
    std::uint32_t renaming = 0;  // the plan whose name is being edited; 0: none
    char name[256] = {};
};

struct UiState {
    OpenWindows windows;
    LibraryViewState library;
    NewCreatorForm form;
    bool focus_form_name = false;
    bool focus_order_value = false;  // the campaign strip's order value field, at the next frame
    RosterTableState table;
    std::vector<present::RosterSort> results_sort;  // the per-creator results table
    char assumption_filter[64] = {};
    char overlap_row[2048] = {};  // a row of overlaps being pasted in the creator panel
    ScenarioViewState scenarios;
    OptimiserViewState optimiser;
    StatusMessage message;  // the latest thing the planner should read in the status bar
};

struct ViewContext {
    const Plan& plan;
    const Projection& projection;  // live.projection(), read by most views
    UiState& state;
    // The plan's live figures for this frame, read-only (live/live_results.h): the projection as
    // far as it has settled, the ranges and sensitivity, the compared scenarios, the what-if.
    live::Snapshot live;
    std::vector<Command> commands;
    // What the planner should read once the commands above are applied (a refusal replaces it).
    std::vector<Message> notes;
    std::map<std::string, platform::Rect> landmarks;
    // The table or chart under the mouse, which Ctrl+C copies as cells (present/sheet_export.h).
    std::optional<present::ExportTable> table_under_mouse;

    // Records the last ImGui item as a landmark the page can find (platform/platform.h).
    void mark(const std::string& id);
    // A landmark for something that is not the last item (a menu title, before its menu opens).
    void mark(const std::string& id, float x, float y, float w, float h) { landmarks[id] = {x, y, w, h}; }
    // Says that the last ImGui item (a table or a chart) shows `table`: Ctrl+C over it copies it.
    void copyable(present::ExportTable table);
};

}  // namespace roster::ui
