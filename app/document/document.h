// The open plan with its edit history. Undo keeps whole plan snapshots: a plan of a thousand
// creators is about a hundred kilobytes, so a bounded history of snapshots is cheaper to get
// right than inverse commands, and undo can never drift from what was really there.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>

#include "commands.h"
#include "engine/message.h"
#include "engine/plan.h"

namespace roster {

class Document {
public:
    static constexpr std::size_t kHistoryLimit = 200;

    explicit Document(Plan plan = {});

    const Plan& plan() const { return plan_; }

    // Changes the plan if the command is valid; records it for undo.
    ApplyResult execute(const Command& command);

    // Replaces the whole plan (opening a file, restoring a save); undoable like an edit.
    void replace(Plan plan, Message label);

    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    // What undo or redo would take back ("add creator"); nothing when there is none.
    const Message* undo_label() const;
    const Message* redo_label() const;
    bool undo();
    bool redo();

    // Increases with every change of the plan, undo and redo included: views and autosave
    // compare it to know whether anything they hold is stale.
    std::uint64_t revision() const { return revision_; }

private:
    struct Step {
        Plan before;
        Message label;
    };
    void record(Message label);

    Plan plan_;
    std::deque<Step> undo_;
    std::deque<Step> redo_;
    std::uint64_t revision_ = 0;
};

}  // namespace roster
