// The projection of an edited plan reuses what of the last projection's net reach still holds
// (ReachBasis): these cases check that it reuses no more than that, and no less.
#include <doctest/doctest.h>

#include <functional>
#include <random>
#include <string>
#include <vector>

#include "engine/projection.h"
#include "support/builders.h"
#include "support/random_plan.h"

using namespace roster;

namespace {

// A random roster with what the overlap matrix reads: interests, countries, one person on two
// platforms and a stated pair.
Plan profiled_plan(std::mt19937& rng, int creators) {
    Plan plan = test::random_valid_plan(rng, creators);
    const char* interests[] = {"cooking", "travel", "fitness", "gaming"};
    std::uniform_int_distribution<int> pick(0, 3), share(100'000, 900'000);
    for (Creator& c : plan.creators) {
        c.audience.interests = {{interests[pick(rng)], share(rng)}, {interests[pick(rng)], share(rng)}};
        c.audience.countries = {{"FR", share(rng)}, {"BE", share(rng)}};
        c.deliverables.push_back({reference_format(c.platform), 2, 150'000});  // every creator posts
    }
    plan.creators[1].name = plan.creators[0].name;
    plan.creators[1].platform = plan.creators[0].platform == Platform::TikTok ? Platform::YouTube : Platform::TikTok;
    plan.overlaps.push_back({plan.creators[2].id, plan.creators[3].id, OverlapBasis::ShareOfSmaller, 150'000});
    return plan;
}

void check_same(const Projection& reused, const Projection& fresh) {
    CHECK_FALSE(reused.net_reach_pending);
    CHECK(reused.total.reach == fresh.total.reach);
    CHECK(reused.total.effective_reach == fresh.total.effective_reach);
    CHECK(reused.total.cost() == fresh.total.cost());
    CHECK(reused.ratios.roi == fresh.ratios.roi);
    CHECK(reused.overlap_factor == fresh.overlap_factor);
    CHECK(reused.audience.frequency == fresh.audience.frequency);
    CHECK(reused.audience.incremental == fresh.audience.incremental);
    CHECK(reused.audience.exclusive_followers == fresh.audience.exclusive_followers);
    CHECK(reused.audience.reach_bounds.low == fresh.audience.reach_bounds.low);
    CHECK(reused.audience.reach_bounds.high == fresh.audience.reach_bounds.high);
    REQUIRE(static_cast<bool>(reused.reach_basis));
    REQUIRE(static_cast<bool>(fresh.reach_basis));
    CHECK(reused.reach_basis->matrix->shared == fresh.reach_basis->matrix->shared);
    CHECK(reused.reach_basis->matrix->stated == fresh.reach_basis->matrix->stated);
}

struct Edit {
    std::string what;
    std::function<void(Plan&)> apply;
    int steps_per_creator;  // 0: net reach reused; 1: the matrix reused; 2: nothing reused
};

const std::vector<Edit>& edits() {
    static const std::vector<Edit> all = {
        {"a fee doubled", [](Plan& p) { p.creators[4].deliverables.back().unit_fee_cents *= 2; }, 0},
        {"a product value", [](Plan& p) { p.creators[0].product_value_cents += 10'000; }, 0},
        {"the average order value", [](Plan& p) { p.campaign.average_order_value_cents += 1'000; }, 0},
        {"the gross margin", [](Plan& p) { p.campaign.gross_margin_ppm = 300'000; }, 0},
        {"usage rights", [](Plan& p) { p.creators[3].usage_rights_cents += 50'000; }, 0},
        {"the budget cap", [](Plan& p) { p.campaign.budget_cap_cents = 9'000'000; }, 0},
        {"the conversion-rate assumption", [](Plan& p) { test::set_assumption(p, "conversion_rate", 0.04); }, 0},
        {"an affiliate commission", [](Plan& p) { p.creators[1].affiliate_commission_ppm = 120'000; }, 0},
        {"the EMV rate card", [](Plan& p) { test::set_assumption(p, "emv.per_like", 0.05); }, 0},
        {"one more post", [](Plan& p) { p.creators[5].deliverables.back().count += 1; }, 1},
        {"a posting probability", [](Plan& p) { p.creators[6].posting_probability_ppm = 500'000; p.creators[6].paid = false; }, 1},
        {"the effective frequency", [](Plan& p) { test::set_assumption(p, "overlap.effective_frequency", 5); }, 1},
        {"followers", [](Plan& p) { p.creators[7].followers += 1'000; }, 2},
        {"an interest", [](Plan& p) { p.creators[8].audience.interests.push_back({"design", 200'000}); }, 2},
        {"a name (now the same person as another)", [](Plan& p) { p.creators[9].name = p.creators[3].name; }, 2},
        {"a stated pair", [](Plan& p) { p.overlaps.push_back({p.creators[0].id, p.creators[9].id, OverlapBasis::ShareOfFirst, 50'000}); }, 2},
        {"the niche affinity", [](Plan& p) { test::set_assumption(p, "overlap.niche_affinity", 2.5); }, 2},
        {"the target universe", [](Plan& p) { p.campaign.target_universe = 90'000'000; }, 2},
        {"two creators swapped", [](Plan& p) { std::swap(p.creators[2], p.creators[10]); }, 2},
        {"a creator removed", [](Plan& p) { p.creators.pop_back(); }, 2},
    };
    return all;
}

}  // namespace

TEST_CASE("After any edit, a projection reusing the last one's reach basis is exactly a fresh projection") {
    std::mt19937 rng(5);
    for (int round = 0; round < 4; ++round) {
        const Plan before = profiled_plan(rng, 14);
        const Projection last = project(before);
        REQUIRE(static_cast<bool>(last.reach_basis));
        for (const Edit& e : edits()) {
            Plan after = before;
            e.apply(after);
            const Assumptions a = resolve_assumptions(after);
            ProjectionRun run(after, a, last.reach_basis);
            CAPTURE(e.what);
            CAPTURE(round);
            // No more reused than the edit allows: each case below moves what its level says.
            CHECK(run.remaining() == static_cast<std::size_t>(e.steps_per_creator) * after.creators.size());
            check_same(run.finish(), project(after, a));
        }
    }
}

TEST_CASE("Edits one after another, each reusing the last basis, end where a fresh projection does") {
    std::mt19937 rng(8);
    Plan plan = profiled_plan(rng, 14);
    Projection last = project(plan);
    for (int pass = 0; pass < 2; ++pass)
        for (const Edit& e : edits()) {
            if (e.what == "a creator removed" && plan.creators.size() <= 11) continue;
            e.apply(plan);
            CAPTURE(e.what);
            ProjectionRun run(plan, resolve_assumptions(plan), last.reach_basis);
            run.advance(3);  // part now, the rest at finish, as the app does over frames
            last = run.finish();
            check_same(last, project(plan));
        }
}

TEST_CASE("A reach basis from another plan is not reused") {
    std::mt19937 rng(9);
    const Plan one = profiled_plan(rng, 12), other = profiled_plan(rng, 12);
    ProjectionRun run(other, resolve_assumptions(other), project(one).reach_basis);
    CHECK(run.remaining() == 2 * other.creators.size());
    check_same(run.finish(), project(other));
}

TEST_CASE("A plan with no creators projects from an empty basis and reuses it") {
    const Plan empty;
    const Projection first = project(empty);
    REQUIRE(static_cast<bool>(first.reach_basis));
    ProjectionRun run(empty, resolve_assumptions(empty), first.reach_basis);
    CHECK(run.remaining() == 0);
    check_same(run.finish(), first);
}
