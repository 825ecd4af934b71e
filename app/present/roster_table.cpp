#include "roster_table.h"

#include <algorithm>
#include <cctype>

#include "engine/vocabulary.h"

namespace roster::present {
namespace {

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

const Deliverable* main_line(const Creator& c) { return c.deliverables.empty() ? nullptr : &c.deliverables.front(); }

// Compares two rows on one column: -1, 0 or 1.
int compare(const Plan& plan, const Projection& pr, RosterColumn column, std::size_t a, std::size_t b) {
    const Creator& ca = plan.creators[a];
    const Creator& cb = plan.creators[b];
    const auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    const auto incremental = [&](std::size_t i) {
        return i < pr.audience.incremental.size() ? pr.audience.incremental[i] : 0.0;
    };
    const auto per_reached = [&](std::size_t i) {
        const Outcome& o = pr.creators[i].outcome;
        // Creators who reach nobody sort after every creator who reaches someone.
        return o.reach > 0 ? o.cost() / o.reach : 1e300;
    };
    switch (column) {
        case RosterColumn::Name: return cmp(lowered(ca.name), lowered(cb.name));
        case RosterColumn::Platform: return cmp(platform_label(ca.platform), platform_label(cb.platform));
        case RosterColumn::Followers: return cmp(ca.followers, cb.followers);
        case RosterColumn::Tier: return cmp(pr.creators[a].tier, pr.creators[b].tier);
        case RosterColumn::Fee: {
            const auto fee = [](const Creator& c) { return main_line(c) ? main_line(c)->unit_fee_cents : 0; };
            return cmp(fee(ca), fee(cb));
        }
        case RosterColumn::Posts: return cmp(total_posts(ca), total_posts(cb));
        case RosterColumn::Reach: return cmp(pr.creators[a].outcome.reach, pr.creators[b].outcome.reach);
        case RosterColumn::Incremental: return cmp(incremental(a), incremental(b));
        case RosterColumn::Cost: return cmp(pr.creators[a].outcome.cost(), pr.creators[b].outcome.cost());
        case RosterColumn::CostPerReached: return cmp(per_reached(a), per_reached(b));
        case RosterColumn::Engagements: return cmp(pr.creators[a].outcome.engagements, pr.creators[b].outcome.engagements);
        case RosterColumn::Conversions: return cmp(pr.creators[a].outcome.conversions, pr.creators[b].outcome.conversions);
    }
    return 0;
}

Creator with_main_line(Creator c, int posts, std::int64_t fee_cents, bool set_posts, bool set_fee) {
    if (c.deliverables.empty()) c.deliverables.push_back({reference_format(c.platform), 0, 0});
    if (set_posts) c.deliverables.front().count = posts;
    if (set_fee) c.deliverables.front().unit_fee_cents = fee_cents;
    return c;
}

template <class Edit>
std::vector<Creator> edit_selected(const Plan& plan, const std::set<CreatorId>& ids, Edit edit) {
    std::vector<Creator> out;
    for (const Creator& c : plan.creators)
        if (ids.count(c.id)) out.push_back(edit(c));
    return out;
}

}  // namespace

bool passes(const Creator& creator, Tier tier, const RosterFilter& filter) {
    if (filter.platform >= 0 && static_cast<int>(creator.platform) != filter.platform) return false;
    if (filter.tier >= 0 && static_cast<int>(tier) != filter.tier) return false;
    if (filter.text.empty()) return true;
    const std::string needle = lowered(filter.text);
    return lowered(creator.name).find(needle) != std::string::npos ||
           lowered(creator.handle).find(needle) != std::string::npos;
}

std::vector<std::size_t> roster_rows(const Plan& plan, const Projection& projection, const RosterFilter& filter,
                                     const std::vector<RosterSort>& sort) {
    std::vector<std::size_t> rows;
    rows.reserve(plan.creators.size());
    const bool projected = projection.creators.size() == plan.creators.size();
    for (std::size_t i = 0; i < plan.creators.size(); ++i) {
        const Tier tier = projected ? projection.creators[i].tier : tier_of(plan.creators[i].followers, plan.tiers);
        if (passes(plan.creators[i], tier, filter)) rows.push_back(i);
    }
    if (!projected || sort.empty()) return rows;
    std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
        for (const RosterSort& s : sort) {
            const int c = compare(plan, projection, s.column, a, b);
            if (c != 0) return s.descending ? c > 0 : c < 0;
        }
        return false;
    });
    return rows;
}

void RosterSelection::click(CreatorId id, bool ctrl, bool shift, const std::vector<CreatorId>& shown) {
    if (shift && contains(anchor_)) {
        const auto from = std::find(shown.begin(), shown.end(), anchor_);
        const auto to = std::find(shown.begin(), shown.end(), id);
        if (from != shown.end() && to != shown.end()) {
            if (!ctrl) ids_.clear();
            const auto [lo, hi] = std::minmax(from, to);
            ids_.insert(lo, hi + 1);
            return;  // the anchor stays where the range started
        }
    }
    if (ctrl) {
        if (!ids_.erase(id)) ids_.insert(id);
    } else {
        ids_ = {id};
    }
    anchor_ = id;
}

void RosterSelection::select_all(const std::vector<CreatorId>& shown) { ids_.insert(shown.begin(), shown.end()); }

void RosterSelection::clear() {
    ids_.clear();
    anchor_ = 0;
}

void RosterSelection::keep_only(const Plan& plan) {
    for (auto it = ids_.begin(); it != ids_.end();) it = find_creator(plan, *it) ? std::next(it) : ids_.erase(it);
}

std::vector<Creator> with_posts(const Plan& plan, const std::set<CreatorId>& ids, int posts) {
    return edit_selected(plan, ids, [&](const Creator& c) { return with_main_line(c, posts, 0, true, false); });
}

std::vector<Creator> with_fee(const Plan& plan, const std::set<CreatorId>& ids, std::int64_t fee_cents) {
    return edit_selected(plan, ids, [&](const Creator& c) { return with_main_line(c, 0, fee_cents, false, true); });
}

std::vector<Creator> with_paid(const Plan& plan, const std::set<CreatorId>& ids, bool paid) {
    return edit_selected(plan, ids, [&](Creator c) {
        c.paid = paid;
        return c;
    });
}

}  // namespace roster::present
