#include "scenarios.h"

#include <algorithm>
#include <utility>

#include "text.h"

namespace roster {
namespace {

void take_content(Scenario& s, Plan& plan) {
    s.campaign = std::move(plan.campaign);
    s.environment = plan.environment;
    s.tiers = plan.tiers;
    s.assumptions = std::move(plan.assumptions);
    s.creators = std::move(plan.creators);
    s.overlaps = std::move(plan.overlaps);
}

void give_content(Plan& plan, Scenario& s) {
    plan.campaign = std::move(s.campaign);
    plan.environment = s.environment;
    plan.tiers = s.tiers;
    plan.assumptions = std::move(s.assumptions);
    plan.creators = std::move(s.creators);
    plan.overlaps = std::move(s.overlaps);
}

// Where the open scenario is, kept inside the list even for a plan validation would refuse.
std::size_t open_position(const Plan& plan) {
    return std::min<std::size_t>(plan.scenario_position, plan.other_scenarios.size());
}

// Index in other_scenarios of the scenario at tab `position` (not the open one).
std::size_t other_index(const Plan& plan, std::size_t position) {
    return position < open_position(plan) ? position : position - 1;
}

}  // namespace

std::size_t scenario_count(const Plan& plan) { return plan.other_scenarios.size() + 1; }

std::size_t total_creators(const Plan& plan) {
    std::size_t n = plan.creators.size();
    for (const Scenario& s : plan.other_scenarios) n += s.creators.size();
    return n;
}

std::vector<std::string> scenario_names(const Plan& plan) {
    std::vector<std::string> names;
    for (const Scenario& s : plan.other_scenarios) names.push_back(s.name);
    names.insert(names.begin() + static_cast<std::ptrdiff_t>(open_position(plan)), plan.scenario);
    return names;
}

Scenario current_scenario(const Plan& plan, std::string name) {
    Scenario s;
    s.name = std::move(name);
    s.campaign = plan.campaign;
    s.environment = plan.environment;
    s.tiers = plan.tiers;
    s.assumptions = plan.assumptions;
    s.creators = plan.creators;
    s.overlaps = plan.overlaps;
    return s;
}

Plan scenario_plan(const Plan& plan, std::size_t position) {
    const bool open = position == open_position(plan) || position >= scenario_count(plan);
    Scenario copy = open ? current_scenario(plan, plan.scenario) : plan.other_scenarios[other_index(plan, position)];
    Plan alone;
    alone.name = plan.name;
    alone.scenario = copy.name;
    give_content(alone, copy);
    return alone;
}

void open_scenario(Plan& plan, std::size_t position) {
    if (position == open_position(plan) || position >= scenario_count(plan)) return;
    const std::size_t was = open_position(plan);
    const std::size_t index = other_index(plan, position);
    Scenario leaving;
    leaving.name = std::move(plan.scenario);
    take_content(leaving, plan);
    Scenario& arriving = plan.other_scenarios[index];
    plan.scenario = std::move(arriving.name);
    give_content(plan, arriving);
    plan.other_scenarios.erase(plan.other_scenarios.begin() + static_cast<std::ptrdiff_t>(index));
    // The one that was open goes back between its neighbours: tab order never changes.
    const std::size_t at = std::min(was < position ? was : was - 1, plan.other_scenarios.size());
    plan.other_scenarios.insert(plan.other_scenarios.begin() + static_cast<std::ptrdiff_t>(at), std::move(leaving));
    plan.scenario_position = static_cast<std::uint32_t>(position);
}

std::optional<Message> scenario_name_problem(const Plan& plan, const std::string& name, std::size_t position) {
    const std::string t(trimmed(name));
    if (t.empty()) return Message(MessageId::ScenarioNeedsName);
    if (name.size() > kMaxScenarioNameLength || !is_valid_utf8(name) || has_control_characters(name))
        return Message(MessageId::ScenarioNameTooLong).integer("max", static_cast<double>(kMaxScenarioNameLength));
    const std::vector<std::string> names = scenario_names(plan);
    for (std::size_t i = 0; i < names.size(); ++i)
        if (i != position && trimmed(names[i]) == t) return Message(MessageId::ScenarioNameTaken).text("name", t);
    return std::nullopt;
}

}  // namespace roster
