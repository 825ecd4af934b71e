// What every view gets for one frame: the plan and its projection to read, its own UI state,
// and a list to append edit commands to. Views never change the plan themselves.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "document/commands.h"
#include "engine/plan.h"
#include "engine/projection.h"
#include "host/host.h"

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

struct UiState {
    NewCreatorForm form;
    bool focus_form_name = false;
    Message message;  // the latest thing the planner should read in the status bar
};

struct ViewContext {
    const Plan& plan;
    const Projection& projection;
    UiState& state;
    std::vector<Command> commands;
    std::map<std::string, host::Rect> landmarks;

    // Records the last ImGui item as a landmark the page can find (see host.h).
    void mark(const std::string& id);
    // A landmark for something that is not the last item (a menu title, before its menu opens).
    void mark(const std::string& id, float x, float y, float w, float h) { landmarks[id] = {x, y, w, h}; }
};

}  // namespace roster::ui
