// The plan a planner builds: what the engine reads and the storage layer saves.
// Plain value types with no behaviour, so every layer can copy, compare and serialise them.
//
// Every quantity is a whole number in a fixed unit: money in hundredths of the plan's currency
// (`_cents`), shares and rates in parts per million (`_ppm`, 1,000,000 = 100 %). Whole numbers
// add up exactly and survive any JSON tool unchanged, so a plan file saved, opened and saved
// again is the same file byte for byte, which decimals would not guarantee.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "actuals.h"

namespace roster {

// Social platforms Roster has defaults for (docs/MODEL.md). New platforms go at the end:
// files store keys, not these numbers, but tables in the engine are indexed by them.
enum class Platform : std::uint8_t { Instagram, TikTok, YouTube, Facebook, LinkedIn, X, Twitch };
inline constexpr int kPlatformCount = 7;

// What a creator is paid to publish. Not every platform offers every format (vocabulary.h).
enum class Format : std::uint8_t { FeedPost, Carousel, Short, Story, LongVideo, Live };
inline constexpr int kFormatCount = 6;

// Creator size classes; the follower thresholds between them are part of the plan.
enum class Tier : std::uint8_t { Nano, Micro, Mid, Macro, Mega };
inline constexpr int kTierCount = 5;

// Age bands as the platforms' audience insights report them.
enum class AgeBand : std::uint8_t { Age13to17, Age18to24, Age25to34, Age35to44, Age45to54, Age55plus };
inline constexpr int kAgeBandCount = 6;

enum class Gender : std::uint8_t { Female, Male };
inline constexpr int kGenderCount = 2;

// What an engagement rate was divided by. Benchmarks mix both; Roster never does.
enum class EngagementBasis : std::uint8_t { Followers, Views };

using Ppm = std::int32_t;
inline constexpr Ppm kPpmWhole = 1'000'000;

// Stable identity of a creator inside one plan: edits, undo and overlaps refer to it, never to
// a row position, so sorting or deleting rows cannot redirect an edit.
using CreatorId = std::uint32_t;

// One line of what a creator publishes: "3 reels at 1,200 each".
struct Deliverable {
    Format format = Format::FeedPost;
    std::int32_t count = 1;
    std::int64_t unit_fee_cents = 0;
};

// Brand-paid promotion of the creator's content (partnership ads, Spark Ads).
struct Amplification {
    std::int64_t spend_cents = 0;
    std::int64_t cpm_cents = 0;       // 0: the platform's paid-social CPM from the assumptions
    std::int32_t frequency_cap = 0;   // most times one person is shown the ad; 0: no cap
};

struct Share {
    std::string key;  // ISO 3166 country code ("FR") or an interest name ("fitness")
    Ppm ppm = 0;
};

// Who follows a creator, from the creator's own insights or an audience tool. Any part can be
// unknown: empty lists and all-zero bands mean "not known", never "nobody".
struct AudienceProfile {
    std::vector<Share> countries;
    std::array<Ppm, kAgeBandCount> age{};
    std::array<Ppm, kGenderCount> gender{};
    std::vector<Share> interests;
};

struct Creator {
    CreatorId id = 0;
    std::string name;
    std::string handle;  // "@ana" as shown on the platform; may be empty
    Platform platform = Platform::Instagram;
    std::int64_t followers = 0;

    // The creator's own figures, when the planner has them; 0 means "use the benchmark".
    Ppm engagement_rate_ppm = 0;
    EngagementBasis engagement_basis = EngagementBasis::Followers;
    std::int64_t measured_views_per_post = 0;
    Ppm measured_reach_rate_ppm = 0;
    Ppm audience_quality_ppm = 0;  // share of real, active followers from an audit
    AudienceProfile audience;
    Ppm relevance_ppm = kPpmWhole;  // fit with the brief, the planner's judgement

    std::vector<Deliverable> deliverables;
    std::int64_t product_value_cents = 0;
    std::int64_t usage_rights_cents = 0;
    Ppm affiliate_commission_ppm = 0;  // share of attributed revenue paid to the creator

    // Earned (unpaid) creators receive no fee and may not post at all.
    bool paid = true;
    Ppm posting_probability_ppm = kPpmWhole;

    Amplification amplification;
};

// Lower bound (inclusive) of each tier above nano. Later x Fohr thresholds by default.
struct TierThresholds {
    std::int64_t micro = 10'000;
    std::int64_t mid = 100'000;
    std::int64_t macro = 500'000;
    std::int64_t mega = 1'000'000;
};

// Who the brand wants to reach. An empty list or mask means "anyone" on that dimension.
struct TargetAudience {
    std::vector<std::string> countries;  // ISO 3166 codes
    std::uint8_t age_bands = 0;          // bit per AgeBand
    std::uint8_t genders = 0;            // bit per Gender
};

struct Campaign {
    std::string currency = "EUR";  // ISO 4217 code
    std::int64_t budget_cap_cents = 0;   // 0: no cap
    std::int64_t target_universe = 0;    // people in the target audience; 0: not known
    TargetAudience target;
    std::int64_t average_order_value_cents = 0;  // 0: no sales are forecast
    Ppm gross_margin_ppm = kPpmWhole;
    Platform baseline_platform = Platform::Instagram;  // where the money would otherwise go
};

// What workshops play with: the state of the platforms, not of the campaign.
struct Environment {
    std::array<bool, kPlatformCount> likes_hidden{};
    Ppm hidden_like_viewers_ppm = 700'000;  // share of viewers who cannot see the counts
    Ppm recommendation_scale_ppm = kPpmWhole;  // multiplies the views that come from recommendations
};

// The planner's value for one assumption, replacing its sourced default (assumptions.h).
struct AssumptionOverride {
    std::string key;
    std::int64_t value_micros = 0;  // the value times 1,000,000
};

// How an audience tool states an overlap between two creators (docs/MODEL.md §13).
enum class OverlapBasis : std::uint8_t {
    ShareOfFirst,    // share of the first creator's followers who also follow the second
    ShareOfSmaller,  // share of the smaller audience (influData)
    SharedCount      // followers the two have in common
};
inline constexpr int kOverlapBasisCount = 3;

// One measured pairwise overlap; pairs the plan does not give are estimated (overlap.h).
struct Overlap {
    CreatorId first = 0, second = 0;
    OverlapBasis basis = OverlapBasis::ShareOfFirst;
    std::int64_t value = 0;  // parts per million for the shares, people for a count
};

// Another version of the plan kept beside it for comparison (likes visible vs hidden,
// micro-heavy vs macro-heavy): everything the engine reads, under a name (scenarios.h).
struct Scenario {
    std::string name;
    Campaign campaign;
    Environment environment;
    TierThresholds tiers;
    std::vector<AssumptionOverride> assumptions;
    std::vector<Creator> creators;
    std::vector<Overlap> overlaps;
};

struct Plan {
    std::string name = "Untitled plan";
    Campaign campaign;
    Environment environment;
    TierThresholds tiers;
    std::vector<AssumptionOverride> assumptions;  // sorted by key, at most one per key
    std::vector<Creator> creators;
    std::vector<Overlap> overlaps;  // at most one per pair of creators

    // The fields above are the scenario being worked on; the others wait in `other_scenarios`.
    // Keeping the open one in the plan's own fields means the engine, the views and every
    // command read a plan as they always did, whatever the number of scenarios.
    std::string scenario = "Base";
    std::uint32_t scenario_position = 0;  // of the open scenario among all, as the tabs list them
    std::vector<Scenario> other_scenarios;  // in tab order, without the open one

    // From forecast to actuals (actuals.h): the promise made when the campaign went live (at
    // most one), what each post really did (sorted by creator, format and post), and the
    // calibration layer applied to the open scenario's assumptions (at most one).
    std::vector<LockedForecast> locked_forecast;
    std::vector<Actual> actuals;
    std::vector<Calibration> calibration;
};

bool operator==(const Deliverable& a, const Deliverable& b);
bool operator==(const Amplification& a, const Amplification& b);
bool operator==(const Share& a, const Share& b);
bool operator==(const AudienceProfile& a, const AudienceProfile& b);
bool operator==(const Creator& a, const Creator& b);
bool operator==(const TierThresholds& a, const TierThresholds& b);
bool operator==(const TargetAudience& a, const TargetAudience& b);
bool operator==(const Campaign& a, const Campaign& b);
bool operator==(const Environment& a, const Environment& b);
bool operator==(const AssumptionOverride& a, const AssumptionOverride& b);
bool operator==(const Overlap& a, const Overlap& b);
bool operator==(const Scenario& a, const Scenario& b);
bool operator==(const Plan& a, const Plan& b);
inline bool operator!=(const Deliverable& a, const Deliverable& b) { return !(a == b); }
inline bool operator!=(const Creator& a, const Creator& b) { return !(a == b); }
inline bool operator!=(const TierThresholds& a, const TierThresholds& b) { return !(a == b); }
inline bool operator!=(const Campaign& a, const Campaign& b) { return !(a == b); }
inline bool operator!=(const Environment& a, const Environment& b) { return !(a == b); }
inline bool operator!=(const Plan& a, const Plan& b) { return !(a == b); }

// Amounts as planners type them (12.5) to hundredths (1250) and back. Values that are not
// finite, or too large for the plan, map to ones validation refuses instead of wrapping.
std::int64_t cents_from_units(double units);
inline double units_from_cents(std::int64_t cents) { return static_cast<double>(cents) / 100.0; }

// Shares as fractions (0.25) to parts per million (250000) and back, with the same care.
Ppm ppm_from_fraction(double fraction);
inline double fraction_from_ppm(Ppm ppm) { return static_cast<double>(ppm) / kPpmWhole; }

std::int64_t micros_from_value(double value);
inline double value_from_micros(std::int64_t micros) { return static_cast<double>(micros) / 1e6; }

// The first id not used by any creator of the plan.
CreatorId next_creator_id(const Plan& plan);

// The creator with this id, or nullptr.
const Creator* find_creator(const Plan& plan, CreatorId id);

// Total posts of a creator across deliverables, and the fee they add up to.
std::int64_t total_posts(const Creator& c);
std::int64_t total_fees_cents(const Creator& c);

}  // namespace roster
