// What every view gets for one frame: the plan and its projection to read, its own UI state,
// and a list to append edit commands to. Views never change the plan themselves.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "document/commands.h"
#include "engine/plan.h"
#include "engine/overlap.h"
#include "engine/projection.h"
#include "host/host.h"
#include "engine/what_if.h"
#include "present/analysis.h"
#include "present/scenario_results.h"
#include "present/roster_table.h"

namespace roster::ui {

// The "add a creator" form, typed into before anything reaches the plan.
struct NewCreatorForm {
    char name[256] = {};
    int platform = 0;
    long long followers = 0;
    double fee_per_post = 0.0;  // as typed, in currency units
    int posts = 1;
};

struct Message {
    std::string text;
    bool is_error = false;
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

struct UiState {
    NewCreatorForm form;
    bool focus_form_name = false;
    RosterTableState table;
    std::vector<present::RosterSort> results_sort;  // the per-creator results table
    char assumption_filter[64] = {};
    char overlap_row[2048] = {};  // a row of overlaps being pasted in the creator panel
    ScenarioViewState scenarios;
    Message message;  // the latest thing the planner should read in the status bar
};

struct ViewContext {
    const Plan& plan;
    const Projection& projection;
    UiState& state;
    std::vector<Command> commands;
    std::map<std::string, host::Rect> landmarks;
    // Every pair's shared followers, computed on first use for the plan's current revision
    // (quadratic in the roster, so only views that show pairs ask for it).
    std::function<const OverlapMatrix&()> overlap;
    // The net reach with its build-up curves (quadratic too), computed on first use likewise.
    std::function<const NetReach&()> reach_curves;
    // Monte-Carlo ranges and sensitivity as far as they have run; null where there is none.
    const present::Analysis* analysis = nullptr;
    // How far the projection of the latest edit has got (0 to 1) while projection.net_reach_pending.
    double projection_progress = 1.0;
    // Several scenarios' results at once, for the comparison and the presentation.
    present::ScenarioResults* scenario_results = nullptr;
    // The open scenario moved by what-if levers, projected (cached while the levers rest).
    std::function<const Projection&(const WhatIf&)> what_if_projection;

    // Records the last ImGui item as a landmark the page can find (see host.h).
    void mark(const std::string& id);
    // A landmark for something that is not the last item (a menu title, before its menu opens).
    void mark(const std::string& id, float x, float y, float w, float h) { landmarks[id] = {x, y, w, h}; }
};

}  // namespace roster::ui
