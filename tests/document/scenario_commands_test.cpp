// Scenario commands: one undo step each, validated, never losing a scenario's content.
#include <doctest/doctest.h>

#include "document/document.h"
#include "engine/scenarios.h"
#include "support/builders.h"
#include "support/messages.h"

using namespace roster;

namespace {

Document with_two_creators() {
    Document doc;
    REQUIRE(doc.execute(AddCreator{test::creator(0, "Ana", Platform::Instagram, 20'000, 300.0, 2)}).ok);
    REQUIRE(doc.execute(AddCreator{test::creator(0, "Ben", Platform::TikTok, 80'000, 900.0, 1)}).ok);
    return doc;
}

}  // namespace

TEST_CASE("A new scenario copies the open one, opens after it, and the planner's edits change only the copy") {
    Document doc = with_two_creators();
    REQUIRE(doc.execute(AddScenario{"Likes hidden", {}}).ok);
    CHECK(test::english(doc.undo_label()) == "new scenario “Likes hidden”");
    CHECK(scenario_names(doc.plan()) == std::vector<std::string>{"Base", "Likes hidden"});
    CHECK(doc.plan().scenario_position == 1);
    Environment hidden = doc.plan().environment;
    hidden.likes_hidden[0] = true;
    REQUIRE(doc.execute(SetEnvironment{hidden}).ok);
    CHECK_FALSE(scenario_plan(doc.plan(), 0).environment.likes_hidden[0]);
    CHECK(scenario_plan(doc.plan(), 1).environment.likes_hidden[0]);
    REQUIRE(doc.execute(OpenScenario{0}).ok);
    CHECK(doc.plan().scenario == "Base");
    CHECK_FALSE(doc.plan().environment.likes_hidden[0]);
    // Undo walks back through the switch, the edit and the new scenario.
    CHECK(doc.undo());
    CHECK(doc.plan().scenario == "Likes hidden");
    CHECK(doc.undo());
    CHECK(doc.undo());
    CHECK(scenario_count(doc.plan()) == 1);
}

TEST_CASE("A new scenario moved by what-if levers is the moved copy, and the original keeps its values") {
    Document doc = with_two_creators();
    WhatIf w;
    w.fees = 1.5;
    REQUIRE(doc.execute(AddScenario{"Fees +50%", w}).ok);
    CHECK(doc.plan().creators[0].deliverables[0].unit_fee_cents == 45'000);
    CHECK(scenario_plan(doc.plan(), 0).creators[0].deliverables[0].unit_fee_cents == 30'000);
}

TEST_CASE("Scenario names are validated, and a ninth scenario is refused") {
    Document doc = with_two_creators();
    CHECK(test::english(doc.execute(AddScenario{"Base", {}}).message) == "There is already a scenario called “Base”.");
    CHECK(test::english(doc.execute(AddScenario{"   ", {}}).message) == "A scenario needs a name.");
    for (int i = 2; i <= 8; ++i) REQUIRE(doc.execute(AddScenario{"S" + std::to_string(i), {}}).ok);
    const ApplyResult ninth = doc.execute(AddScenario{"S9", {}});
    CHECK_FALSE(ninth.ok);
    CHECK(test::english(ninth.message) == "A plan can hold at most 8 scenarios; remove one first.");
    CHECK(scenario_count(doc.plan()) == 8);
}

TEST_CASE("Renaming a scenario that is not open changes its name only") {
    Document doc = with_two_creators();
    REQUIRE(doc.execute(AddScenario{"Macro-heavy", {}}).ok);
    REQUIRE(doc.execute(RenameScenario{0, "  Micro-heavy "}).ok);
    CHECK(scenario_names(doc.plan()) == std::vector<std::string>{"Micro-heavy", "Macro-heavy"});
    CHECK(doc.plan().scenario == "Macro-heavy");
    CHECK(test::english(doc.execute(RenameScenario{1, "Micro-heavy"}).message) == "There is already a scenario called “Micro-heavy”.");
    CHECK(test::english(doc.execute(RenameScenario{5, "X"}).message) == "That scenario is no longer in the plan.");
}

TEST_CASE("Removing the open scenario opens its neighbour; the last scenario cannot be removed") {
    Document doc = with_two_creators();
    REQUIRE(doc.execute(AddScenario{"B", {}}).ok);
    REQUIRE(doc.execute(UpdateCreator{[&] {
                Creator c = doc.plan().creators[0];
                c.followers = 55'000;
                return c;
            }()}).ok);
    REQUIRE(doc.execute(AddScenario{"C", {}}).ok);
    REQUIRE(doc.execute(OpenScenario{1}).ok);
    REQUIRE(doc.execute(RemoveScenario{1}).ok);  // B, open: C opens
    CHECK(scenario_names(doc.plan()) == std::vector<std::string>{"Base", "C"});
    CHECK(doc.plan().scenario == "C");
    CHECK(doc.plan().creators[0].followers == 55'000);  // C was copied from B
    REQUIRE(doc.execute(RemoveScenario{0}).ok);         // Base, not open
    CHECK(doc.plan().scenario_position == 0);
    CHECK(test::english(doc.execute(RemoveScenario{0}).message) == "A plan keeps at least one scenario.");
    CHECK(doc.undo());
    CHECK(scenario_names(doc.plan()) == std::vector<std::string>{"Base", "C"});
}

TEST_CASE("A new currency reaches every scenario of the plan") {
    Document doc = with_two_creators();
    REQUIRE(doc.execute(AddScenario{"B", {}}).ok);
    REQUIRE(doc.execute(SetCurrency{"USD"}).ok);
    CHECK(scenario_plan(doc.plan(), 0).campaign.currency == "USD");
    Campaign c = doc.plan().campaign;
    c.currency = "GBP";
    REQUIRE(doc.execute(SetCampaign{c}).ok);
    CHECK(scenario_plan(doc.plan(), 0).campaign.currency == "GBP");
}

TEST_CASE("Applying what-if levers is one undo step") {
    Document doc = with_two_creators();
    WhatIf w;
    w.posts = 2.0;
    REQUIRE(doc.execute(ApplyWhatIf{w}).ok);
    CHECK(doc.plan().creators[0].deliverables[0].count == 4);
    CHECK(test::english(doc.undo_label()) == "apply what-if");
    CHECK(doc.undo());
    CHECK(doc.plan().creators[0].deliverables[0].count == 2);
}

TEST_CASE("A copy that would take the plan past 20,000 creators across its scenarios is refused") {
    Plan plan;
    for (CreatorId i = 1; i <= 10'001; ++i)
        plan.creators.push_back(test::creator(i, "C" + std::to_string(i), Platform::TikTok, 5'000, 100, 1));
    Document doc(std::move(plan));
    const ApplyResult r = doc.execute(AddScenario{"Copy", {}});
    CHECK_FALSE(r.ok);
    CHECK(test::english(r.message) == "A copy would take the plan past 20,000 creators across its scenarios.");
    CHECK(scenario_count(doc.plan()) == 1);
}

TEST_CASE("The optimiser's proposal opens as the last scenario in one step, and undo takes it back") {
    Document doc = with_two_creators();
    Scenario proposal = current_scenario(doc.plan(), "Proposal");
    proposal.creators.resize(1);  // Ana alone
    REQUIRE(doc.execute(AddProposal{proposal}).ok);
    CHECK(test::english(doc.undo_label()) == "new scenario “Proposal”");
    CHECK(scenario_names(doc.plan()) == std::vector<std::string>{"Base", "Proposal"});
    CHECK(doc.plan().scenario_position == 1);
    REQUIRE(doc.plan().creators.size() == 1);
    CHECK(doc.plan().creators[0].name == "Ana");
    CHECK(scenario_plan(doc.plan(), 0).creators.size() == 2);
    CHECK(doc.undo());
    CHECK(scenario_names(doc.plan()) == std::vector<std::string>{"Base"});
    CHECK(doc.plan().creators.size() == 2);
}

TEST_CASE("A proposal under a name already used, or an invalid one, is refused and the plan stays as it was") {
    Document doc = with_two_creators();
    const Plan before = doc.plan();
    const std::string last_edit = test::english(doc.undo_label());
    const ApplyResult taken = doc.execute(AddProposal{current_scenario(doc.plan(), "Base")});
    CHECK_FALSE(taken.ok);
    CHECK(doc.plan() == before);
    Scenario broken = current_scenario(doc.plan(), "Proposal");
    broken.creators[0].followers = -5;
    CHECK_FALSE(doc.execute(AddProposal{broken}).ok);
    CHECK(doc.plan() == before);
    CHECK(test::english(doc.undo_label()) == last_edit);  // nothing to undo was added
}
