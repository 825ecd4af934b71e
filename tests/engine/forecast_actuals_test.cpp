// From forecast to actuals (issue 23): the forecast locked when a campaign goes live, the actuals
// of its posts with where each number came from, the comparison of the two, and the plan file
// (format 5) that keeps them.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <string>

#include "document/commands.h"
#include "document/document.h"
#include "engine/creator_ranges.h"
#include "engine/forecast_check.h"
#include "engine/forecast_lock.h"
#include "engine/validation.h"
#include "storage/plan_file.h"
#include "support/campaign.h"
#include "support/files.h"
#include "support/messages.h"
#include "version.h"

using namespace roster;

namespace {

LockForecast lock_command(const Plan& plan, int draws = 800) {
    return LockForecast{plan.scenario_position, {"2026-03-10", "0.5.0", draws, 7}, plan.scenario};
}

Actual actual(CreatorId creator, Format format, int post, std::int64_t views) {
    Actual a;
    a.creator = creator;
    a.format = format;
    a.post = post;
    a.date = "2026-03-14";
    a[ActualFigure::Views] = {true, views, Provenance::Platform};
    return a;
}

LockedBand band(std::int64_t p10, std::int64_t p50, std::int64_t p90) { return {p10, p50, p90}; }

// A promise written by hand, so that the comparison's figures can be worked out on paper.
// Ana: 2 posts, views 1,000 / 2,000 / 4,000. Ben: 1 post, views 100 / 200 / 300. Cleo: 2 feed
// posts (median 600 together) and a story (median 400), views 500 / 1,000 / 2,000.
Plan hand_locked_plan() {
    Plan plan = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 20'000, 100, 2),
                               test::creator(2, "Ben", Platform::Instagram, 5'000, 50, 1),
                               test::creator(3, "Cleo", Platform::Instagram, 30'000, 80, 2)});
    plan.creators[2].deliverables.push_back({Format::Story, 1, 2'000});
    LockedForecast lock;
    lock.scenario = "Base";
    lock.date = "2026-03-01";
    lock.roster_version = "0.5.0";
    lock.draws = 1000;
    const auto locked_creator = [](CreatorId id, std::string name, Tier tier, LockedBand views) {
        LockedCreator c;
        c.id = id;
        c.name = std::move(name);
        c.platform = Platform::Instagram;
        c.tier = tier;
        c.bands[static_cast<std::size_t>(LockedFigure::Views)] = views;
        return c;
    };
    LockedCreator ana = locked_creator(1, "Ana", Tier::Micro, band(1'000, 2'000, 4'000));
    ana.deliverables = {{Format::FeedPost, 2, {}}};
    ana.deliverables[0].bands[0] = band(1'000, 2'000, 4'000);
    LockedCreator ben = locked_creator(2, "Ben", Tier::Nano, band(100, 200, 300));
    ben.deliverables = {{Format::FeedPost, 1, {}}};
    ben.deliverables[0].bands[0] = band(100, 200, 300);
    LockedCreator cleo = locked_creator(3, "Cleo", Tier::Micro, band(500, 1'000, 2'000));
    cleo.deliverables = {{Format::FeedPost, 2, {}}, {Format::Story, 1, {}}};
    cleo.deliverables[0].bands[0] = band(300, 600, 1'200);
    cleo.deliverables[1].bands[0] = band(200, 400, 800);
    lock.creators = {ana, ben, cleo};
    lock.total[0] = band(2'000, 3'200, 6'000);
    plan.locked_forecast = {lock};
    plan.actuals = {actual(1, Format::FeedPost, 1, 1'500), actual(1, Format::FeedPost, 2, 1'000),
                    actual(2, Format::FeedPost, 1, 500), actual(3, Format::FeedPost, 1, 400)};
    return plan;
}

const CheckRow& row_of(const ForecastCheck& check, CheckGroup group, CreatorId creator = 0) {
    for (const CheckRow& r : check.rows)
        if (r.group == group && r.creator == creator) return r;
    FAIL("no such row");
    return check.rows.front();
}

// Every number a format-5 file holds, written by hand (not by the engine, so the golden file
// does not move when the model does).
Plan format_5_plan() {
    Plan plan = test::campaign_plan();
    LockedForecast lock;
    lock.scenario = "Base";
    lock.date = "2026-03-10";
    lock.roster_version = "0.5.0";
    lock.draws = 4000;
    lock.seed = 1;
    lock.assumptions = {{"conversion_rate", 10'000}, {"reach_rate.instagram.micro", 250'000}};
    LockedCreator lea;
    lea.id = 1;
    lea.name = "Léa Lou";
    lea.handle = "@lea.lou";
    lea.platform = Platform::Instagram;
    lea.tier = Tier::Micro;
    lea.followers = 48'200;
    lea.bands[0] = band(6'100, 11'800, 23'400);
    lea.bands[6] = band(182'000, 182'000, 182'000);
    lea.deliverables = {{Format::Short, 2, {}}, {Format::Carousel, 1, {}}};
    lea.deliverables[0].bands[0] = band(4'900, 9'400, 18'700);
    lea.deliverables[1].bands[0] = band(1'200, 2'400, 4'700);
    lock.creators = {lea};
    lock.total[0] = band(90'000, 160'000, 290'000);
    plan.locked_forecast = {lock};
    Actual reel = actual(1, Format::Short, 1, 12'450);
    reel.url = "https://www.instagram.com/reel/C4xAbCdEfGh/";
    reel[ActualFigure::Reach] = {true, 9'870, Provenance::Estimate};
    reel[ActualFigure::Cost] = {true, 65'000, Provenance::Typed};
    Actual missed = actual(3, Format::Short, 2, 0);
    missed.posted = false;
    missed.figures = {};
    plan.actuals = {reel, missed};
    Calibration calibration;
    calibration.scenario = "Base";
    calibration.date = "2026-04-02";
    calibration.campaigns = 3;
    calibration.posts = 41;
    calibration.values = {{"conversion_rate", 8'000, 10'000, false, 800'000, 650'000, 980'000, 41}};
    plan.calibration = {calibration};
    test::set_assumption(plan, "conversion_rate", 0.008);
    return plan;
}

}  // namespace

TEST_CASE("Locking the forecast keeps each creator's median and P10-P90, and later edits never rewrite it") {
    Document doc(test::campaign_plan());
    REQUIRE_MESSAGE(doc.execute(lock_command(doc.plan())).ok, "lock refused");
    REQUIRE(doc.plan().locked_forecast.size() == 1);
    const LockedForecast promised = doc.plan().locked_forecast.front();
    CHECK(promised.scenario == "Base");
    CHECK(promised.date == "2026-03-10");
    CHECK(promised.assumptions.size() == assumption_catalogue().size());
    REQUIRE(promised.creators.size() == 4);

    // The creators' ranges are the simulation's, computed here by the ranges' own route.
    const std::vector<CreatorBands> direct =
        creator_bands(doc.plan(), resolve_assumptions(doc.plan()), 800, 7, {Headline::Views});
    for (std::size_t i = 0; i < promised.creators.size(); ++i) {
        const LockedBand& views = promised.creators[i].bands[static_cast<std::size_t>(LockedFigure::Views)];
        CHECK(views.p50 == std::llround(direct[i][Headline::Views].p50));
        CHECK(views.p10 <= views.p50);
        CHECK(views.p50 <= views.p90);
        // The lines share the creator's median between them.
        std::int64_t lines = 0;
        for (const LockedDeliverable& d : promised.creators[i].deliverables) lines += d.bands[0].p50;
        CHECK(std::abs(lines - views.p50) <= static_cast<std::int64_t>(promised.creators[i].deliverables.size()));
    }

    Creator bigger = doc.plan().creators[0];
    bigger.followers *= 3;
    REQUIRE(doc.execute(UpdateCreator{bigger}).ok);
    CHECK(doc.plan().locked_forecast.front() == promised);
    CHECK(doc.undo());
    CHECK(doc.undo());
    CHECK(doc.plan().locked_forecast.empty());  // the lock was one undo step
}

TEST_CASE("A second lock is refused until the forecast is unlocked, and unlocking keeps the actuals") {
    Plan plan = test::campaign_plan();
    REQUIRE(roster::apply(plan, lock_command(plan)).ok);
    REQUIRE(roster::apply(plan, SetActuals{{actual(3, Format::Short, 1, 50'000)}, {}, false, "Ben Arcade"}).ok);
    const Plan before = plan;
    const ApplyResult again = roster::apply(plan, lock_command(plan));
    CHECK_FALSE(again.ok);
    CHECK(test::english(again.message).find("was locked on 2026-03-10") != std::string::npos);
    CHECK(plan == before);
    REQUIRE(roster::apply(plan, UnlockForecast{}).ok);
    CHECK(plan.locked_forecast.empty());
    CHECK(plan.actuals.size() == 1);
    CHECK_FALSE(roster::apply(plan, UnlockForecast{}).ok);
    CHECK(describe(Command{lock_command(plan)}).id == MessageId::EditLockForecast);
}

TEST_CASE("Actuals that break the plan's rules are refused with the reason and change nothing") {
    Plan plan = test::campaign_plan();
    const Plan before = plan;
    const auto refused_with = [&](Actual a, const std::string& words) {
        const ApplyResult r = roster::apply(plan, SetActuals{{a}, {}, false, "Léa"});
        CHECK_FALSE(r.ok);
        CHECK_MESSAGE(test::english(r.message).find(words) != std::string::npos, test::english(r.message));
        CHECK(plan == before);
    };
    Actual negative = actual(1, Format::Short, 1, -5);
    refused_with(negative, "must be between 0 and");
    refused_with(actual(1, Format::Short, 0, 10), "posts are numbered from 1 to 1,000");
    Actual bad_date = actual(1, Format::Short, 1, 10);
    bad_date.date = "2026-02-30";
    refused_with(bad_date, "which is not a date written YYYY-MM-DD");
    Actual long_address = actual(1, Format::Short, 1, 10);
    long_address.url = std::string(3000, 'a');
    refused_with(long_address, "longer than 2,000 characters");
    Actual huge_revenue = actual(1, Format::Short, 1, 10);
    huge_revenue[ActualFigure::Revenue] = {true, ActualsLimits::kMaxMoneyCents + 1, Provenance::Typed};
    refused_with(huge_revenue, "actual revenue");

    // The same post given again replaces the first: a post has one set of actuals.
    REQUIRE(roster::apply(plan, SetActuals{{actual(1, Format::Short, 1, 10)}, {}, false, "Léa"}).ok);
    REQUIRE(roster::apply(plan, SetActuals{{actual(1, Format::Short, 1, 20)}, {}, false, "Léa"}).ok);
    REQUIRE(plan.actuals.size() == 1);
    CHECK(plan.actuals[0][ActualFigure::Views].value == 20);
    REQUIRE(roster::apply(plan, SetActuals{{}, {actual(1, Format::Short, 1, 0)}, false, "Léa"}).ok);
    CHECK(plan.actuals.empty());
}

TEST_CASE("Forecast against actual gives each creator's actual, locked range, whether it fell inside and the ratio") {
    const ForecastCheck check = check_forecast(hand_locked_plan());
    REQUIRE(check.locked);
    const CheckCell& ana = row_of(check, CheckGroup::Creator, 1)[LockedFigure::Views];
    CHECK(ana.actual == doctest::Approx(2'500));
    CHECK(ana.median == doctest::Approx(2'000));
    CHECK(ana.inside);
    CHECK(ana.ratio == doctest::Approx(1.25));
    const CheckCell& ben = row_of(check, CheckGroup::Creator, 2)[LockedFigure::Views];
    CHECK_FALSE(ben.inside);
    CHECK(ben.ratio == doctest::Approx(2.5));
    // Cleo has one of her three posts in: the feed post carries half of the feed line's 600,
    // 300 of her 1,000, so her range is 0.3 of the locked one.
    const CheckRow& cleo = row_of(check, CheckGroup::Creator, 3);
    CHECK(cleo.posts_in == 1);
    CHECK(cleo.posts_planned == 3);
    CHECK(cleo[LockedFigure::Views].median == doctest::Approx(300));
    CHECK(cleo[LockedFigure::Views].p10 == doctest::Approx(150));
    CHECK(cleo[LockedFigure::Views].p90 == doctest::Approx(600));
    CHECK(cleo[LockedFigure::Views].inside);
    // Instagram adds up the three: medians 2,000 + 200 + 300, spreads combined as independent.
    const CheckRow* instagram = nullptr;
    for (const CheckRow& r : check.rows)
        if (r.group == CheckGroup::Platform) instagram = &r;
    REQUIRE(instagram);
    const CheckCell& all = (*instagram)[LockedFigure::Views];
    CHECK(all.actual == doctest::Approx(3'400));
    CHECK(all.median == doctest::Approx(2'500));
    CHECK(all.p10 == doctest::Approx(2'500 - std::sqrt(1'000.0 * 1'000 + 100.0 * 100 + 150.0 * 150)));
    CHECK(all.p90 == doctest::Approx(2'500 + std::sqrt(2'000.0 * 2'000 + 100.0 * 100 + 300.0 * 300)));
    CHECK(all.inside);
    // Engagements were not given by any post: no actual, never "outside".
    CHECK_FALSE(row_of(check, CheckGroup::Creator, 1)[LockedFigure::Engagements].has_actual);
}

TEST_CASE("A post marked as not posted counts as in, with nothing, and an estimate is marked") {
    Plan plan = hand_locked_plan();
    Actual missed = actual(2, Format::FeedPost, 1, 0);
    missed.posted = false;
    plan.actuals[2] = missed;
    plan.actuals[0][ActualFigure::Views].source = Provenance::Estimate;
    const ForecastCheck check = check_forecast(plan);
    const CheckCell& ben = row_of(check, CheckGroup::Creator, 2)[LockedFigure::Views];
    CHECK(ben.has_actual);
    CHECK(ben.actual == 0.0);
    CHECK_FALSE(ben.inside);
    CHECK(row_of(check, CheckGroup::Creator, 1)[LockedFigure::Views].estimated);
    CHECK_FALSE(check_forecast(test::campaign_plan()).locked);
}

TEST_CASE("A plan with a locked forecast, actuals and a calibration is saved and opened unchanged") {
    const Plan plan = format_5_plan();
    REQUIRE(validate(plan).empty());
    const std::string text = storage::save_plan(plan);
    const storage::LoadResult r = storage::load_plan(text);
    REQUIRE_MESSAGE(r.ok, test::english(r.message));
    CHECK(r.plan == plan);
    CHECK(storage::save_plan(r.plan) == text);
    // ROSTER_WRITE_FORMAT_5=FILE writes this plan as the golden file is made (after a deliberate
    // change of the format 5 writer: read the diff before keeping it).
    if (const char* path = std::getenv("ROSTER_WRITE_FORMAT_5")) std::ofstream(path, std::ios::binary) << text;
}

TEST_CASE("The golden format-5 file loads, and today's writer produces it byte for byte") {
    const std::string golden = test::read_bytes(test::test_data("plan-format-5.roster.json"));
    REQUIRE(!golden.empty());
    const storage::LoadResult r = storage::load_plan(golden);
    REQUIRE_MESSAGE(r.ok, test::english(r.message));
    CHECK(r.notes.empty());
    CHECK(r.plan == format_5_plan());
    std::string expected = golden;
    const std::string stamp = "\"written_by\": \"0.5.0\"";
    REQUIRE(expected.find(stamp) != std::string::npos);
    expected.replace(expected.find(stamp), stamp.size(), "\"written_by\": \"" + std::string(kRosterVersion) + "\"");
    CHECK(storage::save_plan(r.plan) == expected);
}

TEST_CASE("Broken actuals in a plan file are refused with their place, and a figure given twice too") {
    const std::string good = storage::save_plan(format_5_plan());
    const auto with = [&](const std::string& from, const std::string& to) {
        std::string t = good;
        REQUIRE(t.find(from) != std::string::npos);
        t.replace(t.find(from), from.size(), to);
        return t;
    };
    const auto refused = [](const std::string& text, const std::string& words) {
        const storage::LoadResult r = storage::load_plan(text);
        CHECK_FALSE(r.ok);
        CHECK_MESSAGE(test::english(r.message).find(words) != std::string::npos, test::english(r.message));
    };
    refused(with("\"value\": 12450", "\"value\": -12450"), "plan.actuals[0].figures[0].value");
    refused(with("\"post\": 1,", "\"post\": 0,"), "plan.actuals[0].post");
    refused(with("\"figure\": \"reach\"", "\"figure\": \"views\""), "given twice");
    refused(with("\"source\": \"estimate\"", "\"source\": \"guess\""), "plan.actuals[0].figures[1].source");
    refused(with("\"p10\": 6100", "\"p10\": 16100"), "P10 ≤ median ≤ P90");
    refused(with("\"date\": \"2026-03-10\"", "\"date\": \"10/03/2026\""), "not a date written YYYY-MM-DD");
}
