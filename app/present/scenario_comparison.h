// Scenarios side by side: each headline figure of two to four scenarios, its P10-P90 range
// when the draws have run, and how far each scenario is from the first one compared (the
// reference), with whether that is better or worse for the planner. Pure, tested natively.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/projection.h"
#include "engine/simulation.h"

namespace roster::present {

// How a figure is read and written.
enum class Measure { Count, Money, Share, Ratio, Hours };

// Which figure a row shows: views find rows by it, never by their label's words.
enum class Figure {
    NetReach, OnTargetReach, EffectiveReach, ReachedKPlus, Frequency, Impressions, Views, WatchTime,
    Engagements, Likes, Clicks, Conversions, Cost, Emv, Cpm, CostPerReach, Revenue, Roas, Roi, ChanceRoiPositive
};

// Which way is good: more reach is better, a lower CPM is better, a higher frequency is neither.
enum class Better { Higher, Lower, Neither };

struct ComparedScenario {
    std::string name;
    const Projection* projection = nullptr;
    const SimulationResult* ranges = nullptr;  // null until its draws have run
};

struct ComparisonRow {
    Figure figure = Figure::NetReach;
    int k = 0;                // the effective frequency, for ReachedKPlus
    std::string label;        // English, as the interface's words are written (translation.h)
    std::string explanation;  // the tooltip: what the figure is
    Measure measure = Measure::Count;
    Better better = Better::Higher;
    std::vector<double> values;               // one per scenario, in the order given
    std::vector<std::optional<Band>> ranges;  // none where the figure has no simulated range yet
    std::vector<std::optional<double>> change;  // relative to the reference; none for it or when it is 0
    std::vector<int> verdict;  // +1 better than the reference, -1 worse, 0 within 0.5% or no direction
};

// The rows, in the Summary's order. Revenue, ROAS and ROI appear when any scenario forecasts
// sales, on-target reach when any has audience profiles; "Chance ROI > 0" once every scenario
// has ranges.
std::vector<ComparisonRow> compare_scenarios(const std::vector<ComparedScenario>& scenarios);

inline constexpr std::size_t kMaxCompared = 4;

// The scenarios a comparison shows, as positions in tab order: those `ticked` by name that the
// plan still has (the first four), or, with fewer than two ticked, the first four of the plan.
std::vector<std::size_t> compared_positions(const std::vector<std::string>& names,
                                            const std::vector<std::string>& ticked);

// "+12.5%", "−3.0%", "0.0%": a change as the comparison shows it.
std::string format_change(double relative);

std::string format_measure(double value, Measure measure, const std::string& currency);

// The row's label in the display language.
std::string figure_label(const ComparisonRow& row);

// The row showing `figure`, or null when the comparison has none (ROI without sales).
const ComparisonRow* find_row(const std::vector<ComparisonRow>& rows, Figure figure);

}  // namespace roster::present
