// What a creator, a tier, a platform or the whole plan delivers: quantities that add up
// across creators, and the ratios planners read, computed from the sums (never averaged).
#pragma once

namespace roster {

struct Outcome {
    // Cost by component, in the plan's currency.
    double fees = 0.0, product_value = 0.0, usage_rights = 0.0, commission = 0.0, amplification = 0.0;

    double impressions = 0.0, views = 0.0, watch_seconds = 0.0;
    // Reach adds up across creators as gross reach (a person following two creators counts
    // twice); the overlap model deduplicates it at plan level.
    double reach = 0.0, follower_reach = 0.0, recommended_reach = 0.0, amplified_reach = 0.0;
    double on_target_reach = 0.0;
    double profiled_reach = 0.0;  // reach of creators whose audience profile allows on-target
    double effective_reach = 0.0; // reach weighted by the response to its frequency (Hill)
    double engagements = 0.0, likes = 0.0, comments = 0.0, shares = 0.0, saves = 0.0;
    double clicks = 0.0, conversions = 0.0, revenue = 0.0, gross_profit = 0.0, emv = 0.0;

    double cost() const { return fees + product_value + usage_rights + commission + amplification; }
    Outcome& operator+=(const Outcome& o);
};

// Ratios; each is 0 when its denominator is 0 (the view shows "—" then).
struct Ratios {
    double cpm = 0.0;             // cost per 1,000 impressions
    double cpv = 0.0;             // cost per view
    double cpe = 0.0;             // cost per engagement
    double cpc = 0.0;             // cost per click
    double cpa = 0.0;             // cost per conversion
    double cost_per_reach = 0.0;  // cost per 1,000 people reached
    double frequency = 0.0;       // impressions per person reached
    double engagement_rate = 0.0; // engagements per view
    double roas = 0.0;            // revenue / cost
    double roi = 0.0;             // (gross profit - cost) / cost
    double emv_ratio = 0.0;       // EMV / cost: media equivalence, never ROI
};

Ratios ratios_of(const Outcome& o);

}  // namespace roster
