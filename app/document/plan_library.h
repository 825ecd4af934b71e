// Every plan kept in this browser. Each plan has its own slots (plan_slots.h, keys by plan id);
// an index (key roster.library) lists them with name, when each was last saved and last
// downloaded, and its size, for the library window. The index is a summary: a plan whose entry
// is lost still sits in its slots, and the next save of the open plan writes its entry again.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "plan_slots.h"

namespace roster {

inline constexpr const char* kLibraryKey = "roster.library";
inline constexpr const char* kLibraryOpenKey = "roster.library.open";  // the plan opened last

struct LibraryEntry {
    std::uint32_t id = 1;
    std::string name;
    std::int64_t saved = 0;       // Unix seconds of the last save in this browser
    std::int64_t downloaded = 0;  // Unix seconds of the last download; 0: never
    std::uint64_t bytes = 0;      // size of the saved plan file
};

class PlanLibrary {
public:
    explicit PlanLibrary(KeyValueStore& store) : store_(store) {}

    // Most recently saved first. An unreadable index reads as empty (the plans stay in their slots).
    std::vector<LibraryEntry> entries() const;
    std::optional<LibraryEntry> find(std::uint32_t id) const;

    // Adds or replaces the entry with this id.
    KeyValueStore::Status record(const LibraryEntry& entry);
    void forget(std::uint32_t id);

    // An id no entry uses (ids start at 1, the plan older Rosters kept).
    std::uint32_t new_id() const;

    std::uint32_t last_open() const;  // 1 when none is recorded
    void set_last_open(std::uint32_t id);

private:
    KeyValueStore::Status write(const std::vector<LibraryEntry>& entries);
    KeyValueStore& store_;
};

// A moment of the library ("2026-11-23 14:05" in the browser's time zone), or "never" for 0.
Message local_time_text(std::int64_t unix_seconds);

// The status bar's account of the open plan: "Saved in this browser at 14:32 · downloaded on
// 2026-11-20 09:10" (the time alone for today), "· never downloaded" when it never left the
// browser, so a planner sees whether a copy exists outside it.
Message save_times_text(std::int64_t saved, std::int64_t downloaded, std::int64_t now);

}  // namespace roster
