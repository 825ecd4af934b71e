#include "targeting.h"

#include <algorithm>
#include <array>

namespace roster {
namespace {

// Share of the listed groups selected by `mask`, and the total they cover.
template <std::size_t N>
void selected_share(const std::array<Ppm, N>& shares, unsigned mask, double& in, double& all) {
    in = all = 0.0;
    for (std::size_t i = 0; i < N; ++i) {
        const double v = std::max(0.0, fraction_from_ppm(shares[i]));
        all += v;
        if (mask & (1u << i)) in += v;
    }
}

}  // namespace

bool targets_anyone_specific(const TargetAudience& t) {
    return !t.countries.empty() || t.age_bands != 0 || t.genders != 0;
}

std::optional<double> on_target_share(const AudienceProfile& a, const TargetAudience& t) {
    double share = 1.0;
    if (!t.countries.empty()) {
        if (a.countries.empty()) return std::nullopt;
        double in = 0.0;
        for (const Share& s : a.countries)
            if (std::find(t.countries.begin(), t.countries.end(), s.key) != t.countries.end())
                in += fraction_from_ppm(s.ppm);
        share *= std::clamp(in, 0.0, 1.0);
    }
    if (t.age_bands != 0) {
        double in = 0.0, all = 0.0;
        selected_share(a.age, t.age_bands, in, all);
        if (all <= 0.0) return std::nullopt;
        share *= in / all;  // bands cover the whole audience; rounding may leave them off 100 %
    }
    if (t.genders != 0) {
        double in = 0.0, all = 0.0;
        selected_share(a.gender, t.genders, in, all);
        if (all <= 0.0) return std::nullopt;
        share *= std::clamp(in, 0.0, 1.0);  // the rest of 100 % is other or undisclosed: not in target
    }
    return share;
}

}  // namespace roster
