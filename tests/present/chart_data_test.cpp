#include <doctest/doctest.h>

#include "engine/projection.h"
#include "present/chart_data.h"
#include "support/builders.h"

using namespace roster;
using namespace roster::present;

TEST_CASE("The budget split by tier and platform adds up to the plan's cost, largest part first") {
    const Plan plan = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 48'000, 650, 3),
                                     test::creator(2, "Studio", Platform::YouTube, 1'250'000, 18'000, 1),
                                     test::creator(3, "Cleo", Platform::Instagram, 8'000, 120, 2)});
    const Projection p = project(plan);
    const auto tiers = budget_by_tier(p);
    REQUIRE(tiers.size() == 3);
    CHECK(tiers[0].label == "Mega");
    CHECK(tiers[0].value == doctest::Approx(18'000));
    double sum = 0;
    for (const Slice& s : tiers) sum += s.value;
    CHECK(sum == doctest::Approx(p.total.cost()));
    const auto platforms = budget_by_platform(p);
    REQUIRE(platforms.size() == 2);
    CHECK(platforms[1].label == "Instagram");
    CHECK(platforms[1].value == doctest::Approx(650 * 3 + 120 * 2));
    CHECK(platforms[1].index == static_cast<int>(Platform::Instagram));
}

TEST_CASE("A histogram counts every value once, with outliers in the end bins") {
    std::vector<double> values;
    for (int i = 0; i < 1000; ++i) values.push_back(i);
    values.push_back(1e9);  // one extreme draw does not stretch the range
    const Histogram h = histogram(values, 10);
    REQUIRE(h.counts.size() == 10);
    int total = 0;
    for (int c : h.counts) total += c;
    CHECK(total == 1001);
    CHECK(h.total == 1001);
    CHECK(h.high < 1100);
    CHECK(h.low == doctest::Approx(10.0).epsilon(0.01));
    CHECK(h.counts.back() >= 10);
}

TEST_CASE("A histogram of identical values is one bar, and of nothing is empty") {
    const Histogram same = histogram(std::vector<double>(50, 3.0), 8);
    int nonzero = 0;
    for (int c : same.counts) nonzero += c > 0;
    CHECK(nonzero == 1);
    CHECK(same.low < 3.0);
    CHECK(same.high > 3.0);
    CHECK(histogram({}, 8).counts.empty());
}

TEST_CASE("The share of draws with ROI at or above zero counts the draws") {
    CHECK(share_at_least({-1, 0, 0.5, 2}, 0.0) == doctest::Approx(0.75));
    CHECK(share_at_least({}, 0.0) == 0.0);
}

TEST_CASE("The heatmap shows the creators with most reach, kept in roster order") {
    Plan plan;
    for (int i = 1; i <= 6; ++i) plan.creators.push_back(test::creator(i, "C" + std::to_string(i), Platform::TikTok, 10'000 * (7 - i) * (i % 2 ? 1 : 10), 100, 1));
    const Projection p = project(plan);
    const auto shown = heatmap_creators(p, 3);
    REQUIRE(shown.size() == 3);
    CHECK(std::is_sorted(shown.begin(), shown.end()));
    for (std::size_t i = 0; i < p.creators.size(); ++i)
        if (std::find(shown.begin(), shown.end(), i) == shown.end())
            for (std::size_t s : shown) CHECK(p.creators[s].outcome.reach >= p.creators[i].outcome.reach);
    CHECK(heatmap_creators(p, 50).size() == 6);
}

TEST_CASE("Histograms of several sets share one range that covers each, and count each set's values") {
    std::vector<double> low, high;
    for (int i = 0; i < 1000; ++i) {
        low.push_back(i);
        high.push_back(500 + i);
    }
    const auto hs = histograms({&low, nullptr, &high}, 20);
    REQUIRE(hs.size() == 3);
    CHECK(hs[1].counts.empty());
    CHECK(hs[0].low == hs[2].low);
    CHECK(hs[0].high == hs[2].high);
    CHECK(hs[0].low < 20);
    CHECK(hs[0].high > 1480);
    CHECK(hs[0].total == 1000);
    CHECK(hs[2].total == 1000);
    CHECK(hs[0].counts.back() < hs[2].counts.back());
}
