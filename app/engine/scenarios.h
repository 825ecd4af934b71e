// A plan's scenarios: alternatives a planner compares (likes visible vs hidden, micro-heavy vs
// macro-heavy, with and without amplification). The open one lives in the plan's own fields
// (plan.h), so these functions only move content between the plan and its other scenarios.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "message.h"
#include "plan.h"

namespace roster {

std::size_t scenario_count(const Plan& plan);

// Creators in all the scenarios together: the plan's size limit counts them all, since a file
// holds them all (validation.h).
std::size_t total_creators(const Plan& plan);

// Names of all scenarios in tab order, the open one at plan.scenario_position.
std::vector<std::string> scenario_names(const Plan& plan);

// Scenario `position` alone, as the engine reads it: a plan with no other scenarios. The open
// scenario's position gives a copy of the open plan without the others.
Plan scenario_plan(const Plan& plan, std::size_t position);

// Makes scenario `position` the open one; the one open before goes back to its place among the
// others. Positions beyond the last are ignored.
void open_scenario(Plan& plan, std::size_t position);

// The open scenario's content under `name`, as kept among the others.
Scenario current_scenario(const Plan& plan, std::string name);

// Whether `name` can name a new scenario or rename the one at `position` (SIZE_MAX for a new
// one): not blank, at most 60 characters, not already used. Returns what is wrong, or nothing
// when the name is fine.
inline constexpr std::size_t kMaxScenarioNameLength = 60;
std::optional<Message> scenario_name_problem(const Plan& plan, const std::string& name, std::size_t position);

}  // namespace roster
