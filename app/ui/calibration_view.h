// Calibration from past campaigns (docs/CALIBRATION.md): the finished campaigns gathered from
// this browser's plans and the open plan, each rate's multiplier with its 90% interval and the
// posts behind it, and what applying it to the open scenario would replace. "Apply" is one edit
// (ApplyCalibration, one undo step); the assumptions window then says "calibrated from N
// campaigns" with what was replaced, and "Remove calibration" takes it off (RemoveCalibration).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/calibration.h"
#include "view_context.h"

namespace roster::ui {

class CalibrationView {
public:
    // The campaigns were gathered: `looked_at` plans (the open one and the library's), with
    // `result` worked out from those that are finished.
    void open(CalibrationResult result, int looked_at);
    bool is_open() const { return result_.has_value(); }
    void draw(ViewContext& ctx);

private:
    std::optional<CalibrationResult> result_;
    int looked_at_ = 0;
    bool focus_ = false;
};

// In the assumptions window: "calibrated from 3 campaigns (41 posts)", each value the calibration
// replaced, and the button that removes it. Nothing when the plan has no calibration.
void draw_calibration_note(ViewContext& ctx);

}  // namespace roster::ui
