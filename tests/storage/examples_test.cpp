// The workshop's example plans (assets/examples, built into the app): each opens cleanly in
// the current format and tells the story its README promises.
#include <doctest/doctest.h>

#include <algorithm>

#include "engine/projection.h"
#include "engine/scenarios.h"
#include "engine/validation.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/translation.h"
#include "storage/plan_file.h"
#include "support/files.h"
#include "support/messages.h"

using namespace roster;

namespace {

Plan example(const std::string& name) {
    storage::LoadResult loaded = storage::load_plan(test::read_bytes(test::example_plan(name)));
    INFO(name << ": " << test::english(loaded.message));
    REQUIRE(loaded.ok);
    CHECK(loaded.notes.empty());
    CHECK(validate(loaded.plan).empty());
    return loaded.plan;
}

}  // namespace

TEST_CASE("Every example plan opens without a note and is valid") {
    for (const char* name :
         {"ai-assistant-launch", "teachers-programme", "hidden-likes", "recommended-feed", "micro-vs-macro"}) {
        CAPTURE(name);
        const Plan plan = example(name);
        CHECK_FALSE(plan.creators.empty());
        // Saved again, the file is what it was, byte for byte: examples are kept as Roster writes
        // them in the current format.
        CHECK(storage::save_plan(plan) == test::read_bytes(test::example_plan(name)));
    }
}

// The scenario of that name, alone as the engine reads it.
Plan scenario_named(const Plan& plan, const std::string& name) {
    const auto names = scenario_names(plan);
    const auto it = std::find(names.begin(), names.end(), name);
    REQUIRE_MESSAGE(it != names.end(), name);
    return scenario_plan(plan, static_cast<std::size_t>(it - names.begin()));
}

TEST_CASE("The hidden-likes example opens with likes hidden, and its visible-likes scenario has more likes") {
    const Plan plan = example("hidden-likes");
    REQUIRE(plan.environment.likes_hidden[static_cast<std::size_t>(Platform::Instagram)]);
    CHECK(plan.scenario == "Likes hidden");
    const Plan shown = scenario_named(plan, "Likes visible");
    CHECK_FALSE(shown.environment.likes_hidden[static_cast<std::size_t>(Platform::Instagram)]);
    CHECK(shown.creators == plan.creators);  // the one difference is the switch
    CHECK(project(plan).total.likes < project(shown).total.likes);
}

TEST_CASE("The recommended-feed example reaches more people than its today's-feed scenario") {
    const Plan plan = example("recommended-feed");
    REQUIRE(plan.environment.recommendation_scale_ppm == 2 * kPpmWhole);
    const Plan today = scenario_named(plan, "Today's feed");
    CHECK(today.environment.recommendation_scale_ppm == kPpmWhole);
    CHECK(project(plan).total.reach > project(today).total.reach);
}

TEST_CASE("The micro-vs-macro example's two scenarios spend the same budget within 5%") {
    const Plan plan = example("micro-vs-macro");
    const Plan micro = scenario_named(plan, "Micro-heavy (30 creators)");
    const Plan macro = scenario_named(plan, "Macro-heavy (3 creators)");
    CHECK(micro.campaign.budget_cap_cents == macro.campaign.budget_cap_cents);
    const double a = project(micro).total.cost(), b = project(macro).total.cost();
    CHECK(std::abs(a - b) / std::max(a, b) < 0.05);
    CHECK(micro.creators.size() == 30);
    CHECK(macro.creators.size() == 3);
}

TEST_CASE("The AI assistant example's amplification scenario costs more and reaches more") {
    const Plan plan = example("ai-assistant-launch");
    const Plan amplified = scenario_named(plan, "With paid amplification");
    CHECK(project(amplified).total.cost() > project(plan).total.cost());
    CHECK(project(amplified).total.reach > project(plan).total.reach);
}

TEST_CASE("The AI assistant example holds the 12M-follower creator with 15M views per video") {
    const Plan plan = example("ai-assistant-launch");
    const Creator& star = plan.creators.front();
    CHECK(star.followers == 12'000'000);
    CHECK(star.measured_views_per_post == 15'000'000);
    CHECK(plan.creators[1].followers == 3'400'000);
}

TEST_CASE("The teachers example is unpaid, mid-tier and with a chance of posting") {
    const Plan plan = example("teachers-programme");
    for (const Creator& c : plan.creators) {
        CHECK_FALSE(c.paid);
        CHECK(c.posting_probability_ppm < kPpmWhole);
        CHECK(c.followers < plan.tiers.macro);
    }
}

TEST_CASE("Every example opened in French is named in French, scenarios included, and stays valid") {
    const present::LanguageGuard french(present::Language::French);
    for (const char* name :
         {"ai-assistant-launch", "teachers-programme", "hidden-likes", "recommended-feed", "micro-vs-macro"}) {
        CAPTURE(name);
        Plan plan = example(name);
        const std::vector<std::string> before = scenario_names(plan);
        const std::string english = plan.name;
        present::name_in_language(plan);
        CHECK(plan.name != english);
        CHECK(plan.name.rfind("Atelier — ", 0) == 0);
        const std::vector<std::string> after = scenario_names(plan);
        REQUIRE(after.size() == before.size());
        for (std::size_t i = 0; i < after.size(); ++i)
            if (before[i] != "Base") CHECK(after[i] != before[i]);  // "Base" is French too
        CHECK(validate(plan).empty());
    }
}
