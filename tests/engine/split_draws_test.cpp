// Splittable, reproducible draws (issue 25): a run computed in blocks by separate simulations of
// the same plan (as workers compute it) is bit for bit the run stepped in one place, for every
// sampling; the inputs of the stratified and antithetic draws are what they claim; the adaptive
// draw count stops at a block boundary once the precision asked for is reached.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <random>
#include <set>

#include "engine/random.h"
#include "engine/simulation.h"
#include "engine/stratification.h"
#include "support/builders.h"
#include "support/random_plan.h"
#include "support/same_ranges.h"

using namespace roster;

namespace {

Plan campaign_plan() {
    std::mt19937 rng(25);
    Plan plan = test::random_valid_plan(rng, 40);
    plan.campaign.average_order_value_cents = 6'000;
    plan.campaign.gross_margin_ppm = 600'000;
    return plan;
}

using test::check_same;

// The run of `draws` draws as `parts` workers would compute it: each part a separate Simulation
// that draws its share of whole blocks, merged in draw order into a run that draws nothing.
SimulationResult in_parts(const Plan& plan, const Assumptions& a, int draws, int parts, Sampling sampling) {
    Simulation merged(plan, a, draws, 99, std::nullopt, sampling);
    const int blocks = (draws + kBlockDraws - 1) / kBlockDraws;
    int first = 0;
    for (int p = 0; p < parts; ++p) {
        const int share = blocks / parts + (p < blocks % parts ? 1 : 0);
        const int count = std::min(share * kBlockDraws, draws - first);
        Simulation worker(plan, a, draws, 99, std::nullopt, sampling);
        const Simulation::DrawBlock block = worker.draw_block(first, count);
        CHECK(merged.add_block(block) == count);
        first += count;
    }
    CHECK(merged.finished());
    return merged.result();
}

}  // namespace

TEST_CASE("One block, four blocks or seven give bit-identical ranges, for every sampling") {
    const Plan plan = campaign_plan();
    const Assumptions a = resolve_assumptions(plan);
    for (const Sampling sampling : {Sampling::Independent, Sampling::Antithetic, Sampling::Stratified}) {
        CAPTURE(static_cast<int>(sampling));
        const int draws = 7 * kBlockDraws + 130;  // a last block cut short
        const SimulationResult whole = simulate(plan, a, draws, 99, sampling);
        check_same(whole, in_parts(plan, a, draws, 1, sampling));
        check_same(whole, in_parts(plan, a, draws, 4, sampling));
        check_same(whole, in_parts(plan, a, draws, 7, sampling));
        Simulation sliced(plan, a, draws, 99, std::nullopt, sampling);
        while (!sliced.finished()) sliced.step(37);
        check_same(whole, sliced.result());
    }
}

TEST_CASE("A block that does not start where the run stands is refused and leaves the run as it was") {
    const Plan plan = campaign_plan();
    const Assumptions a = resolve_assumptions(plan);
    Simulation run(plan, a, 1'000, 3);
    Simulation worker(plan, a, 1'000, 3);
    CHECK(run.add_block(worker.draw_block(250, 250)) == 0);
    CHECK(run.completed() == 0);
    Simulation::DrawBlock torn = worker.draw_block(0, 250);
    torn.samples[3].pop_back();
    CHECK(run.add_block(torn) == 0);
    CHECK(run.add_block(worker.draw_block(0, 1'500)) == 1'000);  // up to the draws asked for
    CHECK(run.finished());
}

TEST_CASE("The inverse normal distribution function inverts the normal distribution to 1e-13") {
    CHECK(normal_quantile(0.5) == 0.0);
    CHECK(normal_quantile(0.975) == doctest::Approx(1.959963984540054).epsilon(1e-14));
    CHECK(normal_quantile(0.1) == doctest::Approx(-1.2815515655446004).epsilon(1e-14));
    CHECK(normal_quantile(1e-10) == doctest::Approx(-6.361340902404056).epsilon(1e-13));
    CHECK(std::isinf(normal_quantile(0.0)));
    CHECK(std::isnan(normal_quantile(1.5)));
    // Through the lower tail, where p = Φ(x) is known to its last bits (near 1, p's own rounding
    // of 1e-16 would move x by more than the function's error); the upper half by symmetry.
    for (double x = -8.0; x <= 0.5; x += 0.01) {
        const double p = 0.5 * std::erfc(-x / std::sqrt(2.0));
        CAPTURE(x);
        CHECK(normal_quantile(p) == doctest::Approx(x).epsilon(1e-13).scale(1.0));
    }
    for (double p = 0.001; p < 0.5; p += 0.001) CHECK(normal_quantile(1.0 - p) == doctest::Approx(-normal_quantile(p)).epsilon(1e-12));
}

TEST_CASE("A shuffled position is a permutation of the block for every key") {
    for (const std::uint32_t length : {1u, 2u, 7u, 250u, 256u, 1000u}) {
        for (std::uint32_t key = 0; key < 50; ++key) {
            std::set<std::uint32_t> seen;
            for (std::uint32_t i = 0; i < length; ++i) seen.insert(shuffled_position(i, length, key * 2654435761u));
            CHECK(seen.size() == length);
            CHECK(*seen.rbegin() == length - 1);
        }
    }
}

TEST_CASE("Within a stratified block each campaign-wide input falls once in each of its slices") {
    const Plan plan = campaign_plan();
    Assumptions a = resolve_assumptions(plan);
    const Simulation run(plan, a, 0, 11, std::nullopt, Sampling::Stratified);
    const double sigma = a[assumption::kCampaignSigma];
    REQUIRE(sigma > 0.0);
    for (const int block : {0, 3}) {
        std::set<int> slices;
        for (int i = 0; i < kBlockDraws; ++i) {
            const double z = run.campaign_draw(block * kBlockDraws + i).shock / sigma;
            const double p = 0.5 * std::erfc(-z / std::sqrt(2.0));
            slices.insert(static_cast<int>(p * kBlockDraws));
        }
        CHECK(slices.size() == static_cast<std::size_t>(kBlockDraws));
    }
}

TEST_CASE("An antithetic draw is the exact mirror of the draw before it") {
    const Plan plan = campaign_plan();
    const Simulation run(plan, resolve_assumptions(plan), 0, 11, std::nullopt, Sampling::Antithetic);
    for (int pair = 0; pair < 20; ++pair) {
        const Simulation::CampaignDraw even = run.campaign_draw(2 * pair), odd = run.campaign_draw(2 * pair + 1);
        CHECK(even.key == odd.key);
        CHECK_FALSE(even.mirrored);
        CHECK(odd.mirrored);
        CHECK(odd.shock == -even.shock);
        CHECK(odd.click * even.click == doctest::Approx(1.0));
    }
    RandomStream forward(42), mirror(42, true);
    for (int i = 0; i < 10'000; ++i) {
        // 1 - u to the last of its 53 bits (each is the middle of its 2^-53 interval).
        if (i % 3 == 0) CHECK(std::fabs(mirror.uniform() - (1.0 - forward.uniform())) < 2e-16);
        else CHECK(mirror.normal() == -forward.normal());
    }
}

TEST_CASE("An adaptive run stops at a block boundary once its precision is reached, and not before its floor") {
    const Plan plan = campaign_plan();
    const Assumptions a = resolve_assumptions(plan);
    Simulation loose(plan, a, 40'000, 5, std::nullopt, Sampling::Stratified);
    loose.stop_at_precision({0.05, 2'000});
    while (!loose.finished()) loose.step(333);
    CHECK(loose.completed() == 2'000);  // 5% is reached at once: the floor holds
    REQUIRE(loose.precision());
    CHECK(*loose.precision() <= 0.05);

    Simulation strict(plan, a, 40'000, 5, std::nullopt, Sampling::Stratified);
    strict.stop_at_precision({0.01, 2'000});
    while (!strict.finished()) strict.step(333);
    CHECK(strict.completed() % kBlockDraws == 0);
    REQUIRE(strict.precision());
    if (strict.completed() < 40'000) {
        CHECK(*strict.precision() <= 0.01);
        // One block fewer had not reached it: the run stopped at the first boundary that did.
        Simulation shorter(plan, a, strict.completed() - kBlockDraws, 5, std::nullopt, Sampling::Stratified);
        shorter.step(strict.completed());
        if (shorter.completed() >= 2'000) CHECK(*shorter.precision() > 0.01);
    }
    // The same stop however the draws were sliced or merged.
    Simulation merged(plan, a, 40'000, 5, std::nullopt, Sampling::Stratified);
    merged.stop_at_precision({0.01, 2'000});
    Simulation worker(plan, a, 40'000, 5, std::nullopt, Sampling::Stratified);
    while (!merged.finished()) merged.add_block(worker.draw_block(merged.completed(), 3 * kBlockDraws));
    check_same(strict.result(), merged.result());
}

TEST_CASE("The precision is unknown before four whole blocks and shrinks as draws are added") {
    const Plan plan = campaign_plan();
    const Assumptions a = resolve_assumptions(plan);
    CHECK_FALSE(simulate(plan, a, 4 * kBlockDraws - 1, 8).precision);
    const SimulationResult few = simulate(plan, a, 4 * kBlockDraws, 8, Sampling::Stratified);
    const SimulationResult many = simulate(plan, a, 64 * kBlockDraws, 8, Sampling::Stratified);
    REQUIRE(few.precision);
    REQUIRE(many.precision);
    CHECK(*few.precision > 0.0);
    CHECK(*many.precision < *few.precision);
}
