// Forecast against actual (issue 23): per creator, format, tier, platform and in total, the
// actual beside the locked median and P10-P90, whether it fell inside, and the ratio.
//
// A creator whose posts are not all in yet is compared with the part of the promise those posts
// carry (the locked lines' medians say which part), so a half-finished campaign does not read as
// a miss; a post marked "not posted" counts as in, with nothing. Formats, tiers and platforms
// add up their creators' (or lines') medians and combine their spreads as independent
// (square root of the sum of squares), which is narrower than the truth when a campaign-wide
// shock moves everyone; the total uses the simulation's own range when every post is in. Reach
// adds up post by post as exports give it, while the locked reach counts a person once per
// creator (and once in the total), so a reach ratio above 1 is to be read with that in mind.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "plan.h"

namespace roster {

enum class CheckGroup : std::uint8_t { Creator, Format, Tier, Platform, Total };

struct CheckCell {
    bool has_actual = false;   // at least one post gives this number
    double actual = 0.0;       // money in the plan's currency (not hundredths)
    double median = 0.0, p10 = 0.0, p90 = 0.0;
    bool inside = false;       // p10 <= actual <= p90
    double ratio = 0.0;        // actual / median; 0 when the median is 0
    bool estimated = false;    // some of the actual is a tool's estimate
};

struct CheckRow {
    CheckGroup group = CheckGroup::Total;
    CreatorId creator = 0;      // Creator rows
    std::string name;           // Creator rows: the name at the lock
    Platform platform{};        // Creator and Platform rows
    Tier tier{};                // Creator and Tier rows
    Format format{};            // Format rows
    std::int32_t posts_planned = 0, posts_in = 0;  // posts with actuals (or marked not posted)
    std::array<CheckCell, kLockedFigureCount> figures{};
    const CheckCell& operator[](LockedFigure f) const { return figures[static_cast<std::size_t>(f)]; }
};

struct ForecastCheck {
    bool locked = false;
    std::vector<CheckRow> rows;  // creators in the lock's order, then formats, tiers, platforms, total
};

// The actual of a locked figure in one post: engagements add up likes, comments, shares and saves.
// None when the post does not give it.
std::optional<double> actual_of(const Actual& a, LockedFigure f, bool& estimated);

ForecastCheck check_forecast(const Plan& plan);

}  // namespace roster
