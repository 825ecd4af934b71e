// Checks a plan before the engine trusts it, and says what is wrong in the planner's words.
#pragma once

#include <string>
#include <vector>

#include "message.h"
#include "plan.h"

namespace roster {

// Ranges a plan must respect. Followers: the largest accounts have about 650 million, so two
// billion leaves room without letting absurd values through.
struct PlanLimits {
    static constexpr std::int64_t kMaxFollowers = 2'000'000'000;
    static constexpr std::int64_t kMaxMoneyCents = 10'000'000'000;  // 100 million per amount
    static constexpr std::int32_t kMaxPosts = 1000;
    static constexpr std::size_t kMaxDeliverables = 20;
    static constexpr std::size_t kMaxNameLength = 200;
    static constexpr std::size_t kMaxCreators = 20'000;
    static constexpr std::size_t kMaxProfileEntries = 300;
    static constexpr std::int64_t kMaxUniverse = 10'000'000'000;
    static constexpr std::int32_t kMaxFrequencyCap = 1000;
    static constexpr Ppm kMaxRecommendationScale = 10 * kPpmWhole;
    static constexpr std::size_t kMaxScenarios = 8;
};

struct PlanProblem {
    CreatorId creator = 0;  // 0 when the problem concerns the plan itself
    std::string field;      // "followers", "deliverables", ... as written in plan files
    Message message;        // what is wrong, rendered in the planner's language by the presentation
};

// Problems with one creator's fields (used when an edit is applied, and by validate()).
// `campaign` lets it check what depends on the campaign (amplification needs a target size).
std::vector<PlanProblem> check_creator(const Creator& creator, const Campaign& campaign);

// Problems with the campaign, environment, thresholds and assumption values.
std::vector<PlanProblem> check_settings(const Plan& plan);

// Problems with the stated audience overlaps: pairs naming creators not in the plan, a creator
// paired with themselves, a pair given twice, a share above 100%, more followers shared than the
// smaller audience has, and three stated pairs that cannot hold together (overlap_validation.cpp).
std::vector<PlanProblem> check_overlaps(const Plan& plan);

// Problems with the scenarios: too many, names blank or used twice, an open position beyond the
// last, another currency than the plan's, and each other scenario's own problems, named.
std::vector<PlanProblem> check_scenarios(const Plan& plan);

// Every problem of the plan (all its scenarios); empty means the engine can use it.
std::vector<PlanProblem> validate(const Plan& plan);

// The problem with the creator it concerns named ("Creator “Ana”: ..."), for messages that
// stand alone.
Message describe(const PlanProblem& problem, const Plan& plan);

}  // namespace roster
