// What the roster table shows: which creators pass the planner's filter, in which order, and
// which are selected. Pure decisions over the plan and its projection (no ImGui), so sorting a
// thousand rows, filtering and shift-click selection are tested natively.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "engine/plan.h"
#include "engine/projection.h"

namespace roster::present {

struct RosterFilter {
    std::string text;   // in the name or handle, letter case aside; empty: any
    int platform = -1;  // a Platform, or -1 for any
    int tier = -1;      // a Tier, or -1 for any
    bool active() const { return !text.empty() || platform >= 0 || tier >= 0; }
};

enum class RosterColumn {
    Name, Platform, Followers, Tier, Fee, Posts, Reach, Incremental, Cost, CostPerReached, Engagements, Conversions
};

struct RosterSort {
    RosterColumn column = RosterColumn::Name;
    bool descending = false;
};

bool passes(const Creator& creator, Tier tier, const RosterFilter& filter);

// Indexes into plan.creators of the rows to show, sorted by `sort` (first key first); ties keep
// roster order, so the table never reshuffles rows that compare equal. `incremental` is the net
// reach each creator adds (projection.audience.incremental, may be empty).
std::vector<std::size_t> roster_rows(const Plan& plan, const Projection& projection, const RosterFilter& filter,
                                     const std::vector<RosterSort>& sort);

// The selection as a file manager keeps it: a click selects one row, Ctrl+click adds or removes
// a row, Shift+click selects the range from the anchor in the order shown.
class RosterSelection {
public:
    void click(CreatorId id, bool ctrl, bool shift, const std::vector<CreatorId>& shown);
    void select_all(const std::vector<CreatorId>& shown);
    void clear();
    // Forgets creators no longer in the plan (removed, or undone away).
    void keep_only(const Plan& plan);
    bool contains(CreatorId id) const { return ids_.count(id) != 0; }
    const std::set<CreatorId>& ids() const { return ids_; }
    std::size_t size() const { return ids_.size(); }
    bool empty() const { return ids_.empty(); }
    // The row the detail panel shows: the last one clicked, if still selected.
    CreatorId focus() const { return contains(anchor_) ? anchor_ : (ids_.empty() ? 0 : *ids_.begin()); }

private:
    std::set<CreatorId> ids_;
    CreatorId anchor_ = 0;
};

// Bulk edits on the selected creators, as the whole creators to write back (one undo step).
// Each sets the main deliverable line (the first; one of the platform's main format is made when
// there is none), the line the roster table edits.
std::vector<Creator> with_posts(const Plan& plan, const std::set<CreatorId>& ids, int posts);
std::vector<Creator> with_fee(const Plan& plan, const std::set<CreatorId>& ids, std::int64_t fee_cents);
std::vector<Creator> with_paid(const Plan& plan, const std::set<CreatorId>& ids, bool paid);

}  // namespace roster::present
