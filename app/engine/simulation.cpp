#include "simulation.h"

#include <algorithm>
#include <cmath>

#include "outcome.h"
#include "random.h"

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
double sum_of_posts(int n, double sigma, double z) {
    if (n <= 0) return 0.0;
    if (sigma <= 0.0) return n;
    const double s2 = sigma * sigma;
    const double sum_s2 = std::log1p(std::expm1(s2) / n);
    return std::exp(std::log(static_cast<double>(n)) + 0.5 * s2 - 0.5 * sum_s2 + std::sqrt(sum_s2) * z);
}

}  // namespace

std::string_view headline_key(Headline h) { return kKeys.at(static_cast<std::size_t>(h)); }
std::string_view headline_label(Headline h) { return kLabels.at(static_cast<std::size_t>(h)); }

Simulation::Simulation(const Plan& plan, const Assumptions& a, int draws, std::uint64_t seed)
    : seed_(seed), requested_(std::clamp(draws, 0, kMaxDraws)) {
    using namespace assumption;
    bases_.reserve(plan.creators.size());
    std::size_t most_lines = 0;
    for (const Creator& c : plan.creators) {
        bases_.push_back(creator_basis(c, plan, a));
        most_lines = std::max(most_lines, bases_.back().lines.size());
    }
    line_posts_.resize(most_lines);
    campaign_sigma_ = a[kCampaignSigma];
    engagement_sigma_ = a[kEngagementSigma];
    click_sigma_ = a[kClickSigma];
    conversion_sigma_ = a[kConversionSigma];
    for (auto& s : samples_) s.reserve(static_cast<std::size_t>(requested_));
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
    DrawFactors f;
    f.click = std::exp(click_sigma_ * campaign.normal());
    f.conversion = std::exp(conversion_sigma_ * campaign.normal());
    Outcome total;
    for (const CreatorBasis& b : bases_) {
        RandomStream rng = RandomStream::for_draw(seed_, static_cast<std::uint64_t>(draw), 1ull + b.id);
        f.views = std::exp(b.creator_sigma * rng.normal() + shock);
        f.engagement = std::exp(engagement_sigma_ * rng.normal());
        const double posting_roll = rng.uniform();
        f.posted = posting_roll < b.posting_probability ? 1.0 : 0.0;
        for (std::size_t i = 0; i < b.lines.size(); ++i)
            line_posts_[i] = sum_of_posts(b.lines[i].posts, b.lines[i].post_sigma, rng.normal());
        f.line_posts = line_posts_.data();
        evaluate(b, f, total);
    }
    const Ratios r = ratios_of(total);
    const double values[kHeadlineCount] = {
        total.reach,  total.on_target_reach, total.effective_reach, total.impressions, total.views,
        total.watch_seconds, total.engagements, total.likes, total.clicks, total.conversions, total.revenue,
        total.gross_profit, total.cost(), total.emv, r.roi, r.roas, r.cpm};
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
