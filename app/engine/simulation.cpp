#include "simulation.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "accumulation.h"
#include "exponential.h"
#include "outcome.h"
#include "overlap.h"
#include "random.h"
#include "response.h"
#include "stratification.h"

namespace roster {
namespace {

constexpr std::array<std::string_view, kHeadlineCount> kKeys = {
    "reach", "on_target_reach", "effective_reach", "impressions", "views", "watch_seconds", "engagements",
    "likes", "clicks", "conversions", "revenue", "gross_profit", "cost", "emv", "roi", "roas", "cpm"};
constexpr std::array<std::string_view, kHeadlineCount> kLabels = {
    "Reach (net)", "On-target reach", "Effective reach", "Impressions", "Views", "Watch time (s)",
    "Engagements", "Likes", "Clicks", "Conversions", "Revenue", "Gross profit", "Cost", "EMV", "ROI", "ROAS",
    "CPM"};

constexpr int kBatch = 256;  // draws run together (see run_batch)
constexpr int kSums = 13;    // per-draw sums a batch keeps
constexpr double kHillPerUnit = 256.0;  // grid points per unit of frequency
constexpr int kHillSteps = 16 * 256;     // up to a frequency of 16; beyond, the formula

}  // namespace

// The creator-draw stays inline in run_batch's loop, as it was written before it was shared with
// creator_samples (a call per creator-draw would slow the run down).
#if defined(__GNUC__) || defined(__clang__)
#define ROSTER_DRAW_INLINE __attribute__((always_inline)) inline
#else
#define ROSTER_DRAW_INLINE inline
#endif

std::string_view headline_key(Headline h) { return kKeys.at(static_cast<std::size_t>(h)); }
std::string_view headline_label(Headline h) { return kLabels.at(static_cast<std::size_t>(h)); }

void Simulation::add_creator(const CreatorBasis& b) {
    DrawCreator d;
    d.stream_key = RandomStream::stream_key(1ull + b.id);
    d.followers = b.followers;
    d.concentration = b.concentration;
    d.creator_sigma = b.creator_sigma;
    d.posting_probability = b.posting_probability;
    d.product_value = b.product_value;
    d.fixed_cost = b.fees + b.usage_rights + b.amplification_spend;  // paid only when the creator posts
    d.commission_rate = b.commission_rate;
    d.amplified_impressions = b.amplified_impressions;
    d.amplified_reach = b.amplified_reach;
    d.amplified_clicks = b.amplified_impressions * b.amplified_click_through;
    d.amplified_watch = b.amplified_impressions * b.amplified_watch_seconds;
    d.universe = b.universe;
    d.on_target_known = b.on_target.has_value();
    d.on_target = b.on_target.value_or(0.0);
    d.engagement_per_view = b.engagement_per_view;
    d.likes_per_engagement = b.likes_per_engagement;
    d.kept_per_engagement =
        b.likes_per_engagement + b.comments_per_engagement + b.shares_per_engagement + b.saves_per_engagement;
    d.emv_per_impression = b.emv_cpm / 1000.0;
    d.emv_per_engagement = b.likes_per_engagement * b.emv_per_like + b.comments_per_engagement * b.emv_per_comment +
                           b.shares_per_engagement * b.emv_per_share + b.saves_per_engagement * b.emv_per_save;

    // All of the creator's posts as one lognormal (SummedViews), one random number per
    // creator-draw, centred on the median the projection counts.
    const SummedViews sum = summed_views(b);
    d.never_begin = static_cast<std::uint32_t>(never_factors_.size());
    d.slow_begin = static_cast<std::uint32_t>(slow_lines_.size());
    const double s = std::max(b.concentration, 1e-9);
    for (const LineBasis& l : b.lines) {
        if (l.posts <= 0) continue;
        d.highest_rate = std::max(d.highest_rate, l.follower_rate);
        // Beta-binomial with alpha + beta = s: P(never) = prod_t (1 - rate * s / (s + t)).
        if (l.posts <= 24) {
            for (int t = 0; t < l.posts; ++t) never_factors_.push_back(l.follower_rate * s / (s + t));
        } else {
            slow_lines_.push_back({l.follower_rate, l.posts});
        }
    }
    d.never_end = static_cast<std::uint32_t>(never_factors_.size());
    d.slow_end = static_cast<std::uint32_t>(slow_lines_.size());
    d.has_views = sum.mean > 0.0;
    if (d.has_views) {
        d.views_offset = std::log(sum.median());
        d.views_sigma = sum.log_spread();
        d.recommended_share = sum.recommended_share;
        d.impressions_per_view = sum.impressions_per_view;
        d.clicks_per_view = sum.clicks_per_view;
        d.watch_per_view = sum.watch_per_view;
    }
    creators_.push_back(d);
}

Simulation::Simulation(const Plan& plan, const Assumptions& a, int draws, std::uint64_t seed,
                       std::optional<NetOfGross> net_of_gross, Sampling sampling)
    : seed_(seed), sampling_(sampling), requested_(std::clamp(draws, 0, kMaxDraws)) {
    using namespace assumption;
    creators_.reserve(plan.creators.size());
    std::vector<CreatorBasis> bases;
    bases.reserve(plan.creators.size());
    for (const Creator& c : plan.creators) {
        bases.push_back(creator_basis(c, plan, a));
        const CreatorBasis& b = bases.back();
        conversion_rate_ = b.conversion_rate;
        order_value_ = b.order_value;
        gross_margin_ = b.gross_margin;
        add_creator(b);
    }
    if (net_of_gross) {
        net_of_gross_ = *net_of_gross;
    } else {
        const NetReach net = plan_reach(plan, a, bases, false);
        net_of_gross_ = {net.gross_reach, net.net_reach, net.universe};
    }
    target_universe_ = static_cast<double>(std::max<std::int64_t>(plan.campaign.target_universe, 0));
    hill_half_ = a[kHillHalfSaturation];
    hill_slope_ = a[kHillSlope];
    hill_table_.resize(kHillSteps + 1);
    for (int i = 0; i <= kHillSteps; ++i) hill_table_[static_cast<std::size_t>(i)] = hill(i / kHillPerUnit, hill_half_, hill_slope_);
    campaign_sigma_ = a[kCampaignSigma];
    engagement_sigma_ = a[kEngagementSigma];
    click_sigma_ = a[kClickSigma];
    conversion_sigma_ = a[kConversionSigma];
    for (auto& s : samples_) s.reserve(static_cast<std::size_t>(requested_));
    scratch_.resize(static_cast<std::size_t>(kSums * kBatch));
}

double Simulation::hill_at(double frequency) const {
    const double x = frequency * kHillPerUnit;
    if (!(x < kHillSteps)) return hill(frequency, hill_half_, hill_slope_);
    const auto i = static_cast<std::size_t>(x);
    const double t = x - static_cast<double>(i);
    return hill_table_[i] + t * (hill_table_[i + 1] - hill_table_[i]);  // error below 1e-5
}

double Simulation::never_reached(const DrawCreator& c, double scale) const {
    if (c.highest_rate * scale >= 1.0) return 0.0;  // a post reached every follower
    // Four independent products: one long chain of dependent multiplications was the slowest
    // part of a draw.
    double p0 = 1.0, p1 = 1.0, p2 = 1.0, p3 = 1.0;
    const double* f = never_factors_.data();
    std::uint32_t k = c.never_begin;
    for (; k + 4 <= c.never_end; k += 4) {
        p0 *= 1.0 - scale * f[k];
        p1 *= 1.0 - scale * f[k + 1];
        p2 *= 1.0 - scale * f[k + 2];
        p3 *= 1.0 - scale * f[k + 3];
    }
    for (; k < c.never_end; ++k) p0 *= 1.0 - scale * f[k];
    double never = (p0 * p1) * (p2 * p3);
    for (std::uint32_t j = c.slow_begin; j < c.slow_end; ++j) {
        const SlowLine& l = slow_lines_[j];
        never *= 1.0 - accumulated_reach_share(l.rate * scale, c.concentration, l.posts);
    }
    return never;
}

void Simulation::stop_at_precision(const PrecisionGoal& goal) {
    if (completed_ == 0) goal_ = goal;
}

// How many of `wanted` more draws the run takes: up to the cap, and for an adaptive run up to
// the next block boundary from its floor on, where its precision is looked at.
static int draws_to_take(int wanted, int completed, int requested, const std::optional<PrecisionGoal>& goal) {
    int take = std::min(wanted, requested - completed);
    const int boundary = (completed / kBlockDraws + 1) * kBlockDraws;
    if (goal && boundary >= goal->floor) take = std::min(take, boundary - completed);
    return std::max(take, 0);
}

int Simulation::step(int max_draws) {
    if (finished() || max_draws <= 0) return 0;
    const int wanted = draws_to_take(max_draws, completed_, requested_, goal_);
    run_batches(completed_, wanted, samples_);
    completed_ += wanted;
    check_precision();
    return wanted;
}

// Whole batches, then the rest. The two call sites are deliberate: binaryen inlines a function
// with a single caller, and V8 optimises a WebAssembly function only for its next call, so a
// draw loop inlined into a long-running caller would run unoptimised throughout.
void Simulation::run_batches(int first, int count, std::array<std::vector<double>, kHeadlineCount>& out) {
    int ran = 0;
    for (; count - ran >= kBatch; ran += kBatch) run_batch(first + ran, kBatch, out);
    if (ran < count) run_batch(first + ran, count - ran, out);
}

Simulation::DrawBlock Simulation::draw_block(int first, int count) {
    DrawBlock block;
    block.first = std::clamp(first, 0, kMaxDraws);
    block.count = std::clamp(count, 0, kMaxDraws - block.first);
    for (auto& figure : block.samples) figure.reserve(static_cast<std::size_t>(block.count));
    run_batches(block.first, block.count, block.samples);
    return block;
}

int Simulation::add_block(const DrawBlock& block) {
    if (finished() || block.first != completed_) return 0;
    for (const auto& figure : block.samples)
        if (figure.size() != static_cast<std::size_t>(block.count)) return 0;
    const int take = draws_to_take(block.count, completed_, requested_, goal_);
    for (std::size_t h = 0; h < samples_.size(); ++h)
        samples_[h].insert(samples_[h].end(), block.samples[h].begin(), block.samples[h].begin() + take);
    completed_ += take;
    check_precision();
    return take;
}

void Simulation::check_precision() {
    if (!goal_ || completed_ % kBlockDraws != 0 || completed_ < goal_->floor) return;
    const std::optional<double> reached = precision();
    precise_ = reached && *reached <= goal_->target;
}

Simulation::CampaignDraw Simulation::campaign_draw(int draw) const {
    // Stream 0 is the campaign; each creator has its own stream keyed by its id, so a creator's
    // luck does not change when others are added, removed or reordered.
    CampaignDraw d;
    // An antithetic pair shares the even draw's key; the odd draw runs its streams mirrored.
    const bool antithetic = sampling_ == Sampling::Antithetic;
    d.mirrored = antithetic && (draw & 1) != 0;
    d.key = RandomStream::draw_key(seed_, static_cast<std::uint64_t>(antithetic ? draw & ~1 : draw));
    RandomStream campaign(d.key ^ RandomStream::stream_key(0), d.mirrored);
    double z[4];
    if (sampling_ == Sampling::Stratified) {
        // Input j of this draw lies in slice shuffled_position(position) of kBlockDraws equally
        // likely slices, at a uniform point inside it: Latin hypercube within the block.
        const int block = draw / kBlockDraws;
        const auto position = static_cast<std::uint32_t>(draw % kBlockDraws);
        const std::uint64_t block_key = RandomStream::draw_key(~seed_, static_cast<std::uint64_t>(block));
        for (std::uint64_t j = 0; j < 4; ++j) {
            const auto shuffle = static_cast<std::uint32_t>(block_key ^ RandomStream::stream_key(j + 1));
            const std::uint32_t slice = shuffled_position(position, kBlockDraws, shuffle);
            z[j] = normal_quantile((slice + campaign.uniform()) / kBlockDraws);
        }
    } else {
        for (double& x : z) x = campaign.normal();
    }
    d.shock = campaign_sigma_ * z[0];
    d.click = exponential(click_sigma_ * z[1]);
    d.conversion = exponential(conversion_sigma_ * z[2]);
    // Engagement rates come from benchmarks whose error is shared by every creator of a tier
    // and platform, so their spread is drawn once per campaign like click-through and conversion.
    d.engagement = exponential(engagement_sigma_ * z[3]);
    return d;
}

ROSTER_DRAW_INLINE bool Simulation::draw_creator(const DrawCreator& c, std::uint64_t draw_key, bool mirrored,
                                                 const double& shock, CreatorDraw& d) const {
    RandomStream rng(draw_key ^ c.stream_key, mirrored);
    const double z_views = rng.normal();
    if (c.posting_probability < 1.0 && !(rng.uniform() < c.posting_probability)) return false;
    const double luck = c.creator_sigma * z_views + shock;  // log of the creator's scale
    const double z_posts = rng.normal();
    const double organic_views = c.has_views ? exponential(c.views_offset + c.views_sigma * z_posts + luck) : 0.0;
    const double never = c.highest_rate > 0.0 ? never_reached(c, exponential(luck)) : 1.0;
    const double recommended = organic_views * c.recommended_share;
    const double organic_impressions = organic_views * c.impressions_per_view;
    const double click_views = organic_views * c.clicks_per_view;
    const double organic_watch = organic_views * c.watch_per_view;
    const double organic_reach = c.followers * (1.0 - never) + recommended;
    double r = organic_reach + c.amplified_reach;
    if (c.universe > 0.0 && c.amplified_reach > 0.0)
        r = std::max(r - std::min(organic_reach, c.universe) * c.amplified_reach / c.universe,
                     std::max(organic_reach, c.amplified_reach));
    d.reach = r;
    d.views = organic_views + c.amplified_impressions;
    d.impressions = organic_impressions + c.amplified_impressions;
    d.watch = organic_watch + c.amplified_watch;
    d.base_engagements = c.engagement_per_view * d.views;
    d.clicks = click_views + c.amplified_clicks;
    return true;
}

void Simulation::run_batch(int first, int count, std::array<std::vector<double>, kHeadlineCount>& out) {
    std::uint64_t keys[kBatch];
    bool mirrored[kBatch];
    double shock[kBatch], click[kBatch], conversion[kBatch], engagement[kBatch];
    for (int i = 0; i < count; ++i) {
        const CampaignDraw d = campaign_draw(first + i);
        keys[i] = d.key;
        mirrored[i] = d.mirrored;
        shock[i] = d.shock;
        click[i] = d.click;
        conversion[i] = d.conversion;
        engagement[i] = d.engagement;
    }
    std::fill(scratch_.begin(), scratch_.end(), 0.0);
    double* sums[kSums];
    for (int k = 0; k < kSums; ++k) sums[k] = scratch_.data() + static_cast<std::ptrdiff_t>(k) * kBatch;
    double *reach = sums[0], *on_target = sums[1], *effective = sums[2], *impressions = sums[3], *views = sums[4],
           *watch = sums[5], *engaged = sums[6], *liked = sums[7], *raw_clicks = sums[8],
           *commissioned_clicks = sums[9], *emv_impressions = sums[10], *emv_engaged = sums[11], *cost = sums[12];

    for (const DrawCreator& c : creators_) {
        for (int i = 0; i < count; ++i) {
            CreatorDraw d;
            const bool posted = draw_creator(c, keys[i], mirrored[i], shock[i], d);
            cost[i] += c.product_value;  // sent whether or not the creator posts
            if (!posted) continue;
            cost[i] += c.fixed_cost;
            reach[i] += d.reach;
            if (c.on_target_known) on_target[i] += d.reach * c.on_target;
            if (d.reach > 0.0) effective[i] += d.reach * hill_at(d.impressions / d.reach);
            impressions[i] += d.impressions;
            views[i] += d.views;
            watch[i] += d.watch;
            // Before the campaign-wide engagement factor, which multiplies the sums below.
            engaged[i] += d.base_engagements * c.kept_per_engagement;
            liked[i] += d.base_engagements * c.likes_per_engagement;
            raw_clicks[i] += d.clicks;
            commissioned_clicks[i] += d.clicks * c.commission_rate;
            emv_impressions[i] += d.impressions * c.emv_per_impression;
            emv_engaged[i] += d.base_engagements * c.emv_per_engagement;
        }
    }

    for (int i = 0; i < count; ++i) {
        // Click-through and conversion vary for the whole campaign, so they apply to the sums.
        const double clicks = raw_clicks[i] * click[i];
        const double revenue_per_click = conversion_rate_ * conversion[i] * order_value_;
        const double revenue = clicks * revenue_per_click;
        const double total_cost = cost[i] + commissioned_clicks[i] * click[i] * revenue_per_click;
        const double profit = revenue * gross_margin_;
        // Net reach within the people there are; the figures that count people inside it are
        // netted in the same proportion.
        const double net_reach = net_of_gross_(reach[i]);
        const double netted = reach[i] > 0.0 ? net_reach / reach[i] : 0.0;
        const double values[kHeadlineCount] = {
            net_reach,
            within_ceiling(on_target[i] * netted, target_universe_),
            effective[i] * netted,
            impressions[i],
            views[i],
            watch[i],
            engaged[i] * engagement[i],
            liked[i] * engagement[i],
            clicks,
            clicks * conversion_rate_ * conversion[i],
            revenue,
            profit,
            total_cost,
            emv_impressions[i] + emv_engaged[i] * engagement[i],
            total_cost > 0.0 ? (profit - total_cost) / total_cost : 0.0,
            total_cost > 0.0 ? revenue / total_cost : 0.0,
            impressions[i] > 0.0 ? 1000.0 * total_cost / impressions[i] : 0.0};
        for (int h = 0; h < kHeadlineCount; ++h) out[static_cast<std::size_t>(h)].push_back(values[h]);
    }
}

void Simulation::creator_samples(std::size_t index, const std::vector<CampaignDraw>& campaign,
                                 std::array<std::vector<double>, kHeadlineCount>& out) const {
    for (auto& figure : out) figure.resize(campaign.size());
    if (index >= creators_.size()) {
        for (auto& figure : out) std::fill(figure.begin(), figure.end(), 0.0);
        return;
    }
    const DrawCreator& c = creators_[index];
    constexpr double kNoFigure = std::numeric_limits<double>::quiet_NaN();
    const auto column = [&](Headline h) { return out[static_cast<std::size_t>(h)].data(); };
    double *reach = column(Headline::Reach), *on_target = column(Headline::OnTargetReach),
           *effective = column(Headline::EffectiveReach), *impressions = column(Headline::Impressions),
           *views = column(Headline::Views), *watch = column(Headline::WatchSeconds),
           *engagements = column(Headline::Engagements), *likes = column(Headline::Likes),
           *clicks = column(Headline::Clicks), *conversions = column(Headline::Conversions),
           *revenue = column(Headline::Revenue), *profit = column(Headline::GrossProfit), *cost = column(Headline::Cost),
           *emv = column(Headline::Emv), *roi = column(Headline::Roi), *roas = column(Headline::Roas),
           *cpm = column(Headline::Cpm);
    for (std::size_t i = 0; i < campaign.size(); ++i) {
        const CampaignDraw& k = campaign[i];
        CreatorDraw d{};  // zeros when the creator does not post: nothing but the product sent
        const bool posted = draw_creator(c, k.key, k.mirrored, k.shock, d);
        // The terms run_batch adds into the sums of draw i, and its campaign-wide factors on them.
        const double revenue_per_click = conversion_rate_ * k.conversion * order_value_;
        const double creator_clicks = d.clicks * k.click;
        const double creator_revenue = creator_clicks * revenue_per_click;
        const double creator_cost = c.product_value + (posted ? c.fixed_cost : 0.0) +
                                    d.clicks * c.commission_rate * k.click * revenue_per_click;
        const double creator_profit = creator_revenue * gross_margin_;
        reach[i] = d.reach;
        on_target[i] = c.on_target_known ? d.reach * c.on_target : 0.0;
        effective[i] = d.reach > 0.0 ? d.reach * hill_at(d.impressions / d.reach) : 0.0;
        impressions[i] = d.impressions;
        views[i] = d.views;
        watch[i] = d.watch;
        engagements[i] = d.base_engagements * c.kept_per_engagement * k.engagement;
        likes[i] = d.base_engagements * c.likes_per_engagement * k.engagement;
        clicks[i] = creator_clicks;
        conversions[i] = creator_clicks * conversion_rate_ * k.conversion;
        revenue[i] = creator_revenue;
        profit[i] = creator_profit;
        cost[i] = creator_cost;
        emv[i] = d.impressions * c.emv_per_impression + d.base_engagements * c.emv_per_engagement * k.engagement;
        // A ratio with nothing to divide by is no figure of this draw (an earned creator who sent
        // nothing and did not post has no ROI, one who did not post has no CPM): NaN, not 0.
        roi[i] = creator_cost > 0.0 ? (creator_profit - creator_cost) / creator_cost : kNoFigure;
        roas[i] = creator_cost > 0.0 ? creator_revenue / creator_cost : kNoFigure;
        cpm[i] = d.impressions > 0.0 ? 1000.0 * creator_cost / d.impressions : kNoFigure;
    }
}

double quantile(std::vector<double>& v, double q) {
    if (v.empty()) return 0.0;
    const double pos = std::clamp(q, 0.0, 1.0) * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(pos);
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(lo), v.end());
    const double a = v[lo];
    if (lo + 1 >= v.size()) return a;
    const double b = *std::min_element(v.begin() + static_cast<std::ptrdiff_t>(lo) + 1, v.end());
    return a + (b - a) * (pos - static_cast<double>(lo));
}

SimulationResult Simulation::result() const {
    SimulationResult r;
    r.draws = completed_;
    r.seed = seed_;
    if (completed_ == 0) return r;
    std::vector<double> scratch;
    for (int i = 0; i < kHeadlineCount; ++i) {
        scratch = samples_[static_cast<std::size_t>(i)];
        Band& band = r.bands[static_cast<std::size_t>(i)];
        double sum = 0.0;
        for (double v : scratch) sum += v;
        band.mean = sum / static_cast<double>(scratch.size());
        band.p10 = quantile(scratch, 0.10);
        band.p50 = quantile(scratch, 0.50);
        band.p90 = quantile(scratch, 0.90);
        band.p95 = quantile(scratch, 0.95);
        band.p99 = quantile(scratch, 0.99);
    }
    const auto& roi = samples_[static_cast<std::size_t>(Headline::Roi)];
    const auto& roas = samples_[static_cast<std::size_t>(Headline::Roas)];
    const auto& cost = samples_[static_cast<std::size_t>(Headline::Cost)];
    int positive = 0, above_one = 0;
    for (std::size_t i = 0; i < roi.size(); ++i) {
        // A draw with no cost has no ROI; it counts as neither positive nor above one.
        positive += cost[i] > 0.0 && roi[i] > 0.0;
        above_one += cost[i] > 0.0 && roas[i] > 1.0;
    }
    r.probability_roi_positive = static_cast<double>(positive) / completed_;
    r.probability_roas_above_one = static_cast<double>(above_one) / completed_;
    r.precision = precision();
    return r;
}

std::optional<double> Simulation::precision() const { return precision_of(samples_); }

std::optional<double> precision_of(const std::array<std::vector<double>, kHeadlineCount>& samples) {
    // Batch means: the whole blocks are independent runs of kBlockDraws draws each (each its own
    // complete stratified sample), so a quantile's spread between blocks, divided by the square
    // root of their number, is the standard error of the quantile over all of them.
    const std::size_t blocks = samples[0].size() / kBlockDraws;
    if (blocks < static_cast<std::size_t>(kPrecisionBlocks)) return std::nullopt;
    double worst = 0.0;
    std::vector<double> scratch;
    for (const Headline figure : {Headline::Reach, Headline::Roi}) {
        const std::vector<double>& all = samples[static_cast<std::size_t>(figure)];
        scratch.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(blocks * kBlockDraws));
        const double p10 = quantile(scratch, 0.10), p90 = quantile(scratch, 0.90);
        const double half_width = 0.5 * std::fabs(p90 - p10);
        for (const double q : {0.10, 0.50, 0.90}) {
            const double value = quantile(scratch, q);
            double sum = 0.0, squares = 0.0;
            std::vector<double> block(kBlockDraws);
            for (std::size_t b = 0; b < blocks; ++b) {
                const auto from = all.begin() + static_cast<std::ptrdiff_t>(b * kBlockDraws);
                block.assign(from, from + kBlockDraws);
                const double x = quantile(block, q);
                sum += x;
                squares += x * x;
            }
            const double n = static_cast<double>(blocks);
            const double variance = std::max(0.0, (squares - sum * sum / n) / (n - 1.0));
            const double scale = std::max(std::fabs(value), half_width);
            if (scale > 0.0) worst = std::max(worst, std::sqrt(variance / n) / scale);
        }
    }
    return worst;
}

SimulationResult simulate(const Plan& plan, const Assumptions& a, int draws, std::uint64_t seed, Sampling sampling) {
    Simulation s(plan, a, draws, seed, std::nullopt, sampling);
    s.step(draws);
    return s.result();
}

}  // namespace roster
