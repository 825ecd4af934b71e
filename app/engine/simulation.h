// Monte-Carlo ranges for every headline figure (docs/MODEL.md §7). Views are lognormal around their
// medians with a creator-level, a campaign-level and a post-level spread; engagement, click
// and conversion rates vary; earned creators post or not. The run is reproducible from a seed,
// can advance in slices (a few hundred draws per frame) and be cancelled.
//
// A draw applies the formulas of creator_model.cpp to precomputed per-creator constants,
// because a run evaluates millions of creator-draws; tests check that with every spread at
// zero a draw gives exactly the median projection, so the two cannot drift apart.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "assumptions.h"
#include "creator_model.h"
#include "plan.h"
#include "reach_ceiling.h"

namespace roster {

enum class Headline : std::uint8_t {
    Reach, OnTargetReach, EffectiveReach, Impressions, Views, WatchSeconds, Engagements, Likes, Clicks,
    Conversions, Revenue, GrossProfit, Cost, Emv, Roi, Roas, Cpm
};
inline constexpr int kHeadlineCount = 17;

std::string_view headline_key(Headline h);    // "reach", "roi", ... (JSON output)
std::string_view headline_label(Headline h);  // "Reach (net)", "ROI", ...

// P10 to P90 is the range planners read; P95 and P99 are the upper tail, where one post that the
// recommendations pick up lands (docs/MODEL.md §7).
struct Band {
    double p10 = 0.0, p50 = 0.0, p90 = 0.0, mean = 0.0;
    double p95 = 0.0, p99 = 0.0;
};

struct SimulationResult {
    int draws = 0;  // completed draws the bands describe
    std::uint64_t seed = 0;
    // The Monte-Carlo standard error of the least precise of P10, P50 and P90 of net reach and
    // of ROI, relative to its value (or, for a value near zero, to half its P10-P90 width): 0.006
    // is ±0.6%. Measured by batch means over the whole blocks of draws (stratification.h); none
    // while fewer than kPrecisionBlocks blocks are complete.
    std::optional<double> precision;
    std::array<Band, kHeadlineCount> bands{};
    double probability_roi_positive = 0.0;
    double probability_roas_above_one = 0.0;
    const Band& operator[](Headline h) const { return bands[static_cast<std::size_t>(h)]; }
};

inline constexpr int kDefaultDraws = 10'000;
inline constexpr int kMaxDraws = 1'000'000;

// How the draws' random inputs are chosen (docs/MODEL.md §7, "Fewer draws for the same
// precision"). Whatever the choice, draw d depends only on the seed and d, so a run gives the
// same figures however its draws are sliced or split into blocks.
enum class Sampling : std::uint8_t {
    Independent,  // every draw's numbers apart
    Antithetic,   // draws in pairs, the odd one the exact mirror of the even one (RandomStream)
    Stratified,   // the campaign-wide normals Latin-hypercube within each block (stratification.h)
};

// The adaptive draw count of the app's live ranges: draws run in whole blocks until the
// precision reached is within `target`, no fewer than `floor` draws and no more than the cap.
struct PrecisionGoal {
    double target = 0.01;
    int floor = 2'000;
};
inline constexpr int kPrecisionBlocks = 4;  // whole blocks before a precision is measured

class Simulation {
public:
    // `net_of_gross`, when known (the plan's projection has it: net_of_gross(projection)),
    // spares a second deduplication of the roster.
    Simulation(const Plan& plan, const Assumptions& assumptions, int draws, std::uint64_t seed,
               std::optional<NetOfGross> net_of_gross = std::nullopt, Sampling sampling = Sampling::Independent);

    // Makes the run adaptive before its first step: `draws` becomes the cap, and the run
    // finishes at the first block boundary from `goal.floor` draws where precision() is within
    // `goal.target`. From the floor on, step() and add_block() stop at each block boundary, so
    // where the run stops does not depend on the slicing either.
    void stop_at_precision(const PrecisionGoal& goal);
    // As SimulationResult::precision, over the draws completed so far.
    std::optional<double> precision() const;
    Sampling sampling() const { return sampling_; }
    std::uint64_t seed() const { return seed_; }

    // Runs up to `max_draws` more draws; returns how many ran. Results do not depend on how
    // the draws are sliced.
    int step(int max_draws);
    void cancel() { cancelled_ = true; }
    bool cancelled() const { return cancelled_; }
    bool finished() const { return cancelled_ || precise_ || completed_ >= requested_; }
    int completed() const { return completed_; }
    int requested() const { return requested_; }
    double progress() const { return requested_ > 0 ? static_cast<double>(completed_) / requested_ : 1.0; }

    // Bands over the draws completed so far.
    SimulationResult result() const;
    // The completed draws of one figure, in draw order (for a distribution chart).
    const std::vector<double>& samples(Headline h) const { return samples_[static_cast<std::size_t>(h)]; }

    // Draws [first, first + count) computed apart from the run, every figure in draw order: what a
    // worker thread (host.h) computes from its own Simulation of the same plan, seed and sampling.
    struct DrawBlock {
        int first = 0, count = 0;
        std::array<std::vector<double>, kHeadlineCount> samples;
    };
    DrawBlock draw_block(int first, int count);
    // Adds a block computed by draw_block (here or by another Simulation of the same plan, seed
    // and sampling) when it starts at completed() and the run is not finished, up to the cap or
    // the next block boundary of an adaptive run; returns how many of its draws were taken. The
    // run is then bit for bit the run stepped here, however the blocks were split.
    int add_block(const DrawBlock& block);

    // What draw `draw` shares across the campaign (stream 0): the key each creator's stream is
    // made from, the shock to every creator's views (log scale) and the factors on click-through,
    // conversion and engagement rates.
    struct CampaignDraw {
        std::uint64_t key = 0;
        double shock = 0.0, click = 1.0, conversion = 1.0, engagement = 1.0;
        bool mirrored = false;  // the antithetic twin of the draw before (Sampling::Antithetic)
    };
    CampaignDraw campaign_draw(int draw) const;
    // Every headline figure of creator `index` (roster order) in each draw of `campaign`, as that
    // draw adds the creator into the plan's totals: out[h][i] for campaign[i], each vector resized
    // to campaign.size(). Reach figures are the creator's own, before overlap; ROI, ROAS and CPM
    // are the creator's own ratios in the draw, NaN in a draw without cost (ROI, ROAS) or without
    // impressions (CPM). For per-creator ranges (creator_ranges.h).
    void creator_samples(std::size_t index, const std::vector<CampaignDraw>& campaign,
                         std::array<std::vector<double>, kHeadlineCount>& out) const;

    // One creator reduced to what a draw needs; built once from its CreatorBasis (public for the
    // implementation file's helpers only). Per-creator lists live in flat arrays so a run walks
    // memory in order.
    struct DrawCreator {
        std::uint64_t stream_key = 0;  // RandomStream::stream_key(1 + id)
        double followers = 0, creator_sigma = 0, posting_probability = 1;
        // All organic views of the creator's posts at median creator luck: one lognormal
        // exp(views_offset + views_sigma z) (Fenton-Wilkinson over every post of every line; for a
        // single post, that post's own distribution).
        double views_offset = 0, views_sigma = 0;
        bool has_views = false;
        // Per organic view, at the mix of formats the creator's lines give.
        double recommended_share = 0, impressions_per_view = 0, clicks_per_view = 0, watch_per_view = 0;
        // P(a follower is never reached) = prod_k (1 - scale x never_factors_[k]) while every
        // line's rate x scale stays below 1 (then 0); lines of more than 24 posts use the closed
        // form with their (rate, posts) in slow_lines_.
        double highest_rate = 0, concentration = 1;
        std::uint32_t never_begin = 0, never_end = 0, slow_begin = 0, slow_end = 0;
        double fixed_cost = 0, product_value = 0, commission_rate = 0;
        double amplified_impressions = 0, amplified_reach = 0, amplified_clicks = 0, amplified_watch = 0;
        double universe = 0, on_target = 0;
        bool on_target_known = false;
        double engagement_per_view = 0, kept_per_engagement = 0, likes_per_engagement = 0;
        double emv_per_impression = 0, emv_per_engagement = 0;
    };

private:
    // What one creator adds to one draw's sums when it posts, before the campaign-wide click,
    // conversion and engagement factors (which multiply the sums): the one place a creator-draw is
    // made, for the plan's totals and for each creator's ranges alike. draw_creator returns whether
    // the creator posts and only then fills `out`. Kept as lean as the loop it came from (within
    // 1% of its instructions, measured): no member has a default, since clearing them for every
    // creator-draw cost a few percent, and effective reach, r x hill_at(impressions / r) when
    // r > 0, is left to the callers, so the run tests r once.
    struct CreatorDraw {
        double reach, impressions, views, watch, base_engagements, clicks;
    };
    bool draw_creator(const DrawCreator& creator, std::uint64_t draw_key, bool mirrored, const double& shock,
                      CreatorDraw& out) const;

    // Draws [first, first + count) together, creator by creator: a creator's constants stay in
    // registers across the draws, and each draw still adds creators in roster order, so the
    // figures do not depend on how draws are grouped.
    void run_batch(int first, int count, std::array<std::vector<double>, kHeadlineCount>& out);
    void run_batches(int first, int count, std::array<std::vector<double>, kHeadlineCount>& out);
    // Whether the precision goal is met, at a block boundary from its floor on.
    void check_precision();
    void add_creator(const CreatorBasis& basis);
    double never_reached(const DrawCreator& creator, double scale) const;

    std::vector<DrawCreator> creators_;
    std::vector<double> never_factors_;
    struct SlowLine {
        double rate = 0;
        int posts = 0;
    };
    std::vector<SlowLine> slow_lines_;
    // Hill response by frequency on a fine grid (pow per creator-draw dominated the run time).
    std::vector<double> hill_table_;
    double hill_half_ = 1, hill_slope_ = 1;
    double hill_at(double frequency) const;
    double conversion_rate_ = 0, order_value_ = 0, gross_margin_ = 0;
    // The median plan's deduplication (overlap.h): each draw's added-up reach is netted along
    // its curve, inside the people there are, since drawing the deduplication itself would cost
    // n^2 per draw. On-target reach is held inside the target universe (0: none).
    NetOfGross net_of_gross_;
    double target_universe_ = 0.0;
    double campaign_sigma_ = 0.0, engagement_sigma_ = 0.0, click_sigma_ = 0.0, conversion_sigma_ = 0.0;
    std::uint64_t seed_ = 0;
    Sampling sampling_ = Sampling::Independent;
    std::optional<PrecisionGoal> goal_;
    int requested_ = 0, completed_ = 0;
    bool cancelled_ = false, precise_ = false;
    std::array<std::vector<double>, kHeadlineCount> samples_;
    std::vector<double> scratch_;  // per-draw sums of one batch
};

// The whole run at once.
SimulationResult simulate(const Plan& plan, const Assumptions& assumptions, int draws, std::uint64_t seed,
                          Sampling sampling = Sampling::Independent);

// SimulationResult::precision of these samples (every figure in draw order).
std::optional<double> precision_of(const std::array<std::vector<double>, kHeadlineCount>& samples);

// Value at quantile q (0..1) of `values`, linear between order statistics. Reorders `values`.
double quantile(std::vector<double>& values, double q);

}  // namespace roster
