// Ceilings on the people a plan can reach (docs/MODEL.md §13): net reach lives in the population
// the audiences are drawn from, on-target reach in the campaign's target universe. The median
// plan's deduplication already stays inside its universe; these carry both ceilings to figures
// that are netted in proportion (the Monte-Carlo's draws, on-target reach), so that no
// percentile of a range passes the people there are.
#pragma once

namespace roster {

// How a draw's added-up reach becomes distinct people. The median plan gives one point of the
// curve (its added-up reach and its deduplicated net reach); the rest follows the saturation of
// people reached at random inside the ceiling, 1 - (1 - net / ceiling)^(gross / median gross),
// which passes through that point, rises with the added-up reach and never reaches the ceiling.
// Without a ceiling (or a median plan that reaches no one) the draw is netted in proportion.
struct NetOfGross {
    double gross = 0.0;    // the median plan's added-up reach
    double net = 0.0;      // and its net reach
    double ceiling = 0.0;  // people the audiences live in; 0: none known
    // Net reach of a draw whose creators add up to `gross_draw`.
    double operator()(double gross_draw) const;
};

// A count of people reached inside a group of `ceiling` people, added up as if none were reached
// twice (`people`), as distinct people: ceiling x (1 - e^(-people / ceiling)), the chance-meeting
// limit. Close to `people` while it is small beside the group, never above the group. Without a
// group (0) the count is returned as it is.
double within_ceiling(double people, double ceiling);

}  // namespace roster
