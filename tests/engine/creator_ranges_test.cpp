// Each creator's own P10-P90 ranges (engine/creator_ranges.h): the median projection when nothing
// is uncertain, drawn from the plan's own draws, reproducible, and the creator's alone.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <vector>
#include <cmath>
#include <random>

#include "engine/creator_ranges.h"
#include "engine/projection.h"
#include "engine/simulation.h"
#include "support/builders.h"
#include "support/random_plan.h"

using namespace roster;
using doctest::Approx;

namespace {

Plan mixed_plan() {
    Plan plan = test::plan_of({test::creator(1, "Léa", Platform::Instagram, 48'000, 650.0, 3),
                               test::creator(2, "Tom", Platform::TikTok, 850'000, 4'000.0, 2),
                               test::creator(3, "Ana", Platform::YouTube, 120'000, 2'500.0, 1),
                               test::creator(4, "Noé", Platform::Instagram, 9'000, 150.0, 4)});
    plan.creators[2].paid = false;
    plan.creators[2].posting_probability_ppm = 500'000;
    plan.creators[2].product_value_cents = 8'000;
    plan.creators[3].affiliate_commission_ppm = 100'000;
    plan.creators[1].amplification.spend_cents = 150'000;
    plan.campaign.average_order_value_cents = 6'000;
    plan.campaign.gross_margin_ppm = 600'000;
    return plan;
}

// Figures that add up across creators draw by draw (reach adds up before the plan's overlap).
constexpr Headline kAdding[] = {Headline::Impressions, Headline::Views, Headline::WatchSeconds, Headline::Engagements,
                                Headline::Likes, Headline::Clicks, Headline::Conversions, Headline::Revenue,
                                Headline::GrossProfit, Headline::Cost, Headline::Emv};

}  // namespace

TEST_CASE("With every spread at zero, each creator's P10, P50 and P90 are the creator's median projection") {
    std::mt19937 rng(17);
    for (int round = 0; round < 40; ++round) {
        Plan plan = test::random_valid_plan(rng, 8);
        for (Creator& c : plan.creators) c.posting_probability_ppm = kPpmWhole;  // posting is a chance too
        test::no_uncertainty(plan);
        const Assumptions a = resolve_assumptions(plan);
        const Projection p = project(plan, a);
        const std::vector<CreatorBands> bands = creator_bands(plan, a, 40, 3);
        REQUIRE(bands.size() == plan.creators.size());
        for (std::size_t i = 0; i < bands.size(); ++i) {
            CAPTURE(round);
            CAPTURE(i);
            const Outcome& o = p.creators[i].outcome;
            const Ratios& r = p.creators[i].ratios;
            const CreatorBands& b = bands[i];
            CHECK(b.id == plan.creators[i].id);
            const std::pair<Headline, double> expected[] = {
                {Headline::Reach, o.reach},           {Headline::OnTargetReach, o.on_target_reach},
                {Headline::Impressions, o.impressions}, {Headline::Views, o.views},
                {Headline::WatchSeconds, o.watch_seconds}, {Headline::Engagements, o.engagements},
                {Headline::Likes, o.likes},           {Headline::Clicks, o.clicks},
                {Headline::Conversions, o.conversions}, {Headline::Revenue, o.revenue},
                {Headline::GrossProfit, o.gross_profit}, {Headline::Cost, o.cost()},
                {Headline::Emv, o.emv},               {Headline::Roi, r.roi},
                {Headline::Roas, r.roas},             {Headline::Cpm, r.cpm}};
            for (const auto& e : expected) {
                // (Named copies: clang 14 does not let a lambda, here CAPTURE's, capture a structured binding.)
                const Headline figure = e.first;
                const double value = e.second;
                CAPTURE(headline_key(figure));
                CHECK(b[figure].p10 == Approx(value));
                CHECK(b[figure].p50 == Approx(value));
                CHECK(b[figure].p90 == Approx(value));
            }
            CHECK(b[Headline::EffectiveReach].p50 == Approx(o.effective_reach).epsilon(1e-4));  // tabulated Hill
        }
    }
}

TEST_CASE("Every creator's range runs from P10 up to P50 up to P90, for every figure of any plan") {
    std::mt19937 rng(5);
    for (int round = 0; round < 20; ++round) {
        const Plan plan = test::random_valid_plan(rng, 6);
        const Assumptions a = resolve_assumptions(plan);
        for (const CreatorBands& b : creator_bands(plan, a, 300, 11)) {
            for (int h = 0; h < kHeadlineCount; ++h) {
                CAPTURE(headline_key(static_cast<Headline>(h)));
                const Band& band = b.bands[static_cast<std::size_t>(h)];
                CHECK(std::isfinite(band.p10));
                CHECK(std::isfinite(band.mean));
                CHECK(band.p10 <= band.p50);
                CHECK(band.p50 <= band.p90);
            }
        }
    }
}

TEST_CASE("The same seed gives a creator the same range, and another seed another one") {
    const Plan plan = mixed_plan();
    const Assumptions a = resolve_assumptions(plan);
    const std::vector<CreatorBands> once = creator_bands(plan, a, 1'000, 21);
    const std::vector<CreatorBands> again = creator_bands(plan, a, 1'000, 21);
    const std::vector<CreatorBands> other = creator_bands(plan, a, 1'000, 22);
    for (std::size_t i = 0; i < once.size(); ++i)
        for (int h = 0; h < kHeadlineCount; ++h) {
            const auto k = static_cast<std::size_t>(h);
            CHECK(once[i].bands[k].p10 == again[i].bands[k].p10);
            CHECK(once[i].bands[k].p50 == again[i].bands[k].p50);
            CHECK(once[i].bands[k].p90 == again[i].bands[k].p90);
            CHECK(once[i].bands[k].mean == again[i].bands[k].mean);
        }
    CHECK(other[0][Headline::Views].p50 != once[0][Headline::Views].p50);
}

TEST_CASE("A creator's range is the same with or without the other creators, wherever it stands in the roster") {
    // Its luck follows its id and the campaign's follows the draw, so the campaign-wide shocks it
    // shares with the others are the same shocks whoever else is in the plan.
    const Plan plan = mixed_plan();
    const Assumptions a = resolve_assumptions(plan);
    const std::vector<CreatorBands> all = creator_bands(plan, a, 2'000, 8);
    Plan alone = plan;
    alone.creators = {plan.creators[1]};
    Plan reversed = plan;
    std::reverse(reversed.creators.begin(), reversed.creators.end());
    const CreatorBands by_itself = creator_bands(alone, resolve_assumptions(alone), 2'000, 8).front();
    const CreatorBands moved = creator_bands(reversed, resolve_assumptions(reversed), 2'000, 8)[2];
    REQUIRE(by_itself.id == all[1].id);
    REQUIRE(moved.id == all[1].id);
    for (int h = 0; h < kHeadlineCount; ++h) {
        const auto k = static_cast<std::size_t>(h);
        CAPTURE(headline_key(static_cast<Headline>(h)));
        CHECK(by_itself.bands[k].p10 == all[1].bands[k].p10);
        CHECK(by_itself.bands[k].p90 == all[1].bands[k].p90);
        CHECK(by_itself.bands[k].mean == all[1].bands[k].mean);
        CHECK(moved.bands[k].p50 == all[1].bands[k].p50);
    }
    // The plan's range, on the other hand, is no sum of its creators' ranges.
}

TEST_CASE("The creators' averages add up to the plan's average: their ranges come from the plan's own draws") {
    const Plan plan = mixed_plan();
    const Assumptions a = resolve_assumptions(plan);
    const Projection p = project(plan, a);
    const SimulationResult total = simulate(plan, a, 3'000, 4);
    const std::vector<CreatorBands> creators = creator_bands(plan, a, 3'000, 4);
    const std::vector<CreatorBands> other_draws = creator_bands(plan, a, 3'000, 5);
    for (const Headline h : kAdding) {
        CAPTURE(headline_key(h));
        double sum = 0.0, other_sum = 0.0;
        for (const CreatorBands& c : creators) sum += c[h].mean;
        for (const CreatorBands& c : other_draws) other_sum += c[h].mean;
        CHECK(sum == Approx(total[h].mean).epsilon(1e-9));
        if (h != Headline::Cost) CHECK(other_sum != Approx(total[h].mean).epsilon(1e-9));  // not by chance
    }
    // Reach adds up before the plan's overlap, which nets each draw's added-up reach along the
    // median plan's curve (reach_ceiling.h).
    Simulation run(plan, a, 300, 4, net_of_gross(p));
    run.step(300);
    std::vector<Simulation::CampaignDraw> campaign;
    for (int d = 0; d < 300; ++d) campaign.push_back(run.campaign_draw(d));
    std::vector<double> added(campaign.size(), 0.0);
    std::array<std::vector<double>, kHeadlineCount> figures;
    for (std::size_t c = 0; c < plan.creators.size(); ++c) {
        run.creator_samples(c, campaign, figures);
        for (std::size_t d = 0; d < added.size(); ++d) added[d] += figures[static_cast<std::size_t>(Headline::Reach)][d];
    }
    for (std::size_t d = 0; d < added.size(); ++d)
        CHECK(net_of_gross(p)(added[d]) == Approx(run.samples(Headline::Reach)[d]).epsilon(1e-9));
}

TEST_CASE("Creators' ranges do not add up: the plan's P10 is above the sum of its creators' P10s, its P90 below") {
    // Twelve similar creators whose luck is their own (no campaign-wide shock): the bad draws of
    // one are offset by the others', so the plan's range is narrower than its creators' ranges
    // added up, and a planner must not add P10s to get the plan's P10. Views are skewed (a post
    // that takes off lifts the sum), so even the medians add up to less than the plan's median.
    std::vector<Creator> roster;
    for (CreatorId id = 1; id <= 12; ++id)
        roster.push_back(test::creator(id, "C" + std::to_string(id), Platform::Instagram, 40'000 + 5'000 * id, 500.0, 2));
    Plan plan = test::plan_of(roster);
    test::set_assumption(plan, "uncertainty.campaign", 0.0);
    const Assumptions a = resolve_assumptions(plan);
    const SimulationResult total = simulate(plan, a, 4'000, 12);
    const std::vector<CreatorBands> creators = creator_bands(plan, a, 4'000, 12);
    double p10 = 0.0, p50 = 0.0, p90 = 0.0;
    for (const CreatorBands& c : creators) {
        p10 += c[Headline::Views].p10;
        p50 += c[Headline::Views].p50;
        p90 += c[Headline::Views].p90;
    }
    CHECK(p50 < total[Headline::Views].p50);
    CHECK(p50 > 0.75 * total[Headline::Views].p50);
    CHECK(p10 < 0.9 * total[Headline::Views].p10);
    CHECK(p90 > 1.1 * total[Headline::Views].p90);
    // A fee is certain: the creators' costs add up to the plan's at every quantile.
    double cost = 0.0;
    for (const CreatorBands& c : creators) cost += c[Headline::Cost].p10;
    CHECK(cost == Approx(total[Headline::Cost].p10));
}

TEST_CASE("An earned creator who posts half the time has a P10 of 0 views, a P10 cost of the product alone and a CPM of its posts") {
    Plan plan = test::plan_of({test::creator(1, "G", Platform::Instagram, 30'000, 0.0, 2)});
    Creator& c = plan.creators[0];
    c.paid = false;
    c.posting_probability_ppm = 500'000;
    c.product_value_cents = 12'000;  // sent whatever happens
    c.usage_rights_cents = 30'000;   // paid only for posts that exist
    const std::vector<CreatorBands> b = creator_bands(plan, resolve_assumptions(plan), 2'000, 6);
    REQUIRE(b.size() == 1);
    CHECK(b[0][Headline::Views].p10 == 0.0);
    CHECK(b[0][Headline::Reach].p10 == 0.0);
    CHECK(b[0][Headline::Views].p90 > 0.0);
    CHECK(b[0][Headline::Cost].p10 == Approx(120.0));
    CHECK(b[0][Headline::Cost].p90 == Approx(420.0));
    CHECK(b[0][Headline::Cost].mean == Approx(270.0).epsilon(0.05));  // about one draw in two posts
    CHECK(b[0][Headline::Roi].p10 == Approx(-1.0));                    // the product, for nothing
    // Its CPM is over the draws in which it posted: never the 0 of a draw without impressions.
    CHECK(b[0][Headline::Cpm].p10 > 0.0);
    CHECK(b[0][Headline::Cpm].p10 <= b[0][Headline::Cpm].p90);
}

TEST_CASE("A creator's P10, P50, P90, P95 and P99 are exactly those of the simulation's quantile()") {
    std::mt19937 rng(99);
    for (const std::size_t n : {1u, 2u, 3u, 9u, 16u, 17u, 40u, 101u, 250u, 2'000u}) {
        for (int round = 0; round < 20; ++round) {
            std::vector<double> values(n);
            std::uniform_int_distribution<int> pick(0, round % 2 ? 5 : 1'000'000);  // many ties, or few
            for (double& v : values) v = pick(rng) * 0.37;
            std::vector<double> a = values, b = values, c = values, d = values;
            const Band band = band_of(d);
            CAPTURE(n);
            CHECK(band.p10 == quantile(a, 0.10));
            CHECK(band.p50 == quantile(b, 0.50));
            CHECK(band.p90 == quantile(c, 0.90));
            std::vector<double> e = values, f = values;
            CHECK(band.p95 == quantile(e, 0.95));
            CHECK(band.p99 == quantile(f, 0.99));
            double sum = 0.0;
            for (double v : values) sum += v;
            CHECK(band.mean == sum / static_cast<double>(n));
        }
    }
    std::vector<double> none;
    CHECK(band_of(none).p90 == 0.0);
}

TEST_CASE("Asking for a few figures gives exactly their ranges, and leaves the others at 0") {
    const Plan plan = mixed_plan();
    const Assumptions a = resolve_assumptions(plan);
    const std::vector<CreatorBands> all = creator_bands(plan, a, 500, 2);
    const std::vector<CreatorBands> some = creator_bands(plan, a, 500, 2, {Headline::Views, Headline::Cpm});
    for (std::size_t i = 0; i < all.size(); ++i) {
        CHECK(some[i][Headline::Views].p10 == all[i][Headline::Views].p10);
        CHECK(some[i][Headline::Cpm].p90 == all[i][Headline::Cpm].p90);
        CHECK(some[i][Headline::Reach].p90 == 0.0);
        CHECK(all[i][Headline::Reach].p90 > 0.0);
    }
}

TEST_CASE("Without draws, every creator is listed with empty ranges") {
    const Plan plan = mixed_plan();
    const std::vector<CreatorBands> b = creator_bands(plan, resolve_assumptions(plan), 0, 1);
    REQUIRE(b.size() == plan.creators.size());
    CHECK(b[3].id == 4);
    CHECK(b[3][Headline::Views].p90 == 0.0);
    CHECK(creator_bands(Plan{}, resolve_assumptions(Plan{}), 100, 1).empty());
}
