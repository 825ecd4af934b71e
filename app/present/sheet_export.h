// Tables a planner takes elsewhere (docs/SPREADSHEETS.md): the creators with their projection,
// the scenario comparison, the frequency distribution, the build-up curves and the assumptions
// with their sources, built from the projections Roster already has, and written as CSV in the
// display language's conventions (English: comma-separated, decimal point; French:
// semicolon-separated, decimal comma; both UTF-8 with a byte-order mark so that Excel shows
// accents) or as tab-separated text for the clipboard (no mark). Numbers are written plain (no
// thousands separator, no unit) so spreadsheets read them as numbers; a text cell that a
// spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a
// leading apostrophe. Pure: tested natively, used by `roster export` and the interface.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/creator_ranges.h"
#include "engine/deduplication.h"
#include "engine/plan.h"
#include "engine/projection.h"
#include "engine/simulation.h"
#include "format.h"
#include "scenario_comparison.h"

namespace roster::present {

struct SheetCell {
    enum class Kind : std::uint8_t { Empty, Text, Number };
    // What a number is. The CSV writes every number plain; the report workbook
    // (workbook_report.h) gives each its number format: a Percent cell holds the percentage
    // (12.5 for 12.5%), a Money cell an amount in the plan's currency.
    enum class Unit : std::uint8_t { Plain, Count, Money, Percent, Ratio };
    Kind kind = Kind::Empty;
    std::string text;
    double number = 0.0;
    int decimals = 0;  // at most this many; trailing zeros are dropped
    Unit unit = Unit::Plain;

    static SheetCell of_text(std::string text);
    static SheetCell of_number(double value, int decimals = 0, Unit unit = Unit::Plain);  // empty when not finite
};
using SheetRow = std::vector<SheetCell>;

struct SheetTable {
    std::vector<SheetRow> rows;  // the first row holds the headers
};

enum class ExportTable : std::uint8_t { Creators, Comparison, Frequency, Buildup, Assumptions, Actuals };
std::string_view export_table_key(ExportTable table);  // "creators", "comparison", ...
std::optional<ExportTable> export_table_from_key(std::string_view key);

// Headers and words in the display language.
//
// The creators table's ranges: each creator's P10 and P90 (creator_bands) and the plan's
// (simulate), from the same draws and seed, so that the creators' ranges are those of the
// plan's own simulated campaigns.
struct CreatorsTableRanges {
    std::vector<CreatorBands> creators;  // roster order; only the table's figures are ranked
    SimulationResult total;
};
// Draws behind the creators table's ranges when it is exported (export_table): at most this many,
// so a roster of 1,000 creators exports in about a second (docs/SPREADSHEETS.md).
inline constexpr int kCreatorRangeDraws = 2'000;
CreatorsTableRanges creators_table_ranges(const Plan& plan, const Assumptions& assumptions, int draws,
                                          std::uint64_t seed, const Projection& projection);

// One row per creator, then a "Total" row (its reach is the plan's net reach, after overlap;
// the creators' rows are each creator's own reach). Engagement rate, average views and audience
// quality are the creator's own figures, empty where Roster uses its benchmarks; fee per post is
// the creator's fees over their posts. ROI is given when the plan forecasts sales. The figures
// are the median projection's; with `ranges`, each projected figure (cost to ROI) is followed by
// its P10 and P90 ("Cost P10", "Cost P90"), the creator's own or, on the Total row, the plan's.
SheetTable creators_table(const Plan& plan, const Projection& projection,
                          const CreatorsTableRanges* ranges = nullptr);
// Every figure of the comparison, with each scenario's value, P10 and P90, and the change from
// the first scenario.
SheetTable comparison_table(const std::vector<ComparedScenario>& scenarios, const std::string& currency);
// People reached exactly 1 to 9 times and 10 or more, with their share of the net reach.
SheetTable frequency_table(const NetReach& reach);
// Gross and net reach as creators are added, in roster order and most new people first
// (`reach` with its curves: plan_audience(..., curves = true)).
SheetTable buildup_table(const Plan& plan, const NetReach& reach);
// Every assumption: the plan's value, default, range, unit, source, estimate mark, changed.
SheetTable assumptions_table(const Plan& plan);

// Forecast against actual (engine/forecast_check.h): per creator, format, tier, platform and in
// total, each locked figure with its actual, locked median, P10, P90, whether the actual fell
// inside and the ratio; money in the plan's currency. Only the header row when no forecast is
// locked.
SheetTable actuals_table(const Plan& plan);

enum class SheetFormat : std::uint8_t { Csv, Tsv };

std::string write_sheet(const SheetTable& table, SheetFormat format, Language language);
inline std::string write_sheet(const SheetTable& table, SheetFormat format) {
    return write_sheet(table, format, display_language());
}

// A number cell's value as write_sheet writes it (rounded to its decimals): what a workbook
// stores, so that the CSV and the workbook cannot differ.
double written_number(const SheetCell& cell);

// A text cell as written: with an apostrophe before a leading = + - @, tab or carriage return.
std::string neutralise_formula(std::string_view text);

// Table `table` of scenario `scenario` of `plan` (a plan with all its scenarios; the comparison
// covers all of them), computed from the plan as the command line and the app both export it:
// ranges from `draws` Monte-Carlo draws from `seed` (0 draws: none), the creators table's from
// the first min(draws, kCreatorRangeDraws) of them.
SheetTable export_table(const Plan& plan, std::size_t scenario, ExportTable table, int draws, std::uint64_t seed);

// "Spring launch - creators.csv": the plan's name without the characters file systems refuse.
std::string export_file_name(std::string_view plan_name, ExportTable table, SheetFormat format);

}  // namespace roster::present
