// When to write the plan to the browser's storage: shortly after the planner stops editing
// (a write per keystroke would stutter), and at once when the tab is hidden, because a hidden
// or closing tab may never run another frame. A pure decision with no clock of its own, so
// tests drive it with made-up times.
#pragma once

#include <cstdint>

namespace roster {

class AutosaveSchedule {
public:
    static constexpr double kQuietSeconds = 0.75;

    // The document is at `revision` at time `now` (seconds).
    void observe(std::uint64_t revision, double now);

    // Whether to save now.
    bool due(double now, bool page_hidden) const;

    // The save of `revision` succeeded (or failed: then it is tried again after the quiet time).
    void saved(std::uint64_t revision);
    void failed(double now);

    bool has_unsaved_changes() const { return latest_ != saved_; }

private:
    std::uint64_t latest_ = 0;
    std::uint64_t saved_ = 0;
    double changed_at_ = 0.0;
};

}  // namespace roster
