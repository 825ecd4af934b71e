#include "autosave.h"

namespace roster {

void AutosaveSchedule::observe(std::uint64_t revision, double now) {
    if (revision != latest_) {
        latest_ = revision;
        changed_at_ = now;
    }
}

bool AutosaveSchedule::due(double now, bool page_hidden) const {
    if (!has_unsaved_changes()) return false;
    return page_hidden || now - changed_at_ >= kQuietSeconds;
}

void AutosaveSchedule::saved(std::uint64_t revision) { saved_ = revision; }

void AutosaveSchedule::failed(double now) { changed_at_ = now; }

}  // namespace roster
