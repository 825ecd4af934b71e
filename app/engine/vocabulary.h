// Names of platforms, formats, tiers and audience bands: the stable keys written in plan files,
// and the words shown to planners. Keys never change once released (plan files depend on
// them); labels may.
#pragma once

#include <optional>
#include <string_view>

#include "plan.h"

namespace roster {

std::string_view platform_key(Platform p);    // "instagram", "tiktok", ...
std::string_view platform_label(Platform p);  // "Instagram", "TikTok", ...
std::optional<Platform> platform_from_key(std::string_view key);

std::string_view format_key(Format f);  // "feed_post", "carousel", "short", ...
std::string_view format_label(Format f);
// What the platform itself calls the format ("Reel" on Instagram, "Short" on YouTube).
std::string_view format_label(Platform p, Format f);
std::optional<Format> format_from_key(std::string_view key);

// Whether the platform offers the format at all (YouTube has no stories, Twitch only streams).
bool platform_offers(Platform p, Format f);
// The format a platform's benchmark reach and engagement rates describe.
Format reference_format(Platform p);
// `f` where the platform offers it, else the closest format it does offer (a long video becomes a
// short video before a post; a story a short video; anything on Twitch a live stream).
Format nearest_format(Platform p, Format f);
// What the platform's benchmark engagement rate is divided by (docs/MODEL.md §5).
EngagementBasis benchmark_engagement_basis(Platform p);

std::string_view tier_key(Tier t);    // "nano" ... "mega"
std::string_view tier_label(Tier t);  // "Nano" ... "Mega"

std::string_view age_band_key(AgeBand a);  // "13-17", ..., "55+"
std::optional<AgeBand> age_band_from_key(std::string_view key);
std::string_view gender_key(Gender g);     // "female", "male"
std::optional<Gender> gender_from_key(std::string_view key);

std::string_view basis_key(EngagementBasis b);  // "followers", "views"
std::optional<EngagementBasis> basis_from_key(std::string_view key);

std::string_view overlap_basis_key(OverlapBasis b);  // "share_of_first", "share_of_smaller", "shared_count"
std::optional<OverlapBasis> overlap_basis_from_key(std::string_view key);

// The tier a follower count falls in under the plan's thresholds.
Tier tier_of(std::int64_t followers, const TierThresholds& thresholds);

// The thresholds are usable only when strictly increasing and positive.
bool thresholds_are_ordered(const TierThresholds& t);

}  // namespace roster
