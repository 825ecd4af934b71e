// The latent classes (engine/latent_classes.h): the fit groups the stated pairs by their first
// creator and sums each group either directly or as "every later creator less the pairs not
// stated", whichever is shorter; both ways must give the same fit, whichever creator of a pair is
// named first and in whatever order creators and pairs come.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "support/reach_accuracy.h"

using namespace roster;
using namespace roster::testing;
using doctest::Approx;

namespace {

// The same audiences with the creators numbered backwards, each pair named the other way round
// and the pairs shuffled: creators that had few later partners now have many, so the fit sums
// their groups the other way.
LatentInputs turned_round(const LatentInputs& in) {
    LatentInputs out = in;
    const std::size_t n = in.creators.size();
    std::reverse(out.creators.begin(), out.creators.end());
    for (LatentPair& p : out.pairs) p = {n - 1 - p.j, n - 1 - p.i, p.shared};
    std::mt19937_64 rng(3);
    std::shuffle(out.pairs.begin(), out.pairs.end(), rng);
    return out;
}

}  // namespace

TEST_CASE("The latent classes give the same estimate whatever the order of the creators and of the stated pairs") {
    for (Family family : {Family::Communities, Family::SharedNiches, Family::NestedNiches}) {
        CAPTURE(family_name(family));
        const AudienceWorld w = make_audience_world(family, 30, 4, 200'000);
        for (Stated stated : {Stated::Every, Stated::Third}) {
            for (bool profiles : {true, false}) {
                const Plan plan = planned(w, {stated, profiles}, 4);
                const PlanAudience pa = plan_audience(plan, resolve_assumptions(plan), false);
                LatentInputs in = latent_inputs(plan, pa.creators, w.universe);
                // A pair stated twice (by two team members, say) counts twice, both ways.
                in.pairs.push_back(in.pairs[in.pairs.size() / 2]);
                in.pairs.back().shared *= 1.5;
                const LatentReach a = latent_reach(in), b = latent_reach(turned_round(in));
                CHECK(a.reach > 0.0);
                CHECK(b.reach == Approx(a.reach).epsilon(1e-9));
                CHECK(b.at_least_three == Approx(a.at_least_three).epsilon(1e-9));
                CHECK(b.heaviness == Approx(a.heaviness).epsilon(1e-9));
            }
        }
    }
}
