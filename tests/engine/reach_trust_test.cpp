// Numbers a planner can quote (docs/MODEL.md §13): net reach and on-target reach stay inside the
// people there are, in the median plan and in every draw; unstated pairs are estimated from the
// market the audiences live in, never read as if every follower were in the target; and net
// reach moves the way a planner expects: a lower stated overlap or one more creator never lowers
// it, and the build-up curves are each prefix's own net reach. Properties on random plans.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <random>

#include "engine/overlap.h"
#include "engine/projection.h"
#include "engine/simulation.h"
#include "support/builders.h"
#include "support/random_plan.h"

using namespace roster;
using namespace roster::test;

namespace {

Share share(const char* key, double fraction) { return {key, ppm_from_fraction(fraction)}; }

// Six creators on three platforms with 2.7M followers in all, 60% of them in France, for a
// campaign whose target is 100,000 people in France.
Plan small_target_plan() {
    Plan plan = plan_of({creator(1, "Ana", Platform::Instagram, 900'000, 4'000, 3),
                         creator(2, "Ben", Platform::TikTok, 700'000, 3'000, 4),
                         creator(3, "Cleo", Platform::YouTube, 500'000, 5'000, 2),
                         creator(4, "Dan", Platform::Instagram, 300'000, 1'500, 3),
                         creator(5, "Eve", Platform::TikTok, 200'000, 1'000, 5),
                         creator(6, "Finn", Platform::YouTube, 100'000, 800, 2)});
    plan.campaign.target_universe = 100'000;
    plan.campaign.target.countries = {"FR"};
    for (Creator& c : plan.creators) c.audience.countries = {share("FR", 0.6), share("BE", 0.4)};
    return plan;
}

double net_reach_of(const Plan& plan) { return plan_reach(plan, resolve_assumptions(plan), false).net_reach; }

Plan first_creators(const Plan& plan, const std::vector<std::size_t>& order, std::size_t count) {
    Plan part = plan;
    part.creators.clear();
    for (std::size_t k = 0; k < count; ++k) part.creators.push_back(plan.creators[order[k]]);
    part.overlaps.clear();
    for (const Overlap& o : plan.overlaps) {
        const auto in = [&](CreatorId id) {
            return std::any_of(part.creators.begin(), part.creators.end(), [&](const Creator& c) { return c.id == id; });
        };
        if (in(o.first) && in(o.second)) part.overlaps.push_back(o);
    }
    return part;
}

// A random plan as planners build them, with some pairs stated (each a share of the smaller
// audience): 1,000 to 3 million followers (log-uniform) on any platform, one to six posts of the
// platform's main format, audience profiles for about half the creators (interests and countries
// from small pools, so that some pairs are alike), some creators earned, in the default market.
// random_valid_plan's plans also reach hundreds of millions of non-followers in a market of
// tens of millions; there the estimate is not monotone (docs/MODEL.md §13 says by how much).
Plan random_plan_with_pairs(std::mt19937& rng, int creators) {
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> platform(0, kPlatformCount - 1), posts(1, 6), pick(0, 5);
    const char* interests[] = {"beauty", "fitness", "food", "gaming", "travel", "tech"};
    const char* countries[] = {"FR", "BE", "DE", "ES", "IT", "NL"};
    Plan plan = plan_of({});
    for (int i = 0; i < creators; ++i) {
        const auto followers = static_cast<std::int64_t>(std::exp(std::log(1'000.0) + unit(rng) * std::log(3'000.0)));
        Creator c = creator(static_cast<CreatorId>(i + 1), "C" + std::to_string(i),
                            static_cast<Platform>(platform(rng)), followers, 100.0 + 1e-3 * followers, posts(rng));
        if (unit(rng) < 0.5) {
            c.audience.interests = {share(interests[pick(rng)], 0.6), share(interests[pick(rng)], 0.4)};
            c.audience.countries = {share(countries[pick(rng)], 0.7), share(countries[pick(rng)], 0.3)};
        }
        if (unit(rng) < 0.2) {
            c.paid = false;
            c.posting_probability_ppm = ppm_from_fraction(0.3 + 0.7 * unit(rng));
        }
        plan.creators.push_back(c);
    }
    for (std::size_t i = 0; i < plan.creators.size(); ++i)
        for (std::size_t j = i + 1; j < plan.creators.size(); ++j)
            if (unit(rng) < 0.3)
                plan.overlaps.push_back({plan.creators[i].id, plan.creators[j].id, OverlapBasis::ShareOfSmaller,
                                         ppm_from_fraction(0.4 * unit(rng))});
    return plan;
}

}  // namespace

TEST_CASE("On-target reach stays inside a target universe 27 times smaller than the followers, in every draw") {
    const Plan plan = small_target_plan();
    const Assumptions a = resolve_assumptions(plan);
    const Projection p = project(plan, a);
    REQUIRE(p.total.on_target_reach > 0.0);
    CHECK(p.total.on_target_reach <= 100'000.0);
    CHECK(p.total.on_target_reach <= p.total.reach);
    Simulation s(plan, a, 2'000, 11, net_of_gross(p));
    s.step(2'000);
    const std::vector<double>& draws = s.samples(Headline::OnTargetReach);
    CHECK(*std::max_element(draws.begin(), draws.end()) <= 100'000.0);
    CHECK(s.result()[Headline::OnTargetReach].p90 <= 100'000.0);
}

TEST_CASE("Net reach never passes the people the audiences live in, in the median plan or any draw") {
    std::mt19937 rng(18);
    for (int trial = 0; trial < 12; ++trial) {
        Plan plan = random_valid_plan(rng, 3 + trial);
        plan.campaign.target_universe = 0;
        for (Creator& c : plan.creators) c.amplification = {};
        set_assumption(plan, "overlap.universe", 2'000'000.0);
        const Assumptions a = resolve_assumptions(plan);
        const Projection p = project(plan, a);
        const double people = p.audience.universe;
        CHECK(p.total.reach <= people);
        Simulation s(plan, a, 1'000, 5, net_of_gross(p));
        s.step(1'000);
        const std::vector<double>& draws = s.samples(Headline::Reach);
        CHECK(*std::max_element(draws.begin(), draws.end()) <= people * (1.0 + 1e-12));
    }
}

TEST_CASE("With every spread at zero a draw's net and on-target reach are the median plan's") {
    Plan plan = small_target_plan();
    no_uncertainty(plan);
    const Assumptions a = resolve_assumptions(plan);
    const Projection p = project(plan, a);
    Simulation s(plan, a, 10, 3, net_of_gross(p));
    s.step(10);
    CHECK(s.result()[Headline::Reach].p50 == doctest::Approx(p.total.reach).epsilon(1e-9));
    CHECK(s.result()[Headline::OnTargetReach].p50 == doctest::Approx(p.total.on_target_reach).epsilon(1e-9));
}

TEST_CASE("Unrelated creators without profiles on three platforms are not estimated to share most of their audiences") {
    Plan plan = plan_of({creator(1, "Ana", Platform::Instagram, 900'000, 1'000, 1),
                         creator(2, "Ben", Platform::TikTok, 800'000, 1'000, 1),
                         creator(3, "Cleo", Platform::YouTube, 700'000, 1'000, 1),
                         creator(4, "Dan", Platform::Instagram, 600'000, 1'000, 1),
                         creator(5, "Eve", Platform::TikTok, 400'000, 1'000, 1)});
    plan.campaign.target_universe = 2'000'000;  // the target, not the people the followers come from
    const OverlapMatrix m = overlap_matrix(plan, resolve_assumptions(plan));
    for (std::size_t i = 0; i < m.n; ++i)
        for (std::size_t j = i + 1; j < m.n; ++j) CHECK(m.at(i, j) / std::min(m.at(i, i), m.at(j, j)) < 0.1);
}

TEST_CASE("Followers no other creator has never contradict the overlaps beside them") {
    std::mt19937 rng(7);
    for (int trial = 0; trial < 20; ++trial) {
        const Plan plan = random_plan_with_pairs(rng, 2 + trial % 9);
        const PlanAudience audience = plan_audience(plan, resolve_assumptions(plan), false);
        const OverlapMatrix& m = audience.overlap;
        for (std::size_t i = 0; i < m.n; ++i) {
            double most = 0.0, all = 0.0;
            for (std::size_t j = 0; j < m.n; ++j)
                if (j != i) most = std::max(most, m.at(i, j)), all += m.at(i, j);
            const double alone = audience.reach.exclusive_followers[i];
            CHECK(alone <= m.at(i, i) - most + 1e-6 * m.at(i, i));
            CHECK(alone >= std::max(0.0, m.at(i, i) - all) - 1e-6 * m.at(i, i));
        }
    }
}

TEST_CASE("Stating a lower overlap for a pair never lowers net reach") {
    std::mt19937 rng(29);
    for (int trial = 0; trial < 30; ++trial) {
        Plan plan = random_plan_with_pairs(rng, 2 + trial % 12);
        plan.overlaps.erase(std::remove_if(plan.overlaps.begin(), plan.overlaps.end(),
                                           [&](const Overlap& o) { return o.first == plan.creators[0].id &&
                                                                          o.second == plan.creators[1].id; }),
                            plan.overlaps.end());
        plan.overlaps.push_back({plan.creators[0].id, plan.creators[1].id, OverlapBasis::ShareOfSmaller, 0});
        double before = -1.0;
        for (int percent = 100; percent >= 0; percent -= 10) {
            plan.overlaps.back().value = ppm_from_fraction(percent / 100.0);
            const double net = net_reach_of(plan);
            CAPTURE(trial);
            CAPTURE(percent);
            CHECK(net >= before * (1.0 - 1e-12));
            before = net;
        }
    }
}

TEST_CASE("Adding a creator never lowers net reach") {
    std::mt19937 rng(41);
    for (int trial = 0; trial < 12; ++trial) {
        Plan plan = random_plan_with_pairs(rng, 4 + 3 * trial);
        // At the default spread of 1.65 for reels and videos: one- and two-post creators of
        // them are heavy-tailed enough that an uncapped Fenton-Wilkinson scale would fall when
        // one is added (docs/MODEL.md §7); random_plan_with_pairs gives them 1 to 6 posts.
        std::vector<std::size_t> order(plan.creators.size());
        for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
        double before = 0.0;
        for (std::size_t k = 1; k <= order.size(); ++k) {
            const double net = net_reach_of(first_creators(plan, order, k));
            CAPTURE(trial);
            CAPTURE(k);
            CHECK(net >= before * (1.0 - 1e-12));
            before = net;
        }
    }
}

TEST_CASE("Each point of the build-up curves is that prefix's own net reach, and the curves never go down") {
    std::mt19937 rng(53);
    for (int trial = 0; trial < 8; ++trial) {
        const Plan plan = random_plan_with_pairs(rng, 3 + 4 * trial);
        const Assumptions a = resolve_assumptions(plan);
        const NetReach whole = plan_reach(plan, a, true);
        std::vector<std::size_t> roster(plan.creators.size());
        for (std::size_t k = 0; k < roster.size(); ++k) roster[k] = k;
        const auto check_curve = [&](const std::vector<CurvePoint>& curve, const std::vector<std::size_t>& order) {
            REQUIRE(!curve.empty());
            CHECK(curve.back().creators == plan.creators.size());
            CHECK(curve.back().net == doctest::Approx(whole.net_reach).epsilon(1e-12));
            for (std::size_t p = 0; p < curve.size(); ++p) {
                CAPTURE(p);
                if (curve[p].creators < plan.creators.size())
                    CHECK(curve[p].net ==
                          doctest::Approx(net_reach_of(first_creators(plan, order, curve[p].creators))).epsilon(1e-12));
                if (p > 0) CHECK(curve[p].net >= curve[p - 1].net * (1.0 - 1e-12));
            }
        };
        CAPTURE(trial);
        check_curve(whole.buildup_roster, roster);
        check_curve(whole.buildup_best, whole.best_order);
    }
}

TEST_CASE("Two creators whose overlap is stated build up to that pair's own net reach at two creators") {
    Plan plan = plan_of({creator(1, "Ana", Platform::Instagram, 500'000, 1'000, 2),
                         creator(2, "Ben", Platform::Instagram, 300'000, 1'000, 2),
                         creator(3, "Cleo", Platform::TikTok, 400'000, 1'000, 2)});
    plan.overlaps.push_back({1, 2, OverlapBasis::SharedCount, 120'000});
    const NetReach whole = plan_reach(plan, resolve_assumptions(plan), true);
    REQUIRE(whole.buildup_roster.size() == 3);
    Plan pair = plan;
    pair.creators.pop_back();
    CHECK(whole.buildup_roster[1].net == doctest::Approx(net_reach_of(pair)).epsilon(1e-12));
}
