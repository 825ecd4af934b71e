#include "plan.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace roster {

bool operator==(const Creator& a, const Creator& b) {
    return std::tie(a.id, a.name, a.platform, a.followers, a.fee_per_post_cents, a.posts) ==
           std::tie(b.id, b.name, b.platform, b.followers, b.fee_per_post_cents, b.posts);
}

bool operator==(const TierThresholds& a, const TierThresholds& b) {
    return std::tie(a.micro, a.mid, a.macro, a.mega) == std::tie(b.micro, b.mid, b.macro, b.mega);
}

bool operator==(const Plan& a, const Plan& b) {
    return std::tie(a.name, a.currency, a.tiers, a.creators) ==
           std::tie(b.name, b.currency, b.tiers, b.creators);
}

std::int64_t cents_from_units(double units) {
    if (std::isnan(units) || units < -1e15) return std::numeric_limits<std::int64_t>::min();
    if (units > 1e15) return std::numeric_limits<std::int64_t>::max();
    return std::llround(units * 100.0);
}

CreatorId next_creator_id(const Plan& plan) {
    CreatorId highest = 0;
    for (const Creator& c : plan.creators) highest = std::max(highest, c.id);
    return highest + 1;
}

const Creator* find_creator(const Plan& plan, CreatorId id) {
    auto it = std::find_if(plan.creators.begin(), plan.creators.end(),
                           [id](const Creator& c) { return c.id == id; });
    return it == plan.creators.end() ? nullptr : &*it;
}

}  // namespace roster
