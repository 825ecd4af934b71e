// The workshop's example plans (assets/examples, built into the app): each opens cleanly in
// the current format and tells the story its README promises.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "engine/projection.h"
#include "engine/validation.h"
#include "storage/plan_file.h"

using namespace roster;

namespace {

Plan example(const std::string& name) {
    std::ifstream in(std::string(ROSTER_EXAMPLES) + "/" + name + ".roster.json", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    storage::LoadResult loaded = storage::load_plan(text.str());
    INFO(name << ": " << loaded.message);
    REQUIRE(loaded.ok);
    CHECK(loaded.notes.empty());
    CHECK(validate(loaded.plan).empty());
    return loaded.plan;
}

}  // namespace

TEST_CASE("Every example plan opens without a note and is valid") {
    for (const char* name : {"ai-assistant-launch", "teachers-programme", "hidden-likes", "recommended-feed",
                             "micro-heavy", "macro-heavy"}) {
        CAPTURE(name);
        const Plan plan = example(name);
        CHECK_FALSE(plan.creators.empty());
        // Saved again, the file is what it was, byte for byte: examples are kept as Roster writes
        // them in the current format.
        std::ifstream in(std::string(ROSTER_EXAMPLES) + "/" + name + ".roster.json", std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        CHECK(storage::save_plan(plan) == text.str());
    }
}

TEST_CASE("The hidden-likes example has fewer likes than the same plan with the counts shown") {
    Plan hidden = example("hidden-likes");
    REQUIRE(hidden.environment.likes_hidden[static_cast<std::size_t>(Platform::Instagram)]);
    Plan shown = hidden;
    shown.environment.likes_hidden[static_cast<std::size_t>(Platform::Instagram)] = false;
    CHECK(project(hidden).total.likes < project(shown).total.likes);
}

TEST_CASE("The recommended-feed example reaches more people than the same plan in today's feed") {
    Plan doubled = example("recommended-feed");
    REQUIRE(doubled.environment.recommendation_scale_ppm == 2 * kPpmWhole);
    Plan today = doubled;
    today.environment.recommendation_scale_ppm = kPpmWhole;
    CHECK(project(doubled).total.reach > project(today).total.reach);
}

TEST_CASE("The micro-heavy and macro-heavy examples spend the same budget within 5%") {
    const Plan micro = example("micro-heavy");
    const Plan macro = example("macro-heavy");
    CHECK(micro.campaign.budget_cap_cents == macro.campaign.budget_cap_cents);
    const double a = project(micro).total.cost(), b = project(macro).total.cost();
    CHECK(std::abs(a - b) / std::max(a, b) < 0.05);
    CHECK(micro.creators.size() == 30);
    CHECK(macro.creators.size() == 3);
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
