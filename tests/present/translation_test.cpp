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

TEST_CASE("Every assumption's label and group title read in French, part by part") {
    {
        const LanguageGuard french(Language::French);
        CHECK(assumption_label("Reach per post · Instagram · Micro") == "Couverture par publication · Instagram · Micro");
        CHECK(assumption_label("Reel reach vs Feed post · Instagram") ==
              "Couverture Reel par rapport à Publication · Instagram");
        for (const roster::AssumptionSpec& spec : roster::assumption_catalogue()) {
            CAPTURE(spec.label);
            const std::string head = spec.label.substr(0, spec.label.find(" · "));
            // The first part (what the assumption is) is never left in English.
            CHECK(assumption_label(head) != head);
        }
        for (int g = 0; g < roster::kAssumptionGroupCount; ++g) {
            const std::string title(roster::group_label(static_cast<roster::AssumptionGroup>(g)));
            CAPTURE(title);
            if (title != "Formats" && title != "Engagement") CHECK(assumption_label(title) != title);  // the same word in French
        }
    }
    const LanguageGuard english(Language::English);
    CHECK(assumption_label("Reach per post · Instagram · Micro") == "Reach per post · Instagram · Micro");
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
