#include "creator_model.h"

#include <algorithm>
#include <cmath>

#include "accumulation.h"
#include "response.h"
#include "targeting.h"
#include "vocabulary.h"

namespace roster {
namespace {

using namespace assumption;

double finite_or(double v, double fallback) { return std::isfinite(v) ? v : fallback; }

double clamp_share(Ppm ppm) { return std::clamp(fraction_from_ppm(ppm), 0.0, 1.0); }

// Views per follower of one post in the platform's reference format, before the environment.
double reference_rate(const Creator& c, Tier tier, const Assumptions& a, bool& measured) {
    const double followers = static_cast<double>(std::max<std::int64_t>(c.followers, 1));
    measured = true;
    if (c.measured_views_per_post > 0) return static_cast<double>(c.measured_views_per_post) / followers;
    if (c.measured_reach_rate_ppm > 0) return fraction_from_ppm(c.measured_reach_rate_ppm);
    measured = false;
    double rate = a[pt(kReachRate, c.platform, tier)];
    // Benchmarks already include the typical share of inactive and fake followers; an audit
    // moves the creator relative to that typical share, never on top of it (docs/MODEL.md §2).
    if (c.audience_quality_ppm > 0) {
        const double typical = a[of(kTypicalQuality, tier)];
        if (typical > 0.0) rate *= clamp_share(c.audience_quality_ppm) / typical;
    }
    return rate;
}

// Engagements per view. Benchmarks and creators state per-follower or per-view rates; both
// become per view here, using the views a reference post gets, so formats, recommendations
// and amplification all scale engagements through views.
double engagement_per_view(const Creator& c, Tier tier, double reference_views_per_follower,
                           const Assumptions& a) {
    double rate = 0.0;
    EngagementBasis basis = benchmark_engagement_basis(c.platform);
    double per_follower_divisor = a[pt(kReachRate, c.platform, tier)];  // benchmark views per follower
    if (c.engagement_rate_ppm > 0) {
        rate = fraction_from_ppm(c.engagement_rate_ppm);
        basis = c.engagement_basis;
        per_follower_divisor = reference_views_per_follower;
    } else {
        rate = a[pt(kEngagementRate, c.platform, tier)];
    }
    if (basis == EngagementBasis::Followers)
        rate = per_follower_divisor > 0.0 ? rate / per_follower_divisor : 0.0;
    return std::max(0.0, rate) * a[kSponsoredFactor];
}

}  // namespace

CreatorBasis creator_basis(const Creator& c, const Plan& plan, const Assumptions& a) {
    CreatorBasis b;
    const Campaign& campaign = plan.campaign;
    const Environment& env = plan.environment;
    b.id = c.id;
    b.platform = static_cast<unsigned>(c.platform) < static_cast<unsigned>(kPlatformCount) ? c.platform
                                                                                          : Platform::Instagram;
    b.tier = tier_of(c.followers, plan.tiers);
    b.followers = static_cast<double>(std::clamp<std::int64_t>(c.followers, 0, 10'000'000'000));
    b.reference_rate = std::max(0.0, finite_or(reference_rate(c, b.tier, a, b.measured), 0.0));
    b.engagement_per_view = finite_or(engagement_per_view(c, b.tier, b.reference_rate, a), 0.0);

    // Hidden like counts: viewers who cannot see them like less (docs/MODEL.md §5), and fewer likes
    // feed back into the ranking of the post for followers.
    const bool hidden = env.likes_hidden[static_cast<std::size_t>(b.platform)];
    const double hidden_share = hidden ? clamp_share(env.hidden_like_viewers_ppm) : 0.0;
    const double like_loss = hidden_share * a[of(kHiddenLikesEffect, b.tier)];
    const double likes_keep = std::max(0.0, 1.0 - like_loss);
    const double comments_keep = std::max(0.0, 1.0 - hidden_share * a[kHiddenCommentsEffect]);
    const double reach_keep = std::clamp(1.0 - a[kHiddenReachFeedback] * like_loss, 0.0, 2.0);

    const double comment_share = a[kCommentShare], share_share = a[kShareShare], save_share = a[kSaveShare];
    const double like_share = std::max(0.0, 1.0 - comment_share - share_share - save_share);
    b.likes_per_engagement = like_share * likes_keep;
    b.comments_per_engagement = comment_share * comments_keep;
    b.shares_per_engagement = share_share;
    b.saves_per_engagement = save_share;

    b.concentration = a[kPostConcentration];
    b.posting_probability = c.paid ? 1.0 : clamp_share(c.posting_probability_ppm);
    b.fees = c.paid ? units_from_cents(total_fees_cents(c)) : 0.0;
    b.product_value = units_from_cents(std::max<std::int64_t>(c.product_value_cents, 0));
    b.usage_rights = units_from_cents(std::max<std::int64_t>(c.usage_rights_cents, 0));
    b.commission_rate = clamp_share(c.affiliate_commission_ppm);

    const double recommendation_scale = std::max(0.0, fraction_from_ppm(env.recommendation_scale_ppm));
    for (const Deliverable& d : c.deliverables) {
        LineBasis l;
        l.format = static_cast<unsigned>(d.format) < static_cast<unsigned>(kFormatCount) ? d.format : Format::FeedPost;
        l.posts = std::clamp(d.count, 0, 10'000);
        const double views_per_follower = b.reference_rate * a[pf(kFormatFactor, b.platform, l.format)];
        const double recommended = std::clamp(a[pf(kRecommendedShare, b.platform, l.format)], 0.0, 0.99);
        // The benchmark counts all views; the part from followers saturates over repeated
        // posts, the part from recommendations reaches new people each time (docs/MODEL.md §3).
        l.follower_rate = std::clamp(views_per_follower * (1.0 - recommended) * reach_keep, 0.0, 1.0);
        l.follower_views = b.followers * l.follower_rate;
        l.recommended_views = b.followers * views_per_follower * recommended * recommendation_scale;
        l.impressions_per_view = a[of(kImpressionsPerView, l.format)];
        l.click_through = a[of(kClickThrough, l.format)];
        l.watch_seconds = a[of(kWatchSeconds, l.format)];
        // A creator's own history says where its posts usually land, which takes out the part of
        // the format's spread that is between creators; the post's own luck stays (docs/MODEL.md §7).
        l.post_sigma = a[of(kPostSigma, l.format)] * (b.measured ? a[kMeasuredPostSigmaShare] : 1.0);
        b.lines.push_back(l);
    }

    b.universe = static_cast<double>(std::max<std::int64_t>(campaign.target_universe, 0));
    const Amplification& amp = c.amplification;
    b.amplification_spend = units_from_cents(std::max<std::int64_t>(amp.spend_cents, 0));
    const double cpm = amp.cpm_cents > 0 ? units_from_cents(amp.cpm_cents) : a[of(kPaidCpm, b.platform)];
    b.amplified_impressions = cpm > 0.0 ? b.amplification_spend / cpm * 1000.0 : 0.0;
    if (b.amplified_impressions > 0.0) {
        // Paid impressions saturate in the target audience (Goerg / NBD); a frequency cap
        // forces at least impressions / cap people to be reached.
        const double capped_floor = amp.frequency_cap > 0 ? b.amplified_impressions / amp.frequency_cap : 0.0;
        b.amplified_reach = b.universe > 0.0
                                ? std::max(nbd_reach(b.amplified_impressions, b.universe, a[kAmplificationShape]),
                                           std::min(b.universe, capped_floor))
                                : (capped_floor > 0.0 ? capped_floor : b.amplified_impressions);
    }
    b.amplified_click_through = a[of(kPaidClickThrough, b.platform)];
    b.amplified_watch_seconds = b.lines.empty() ? 0.0 : b.lines.front().watch_seconds;

    b.on_target = on_target_share(c.audience, campaign.target);
    b.emv_cpm = a[of(kEmvCpm, b.platform)];
    b.emv_per_like = a[kEmvPerLike];
    b.emv_per_comment = a[kEmvPerComment];
    b.emv_per_share = a[kEmvPerShare];
    b.emv_per_save = a[kEmvPerSave];
    b.conversion_rate = a[kConversionRate];
    b.order_value = units_from_cents(std::max<std::int64_t>(campaign.average_order_value_cents, 0));
    b.gross_margin = clamp_share(campaign.gross_margin_ppm);
    b.hill_half = a[kHillHalfSaturation];
    b.hill_slope = a[kHillSlope];
    b.creator_sigma = b.measured ? a[kMeasuredCreatorSigma] : a[kCreatorSigma];
    return b;
}

SummedViews summed_views(const CreatorBasis& b) {
    // Each post: mean m e^(s^2/2), variance m^2 e^(s^2) (e^(s^2) - 1) for median m, spread s.
    SummedViews sum;
    double recommended = 0, impressions = 0, clicks = 0, watch = 0;
    for (const LineBasis& l : b.lines) {
        if (l.posts <= 0) continue;
        const double per_post = l.follower_views + l.recommended_views;
        const double growth = std::exp(l.post_sigma * l.post_sigma);
        const double line_mean = l.posts * per_post * std::sqrt(growth);
        sum.mean += line_mean;
        sum.variance += l.posts * per_post * per_post * growth * (growth - 1.0);
        recommended += line_mean * (per_post > 0.0 ? l.recommended_views / per_post : 0.0);
        impressions += line_mean * l.impressions_per_view;
        clicks += line_mean * l.click_through;
        watch += line_mean * l.watch_seconds;
    }
    if (sum.mean > 0.0) {
        sum.recommended_share = recommended / sum.mean;
        sum.impressions_per_view = impressions / sum.mean;
        sum.clicks_per_view = clicks / sum.mean;
        sum.watch_per_view = watch / sum.mean;
    }
    return sum;
}

double SummedViews::log_spread() const {
    return mean > 0.0 ? std::sqrt(std::log1p(variance / (mean * mean))) : 0.0;
}

double SummedViews::log_median() const {
    if (!(mean > 0.0)) return 0.0;
    const double spread = log_spread();
    return std::log(mean) - 0.5 * spread * spread;
}

double SummedViews::median() const {
    // mean / sqrt(1 + cv^2), written so that no spread gives exactly the mean.
    return mean > 0.0 ? mean / std::sqrt(1.0 + variance / (mean * mean)) : 0.0;
}

ViewsMoments views_moments(const CreatorBasis& b) {
    const SummedViews sum = summed_views(b);
    const double spread = sum.log_spread();
    return views_moments(sum.median(), spread * spread + b.creator_sigma * b.creator_sigma, b.posting_probability);
}

double plan_views_scale(const std::vector<CreatorBasis>& bases) {
    ViewsMoments sum;
    for (const CreatorBasis& b : bases) sum += views_moments(b);
    return views_scale(sum);
}

ViewsMoments recommended_moments(const CreatorBasis& b) {
    // A fixed share of the creator's views: the same spread, the median in that share.
    const SummedViews sum = summed_views(b);
    const double spread = sum.log_spread();
    return views_moments(sum.median() * sum.recommended_share, spread * spread + b.creator_sigma * b.creator_sigma,
                         b.posting_probability);
}

double plan_recommended_scale(const std::vector<CreatorBasis>& bases) {
    ViewsMoments sum;
    for (const CreatorBasis& b : bases) sum += recommended_moments(b);
    return views_scale(sum);
}

void evaluate(const CreatorBasis& b, Outcome& out, double views_scale, double recommended_scale) {
    const double posted = b.posting_probability;
    Outcome o;
    o.product_value = b.product_value;  // sent whether or not the creator posts
    if (posted > 0.0) {
        double never_reached = 1.0;  // share of followers no line reaches
        for (const LineBasis& l : b.lines) {
            // Lines of different formats reach followers independently of each other.
            if (l.posts > 0) never_reached *= 1.0 - accumulated_reach_share(l.follower_rate, b.concentration, l.posts);
        }
        // The views are the median of the sum of the posts, not the sum of the posts' medians
        // (SummedViews), so the median plan sits where the draws' middle does.
        const SummedViews sum = summed_views(b);
        const double organic_views = sum.median() * views_scale;
        // Each recommendation finds new people (estimate).
        o.recommended_reach = sum.median() * recommended_scale * sum.recommended_share;
        const double impressions = organic_views * sum.impressions_per_view;
        const double click_views = organic_views * sum.clicks_per_view;
        const double watch = organic_views * sum.watch_per_view;
        o.follower_reach = b.followers * (1.0 - never_reached);
        const double organic_reach = o.follower_reach + o.recommended_reach;

        o.amplification = b.amplification_spend;
        o.amplified_reach = b.amplified_reach;
        double reach = organic_reach + b.amplified_reach;
        if (b.universe > 0.0 && b.amplified_reach > 0.0) {
            // Paid reach overlaps organic reach as if independent inside the target audience.
            const double overlap = std::min(organic_reach, b.universe) * b.amplified_reach / b.universe;
            reach = std::max(reach - overlap, std::max(organic_reach, b.amplified_reach));
        }
        o.reach = reach;
        o.views = organic_views + b.amplified_impressions;
        o.impressions = impressions + b.amplified_impressions;
        o.watch_seconds = watch + b.amplified_impressions * b.amplified_watch_seconds;
        const double frequency = reach > 0.0 ? o.impressions / reach : 0.0;
        o.effective_reach = reach * hill(frequency, b.hill_half, b.hill_slope);
        if (b.on_target) {
            o.on_target_reach = reach * *b.on_target;
            o.profiled_reach = reach;
        }

        o.engagements = b.engagement_per_view * o.views;
        o.likes = o.engagements * b.likes_per_engagement;
        o.comments = o.engagements * b.comments_per_engagement;
        o.shares = o.engagements * b.shares_per_engagement;
        o.saves = o.engagements * b.saves_per_engagement;
        // Engagements are what remains after hidden likes, so the parts always add up.
        o.engagements = o.likes + o.comments + o.shares + o.saves;

        o.clicks = click_views + b.amplified_impressions * b.amplified_click_through;
        o.conversions = o.clicks * b.conversion_rate;
        o.revenue = o.conversions * b.order_value;
        o.gross_profit = o.revenue * b.gross_margin;
        o.commission = o.revenue * b.commission_rate;
        o.fees = b.fees;
        o.usage_rights = b.usage_rights;
        o.emv = o.impressions * b.emv_cpm / 1000.0 + o.likes * b.emv_per_like + o.comments * b.emv_per_comment +
                o.shares * b.emv_per_share + o.saves * b.emv_per_save;

        if (posted != 1.0) {
            // The median projection of an earned creator: every volume is an expectation.
            for (double* v : {&o.impressions, &o.views, &o.watch_seconds, &o.reach, &o.follower_reach,
                              &o.recommended_reach, &o.amplified_reach, &o.on_target_reach, &o.profiled_reach,
                              &o.effective_reach, &o.engagements, &o.likes, &o.comments, &o.shares, &o.saves,
                              &o.clicks, &o.conversions, &o.revenue, &o.gross_profit, &o.emv, &o.commission,
                              &o.usage_rights, &o.amplification, &o.fees})
                *v *= posted;
        }
    }
    out += o;
}

}  // namespace roster
