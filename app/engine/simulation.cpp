#include "simulation.h"

#include <algorithm>
#include <cmath>

#include "accumulation.h"
#include "outcome.h"
#include "random.h"
#include "response.h"

namespace roster {
namespace {

constexpr std::array<std::string_view, kHeadlineCount> kKeys = {
    "reach", "on_target_reach", "effective_reach", "impressions", "views", "watch_seconds", "engagements",
    "likes", "clicks", "conversions", "revenue", "gross_profit", "cost", "emv", "roi", "roas", "cpm"};
constexpr std::array<std::string_view, kHeadlineCount> kLabels = {
    "Reach (gross)", "On-target reach", "Effective reach", "Impressions", "Views", "Watch time (s)",
    "Engagements", "Likes", "Clicks", "Conversions", "Revenue", "Gross profit", "Cost", "EMV", "ROI", "ROAS",
    "CPM"};

// Sum of n lognormal posts with median 1 and log-spread sigma, as one lognormal with the same
// mean and variance (Fenton-Wilkinson): one random number per deliverable line, not per post.
// Returns the offset and spread of log(total / median per post).
void sum_of_posts(int n, double sigma, double& offset, double& spread) {
    if (n <= 0 || sigma <= 0.0) {
        offset = n > 0 ? std::log(static_cast<double>(n)) : 0.0;
        spread = 0.0;
        return;
    }
    const double s2 = sigma * sigma;
    const double sum_s2 = std::log1p(std::expm1(s2) / n);
    offset = std::log(static_cast<double>(n)) + 0.5 * s2 - 0.5 * sum_s2;
    spread = std::sqrt(sum_s2);
}

Simulation::DrawCreator draw_creator(const CreatorBasis& b) {
    Simulation::DrawCreator d;
    d.id = b.id;
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
    for (const LineBasis& l : b.lines) {
        if (l.posts <= 0) continue;
        Simulation::DrawLine line;
        line.posts = l.posts;
        line.follower_views = l.follower_views;
        line.recommended_views = l.recommended_views;
        const double views = l.follower_views + l.recommended_views;
        line.views_impressions = views * l.impressions_per_view;
        line.views_clicks = views * l.click_through;
        line.views_watch = views * l.watch_seconds;
        line.follower_rate = l.follower_rate;
        sum_of_posts(l.posts, l.post_sigma, line.sum_offset, line.sum_sigma);
        // Beta-binomial with alpha + beta = s: P(never) = prod_t (1 - rate * s / (s + t)).
        if (l.posts <= 24) {
            const double s = std::max(b.concentration, 1e-9);
            for (int t = 0; t < l.posts; ++t) line.never_factor.push_back(s / (s + t));
        }
        d.lines.push_back(std::move(line));
    }
    return d;
}

double never_reached(const Simulation::DrawLine& l, double rate, double concentration) {
    if (rate >= 1.0) return 0.0;
    if (rate <= 0.0) return 1.0;
    if (l.never_factor.empty()) return 1.0 - accumulated_reach_share(rate, concentration, l.posts);
    double never = 1.0;
    for (double f : l.never_factor) never *= 1.0 - rate * f;
    return never;
}

constexpr double kHillPerUnit = 256.0;  // grid points per unit of frequency
constexpr int kHillSteps = 16 * 256;     // up to a frequency of 16; beyond, the formula

}  // namespace

std::string_view headline_key(Headline h) { return kKeys.at(static_cast<std::size_t>(h)); }
std::string_view headline_label(Headline h) { return kLabels.at(static_cast<std::size_t>(h)); }

Simulation::Simulation(const Plan& plan, const Assumptions& a, int draws, std::uint64_t seed)
    : seed_(seed), requested_(std::clamp(draws, 0, kMaxDraws)) {
    using namespace assumption;
    creators_.reserve(plan.creators.size());
    for (const Creator& c : plan.creators) {
        const CreatorBasis b = creator_basis(c, plan, a);
        conversion_rate_ = b.conversion_rate;
        order_value_ = b.order_value;
        gross_margin_ = b.gross_margin;
        creators_.push_back(draw_creator(b));
    }
    hill_half_ = a[kHillHalfSaturation];
    hill_slope_ = a[kHillSlope];
    hill_table_.resize(kHillSteps + 1);
    for (int i = 0; i <= kHillSteps; ++i) hill_table_[static_cast<std::size_t>(i)] = hill(i / kHillPerUnit, hill_half_, hill_slope_);
    campaign_sigma_ = a[kCampaignSigma];
    engagement_sigma_ = a[kEngagementSigma];
    click_sigma_ = a[kClickSigma];
    conversion_sigma_ = a[kConversionSigma];
    for (auto& s : samples_) s.reserve(static_cast<std::size_t>(requested_));
}

double Simulation::hill_at(double frequency) const {
    const double x = frequency * kHillPerUnit;
    if (!(x < kHillSteps)) return hill(frequency, hill_half_, hill_slope_);
    const auto i = static_cast<std::size_t>(x);
    const double t = x - static_cast<double>(i);
    return hill_table_[i] + t * (hill_table_[i + 1] - hill_table_[i]);  // error below 1e-5
}

int Simulation::step(int max_draws) {
    int ran = 0;
    while (ran < max_draws && !finished()) {
        run_draw(completed_);
        ++completed_;
        ++ran;
    }
    return ran;
}

void Simulation::run_draw(int draw) {
    // Stream 0 is the campaign; each creator has its own stream keyed by its id, so a creator's
    // luck does not change when others are added, removed or reordered.
    RandomStream campaign = RandomStream::for_draw(seed_, static_cast<std::uint64_t>(draw), 0);
    const double shock = campaign_sigma_ * campaign.normal();
    const double click = std::exp(click_sigma_ * campaign.normal());
    const double conversion = std::exp(conversion_sigma_ * campaign.normal());
    // Engagement rates come from benchmarks whose error is shared by every creator of a tier and
    // platform, so their spread is drawn once per campaign like click-through and conversion.
    const double engagement = std::exp(engagement_sigma_ * campaign.normal());

    double reach = 0, on_target = 0, effective = 0, impressions = 0, views = 0, watch = 0, engagements = 0,
           likes = 0, raw_clicks = 0, commissioned_clicks = 0, emv = 0, cost = 0;
    for (const DrawCreator& c : creators_) {
        RandomStream rng = RandomStream::for_draw(seed_, static_cast<std::uint64_t>(draw), 1ull + c.id);
        const double z_views = rng.normal();
        cost += c.product_value;  // sent whether or not the creator posts
        if (c.posting_probability < 1.0 && !(rng.uniform() < c.posting_probability)) continue;
        cost += c.fixed_cost;
        const double scale = std::exp(c.creator_sigma * z_views + shock);
        double never = 1.0, organic_views = 0, organic_impressions = 0, click_views = 0, organic_watch = 0,
               recommended = 0;
        for (const DrawLine& l : c.lines) {
            const double posts = std::exp(l.sum_offset + l.sum_sigma * rng.normal()) * scale;
            never *= never_reached(l, l.follower_rate * scale, c.concentration);
            recommended += l.recommended_views * posts;
            organic_views += (l.follower_views + l.recommended_views) * posts;
            organic_impressions += l.views_impressions * posts;
            click_views += l.views_clicks * posts;
            organic_watch += l.views_watch * posts;
        }
        const double organic_reach = c.followers * (1.0 - never) + recommended;
        double r = organic_reach + c.amplified_reach;
        if (c.universe > 0.0 && c.amplified_reach > 0.0)
            r = std::max(r - std::min(organic_reach, c.universe) * c.amplified_reach / c.universe,
                         std::max(organic_reach, c.amplified_reach));
        const double v = organic_views + c.amplified_impressions;
        const double imp = organic_impressions + c.amplified_impressions;
        reach += r;
        if (c.on_target_known) on_target += r * c.on_target;
        if (r > 0.0) effective += r * hill_at(imp / r);
        impressions += imp;
        views += v;
        watch += organic_watch + c.amplified_watch;
        const double raw_engagements = c.engagement_per_view * v * engagement;
        engagements += raw_engagements * c.kept_per_engagement;
        likes += raw_engagements * c.likes_per_engagement;
        const double creator_clicks = click_views + c.amplified_clicks;
        raw_clicks += creator_clicks;
        commissioned_clicks += creator_clicks * c.commission_rate;
        emv += imp * c.emv_per_impression + raw_engagements * c.emv_per_engagement;
    }
    // Click-through and conversion vary for the whole campaign, so they apply to the sums.
    const double clicks = raw_clicks * click;
    const double revenue_per_click = conversion_rate_ * conversion * order_value_;
    const double revenue = clicks * revenue_per_click;
    cost += commissioned_clicks * click * revenue_per_click;
    const double profit = revenue * gross_margin_;
    const double values[kHeadlineCount] = {reach,
                                           on_target,
                                           effective,
                                           impressions,
                                           views,
                                           watch,
                                           engagements,
                                           likes,
                                           clicks,
                                           clicks * conversion_rate_ * conversion,
                                           revenue,
                                           profit,
                                           cost,
                                           emv,
                                           cost > 0.0 ? (profit - cost) / cost : 0.0,
                                           cost > 0.0 ? revenue / cost : 0.0,
                                           impressions > 0.0 ? 1000.0 * cost / impressions : 0.0};
    for (int i = 0; i < kHeadlineCount; ++i) samples_[static_cast<std::size_t>(i)].push_back(values[i]);
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
    return r;
}

SimulationResult simulate(const Plan& plan, const Assumptions& a, int draws, std::uint64_t seed) {
    Simulation s(plan, a, draws, seed);
    s.step(draws);
    return s.result();
}

}  // namespace roster
