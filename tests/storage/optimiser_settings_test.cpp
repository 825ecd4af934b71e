// The optimiser's constraints file (storage/optimiser_settings.h; docs/OPTIMISER.md): read into the
// engine's problem with creators found by name or handle, and refused whole, with the field named,
// when anything in it is unknown or out of range.
#include <doctest/doctest.h>

#include <string>

#include "present/message_render.h"
#include "storage/optimiser_settings.h"
#include "support/builders.h"

using namespace roster;

namespace {

Plan three() {
    Plan plan = test::plan_of({test::creator(1, "Léa Martin", Platform::Instagram, 48'000, 650, 3),
                               test::creator(2, "Studio Nord", Platform::YouTube, 1'250'000, 9'000, 1),
                               test::creator(3, "Ben", Platform::TikTok, 300'000, 2'000, 2)});
    plan.creators[1].handle = "@studionord";
    return plan;
}

std::string refusal(const std::string& text) {
    const storage::OptimiserSettingsLoad load = storage::load_optimiser_settings(text, three());
    CHECK_FALSE(load.ok);
    return present::render(load.problem, present::Language::English);
}

}  // namespace

TEST_CASE("A constraints file gives the objective, the budget, every limit, who must be in or out, and the booking options") {
    const std::string text = R"({
      "roster_optimiser": 1, "objective": "conversions", "budget": 25000.5,
      "creators": {"min": 2, "max": 3},
      "platforms": {"tiktok": {"min": 1, "max": 2, "min_share": 0.1, "max_share": 0.6}},
      "tiers": {"micro": {"min": 1}, "mega": {"max": 1}},
      "max_share_per_creator": 0.4, "min_average_frequency": 1.5, "min_effective_reach": 100000,
      "max_cpm": 12.5, "min_chance_roi_positive": 0.6,
      "must_include": ["léa martin"], "exclude": ["@StudioNord"],
      "options": ["as_planned", "one_post"],
      "creator_options": {"Ben": ["double_posts",
          {"label": "2 videos + 1 live", "deliverables": [{"format": "short", "count": 2, "fee": 1800},
                                                          {"format": "live", "count": 1, "fee": 900}]}]}
    })";
    const storage::OptimiserSettingsLoad load = storage::load_optimiser_settings(text, three());
    REQUIRE(load.ok);
    const OptimiserProblem& p = load.settings;
    CHECK(load.has_budget);
    CHECK(load.has_objective);
    CHECK(p.objective == OptimiserObjective::Conversions);
    CHECK(p.constraints.budget == 25000.5);
    CHECK(p.constraints.min_creators == 2);
    CHECK(p.constraints.max_creators == 3);
    const GroupLimits& tiktok = p.constraints.platforms[static_cast<std::size_t>(Platform::TikTok)];
    CHECK(tiktok.min_creators == 1);
    CHECK(tiktok.max_creators == 2);
    CHECK(tiktok.min_spend_share == 0.1);
    CHECK(tiktok.max_spend_share == 0.6);
    CHECK(p.constraints.tiers[static_cast<std::size_t>(Tier::Micro)].min_creators == 1);
    CHECK(p.constraints.tiers[static_cast<std::size_t>(Tier::Mega)].max_creators == 1);
    CHECK(p.constraints.max_creator_share == 0.4);
    CHECK(p.constraints.min_average_frequency == 1.5);
    CHECK(p.constraints.min_effective_reach == 100000.0);
    CHECK(p.constraints.max_cpm == 12.5);
    CHECK(p.constraints.min_chance_roi_positive == 0.6);
    REQUIRE(p.default_options.size() == 2);
    CHECK(p.default_options[1].kind == OptionKind::OnePost);
    REQUIRE(p.settings.size() == 3);
    CHECK(p.settings[0].creator == 1);
    CHECK(p.settings[0].role == CandidateRole::MustInclude);
    CHECK(p.settings[1].creator == 2);
    CHECK(p.settings[1].role == CandidateRole::Excluded);
    CHECK(p.settings[2].creator == 3);
    REQUIRE(p.settings[2].options.size() == 2);
    CHECK(p.settings[2].options[0].kind == OptionKind::DoublePosts);
    const BookingOption& custom = p.settings[2].options[1];
    CHECK(custom.kind == OptionKind::Custom);
    CHECK(custom.label == "2 videos + 1 live");
    CHECK(custom.deliverables == std::vector<Deliverable>{{Format::Short, 2, 180'000}, {Format::Live, 1, 90'000}});
}

TEST_CASE("A constraints file with nothing but its marker leaves every choice to the command line") {
    const storage::OptimiserSettingsLoad load = storage::load_optimiser_settings(R"({"roster_optimiser": 1})", three());
    REQUIRE(load.ok);
    CHECK_FALSE(load.has_budget);
    CHECK_FALSE(load.has_objective);
    CHECK(load.settings.settings.empty());
    CHECK(load.settings.default_options.size() == 1);
}

TEST_CASE("A constraints file is refused whole, with the field and what it should be") {
    CHECK(refusal(R"({"budget": 100})") == "This is not a Roster constraints file: it needs “roster_optimiser”: 1 (docs/OPTIMISER.md).");
    CHECK(refusal("[1, 2]").find("not a Roster constraints file") != std::string::npos);
    CHECK(refusal(R"({"roster_optimiser": 1, "budget": 1)").find("The constraints file cannot be read:") == 0);
    CHECK(refusal(R"({"roster_optimiser": 1, "budgets": 100})") == "The constraints file has a field Roster does not know: “budgets”.");
    CHECK(refusal(R"({"roster_optimiser": 1, "budget": -5})") == "“budget” must be an amount of 0 or more.");
    CHECK(refusal(R"({"roster_optimiser": 1, "max_share_per_creator": 30})") == "“max_share_per_creator” must be a share from 0 to 1 (0.25 is 25%).");
    CHECK(refusal(R"({"roster_optimiser": 1, "creators": {"min": 1.5}})") == "“creators.min” must be a whole number of 0 or more.");
    CHECK(refusal(R"({"roster_optimiser": 1, "platforms": {"tiktok": {"most": 2}}})") ==
          "The constraints file has a field Roster does not know: “platforms.tiktok.most”.");
    CHECK(refusal(R"({"roster_optimiser": 1, "platforms": {"myspace": {"min": 1}}})") == "“myspace” is not a platform Roster knows.");
    CHECK(refusal(R"({"roster_optimiser": 1, "tiers": {"huge": {"min": 1}}})") == "“huge” is not a tier: nano, micro, mid, macro or mega.");
    CHECK(refusal(R"({"roster_optimiser": 1, "objective": "likes"})") ==
          "“objective” must be one of net-reach, on-target-reach, effective-reach, conversions, gross-profit, roi-p10.");
    CHECK(refusal(R"({"roster_optimiser": 1, "must_include": ["Nobody"]})") == "No creator called “Nobody” in the plan (give a name or a handle).");
    CHECK(refusal(R"({"roster_optimiser": 1, "must_include": ["Ben"], "exclude": ["Ben"]})") ==
          "“Ben” is listed both as a creator to include and as one to exclude.");
    CHECK(refusal(R"({"roster_optimiser": 1, "options": ["all_of_them"]})").find("“all_of_them” is not a booking option") == 0);
    CHECK(refusal(R"({"roster_optimiser": 1, "creator_options": {"Ben": [{"label": "x", "deliverables": [{"format": "tweet", "count": 1}]}]}})") ==
          "“tweet” is not a format Roster knows: feed_post, carousel, short, story, long_video or live.");
    CHECK(refusal(R"({"roster_optimiser": 1, "creator_options": {"Ben": [{"deliverables": [{"format": "short", "count": 1}]}]}})") ==
          "“creator_options.Ben[0].label” must be text.");
    CHECK(refusal(std::string(storage::kMaxOptimiserSettingsBytes + 1, ' ')) == "A constraints file is at most 1.0 MB.");
}
