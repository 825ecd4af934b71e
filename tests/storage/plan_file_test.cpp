// The plan file format and its load path: round trips, the frozen golden files, and the
// bad-input catalogue of docs/FILE-FORMAT.md (the cases of support/bad_inputs.h). Each refusal
// must say what is wrong in a planner's words and leave the caller's plan alone (load_plan
// never touches one: it returns a fresh plan only when everything passed).
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "engine/validation.h"
#include "engine/vocabulary.h"
#include "engine/scenarios.h"
#include "storage/plan_file.h"
#include "support/bad_inputs.h"
#include "support/builders.h"
#include "support/files.h"
#include "support/messages.h"
#include "version.h"

using namespace roster;
using storage::load_plan;
using storage::save_plan;

namespace {

// The plan of the format-1 golden file, as today's format reads it after migration.
Plan format_1_plan() {
    Plan plan;
    plan.name = "Rentrée 2026 — micro-heavy";
    plan.campaign.currency = "EUR";
    plan.creators = {test::creator(1, "Léa \"Lou\" Martin", Platform::Instagram, 48'200, 650.50, 3),
                     test::creator(7, "Studio Nord", Platform::YouTube, 1'250'000, 18'000.0, 1)};
    return plan;
}

// A plan that uses every field of format 2 (the format-2 golden file).
Plan format_2_plan() {
    Plan plan = format_1_plan();
    plan.campaign.budget_cap_cents = 5'000'000;
    plan.campaign.target_universe = 4'200'000;
    plan.campaign.target = {{"FR", "BE"}, 0b000110, 0b01};
    plan.campaign.average_order_value_cents = 4'900;
    plan.campaign.gross_margin_ppm = 620'000;
    plan.campaign.baseline_platform = Platform::TikTok;
    plan.environment.likes_hidden[static_cast<std::size_t>(Platform::Instagram)] = true;
    plan.environment.recommendation_scale_ppm = 1'500'000;
    plan.assumptions = {{"conversion_rate", 12'500}, {"reach_rate.instagram.micro", 250'000}};
    Creator& lea = plan.creators[0];
    lea.handle = "@lea.lou";
    lea.engagement_rate_ppm = 31'000;
    lea.audience_quality_ppm = 810'000;
    lea.audience.countries = {{"FR", 720'000}, {"BE", 110'000}};
    lea.audience.age = {40'000, 380'000, 350'000, 150'000, 60'000, 20'000};
    lea.audience.gender = {640'000, 350'000};
    lea.audience.interests = {{"fashion", 450'000}, {"rentrée", 120'000}};
    lea.deliverables.push_back({Format::Story, 5, 12'000});
    lea.product_value_cents = 8'900;
    lea.affiliate_commission_ppm = 100'000;
    lea.amplification = {150'000, 650, 3};
    Creator& nord = plan.creators[1];
    nord.engagement_basis = EngagementBasis::Views;
    nord.measured_views_per_post = 210'000;
    nord.paid = false;
    nord.posting_probability_ppm = 350'000;
    nord.relevance_ppm = 700'000;
    nord.deliverables[0].unit_fee_cents = 0;
    nord.usage_rights_cents = 50'000;
    return plan;
}

// A plan that uses every field of format 3: format 2's and a stated audience overlap.
Plan format_3_plan() {
    Plan plan = format_2_plan();
    plan.overlaps = {{1, 7, OverlapBasis::ShareOfFirst, 120'000}};
    return plan;
}

// A plan that uses every field of format 4: format 3's as its second scenario, open, between
// a first with likes hidden and fewer posts and a third with one creator less.
Plan sample_plan() {
    Plan plan = format_3_plan();
    plan.scenario = "Likes visible";
    Scenario hidden = current_scenario(plan, "Likes hidden");
    hidden.environment.likes_hidden[static_cast<std::size_t>(Platform::Instagram)] = true;
    hidden.creators[0].deliverables[0].count = 2;
    Scenario smaller = current_scenario(plan, "Without Nord");
    smaller.creators.pop_back();
    smaller.overlaps.clear();
    plan.other_scenarios = {hidden, smaller};
    plan.scenario_position = 1;
    return plan;
}

void refused(const std::string& text, const std::string& expected_fragment) {
    const storage::LoadResult r = load_plan(text);
    CHECK_FALSE(r.ok);
    const std::string message = test::english(r.message);
    CHECK_MESSAGE(message.find(expected_fragment) != std::string::npos, "message was: " << message);
}

}  // namespace

TEST_CASE("Saving then loading a plan gives the same plan, and saving it again the same bytes") {
    const Plan plan = sample_plan();
    const std::string first = save_plan(plan);
    const storage::LoadResult loaded = load_plan(first);
    REQUIRE_MESSAGE(loaded.ok, test::english(loaded.message));
    CHECK(loaded.plan == plan);
    CHECK(save_plan(loaded.plan) == first);
}

TEST_CASE("Randomised plans survive save, load and save again byte for byte") {
    std::mt19937 rng(20261122);
    std::uniform_int_distribution<int> platform(0, kPlatformCount - 1), posts(0, 40), count(0, 30),
        format(0, kFormatCount - 1), lines(0, 4), small(0, 9);
    std::uniform_int_distribution<std::int64_t> followers(1, PlanLimits::kMaxFollowers);
    std::uniform_int_distribution<std::int64_t> money(0, PlanLimits::kMaxMoneyCents);
    std::uniform_int_distribution<Ppm> share(0, kPpmWhole / 4);
    std::bernoulli_distribution coin(0.5);
    const char* names[] = {"Ana", "Zoë Ñúñez", "李小龙", "O'Brien & Co", "\"quoted\"", "tab-free name"};
    const char* countries[] = {"FR", "US", "BR", "JP", "DE", "NG"};
    for (int round = 0; round < 200; ++round) {
        Plan plan;
        plan.name = names[round % 6];
        plan.campaign.target_universe = coin(rng) ? followers(rng) : 0;
        plan.campaign.average_order_value_cents = money(rng);
        plan.campaign.gross_margin_ppm = share(rng) * 4;
        plan.campaign.baseline_platform = static_cast<Platform>(platform(rng));
        plan.campaign.target.age_bands = static_cast<std::uint8_t>(small(rng));
        plan.environment.likes_hidden[static_cast<std::size_t>(platform(rng))] = coin(rng);
        plan.environment.recommendation_scale_ppm = share(rng) * 8;
        if (coin(rng)) plan.assumptions.push_back({"engagement.sponsored_factor", share(rng) * 4});
        const int n = count(rng);
        for (int i = 0; i < n; ++i) {
            Creator c;
            c.id = static_cast<CreatorId>(i * 3 + 1);
            c.name = names[(round + i) % 6];
            c.handle = coin(rng) ? "@" + std::to_string(i) : "";
            c.platform = static_cast<Platform>(platform(rng));
            c.followers = followers(rng);
            c.engagement_rate_ppm = share(rng);
            c.engagement_basis = coin(rng) ? EngagementBasis::Views : EngagementBasis::Followers;
            c.measured_views_per_post = coin(rng) ? followers(rng) : 0;
            c.audience_quality_ppm = share(rng) * 4;
            for (int k = small(rng) % 4; k > 0; --k) c.audience.countries.push_back({countries[k], share(rng)});
            for (Ppm& a : c.audience.age) a = share(rng) / 2;
            c.audience.gender = {share(rng), share(rng)};
            if (coin(rng)) c.audience.interests.push_back({names[i % 6], share(rng)});
            for (int k = lines(rng); k > 0; --k) {
                const auto f = static_cast<Format>(format(rng));
                if (platform_offers(c.platform, f)) c.deliverables.push_back({f, posts(rng), money(rng)});
            }
            c.product_value_cents = money(rng);
            c.usage_rights_cents = money(rng);
            c.affiliate_commission_ppm = share(rng);
            c.paid = coin(rng);
            c.posting_probability_ppm = share(rng) * 4;
            if (plan.campaign.target_universe > 0 && total_posts(c) > 0)
                c.amplification = {money(rng), money(rng), small(rng)};
            plan.creators.push_back(c);
        }
        // Stated overlaps between consecutive creators, in each of the three bases, each at most
        // a tenth of the smaller audience so that no three of them contradict each other.
        for (int i = 0; i + 1 < n; i += 2) {
            const Creator& a = plan.creators[static_cast<std::size_t>(i)];
            const Creator& b = plan.creators[static_cast<std::size_t>(i) + 1];
            const auto basis = static_cast<OverlapBasis>(small(rng) % kOverlapBasisCount);
            const std::int64_t smaller = std::min(a.followers, b.followers);
            const std::int64_t value = basis == OverlapBasis::SharedCount ? smaller / 10 : share(rng) / 3;
            plan.overlaps.push_back({a.id, b.id, basis, basis == OverlapBasis::ShareOfFirst && a.followers > b.followers
                                                            ? std::min<std::int64_t>(value, smaller * kPpmWhole / a.followers / 10)
                                                            : value});
        }
        REQUIRE_MESSAGE(validate(plan).empty(), test::english(describe(validate(plan).front(), plan)));
        const std::string text = save_plan(plan);
        const storage::LoadResult r = load_plan(text);
        REQUIRE_MESSAGE(r.ok, test::english(r.message));
        CHECK(r.plan == plan);
        CHECK(save_plan(r.plan) == text);
    }
}

TEST_CASE("The golden format-1 file (Roster 0.1) still loads, migrated to one deliverable per creator") {
    const std::string golden = test::read_bytes(test::test_data("plan-format-1.roster.json"));
    REQUIRE(!golden.empty());
    const storage::LoadResult r = load_plan(golden);
    REQUIRE_MESSAGE(r.ok, test::english(r.message));
    CHECK(r.plan == format_1_plan());
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].id == MessageId::MigratedFromFormat1);
    CHECK(test::english(r.notes[0]).find("older Roster (file format 1)") != std::string::npos);
}

TEST_CASE("The golden format-2 file (Roster 0.2) still loads, migrated to a plan with no stated overlaps") {
    const std::string golden = test::read_bytes(test::test_data("plan-format-2.roster.json"));
    REQUIRE(!golden.empty());
    const storage::LoadResult r = load_plan(golden);
    REQUIRE_MESSAGE(r.ok, test::english(r.message));
    CHECK(r.notes.empty());
    CHECK(r.plan == format_2_plan());
    CHECK(r.plan.overlaps.empty());
}

TEST_CASE("The golden format-3 file (Roster 0.3) still loads, migrated to one scenario called Base") {
    const std::string golden = test::read_bytes(test::test_data("plan-format-3.roster.json"));
    REQUIRE(!golden.empty());
    const storage::LoadResult r = load_plan(golden);
    REQUIRE_MESSAGE(r.ok, test::english(r.message));
    CHECK(r.notes.empty());
    CHECK(r.plan == format_3_plan());
    CHECK(r.plan.scenario == "Base");
    CHECK(r.plan.other_scenarios.empty());
}

TEST_CASE("The golden format-4 file (Roster 0.4) still loads, migrated with no locked forecast, actuals or calibration") {
    const std::string golden = test::read_bytes(test::test_data("plan-format-4.roster.json"));
    REQUIRE(!golden.empty());
    const storage::LoadResult r = load_plan(golden);
    REQUIRE_MESSAGE(r.ok, test::english(r.message));
    CHECK(r.notes.empty());
    CHECK(r.plan == sample_plan());
    CHECK(r.plan.locked_forecast.empty());
    CHECK(r.plan.actuals.empty());
    CHECK(r.plan.calibration.empty());
    // Today's writer gives the same file in format 5: the three new lists, empty, after the
    // scenarios (tests/engine/forecast_actuals_test.cpp keeps the format-5 golden file).
    std::string expected = golden;
    for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
             {"\"format\": 4", "\"format\": 5"},
             {"\"written_by\": \"0.4.0\"", "\"written_by\": \"" + std::string(kRosterVersion) + "\""},
             {"\"cereal_class_version\": 3,\n    \"name\"", "\"cereal_class_version\": 4,\n    \"name\""}}) {
        REQUIRE(expected.find(from) != std::string::npos);
        expected.replace(expected.find(from), from.size(), to);
    }
    const std::string end = "\n  }\n}\n";
    REQUIRE(expected.size() > end.size());
    expected.replace(expected.size() - end.size(), end.size(),
                     ",\n    \"locked_forecast\": [],\n    \"actuals\": [],\n    \"calibration\": []\n  }\n}\n");
    CHECK(save_plan(r.plan) == expected);
}

TEST_CASE("A plan file written by hand or by another tool, without the class versions Roster writes, still loads") {
    std::string text = save_plan(sample_plan());
    for (const std::string stamp :
         {"\"cereal_class_version\": 1,", "\"cereal_class_version\": 2,", "\"cereal_class_version\": 3,",
          "\"cereal_class_version\": 4,"}) {
        std::size_t at;
        while ((at = text.find(stamp)) != std::string::npos) text.erase(at, stamp.size());
    }
    REQUIRE(text.find("cereal_class_version") == std::string::npos);
    const storage::LoadResult r = load_plan(text);
    REQUIRE_MESSAGE(r.ok, test::english(r.message));
    CHECK(r.plan == sample_plan());
}

TEST_CASE("Wrong values deep in a plan file are reported with their place and the planner's words") {
    const std::string good = save_plan(sample_plan());
    const auto with = [&](const std::string& from, const std::string& to) {
        std::string t = good;
        REQUIRE(t.find(from) != std::string::npos);
        t.replace(t.find(from), from.size(), to);
        return t;
    };
    refused(with("\"format\": \"story\"", "\"format\": \"hologram\""),
            "plan.creators[0].deliverables[1].format is \"hologram\", which this version of Roster does not know");
    refused(with("\"count\": 5", "\"count\": \"five\""),
            "plan.creators[0].deliverables[1].count should be a whole number, but it is text");
    refused(with("\"gross_margin_ppm\": 620000", "\"gross_margin_ppm\": 1620000"),
            "The gross margin must be between 0% and 100% (it is 162%)");
    refused(with("\"ppm\": 720000", "\"ppm\": 990000"), "The audience's countries add up to more than 100%.");
    refused(with("\"paid\": true", "\"paid\": \"yes\""), "plan.creators[0].paid should be true or false");
    refused(with("\"age_bands\": [", "\"age_bands\": [\"99+\", "), "plan.campaign.target.age_bands[0] is \"99+\"");
}

TEST_CASE("An assumption from a newer Roster is kept, saved again and reported") {
    Plan plan = sample_plan();
    plan.assumptions.push_back({"reach_rate.threads.micro", 180'000});
    const storage::LoadResult r = load_plan(save_plan(plan));
    REQUIRE_MESSAGE(r.ok, test::english(r.message));
    CHECK(r.plan == plan);
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].id == MessageId::KeptUnknownAssumption);
    CHECK(test::english(r.notes[0]).find("reach_rate.threads.micro") != std::string::npos);
}

TEST_CASE("Saved files are standard JSON with the app marker first and the format version") {
    const std::string text = save_plan(sample_plan());
    CHECK(text.rfind("{\n  \"app\": \"roster\",\n  \"format\": 5,\n  \"written_by\": ", 0) == 0);
    CHECK(text.find("NaN") == std::string::npos);
    CHECK(text.find("Infinity") == std::string::npos);
}

TEST_CASE("Saving a plan that fails validation throws instead of writing a broken file") {
    Plan plan = sample_plan();
    plan.creators[0].deliverables[0].unit_fee_cents = -5;
    CHECK_THROWS_AS(save_plan(plan), std::invalid_argument);
}

TEST_CASE("Every broken plan file of the catalogue is refused by the load path, saying what is wrong") {
    for (const test::BadInput& bad : test::bad_inputs()) {
        CAPTURE(bad.name);
        refused(bad.bytes(), bad.message);
    }
}

TEST_CASE("Unknown fields are not silently dropped: the load result names them") {
    const storage::LoadResult r = load_plan(test::format_1_file_with_creators(
        R"([{"id":1,"name":"A","platform":"tiktok","followers":1000,"fee_per_post_cents":10,"posts":1,"mood":"sunny"}])"));
    REQUIRE_MESSAGE(r.ok, test::english(r.message));
    bool named = false;
    for (const Message& note : r.notes) named = named || test::english(note).find("plan.creators[0].mood") != std::string::npos;
    CHECK(named);
}

TEST_CASE("A syntax error gives its line and column") {
    const storage::LoadResult r = load_plan("{\n  \"app\": \"roster\",\n  \"format\": 1,,\n}");
    CHECK_FALSE(r.ok);
    CHECK(r.line == 3);
    CHECK(r.column == 15);
}

TEST_CASE("The largest plan Roster accepts, saved, opens again: the file limit leaves room for it") {
    Plan plan;
    for (CreatorId i = 1; i <= PlanLimits::kMaxCreators; ++i) {
        Creator c = test::creator(i, "Creator number " + std::to_string(i), Platform::Instagram, 10'000 + i, 500, 2);
        c.handle = "@creator" + std::to_string(i);
        c.audience.countries = {{"FR", 600'000}, {"BE", 200'000}};
        plan.creators.push_back(std::move(c));
    }
    REQUIRE(validate(plan).empty());
    const std::string text = save_plan(plan);
    CAPTURE(text.size());
    const storage::LoadResult r = load_plan(text);
    REQUIRE_MESSAGE(r.ok, test::english(r.message));
    CHECK(r.plan.creators.size() == PlanLimits::kMaxCreators);
}

TEST_CASE("Scenarios share the plan's limit of 20,000 creators") {
    Plan plan;
    for (CreatorId i = 1; i <= 12'000; ++i)
        plan.creators.push_back(test::creator(i, "C" + std::to_string(i), Platform::TikTok, 5'000, 100, 1));
    plan.other_scenarios = {current_scenario(plan, "Copy")};
    const auto problems = validate(plan);
    REQUIRE_FALSE(problems.empty());
    CHECK(test::english(problems.front().message) == "A plan can hold at most 20,000 creators across its scenarios.");
}
