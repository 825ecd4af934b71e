// Random plans that pass validation, using every field the engine reads: for invariants that
// must hold for any plan, not only for hand-picked ones.
#pragma once

#include <random>

#include "engine/plan.h"
#include "engine/vocabulary.h"

namespace roster::test {

inline Plan random_valid_plan(std::mt19937& rng, int creators) {
    std::uniform_int_distribution<int> platform(0, kPlatformCount - 1), posts(0, 12), format(0, kFormatCount - 1);
    std::uniform_int_distribution<std::int64_t> followers(1, 50'000'000), fee(0, 5'000'000);
    std::uniform_int_distribution<int> ppm(0, kPpmWhole);
    std::bernoulli_distribution coin(0.5);
    Plan plan;
    plan.campaign.average_order_value_cents = fee(rng) / 100;
    plan.campaign.gross_margin_ppm = ppm(rng);
    plan.campaign.target_universe = coin(rng) ? followers(rng) * 4 : 0;
    plan.environment.likes_hidden[static_cast<std::size_t>(platform(rng))] = true;
    plan.environment.recommendation_scale_ppm = ppm(rng) * 3;
    for (int i = 0; i < creators; ++i) {
        Creator c;
        c.id = static_cast<CreatorId>(i + 1);
        c.name = "C" + std::to_string(i);
        c.platform = static_cast<Platform>(platform(rng));
        c.followers = followers(rng);
        for (int line = 0; line < 3; ++line) {
            const auto f = static_cast<Format>(format(rng));
            if (platform_offers(c.platform, f)) c.deliverables.push_back({f, posts(rng), fee(rng)});
        }
        c.paid = coin(rng);
        c.posting_probability_ppm = ppm(rng);
        c.audience_quality_ppm = coin(rng) ? ppm(rng) : 0;
        c.engagement_rate_ppm = coin(rng) ? ppm(rng) / 10 : 0;
        c.engagement_basis = coin(rng) ? EngagementBasis::Views : EngagementBasis::Followers;
        c.measured_views_per_post = coin(rng) ? followers(rng) : 0;
        c.affiliate_commission_ppm = ppm(rng) / 5;
        c.product_value_cents = fee(rng);
        if (plan.campaign.target_universe > 0 && total_posts(c) > 0 && coin(rng))
            c.amplification = {fee(rng), coin(rng) ? fee(rng) / 100 + 1 : 0, coin(rng) ? 3 : 0};
        plan.creators.push_back(c);
    }
    return plan;
}

}  // namespace roster::test
