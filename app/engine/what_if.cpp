#include "what_if.h"

#include <algorithm>
#include <cmath>

#include "assumptions.h"
#include "validation.h"

namespace roster {
namespace {

std::int64_t scaled(std::int64_t amount, double factor, std::int64_t limit) {
    if (!(factor >= 0.0)) return amount;  // NaN or negative: the lever is ignored
    const double v = std::round(static_cast<double>(amount) * factor);
    return static_cast<std::int64_t>(std::min(v, static_cast<double>(limit)));
}

void set_override(Plan& plan, const std::string& key, std::int64_t micros) {
    auto& list = plan.assumptions;
    auto it = std::find_if(list.begin(), list.end(), [&](const AssumptionOverride& o) { return o.key == key; });
    if (it != list.end()) it->value_micros = micros;
    else {
        list.push_back({key, micros});
        std::sort(list.begin(), list.end(),
                  [](const AssumptionOverride& a, const AssumptionOverride& b) { return a.key < b.key; });
    }
}

}  // namespace

bool operator==(const WhatIf& a, const WhatIf& b) {
    return a.fees == b.fees && a.posts == b.posts && a.amplification == b.amplification &&
           a.conversion == b.conversion && a.recommendation_scale == b.recommendation_scale;
}

bool is_neutral(const WhatIf& w, const Plan& plan) {
    return w.fees == 1.0 && w.posts == 1.0 && w.amplification == 1.0 && w.conversion == 1.0 &&
           (!w.recommendation_scale || *w.recommendation_scale == plan.environment.recommendation_scale_ppm);
}

Plan apply_what_if(const Plan& plan, const WhatIf& w) {
    Plan moved = plan;
    for (Creator& c : moved.creators) {
        for (Deliverable& d : c.deliverables) {
            if (w.fees != 1.0) d.unit_fee_cents = scaled(d.unit_fee_cents, w.fees, PlanLimits::kMaxMoneyCents);
            if (w.posts != 1.0 && d.count > 0) {
                const auto n = static_cast<std::int32_t>(scaled(d.count, w.posts, PlanLimits::kMaxPosts));
                d.count = w.posts > 0.0 ? std::max(1, n) : 0;
            }
        }
        if (w.amplification != 1.0)
            c.amplification.spend_cents = scaled(c.amplification.spend_cents, w.amplification, PlanLimits::kMaxMoneyCents);
    }
    if (w.posts == 0.0)
        for (Creator& c : moved.creators) c.amplification.spend_cents = 0;  // nothing left to amplify
    if (w.recommendation_scale)
        moved.environment.recommendation_scale_ppm =
            std::clamp<Ppm>(*w.recommendation_scale, 0, PlanLimits::kMaxRecommendationScale);
    if (w.conversion != 1.0 && w.conversion >= 0.0) {
        const AssumptionSpec& spec = assumption_catalogue()[assumption::kConversionRate];
        const double now = resolve_assumptions(plan)[assumption::kConversionRate];
        set_override(moved, spec.key, micros_from_value(std::clamp(now * w.conversion, spec.min, spec.max)));
    }
    return moved;
}

}  // namespace roster
