// A creator moved to another platform keeps every deliverable, each in the nearest format the
// platform offers, and the planner is told what moved; the change is one ordinary edit.
#include <doctest/doctest.h>

#include "document/document.h"
#include "document/platform_change.h"
#include "engine/message_ids.h"
#include "engine/vocabulary.h"
#include "support/builders.h"
#include "support/messages.h"

using namespace roster;

TEST_CASE("Every format lands on one the new platform offers, and an offered one stays as it is") {
    for (int p = 0; p < kPlatformCount; ++p)
        for (int f = 0; f < kFormatCount; ++f) {
            const auto platform = static_cast<Platform>(p);
            const auto format = static_cast<Format>(f);
            CAPTURE(platform_key(platform));
            CAPTURE(format_key(format));
            const Format nearest = nearest_format(platform, format);
            CHECK(platform_offers(platform, nearest));
            if (platform_offers(platform, format)) CHECK(nearest == format);
        }
    // The likenesses a planner expects.
    CHECK(nearest_format(Platform::Instagram, Format::LongVideo) == Format::Short);
    CHECK(nearest_format(Platform::YouTube, Format::Story) == Format::Short);
    CHECK(nearest_format(Platform::Twitch, Format::FeedPost) == Format::Live);
}

TEST_CASE("A YouTube creator moved to Instagram keeps both lines, the long video now a reel, and is told so") {
    Creator c = test::creator(1, "Studio Nord", Platform::YouTube, 310'000, 2'000, 2);
    c.deliverables.push_back({Format::Short, 3, 50'000});
    std::vector<Message> moved;
    const Creator on_instagram = on_platform(c, Platform::Instagram, &moved);
    CHECK(on_instagram.platform == Platform::Instagram);
    REQUIRE(on_instagram.deliverables.size() == 2);
    CHECK(on_instagram.deliverables[0].format == Format::Short);
    CHECK(on_instagram.deliverables[0].count == 2);
    CHECK(on_instagram.deliverables[0].unit_fee_cents == c.deliverables[0].unit_fee_cents);
    CHECK(on_instagram.deliverables[1].format == Format::Short);
    REQUIRE(moved.size() == 1);
    CHECK(test::english(moved[0]) == "Long video became Reel, the nearest format Instagram offers.");

    // Where the same edit was refused before, it is now one undo step.
    Document doc;
    REQUIRE(doc.execute(AddCreator{c}).ok);
    Creator added = doc.plan().creators.at(0);
    REQUIRE(doc.execute(UpdateCreator{on_platform(added, Platform::Instagram)}).ok);
    CHECK(doc.plan().creators[0].platform == Platform::Instagram);
    CHECK(doc.undo());
    CHECK(doc.plan().creators[0].platform == Platform::YouTube);
    CHECK(doc.plan().creators[0].deliverables[0].format == Format::LongVideo);
}

TEST_CASE("Moving a creator to a platform that offers all their formats says nothing") {
    const Creator c = test::creator(1, "Léa", Platform::Instagram, 48'000, 650, 3);
    std::vector<Message> moved;
    const Creator on_facebook = on_platform(c, Platform::Facebook, &moved);
    CHECK(moved.empty());
    CHECK(on_facebook.deliverables == c.deliverables);
}
