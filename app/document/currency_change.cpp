#include "currency_change.h"

#include <algorithm>
#include <cmath>

#include "engine/assumptions.h"
#include "engine/currency.h"
#include "engine/message_ids.h"
#include "engine/validation.h"

namespace roster {
namespace {

bool is_money_assumption(const std::string& key) {
    const auto i = assumption_index(key);
    return i && assumption_catalogue()[*i].unit == Unit::Money;
}

// Every typed amount of one scenario's content, visited in place: `fee` for a deliverable line's
// fee, `other` for the rest (the value in hundredths), `override_` for money assumptions (micros).
template <class Fee, class Other, class Override>
void each_amount(Campaign& campaign, std::vector<Creator>& creators, std::vector<AssumptionOverride>& assumptions,
                 Fee fee, Other other, Override override_) {
    other(campaign.budget_cap_cents);
    other(campaign.average_order_value_cents);
    for (Creator& c : creators) {
        for (Deliverable& d : c.deliverables) fee(d.unit_fee_cents);
        other(c.product_value_cents);
        other(c.usage_rights_cents);
        other(c.amplification.spend_cents);
        other(c.amplification.cpm_cents);
    }
    for (AssumptionOverride& o : assumptions)
        if (is_money_assumption(o.key)) override_(o.value_micros);
}

template <class Fee, class Other, class Override>
void each_amount(Plan& plan, Fee fee, Other other, Override override_) {
    each_amount(plan.campaign, plan.creators, plan.assumptions, fee, other, override_);
    for (Scenario& s : plan.other_scenarios) each_amount(s.campaign, s.creators, s.assumptions, fee, other, override_);
}

// An amount times the rate, to the nearest unit it is kept in; held far from the integer range's
// end so that validation, not an overflow, says it grew too large.
std::int64_t converted(std::int64_t amount, double rate) {
    const double v = std::round(static_cast<double>(amount) * rate);
    return static_cast<std::int64_t>(std::clamp(v, -1e17, 1e17));
}

}  // namespace

CurrencyChangeSummary currency_change_summary(const Plan& plan, std::string_view to) {
    CurrencyChangeSummary s;
    s.from = plan.campaign.currency;
    s.to = std::string(to);
    if (s.from != s.to) s.rate = exchange_rate(s.from, s.to);
    Plan copy = plan;  // each_amount visits in place; counting leaves the plan as it is
    each_amount(
        copy, [&](std::int64_t& v) { s.fees += v != 0; }, [&](std::int64_t& v) { s.others += v != 0; },
        [&](std::int64_t& v) { s.overrides += v != 0; });
    return s;
}

ApplyResult change_currency(Plan& plan, const SetCurrency& command) {
    // "jpy" typed or scripted is JPY.
    const std::string to = normalised_currency(command.currency);
    if (auto problem = currency_problem(to)) return {false, std::move(*problem)};
    const std::string& from = plan.campaign.currency;
    Plan candidate = plan;
    if (command.convert_amounts && to != from) {
        const auto rate = exchange_rate(from, to);
        if (!rate)
            return {false, Message(MessageId::CurrencyNoRateToConvert).text("from", from.substr(0, 8)).text("to", to)};
        each_amount(
            candidate, [&](std::int64_t& v) { v = converted(v, *rate); },
            [&](std::int64_t& v) { v = converted(v, *rate); }, [&](std::int64_t& v) { v = converted(v, *rate); });
    }
    candidate.campaign.currency = to;
    // Every scenario of a plan is in the plan's currency (validation.h).
    for (Scenario& s : candidate.other_scenarios) s.campaign.currency = to;
    // Kept numbers can leave a money assumption outside its limits in the new currency, and
    // converted ones can grow past theirs: the whole plan is checked, as for any setting.
    const auto problems = validate(candidate);
    if (!problems.empty()) return {false, describe(problems.front(), candidate)};
    plan = std::move(candidate);
    return {true, {}};
}

std::vector<Message> currency_change_notes(const Plan& before, const SetCurrency& command) {
    const CurrencyChangeSummary s = currency_change_summary(before, normalised_currency(command.currency));
    const std::string from = s.from.substr(0, 8);
    std::vector<Message> notes;
    if (s.amounts() == 0 || s.from == s.to)
        notes.push_back(Message(MessageId::CurrencyChangedNoAmounts).text("from", from).text("to", s.to));
    else if (command.convert_amounts && s.rate)
        notes.push_back(Message(MessageId::CurrencyConverted)
                            .text("from", from)
                            .text("to", s.to)
                            .decimal("rate", shown_rate(*s.rate))
                            .text("date", std::string(kRatesDate))
                            .count("fees", static_cast<double>(s.fees))
                            .count("others", static_cast<double>(s.others))
                            .count("overrides", static_cast<double>(s.overrides)));
    else
        notes.push_back(Message(MessageId::CurrencyRelabelled)
                            .text("from", from)
                            .text("to", s.to)
                            .count("amounts", static_cast<double>(s.amounts())));
    notes.push_back(money_defaults(s.to).note);
    return notes;
}

}  // namespace roster
