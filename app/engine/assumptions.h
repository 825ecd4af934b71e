// Every number the engine uses that the planner does not type in: its key, value, plausible
// range, where it comes from and whether it is an engineering estimate. docs/SOURCES.md lists
// each source in full; the app lists the same catalogue, and a plan stores only the values the
// planner changed (Plan::assumptions), so "reset to default" is simply removing an override.
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan.h"

namespace roster {

enum class AssumptionGroup : std::uint8_t {
    Reach, Formats, Recommendations, Engagement, Funnel, Emv, Baseline, HiddenLikes,
    AudienceQuality, Response, Uncertainty, Overlap
};
inline constexpr int kAssumptionGroupCount = 12;

// How a value reads: shares as percentages, multipliers as "x 1.5", money in the plan's
// currency, durations in seconds.
enum class Unit : std::uint8_t { Share, Multiplier, Money, Seconds, Number };

struct AssumptionSpec {
    std::string key;    // stable: written in plan files ("reach_rate.instagram.micro")
    AssumptionGroup group = AssumptionGroup::Reach;
    std::string label;     // "Reach per post · Instagram · micro": quantity and what it is about, in English
    std::string quantity;  // "Reach per post"; "%s reach vs %s" (the format, its platform's reference)
    bool versus_reference = false;  // the quantity compares `format` with the platform's reference format
    Unit unit = Unit::Share;
    double value = 0.0;              // the default
    double low = 0.0, high = 0.0;    // plausible range: sensitivity analysis swings over it
    double min = 0.0, max = 0.0;     // what a planner may set at all
    std::string_view source;         // short citation; each source key ([S33]) in docs/SOURCES.md
    bool estimate = false;           // no source gives this number directly
    bool shown = true;               // false for table cells that mean nothing (format not offered)
    // What the value is about, so sensitivity only swings values the plan uses.
    std::optional<Platform> platform;
    std::optional<Tier> tier;
    std::optional<Format> format;
};

// The words an assumption's label is made of, in one language: the quantity (English, as in
// AssumptionSpec::quantity, to be rendered), platforms, tiers and formats (a platform's own name
// for a format, and the general name when no platform is concerned).
struct AssumptionLabelWords {
    std::function<std::string(std::string_view)> quantity;
    std::function<std::string(Platform)> platform;
    std::function<std::string(Tier)> tier;
    std::function<std::string(Platform, Format)> format;
    std::function<std::string(Format)> any_format;
};

// An assumption's label from its parts, so that a language renders each part from its own words
// and never takes a composed English label apart. AssumptionSpec::label is this with English words.
std::string compose_assumption_label(const AssumptionSpec& spec, const AssumptionLabelWords& words);

// Positions in the catalogue. Tables are laid out row by row in enum order.
namespace assumption {
inline constexpr std::size_t P = kPlatformCount, T = kTierCount, F = kFormatCount;
inline constexpr std::size_t kReachRate = 0;                          // [platform][tier]
inline constexpr std::size_t kFormatFactor = kReachRate + P * T;      // [platform][format]
inline constexpr std::size_t kRecommendedShare = kFormatFactor + P * F;  // [platform][format]
inline constexpr std::size_t kEngagementRate = kRecommendedShare + P * F;  // [platform][tier]
inline constexpr std::size_t kSponsoredFactor = kEngagementRate + P * T;
inline constexpr std::size_t kCommentShare = kSponsoredFactor + 1;
inline constexpr std::size_t kShareShare = kCommentShare + 1;
inline constexpr std::size_t kSaveShare = kShareShare + 1;
inline constexpr std::size_t kClickThrough = kSaveShare + 1;          // [format]
inline constexpr std::size_t kConversionRate = kClickThrough + F;
inline constexpr std::size_t kImpressionsPerView = kConversionRate + 1;  // [format]
inline constexpr std::size_t kWatchSeconds = kImpressionsPerView + F;    // [format]
inline constexpr std::size_t kPaidCpm = kWatchSeconds + F;              // [platform]
inline constexpr std::size_t kPaidClickThrough = kPaidCpm + P;          // [platform]
inline constexpr std::size_t kEmvCpm = kPaidClickThrough + P;           // [platform]
inline constexpr std::size_t kEmvPerLike = kEmvCpm + P;
inline constexpr std::size_t kEmvPerComment = kEmvPerLike + 1;
inline constexpr std::size_t kEmvPerShare = kEmvPerComment + 1;
inline constexpr std::size_t kEmvPerSave = kEmvPerShare + 1;
inline constexpr std::size_t kHiddenLikesEffect = kEmvPerSave + 1;     // [tier]
inline constexpr std::size_t kHiddenCommentsEffect = kHiddenLikesEffect + T;
inline constexpr std::size_t kHiddenReachFeedback = kHiddenCommentsEffect + 1;
inline constexpr std::size_t kTypicalQuality = kHiddenReachFeedback + 1;  // [tier]
inline constexpr std::size_t kPostConcentration = kTypicalQuality + T;
inline constexpr std::size_t kAmplificationShape = kPostConcentration + 1;
inline constexpr std::size_t kHillHalfSaturation = kAmplificationShape + 1;
inline constexpr std::size_t kHillSlope = kHillHalfSaturation + 1;
inline constexpr std::size_t kCreatorSigma = kHillSlope + 1;
inline constexpr std::size_t kMeasuredCreatorSigma = kCreatorSigma + 1;
inline constexpr std::size_t kCampaignSigma = kMeasuredCreatorSigma + 1;
inline constexpr std::size_t kPostSigma = kCampaignSigma + 1;           // [format]
inline constexpr std::size_t kMeasuredPostSigmaShare = kPostSigma + F;
inline constexpr std::size_t kEngagementSigma = kMeasuredPostSigmaShare + 1;
inline constexpr std::size_t kClickSigma = kEngagementSigma + 1;
inline constexpr std::size_t kConversionSigma = kClickSigma + 1;
inline constexpr std::size_t kOverlapUniverse = kConversionSigma + 1;
inline constexpr std::size_t kNicheAffinity = kOverlapUniverse + 1;
inline constexpr std::size_t kSameCreatorShare = kNicheAffinity + 1;
inline constexpr std::size_t kEffectiveFrequency = kSameCreatorShare + 1;
inline constexpr std::size_t kCount = kEffectiveFrequency + 1;

inline std::size_t pt(std::size_t base, Platform p, Tier t) {
    return base + static_cast<std::size_t>(p) * T + static_cast<std::size_t>(t);
}
inline std::size_t pf(std::size_t base, Platform p, Format f) {
    return base + static_cast<std::size_t>(p) * F + static_cast<std::size_t>(f);
}
inline std::size_t of(std::size_t base, Platform p) { return base + static_cast<std::size_t>(p); }
inline std::size_t of(std::size_t base, Tier t) { return base + static_cast<std::size_t>(t); }
inline std::size_t of(std::size_t base, Format f) { return base + static_cast<std::size_t>(f); }
}  // namespace assumption

// The catalogue, in the order above; built once.
const std::vector<AssumptionSpec>& assumption_catalogue();
std::optional<std::size_t> assumption_index(std::string_view key);
std::string_view group_label(AssumptionGroup g);

// The values a projection uses: defaults, replaced by the plan's overrides.
struct Assumptions {
    std::array<double, assumption::kCount> value{};
    double operator[](std::size_t i) const { return value[i]; }
    double& operator[](std::size_t i) { return value[i]; }
};

const Assumptions& default_assumptions();

// `spec` as it reads in a plan in `currency`: a money value's default, range and limits converted
// from the currency its sources quote (currency.h's money_defaults); any other spec unchanged.
AssumptionSpec spec_in_currency(const AssumptionSpec& spec, std::string_view currency);

// The defaults a plan in `currency` starts from: default_assumptions() with money converted.
Assumptions default_assumptions_in(std::string_view currency);

// Overrides with unknown keys (from a newer Roster) are ignored here and reported by
// validation as notes; values outside [min, max] are refused by validation.
Assumptions resolve_assumptions(const Plan& plan);

// Whether the plan's value for `index` differs from the default.
bool is_overridden(const Plan& plan, std::size_t index);

}  // namespace roster
