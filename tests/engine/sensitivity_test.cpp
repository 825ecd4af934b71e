// Sensitivity: the assumptions that move this plan's ROI and reach, ranked, and only those.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "engine/overlap.h"
#include "engine/sensitivity.h"
#include "support/builders.h"
#include "support/random_plan.h"

using namespace roster;

namespace {

std::string key_of(const SensitivityEntry& e) { return assumption_catalogue()[e.assumption].key; }

bool mentions(const std::vector<SensitivityEntry>& list, const std::string& key) {
    return std::any_of(list.begin(), list.end(), [&](const SensitivityEntry& e) { return key_of(e) == key; });
}

}  // namespace

TEST_CASE("For one Instagram micro creator, its reach rate leads the reach ranking and other platforms are absent") {
    Plan plan = test::plan_of({test::creator(1, "Léa", Platform::Instagram, 48'000, 650.0, 3)});
    plan.campaign.average_order_value_cents = 8'000;
    const Sensitivity s = sensitivity(plan, resolve_assumptions(plan));
    REQUIRE_FALSE(s.by_reach.empty());
    CHECK(key_of(s.by_reach.front()) == "reach_rate.instagram.micro");
    CHECK(s.by_reach.front().reach_at_high > s.by_reach.front().reach_at_low);
    CHECK_FALSE(mentions(s.by_reach, "reach_rate.tiktok.micro"));
    CHECK_FALSE(mentions(s.by_reach, "reach_rate.instagram.mega"));
    CHECK_FALSE(mentions(s.by_reach, "uncertainty.creator"));
    // The funnel moves ROI but not reach.
    CHECK(mentions(s.by_roi, "conversion_rate"));
    for (std::size_t i = 1; i < s.by_roi.size(); ++i) CHECK(s.by_roi[i - 1].roi_swing() >= s.by_roi[i].roi_swing());
}

TEST_CASE("Assumptions apply only to the platforms, tiers and formats the plan uses") {
    Plan plan = test::plan_of({test::creator(1, "T", Platform::TikTok, 20'000, 100.0, 1)});
    const auto& specs = assumption_catalogue();
    const auto at = [&](const char* key) { return specs[*assumption_index(key)]; };
    CHECK(assumption_applies(at("reach_rate.tiktok.micro"), plan));
    CHECK_FALSE(assumption_applies(at("reach_rate.tiktok.mega"), plan));
    CHECK(assumption_applies(at("click_through.short"), plan));
    CHECK_FALSE(assumption_applies(at("click_through.story"), plan));
    CHECK(assumption_applies(at("conversion_rate"), plan));
    CHECK_FALSE(assumption_applies(at("uncertainty.campaign"), plan));
}

TEST_CASE("Sensitivity run a few assumptions at a time ranks the same as run at once") {
    const Plan plan = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 48'000, 650, 3),
                                     test::creator(2, "Ben", Platform::TikTok, 300'000, 2'000, 2)});
    const Sensitivity whole = sensitivity(plan, resolve_assumptions(plan));
    SensitivityRun run(plan, resolve_assumptions(plan));
    int steps = 0;
    while (!run.finished()) {
        CHECK(run.step(3) > 0);
        ++steps;
    }
    CHECK(steps > 1);
    CHECK(run.progress() == 1.0);
    REQUIRE(run.result().by_roi.size() == whole.by_roi.size());
    for (std::size_t i = 0; i < whole.by_roi.size(); ++i) {
        CHECK(run.result().by_roi[i].assumption == whole.by_roi[i].assumption);
        CHECK(run.result().by_reach[i].assumption == whole.by_reach[i].assumption);
    }
}

TEST_CASE("An overlap matrix still holds under every assumption but the universe, the niche affinity and the same-creator share") {
    // Interests (for the affinity), one person on two platforms (for the same-creator share) and
    // no target universe (for the assumed one): each of the three has something to move.
    Plan plan = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 48'000, 650, 3),
                               test::creator(2, "Ana", Platform::TikTok, 300'000, 2'000, 2),
                               test::creator(3, "Ben", Platform::YouTube, 120'000, 1'500, 1)});
    plan.campaign.target_universe = 0;
    plan.creators[0].audience.interests = {{"cooking", 600'000}, {"travel", 400'000}};
    plan.creators[2].audience.interests = {{"cooking", 800'000}, {"fitness", 200'000}};
    const Assumptions base = resolve_assumptions(plan);
    const OverlapMatrix at_base = overlap_matrix(plan, base);
    const auto& specs = assumption_catalogue();
    int shaping = 0;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        for (double value : {specs[i].low, specs[i].high}) {
            if (value == base[i]) continue;
            Assumptions swung = base;
            swung[i] = value;
            const OverlapMatrix m = overlap_matrix(plan, swung);
            const bool changed = !(m.shared == at_base.shared && m.universe == at_base.universe);
            CAPTURE(specs[i].key);
            // The projection of a swing reuses the base's matrix exactly when it would be the same.
            CHECK(OverlapMatrixRun(plan, swung).would_make(at_base) == !changed);
            shaping += changed ? 1 : 0;
        }
    }
    CHECK(shaping == 6);  // each of the three, at its low and its high
}

TEST_CASE("Sensitivity taken a few projection steps at a time from the app's projection gives the same swings") {
    std::mt19937 rng(17);
    Plan plan = test::random_valid_plan(rng, 9);
    // No target universe, so the assumed one is swung too; audiences well inside it.
    plan.campaign.target_universe = 0;
    plan.environment.recommendation_scale_ppm = kPpmWhole;
    for (Creator& c : plan.creators) {
        c.followers = c.followers % 400'000 + 1'000;
        c.measured_views_per_post = 0;
        c.amplification = {};
    }
    const Assumptions a = resolve_assumptions(plan);
    const Sensitivity whole = sensitivity(plan, a);
    const Projection at_base = project(plan, a);
    SensitivityRun run(plan, a, &at_base);
    int calls = 0;
    while (run.advance(4)) ++calls;
    CHECK(calls > 10);
    REQUIRE(run.finished());
    CHECK(run.result().base_reach == whole.base_reach);
    REQUIRE(run.result().by_roi.size() == whole.by_roi.size());
    for (std::size_t i = 0; i < whole.by_roi.size(); ++i) {
        const SensitivityEntry& e = run.result().by_roi[i];
        CAPTURE(key_of(e));
        CHECK(e.assumption == whole.by_roi[i].assumption);
        CHECK(e.reach_at_low == whole.by_roi[i].reach_at_low);
        CHECK(e.reach_at_high == whole.by_roi[i].reach_at_high);
        CHECK(e.roi_at_high == whole.by_roi[i].roi_at_high);
        // And each swing is the projection under the swung value, matrix made afresh.
        Assumptions swung = a;
        swung[e.assumption] = e.high_value;
        CHECK(e.reach_at_high == project(plan, swung).total.reach);
    }
    CHECK(mentions(whole.by_reach, "overlap.universe"));
}
