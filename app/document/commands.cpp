#include "commands.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "currency_change.h"
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

ApplyResult refused(Message message) { return {false, std::move(message)}; }
ApplyResult refused(MessageId id) { return {false, Message(id)}; }

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
    return refused(Message(MessageId::ChangeOverlapFirst).nested("cause", problems.front().message));
}

// Every scenario of a plan is in the plan's currency (validation.h); a new currency reaches
// them all, since one scenario's figures next to another's in other money would mislead.
void share_currency(Plan& plan) {
    for (Scenario& s : plan.other_scenarios) s.campaign.currency = plan.campaign.currency;
}

Message counted(MessageId id, std::size_t n) { return Message(id).count("n", static_cast<double>(n)); }

// Applies each part to a copy: the plan changes only if every part applies.
template <class Part>
ApplyResult all_or_none(Plan& plan, const std::vector<Part>& parts) {
    Plan candidate = plan;
    for (const Part& part : parts)
        if (ApplyResult r = roster::apply(candidate, Command{part}); !r.ok) return r;
    plan = std::move(candidate);
    return {true, {}};
}

// From forecast to actuals. A plan's actuals, lock and calibration are checked together by
// check_actuals (engine/actuals.h); the rest of the plan is not touched by these edits.
ApplyResult keep_if_valid(Plan& plan, Plan& candidate) {
    if (const auto problems = check_actuals(candidate); !problems.empty())
        return refused(describe(problems.front(), candidate));
    plan = std::move(candidate);
    return {true, {}};
}

ApplyResult lock(Plan& plan, const LockForecast& cmd) {
    if (!plan.locked_forecast.empty())
        return refused(Message(MessageId::LockAlreadyLocked)
                           .text("scenario", plan.locked_forecast.front().scenario)
                           .text("date", plan.locked_forecast.front().date));
    const std::vector<std::string> names = scenario_names(plan);
    if (cmd.position >= names.size())
        return refused(Message(MessageId::OpenScenarioMissing)
                           .integer("position", cmd.position + 1)
                           .integer("count", static_cast<double>(names.size())));
    const Plan scenario = scenario_plan(plan, cmd.position);
    if (scenario.creators.empty()) return refused(MessageId::LockNothingToLock);
    Plan candidate = plan;
    candidate.locked_forecast = {lock_forecast(scenario, names[cmd.position], cmd.request)};
    return keep_if_valid(plan, candidate);
}

bool same_post(const Actual& a, const Actual& b) {
    return a.creator == b.creator && a.format == b.format && a.post == b.post;
}

ApplyResult set_actuals(Plan& plan, const SetActuals& cmd) {
    Plan candidate = plan;
    auto& list = candidate.actuals;
    for (const Actual& gone : cmd.removed)
        list.erase(std::remove_if(list.begin(), list.end(), [&](const Actual& a) { return same_post(a, gone); }), list.end());
    for (const Actual& given : cmd.actuals) {
        const auto it = std::find_if(list.begin(), list.end(), [&](const Actual& a) { return same_post(a, given); });
        if (it != list.end()) *it = given;
        else list.push_back(given);
    }
    sort_actuals(list);
    return keep_if_valid(plan, candidate);
}

// Replaces the open scenario's calibration layer with `layer` (none: removes it), putting back
// what the previous one replaced first, so applying twice never stacks multipliers.
ApplyResult calibrate(Plan& plan, const std::optional<Calibration>& layer) {
    Plan candidate = plan;
    auto& overrides = candidate.assumptions;
    const auto set = [&](const std::string& key, std::optional<std::int64_t> value) {
        overrides.erase(std::remove_if(overrides.begin(), overrides.end(),
                                       [&](const AssumptionOverride& o) { return o.key == key; }),
                        overrides.end());
        if (value) overrides.push_back({key, *value});
    };
    for (const Calibration& old : candidate.calibration)
        for (const CalibratedValue& v : old.values)
            set(v.key, v.replaced_override ? std::optional<std::int64_t>(v.replaced_micros) : std::nullopt);
    candidate.calibration.clear();
    if (layer) {
        Calibration applied = *layer;
        applied.scenario = candidate.scenario;
        const Assumptions before = resolve_assumptions(candidate);
        for (CalibratedValue& v : applied.values) {
            const auto index = assumption_index(v.key);
            if (!index) return refused(Message(MessageId::UnknownAssumption).text("key", v.key));
            v.replaced_override = is_overridden(candidate, *index);
            v.replaced_micros = micros_from_value(before[*index]);
            set(v.key, v.value_micros);
        }
        candidate.calibration.push_back(std::move(applied));
    }
    std::sort(overrides.begin(), overrides.end(),
              [](const AssumptionOverride& a, const AssumptionOverride& b) { return a.key < b.key; });
    if (const auto problems = validate(candidate); !problems.empty()) return refused(describe(problems.front(), candidate));
    plan = std::move(candidate);
    return {true, {}};
}

}  // namespace

Message describe(const Command& command) {
    using M = MessageId;
    return std::visit(Overloaded{
                          [](const AddCreator&) { return Message(M::EditAddCreator); },
                          [](const UpdateCreator&) { return Message(M::EditCreator); },
                          [](const RemoveCreator&) { return Message(M::EditRemoveCreator); },
                          [](const UpdateCreators& c) { return counted(M::EditCreators, c.creators.size()); },
                          [](const RemoveCreators& c) { return counted(M::EditRemoveCreators, c.ids.size()); },
                          [](const DuplicateCreators& c) { return counted(M::EditDuplicateCreators, c.ids.size()); },
                          [](const RenamePlan&) { return Message(M::EditRenamePlan); },
                          [](const SetCurrency& c) {
                              return c.convert_amounts ? Message(M::EditConvertCurrency).text("to", c.currency.substr(0, 8))
                                                       : Message(M::EditCurrency);
                          },
                          [](const SetCampaign&) { return Message(M::EditCampaign); },
                          [](const SetEnvironment&) { return Message(M::EditEnvironment); },
                          [](const SetTiers&) { return Message(M::EditTiers); },
                          [](const SetAssumption& a) {
                              return Message(a.value_micros ? M::EditChangeAssumption : M::EditResetAssumption);
                          },
                          [](const SetOverlap& o) { return Message(o.overlap ? M::EditSetOverlap : M::EditEstimateOverlap); },
                          [](const SetOverlaps& c) { return counted(M::EditSetOverlaps, c.overlaps.size()); },
                          [](const AddScenario& c) { return Message(M::EditNewScenario).text("name", c.name); },
                          [](const AddProposal& c) { return Message(M::EditNewScenario).text("name", c.scenario.name); },
                          [](const RenameScenario& c) { return Message(M::EditRenameScenario).text("name", c.name); },
                          [](const OpenScenario&) { return Message(M::EditSwitchScenario); },
                          [](const RemoveScenario&) { return Message(M::EditRemoveScenario); },
                          [](const ApplyWhatIf&) { return Message(M::EditApplyWhatIf); },
                          [](const ImportCreators& c) {
                              return counted(M::EditImportCreators, c.added.size() + c.updated.size());
                          },
                          [](const LockForecast& c) { return Message(M::EditLockForecast).text("scenario", c.name); },
                          [](const UnlockForecast&) { return Message(M::EditUnlockForecast); },
                          [](const SetActuals& c) {
                              return c.imported ? counted(M::EditImportActuals, c.actuals.size())
                                                : Message(M::EditSetActual).text("creator", c.creator_name);
                          },
                          [](const ApplyCalibration& c) {
                              return Message(M::EditApplyCalibration).count("n", c.calibration.campaigns);
                          },
                          [](const RemoveCalibration&) { return Message(M::EditRemoveCalibration); },
                      },
                      command);
}

ApplyResult apply(Plan& plan, const Command& command) {
    return std::visit(
        Overloaded{
            [&](const AddCreator& cmd) -> ApplyResult {
                if (total_creators(plan) >= PlanLimits::kMaxCreators)
                    return refused(Message(scenario_count(plan) > 1 ? MessageId::TooManyCreatorsInScenarios
                                                                    : MessageId::TooManyCreators)
                                       .integer("max", static_cast<double>(PlanLimits::kMaxCreators)));
                Creator c = cmd.creator;
                if (c.id == 0 || find_creator(plan, c.id)) c.id = next_creator_id(plan);
                if (ApplyResult r = check(c, plan.campaign); !r.ok) return r;
                plan.creators.push_back(std::move(c));
                return {true, {}};
            },
            [&](const UpdateCreator& cmd) -> ApplyResult {
                auto it = std::find_if(plan.creators.begin(), plan.creators.end(),
                                       [&](const Creator& c) { return c.id == cmd.creator.id; });
                if (it == plan.creators.end()) return refused(MessageId::CreatorGone);
                if (ApplyResult r = check(cmd.creator, plan.campaign); !r.ok) return r;
                if (ApplyResult r = check_overlaps_of(plan, cmd.creator); !r.ok) return r;
                *it = cmd.creator;
                return {true, {}};
            },
            [&](const RemoveCreator& cmd) -> ApplyResult {
                auto it = std::find_if(plan.creators.begin(), plan.creators.end(),
                                       [&](const Creator& c) { return c.id == cmd.id; });
                if (it == plan.creators.end()) return refused(MessageId::CreatorGone);
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
                    if (!original) return refused(MessageId::CreatorGone);
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
                    return refused(Message(MessageId::PlanNameInvalid)
                                       .integer("max", static_cast<double>(PlanLimits::kMaxNameLength)));
                plan.name = cmd.name;
                return {true, {}};
            },
            [&](const SetCurrency& cmd) -> ApplyResult { return change_currency(plan, cmd); },
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
                if (!assumption_index(cmd.key)) return refused(Message(MessageId::UnknownAssumption).text("key", cmd.key));
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
                        return refused(MessageId::CreatorGone);
                    if (part.overlap && !same_pair(*part.overlap, part.first, part.second))
                        return refused(MessageId::OverlapNotThisPair);
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
                    return refused(Message(MessageId::TooManyScenariosRemoveOne)
                                       .integer("max", static_cast<double>(PlanLimits::kMaxScenarios)));
                if (total_creators(plan) + plan.creators.size() > PlanLimits::kMaxCreators)
                    return refused(Message(MessageId::CopyTooManyCreators)
                                       .integer("max", static_cast<double>(PlanLimits::kMaxCreators)));
                const std::string name(trimmed(cmd.name));
                if (std::optional<Message> problem = scenario_name_problem(plan, name, SIZE_MAX))
                    return refused(std::move(*problem));
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
            [&](const AddProposal& cmd) -> ApplyResult {
                if (scenario_count(plan) >= PlanLimits::kMaxScenarios)
                    return refused(Message(MessageId::TooManyScenariosRemoveOne)
                                       .integer("max", static_cast<double>(PlanLimits::kMaxScenarios)));
                if (total_creators(plan) + cmd.scenario.creators.size() > PlanLimits::kMaxCreators)
                    return refused(Message(MessageId::CopyTooManyCreators)
                                       .integer("max", static_cast<double>(PlanLimits::kMaxCreators)));
                Scenario scenario = cmd.scenario;
                scenario.name = std::string(trimmed(scenario.name));
                if (std::optional<Message> problem = scenario_name_problem(plan, scenario.name, SIZE_MAX))
                    return refused(std::move(*problem));
                Plan candidate = plan;
                candidate.other_scenarios.push_back(std::move(scenario));
                const std::size_t position = scenario_count(candidate) - 1;
                open_scenario(candidate, position);
                if (const auto problems = validate(candidate); !problems.empty())
                    return refused(describe(problems.front(), candidate));
                plan = std::move(candidate);
                return {true, {}};
            },
            [&](const RenameScenario& cmd) -> ApplyResult {
                if (cmd.position >= scenario_count(plan)) return refused(MessageId::ScenarioGone);
                const std::string name(trimmed(cmd.name));
                if (std::optional<Message> problem = scenario_name_problem(plan, name, cmd.position))
                    return refused(std::move(*problem));
                if (cmd.position == plan.scenario_position) plan.scenario = name;
                else plan.other_scenarios[cmd.position < plan.scenario_position ? cmd.position : cmd.position - 1].name = name;
                return {true, {}};
            },
            [&](const OpenScenario& cmd) -> ApplyResult {
                if (cmd.position >= scenario_count(plan)) return refused(MessageId::ScenarioGone);
                open_scenario(plan, cmd.position);
                return {true, {}};
            },
            [&](const RemoveScenario& cmd) -> ApplyResult {
                if (cmd.position >= scenario_count(plan)) return refused(MessageId::ScenarioGone);
                if (scenario_count(plan) == 1) return refused(MessageId::KeepOneScenario);
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
            // Thousands of rows at once: ids are given in one pass and updates found by id through
            // one index, so an import stays linear in the roster; each creator is checked as an
            // added or edited one would be, and the overlaps once, on the result.
            [&](const ImportCreators& cmd) -> ApplyResult {
                if (total_creators(plan) + cmd.added.size() > PlanLimits::kMaxCreators)
                    return refused(Message(scenario_count(plan) > 1 ? MessageId::TooManyCreatorsInScenarios
                                                                    : MessageId::TooManyCreators)
                                       .integer("max", static_cast<double>(PlanLimits::kMaxCreators)));
                Plan candidate = plan;
                std::unordered_map<CreatorId, std::size_t> index;
                for (std::size_t i = 0; i < candidate.creators.size(); ++i) index[candidate.creators[i].id] = i;
                bool overlaps_touched = false;
                for (const Creator& c : cmd.updated) {
                    const auto it = index.find(c.id);
                    if (it == index.end()) return refused(MessageId::CreatorGone);
                    if (ApplyResult r = check(c, candidate.campaign); !r.ok) return r;
                    overlaps_touched = overlaps_touched || std::any_of(candidate.overlaps.begin(), candidate.overlaps.end(),
                                                                       [&](const Overlap& o) { return involves(o, c.id); });
                    candidate.creators[it->second] = c;
                }
                CreatorId next = next_creator_id(candidate);
                candidate.creators.reserve(candidate.creators.size() + cmd.added.size());
                for (const Creator& added : cmd.added) {
                    Creator c = added;
                    c.id = next++;
                    if (ApplyResult r = check(c, candidate.campaign); !r.ok) return r;
                    candidate.creators.push_back(std::move(c));
                }
                if (overlaps_touched)
                    if (const auto problems = check_overlaps(candidate); !problems.empty())
                        return refused(Message(MessageId::ChangeOverlapFirst).nested("cause", problems.front().message));
                plan = std::move(candidate);
                return {true, {}};
            },
            [&](const LockForecast& cmd) -> ApplyResult { return lock(plan, cmd); },
            [&](const UnlockForecast&) -> ApplyResult {
                if (plan.locked_forecast.empty()) return refused(MessageId::UnlockNothingLocked);
                plan.locked_forecast.clear();
                return {true, {}};
            },
            [&](const SetActuals& cmd) -> ApplyResult { return set_actuals(plan, cmd); },
            [&](const ApplyCalibration& cmd) -> ApplyResult { return calibrate(plan, cmd.calibration); },
            [&](const RemoveCalibration&) -> ApplyResult {
                if (plan.calibration.empty()) return refused(MessageId::CalibrationNotApplied);
                return calibrate(plan, std::nullopt);
            },
        },
        command);
}

}  // namespace roster
