// One creator's contribution, in two steps. creator_basis() turns the creator, the campaign,
// the environment and the assumptions into per-post medians and rates; evaluate() turns a
// basis into volumes and money. The Monte-Carlo path (simulation.cpp) starts from the same
// basis, and a test checks that a draw with no spread gives exactly what evaluate() gives.
#pragma once

#include <optional>
#include <vector>

#include "assumptions.h"
#include "outcome.h"
#include "plan.h"

namespace roster {

// One deliverable line reduced to what the outcome needs (medians, per post).
struct LineBasis {
    Format format = Format::FeedPost;
    int posts = 0;
    double follower_rate = 0.0;      // share of followers one post reaches
    double follower_views = 0.0;     // followers reached by one post
    double recommended_views = 0.0;  // views from people who do not follow the creator
    double impressions_per_view = 1.0;
    double click_through = 0.0;
    double watch_seconds = 0.0;
    double post_sigma = 0.0;         // post-to-post spread of views (log scale)
};

struct CreatorBasis {
    CreatorId id = 0;
    Platform platform = Platform::Instagram;
    Tier tier = Tier::Nano;
    double followers = 0.0;
    double reference_rate = 0.0;  // views per follower of one reference-format post
    bool measured = false;        // the creator's own views or reach rate replaced the benchmark
    double engagement_per_view = 0.0;
    double likes_per_engagement = 0.0, comments_per_engagement = 0.0;
    double shares_per_engagement = 0.0, saves_per_engagement = 0.0;
    double concentration = 1.0;
    double posting_probability = 1.0;
    double fees = 0.0, product_value = 0.0, usage_rights = 0.0, commission_rate = 0.0;
    double amplification_spend = 0.0, amplified_impressions = 0.0, amplified_reach = 0.0;
    double amplified_click_through = 0.0, amplified_watch_seconds = 0.0;
    double universe = 0.0;
    std::optional<double> on_target;
    double emv_cpm = 0.0, emv_per_like = 0.0, emv_per_comment = 0.0, emv_per_share = 0.0, emv_per_save = 0.0;
    double conversion_rate = 0.0, order_value = 0.0, gross_margin = 0.0;
    double hill_half = 1.0, hill_slope = 1.0;
    double creator_sigma = 0.0;
    std::vector<LineBasis> lines;
};

CreatorBasis creator_basis(const Creator& creator, const Plan& plan, const Assumptions& a);

// Adds this creator's median outcome to `out`; an earned creator's volumes are expectations.
void evaluate(const CreatorBasis& basis, Outcome& out);

}  // namespace roster
