// Forecast against actual (docs/ACTUALS.md): per creator, format, tier, platform and in total,
// the actual beside the locked median and P10-P90, whether it fell inside and the ratio
// (present/forecast_table.h), and a chart of each creator's actual against their locked range.
// Copyable and exportable like every table (present/sheet_export.h, "actuals").
#pragma once

#include <cstdint>
#include <optional>
#include <utility>

#include "engine/forecast_check.h"
#include "view_context.h"

namespace roster::ui {

class ForecastView {
public:
    // The window's content; `plan_key` (the session's generation and the document's revision)
    // says when the comparison must be worked out again.
    void draw(ViewContext& ctx, std::pair<std::uint64_t, std::uint64_t> plan_key);

private:
    std::optional<std::pair<std::uint64_t, std::uint64_t>> key_;
    ForecastCheck check_;
    int figure_ = 0;  // LockedFigure shown in the table and the chart; -1: every figure in the table
};

}  // namespace roster::ui
