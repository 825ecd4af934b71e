// Which assumptions matter for this plan: each one the plan uses is swung over its plausible
// range with the others held, and the movement of ROI and reach is recorded (one-at-a-time
// sensitivity, the data behind a tornado chart).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "assumptions.h"
#include "plan.h"
#include "projection.h"

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

// The same analysis in steps (each assumption costs two projections), so the app can spread it
// over frames; the ranking is known once finished. Each swing reuses what of the base's net
// reach it leaves as it was (ReachBasis).
class SensitivityRun {
public:
    // `at_base`, when given, is the plan's projection under `base` (the app has it already).
    SensitivityRun(Plan plan, const Assumptions& base, const Projection* at_base = nullptr);
    // Swings up to `max_assumptions` more assumptions whole; returns how many were swung.
    int step(int max_assumptions);
    // Takes up to `steps` projection steps (ProjectionRun), across assumptions; returns whether
    // any are left.
    bool advance(std::size_t steps);
    bool finished() const { return next_ >= pending_.size(); }
    double progress() const;
    const Sensitivity& result() const { return result_; }  // ranked once finished

private:
    // Takes up to `steps` steps of the swing under way (starting one if none); true when it ended.
    bool advance_swing(std::size_t& steps);
    void rank();

    Plan plan_;
    Assumptions base_;
    std::vector<std::size_t> pending_;  // assumptions that apply, in catalogue order
    std::size_t next_ = 0;
    bool ranked_ = false;
    Sensitivity result_;
    std::shared_ptr<const ReachBasis> basis_;      // what net reach was made from, once known
    std::optional<ProjectionRun> swing_;           // the projection under way
    bool at_high_ = false;                         // swing_ is at the high value
    SensitivityEntry entry_;                       // the assumption being swung
};

// Assumptions that move neither figure are left out. Uncertainty spreads do not move medians
// and are not swung.
Sensitivity sensitivity(const Plan& plan, const Assumptions& base);

}  // namespace roster
