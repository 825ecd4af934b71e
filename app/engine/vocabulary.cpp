#include "vocabulary.h"

#include <array>

namespace roster {
namespace {

constexpr std::array<std::string_view, kPlatformCount> kPlatformKeys = {"instagram", "tiktok", "youtube"};
constexpr std::array<std::string_view, kPlatformCount> kPlatformLabels = {"Instagram", "TikTok", "YouTube"};
constexpr std::array<std::string_view, kTierCount> kTierKeys = {"nano", "micro", "mid", "macro", "mega"};
constexpr std::array<std::string_view, kTierCount> kTierLabels = {"Nano", "Micro", "Mid", "Macro", "Mega"};

}  // namespace

std::string_view platform_key(Platform p) { return kPlatformKeys.at(static_cast<std::size_t>(p)); }
std::string_view platform_label(Platform p) { return kPlatformLabels.at(static_cast<std::size_t>(p)); }

std::optional<Platform> platform_from_key(std::string_view key) {
    for (std::size_t i = 0; i < kPlatformKeys.size(); ++i)
        if (kPlatformKeys[i] == key) return static_cast<Platform>(i);
    return std::nullopt;
}

std::string_view tier_key(Tier t) { return kTierKeys.at(static_cast<std::size_t>(t)); }
std::string_view tier_label(Tier t) { return kTierLabels.at(static_cast<std::size_t>(t)); }

Tier tier_of(std::int64_t followers, const TierThresholds& t) {
    if (followers >= t.mega) return Tier::Mega;
    if (followers >= t.macro) return Tier::Macro;
    if (followers >= t.mid) return Tier::Mid;
    if (followers >= t.micro) return Tier::Micro;
    return Tier::Nano;
}

bool thresholds_are_ordered(const TierThresholds& t) {
    return 0 < t.micro && t.micro < t.mid && t.mid < t.macro && t.macro < t.mega;
}

}  // namespace roster
