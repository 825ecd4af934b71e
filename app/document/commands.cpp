#include "commands.h"

#include <algorithm>
#include <cstdint>

#include "engine/assumptions.h"
#include "engine/scenarios.h"
#include "engine/text.h"
#include "engine/validation.h"

namespace roster {
namespace {

template <class... Ts>
struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

ApplyResult refused(std::string message) { return {false, std::move(message)}; }

ApplyResult check(const Creator& c, const Campaign& campaign) {
    const auto problems = check_creator(c, campaign);
    if (problems.empty()) return {true, {}};
    return refused(problems.front().message);
}

// Settings affect every creator (amplification needs a target size, tiers move creators), so a
// settings change is tried on a copy and kept only if the whole plan stays valid.
template <class Change>
ApplyResult change_settings(Plan& plan, Change change) {
    Plan candidate = plan;
    change(candidate);
    const auto problems = validate(candidate);
    if (!problems.empty()) return refused(describe(problems.front(), candidate));
    plan = std::move(candidate);
    return {true, {}};
}

bool involves(const Overlap& o, CreatorId id) { return o.first == id || o.second == id; }

bool same_pair(const Overlap& o, CreatorId a, CreatorId b) {
    return (o.first == a && o.second == b) || (o.first == b && o.second == a);
}

// A creator edit that would make one of its stated overlaps impossible (fewer followers than
// they share) is refused, naming the overlap.
ApplyResult check_overlaps_of(const Plan& plan, const Creator& edited) {
    if (std::none_of(plan.overlaps.begin(), plan.overlaps.end(),
                     [&](const Overlap& o) { return involves(o, edited.id); }))
        return {true, {}};
    Plan candidate = plan;
    for (Creator& c : candidate.creators)
        if (c.id == edited.id) c = edited;
    const auto problems = check_overlaps(candidate);
    if (problems.empty()) return {true, {}};
    return refused(problems.front().message + " Change or remove that overlap first.");
}

// Every scenario of a plan is in the plan's currency (validation.h); a new currency reaches
// them all, since one scenario's figures next to another's in other money would mislead.
void share_currency(Plan& plan) {
    for (Scenario& s : plan.other_scenarios) s.campaign.currency = plan.campaign.currency;
}

std::string quoted(const std::string& name) { return "“" + name + "”"; }

std::string creators_text(std::size_t n) {
    return n == 1 ? std::string("creator") : std::to_string(n) + " creators";
}

// Applies each part to a copy: the plan changes only if every part applies.
template <class Part>
ApplyResult all_or_none(Plan& plan, const std::vector<Part>& parts) {
    Plan candidate = plan;
    for (const Part& part : parts)
        if (ApplyResult r = roster::apply(candidate, Command{part}); !r.ok) return r;
    plan = std::move(candidate);
    return {true, {}};
}

}  // namespace

std::string describe(const Command& command) {
    return std::visit(Overloaded{
                          [](const AddCreator&) { return std::string("add creator"); },
                          [](const UpdateCreator&) { return std::string("edit creator"); },
                          [](const RemoveCreator&) { return std::string("remove creator"); },
                          [](const UpdateCreators& c) { return "edit " + creators_text(c.creators.size()); },
                          [](const RemoveCreators& c) { return "remove " + creators_text(c.ids.size()); },
                          [](const DuplicateCreators& c) { return "duplicate " + creators_text(c.ids.size()); },
                          [](const RenamePlan&) { return std::string("rename plan"); },
                          [](const SetCurrency&) { return std::string("change currency"); },
                          [](const SetCampaign&) { return std::string("edit campaign"); },
                          [](const SetEnvironment&) { return std::string("change environment"); },
                          [](const SetTiers&) { return std::string("change tier thresholds"); },
                          [](const SetAssumption& a) {
                              return std::string(a.value_micros ? "change assumption" : "reset assumption");
                          },
                          [](const SetOverlap& o) {
                              return std::string(o.overlap ? "set overlap" : "estimate overlap");
                          },
                          [](const SetOverlaps& c) {
                              return "set " + std::to_string(c.overlaps.size()) + (c.overlaps.size() == 1 ? " overlap" : " overlaps");
                          },
                          [](const AddScenario& c) { return "new scenario " + quoted(c.name); },
                          [](const RenameScenario& c) { return "rename scenario to " + quoted(c.name); },
                          [](const OpenScenario&) { return std::string("switch scenario"); },
                          [](const RemoveScenario&) { return std::string("remove scenario"); },
                          [](const ApplyWhatIf&) { return std::string("apply what-if"); },
                      },
                      command);
}

ApplyResult apply(Plan& plan, const Command& command) {
    return std::visit(
        Overloaded{
            [&](const AddCreator& cmd) -> ApplyResult {
                if (total_creators(plan) >= PlanLimits::kMaxCreators)
                    return refused(scenario_count(plan) > 1 ? "A plan can hold at most 20,000 creators across its scenarios."
                                                            : "A plan can hold at most 20,000 creators.");
                Creator c = cmd.creator;
                if (c.id == 0 || find_creator(plan, c.id)) c.id = next_creator_id(plan);
                if (ApplyResult r = check(c, plan.campaign); !r.ok) return r;
                plan.creators.push_back(std::move(c));
                return {true, {}};
            },
            [&](const UpdateCreator& cmd) -> ApplyResult {
                auto it = std::find_if(plan.creators.begin(), plan.creators.end(),
                                       [&](const Creator& c) { return c.id == cmd.creator.id; });
                if (it == plan.creators.end()) return refused("That creator is no longer in the plan.");
                if (ApplyResult r = check(cmd.creator, plan.campaign); !r.ok) return r;
                if (ApplyResult r = check_overlaps_of(plan, cmd.creator); !r.ok) return r;
                *it = cmd.creator;
                return {true, {}};
            },
            [&](const RemoveCreator& cmd) -> ApplyResult {
                auto it = std::find_if(plan.creators.begin(), plan.creators.end(),
                                       [&](const Creator& c) { return c.id == cmd.id; });
                if (it == plan.creators.end()) return refused("That creator is no longer in the plan.");
                plan.creators.erase(it);
                auto& overlaps = plan.overlaps;
                overlaps.erase(std::remove_if(overlaps.begin(), overlaps.end(),
                                              [&](const Overlap& o) { return involves(o, cmd.id); }),
                               overlaps.end());
                return {true, {}};
            },
            [&](const UpdateCreators& cmd) -> ApplyResult {
                std::vector<UpdateCreator> parts;
                for (const Creator& c : cmd.creators) parts.push_back({c});
                return all_or_none(plan, parts);
            },
            [&](const RemoveCreators& cmd) -> ApplyResult {
                std::vector<RemoveCreator> parts;
                for (CreatorId id : cmd.ids) parts.push_back({id});
                return all_or_none(plan, parts);
            },
            [&](const DuplicateCreators& cmd) -> ApplyResult {
                std::vector<AddCreator> parts;
                for (CreatorId id : cmd.ids) {
                    const Creator* original = find_creator(plan, id);
                    if (!original) return refused("That creator is no longer in the plan.");
                    Creator copy = *original;
                    copy.id = 0;
                    // Cut on a character boundary so the name stays within the limit and valid.
                    std::string name = copy.name;
                    while (name.size() + 7 > PlanLimits::kMaxNameLength && !name.empty()) {
                        name.pop_back();
                        while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
                        if (!name.empty() && static_cast<unsigned char>(name.back()) >= 0xC0) name.pop_back();
                    }
                    copy.name = name + " (copy)";
                    parts.push_back({copy});
                }
                return all_or_none(plan, parts);
            },
            [&](const RenamePlan& cmd) -> ApplyResult {
                if (cmd.name.size() > PlanLimits::kMaxNameLength || !is_valid_utf8(cmd.name) ||
                    has_control_characters(cmd.name))
                    return refused("The plan name must be text of at most 200 characters.");
                plan.name = cmd.name;
                return {true, {}};
            },
            [&](const SetCurrency& cmd) -> ApplyResult {
                if (!is_currency_code(cmd.currency))
                    return refused("The currency must be a three-letter code such as EUR or USD.");
                plan.campaign.currency = cmd.currency;
                share_currency(plan);
                return {true, {}};
            },
            [&](const SetCampaign& cmd) -> ApplyResult {
                return change_settings(plan, [&](Plan& p) {
                    p.campaign = cmd.campaign;
                    share_currency(p);
                });
            },
            [&](const SetEnvironment& cmd) -> ApplyResult {
                return change_settings(plan, [&](Plan& p) { p.environment = cmd.environment; });
            },
            [&](const SetTiers& cmd) -> ApplyResult {
                return change_settings(plan, [&](Plan& p) { p.tiers = cmd.tiers; });
            },
            [&](const SetAssumption& cmd) -> ApplyResult {
                if (!assumption_index(cmd.key)) return refused("Roster has no assumption called “" + cmd.key + "”.");
                return change_settings(plan, [&](Plan& p) {
                    auto& list = p.assumptions;
                    list.erase(std::remove_if(list.begin(), list.end(),
                                              [&](const AssumptionOverride& o) { return o.key == cmd.key; }),
                               list.end());
                    if (cmd.value_micros) {
                        list.push_back({cmd.key, *cmd.value_micros});
                        // Kept sorted by key so files list overrides in a stable order.
                        std::sort(list.begin(), list.end(),
                                  [](const AssumptionOverride& a, const AssumptionOverride& b) { return a.key < b.key; });
                    }
                });
            },
            // One pair is a row of one: the same checks, in one place.
            [&](const SetOverlap& cmd) -> ApplyResult { return roster::apply(plan, Command{SetOverlaps{{cmd}}}); },
            [&](const SetOverlaps& cmd) -> ApplyResult {
                Plan candidate = plan;
                auto& list = candidate.overlaps;
                for (const SetOverlap& part : cmd.overlaps) {
                    if (!find_creator(plan, part.first) || !find_creator(plan, part.second))
                        return refused("That creator is no longer in the plan.");
                    if (part.overlap && !same_pair(*part.overlap, part.first, part.second))
                        return refused("The overlap does not concern these two creators.");
                    list.erase(std::remove_if(list.begin(), list.end(),
                                              [&](const Overlap& o) { return same_pair(o, part.first, part.second); }),
                               list.end());
                    if (part.overlap) list.push_back(*part.overlap);
                }
                // Checked together: a pasted row may only be consistent as a whole.
                const auto problems = check_overlaps(candidate);
                if (!problems.empty()) return refused(problems.front().message);
                plan = std::move(candidate);
                return {true, {}};
            },
            [&](const AddScenario& cmd) -> ApplyResult {
                if (scenario_count(plan) >= PlanLimits::kMaxScenarios)
                    return refused("A plan can hold at most 8 scenarios; remove one first.");
                if (total_creators(plan) + plan.creators.size() > PlanLimits::kMaxCreators)
                    return refused("A copy would take the plan past 20,000 creators across its scenarios.");
                const std::string name(trimmed(cmd.name));
                if (std::string problem = scenario_name_problem(plan, name, SIZE_MAX); !problem.empty())
                    return refused(problem);
                const Plan moved = apply_what_if(plan, cmd.what_if);
                if (const auto problems = validate(moved); !problems.empty())
                    return refused(describe(problems.front(), moved));
                // The copy keeps today's content; the moved content becomes the open scenario.
                const std::size_t position = plan.scenario_position + 1u;
                Scenario copy = current_scenario(moved, name);
                plan.other_scenarios.insert(plan.other_scenarios.begin() + static_cast<std::ptrdiff_t>(plan.scenario_position),
                                            std::move(copy));
                open_scenario(plan, position);
                return {true, {}};
            },
            [&](const RenameScenario& cmd) -> ApplyResult {
                if (cmd.position >= scenario_count(plan)) return refused("That scenario is no longer in the plan.");
                const std::string name(trimmed(cmd.name));
                if (std::string problem = scenario_name_problem(plan, name, cmd.position); !problem.empty())
                    return refused(problem);
                if (cmd.position == plan.scenario_position) plan.scenario = name;
                else plan.other_scenarios[cmd.position < plan.scenario_position ? cmd.position : cmd.position - 1].name = name;
                return {true, {}};
            },
            [&](const OpenScenario& cmd) -> ApplyResult {
                if (cmd.position >= scenario_count(plan)) return refused("That scenario is no longer in the plan.");
                open_scenario(plan, cmd.position);
                return {true, {}};
            },
            [&](const RemoveScenario& cmd) -> ApplyResult {
                if (cmd.position >= scenario_count(plan)) return refused("That scenario is no longer in the plan.");
                if (scenario_count(plan) == 1) return refused("A plan keeps at least one scenario.");
                std::uint32_t position = cmd.position;
                if (position == plan.scenario_position) {
                    // Its neighbour opens first: the one after it, or before it if it was last.
                    open_scenario(plan, position + 1 < scenario_count(plan) ? position + 1 : position - 1);
                }
                const std::size_t index = position < plan.scenario_position ? position : position - 1;
                plan.other_scenarios.erase(plan.other_scenarios.begin() + static_cast<std::ptrdiff_t>(index));
                if (position < plan.scenario_position) --plan.scenario_position;
                return {true, {}};
            },
            [&](const ApplyWhatIf& cmd) -> ApplyResult {
                Plan moved = apply_what_if(plan, cmd.what_if);
                if (const auto problems = validate(moved); !problems.empty())
                    return refused(describe(problems.front(), moved));
                plan = std::move(moved);
                return {true, {}};
            },
        },
        command);
}

}  // namespace roster
