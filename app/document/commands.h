// Every change to a plan is one of these commands, applied by the document in one place.
// The UI never edits a plan directly: that single path is what makes undo/redo, autosave and
// validation of typed values simple and complete.
#pragma once

#include <string>
#include <variant>

#include "engine/plan.h"

namespace roster {

struct AddCreator {
    Creator creator;  // id 0 means "give it the next free id"
};

struct UpdateCreator {
    Creator creator;  // replaces the creator with the same id
};

struct RemoveCreator {
    CreatorId id = 0;
};

struct RenamePlan {
    std::string name;
};

struct SetCurrency {
    std::string currency;
};

using Command = std::variant<AddCreator, UpdateCreator, RemoveCreator, RenamePlan, SetCurrency>;

// What the planner would call the change, for the undo menu ("Undo: add creator").
std::string describe(const Command& command);

struct ApplyResult {
    bool ok = false;
    std::string message;  // why the change was refused; the plan is then untouched
};

// Applies `command` to `plan` if the result is valid; otherwise leaves `plan` as it was.
ApplyResult apply(Plan& plan, const Command& command);

}  // namespace roster
