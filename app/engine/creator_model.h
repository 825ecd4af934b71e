// One creator's contribution, in two steps. creator_basis() turns the creator, the campaign,
// the environment and the assumptions into per-post medians and rates, once per projection.
// evaluate() turns a basis plus one set of draw factors into volumes and money; the median
// projection and every Monte-Carlo draw call the same function, so they cannot drift apart.
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

// What one evaluation varies. The defaults give the median projection.
struct DrawFactors {
    double views = 1.0;  // exp(u + c): scales every post's views and the follower reach rate
    // Per line, total views over median views of one post; null means the post count.
    const double* line_posts = nullptr;
    double engagement = 1.0, click = 1.0, conversion = 1.0;
    // Whether the creator posts: 0 or 1 in a draw, the posting probability for the median.
    double posted = -1.0;  // negative: the basis's posting probability
};

// Adds this creator's outcome under `f` to `out`.
void evaluate(const CreatorBasis& basis, const DrawFactors& f, Outcome& out);

}  // namespace roster
