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
#include "views_scale.h"

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

// All of a creator's posts, over every deliverable line, as one sum. Each post's views are
// lognormal with its line's median and spread; the sum is taken as one lognormal with the same
// mean and variance (Fenton-Wilkinson), so its median is the figure the median projection
// counts and the centre the Monte-Carlo draws spread around. The median is each post's median
// for a single post and tends to the mean as posts are added: three reels at a spread of 1.0
// are 1.31 times three medians, because a few posts far above their median are the rule.
// Impressions, clicks, watch time and recommended views follow the views in the lines' mean
// proportions.
struct SummedViews {
    double mean = 0.0;
    double variance = 0.0;
    double recommended_share = 0.0;  // of the views, from people who do not follow the creator
    double impressions_per_view = 0.0;
    double clicks_per_view = 0.0;
    double watch_per_view = 0.0;

    // The lognormal's log-scale centre and spread; both are 0 when there are no views.
    double log_median() const;
    double log_spread() const;
    double median() const;
};
SummedViews summed_views(const CreatorBasis& basis);

// The same reasoning one level up: the plan's views at the median of the sum over its
// creators, divided by the creators' medians added up (at least 1). Each creator's total is
// lognormal around its median with its posts' spread and the creator-level spread (an earned
// creator posts or not), the creators independent of each other; the sum is again taken as
// one lognormal. One creator gives 1; thirty creators of two reels each, well above 1, which
// is where the Monte-Carlo draws of such a plan are centred. The plan's totals (never a single
// creator's row) count views at this scale (projection.h).
double plan_views_scale(const std::vector<CreatorBasis>& bases);
ViewsMoments views_moments(const CreatorBasis& basis);  // one creator's part in it
// The same for the views from recommendations alone (the people they reach are counted apart
// from the followers, creator_model.cpp): its own scale, so that a change to followers' views
// alone (hidden likes) never moves the people recommendations reach.
double plan_recommended_scale(const std::vector<CreatorBasis>& bases);
ViewsMoments recommended_moments(const CreatorBasis& basis);

// Adds this creator's median outcome to `out`; an earned creator's volumes are expectations.
// `views_scale` multiplies everything that follows the views (plan_views_scale): 1 for the
// creator's own figures.
// `recommended_scale` the people recommendations reach (plan_recommended_scale).
void evaluate(const CreatorBasis& basis, Outcome& out, double views_scale = 1.0, double recommended_scale = 1.0);

}  // namespace roster
