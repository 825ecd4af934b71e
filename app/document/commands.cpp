#include "commands.h"

#include <algorithm>

#include "engine/text.h"
#include "engine/validation.h"

namespace roster {
namespace {

template <class... Ts>
struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

ApplyResult refused(std::string message) { return {false, std::move(message)}; }

ApplyResult check(const Creator& c) {
    const auto problems = check_creator(c);
    if (problems.empty()) return {true, {}};
    return refused(problems.front().message);
}

}  // namespace

std::string describe(const Command& command) {
    return std::visit(Overloaded{
                          [](const AddCreator&) { return std::string("add creator"); },
                          [](const UpdateCreator&) { return std::string("edit creator"); },
                          [](const RemoveCreator&) { return std::string("remove creator"); },
                          [](const RenamePlan&) { return std::string("rename plan"); },
                          [](const SetCurrency&) { return std::string("change currency"); },
                      },
                      command);
}

ApplyResult apply(Plan& plan, const Command& command) {
    return std::visit(
        Overloaded{
            [&](const AddCreator& cmd) -> ApplyResult {
                if (plan.creators.size() >= PlanLimits::kMaxCreators)
                    return refused("A plan can hold at most 20,000 creators.");
                Creator c = cmd.creator;
                if (c.id == 0 || find_creator(plan, c.id)) c.id = next_creator_id(plan);
                if (ApplyResult r = check(c); !r.ok) return r;
                plan.creators.push_back(std::move(c));
                return {true, {}};
            },
            [&](const UpdateCreator& cmd) -> ApplyResult {
                auto it = std::find_if(plan.creators.begin(), plan.creators.end(),
                                       [&](const Creator& c) { return c.id == cmd.creator.id; });
                if (it == plan.creators.end()) return refused("That creator is no longer in the plan.");
                if (ApplyResult r = check(cmd.creator); !r.ok) return r;
                *it = cmd.creator;
                return {true, {}};
            },
            [&](const RemoveCreator& cmd) -> ApplyResult {
                auto it = std::find_if(plan.creators.begin(), plan.creators.end(),
                                       [&](const Creator& c) { return c.id == cmd.id; });
                if (it == plan.creators.end()) return refused("That creator is no longer in the plan.");
                plan.creators.erase(it);
                return {true, {}};
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
                plan.currency = cmd.currency;
                return {true, {}};
            },
        },
        command);
}

}  // namespace roster
