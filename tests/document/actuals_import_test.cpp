// Actuals from analytics exports (document/actuals_import.h): rows matched to the plan's creators
// by handle or post address and given a post each, the preview's reasons for every row left
// out, one undo step to take them, and files that change nothing.
#include <doctest/doctest.h>

#include <string>

#include "document/actuals_import.h"
#include "document/document.h"
#include "support/campaign.h"
#include "support/files.h"
#include "support/messages.h"

using namespace roster;

namespace {

ActualsPreview preview(const std::string& name, const Plan& plan) {
    ActualsPreview p = preview_actuals(test::read_bytes(test::test_data("actuals/" + name)), plan);
    INFO(name << ": " << test::english(p.problem));
    REQUIRE(p.ok);
    return p;
}

const Actual* post(const Plan& plan, CreatorId id, Format f, int n) { return find_actual(plan, id, f, n); }

}  // namespace

TEST_CASE("An Instagram export's rows go to the creators with those handles, one post each, in one undo step") {
    Document doc(test::campaign_plan());
    const ActualsPreview p = preview("instagram-en.csv", doc.plan());
    CHECK(p.count(ActualsRowOutcome::Matched) == 4);
    CHECK(p.count(ActualsRowOutcome::Unmatched) == 1);
    CHECK(test::english(p.rows[4].message) ==
          "Row 6: no creator of the plan has the handle or post address “random.brand”.");
    CHECK(test::english(p.rows[0].message) == "Row 2: “Léa Lou”, Reel 1.");
    CHECK(test::english(p.counts()) == "4 posts matched, 1 row not matched, 0 rows refused.");
    REQUIRE(doc.execute(p.command()).ok);
    const Plan& plan = doc.plan();
    REQUIRE(plan.actuals.size() == 4);
    const Actual* second_reel = post(plan, 1, Format::Short, 2);
    REQUIRE(second_reel);
    CHECK((*second_reel)[ActualFigure::Views].value == 9'310);
    CHECK(second_reel->date == "2026-03-18");
    REQUIRE(post(plan, 1, Format::Carousel, 1));
    REQUIRE(post(plan, 4, Format::FeedPost, 1));
    CHECK((*post(plan, 4, Format::FeedPost, 1))[ActualFigure::Reach].source == Provenance::Estimate);
    CHECK(test::english(*doc.undo_label()) == "import the actuals of 4 posts");
    CHECK(doc.undo());
    CHECK(doc.plan().actuals.empty());
}

TEST_CASE("The French export gives the same actuals as the English one, and importing again updates the same posts") {
    Plan english = test::campaign_plan(), french = test::campaign_plan();
    REQUIRE(roster::apply(english, preview("instagram-en.csv", english).command()).ok);
    REQUIRE(roster::apply(french, preview("instagram-fr.csv", french).command()).ok);
    CHECK(english.actuals == french.actuals);
    // The posts are known by their addresses now: the same file again changes nothing.
    const Plan before = english;
    const ActualsPreview again = preview("instagram-fr.csv", english);
    CHECK(again.count(ActualsRowOutcome::Matched) == 4);
    REQUIRE(roster::apply(english, again.command()).ok);
    CHECK(english.actuals == before.actuals);
}

TEST_CASE("TikTok and YouTube exports are matched by the handle in the address, or to the only creator there") {
    Plan plan = test::campaign_plan();
    for (const char* file : {"tiktok-en.csv", "tiktok-fr.csv"}) {
        Plan p = plan;
        const ActualsPreview tiktok = preview(file, p);
        CHECK(tiktok.count(ActualsRowOutcome::Matched) == 3);
        REQUIRE(roster::apply(p, tiktok.command()).ok);
        REQUIRE(post(p, 3, Format::Short, 3));
        CHECK((*post(p, 3, Format::Short, 3))[ActualFigure::Views].value == 143'900);
    }
    for (const char* file : {"youtube-en.csv", "youtube-fr.csv"}) {
        Plan p = plan;
        const ActualsPreview youtube = preview(file, p);
        CHECK(youtube.total_row == std::size_t{2});
        CHECK(youtube.count(ActualsRowOutcome::Matched) == 2);
        REQUIRE(roster::apply(p, youtube.command()).ok);
        REQUIRE(post(p, 2, Format::LongVideo, 1));
        REQUIRE(post(p, 2, Format::Short, 1));
        CHECK((*post(p, 2, Format::Short, 1))[ActualFigure::Views].value == 14'292);
    }
    // With two YouTube creators and no channel in the file, the rows are ambiguous.
    Creator other = plan.creators[1];
    other.id = 9;
    other.name = "Atelier Sud";
    other.handle = "@ateliersud";
    plan.creators.push_back(other);
    const ActualsPreview ambiguous = preview("youtube-en.csv", plan);
    CHECK(ambiguous.count(ActualsRowOutcome::Ambiguous) == 2);
    CHECK(ambiguous.nothing_to_import());
    CHECK(test::english(ambiguous.rows[0].message).find("“Studio Nord”, “Atelier Sud”") != std::string::npos);
}

TEST_CASE("A file for the wrong platform, more rows than posts, or a broken number leave the plan as it was") {
    const Plan plan = test::campaign_plan();
    const ActualsPreview wrong = preview("tiktok-wrong-platform.csv", plan);
    CHECK(wrong.nothing_to_import());
    CHECK(test::english(wrong.rows[0].message) == "Row 2: “Léa Lou” is not on TikTok Studio in the plan.");

    // Cleo has one post; a second export of her lands nowhere.
    Plan one_post = plan;
    REQUIRE(roster::apply(one_post, preview("instagram-en.csv", one_post).command()).ok);
    const std::string cleo_again =
        "Account username,Publish time,Permalink,Post type,Views\n"
        "cleo,03/20/2026 10:00,https://www.instagram.com/p/Another1/,IG image,1500\n";
    const ActualsPreview extra = preview_actuals(cleo_again, one_post);
    REQUIRE(extra.ok);
    CHECK(test::english(extra.rows[0].message) ==
          "Row 2: every post planned for “Cleo” already has its actuals in this file.");

    const ActualsPreview negative = preview("instagram-negative.csv", plan);
    CHECK(negative.count(ActualsRowOutcome::Refused) == 1);
    CHECK(negative.nothing_to_import());

    const ActualsPreview roster = preview_actuals(test::read_bytes(test::test_data("actuals/roster-not-an-export.csv")), plan);
    CHECK_FALSE(roster.ok);
    CHECK(test::english(roster.problem).find("not an analytics export") != std::string::npos);
    CHECK(test::french(roster.problem).find("export de statistiques") != std::string::npos);
}
