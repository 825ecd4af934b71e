// The deduplication's figures held to the bit. Its code was split by concern (issue 21: the
// mixed binomial, each creator's reach, the closest creators and the triples, the bounds, the
// steps, the curves, each in a file of its own) without changing a number: the figures below
// were recorded from the single-file deduplication before the split (exclusive followers and the
// curves again in session 13, when they changed on purpose: exclusive followers held inside what
// the pairs allow, each curve point a prefix's own deduplication), on rosters made the same
// way on every platform (support/generated_audiences.h), so any change of arithmetic or of its
// order shows here, however small. And the two ways of taking the overlap matrix's hot loop (a
// vector path for GCC and Clang, plain C++ for other compilers) are held to the same bits, and
// the one the build takes to the loop's definition (overlap_row_sums.h), worked out here.
//
// The figures pass through the C library's log1p and expm1, which are not correctly rounded:
// glibc's (x86-64, where they were recorded) and WebAssembly's musl can differ in the last bit
// (engine/exponential.h says the same of exp). So the last bit is checked with glibc on x86-64;
// elsewhere the figures are held to 1e-12.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "engine/deduplication.h"
#include "engine/overlap_row_sums.h"
#include "engine/random.h"
#include "support/generated_audiences.h"

using namespace roster;

namespace {

std::string hex(double x) {
    char text[40];
    std::snprintf(text, sizeof text, "%a", x);
    return text;
}

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

void check_pinned(double actual, double pinned, const char* what) {
    const std::string got = hex(actual), recorded = hex(pinned);
    CAPTURE(what);
    CAPTURE(got);
    CAPTURE(recorded);
#if defined(__x86_64__) && defined(__GLIBC__)
    CHECK(same_bits(actual, pinned));
#else
    CHECK(actual == doctest::Approx(pinned).epsilon(1e-12));
#endif
}

// One roster's figures as the deduplication gave them before the split.
struct Pinned {
    int creators;
    std::uint64_t seed;
    double universe;
    DeduplicationOptions options;
    double net_reach, net_followers;
    double reach_low, reach_high, followers_low, followers_high;
    bool clamped;
    Frequency frequency;
    double effective_reach, exposures;
    double incremental_sum, exclusive_sum;  // summed in roster order
    double roster_curve_middle, roster_curve_end, best_curve_middle;  // 0 without curves
    std::array<std::size_t, 3> best_first;                             // the first three of the best order
};

const Pinned kPinned[] = {
    // three creators, where the pairs bound the union and the estimate is clamped into the bounds
    {3, 5, 5e6, {3, true},
     0x1.01986f027f433p+17, 0x1.81c3ec4ea1dbap+17,
     0x1.0187c4c598bfap+17, 0x1.0245b871510d9p+17, 0x1.81c3ec4ea1dbap+17, 0x1.81c3ec4ea1dbap+17, true,
     {0x1.0c39a861f9459p+16, 0x1.cb9ce0091b93p+14, 0x1.8707b81b48c36p+13, 0x1.d6f79551bb905p+12,
      0x1.2aa7bfa2bbe68p+12, 0x1.8cf102b7d810dp+11, 0x1.1292b716ce53cp+11, 0x1.8864834ea3a6ap+10,
      0x1.1f765ce2d03f9p+10, 0x1.bcc3ff696510ep+9},
     0x1.081ffb417cb97p+15, 0x1.16aeb6e937a17p+18, 0x1.f9857dc1599b6p+16, 0x1.6bd70a32975fap+17,
     0x1.442882e6d763ap+16, 0x1.01986f027f433p+17, 0x1.d5b3a4102d10cp+16, {1, 2, 0}},
    // a dozen creators in two niches, with curves
    {12, 1, 5e6, {3, true},
     0x1.2bbab6c416aa4p+18, 0x1.573068c6a0b33p+18,
     0x1.248f10c7ec02cp+18, 0x1.3024b1987f3d7p+18, 0x1.3fdf4e187ea43p+18, 0x1.6014f808a77dcp+18, false,
     {0x1.1d52b2580a534p+17, 0x1.17d7bda55c3b8p+16, 0x1.0823c43041571p+15, 0x1.3ffa9e1fc9dfdp+14,
      0x1.8f38c157b959bp+13, 0x1.fd1e2e448ca44p+12, 0x1.49fb69c1f395cp+12, 0x1.b170526288bffp+11,
      0x1.1fe2f4ceecb53p+11, 0x1.6f3c66bd7939ap+11},
     0x1.5c6db8bae9c7dp+16, 0x1.577a2c7066c09p+19, 0x1.0ee0b476116e1p+18, 0x1.23408b626bd1ap+18,
     0x1.b9b55ead69fb2p+17, 0x1.2bbab6c416aa4p+18, 0x1.17e293b8c9804p+18, {5, 1, 8}},
    // sixty creators in eight niches, with curves
    {60, 2, 5e6, {3, true},
     0x1.9ba5e7f5284d9p+19, 0x1.297a6ccf153dap+20,
     0x1.7cf174d78e1e9p+19, 0x1.cc852428945afp+19, 0x1.9f420cb8adcfcp+19, 0x1.5a553dcbcf8c8p+20, false,
     {0x1.6d4f8ec4c787bp+18, 0x1.7d979d6e9fab9p+17, 0x1.7971154c39d1cp+16, 0x1.d1452b9d1eb2bp+15,
      0x1.2c7ee2f07a6cap+15, 0x1.92e3cce798e87p+14, 0x1.15a7ba43b34dbp+14, 0x1.870757302a0adp+13,
      0x1.18074301106d7p+13, 0x1.b34fc0a721c6cp+13},
     0x1.0b30726e393dbp+18, 0x1.011a72b6e99b1p+21, 0x1.5b9feacf412ccp+19, 0x1.b62039bbd7f34p+19,
     0x1.c1873a929bf7ap+18, 0x1.9ba5e7f5284d9p+19, 0x1.6fd8211a51603p+19, {55, 57, 13}},
    // past 250 creators: 16 closest creators, lifts computed as met, the closest found from block maxima
    {300, 3, 5e6, {3, false},
     0x1.56d609b4f0182p+21, 0x1.b38df7b9aaf8bp+21,
     0x1.169440f89472ep+21, 0x1.ea1a4f8b26b8dp+21, 0x1.5755ae3c22c32p+21, 0x1.312dp+22, false,
     {0x1.abbaa9af46083p+19, 0x1.2214acd99a775p+19, 0x1.7ae7abcdc3cc4p+18, 0x1.08d067606d0eep+18,
      0x1.79019bfede0cfp+17, 0x1.1061b062c1825p+17, 0x1.8dc6fcfe69bf1p+16, 0x1.24f9634f96304p+16,
      0x1.b2b473771e344p+15, 0x1.be8502d16d7c1p+16},
     0x1.46c468256ff1p+20, 0x1.1afc0fb8d8d25p+23, 0x1.a48572f9449ccp+20, 0x1.86571c6a7dd02p+20,
     0, 0, 0, {0, 0, 0}},
    // forty creators crowding a universe of 200,000 people, 2+ as effective reach
    {40, 4, 200'000, {2, true},
     0x1.5154313ab8addp+17, 0x1.50ff8279d105ep+17,
     0x1.1e99833640cdep+17, 0x1.86ap+17, 0x1.309500b1da264p+17, 0x1.6e9043f426594p+17, false,
     {0x1.fbb494debc298p+11, 0x1.afb5bb07a8a15p+12, 0x1.2914e2fd91d6p+13, 0x1.6bb601680c591p+13,
      0x1.98f076e740596p+13, 0x1.b015079ce9458p+13, 0x1.b3515dbcb758cp+13, 0x1.a6720faeb599cp+13,
      0x1.8dc50cea3b2fcp+13, 0x1.1f24467612f25p+16},
     0x1.49655ee73dbd4p+17, 0x1.84ea5caa5e39fp+20, 0x1.e0aa5dbded05fp+12, 0x1.11e7679c9ba3cp+9,
     0x1.3ee870e5618ep+17, 0x1.5154313ab8addp+17, 0x1.5272875540ea6p+17, {37, 1, 10}}};

void check_against(const NetReach& r, const Pinned& p) {
    check_pinned(r.net_reach, p.net_reach, "net reach");
    check_pinned(r.net_followers, p.net_followers, "net followers");
    check_pinned(r.reach_bounds.low, p.reach_low, "lowest possible reach");
    check_pinned(r.reach_bounds.high, p.reach_high, "highest possible reach");
    check_pinned(r.follower_bounds.low, p.followers_low, "fewest possible followers");
    check_pinned(r.follower_bounds.high, p.followers_high, "most possible followers");
    CHECK(r.clamped == p.clamped);
    for (std::size_t k = 0; k < p.frequency.size(); ++k) {
        CAPTURE(k);
        check_pinned(r.frequency[k], p.frequency[k], "people reached k + 1 times");
    }
    check_pinned(r.effective_reach, p.effective_reach, "effective reach");
    check_pinned(r.exposures, p.exposures, "exposures");
    double incremental = 0.0, exclusive = 0.0;
    for (double v : r.incremental) incremental += v;
    for (double v : r.exclusive_followers) exclusive += v;
    check_pinned(incremental, p.incremental_sum, "incremental reach, summed");
    check_pinned(exclusive, p.exclusive_sum, "exclusive followers, summed");
    if (!p.options.curves) return;
    REQUIRE(!r.buildup_roster.empty());
    REQUIRE(r.best_order.size() >= 3);
    check_pinned(r.buildup_roster[r.buildup_roster.size() / 2].net, p.roster_curve_middle, "roster curve, middle");
    check_pinned(r.buildup_roster.back().net, p.roster_curve_end, "roster curve, end");
    check_pinned(r.buildup_best[r.buildup_best.size() / 2].net, p.best_curve_middle, "best-order curve, middle");
    for (std::size_t a = 0; a < 3; ++a) CHECK(r.best_order[a] == p.best_first[a]);
}

}  // namespace

TEST_CASE("A roster's net reach, bounds and frequency are the recorded figures to the last bit") {
    for (const Pinned& p : kPinned) {
        CAPTURE(p.creators);
        CAPTURE(p.seed);
        const testing::GeneratedAudiences g = testing::generated_audiences(p.creators, p.seed, p.universe);
        check_against(deduplicate(g.creators, g.shared, g.universe, p.options), p);
        // The same creator by creator, as the app takes it over frames.
        Deduplication steps(g.creators, g.shared, g.universe, p.options);
        while (steps.advance(1)) {
        }
        check_against(steps.finish(), p);
    }
}

namespace {

struct Row {
    std::vector<double> shared, other_rate, gap, rate;
    double inverse_followers = 0.0;
};

// A creator's row of `n` with rates as the deduplication makes them, and now and then a value
// the share's bounds have work with: a negative count, a negative zero, more shared than
// followed; and now and then a creator without followers (1 / F_i taken as 0).
Row random_row(std::size_t n, std::uint64_t seed) {
    RandomStream rng(seed);
    Row row;
    const double followers = 1'000.0 + 100'000.0 * rng.uniform();
    row.inverse_followers = seed % 5 == 0 ? 0.0 : 1.0 / followers;
    for (std::size_t j = 0; j < n; ++j) {
        const std::uint64_t kind = rng.next() % 16;
        const double shared = kind == 0 ? -50.0 : kind == 1 ? -0.0 : kind == 2 ? 1.5 * followers
                                                                               : followers * rng.uniform() * rng.uniform();
        const double rate = rng.uniform(), other_rate = 0.1 * rng.uniform();
        row.shared.push_back(shared);
        row.rate.push_back(rate);
        row.other_rate.push_back(other_rate);
        row.gap.push_back(rate - other_rate);
    }
    return row;
}

// The share o_ij of a creator's followers who also follow j, as overlap_row_sums.h defines it
// rather than as either path computes it: a negative count is nobody, more shared than
// followed is every follower, and anything between is shared / F_i. (A negative zero reads as
// nobody too; the paths keep its sign in the last one to three creators and not in the fours,
// which no figure can tell apart, so zeros are compared as numbers.)
double expected_share(double shared, double inverse_followers) {
    const double o = shared * inverse_followers;
    if (o < 0.0) return 0.0;
    if (o > 1.0) return 1.0;
    return o;
}

}  // namespace

TEST_CASE("A shared count below zero is nobody, one above the followers is every follower, and the row adds up") {
    std::uint64_t seed = 1'000;
    for (std::size_t n : {1, 3, 4, 7, 50, 257})
        for (int repeat = 0; repeat < 6; ++repeat) {
            const Row row = random_row(n, ++seed);
            std::vector<double> share(n, -1.0), block((n + 3) / 4, -1.0);
            const dedup::OverlapRowSums sums =
                dedup::sum_overlap_row(row.shared.data(), n, row.inverse_followers, row.other_rate.data(),
                                       row.gap.data(), row.rate.data(), share.data(), block.data());
            CAPTURE(n);
            CAPTURE(seed);
            // The sums of overlap_row_sums.h, added one creator at a time: the same to rounding.
            dedup::OverlapRowSums expected;
            for (std::size_t j = 0; j < n; ++j) {
                CAPTURE(j);
                CAPTURE(row.shared[j]);
                const double x = expected_share(row.shared[j], row.inverse_followers);
                CHECK(share[j] == x);
                const double pi = row.other_rate[j] + x * row.gap[j];
                expected.follows += x;
                expected.follows_squared += x * x;
                expected.reached_by += pi;
                expected.reached_by_squared += pi * pi;
                expected.shared_followers += row.shared[j];
                expected.shared_reached += row.shared[j] * row.rate[j];
            }
            for (std::size_t b = 0; b < block.size(); ++b) {
                const auto first = share.begin() + static_cast<std::ptrdiff_t>(4 * b);
                CHECK(block[b] == *std::max_element(first, first + static_cast<std::ptrdiff_t>(std::min<std::size_t>(4, n - 4 * b))));
            }
            const double close = 1e-12;
            CHECK(sums.follows == doctest::Approx(expected.follows).epsilon(close));
            CHECK(sums.follows_squared == doctest::Approx(expected.follows_squared).epsilon(close));
            CHECK(sums.reached_by == doctest::Approx(expected.reached_by).epsilon(close));
            CHECK(sums.reached_by_squared == doctest::Approx(expected.reached_by_squared).epsilon(close));
            CHECK(sums.shared_followers == doctest::Approx(expected.shared_followers).epsilon(close));
            CHECK(sums.shared_reached == doctest::Approx(expected.shared_reached).epsilon(close));
        }
}

TEST_CASE("a plan's reach does not depend on whether the compiler has vector extensions") {
#if ROSTER_DEDUP_HAS_VECTOR_PATH
    std::uint64_t seed = 0;
    for (std::size_t n : {1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 50, 257})
        for (int repeat = 0; repeat < 6; ++repeat) {
            const Row row = random_row(n, ++seed);
            std::vector<double> share_vector(n), share_portable(n), share_chosen(n);
            std::vector<double> block_vector((n + 3) / 4, -1.0), block_portable = block_vector, block_chosen = block_vector;
            const dedup::OverlapRowSums vector = dedup::sum_overlap_row_vector(
                row.shared.data(), n, row.inverse_followers, row.other_rate.data(), row.gap.data(), row.rate.data(),
                share_vector.data(), block_vector.data());
            const dedup::OverlapRowSums portable = dedup::sum_overlap_row_portable(
                row.shared.data(), n, row.inverse_followers, row.other_rate.data(), row.gap.data(), row.rate.data(),
                share_portable.data(), block_portable.data());
            const dedup::OverlapRowSums chosen = dedup::sum_overlap_row(
                row.shared.data(), n, row.inverse_followers, row.other_rate.data(), row.gap.data(), row.rate.data(),
                share_chosen.data(), block_chosen.data());
            CAPTURE(n);
            CAPTURE(seed);
            for (const dedup::OverlapRowSums* other : {&portable, &chosen}) {
                CHECK(same_bits(vector.follows, other->follows));
                CHECK(same_bits(vector.follows_squared, other->follows_squared));
                CHECK(same_bits(vector.reached_by, other->reached_by));
                CHECK(same_bits(vector.reached_by_squared, other->reached_by_squared));
                CHECK(same_bits(vector.shared_followers, other->shared_followers));
                CHECK(same_bits(vector.shared_reached, other->shared_reached));
            }
            CHECK(std::memcmp(share_vector.data(), share_portable.data(), n * sizeof(double)) == 0);
            CHECK(std::memcmp(share_vector.data(), share_chosen.data(), n * sizeof(double)) == 0);
            CHECK(std::memcmp(block_vector.data(), block_portable.data(), block_vector.size() * sizeof(double)) == 0);
            CHECK(std::memcmp(block_vector.data(), block_chosen.data(), block_vector.size() * sizeof(double)) == 0);
        }
#else
    MESSAGE("this compiler has no vector extension: only the portable path is built");
#endif
}
