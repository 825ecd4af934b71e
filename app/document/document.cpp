#include "document.h"

#include <utility>

namespace roster {

Document::Document(Plan plan) : plan_(std::move(plan)) {}

void Document::record(Message label) {
    undo_.push_back({plan_, std::move(label)});
    if (undo_.size() > kHistoryLimit) undo_.pop_front();
    redo_.clear();
}

ApplyResult Document::execute(const Command& command) {
    Plan next = plan_;
    ApplyResult result = apply(next, command);
    if (!result.ok) return result;
    if (next == plan_) return result;  // nothing changed: no history entry, no save
    record(describe(command));
    plan_ = std::move(next);
    ++revision_;
    return result;
}

void Document::replace(Plan plan, Message label) {
    record(std::move(label));
    plan_ = std::move(plan);
    ++revision_;
}

const Message* Document::undo_label() const { return undo_.empty() ? nullptr : &undo_.back().label; }
const Message* Document::redo_label() const { return redo_.empty() ? nullptr : &redo_.back().label; }

bool Document::undo() {
    if (undo_.empty()) return false;
    Step step = std::move(undo_.back());
    undo_.pop_back();
    redo_.push_back({std::move(plan_), step.label});
    plan_ = std::move(step.before);
    ++revision_;
    return true;
}

bool Document::redo() {
    if (redo_.empty()) return false;
    Step step = std::move(redo_.back());
    redo_.pop_back();
    undo_.push_back({std::move(plan_), step.label});
    plan_ = std::move(step.before);
    ++revision_;
    return true;
}

}  // namespace roster
