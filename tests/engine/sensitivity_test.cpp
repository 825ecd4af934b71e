// Sensitivity: the assumptions that move this plan's ROI and reach, ranked, and only those.
#include <doctest/doctest.h>

#include <algorithm>

#include "engine/sensitivity.h"
#include "support/builders.h"

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
