// Creators from a workbook (document/workbook_import.h): the "done when" — a workbook
// LibreOffice saved from a French sheet (semicolons, decimal commas, accents; its source CSV is
// tests/data/workbooks/french-roster.csv) gives the right creators and numbers through the same
// mapping preview as a CSV file, and a refused workbook leaves nothing to apply.
#include <doctest/doctest.h>

#include <string>

#include "document/commands.h"
#include "document/workbook_import.h"
#include "engine/validation.h"
#include "support/builders.h"
#include "support/files.h"
#include "support/messages.h"

using namespace roster;

namespace {

std::string workbook(const std::string& name) { return test::read_bytes(test::test_data("workbooks/" + name)); }

const Creator& added(const WorkbookPreview& p, const std::string& name) {
    for (const Creator& c : p.preview.import.added)
        if (c.name == name) return c;
    FAIL("no creator named " << name);
    return p.preview.import.added.front();
}

}  // namespace

TEST_CASE("A workbook LibreOffice saved from a French sheet opens with the right creators and numbers") {
    const Plan plan = test::plan_of({});
    const WorkbookPreview p = preview_workbook(workbook("french-roster.xlsx"), "", plan, ImportMode::Add);
    INFO(test::english(p.problem));
    REQUIRE(p.ok);
    REQUIRE(p.preview.import.added.size() == 4);
    CHECK(p.preview.import.refused.empty());
    const Creator& lea = added(p, "Léa Martin");
    CHECK(lea.platform == Platform::Instagram);
    CHECK(lea.handle == "@lea.martin");
    CHECK(lea.followers == 48'200);
    CHECK(lea.engagement_rate_ppm == 31'000);
    CHECK(lea.deliverables[0].count == 3);
    CHECK(lea.deliverables[0].unit_fee_cents == 120'050);
    const Creator& chloe = added(p, "Chloé Dubois");
    CHECK(chloe.platform == Platform::TikTok);
    CHECK(chloe.followers == 1'250'000);
    CHECK(chloe.engagement_rate_ppm == 54'000);
    const Creator& jerome = added(p, "Jérôme Lefèvre");
    CHECK(jerome.platform == Platform::YouTube);
    CHECK(jerome.engagement_rate_ppm == 22'500);
    CHECK(jerome.deliverables[0].unit_fee_cents == 200'075);
    CHECK(added(p, "Élodie Nguyễn").followers == 15'300);
    CHECK(test::english(workbook_read_summary(p)) ==
          "Read 4 rows of 7 columns from the sheet “french-roster” (the workbook’s only sheet).");
    CHECK(test::french(workbook_read_summary(p)) ==
          "4 lignes lues sur 7 colonnes dans la feuille « french-roster » (la seule du classeur).");
    Plan applied = plan;
    REQUIRE(roster::apply(applied, p.preview.import.command()).ok);
    CHECK(validate(applied).empty());
}

TEST_CASE("A refused workbook gives its reason and nothing to import") {
    const Plan plan = test::plan_of({});
    const WorkbookPreview p = preview_workbook(workbook("hostile/zip-bomb.xlsx"), "", plan, ImportMode::Add);
    CHECK_FALSE(p.ok);
    CHECK(p.problem.id == MessageId::WorkbookZipBomb);
    CHECK(p.preview.import.nothing_to_import());
}

TEST_CASE("The sheets of a workbook are listed for the planner to choose, also when the name asked is unknown") {
    const Plan plan = test::plan_of({});
    const WorkbookPreview p = preview_workbook(workbook("cells.xlsx"), "Nope", plan, ImportMode::Add);
    CHECK_FALSE(p.ok);
    CHECK(p.sheet_names == std::vector<std::string>{"Roster", "Notes"});
    const WorkbookPreview notes = preview_workbook(workbook("cells.xlsx"), "Notes", plan, ImportMode::Add);
    REQUIRE(notes.ok);
    CHECK(notes.sheet_name == "Notes");
}
