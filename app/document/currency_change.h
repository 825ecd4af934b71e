// A plan's currency changed, and what that does to its money. The money defaults (CPMs, EMV
// rates) follow on their own: they are converted from the currency their sources quote at the
// dated rate of engine/currency.h whenever the plan is read. The amounts the planner typed (fees,
// budget cap, order value, product values, usage rights, amplification spend and CPM, money
// assumptions set by hand) are either kept as numbers, now read in the new currency, or, when
// the planner asks and a dated rate exists, converted at that rate; in every scenario of the plan
// (they share one currency), as one SetCurrency command, so one undo step. The status note says
// what was converted.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commands.h"
#include "engine/message.h"
#include "engine/plan.h"

namespace roster {

// What a change of currency would touch in `plan`: the amounts the planner typed, by kind,
// across every scenario, and the dated rate to the new currency when there is one.
struct CurrencyChangeSummary {
    std::string from, to;
    std::optional<double> rate;  // units of `to` for one unit of `from`
    std::size_t fees = 0;        // deliverable lines with a fee
    std::size_t others = 0;      // budget caps, order values, product values, usage rights, amplification
    std::size_t overrides = 0;   // money assumptions the planner set
    std::size_t amounts() const { return fees + others + overrides; }
};
CurrencyChangeSummary currency_change_summary(const Plan& plan, std::string_view to);

// `plan` in the command's currency (upper-cased: "jpy" is JPY), its typed amounts converted when
// the command asks. Refused, the plan untouched, when `to` is not an ISO 4217 code, when converting
// is asked without a dated rate, or when the converted plan would not be valid (an amount grown
// past its limit).
ApplyResult change_currency(Plan& plan, const SetCurrency& command);

// What the planner reads once `command` is applied to `before`: what happened to the typed
// amounts, then what happened to the money defaults.
std::vector<Message> currency_change_notes(const Plan& before, const SetCurrency& command);

}  // namespace roster
