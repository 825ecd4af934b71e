// Forecast against actual and the calibration as tables a planner reads (the command line, the
// forecast-vs-actual view, a spreadsheet): every cell text in the display language, numbers in
// its style. The figures come from engine/forecast_check.h and engine/calibration.h.
#pragma once

#include <string>
#include <vector>

#include "engine/calibration.h"
#include "engine/forecast_check.h"

namespace roster::present {

struct ForecastTableRow {
    CheckGroup group = CheckGroup::Total;
    std::string label;   // "Léa Lou", "Reel", "Micro", "TikTok", "Total"
    LockedFigure figure = LockedFigure::Views;
    std::vector<std::string> cells;  // actual, median, P10, P90, within, ratio
    bool inside = false, has_actual = false, estimated = false;
};

// A row's group as the planner names it: the creator's name at the lock, the format, tier or
// platform, or "Total".
std::string check_row_label(const CheckRow& row);

// The column headers: group, figure, actual, locked median, P10, P90, within P10-P90, ratio.
std::vector<std::string> forecast_table_headers();

// One row per group and figure that has a locked median or an actual; `figures` chooses which.
// An actual with a tool's estimate in it is marked "(estimate)".
std::vector<ForecastTableRow> forecast_table(const ForecastCheck& check, const std::string& currency,
                                             const std::vector<LockedFigure>& figures);

// The calibration's estimates as rows: where (platform, tier, format), the rate, the multiplier,
// its 90% interval, the posts behind it.
std::vector<std::string> calibration_table_headers();
std::vector<std::vector<std::string>> calibration_table(const CalibrationResult& result);

}  // namespace roster::present
