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

Sensitivity sensitivity(const Plan& plan, const Assumptions& base) {
    Sensitivity s;
    const Projection at_base = project(plan, base);
    s.base_roi = at_base.ratios.roi;
    s.base_reach = at_base.total.reach;
    const auto& specs = assumption_catalogue();
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const AssumptionSpec& spec = specs[i];
        if (spec.low == spec.high || !assumption_applies(spec, plan)) continue;
        SensitivityEntry e;
        e.assumption = i;
        e.low_value = spec.low;
        e.high_value = spec.high;
        Assumptions swung = base;
        swung[i] = spec.low;
        const Projection low = project(plan, swung);
        swung[i] = spec.high;
        const Projection high = project(plan, swung);
        e.roi_at_low = low.ratios.roi;
        e.roi_at_high = high.ratios.roi;
        e.reach_at_low = low.total.reach;
        e.reach_at_high = high.total.reach;
        // Relative threshold: rounding noise is not sensitivity.
        const bool moves_roi = e.roi_swing() > 1e-9;
        const bool moves_reach = e.reach_swing() > 1e-9 * std::max(1.0, s.base_reach);
        if (moves_roi || moves_reach) s.by_roi.push_back(e);
    }
    s.by_reach = s.by_roi;
    // Ties broken by catalogue order so the ranking is stable from run to run.
    std::stable_sort(s.by_roi.begin(), s.by_roi.end(),
                     [](const SensitivityEntry& a, const SensitivityEntry& b) { return a.roi_swing() > b.roi_swing(); });
    std::stable_sort(s.by_reach.begin(), s.by_reach.end(), [](const SensitivityEntry& a, const SensitivityEntry& b) {
        return a.reach_swing() > b.reach_swing();
    });
    return s;
}

}  // namespace roster
