// Creators from a planner's spreadsheet (document/sheet_import.h): the tools' exports and
// French and English files become valid creators, every refused row says where and why, the
// update mode changes the creators it finds, and confirming is one undo step.
#include <doctest/doctest.h>

#include <string>

#include "document/document.h"
#include "document/sheet_import.h"
#include "engine/validation.h"
#include "engine/vocabulary.h"
#include "support/builders.h"
#include "support/files.h"
#include "support/messages.h"

using namespace roster;

namespace {

// A sample sheet of tests/data/sheets/.
std::string sample(const std::string& name) { return test::read_bytes(test::test_data("sheets/" + name)); }

Plan empty_plan() { return test::plan_of({}); }

SheetPreview preview(std::string_view bytes, const Plan& plan = empty_plan(), ImportMode mode = ImportMode::Add) {
    SheetPreview p = preview_sheet(bytes, plan, mode);
    CAPTURE(test::english(p.problem));
    REQUIRE(p.ok);
    return p;
}

const Creator& added(const SheetPreview& p, const std::string& name) {
    for (const Creator& c : p.import.added)
        if (c.name == name) return c;
    FAIL("no creator named " << name);
    static Creator none;
    return none;
}

std::vector<std::string> refusals(const SheetImport& import) {
    std::vector<std::string> out;
    for (const SheetIssue& i : import.refused) out.push_back(test::english(i.message()));
    return out;
}

std::vector<std::string> notes(const SheetImport& import) {
    std::vector<std::string> out;
    for (const SheetIssue& i : import.notes) out.push_back(test::english(i.message()));
    return out;
}

// Every creator the import would add or update passes the engine's own checks.
void check_valid(const SheetImport& import, const Plan& plan) {
    for (const Creator& c : import.added) CHECK(check_creator(c, plan.campaign).empty());
    for (const Creator& c : import.updated) CHECK(check_creator(c, plan.campaign).empty());
}

}  // namespace

TEST_CASE("An Upfluence-like export gives creators with platforms from their profile addresses and rates from %") {
    const SheetPreview p = preview(sample("upfluence-like.csv"));
    REQUIRE(p.import.added.size() == 3);
    CHECK(p.import.refused.empty());
    const Creator& lea = added(p, "Léa Martin");
    CHECK(lea.platform == Platform::Instagram);
    CHECK(lea.handle == "@lea.lou");
    CHECK(lea.followers == 48'200);
    CHECK(lea.engagement_rate_ppm == 31'000);
    CHECK(lea.audience_quality_ppm == 880'000);
    REQUIRE(lea.deliverables.size() == 1);
    CHECK(lea.deliverables[0].format == reference_format(Platform::Instagram));
    CHECK(lea.deliverables[0].count == 1);
    CHECK(lea.deliverables[0].unit_fee_cents == 120'000);
    const Creator& sam = added(p, "Cooking with Sam");
    CHECK(sam.platform == Platform::TikTok);
    CHECK(sam.handle == "@samcooks");
    CHECK(sam.followers == 1'250'000);
    CHECK(sam.deliverables[0].unit_fee_cents == 350'000);
    CHECK(added(p, "Nord Studio").platform == Platform::YouTube);
    CHECK(added(p, "Nord Studio").handle == "@studionord");
    check_valid(p.import, empty_plan());
}

TEST_CASE("An Aspire template reads handles and followers per platform, “3 Posts” and a total payment per post") {
    const SheetPreview p = preview(sample("aspire-template.csv"));
    REQUIRE(p.import.added.size() == 2);
    const Creator& ana = added(p, "Ana Costa");
    CHECK(ana.platform == Platform::Instagram);
    CHECK(ana.handle == "@ana.costa");
    CHECK(ana.followers == 12'400);
    CHECK(ana.deliverables[0].count == 3);
    CHECK(ana.deliverables[0].unit_fee_cents == 30'000);  // €900 for 3 posts
    const Creator& ben = added(p, "Ben Ortiz");
    CHECK(ben.platform == Platform::TikTok);
    CHECK(ben.followers == 1'200'000);
    CHECK(ben.deliverables[0].unit_fee_cents == 125'000);
    REQUIRE(ben.audience.countries.size() == 1);
    CHECK(ben.audience.countries[0].key == "ES");
    CHECK(ben.audience.countries[0].ppm == 400'000);
    // Cleo's YouTube channel has no follower count in the template: refused, the row named.
    CHECK(refusals(p.import) == std::vector<std::string>{"Row 4: Followers must be at least 1."});
    CHECK(notes(p.import) == std::vector<std::string>{
                                 "Row 2, “Country” (“Portugal”): a country without its share of the audience (“FR 62%”) is not used."});
}

TEST_CASE("A GRIN creator template puts first and last names together and takes the first platform with a handle") {
    const SheetPreview p = preview(sample("grin-template.csv"));
    REQUIRE(p.import.added.size() == 3);
    const Creator& dana = added(p, "Dana Lee");
    CHECK(dana.handle == "@dana.lee");
    CHECK(dana.platform == Platform::Instagram);
    CHECK(dana.deliverables[0].unit_fee_cents == 40'000);  // 800 for 2 posts
    const Creator& eli = added(p, "Eli Moreau");
    CHECK(eli.platform == Platform::TikTok);
    CHECK(eli.followers == 98'000);
    const Creator& fay = added(p, "Fay Nguyen");
    CHECK(fay.platform == Platform::Instagram);
    CHECK(fay.followers == 15'000);
    check_valid(p.import, empty_plan());
}

TEST_CASE("A HypeAuditor-style report reads “48.2K”, an AQS out of 100 and shares in brackets") {
    const SheetPreview p = preview(sample("hypeauditor-style-report.csv"));
    REQUIRE(p.import.added.size() == 3);
    const Creator& lea = added(p, "Léa Martin");
    CHECK(lea.handle == "@lea.lou");
    CHECK(lea.followers == 48'200);
    CHECK(lea.engagement_rate_ppm == 31'000);
    CHECK(lea.audience_quality_ppm == 780'000);
    CHECK(lea.audience.countries[0].key == "FR");
    CHECK(lea.audience.countries[0].ppm == 620'000);
    const Creator& nord = added(p, "Nord Studio");
    CHECK(nord.platform == Platform::YouTube);
    CHECK(nord.followers == 310'000);
    CHECK(nord.audience.countries[0].ppm == 150'000);
}

TEST_CASE("A Modash-style list reads rates written as fractions and average views") {
    const SheetPreview p = preview(sample("modash-style-list.csv"));
    REQUIRE(p.import.added.size() == 3);
    const Creator& sam = added(p, "Sam Okafor");
    CHECK(sam.platform == Platform::TikTok);
    CHECK(sam.engagement_rate_ppm == 54'000);
    CHECK(sam.measured_views_per_post == 420'000);
    CHECK(added(p, "Nord Studio").engagement_rate_ppm == 22'000);
    CHECK(p.import.notes.size() == 3);  // countries without their share
}

TEST_CASE("A French semicolon file in Windows-1252 reads French numbers and skips its “Totaux” row") {
    const SheetPreview p = preview(sample("french-windows-1252.csv"));
    CHECK(p.sheet.encoding == storage::SheetEncoding::Windows1252);
    REQUIRE(p.import.added.size() == 3);
    CHECK(p.import.total_row == 5u);
    const Creator& lea = added(p, "Léa « Lou » Martin");
    CHECK(lea.followers == 48'200);
    CHECK(lea.engagement_rate_ppm == 31'000);
    CHECK(lea.deliverables[0].count == 3);
    CHECK(lea.deliverables[0].unit_fee_cents == 120'000);
    CHECK(lea.audience.countries[0].ppm == 620'000);
    const Creator& chloe = added(p, "Chloé Dubois");
    CHECK(chloe.followers == 1'200'000);
    CHECK(chloe.audience.countries[0].key == "FR");
    CHECK(chloe.audience.countries[0].ppm == 700'000);
    const Creator& nord = added(p, "Studio Nord");
    CHECK(nord.engagement_rate_ppm == 20'000);  // "2,0" in a column of percentages
    CHECK(nord.deliverables[0].unit_fee_cents == 200'050);
    CHECK(test::french(p.import.counts()) == "3 créateurs à ajouter, 0 à mettre à jour, 0 ligne refusée.");
}

TEST_CASE("Excel's Unicode text reads as tab-separated rows, “22,500” as twenty-two thousand five hundred") {
    const SheetPreview p = preview(sample("unicode-text-utf16le.txt"));
    REQUIRE(p.import.added.size() == 2);
    CHECK(added(p, "Zoë Kraus").followers == 22'500);
    CHECK(added(p, "Émile Roy").deliverables[0].unit_fee_cents == 180'050);
    CHECK(test::english(read_summary(p.sheet)) == "Read 2 rows of 5 columns (UTF-16 LE, tab-separated).");
}

TEST_CASE("Each refused row names its row in the file, its column, its value and the reason, in both languages") {
    const std::string sheet =
        "Name,Platform,Followers,Engagement rate,Fee,Posts,Country\n"
        "Ana,Instagram,-12,,100,1,\n"           // 2: negative followers
        "Ben,Myspace,5000,,100,1,\n"            // 3: unknown platform
        "Cleo,,5000,,100,1,\n"                  // 4: no platform
        ",TikTok,5000,,100,1,\n"                // 5: no name nor handle
        "Dev,TikTok,1e308,,100,1,\n"            // 6: absurd followers
        "Eve,TikTok,5000,140%,100,1,\n"         // 7: a share above 100%
        "Fox,TikTok,5000,,$100,1,\n"            // 8: another currency
        "Gus,TikTok,5000,,a lot,1,\n"           // 9: not a number
        "Hal,TikTok,5000,,100,2.5,\n"           // 10: half a post
        "Ivy,TikTok,5000,,100,1,FR 62%\n"       // 11: fine
        "Jo,TikTok,twelve,,100,1,\n"            // 12: followers not a number
        "Kim,TikTok,5000,,100,5000,\n";         // 13: more posts than a plan allows
    const SheetPreview p = preview(sheet);
    CHECK(p.import.added.size() == 1);
    CHECK(refusals(p.import) ==
          std::vector<std::string>{
              "Row 2, “Followers” (“-12”): a negative number, which this field cannot be.",
              "Row 3, “Platform” (“Myspace”): “Myspace” is not a platform Roster knows (Instagram, TikTok, YouTube, "
              "Facebook, LinkedIn, X, Twitch).",
              "Row 4, “Platform” (empty): no platform. Add a platform column, or give handles in a column named after "
              "the platform (Instagram, TikTok, YouTube…) or as profile addresses.",
              "Row 5: neither a name nor a handle.",
              "Row 6, “Followers” (“1e308”): Followers cannot exceed 2,000,000,000.",
              "Row 7, “Engagement rate” (“140%”): above 100%.",
              "Row 8, “Fee” (“$100”): the amount is in USD and the plan in EUR: convert it, or change the plan’s "
              "currency first.",
              "Row 9, “Fee” (“a lot”): not a number.",
              "Row 10, “Posts” (“2.5”): not a whole number.",
              "Row 12, “Followers” (“twelve”): not a whole number.",
              "Row 13, “Posts” (“5000”): A deliverable can have at most 1,000 posts.",
          });
    CHECK(test::french(p.import.refused[0].message()) ==
          "Ligne 2, « Followers » (« -12 ») : un nombre négatif, impossible pour ce champ.");
    CHECK(test::english(p.import.counts()) == "1 creator to add, 0 to update, 11 rows refused.");
}

TEST_CASE("Blank rows are counted and skipped; a Total row is skipped only at the end") {
    const SheetPreview p = preview("Name,Platform,Followers\nAna,Instagram,100\n,,\n\nTotal,Instagram,5\nBen,TikTok,200\n"
                                   " , , \nTOTAL,,300\n\n");
    CHECK(p.import.empty_rows == 2);
    CHECK(p.import.total_row == 8u);
    // A "Total" in the middle is a creator like any other.
    CHECK(p.import.added.size() == 3);
    CHECK(p.import.data_rows == 3);
}

TEST_CASE("Text cells are cleaned: line breaks in a name become spaces, a formula guard is taken off") {
    const SheetPreview p = preview("Name,Handle,Platform,Followers\n\"Ana\nLopez\",'@ana,Instagram,100\n'=Ben,ben,TikTok,200\n");
    REQUIRE(p.import.added.size() == 2);
    CHECK(p.import.added[0].name == "Ana Lopez");
    CHECK(p.import.added[0].handle == "@ana");
    CHECK(p.import.added[1].name == "=Ben");
    CHECK(p.import.added[1].handle == "@ben");
}

TEST_CASE("Profile addresses give the handle and the platform") {
    const SheetPreview p = preview(
        "Name,Profile,Followers\n"
        "A,https://www.instagram.com/ana.cooks/?hl=fr,1\n"
        "B,tiktok.com/@ben_o,1\n"
        "C,https://youtube.com/@cleo,1\n"
        "D,https://www.youtube.com/c/DevChannel,1\n"
        "E,https://x.com/eve,1\n"
        "F,https://twitter.com/fox,1\n"
        "G,https://www.twitch.tv/gus,1\n"
        "H,https://www.linkedin.com/in/hal-smith/,1\n");
    REQUIRE(p.import.added.size() == 8);
    const std::vector<std::pair<std::string, Platform>> expected = {
        {"@ana.cooks", Platform::Instagram}, {"@ben_o", Platform::TikTok}, {"@cleo", Platform::YouTube},
        {"@DevChannel", Platform::YouTube},  {"@eve", Platform::X},         {"@fox", Platform::X},
        {"@gus", Platform::Twitch},          {"@hal-smith", Platform::LinkedIn}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(p.import.added[i].handle == expected[i].first);
        CHECK(p.import.added[i].platform == expected[i].second);
    }
}

TEST_CASE("Average likes and comments give the engagement rate when no column gives it") {
    const SheetPreview p = preview("Name,Platform,Followers,Avg likes,Avg comments\nAna,Instagram,10000,250,50\n");
    REQUIRE(p.import.added.size() == 1);
    CHECK(p.import.added[0].engagement_rate_ppm == 30'000);
}

TEST_CASE("Updating finds creators by platform and handle, else by name, and keeps what the sheet does not give") {
    Plan plan = test::plan_of({test::creator(1, "Ana Lopez", Platform::Instagram, 48'000, 650, 3),
                               test::creator(2, "Ben", Platform::TikTok, 300'000, 2'000, 2),
                               test::creator(3, "Cleo", Platform::YouTube, 90'000, 900, 1)});
    plan.creators[0].handle = "@ana.cooks";
    plan.creators[0].audience_quality_ppm = 810'000;
    const std::string sheet = "Handle,Name,Platform,Followers,Fee\n"
                              "@ANA.COOKS,Ana L.,Instagram,50000,\n"  // by handle, whatever the case
                              ",ben,TikTok,,2500\n"                  // by name
                              "@new,Dev,TikTok,1000,100\n"          // not in the plan: added
                              ",BEN,TikTok,310000,\n";             // Ben again: one update, both rows
    const SheetPreview p = preview(sheet, plan, ImportMode::Update);
    REQUIRE(p.import.updated.size() == 2);
    REQUIRE(p.import.added.size() == 1);
    const Creator& ana = p.import.updated[0];
    CHECK(ana.id == 1);
    CHECK(ana.name == "Ana L.");
    CHECK(ana.followers == 50'000);
    CHECK(ana.audience_quality_ppm == 810'000);  // kept
    CHECK(ana.deliverables[0].count == 3);         // kept
    CHECK(ana.deliverables[0].unit_fee_cents == 65'000);
    const Creator& ben = p.import.updated[1];
    CHECK(ben.id == 2);
    CHECK(ben.followers == 310'000);
    CHECK(ben.deliverables[0].unit_fee_cents == 250'000);
    CHECK(p.import.added[0].name == "Dev");
    CHECK(p.import.shown[0].outcome == RowOutcome::Update);
    CHECK(p.import.shown[0].updates == 1);
    CHECK(p.import.shown[2].outcome == RowOutcome::Add);

    // Adding instead: the same rows are new creators, and the ones already in the plan are noted.
    const SheetPreview adding = preview(sheet, plan, ImportMode::Add);
    CHECK(adding.import.added.size() == 3);  // Ben's first row has no followers: refused
    CHECK(adding.import.notes.size() == 3);
    CHECK(test::english(adding.import.notes[0].message()) ==
          "Row 2, “Handle” (“@ANA.COOKS”): this creator is already in the plan and will be added a second time; choose "
          "to update existing creators to change them instead.");
}

TEST_CASE("Confirming applies the whole import as one undo step, and cancelling changes nothing") {
    Document doc(test::plan_of({test::creator(1, "Ana", Platform::Instagram, 48'000, 650, 3)}));
    const Plan before = doc.plan();
    const SheetPreview p = preview(sample("upfluence-like.csv"), doc.plan());
    // Cancelling: the preview was made, nothing was applied.
    CHECK(doc.plan() == before);
    CHECK_FALSE(doc.can_undo());
    REQUIRE(doc.execute(p.import.command()).ok);
    CHECK(doc.plan().creators.size() == 4);
    CHECK(doc.plan().creators[1].id == 2);
    CHECK(doc.plan().creators[3].id == 4);
    CHECK(test::english(doc.undo_label()) == "import 3 creators");
    CHECK(test::french(*doc.undo_label()) == "importer 3 créateurs");
    REQUIRE(doc.undo());
    CHECK(doc.plan() == before);
    REQUIRE(doc.redo());
    CHECK(doc.plan().creators.size() == 4);
}

TEST_CASE("An import that cannot apply whole changes nothing") {
    Plan plan = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 48'000, 650, 3)});
    ImportCreators cmd;
    cmd.added.push_back(test::creator(0, "Ben", Platform::TikTok, 1'000, 10, 1));
    cmd.added.push_back(test::creator(0, "Bad", Platform::TikTok, -5, 10, 1));
    Plan copy = plan;
    const ApplyResult r = roster::apply(copy, Command{cmd});
    CHECK_FALSE(r.ok);
    CHECK(test::english(r.message) == "Followers must be at least 1.");
    CHECK(copy == plan);
    // An update of a creator no longer in the plan.
    ImportCreators gone;
    gone.updated.push_back(test::creator(9, "Zed", Platform::TikTok, 1'000, 10, 1));
    CHECK_FALSE(roster::apply(copy, Command{gone}).ok);
    // More creators than a plan holds.
    ImportCreators many;
    many.added.assign(PlanLimits::kMaxCreators, test::creator(0, "X", Platform::TikTok, 1'000, 10, 1));
    const ApplyResult full = roster::apply(copy, Command{many});
    CHECK_FALSE(full.ok);
    CHECK(test::english(full.message).find("20,000") != std::string::npos);
    CHECK(copy == plan);
}

TEST_CASE("A sheet without a name or handle column, or without rows, says what is missing") {
    const SheetPreview none = preview("Followers,Fee\n100,2\n");
    REQUIRE(none.import.problem);
    CHECK(test::english(*none.import.problem) ==
          "No column gives the creators’ names or handles: choose a column for the name or the handle.");
    const SheetPreview header = preview("Name,Platform\n");
    REQUIRE(header.import.problem);
    CHECK(test::english(*header.import.problem) == "The sheet has no rows under its header.");
    // The planner picks a column: the same sheet, mapped again, imports.
    storage::SheetMapping m = none.mapping;
    m.targets[0] = {storage::SheetField::Name, std::nullopt};
    const SheetImport again = import_sheet(none.sheet, m, empty_plan(), ImportMode::Add);
    CHECK_FALSE(again.problem);
    CHECK(again.refused.size() == 1);  // no platform
}

TEST_CASE("The preview shows the first 20 rows as Roster reads them, whatever the sheet's length") {
    std::string sheet = "Name,Platform,Followers\n";
    for (int i = 0; i < 60; ++i) sheet += "C" + std::to_string(i) + (i % 10 == 3 ? ",Myspace," : ",TikTok,") + "1000\n";
    const SheetPreview p = preview(sheet);
    CHECK(p.import.shown.size() == kPreviewRows);
    CHECK(p.import.shown[3].outcome == RowOutcome::Refused);
    CHECK(p.import.shown[3].row == 5);
    CHECK(p.import.shown[0].creator.name == "C0");
    CHECK(p.import.added.size() == 54);
    CHECK(p.import.refused.size() == 6);
    CHECK(test::english(column_message(p.mapping, 2)) == "“Followers” → followers");
}

TEST_CASE("A remembered mapping is applied to the same headers, and unnamed columns are still recognised") {
    storage::SavedMapping saved;
    saved.columns.push_back({"Creator", {storage::SheetField::Handle, Platform::TikTok}});
    const SheetPreview p = preview_sheet("Creator,Followers\nbenortiz,1000\n", empty_plan(), ImportMode::Add, &saved);
    REQUIRE(p.ok);
    REQUIRE(p.import.added.size() == 1);
    CHECK(p.import.added[0].platform == Platform::TikTok);
    CHECK(p.import.added[0].handle == "@benortiz");
    CHECK(p.import.added[0].name == "benortiz");
}

TEST_CASE("A file refused as a whole says why, and nothing is imported") {
    const SheetPreview p = preview_sheet(std::string("PK\x03\x04", 4), empty_plan(), ImportMode::Add);
    CHECK_FALSE(p.ok);
    CHECK(test::english(p.problem).find("This is a workbook") == 0);
    CHECK(p.import.nothing_to_import());
}
