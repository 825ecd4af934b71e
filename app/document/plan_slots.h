// The browser keeps the open plan in two slots written in turn, plus a small pointer naming
// the slot that holds the latest save (Excalidraw, a browser app that keeps one key, lost work
// when that key could not be written, over quota [S75]). A save goes to the slot the pointer does not
// name, is read back and compared, and only then does the pointer move: a write that fails at
// any step leaves the last good save where it was. The pointer also carries a sequence number
// and the id of the tab that wrote it, so a tab never saves over newer work from another tab.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/plan_file.h"

namespace roster {

// What the document layer needs of the browser's storage (each host's storage implements it:
// platform/platform.h).
class KeyValueStore {
public:
    enum class Status { Ok, Full, Unavailable };
    virtual ~KeyValueStore() = default;
    virtual std::optional<std::string> load(std::string_view key) = 0;
    virtual Status store(std::string_view key, std::string_view value) = 0;
    virtual void remove(std::string_view key) = 0;
};

// The keys of the first plan of the browser's library (plan_library.h); plan n > 1 uses
// "roster.plan.n" instead of "roster.plan" in each.
inline constexpr const char* kSlotKeyA = "roster.plan.a";
inline constexpr const char* kSlotKeyB = "roster.plan.b";
inline constexpr const char* kSlotPointerKey = "roster.plan.latest";
inline constexpr const char* kLegacyPlanKey = "roster.plan";  // Roster 0.1-0.3 kept one key
inline constexpr const char* kUnreadableKey = "roster.plan.unreadable";

// "roster.plan" for the library's first plan, "roster.plan.7" for plan 7.
std::string plan_key_prefix(std::uint32_t plan_id);

class PlanSlots {
public:
    PlanSlots(KeyValueStore& store, std::string tab_id, std::uint32_t plan_id = 1);

    // Moves to another plan of the library (its own slots); restore() or save() come next.
    void switch_to(std::uint32_t plan_id);
    std::uint32_t plan_id() const { return plan_id_; }

    // Forgets every key of the plan (deleting it from the library).
    void erase(std::uint32_t plan_id);

    struct Restored {
        std::optional<Plan> plan;            // the newest save that loads; none: start empty
        std::optional<Message> message;      // for the planner when something was not as expected
        std::optional<std::string> unreadable;  // a save that could not be read, kept aside
        bool blocked = false;  // the unreadable save could not be kept aside: never save over it
    };
    // At start: the latest save, else the one before it, else the single key of older versions.
    Restored restore();

    enum class Saved {
        Ok,
        Full,            // storage quota used up; the last good save is intact
        Unavailable,     // storage refused or returned something else than was written
        NewerElsewhere,  // another tab saved after this one last loaded or saved: nothing written
    };
    // `text` is a plan file (storage::save_plan). `overrule` saves even over another tab's newer
    // work (the planner chose to keep this tab's version).
    Saved save(const std::string& text, bool overrule = false);

    // The latest save as another tab may have left it (for "load the other tab's version").
    std::optional<Plan> latest();

    std::uint64_t sequence() const { return sequence_; }

private:
    struct Pointer {
        char slot = 'a';
        std::uint64_t sequence = 0;
        std::string tab;
    };
    std::optional<Pointer> read_pointer();
    std::string key(const char* suffix) const;  // prefix + suffix
    std::string slot_key(char slot) const;

    KeyValueStore& store_;
    std::string tab_;
    std::uint32_t plan_id_ = 1;
    std::uint64_t sequence_ = 0;  // of the save this tab last loaded or wrote
    // The slot the pointer names could not be read at start and the plan came from the other
    // one: the next save goes over the unreadable slot (kept aside), never over the good one.
    bool pointed_slot_unreadable_ = false;
};

}  // namespace roster
