// A small campaign for the forecast-against-actuals tests: four creators on three platforms whose
// handles and posts the sample analytics exports of tests/data/actuals/ name.
#pragma once

#include "engine/plan.h"
#include "support/builders.h"

namespace roster::test {

// 1 Léa Lou (@lea.lou, Instagram): 2 reels and a carousel; 2 Studio Nord (@studionord, YouTube):
// a long video and a Short; 3 Ben Arcade (@ben.arcade, TikTok): 3 videos; 4 Cleo (@cleo,
// Instagram): a feed post.
inline Plan campaign_plan() {
    Creator lea = creator(1, "Léa Lou", Platform::Instagram, 48'200, 650.0, 2);
    lea.handle = "@lea.lou";
    lea.deliverables = {{Format::Short, 2, 65'000}, {Format::Carousel, 1, 52'000}};
    Creator nord = creator(2, "Studio Nord", Platform::YouTube, 1'250'000, 18'000.0, 1);
    nord.handle = "@studionord";
    nord.deliverables = {{Format::LongVideo, 1, 1'800'000}, {Format::Short, 1, 400'000}};
    Creator ben = creator(3, "Ben Arcade", Platform::TikTok, 220'000, 1'800.0, 3);
    ben.handle = "@ben.arcade";
    Creator cleo = creator(4, "Cleo", Platform::Instagram, 9'000, 0.0, 1);
    cleo.handle = "@cleo";
    cleo.paid = true;
    Plan plan = plan_of({lea, nord, ben, cleo});
    plan.name = "Rentrée 2026";
    plan.campaign.average_order_value_cents = 4'900;
    return plan;
}

}  // namespace roster::test
