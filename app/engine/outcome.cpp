#include "outcome.h"

namespace roster {
namespace {

double per(double numerator, double denominator, double scale = 1.0) {
    return denominator > 0.0 ? scale * numerator / denominator : 0.0;
}

}  // namespace

Outcome& Outcome::operator+=(const Outcome& o) {
    fees += o.fees;
    product_value += o.product_value;
    usage_rights += o.usage_rights;
    commission += o.commission;
    amplification += o.amplification;
    impressions += o.impressions;
    views += o.views;
    watch_seconds += o.watch_seconds;
    reach += o.reach;
    follower_reach += o.follower_reach;
    recommended_reach += o.recommended_reach;
    amplified_reach += o.amplified_reach;
    on_target_reach += o.on_target_reach;
    profiled_reach += o.profiled_reach;
    effective_reach += o.effective_reach;
    engagements += o.engagements;
    likes += o.likes;
    comments += o.comments;
    shares += o.shares;
    saves += o.saves;
    clicks += o.clicks;
    conversions += o.conversions;
    revenue += o.revenue;
    gross_profit += o.gross_profit;
    emv += o.emv;
    return *this;
}

Ratios ratios_of(const Outcome& o) {
    const double c = o.cost();
    Ratios r;
    r.cpm = per(c, o.impressions, 1000.0);
    r.cpv = per(c, o.views);
    r.cpe = per(c, o.engagements);
    r.cpc = per(c, o.clicks);
    r.cpa = per(c, o.conversions);
    r.cost_per_reach = per(c, o.reach, 1000.0);
    r.frequency = per(o.impressions, o.reach);
    r.engagement_rate = per(o.engagements, o.views);
    r.roas = per(o.revenue, c);
    r.roi = c > 0.0 ? (o.gross_profit - c) / c : 0.0;
    r.emv_ratio = per(o.emv, c);
    return r;
}

}  // namespace roster
