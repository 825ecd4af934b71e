// Validation says what is wrong in the planner's words and names the field, so the UI can point
// at it; the engine never has to compute with nonsense.
#include <doctest/doctest.h>

#include <cmath>

#include "engine/validation.h"
#include "support/builders.h"
#include "support/messages.h"

using namespace roster;

namespace {

Creator valid_creator() { return test::creator(1, "Léa Martin", Platform::Instagram, 25'000, 400.0, 2); }

std::string first_field(const std::vector<PlanProblem>& problems) {
    return problems.empty() ? std::string() : problems.front().field;
}

std::string first_message(const std::vector<PlanProblem>& problems) {
    return problems.empty() ? std::string() : test::english(problems.front().message);
}

const Campaign kCampaign{};

}  // namespace

TEST_CASE("A plain creator with a name, followers, a fee and posts has no problems") {
    CHECK(check_creator(valid_creator(), kCampaign).empty());
}

TEST_CASE("Impossible creator values are refused with the field they concern") {
    Creator c = valid_creator();
    c.followers = 0;
    CHECK(first_field(check_creator(c, kCampaign)) == "followers");
    c = valid_creator();
    c.followers = 3'000'000'000;
    CHECK(first_field(check_creator(c, kCampaign)) == "followers");
    c = valid_creator();
    c.deliverables[0].unit_fee_cents = -1;
    CHECK(first_message(check_creator(c, kCampaign)) == "The fee per post cannot be negative.");
    c.deliverables[0].unit_fee_cents = cents_from_units(INFINITY);
    CHECK(first_field(check_creator(c, kCampaign)) == "deliverables");
    c.deliverables[0].unit_fee_cents = cents_from_units(NAN);
    CHECK(first_field(check_creator(c, kCampaign)) == "deliverables");
    c = valid_creator();
    c.deliverables[0].count = -1;
    CHECK(first_message(check_creator(c, kCampaign)) == "The number of posts cannot be negative.");
    c.deliverables[0].count = 1001;
    CHECK(first_field(check_creator(c, kCampaign)) == "deliverables");
    c = valid_creator();
    c.name = "   ";
    CHECK(first_field(check_creator(c, kCampaign)) == "name");
    c.name = std::string(201, 'a');
    CHECK(first_field(check_creator(c, kCampaign)) == "name");
    c.name = "bad\x01name";
    CHECK(first_field(check_creator(c, kCampaign)) == "name");
}

TEST_CASE("A share above 100% is refused with the value the planner typed") {
    Creator c = valid_creator();
    c.engagement_rate_ppm = 1'400'000;
    CHECK(first_message(check_creator(c, kCampaign)) ==
          "The engagement rate must be between 0% and 100% (it is 140%).");
    c = valid_creator();
    c.paid = false;
    c.posting_probability_ppm = -10'000;
    CHECK(first_message(check_creator(c, kCampaign)) ==
          "The chance that the creator posts must be between 0% and 100% (it is -1%).");
    c = valid_creator();
    c.audience_quality_ppm = 1'000'001;
    CHECK(first_field(check_creator(c, kCampaign)) == "audience_quality_ppm");
}

TEST_CASE("A format the platform does not offer is refused by name") {
    Creator c = valid_creator();
    c.platform = Platform::YouTube;
    c.deliverables[0].format = Format::Story;
    CHECK(first_message(check_creator(c, kCampaign)) == "YouTube has no Story format.");
    c.platform = Platform::Twitch;
    c.deliverables[0].format = Format::Live;
    CHECK(check_creator(c, kCampaign).empty());
}

TEST_CASE("Paid amplification needs a post to amplify and the size of the target audience") {
    Creator c = valid_creator();
    c.amplification.spend_cents = 100'000;
    Campaign campaign;
    CHECK(first_message(check_creator(c, campaign)).find("size of the target audience") != std::string::npos);
    campaign.target_universe = 5'000'000;
    CHECK(check_creator(c, campaign).empty());
    c.deliverables[0].count = 0;
    CHECK(first_message(check_creator(c, campaign)) == "Paid amplification needs at least one post to amplify.");
}

TEST_CASE("An audience profile whose shares add up to more than 100% is refused") {
    Creator c = valid_creator();
    c.audience.countries = {{"FR", 700'000}, {"BE", 400'000}};
    CHECK(first_message(check_creator(c, kCampaign)) == "The audience's countries add up to more than 100%.");
    c.audience.countries = {{"France", 100'000}};
    CHECK(first_message(check_creator(c, kCampaign)).find("not a two-letter country code") != std::string::npos);
    c.audience.countries = {};
    c.audience.gender = {600'000, 500'000};
    CHECK(first_message(check_creator(c, kCampaign)) == "Women and men in the audience add up to more than 100%.");
}

TEST_CASE("The message names the creator so it stands on its own") {
    Plan plan = test::plan_of({valid_creator()});
    plan.creators[0].followers = -5;
    const auto problems = validate(plan);
    REQUIRE(problems.size() == 1);
    CHECK(test::english(describe(problems[0], plan)) == "Creator “Léa Martin”: Followers must be at least 1.");
    plan.creators[0].name = "";
    CHECK(test::english(describe(validate(plan)[0], plan)) == "Creator #1: Every creator needs a name.");
}

TEST_CASE("A plan with two creators sharing an id, a bad currency or unordered tiers is refused") {
    Plan plan = test::plan_of({valid_creator(), valid_creator()});
    CHECK(first_field(validate(plan)) == "id");
    plan.creators[1].id = 2;
    CHECK(validate(plan).empty());
    plan.campaign.currency = "euro";
    CHECK(first_field(validate(plan)) == "currency");
    plan.campaign.currency = "EUR";
    plan.tiers.mid = plan.tiers.micro;
    CHECK(first_field(validate(plan)) == "tiers");
}

TEST_CASE("Campaign and environment settings outside their ranges are refused") {
    Plan plan = test::plan_of({valid_creator()});
    plan.campaign.gross_margin_ppm = 1'200'000;
    CHECK(first_message(validate(plan)) == "The gross margin must be between 0% and 100% (it is 120%).");
    plan.campaign.gross_margin_ppm = 400'000;
    plan.campaign.target_universe = -1;
    CHECK(first_field(validate(plan)) == "target_universe");
    plan.campaign.target_universe = 0;
    plan.environment.recommendation_scale_ppm = 11 * kPpmWhole;
    CHECK(first_field(validate(plan)) == "recommendation_scale_ppm");
    plan.environment.recommendation_scale_ppm = kPpmWhole;
    plan.campaign.target.countries = {"fr"};
    CHECK(first_field(validate(plan)) == "target");
}

TEST_CASE("An assumption set outside what it can mean is refused with its label") {
    Plan plan = test::plan_of({valid_creator()});
    test::set_assumption(plan, "reach_rate.instagram.micro", -0.1);
    CHECK(first_message(validate(plan)) == "“Reach per post · Instagram · Micro” must be from 0% to 500%.");
    plan.assumptions.clear();
    test::set_assumption(plan, "engagement.comment_share", 0.6);
    test::set_assumption(plan, "engagement.share_share", 0.5);
    CHECK(first_message(validate(plan)) == "Comments, shares and saves cannot add up to more than 100% of engagements.");
    plan.assumptions.clear();
    // An assumption from a newer Roster is kept and ignored, not an error.
    test::set_assumption(plan, "reach_rate.threads.micro", 0.2);
    CHECK(validate(plan).empty());
}

namespace {

// Three creators with 100,000, 40,000 and 10,000 followers.
Plan overlap_plan(std::vector<Overlap> overlaps) {
    Plan plan = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 100'000, 400.0, 1),
                               test::creator(2, "Bo", Platform::TikTok, 40'000, 300.0, 1),
                               test::creator(3, "Cy", Platform::YouTube, 10'000, 200.0, 1)});
    plan.overlaps = std::move(overlaps);
    return plan;
}

std::string overlap_message(std::vector<Overlap> overlaps) {
    return first_message(check_overlaps(overlap_plan(std::move(overlaps))));
}

}  // namespace

TEST_CASE("Overlaps that can be true, in each of the three ways tools state them, pass") {
    CHECK(check_overlaps(overlap_plan({{1, 2, OverlapBasis::ShareOfFirst, 400'000},    // 40,000 shared
                                       {2, 3, OverlapBasis::ShareOfSmaller, 500'000},  // 5,000
                                       {1, 3, OverlapBasis::SharedCount, 10'000}}))
              .empty());
    CHECK(validate(overlap_plan({{3, 1, OverlapBasis::ShareOfFirst, 1'000'000}})).empty());
}

TEST_CASE("An overlap above 100% is refused, naming the pair and its denominator") {
    CHECK(overlap_message({{1, 2, OverlapBasis::ShareOfFirst, 1'200'000}}) ==
          "The overlap between “Ana” and “Bo” is 120% of “Ana”'s followers, above 100%.");
    CHECK(overlap_message({{1, 2, OverlapBasis::ShareOfSmaller, 1'000'001}}) ==
          "The overlap between “Ana” and “Bo” is 100.0001% of the smaller audience, above 100%.");
    CHECK(overlap_message({{1, 2, OverlapBasis::SharedCount, -5}}) ==
          "The overlap between “Ana” and “Bo” cannot be negative.");
}

TEST_CASE("More followers shared than the smaller audience has is refused with both figures") {
    // 50% of Ana's 100,000 is 50,000, but Bo has 40,000 followers.
    CHECK(overlap_message({{1, 2, OverlapBasis::ShareOfFirst, 500'000}}) ==
          "“Ana” and “Bo” cannot share 50,000 followers: “Bo” has only 40,000.");
    CHECK(overlap_message({{3, 1, OverlapBasis::SharedCount, 10'001}}) ==
          "“Cy” and “Ana” cannot share 10,001 followers: “Cy” has only 10,000.");
}

TEST_CASE("Pairs naming a missing creator, the same creator twice, or given twice are refused") {
    CHECK(overlap_message({{1, 9, OverlapBasis::SharedCount, 10}}) ==
          "An overlap refers to creator #9, who is not in the plan.");
    CHECK(overlap_message({{2, 2, OverlapBasis::SharedCount, 10}}) == "An overlap pairs “Bo” with themselves.");
    CHECK(overlap_message({{1, 2, OverlapBasis::SharedCount, 10}, {2, 1, OverlapBasis::SharedCount, 20}}) ==
          "The overlap between “Bo” and “Ana” is given twice; keep one.");
}

TEST_CASE("Three overlaps that cannot hold together are refused with the bound they break") {
    // Cy's 10,000 followers: 9,000 also follow Ana and 8,000 follow Bo, so at least 7,000 follow
    // both, but Ana and Bo are said to share only 1,000.
    const std::string m = overlap_message({{3, 1, OverlapBasis::SharedCount, 9'000},
                                           {3, 2, OverlapBasis::SharedCount, 8'000},
                                           {1, 2, OverlapBasis::SharedCount, 1'000}});
    CHECK(m == "The overlaps of “Cy” with “Ana” (9,000 shared) and with “Bo” (8,000) cannot both hold while “Ana” "
               "and “Bo” share only 1,000: “Cy” would need at least 16,000 followers, and has 10,000.");
    // With 7,000 shared by Ana and Bo the three can be true.
    CHECK(check_overlaps(overlap_plan({{3, 1, OverlapBasis::SharedCount, 9'000},
                                       {3, 2, OverlapBasis::SharedCount, 8'000},
                                       {1, 2, OverlapBasis::SharedCount, 7'000}}))
              .empty());
}

TEST_CASE("Checking a whole plan finds its impossible overlaps too") {
    const auto problems = validate(overlap_plan({{1, 2, OverlapBasis::ShareOfFirst, 2'000'000}}));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "overlaps");
}
