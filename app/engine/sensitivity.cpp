#include "sensitivity.h"

#include <algorithm>
#include <cmath>

#include "projection.h"
#include "vocabulary.h"

namespace roster {

double SensitivityEntry::roi_swing() const { return std::fabs(roi_at_high - roi_at_low); }
double SensitivityEntry::reach_swing() const { return std::fabs(reach_at_high - reach_at_low); }

bool assumption_applies(const AssumptionSpec& spec, const Plan& plan) {
    if (spec.group == AssumptionGroup::Uncertainty || !spec.shown) return false;
    for (const Creator& c : plan.creators) {
        if (spec.platform && c.platform != *spec.platform) continue;
        if (spec.tier && tier_of(c.followers, plan.tiers) != *spec.tier) continue;
        if (!spec.format) return true;
        for (const Deliverable& d : c.deliverables)
            if (d.format == *spec.format && d.count > 0) return true;
    }
    return false;
}

SensitivityRun::SensitivityRun(Plan plan, const Assumptions& base) : plan_(std::move(plan)), base_(base) {
    const Projection at_base = project(plan_, base_);
    result_.base_roi = at_base.ratios.roi;
    result_.base_reach = at_base.total.reach;
    const auto& specs = assumption_catalogue();
    for (std::size_t i = 0; i < specs.size(); ++i)
        if (specs[i].low != specs[i].high && assumption_applies(specs[i], plan_)) pending_.push_back(i);
}

int SensitivityRun::step(int max_assumptions) {
    const auto& specs = assumption_catalogue();
    int done = 0;
    for (; done < max_assumptions && next_ < pending_.size(); ++done, ++next_) {
        const std::size_t i = pending_[next_];
        const AssumptionSpec& spec = specs[i];
        SensitivityEntry e;
        e.assumption = i;
        e.low_value = spec.low;
        e.high_value = spec.high;
        Assumptions swung = base_;
        swung[i] = spec.low;
        const Projection low = project(plan_, swung);
        swung[i] = spec.high;
        const Projection high = project(plan_, swung);
        e.roi_at_low = low.ratios.roi;
        e.roi_at_high = high.ratios.roi;
        e.reach_at_low = low.total.reach;
        e.reach_at_high = high.total.reach;
        // Relative threshold: rounding noise is not sensitivity.
        const bool moves_roi = e.roi_swing() > 1e-9;
        const bool moves_reach = e.reach_swing() > 1e-9 * std::max(1.0, result_.base_reach);
        if (moves_roi || moves_reach) result_.by_roi.push_back(e);
    }
    if (finished() && !ranked_) {
        result_.by_reach = result_.by_roi;
        // Ties broken by catalogue order so the ranking is stable from run to run.
        std::stable_sort(result_.by_roi.begin(), result_.by_roi.end(),
                         [](const SensitivityEntry& a, const SensitivityEntry& b) { return a.roi_swing() > b.roi_swing(); });
        std::stable_sort(result_.by_reach.begin(), result_.by_reach.end(),
                         [](const SensitivityEntry& a, const SensitivityEntry& b) { return a.reach_swing() > b.reach_swing(); });
        ranked_ = true;
    }
    return done;
}

Sensitivity sensitivity(const Plan& plan, const Assumptions& base) {
    SensitivityRun run(plan, base);
    while (!run.finished()) run.step(64);
    return run.result();
}

}  // namespace roster
