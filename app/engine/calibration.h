// Calibration from past campaigns (issue 23, docs/CALIBRATION.md): plans with a locked forecast
// and actuals say how far the rates the forecast used were from what happened. Per rate, the
// ratio of actual to locked median is pooled in logs: a cell (a platform's tier, a format) with
// few posts is pulled toward its platform, and a platform toward all, each weighted by its
// evidence; older campaigns count less (half their weight every `half_life_years`). Every
// multiplier comes with a 90% interval and the posts behind it; the spread of views is
// re-estimated from the dispersion observed around the calibrated medians.
//
// Which posts count: creators whose forecast rested on the benchmark rates (no own figures, no
// paid amplification, sure to post) with every planned post in. Campaign-wide luck (a good or a
// bad month for the whole roster) is taken out before the cells are compared and put back into
// the intervals, since a handful of campaigns cannot tell it from a rate.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "plan.h"

namespace roster {

enum class CalibratedRate : std::uint8_t { ViewsPerFollower, FormatFactor, EngagementRate, ClickThrough, ConversionRate };

struct RateEstimate {
    CalibratedRate rate = CalibratedRate::ViewsPerFollower;
    std::optional<Platform> platform;
    std::optional<Tier> tier;
    std::optional<Format> format;
    std::string key;  // the assumption the multiplier applies to; "" for a pooled level above the cells
    double multiplier = 1.0, low = 1.0, high = 1.0;  // 90% interval
    int posts = 0;        // posts behind it
    double evidence = 0;  // creators behind it, after the age discount
};

struct CalibrationOptions {
    double half_life_years = 2.0;
    std::string reference_date;  // "today" for the age discount; "" = the latest lock among the plans
};

struct CalibrationResult {
    int campaigns = 0, posts = 0;
    std::vector<std::string> skipped;  // names of plans without a locked forecast and actuals
    std::vector<RateEstimate> estimates;
    // The spread of views: creator and campaign sigmas are multiplied by `spread`.
    double spread = 1.0, spread_low = 1.0, spread_high = 1.0;
    int spread_creators = 0;
    double observed_sigma = 0.0;  // of log(actual / calibrated median), per creator
};

CalibrationResult calibrate_from(const std::vector<Plan>& campaigns, const CalibrationOptions& options = {});

// The layer for `target`'s open scenario: each estimate with a key and evidence on its platform
// (or for every format, for click-through and conversion) multiplies the target's current value,
// kept within the assumption's allowed range; the spread multiplies its creator and campaign
// sigmas. For document/commands.h ApplyCalibration.
Calibration calibration_layer(const CalibrationResult& result, const Plan& target, const std::string& date);

// Days from 1970-01-01 of an ISO date ("2026-03-14"); none when it is not one.
std::optional<long> days_of(const std::string& iso_date);

}  // namespace roster
