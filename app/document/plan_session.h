// Which plan is open and how it is kept: the open plan's document, its two save slots and their
// autosave, the library of every plan in this browser, what was last downloaded (the plan that
// exists outside the app), a save that could not be read, and how the latest save went.
//
// Everything that belongs to the open plan lives in one object that opening another plan
// replaces whole, so nothing of the last plan (its revision count, its kept copy, a save
// failure) can leak into the next. Plans of the library that are not open are changed the way
// the open one is: loaded into a Document, changed by the document's commands, saved back.
//
// Plain C++ over the document's KeyValueStore: the tests drive it with a fake store and made-up
// times. It says nothing itself (docs/MESSAGES.md: the views word the planner's news); it
// reports what happened and the workspace tells the planner.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "document.h"
#include "plan_exchange.h"
#include "plan_library.h"
#include "plan_slots.h"

namespace roster {

// How the latest write of the open plan to the browser's storage went.
enum class SaveOutcome { None, Saved, StorageFull, StorageUnavailable, NewerElsewhere };

// A plan file Roster would not be able to open again (past kMaxPlanFileBytes): never written.
// The gross margin a plan started from nothing assumes until the planner types the brand's own:
// half of the revenue, Roster's round estimate (docs/MODEL.md §6), so that ROI never counts every
// sale as profit. Plans from files keep the margin they hold (Campaign's own default is
// unchanged, and old files mean what they meant).
inline constexpr Ppm kNewPlanGrossMarginPpm = 500'000;

// The plan the planner starts from nothing (the first run, Plan > New plan).
inline Plan new_plan() {
    Plan plan;
    plan.campaign.gross_margin_ppm = kNewPlanGrossMarginPpm;
    return plan;
}

struct TooLarge {
    std::size_t bytes = 0;
};

// The open plan as a file to hand to the planner.
struct PlanFileOut {
    std::string name;  // plan_file_name()
    std::string text;
};

// What the status bar shows about saving.
struct SaveState {
    SaveOutcome last = SaveOutcome::None;
    bool unsaved = false;         // changes the last save does not hold
    bool blocked = false;         // never saving: an unreadable save could not be kept aside
    bool has_unreadable = false;  // a save that could not be read, offered for download
    std::int64_t saved_at = 0;       // Unix seconds of the open plan's last save in this browser
    std::int64_t downloaded_at = 0;  // and of its last download; 0: never
};

// One line of the library window: the open plan is always listed (even before its first save)
// under its name as it is now, which may be newer than its last save.
struct LibraryRow {
    LibraryEntry entry;
    bool open = false;
    bool not_saved_yet = false;  // the open plan has no save in this browser yet
};

// How a change to a plan of the library went.
struct LibraryChange {
    enum class Result {
        Done,
        NameRefused,     // the document refused the name (too long, control characters)
        StorageRefused,  // the browser's storage refused the write
        Unreadable,      // the plan's saves could not be read: nothing changed, nothing to say
    };
    Result result = Result::Done;
    std::string plan;  // the plan's name after the change (the copy's, the deleted one's...)
};

// A new id for this tab's saves, so that they are told from another tab's (plan_slots.h).
std::string new_tab_id();

class PlanSession {
public:
    // `tab_id` tells this tab's saves from another tab's (plan_slots.h). `unix_now` gives the
    // time recorded as "last saved" and "last downloaded" (the system clock by default).
    PlanSession(KeyValueStore& store, std::string tab_id, std::function<std::int64_t()> unix_now = {});
    ~PlanSession();
    PlanSession(const PlanSession&) = delete;
    PlanSession& operator=(const PlanSession&) = delete;

    // Opens the plan opened last in this browser from its slots (an empty plan when it has none).
    // Returns what the planner must know when its latest save could not be read. `now` is the
    // caller's clock in seconds, the autosave's.
    std::optional<Message> start(double now);

    const Document& document() const;
    Document& document();  // the open plan's commands, undo and redo go through it
    const Plan& plan() const { return document().plan(); }
    std::uint32_t plan_id() const;
    // Raised whenever another plan replaces the open one: a new Document, whose revisions count
    // from zero again, so whatever was derived from the last one's revisions is stale.
    std::uint64_t generation() const { return generation_; }

    // --- Opening another plan of the library (the open one is saved first) ------------------
    // `plan` as a new plan of the library (Plan > New plan, a workshop example), saved at once
    // so that the library lists it.
    std::optional<TooLarge> open_new(Plan plan, double now);
    // Plan `id` of the library, from its slots.
    void open(std::uint32_t id, double now);

    // --- Plan files coming in and going out -----------------------------------------------
    // What a file, a paste or a link (`source`) would do to the open plan (plan_exchange.h).
    IncomingPlan receive(std::string_view text, const Message& source) const;
    // Replaces the open plan (undoable); the plan that came in is now the one kept outside.
    void replace(IncomingPlan incoming);
    // The open plan as a file to download; from now on it is the plan kept outside the app.
    std::variant<PlanFileOut, TooLarge> download();

    // --- The library --------------------------------------------------------------------
    std::vector<LibraryRow> library() const;
    // Every plan of the library that can be read, the open one first and as it is now, the others
    // as last saved: the past campaigns a calibration learns from (docs/CALIBRATION.md).
    std::vector<Plan> library_plans();
    // Renames plan `id`, which is not the open one (the open one is renamed by a command of its
    // own document, undoable).
    LibraryChange rename(std::uint32_t id, const std::string& name);
    // A copy of plan `id` (open or not), named "... (copy)", as a new plan of the library.
    LibraryChange duplicate(std::uint32_t id);
    // Deletes plan `id` (never the open one), kept aside for undo_delete().
    LibraryChange remove(std::uint32_t id);
    // The name of the plan remove() deleted last, while it can be restored.
    std::optional<std::string> deleted() const;
    LibraryChange undo_delete();

    // --- Saving -------------------------------------------------------------------------
    // The document may have changed by `now`: the autosave's quiet time counts from its change.
    void observe(double now);
    // Whether the autosave is due now (the document is looked at first).
    bool save_due(double now);
    // Writes the open plan to its slots (unless a save is being kept aside).
    std::optional<TooLarge> save(double now);
    // Saves if anything is unsaved (the page is being hidden, the window closed).
    std::optional<TooLarge> save_now(double now);
    // The planner keeps this tab's version over another tab's newer save.
    std::optional<TooLarge> keep_this_tabs_version(double now);
    // The planner takes the other tab's newer save instead (undoable). False when it cannot be read.
    bool open_other_tabs_version(double now);
    SaveState save_state() const;
    // The save that could not be read, as it was, for the planner to download.
    const std::optional<std::string>& unreadable() const;

private:
    struct OpenPlan;
    // Leaves the open plan (saved first) for plan `id`: `fresh` is a new plan to start,
    // otherwise the plan is read from its slots.
    PlanSlots::Restored switch_to(std::uint32_t id, std::optional<Plan> fresh, double now);
    // A plan of the library as it was last saved (the open one as it is now).
    std::optional<Plan> stored(std::uint32_t id);
    // Writes `plan` as plan `id` of the library (not the open one).
    bool store_as(std::uint32_t id, const Plan& plan, std::int64_t downloaded);

    KeyValueStore& store_;
    std::string tab_id_;
    std::function<std::int64_t()> unix_now_;
    PlanLibrary library_;
    std::unique_ptr<OpenPlan> open_;
    std::uint64_t generation_ = 0;
    struct DeletedPlan {
        LibraryEntry entry;
        std::string text;
    };
    std::optional<DeletedPlan> deleted_;  // the last plan deleted from the library, for undo
};

}  // namespace roster
