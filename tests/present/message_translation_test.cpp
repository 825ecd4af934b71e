// The sentences other layers compose, in French: made here by the real code (broken plans,
// every bad plan file of tests/data/bad, refused edits, links, pasted rows), then translated.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "document/document.h"
#include "document/plan_exchange.h"
#include "engine/scenarios.h"
#include "engine/validation.h"
#include "present/format.h"
#include "present/message_translation.h"
#include "present/overlap_row.h"
#include "present/share_text.h"
#include "storage/plan_file.h"
#include "support/builders.h"

using namespace roster;
using namespace roster::present;

namespace {

struct French {
    French() { set_display_language(Language::French); }
    ~French() { set_display_language(Language::English); }
};

Plan two_creators() {
    Plan plan = test::plan_of({test::creator(1, "Léa", Platform::Instagram, 48'000, 650, 3),
                               test::creator(2, "Ben", Platform::TikTok, 300'000, 2'000, 2)});
    plan.campaign.target_universe = 5'000'000;
    return plan;
}

// Every problem validate() finds in plans broken one way each, described as the app shows them.
std::vector<std::string> validation_messages() {
    std::vector<void (*)(Plan&)> breaks = {
        [](Plan& p) { p.creators[0].name = ""; },
        [](Plan& p) { p.creators[0].handle = std::string(300, 'h'); },
        [](Plan& p) { p.creators[0].followers = 0; },
        [](Plan& p) { p.creators[0].followers = 3'000'000'000; },
        [](Plan& p) { p.creators[0].engagement_rate_ppm = 1'400'000; },
        [](Plan& p) { p.creators[0].measured_views_per_post = -1; },
        [](Plan& p) { p.creators[0].measured_reach_rate_ppm = -1; },
        [](Plan& p) { p.creators[0].audience_quality_ppm = 1'810'000; },
        [](Plan& p) { p.creators[0].audience.countries = {{"France", 500'000}, {"FR", 700'000}, {"FR", 10}}; },
        [](Plan& p) { p.creators[0].audience.age = {900'000, 900'000}; },
        [](Plan& p) { p.creators[0].audience.gender = {700'000, 700'000}; },
        [](Plan& p) { p.creators[0].audience.interests = {{"", 1}, {"food", 1}, {"food", 1}}; },
        [](Plan& p) { p.creators[0].deliverables.push_back({Format::LongVideo, -2, -5}); },
        [](Plan& p) { p.creators[0].deliverables[0].count = 5'000; },
        [](Plan& p) { p.creators[0].deliverables[0].unit_fee_cents = 20'000'000'000; },
        [](Plan& p) { p.creators[0].deliverables = std::vector<Deliverable>(25, p.creators[0].deliverables[0]); },
        [](Plan& p) { p.creators[0].product_value_cents = -1; },
        [](Plan& p) { p.creators[0].affiliate_commission_ppm = 2'000'000; },
        [](Plan& p) { p.creators[0].posting_probability_ppm = -1; },
        [](Plan& p) { p.creators[0].amplification = {100, 500, 2'000}; },
        [](Plan& p) {
            p.creators[0].amplification = {100, 500, 3};
            p.creators[0].deliverables[0].count = 0;
            p.campaign.target_universe = 0;
        },
        [](Plan& p) { p.creators[1].id = 1; },
        [](Plan& p) { p.campaign.currency = "euros"; },
        [](Plan& p) { p.campaign.budget_cap_cents = -1; },
        [](Plan& p) { p.campaign.target_universe = -1; },
        [](Plan& p) { p.campaign.gross_margin_ppm = 3'000'000; },
        [](Plan& p) { p.campaign.target.countries = {"FR", "FR", "xx"}; },
        [](Plan& p) { p.tiers.mid = 1; },
        [](Plan& p) { p.environment.recommendation_scale_ppm = 20 * kPpmWhole; },
        [](Plan& p) { p.environment.hidden_like_viewers_ppm = -3; },
        [](Plan& p) { test::set_assumption(p, "conversion_rate", 7.0); },
        [](Plan& p) {
            p.assumptions.push_back({"conversion_rate", 1});
            p.assumptions.push_back({"conversion_rate", 2});
        },
        [](Plan& p) { p.overlaps = {{1, 99, OverlapBasis::SharedCount, 10}}; },
        [](Plan& p) { p.overlaps = {{1, 1, OverlapBasis::SharedCount, 10}}; },
        [](Plan& p) { p.overlaps = {{1, 2, OverlapBasis::SharedCount, 10}, {2, 1, OverlapBasis::SharedCount, 10}}; },
        [](Plan& p) { p.overlaps = {{1, 2, OverlapBasis::ShareOfFirst, 1'200'000}}; },
        [](Plan& p) { p.overlaps = {{1, 2, OverlapBasis::ShareOfSmaller, 1'200'000}}; },
        [](Plan& p) { p.overlaps = {{1, 2, OverlapBasis::SharedCount, -5}}; },
        [](Plan& p) { p.overlaps = {{1, 2, OverlapBasis::SharedCount, 90'000}}; },
        [](Plan& p) {
            p.creators.push_back(test::creator(3, "Cleo", Platform::YouTube, 50'000, 900, 1));
            p.overlaps = {{1, 2, OverlapBasis::SharedCount, 40'000},
                          {1, 3, OverlapBasis::SharedCount, 40'000},
                          {2, 3, OverlapBasis::SharedCount, 1'000}};
        },
        [](Plan& p) { p.scenario_position = 3; },
    };
    std::vector<std::string> out;
    for (auto broken : breaks) {
        Plan plan = two_creators();
        broken(plan);
        const auto problems = validate(plan);
        CHECK_FALSE(problems.empty());
        for (const PlanProblem& p : problems) out.push_back(describe(p, plan));
    }
    return out;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// English words that have no place in a French sentence (names here are French or neutral).
const std::regex kEnglish(R"(\b(the|The|must|cannot|can|is|with|has|should|which|this|This|not|file|creator|Creator|and|of)\b)");

}  // namespace

TEST_CASE("Every refusal of a broken plan reads in French, values included") {
    const std::vector<std::string> messages = validation_messages();
    REQUIRE(messages.size() > 40);
    French french;
    for (const std::string& english : messages) {
        CAPTURE(english);
        const std::string text = translated_message(english);
        CAPTURE(text);
        CHECK(text != english);
        CHECK_FALSE(std::regex_search(text, kEnglish));
    }
}

TEST_CASE("Every bad plan file's refusal, as the page says it, reads in French") {
    int files = 0;
    const Plan current = two_creators();
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(ROSTER_TEST_DATA) / "bad")) {
        const IncomingPlan in = receive_plan(read_file(entry.path()), "the file “x.roster.json”", current, current);
        REQUIRE(in.verdict == IncomingPlan::Verdict::Refused);
        ++files;
        French french;
        CAPTURE(in.message);
        const std::string text = translated_message(in.message);
        CAPTURE(text);
        CHECK(text != in.message);
        CHECK_FALSE(std::regex_search(text, kEnglish));
    }
    CHECK(files > 20);
}

TEST_CASE("What is opened, asked, linked and pasted reads in French") {
    std::vector<std::string> messages;
    const Plan current = two_creators();
    const std::string file = storage::save_plan(current);
    Plan changed = current;
    changed.creators.pop_back();
    const IncomingPlan opened = receive_plan(file, "the pasted text", changed, current);
    messages.push_back(opened.opened);
    messages.push_back(opened.message);  // replace the changed plan?
    for (ShareLinkOutcome o : {ShareLinkOutcome::Copied, ShareLinkOutcome::TooLong, ShareLinkOutcome::NotCopied,
                               ShareLinkOutcome::Unsupported})
        messages.push_back(share_link_message(o, 12'345));
    for (const char* row : {"", "12, 14, 15", "Zoe 12%", "Léa 10%", "Ben 140%"})
        messages.push_back(parse_overlap_row(row, current, 1).problem);
    for (const char* shares : {"FR", "FR 140%"}) messages.push_back(parse_shares(shares, true).problem);
    messages.push_back(scenario_name_problem(current, "", SIZE_MAX));
    messages.push_back(scenario_name_problem(current, std::string(80, 's'), SIZE_MAX));
    messages.push_back(scenario_name_problem(current, scenario_names(current).front(), SIZE_MAX));
    Document document(current);
    messages.push_back(document.execute(RemoveCreator{42}).message);
    messages.push_back(document.execute(SetCurrency{"euros"}).message);
    messages.push_back(document.execute(SetAssumption{"no.such.thing", 1}).message);
    messages.push_back(document.execute(RemoveScenario{0}).message);
    messages.push_back(document.execute(OpenScenario{5}).message);
    French french;
    for (const std::string& english : messages) {
        CAPTURE(english);
        REQUIRE_FALSE(english.empty());
        const std::string text = translated_message(english);
        CAPTURE(text);
        CHECK(text != english);
        CHECK_FALSE(std::regex_search(text, kEnglish));
    }
}

TEST_CASE("A refusal in French keeps its names and writes its numbers the French way") {
    French french;
    CHECK(translated_message("In scenario “Été”: Creator “Léa”: The fee per post cannot be negative.") ==
          "Dans le scénario « Été » : Créateur « Léa » : Le champ « tarif par publication » ne peut pas être négatif.");
    CHECK(translated_message("Creator “Léa”: The engagement rate must be between 0% and 100% (it is 140.5%).") ==
          "Créateur « Léa » : Le champ « taux d’engagement » doit être compris entre 0 % et 100 % (il vaut "
          "140,5\u202F%).");
    // A file's notes after what was opened: each sentence on its own.
    CHECK(translated_message("Opened “Été” (2 creators) from the pasted text. Undo (Ctrl+Z) brings the previous plan "
                             "back. Ignored plan.mood, which this version of Roster does not know. Kept the assumption "
                             "\"x.y\", which this version of Roster does not use; it is saved with the plan.") ==
          "« Été » (2 créateurs) ouvert depuis le texte collé. Annuler (Ctrl+Z) ramène le plan précédent. plan.mood "
          "ignoré : cette version de Roster ne le connaît pas. Hypothèse « x.y » conservée : cette version de Roster "
          "ne l’utilise pas ; elle est enregistrée avec le plan.");
    // A creator whose name is a sentence of the table stays a name.
    CHECK(translated_message("Creator “The file is empty.”: Followers must be at least 1.") ==
          "Créateur « The file is empty. » : Il faut au moins 1 abonné.");
    // Sentences no pattern knows, and every sentence in English, are left as they are.
    CHECK(translated_message("Something Roster never says.") == "Something Roster never says.");
    set_display_language(Language::English);
    CHECK(translated_message("The file is empty.") == "The file is empty.");
}

TEST_CASE("Each French message pattern has the English one's values, in the same number") {
    const auto count = [](const std::string& s) {
        std::size_t n = 0;
        for (std::size_t at = s.find("%s"); at != std::string::npos; at = s.find("%s", at + 2)) ++n;
        return n;
    };
    for (const auto& pattern : message_patterns()) {
        const std::string& en = pattern.first;
        const std::string& fr = pattern.second;
        CAPTURE(en);
        CHECK(count(en) == count(fr));
        CHECK_FALSE(fr.empty());
    }
}
