// Every change to a plan is one of these commands, applied by the document in one place.
// The UI never edits a plan directly: that single path is what makes undo/redo, autosave and
// validation of typed values simple and complete.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/message.h"
#include "engine/forecast_lock.h"
#include "engine/plan.h"
#include "engine/what_if.h"

namespace roster {

struct AddCreator {
    Creator creator;  // id 0 means "give it the next free id"
};

struct UpdateCreator {
    Creator creator;  // replaces the creator with the same id
};

struct RemoveCreator {
    CreatorId id = 0;  // its stated overlaps go with it
};

// Several creators changed at once (a bulk edit of the selection): one undo step, all or none.
struct UpdateCreators {
    std::vector<Creator> creators;
};

struct RemoveCreators {
    std::vector<CreatorId> ids;
};

// Copies of these creators, each named "... (copy)", added after the last row. Their stated
// overlaps are not copied: a copy is a new creator to the plan, estimated until stated.
struct DuplicateCreators {
    std::vector<CreatorId> ids;
};

struct RenamePlan {
    std::string name;
};

// A new currency for every scenario of the plan (document/currency_change.h): the planner's
// typed amounts keep their numbers, or are converted at the dated rate when `convert_amounts`.
struct SetCurrency {
    std::string currency;
    bool convert_amounts = false;
};

struct SetCampaign {
    Campaign campaign;
};

struct SetEnvironment {
    Environment environment;
};

struct SetTiers {
    TierThresholds tiers;
};

// Sets the planner's value for one assumption, or (no value) goes back to the sourced default.
struct SetAssumption {
    std::string key;
    std::optional<std::int64_t> value_micros;
};

// States the audience overlap of two creators (replacing what the plan said about that pair,
// in either order), or with no value goes back to Roster's estimate for the pair.
struct SetOverlap {
    CreatorId first = 0, second = 0;
    std::optional<Overlap> overlap;  // its first and second must be the two above
};

// Several overlaps stated at once (a pasted row): one undo step, checked together, all or none.
struct SetOverlaps {
    std::vector<SetOverlap> overlaps;
};

// A copy of the open scenario, moved by `what_if` (neutral by default), placed after it and
// opened, so the planner's next edits change the copy.
struct AddScenario {
    std::string name;
    WhatIf what_if;
};

// A scenario made elsewhere (the optimiser's proposal), placed after the last and opened, so it
// is compared side by side with the planner's own and taken back in one undo.
struct AddProposal {
    Scenario scenario;
};

// Positions are tab positions among all scenarios (scenarios.h).
struct RenameScenario {
    std::uint32_t position = 0;
    std::string name;
};

struct OpenScenario {
    std::uint32_t position = 0;
};

// Removes a scenario (never the last one); removing the open one opens its neighbour.
struct RemoveScenario {
    std::uint32_t position = 0;
};

// Keeps the what-if levers' effect in the open scenario.
struct ApplyWhatIf {
    WhatIf what_if;
};

// The rows of a spreadsheet (document/sheet_import.h) taken in one step: new creators added after
// the last row (ids given on apply) and existing ones replaced by id. All or none.
struct ImportCreators {
    std::vector<Creator> added;
    std::vector<Creator> updated;
};

// From forecast to actuals (engine/actuals.h). Locks the forecast of the scenario at `position`
// (its projection and ranges, engine/forecast_lock.h); refused while one is locked.
struct LockForecast {
    std::uint32_t position = 0;
    LockRequest request;
    std::string name;  // the scenario's name, for the undo menu's words
};

// Removes the locked forecast; the actuals stay.
struct UnlockForecast {};

// The actuals of posts (typed in the creator panel, or an analytics export's matched rows:
// document/actuals_import.h), each replacing the actual of the same post; `removed` posts lose
// theirs. One undo step, all or none.
struct SetActuals {
    std::vector<Actual> actuals;
    std::vector<Actual> removed;  // only creator, format and post are read
    bool imported = false;        // for the undo menu's words: an import, or
    std::string creator_name;     // whose actuals were typed
};

// A calibration layer (engine/calibration.h) onto the open scenario's assumptions: each value
// becomes the planner's override, and what it replaced is kept to be put back.
struct ApplyCalibration {
    Calibration calibration;
};

// Puts back what the calibration replaced and forgets it.
struct RemoveCalibration {};

using Command = std::variant<AddCreator, UpdateCreator, RemoveCreator, UpdateCreators, RemoveCreators,
                             DuplicateCreators, RenamePlan, SetCurrency, SetCampaign,
                             SetEnvironment, SetTiers, SetAssumption, SetOverlap, SetOverlaps, AddScenario,
                             AddProposal, RenameScenario, OpenScenario, RemoveScenario, ApplyWhatIf, ImportCreators,
                             LockForecast, UnlockForecast, SetActuals, ApplyCalibration, RemoveCalibration>;

// What the planner would call the change, for the undo menu ("Undo add creator").
Message describe(const Command& command);

struct ApplyResult {
    bool ok = false;
    Message message;  // why the change was refused (the plan is then untouched); meaningful only when not ok
};

// Applies `command` to `plan` if the result is valid; otherwise leaves `plan` as it was.
ApplyResult apply(Plan& plan, const Command& command);

}  // namespace roster
