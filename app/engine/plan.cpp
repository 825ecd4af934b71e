#include "plan.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace roster {

bool operator==(const Deliverable& a, const Deliverable& b) {
    return std::tie(a.format, a.count, a.unit_fee_cents) == std::tie(b.format, b.count, b.unit_fee_cents);
}

bool operator==(const Amplification& a, const Amplification& b) {
    return std::tie(a.spend_cents, a.cpm_cents, a.frequency_cap) ==
           std::tie(b.spend_cents, b.cpm_cents, b.frequency_cap);
}

bool operator==(const Share& a, const Share& b) { return a.key == b.key && a.ppm == b.ppm; }

bool operator==(const AudienceProfile& a, const AudienceProfile& b) {
    return std::tie(a.countries, a.age, a.gender, a.interests) ==
           std::tie(b.countries, b.age, b.gender, b.interests);
}

bool operator==(const Creator& a, const Creator& b) {
    return std::tie(a.id, a.name, a.handle, a.platform, a.followers, a.engagement_rate_ppm,
                    a.engagement_basis, a.measured_views_per_post, a.measured_reach_rate_ppm,
                    a.audience_quality_ppm, a.audience, a.relevance_ppm, a.deliverables,
                    a.product_value_cents, a.usage_rights_cents, a.affiliate_commission_ppm, a.paid,
                    a.posting_probability_ppm, a.amplification) ==
           std::tie(b.id, b.name, b.handle, b.platform, b.followers, b.engagement_rate_ppm,
                    b.engagement_basis, b.measured_views_per_post, b.measured_reach_rate_ppm,
                    b.audience_quality_ppm, b.audience, b.relevance_ppm, b.deliverables,
                    b.product_value_cents, b.usage_rights_cents, b.affiliate_commission_ppm, b.paid,
                    b.posting_probability_ppm, b.amplification);
}

bool operator==(const TierThresholds& a, const TierThresholds& b) {
    return std::tie(a.micro, a.mid, a.macro, a.mega) == std::tie(b.micro, b.mid, b.macro, b.mega);
}

bool operator==(const TargetAudience& a, const TargetAudience& b) {
    return std::tie(a.countries, a.age_bands, a.genders) == std::tie(b.countries, b.age_bands, b.genders);
}

bool operator==(const Campaign& a, const Campaign& b) {
    return std::tie(a.currency, a.budget_cap_cents, a.target_universe, a.target,
                    a.average_order_value_cents, a.gross_margin_ppm, a.baseline_platform) ==
           std::tie(b.currency, b.budget_cap_cents, b.target_universe, b.target,
                    b.average_order_value_cents, b.gross_margin_ppm, b.baseline_platform);
}

bool operator==(const Environment& a, const Environment& b) {
    return std::tie(a.likes_hidden, a.hidden_like_viewers_ppm, a.recommendation_scale_ppm) ==
           std::tie(b.likes_hidden, b.hidden_like_viewers_ppm, b.recommendation_scale_ppm);
}

bool operator==(const AssumptionOverride& a, const AssumptionOverride& b) {
    return a.key == b.key && a.value_micros == b.value_micros;
}

bool operator==(const Overlap& a, const Overlap& b) {
    return std::tie(a.first, a.second, a.basis, a.value) == std::tie(b.first, b.second, b.basis, b.value);
}

bool operator==(const Scenario& a, const Scenario& b) {
    return std::tie(a.name, a.campaign, a.environment, a.tiers, a.assumptions, a.creators, a.overlaps) ==
           std::tie(b.name, b.campaign, b.environment, b.tiers, b.assumptions, b.creators, b.overlaps);
}

bool operator==(const Plan& a, const Plan& b) {
    return std::tie(a.name, a.campaign, a.environment, a.tiers, a.assumptions, a.creators, a.overlaps, a.scenario,
                    a.scenario_position, a.other_scenarios, a.locked_forecast, a.actuals, a.calibration) ==
           std::tie(b.name, b.campaign, b.environment, b.tiers, b.assumptions, b.creators, b.overlaps, b.scenario,
                    b.scenario_position, b.other_scenarios, b.locked_forecast, b.actuals, b.calibration);
}

namespace {

// Rounds to the nearest whole number of `scale` units; out-of-range and NaN inputs land on the
// extremes, which validation refuses with a message, instead of undefined conversions.
std::int64_t fixed_point(double value, double scale, double limit) {
    if (std::isnan(value) || value < -limit) return std::numeric_limits<std::int64_t>::min();
    if (value > limit) return std::numeric_limits<std::int64_t>::max();
    return std::llround(value * scale);
}

}  // namespace

std::int64_t cents_from_units(double units) { return fixed_point(units, 100.0, 1e15); }

Ppm ppm_from_fraction(double fraction) {
    if (std::isnan(fraction) || fraction < -1000.0) return std::numeric_limits<Ppm>::min();
    if (fraction > 1000.0) return std::numeric_limits<Ppm>::max();
    return static_cast<Ppm>(std::lround(fraction * kPpmWhole));
}

std::int64_t micros_from_value(double value) { return fixed_point(value, 1e6, 1e12); }

CreatorId next_creator_id(const Plan& plan) {
    CreatorId highest = 0;
    for (const Creator& c : plan.creators) highest = std::max(highest, c.id);
    return highest + 1;
}

const Creator* find_creator(const Plan& plan, CreatorId id) {
    auto it = std::find_if(plan.creators.begin(), plan.creators.end(),
                           [id](const Creator& c) { return c.id == id; });
    return it == plan.creators.end() ? nullptr : &*it;
}

std::int64_t total_posts(const Creator& c) {
    std::int64_t n = 0;
    for (const Deliverable& d : c.deliverables) n += std::clamp<std::int64_t>(d.count, 0, 10'000);
    return n;
}

std::int64_t total_fees_cents(const Creator& c) {
    std::int64_t sum = 0;
    for (const Deliverable& d : c.deliverables)
        // Clamped so even a plan that fails validation cannot overflow (1e4 x 1e11 per line).
        sum += std::clamp<std::int64_t>(d.count, 0, 10'000) *
               std::clamp<std::int64_t>(d.unit_fee_cents, 0, 100'000'000'000);
    return sum;
}

}  // namespace roster
