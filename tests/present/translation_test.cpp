#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "engine/assumptions.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/translation.h"

using namespace roster::present;

namespace {
// The printf placeholders of a text, in order ("%s", "%d", "%zu", "%%"...).
std::vector<std::string> placeholders(const std::string& text) {
    static const std::regex pattern("%[-+#0]*[0-9]*(\\.[0-9]+)?(zu|d|s|f|g|%)");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it)
        out.push_back(it->str());
    return out;
}
}  // namespace

TEST_CASE("Every French text keeps the placeholders of its English text, in the same order") {
    const auto words = french_words();
    CHECK(words.size() > 150);
    std::set<std::string> seen;
    for (const auto& pair : words) {
        const std::string& en = pair.first;
        const std::string& fr = pair.second;
        CAPTURE(en);
        CHECK(seen.insert(en).second);
        CHECK_FALSE(fr.empty());
        CHECK(placeholders(en) == placeholders(fr));
    }
}

TEST_CASE("The interface's words follow the display language, and a text without translation stays English") {
    {
        const LanguageGuard french(Language::French);
        CHECK(std::string(tr("Net reach")) == "Couverture nette");
        CHECK(std::string(tr("A text nobody translated")) == "A text nobody translated");
    }
    const LanguageGuard english(Language::English);
    CHECK(std::string(tr("Net reach")) == "Net reach");
}

TEST_CASE("Messages with names are filled in after translation, each %s in order") {
    {
        const LanguageGuard english(Language::English);
        CHECK(trf("Downloaded %s.", {"Plan A.roster.json"}) == "Downloaded Plan A.roster.json.");
    }
    const LanguageGuard french(Language::French);
    CHECK(trf("Downloaded %s.", {"Plan A.roster.json"}) == "Téléchargé : Plan A.roster.json.");
    CHECK(trf("Deleted “%s” from this browser. Undo is in the plans window.", {"100% café"}) ==
          "« 100% café » supprimé de ce navigateur. Annuler est dans la fenêtre des plans.");
}

namespace {
const roster::AssumptionSpec& spec_of(const char* key) {
    return roster::assumption_catalogue().at(*roster::assumption_index(key));
}
}  // namespace

TEST_CASE("Every assumption's label and group title read in French, made from its parts") {
    {
        const LanguageGuard french(Language::French);
        CHECK(assumption_label(spec_of("reach_rate.instagram.micro")) == "Couverture par publication · Instagram · Micro");
        CHECK(assumption_label(spec_of("format_factor.instagram.short")) ==
              "Couverture Reel par rapport à Publication · Instagram");
        CHECK(assumption_label(spec_of("click_through.story")) == "Taux de clic par vue · Story");
        for (const roster::AssumptionSpec& spec : roster::assumption_catalogue()) {
            CAPTURE(spec.key);
            // What the assumption is about is never left in English.
            CHECK(std::string(tr(spec.quantity.c_str())) != spec.quantity);
            CHECK(assumption_label(spec).find(spec.quantity) == std::string::npos);
        }
        for (int g = 0; g < roster::kAssumptionGroupCount; ++g) {
            const std::string title(roster::group_label(static_cast<roster::AssumptionGroup>(g)));
            CAPTURE(title);
            if (title != "Formats" && title != "Engagement") CHECK(std::string(tr(title.c_str())) != title);  // the same word in French
        }
    }
    const LanguageGuard english(Language::English);
    CHECK(assumption_label(spec_of("reach_rate.instagram.micro")) == "Reach per post · Instagram · Micro");
    CHECK(assumption_label(spec_of("format_factor.instagram.short")) == "Reel reach vs Feed post · Instagram");
    for (const roster::AssumptionSpec& spec : roster::assumption_catalogue()) {
        CAPTURE(spec.key);
        CHECK(assumption_label(spec) == spec.label);
    }
}

TEST_CASE("Every assumption's source reads in French, its citations kept") {
    const LanguageGuard french_display(Language::French);
    for (const roster::AssumptionSpec& spec : roster::assumption_catalogue()) {
        const std::string source(spec.source);
        CAPTURE(source);
        const std::string french = tr(source.c_str());
        CHECK(french != source);
        // Every cited source ("S42a" in "[S42a]" or "[S21c, S22]") is still cited.
        const std::regex cited(R"(\bS[0-9]+[a-z]?\b)");
        for (auto it = std::sregex_iterator(source.begin(), source.end(), cited); it != std::sregex_iterator(); ++it)
            CHECK(french.find(it->str()) != std::string::npos);
    }
}
