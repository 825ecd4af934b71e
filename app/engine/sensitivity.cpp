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

SensitivityRun::SensitivityRun(Plan plan, const Assumptions& base, const Projection* at_base)
    : plan_(std::move(plan)), base_(base) {
    if (at_base) {
        result_.base_roi = at_base->ratios.roi;
        result_.base_reach = at_base->total.reach;
        basis_ = at_base->reach_basis;
    } else {
        const Projection p = project(plan_, base_);
        result_.base_roi = p.ratios.roi;
        result_.base_reach = p.total.reach;
        basis_ = p.reach_basis;
    }
    const auto& specs = assumption_catalogue();
    for (std::size_t i = 0; i < specs.size(); ++i)
        if (specs[i].low != specs[i].high && assumption_applies(specs[i], plan_)) pending_.push_back(i);
}

double SensitivityRun::progress() const {
    if (pending_.empty()) return 1.0;
    double done = static_cast<double>(next_) + (at_high_ ? 0.5 : 0.0);
    if (swing_) done += 0.5 * swing_->progress();
    return std::min(1.0, done / static_cast<double>(pending_.size()));
}

bool SensitivityRun::advance_swing(std::size_t& steps) {
    const auto& specs = assumption_catalogue();
    const std::size_t i = pending_[next_];
    // Swung over its range in the plan's currency, as the defaults are (currency.h).
    const AssumptionSpec spec = spec_in_currency(specs[i], plan_.campaign.currency);
    if (!swing_) {
        if (!at_high_) {
            entry_ = {};
            entry_.assumption = i;
            entry_.low_value = spec.low;
            entry_.high_value = spec.high;
        }
        Assumptions swung = base_;
        swung[i] = at_high_ ? spec.high : spec.low;
        // A swing of a money assumption reuses the base's net reach whole; one of reach (a rate,
        // a format's frequency) its overlap matrix; one of the matrix's own three, nothing.
        swing_.emplace(plan_, swung, basis_);
    }
    const std::size_t before = swing_->remaining();
    swing_->advance(steps);
    // Starting a projection is work too (linear in the roster): count it as one step.
    steps -= std::min(steps, std::max<std::size_t>(1, before - swing_->remaining()));
    if (swing_->remaining() > 0) return false;
    const Projection p = swing_->finish();
    swing_.reset();
    if (!at_high_) {
        entry_.roi_at_low = p.ratios.roi;
        entry_.reach_at_low = p.total.reach;
        at_high_ = true;
        return false;
    }
    entry_.roi_at_high = p.ratios.roi;
    entry_.reach_at_high = p.total.reach;
    at_high_ = false;
    ++next_;
    // Relative threshold: rounding noise is not sensitivity.
    const bool moves_roi = entry_.roi_swing() > 1e-9;
    const bool moves_reach = entry_.reach_swing() > 1e-9 * std::max(1.0, result_.base_reach);
    if (moves_roi || moves_reach) result_.by_roi.push_back(entry_);
    if (finished()) rank();
    return true;
}

bool SensitivityRun::advance(std::size_t steps) {
    while (steps > 0 && !finished()) advance_swing(steps);
    return !finished();
}

int SensitivityRun::step(int max_assumptions) {
    int done = 0;
    while (done < max_assumptions && !finished()) {
        std::size_t all = static_cast<std::size_t>(-1);
        if (advance_swing(all)) ++done;
    }
    return done;
}

void SensitivityRun::rank() {
    if (ranked_) return;
    result_.by_reach = result_.by_roi;
    // Ties broken by catalogue order so the ranking is stable from run to run.
    std::stable_sort(result_.by_roi.begin(), result_.by_roi.end(),
                     [](const SensitivityEntry& a, const SensitivityEntry& b) { return a.roi_swing() > b.roi_swing(); });
    std::stable_sort(result_.by_reach.begin(), result_.by_reach.end(),
                     [](const SensitivityEntry& a, const SensitivityEntry& b) { return a.reach_swing() > b.reach_swing(); });
    ranked_ = true;
}

Sensitivity sensitivity(const Plan& plan, const Assumptions& base) {
    SensitivityRun run(plan, base);
    run.step(static_cast<int>(assumption_catalogue().size()));
    return run.result();
}

}  // namespace roster
