// Which assumptions matter for this plan: each one the plan uses is swung over its plausible
// range with the others held, and the movement of ROI and reach is recorded (one-at-a-time
// sensitivity, the data behind a tornado chart).
#pragma once

#include <cstddef>
#include <vector>

#include "assumptions.h"
#include "plan.h"

namespace roster {

struct SensitivityEntry {
    std::size_t assumption = 0;  // index in assumption_catalogue()
    double low_value = 0.0, high_value = 0.0;
    double roi_at_low = 0.0, roi_at_high = 0.0;
    double reach_at_low = 0.0, reach_at_high = 0.0;
    double roi_swing() const;    // |ROI at high - ROI at low|
    double reach_swing() const;
};

struct Sensitivity {
    double base_roi = 0.0, base_reach = 0.0;
    std::vector<SensitivityEntry> by_roi;    // largest ROI swing first
    std::vector<SensitivityEntry> by_reach;  // largest reach swing first
};

// Whether the value can change this plan's projection (its platform, tier or format is used).
bool assumption_applies(const AssumptionSpec& spec, const Plan& plan);

// The same analysis a few assumptions at a time (each costs two projections), so the app can
// spread it over frames; the ranking is known once finished.
class SensitivityRun {
public:
    SensitivityRun(Plan plan, const Assumptions& base);
    int step(int max_assumptions);  // returns how many were swung
    bool finished() const { return next_ >= pending_.size(); }
    double progress() const { return pending_.empty() ? 1.0 : static_cast<double>(next_) / pending_.size(); }
    const Sensitivity& result() const { return result_; }  // ranked once finished

private:
    Plan plan_;
    Assumptions base_;
    std::vector<std::size_t> pending_;  // assumptions that apply, in catalogue order
    std::size_t next_ = 0;
    bool ranked_ = false;
    Sensitivity result_;
};

// Assumptions that move neither figure are left out. Uncertainty spreads do not move medians
// and are not swung.
Sensitivity sensitivity(const Plan& plan, const Assumptions& base);

}  // namespace roster
