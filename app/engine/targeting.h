// Which part of a creator's audience is the campaign's target audience, from the creator's
// audience profile: the "on-target" share ad reach planners report beside total reach.
#pragma once

#include <optional>

#include "plan.h"

namespace roster {

// Share of the creator's audience inside the target, or nothing when the profile lacks a
// dimension the target uses (an unknown is never guessed as 0 % or 100 %). Dimensions are
// combined as independent, for want of joint country x age x gender data (an estimate,
// docs/MODEL.md). A target with no dimension set is everyone: 1.
std::optional<double> on_target_share(const AudienceProfile& audience, const TargetAudience& target);

bool targets_anyone_specific(const TargetAudience& target);

}  // namespace roster
