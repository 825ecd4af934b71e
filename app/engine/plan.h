// The plan a planner builds: what the engine reads and the storage layer saves.
// Plain value types with no behaviour, so every layer can copy, compare and serialise them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace roster {

// Social platforms Roster has sourced benchmarks for (docs/MODEL.md).
enum class Platform : std::uint8_t { Instagram, TikTok, YouTube };
inline constexpr int kPlatformCount = 3;

// Creator size classes; the follower thresholds between them are part of the plan.
enum class Tier : std::uint8_t { Nano, Micro, Mid, Macro, Mega };
inline constexpr int kTierCount = 5;

// Stable identity of a creator inside one plan: edits, undo and (later) overlaps refer to it,
// never to a row position, so sorting or deleting rows cannot redirect an edit.
using CreatorId = std::uint32_t;

struct Creator {
    CreatorId id = 0;
    std::string name;
    Platform platform = Platform::Instagram;
    std::int64_t followers = 0;
    // Money is kept in hundredths of the plan's currency unit (cents for EUR and USD): whole
    // numbers add up exactly and survive any JSON tool unchanged, where decimals would not.
    std::int64_t fee_per_post_cents = 0;
    std::int32_t posts = 1;
};

// Lower bound (inclusive) of each tier above nano. Later x Fohr thresholds by default.
struct TierThresholds {
    std::int64_t micro = 10'000;
    std::int64_t mid = 100'000;
    std::int64_t macro = 500'000;
    std::int64_t mega = 1'000'000;
};

struct Plan {
    std::string name = "Untitled plan";
    std::string currency = "EUR";  // ISO 4217 code
    TierThresholds tiers;
    std::vector<Creator> creators;
};

bool operator==(const Creator& a, const Creator& b);
bool operator==(const TierThresholds& a, const TierThresholds& b);
bool operator==(const Plan& a, const Plan& b);
inline bool operator!=(const Creator& a, const Creator& b) { return !(a == b); }
inline bool operator!=(const TierThresholds& a, const TierThresholds& b) { return !(a == b); }
inline bool operator!=(const Plan& a, const Plan& b) { return !(a == b); }

// Amounts as planners type them (12.5) to hundredths (1250) and back. Values that are not
// finite, or too large for the plan, map to ones validation refuses instead of wrapping.
std::int64_t cents_from_units(double units);
inline double units_from_cents(std::int64_t cents) { return static_cast<double>(cents) / 100.0; }

// The first id not used by any creator of the plan.
CreatorId next_creator_id(const Plan& plan);

// The creator with this id, or nullptr.
const Creator* find_creator(const Plan& plan, CreatorId id);

}  // namespace roster
