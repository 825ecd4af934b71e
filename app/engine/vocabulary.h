// Names of platforms and tiers: the stable keys written in plan files, and the words shown
// to planners. Keys never change once released (plan files depend on them); labels may.
#pragma once

#include <optional>
#include <string_view>

#include "plan.h"

namespace roster {

std::string_view platform_key(Platform p);    // "instagram", "tiktok", "youtube"
std::string_view platform_label(Platform p);  // "Instagram", "TikTok", "YouTube"
std::optional<Platform> platform_from_key(std::string_view key);

std::string_view tier_key(Tier t);    // "nano" ... "mega"
std::string_view tier_label(Tier t);  // "Nano" ... "Mega"

// The tier a follower count falls in under the plan's thresholds.
Tier tier_of(std::int64_t followers, const TierThresholds& thresholds);

// The thresholds are usable only when strictly increasing and positive.
bool thresholds_are_ordered(const TierThresholds& t);

}  // namespace roster
