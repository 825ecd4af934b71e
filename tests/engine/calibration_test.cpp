// Calibration from past campaigns (engine/calibration.h, docs/CALIBRATION.md), on synthetic
// campaigns whose actuals are drawn from known multipliers and spreads around each campaign's
// locked forecast, with noise, posts missing and numbers from mixed providers: the calibration
// must find each multiplier inside its interval, and on campaigns it never saw about 80% of the
// creators' actual views must fall inside the calibrated P10-P90.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>

#include "document/commands.h"
#include "engine/calibration.h"
#include "engine/forecast_lock.h"
#include "engine/validation.h"
#include "engine/vocabulary.h"
#include "support/builders.h"
#include "support/messages.h"

using namespace roster;

namespace {

constexpr double kZ = 2.5631031310892;  // P90 - P10 of a standard normal

// The truth the campaigns are drawn from.
struct Truth {
    // Views per follower, actual over the benchmark: Instagram and TikTok, nano to macro.
    std::array<std::array<double, 4>, 2> views = {{{1.35, 0.85, 0.70, 0.60}, {1.60, 1.20, 0.90, 0.75}}};
    std::array<double, 2> engagement = {0.80, 1.25};  // per platform, every tier
    double click_through = 0.65, conversion = 1.40;
    double spread = 1.4;  // creator and campaign sigmas, actual over the assumption
};

const Platform kPlatforms[2] = {Platform::Instagram, Platform::TikTok};
const std::int64_t kFollowers[4] = {6'000, 40'000, 180'000, 700'000};  // nano, micro, mid, macro

int platform_index(Platform p) { return p == Platform::Instagram ? 0 : 1; }

// A campaign of `size` creators locked on `date`; its actuals drawn from the truth.
Plan campaign(int number, const std::string& date, int size, const Truth& truth, std::mt19937_64& rng,
              bool draw_actuals = true) {
    std::uniform_int_distribution<int> pick_platform(0, 1), pick_tier(0, 3), pick_posts(1, 3);
    std::lognormal_distribution<double> size_jitter(0.0, 0.25);
    std::vector<Creator> creators;
    for (int i = 0; i < size; ++i) {
        const Platform p = kPlatforms[pick_platform(rng)];
        const int tier = pick_tier(rng);
        // Sizes vary around the tier's typical one, within the tier's default bounds.
        const std::int64_t lower[4] = {1'000, 10'000, 100'000, 500'000}, upper[4] = {9'999, 99'999, 499'999, 999'999};
        const auto followers = std::clamp(static_cast<std::int64_t>(kFollowers[tier] * size_jitter(rng)), lower[tier], upper[tier]);
        Creator c = test::creator(static_cast<CreatorId>(i + 1), "Creator " + std::to_string(i + 1), p, followers, 300.0,
                                  pick_posts(rng));
        c.handle = "@c" + std::to_string(number) + "_" + std::to_string(i + 1);
        creators.push_back(c);
    }
    Plan plan = test::plan_of(creators);
    plan.name = "Campaign " + std::to_string(number);
    // The synthetic world keeps TikTok videos at a post-to-post spread of 1.0, the default these
    // checks were set at (docs/CALIBRATION.md): at the sourced 1.65 one post's luck is as wide as
    // the multipliers being recovered, and twelve campaigns no longer separate them reliably.
    test::set_assumption(plan, "uncertainty.post.short", 1.0);
    plan.campaign.average_order_value_cents = 5'000;
    REQUIRE(roster::apply(plan, LockForecast{0, {date, "0.5.0", 600, static_cast<std::uint64_t>(number + 1)}, "Base"}).ok);
    if (!draw_actuals) return plan;

    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const Assumptions a = resolve_assumptions(plan);
    const double creator_sigma = a[assumption::kCreatorSigma], campaign_sigma = a[assumption::kCampaignSigma];
    const double luck = truth.spread * campaign_sigma * normal(rng);  // the campaign's month
    const LockedForecast& lock = plan.locked_forecast.front();
    for (const LockedCreator& lc : lock.creators) {
        const int pi = platform_index(lc.platform), ti = static_cast<int>(lc.tier) - static_cast<int>(Tier::Nano);
        const LockedBand& v = lc.bands[static_cast<std::size_t>(LockedFigure::Views)];
        // The engine's range is the creator and campaign sigmas and post-to-post luck; the truth
        // keeps the post-to-post part and widens the other two by `spread`.
        const double locked = std::log(static_cast<double>(v.p90) / static_cast<double>(v.p10)) / kZ;
        const double shared = creator_sigma * creator_sigma + campaign_sigma * campaign_sigma;
        const double posts_part = std::sqrt(std::max(0.0, locked * locked - shared));
        const double log_views = std::log(static_cast<double>(v.p50) * truth.views[static_cast<std::size_t>(pi)][static_cast<std::size_t>(ti)]) +
                                 truth.spread * creator_sigma * normal(rng) + luck + posts_part * normal(rng);
        const double views = std::exp(log_views);
        const double locked_views = static_cast<double>(v.p50);
        const auto median = [&](LockedFigure f) { return static_cast<double>(lc.bands[static_cast<std::size_t>(f)].p50); };
        // Engagement per view: Instagram's benchmark is per follower, so the views multiplier
        // divides it (the engine divides the rate by the views per follower).
        const double views_truth = truth.views[static_cast<std::size_t>(pi)][static_cast<std::size_t>(ti)];
        const double per_view = median(LockedFigure::Engagements) / locked_views * truth.engagement[static_cast<std::size_t>(pi)] /
                                (benchmark_engagement_basis(lc.platform) == EngagementBasis::Followers ? views_truth : 1.0);
        const double engagements = views * per_view * std::exp(0.25 * normal(rng));
        const double clicks = views * median(LockedFigure::Clicks) / locked_views * truth.click_through * std::exp(0.3 * normal(rng));
        const double conversions = clicks * median(LockedFigure::Conversions) / median(LockedFigure::Clicks) * truth.conversion *
                                   std::exp(0.3 * normal(rng));
        // Spread over the posts; one creator in ten is missing a post.
        const LockedDeliverable& line = lc.deliverables.front();
        const bool missing = uniform(rng) < 0.1 && line.count > 1;
        for (int post = 1; post <= line.count; ++post) {
            if (missing && post == line.count) continue;
            const double share = 1.0 / line.count;
            Actual act;
            act.creator = lc.id;
            act.format = line.format;
            act.post = post;
            act.date = date;
            // Mixed providers: platform counts, a tool's estimate of reach, numbers typed in.
            const Provenance source = uniform(rng) < 0.7 ? Provenance::Platform : Provenance::Typed;
            act[ActualFigure::Views] = {true, std::llround(views * share), source};
            act[ActualFigure::Reach] = {true, std::llround(views * share * 0.8), Provenance::Estimate};
            act[ActualFigure::Likes] = {true, std::llround(engagements * share * 0.9), source};
            act[ActualFigure::Comments] = {true, std::llround(engagements * share * 0.1), source};
            act[ActualFigure::Clicks] = {true, std::llround(clicks * share), source};
            act[ActualFigure::Conversions] = {true, std::llround(conversions * share), Provenance::Estimate};
            plan.actuals.push_back(act);
        }
    }
    sort_actuals(plan.actuals);
    REQUIRE(validate(plan).empty());
    return plan;
}

const RateEstimate* find(const CalibrationResult& r, CalibratedRate rate, std::optional<Platform> p,
                         std::optional<Tier> t, std::optional<Format> f = std::nullopt) {
    for (const RateEstimate& e : r.estimates)
        if (e.rate == rate && e.platform == p && e.tier == t && e.format == f && !e.key.empty()) return &e;
    return nullptr;
}

// Share of the creators with every post in whose actual views fall inside the P10-P90 forecast
// for them, with the calibration `result` applied to each plan first when one is given.
double coverage(const std::vector<Plan>& held_out, const CalibrationResult* result, int& creators) {
    int inside = 0;
    creators = 0;
    for (const Plan& truth : held_out) {
        Plan forecast = truth;
        forecast.locked_forecast.clear();
        if (result) REQUIRE(roster::apply(forecast, ApplyCalibration{calibration_layer(*result, forecast, "2026-09-01")}).ok);
        const LockedForecast lock = lock_forecast(forecast, "Base", {"2026-09-01", "0.5.0", 2000, 99});
        for (const LockedCreator& lc : lock.creators) {
            double views = 0.0;
            bool complete = true;
            for (const LockedDeliverable& d : lc.deliverables)
                for (int p = 1; p <= d.count; ++p) {
                    const Actual* a = find_actual(truth, lc.id, d.format, p);
                    if (!a) complete = false;
                    else views += static_cast<double>((*a)[ActualFigure::Views].value);
                }
            if (!complete) continue;
            const LockedBand& b = lc.bands[static_cast<std::size_t>(LockedFigure::Views)];
            ++creators;
            inside += views >= static_cast<double>(b.p10) && views <= static_cast<double>(b.p90) ? 1 : 0;
        }
    }
    return creators ? static_cast<double>(inside) / creators : 0.0;
}


// Counts the intervals of `result` (views per follower and engagement per platform and tier,
// click-through per format, conversion, the spread) and how many hold the truth.
void count_recovered(const CalibrationResult& result, const Truth& truth, int& checked, int& covered) {
    for (int pi = 0; pi < 2; ++pi)
        for (int ti = 0; ti < 4; ++ti) {
            const RateEstimate* e = find(result, CalibratedRate::ViewsPerFollower, kPlatforms[pi], static_cast<Tier>(ti));
            REQUIRE(e);
            const double want = truth.views[static_cast<std::size_t>(pi)][static_cast<std::size_t>(ti)];
            CAPTURE(pi);
            CAPTURE(ti);
            CAPTURE(e->multiplier);
            CAPTURE(e->low);
            CAPTURE(e->high);
            CHECK(e->posts > 0);
            CHECK(e->low < e->multiplier);
            CHECK(e->multiplier < e->high);
            ++checked;
            covered += want >= e->low && want <= e->high ? 1 : 0;
            const RateEstimate* eng = find(result, CalibratedRate::EngagementRate, kPlatforms[pi], static_cast<Tier>(ti));
            REQUIRE(eng);
            const double engagement = truth.engagement[static_cast<std::size_t>(pi)];
            ++checked;
            covered += engagement >= eng->low && engagement <= eng->high ? 1 : 0;
        }
    for (Format f : {Format::FeedPost, Format::Short}) {
        const RateEstimate* ct = find(result, CalibratedRate::ClickThrough, std::nullopt, std::nullopt, f);
        REQUIRE(ct);
        ++checked;
        covered += truth.click_through >= ct->low && truth.click_through <= ct->high ? 1 : 0;
    }
    const RateEstimate* cv = find(result, CalibratedRate::ConversionRate, std::nullopt, std::nullopt);
    REQUIRE(cv);
    ++checked;
    covered += truth.conversion >= cv->low && truth.conversion <= cv->high ? 1 : 0;
    ++checked;
    covered += truth.spread >= result.spread_low && truth.spread <= result.spread_high ? 1 : 0;
}

// The fewest misses k such that more than k of n intervals, each missing with probability p,
// happen with probability at most `alpha` (the binomial distribution's upper tail).
int misses_by_chance(int n, double p, double alpha) {
    double tail = 1.0, term = std::pow(1.0 - p, n);  // P(X >= 0), P(X = 0)
    for (int k = 0; k <= n; ++k) {
        tail -= term;  // now P(X > k)
        if (tail <= alpha) return k;
        term *= static_cast<double>(n - k) / (k + 1) * p / (1.0 - p);
    }
    return n;
}

}  // namespace

TEST_CASE("Calibration from synthetic campaigns finds each multiplier within its interval, and held-out "
          "actuals fall inside the calibrated P10-P90 about 80% of the time") {
    const Truth truth;
    std::mt19937_64 rng(20'260'314);
    std::vector<Plan> past;
    const char* dates[] = {"2024-05-02", "2024-09-12", "2025-01-20", "2025-03-03", "2025-05-15", "2025-06-30",
                           "2025-09-08", "2025-10-20", "2025-11-24", "2026-01-12", "2026-02-16", "2026-03-09"};
    for (int i = 0; i < 12; ++i) past.push_back(campaign(i, dates[i], 36, truth, rng));
    // A plan with no lock is left out, by name.
    Plan unfinished = test::plan_of({test::creator(1, "Solo", Platform::Instagram, 10'000, 100, 1)});
    unfinished.name = "Not yet run";
    past.push_back(unfinished);

    const CalibrationResult result = calibrate_from(past);
    CHECK(result.campaigns == 12);
    REQUIRE(result.skipped.size() == 1);
    CHECK(result.skipped[0] == "Not yet run");
    CHECK(result.posts > 600);

    int checked = 0, covered = 0;
    count_recovered(result, truth, checked, covered);
    MESSAGE("multipliers recovered within their 90% interval: " << covered << " of " << checked
                                                              << "; spread " << result.spread << " ["
                                                              << result.spread_low << ", " << result.spread_high << "]");
    // Twenty 90% intervals of one calibration are too few to judge coverage by: by chance alone,
    // four misses or more happen one run in eight, five or more one in twenty-three. Four more
    // calibrations, each from twelve campaigns of its own drawn from the same truth, give a
    // hundred intervals; if they keep their promise the misses follow about Binomial(n, 0.1), and
    // more than the count chance exceeds once in a thousand runs (20 of 100) means the intervals
    // are too narrow: were they 80% intervals, this would fail nearly every other run, at 75%
    // five runs in six.
    for (std::uint64_t replicate = 1; replicate <= 4; ++replicate) {
        std::mt19937_64 more(20'260'314 + 7'919 * replicate);
        std::vector<Plan> campaigns;
        for (int i = 0; i < 12; ++i) campaigns.push_back(campaign(i, dates[i], 36, truth, more));
        count_recovered(calibrate_from(campaigns), truth, checked, covered);
    }
    const int allowed = misses_by_chance(checked, 0.1, 0.001);
    MESSAGE("over five calibrations: " << covered << " of " << checked << " within their interval; at most " << allowed
                                       << " misses expected by chance");
    CHECK(checked >= 100);
    CHECK(checked - covered <= allowed);

    // Held out: four campaigns the calibration never saw, drawn from the same truth.
    std::vector<Plan> held_out;
    for (int i = 0; i < 4; ++i) held_out.push_back(campaign(100 + i, "2026-05-04", 36, truth, rng));
    int before_n = 0, after_n = 0;
    const double before = coverage(held_out, nullptr, before_n);
    const double after = coverage(held_out, &result, after_n);
    MESSAGE("held-out creators inside P10-P90: before calibration " << before << " (" << before_n << " creators), after "
                                                                    << after);
    CHECK(after_n == before_n);
    CHECK(after >= 0.70);
    CHECK(after <= 0.90);
    CHECK(std::abs(after - 0.8) < std::abs(before - 0.8));
}

TEST_CASE("Applying a calibration is one step that names what it replaced, and removing it puts the values back") {
    const Truth truth;
    std::mt19937_64 rng(7);
    std::vector<Plan> past;
    for (int i = 0; i < 4; ++i) past.push_back(campaign(i, "2026-01-0" + std::to_string(i + 1), 20, truth, rng));
    const CalibrationResult result = calibrate_from(past);
    REQUIRE(result.campaigns == 4);

    Plan plan = test::plan_of({test::creator(1, "Léa", Platform::Instagram, 40'000, 500, 2)});
    test::set_assumption(plan, "conversion_rate", 0.02);  // the planner's own value
    const Plan before = plan;
    const Calibration layer = calibration_layer(result, plan, "2026-04-01");
    REQUIRE_FALSE(layer.values.empty());
    REQUIRE(roster::apply(plan, ApplyCalibration{layer}).ok);
    REQUIRE(plan.calibration.size() == 1);
    CHECK(test::english(Message(MessageId::CalibratedFromCampaigns)
                            .count("n", plan.calibration[0].campaigns)
                            .count("posts", plan.calibration[0].posts))
              .find("calibrated from 4 campaigns") != std::string::npos);
    const Assumptions now = resolve_assumptions(plan);
    const Assumptions was = resolve_assumptions(before);
    for (const CalibratedValue& v : plan.calibration[0].values) {
        const std::size_t i = *assumption_index(v.key);
        CAPTURE(v.key);
        CHECK(now[i] == doctest::Approx(value_from_micros(v.value_micros)));
        CHECK(was[i] == doctest::Approx(value_from_micros(v.replaced_micros)));
        if (v.key == "conversion_rate") CHECK(v.replaced_override);
    }
    // Applying again replaces the layer rather than stacking it.
    const Plan once = plan;
    REQUIRE(roster::apply(plan, ApplyCalibration{layer}).ok);
    CHECK(plan == once);
    REQUIRE(roster::apply(plan, RemoveCalibration{}).ok);
    CHECK(plan.assumptions == before.assumptions);
    CHECK(plan.calibration.empty());
    CHECK_FALSE(roster::apply(plan, RemoveCalibration{}).ok);

    // No finished campaign: nothing to calibrate from.
    const CalibrationResult none = calibrate_from({before});
    CHECK(none.campaigns == 0);
    CHECK(none.estimates.empty());
}

TEST_CASE("Older campaigns count less in the calibration") {
    Truth early, late;
    for (auto& p : early.views) p.fill(0.5);
    for (auto& p : late.views) p.fill(2.0);
    std::mt19937_64 rng(11);
    std::vector<Plan> past;
    for (int i = 0; i < 3; ++i) past.push_back(campaign(i, "2020-03-0" + std::to_string(i + 1), 20, early, rng));
    for (int i = 0; i < 3; ++i) past.push_back(campaign(10 + i, "2026-03-0" + std::to_string(i + 1), 20, late, rng));
    CalibrationOptions options;
    const RateEstimate* recent =
        find(calibrate_from(past, options), CalibratedRate::ViewsPerFollower, Platform::Instagram, Tier::Micro);
    REQUIRE(recent);
    const double discounted = recent->multiplier;
    options.half_life_years = 0.0;  // no discount: both periods count the same
    const CalibrationResult flat = calibrate_from(past, options);
    const RateEstimate* even = find(flat, CalibratedRate::ViewsPerFollower, Platform::Instagram, Tier::Micro);
    REQUIRE(even);
    CHECK(discounted > 1.5);  // six years back, the early campaigns weigh 1/8
    CHECK(even->multiplier < discounted);
}
