// Tables a planner takes to a spreadsheet (present/sheet_export.h): CSV in the language's
// conventions and tab-separated text for the clipboard, numbers a spreadsheet reads as numbers,
// formulas never run, and a roster exported then imported comes back the same.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "document/sheet_import.h"
#include "engine/validation.h"
#include "engine/overlap.h"
#include "engine/projection.h"
#include "engine/simulation.h"
#include "present/message_render.h"
#include "present/sheet_export.h"
#include "support/builders.h"

using namespace roster;
using namespace roster::present;

namespace {

const std::string kBom = "\xEF\xBB\xBF";

SheetTable tiny() {
    SheetTable t;
    t.rows.push_back({SheetCell::of_text("Name"), SheetCell::of_text("Fee"), SheetCell::of_text("Share")});
    t.rows.push_back({SheetCell::of_text("Ana"), SheetCell::of_number(1234.5, 2), SheetCell::of_number(12.5, 2)});
    t.rows.push_back({SheetCell::of_text("Ben"), SheetCell::of_number(1'250'000), SheetCell()});
    return t;
}

Plan varied_roster() {
    Plan plan = test::plan_of({test::creator(1, "Léa “Lou” Martin", Platform::Instagram, 48'200, 318.94, 8),
                               test::creator(2, "Studio Nord, Paris; Lyon", Platform::YouTube, 1'250'000, 2'000, 1),
                               test::creator(3, "=HYPERLINK(\"http://x\")", Platform::TikTok, 12'000, 150, 3),
                               test::creator(4, "-Minus", Platform::Facebook, 5'000, 0, 2),
                               test::creator(5, "@at", Platform::LinkedIn, 7'500, 99.99, 1),
                               test::creator(6, "Exe", Platform::X, 30'000, 120, 4),
                               test::creator(7, "Zoë", Platform::Twitch, 2'000, 75.5, 2),
                               test::creator(8, "'=already guarded", Platform::Instagram, 9'000, 10, 0)});
    plan.creators[0].handle = "@lea.lou";
    plan.creators[0].engagement_rate_ppm = 31'234;
    plan.creators[0].audience_quality_ppm = 810'000;
    plan.creators[1].measured_views_per_post = 210'000;
    plan.creators[2].handle = "@minus.three";
    plan.creators[5].handle = "@exe";
    return plan;
}

}  // namespace

TEST_CASE("English CSV: commas, decimal points, no thousands separators, a byte-order mark and CRLF") {
    CHECK(write_sheet(tiny(), SheetFormat::Csv, Language::English) ==
          kBom + "Name,Fee,Share\r\nAna,1234.5,12.5\r\nBen,1250000,\r\n");
}

TEST_CASE("French CSV: semicolons and decimal commas, so French Excel reads the numbers as numbers") {
    CHECK(write_sheet(tiny(), SheetFormat::Csv, Language::French) ==
          kBom + "Name;Fee;Share\r\nAna;1234,5;12,5\r\nBen;1250000;\r\n");
}

TEST_CASE("Tab-separated text for the clipboard has no byte-order mark, and decimals in the language") {
    CHECK(write_sheet(tiny(), SheetFormat::Tsv, Language::English) == "Name\tFee\tShare\r\nAna\t1234.5\t12.5\r\nBen\t1250000\t\r\n");
    CHECK(write_sheet(tiny(), SheetFormat::Tsv, Language::French) == "Name\tFee\tShare\r\nAna\t1234,5\t12,5\r\nBen\t1250000\t\r\n");
}

TEST_CASE("A text cell a spreadsheet would run as a formula starts with an apostrophe") {
    for (const char* cell : {"=1+1", "+33 6 12", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://evil\")"}) {
        CAPTURE(cell);
        CHECK(neutralise_formula(cell) == "'" + std::string(cell));
    }
    CHECK(neutralise_formula("'=x") == "''=x");  // the import takes one apostrophe off, giving "'=x" back
    CHECK(neutralise_formula("it's") == "it's");
    CHECK(neutralise_formula("Ana") == "Ana");
    CHECK(neutralise_formula("") == "");
    SheetTable t;
    t.rows.push_back({SheetCell::of_text("=cmd|' /C calc'!A0"), SheetCell::of_number(-3.5, 1)});
    // The number stays a number; the text is guarded and, holding a quote, quoted.
    CHECK(write_sheet(t, SheetFormat::Csv, Language::English) == kBom + "'=cmd|' /C calc'!A0,-3.5\r\n");
    t.rows[0][0] = SheetCell::of_text("=\"a\",b");
    CHECK(write_sheet(t, SheetFormat::Csv, Language::English) == kBom + "\"'=\"\"a\"\",b\",-3.5\r\n");
}

TEST_CASE("Cells with the separator, a quote or a line break are quoted as RFC 4180 says") {
    SheetTable t;
    t.rows.push_back({SheetCell::of_text("a,b"), SheetCell::of_text("c;d"), SheetCell::of_text("say \"hi\""),
                      SheetCell::of_text("two\nlines"), SheetCell::of_text("tab\there")});
    CHECK(write_sheet(t, SheetFormat::Csv, Language::English) ==
          kBom + "\"a,b\",c;d,\"say \"\"hi\"\"\",\"two\nlines\",tab\there\r\n");
    CHECK(write_sheet(t, SheetFormat::Csv, Language::French) ==
          kBom + "a,b;\"c;d\";\"say \"\"hi\"\"\";\"two\nlines\";tab\there\r\n");
    CHECK(write_sheet(t, SheetFormat::Tsv, Language::English) ==
          "a,b\tc;d\t\"say \"\"hi\"\"\"\t\"two\nlines\"\t\"tab\there\"\r\n");
}

TEST_CASE("The creators table has each creator's projection and a total row with the plan's net reach") {
    const Plan plan = varied_roster();
    const Projection projection = project(plan);
    LanguageGuard english(Language::English);
    const SheetTable t = creators_table(plan, projection);
    REQUIRE(t.rows.size() == plan.creators.size() + 2);
    CHECK(t.rows[0][0].text == "Name");
    CHECK(t.rows[0][17].text == "ROI (%)");
    CHECK(t.rows[1][0].text == "Léa “Lou” Martin");
    CHECK(t.rows[1][3].text == "Micro");
    CHECK(t.rows[1][5].number == doctest::Approx(3.1234));
    CHECK(t.rows[1][7].number == doctest::Approx(81));
    CHECK(t.rows[1][9].number == doctest::Approx(318.94));
    CHECK(t.rows[1][12].number == doctest::Approx(projection.creators[0].outcome.reach));
    CHECK(t.rows[1][17].kind == SheetCell::Kind::Empty);  // no sales forecast: no ROI
    const SheetRow& total = t.rows.back();
    CHECK(total[0].text == "Total");
    CHECK(total[10].number == doctest::Approx(projection.total.cost()));
    CHECK(total[12].number == doctest::Approx(projection.total.reach));
    LanguageGuard french(Language::French);
    const SheetTable fr = creators_table(plan, projection);
    CHECK(fr.rows[0][0].text == "Nom");
    CHECK(fr.rows[0][1].text == "Identifiant");
    CHECK(fr.rows[1][3].text == "Micro");
    CHECK(fr.rows.back()[0].text == "Total");
}

TEST_CASE("A roster exported to CSV or tab-separated text, in English or French, imports back the same") {
    const Plan plan = varied_roster();
    const Projection projection = project(plan);
    for (const Language language : {Language::English, Language::French}) {
        for (const SheetFormat format : {SheetFormat::Csv, SheetFormat::Tsv}) {
            CAPTURE(static_cast<int>(language));
            CAPTURE(static_cast<int>(format));
            LanguageGuard guard(language);
            const std::string bytes = write_sheet(creators_table(plan, projection), format);
            const SheetPreview p = preview_sheet(bytes, test::plan_of({}), ImportMode::Add);
            REQUIRE(p.ok);
            CHECK(p.import.refused.empty());
            CHECK(p.import.total_row.has_value());
            REQUIRE(p.import.added.size() == plan.creators.size());
            for (std::size_t i = 0; i < plan.creators.size(); ++i) {
                Creator back = p.import.added[i];
                back.id = plan.creators[i].id;
                CAPTURE(plan.creators[i].name);
                CHECK(back == plan.creators[i]);
            }
        }
    }
}

TEST_CASE("The comparison table puts each scenario's value, P10, P90, upper tail (P95, P99) and change side by side") {
    const Plan a = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 48'000, 650, 3)});
    const Plan b = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 48'000, 650, 6)});
    const Projection pa = project(a), pb = project(b);
    const SimulationResult ra = simulate(a, resolve_assumptions(a), 300, 1);
    const SimulationResult rb = simulate(b, resolve_assumptions(b), 300, 1);
    LanguageGuard english(Language::English);
    const SheetTable t = comparison_table({{"Three posts", &pa, &ra}, {"Six posts", &pb, &rb}}, "EUR");
    REQUIRE(t.rows.size() > 5);
    CHECK(t.rows[0].size() == 1 + 5 + 6);
    CHECK(t.rows[0][1].text == "Three posts: Value");
    CHECK(t.rows[0][2].text == "Three posts: P10");
    CHECK(t.rows[0][4].text == "Three posts: P95");
    CHECK(t.rows[0][5].text == "Three posts: P99");
    CHECK(t.rows[0][11].text == "Six posts: Change from the first (%)");
    CHECK(t.rows[1][0].text == "Net reach");
    CHECK(t.rows[1][1].number == doctest::Approx(pa.total.reach));
    CHECK(t.rows[1][2].kind == SheetCell::Kind::Number);
    CHECK(t.rows[1][3].number <= t.rows[1][4].number);  // P90 <= P95 <= P99
    CHECK(t.rows[1][4].number <= t.rows[1][5].number);
    CHECK(t.rows[1][5].number == doctest::Approx(ra[Headline::Reach].p99));
    CHECK(t.rows[1][11].number == doctest::Approx((pb.total.reach / pa.total.reach - 1) * 100).epsilon(0.001));
    bool money = false;
    for (const SheetRow& row : t.rows) money = money || row[0].text == "Cost (EUR)";
    CHECK(money);
    LanguageGuard french(Language::French);
    CHECK(comparison_table({{"Trois", &pa, nullptr}}, "EUR").rows[0][1].text == "Trois : Valeur");
}

TEST_CASE("The frequency and build-up tables give every point the plan's reach has") {
    const Plan plan = varied_roster();
    const PlanAudience audience = plan_audience(plan, resolve_assumptions(plan), true);
    LanguageGuard english(Language::English);
    const SheetTable f = frequency_table(audience.reach);
    REQUIRE(f.rows.size() == 11);
    CHECK(f.rows[0][0].text == "Exposures");
    CHECK(f.rows[1][0].number == 1);
    CHECK(f.rows[10][0].text == "10+");
    double people = 0;
    for (std::size_t r = 1; r < f.rows.size(); ++r) people += f.rows[r][1].number;
    CHECK(people == doctest::Approx(audience.reach.net_reach).epsilon(0.001));
    const SheetTable b = buildup_table(plan, audience.reach);
    CHECK(b.rows.size() == 1 + audience.reach.buildup_roster.size() + audience.reach.buildup_best.size());
    CHECK(b.rows[1][0].text == "Roster order");
    CHECK(b.rows[1][2].text == plan.creators[0].name);
    CHECK(b.rows.back()[0].text == "Most new people first");
    CHECK(b.rows.back()[4].number == doctest::Approx(audience.reach.net_reach).epsilon(0.01));
}

TEST_CASE("The assumptions table lists every assumption with its value, range, unit, source and marks") {
    Plan plan = test::plan_of({});
    test::set_assumption(plan, "conversion_rate", 0.02);
    LanguageGuard english(Language::English);
    const SheetTable t = assumptions_table(plan);
    std::size_t shown = 0;
    for (const AssumptionSpec& s : assumption_catalogue()) shown += s.shown;
    REQUIRE(t.rows.size() == shown + 1);
    bool found = false;
    for (const SheetRow& row : t.rows) {
        if (row[0].text != "conversion_rate") continue;
        found = true;
        CHECK(row[3].number == doctest::Approx(2.0));
        CHECK(row[7].text == "%");
        CHECK(row[10].text == "yes");
        CHECK_FALSE(row[8].text.empty());
    }
    CHECK(found);
    const std::string csv = write_sheet(t, SheetFormat::Csv, Language::French);
    CHECK(csv.find("conversion_rate;") != std::string::npos);
}

TEST_CASE("Exported tables are named after the plan, without characters file systems refuse") {
    CHECK(export_file_name("Spring launch", ExportTable::Creators, SheetFormat::Csv) == "Spring launch - creators.csv");
    CHECK(export_file_name("Q4: \"final\"/v2", ExportTable::Buildup, SheetFormat::Tsv) == "Q4   final  v2 - buildup.tsv");
    CHECK(export_file_name("", ExportTable::Frequency, SheetFormat::Csv) == "roster - frequency.csv");
    CHECK(export_table_from_key("assumptions") == ExportTable::Assumptions);
    CHECK_FALSE(export_table_from_key("everything"));
}

// What the fuzzer (tests/fuzz/sheet_fuzz.cpp) checks of any bytes, checked here on every sample
// sheet and every input it once broke (tests/data/sheets/fuzz-regressions/), natively and under
// WebAssembly: valid creators, one edit that applies, and the result exported and read back.
TEST_CASE("Every sample sheet, and every sheet the fuzzer once broke, imports valid creators that export and read back") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(ROSTER_TEST_DATA) / "sheets";
    Plan base = test::plan_of({test::creator(1, "Léa Martin", Platform::Instagram, 10'000, 300, 2)});
    base.creators[0].handle = "@lea.lou";
    std::size_t files = 0;
    for (const fs::path& folder : {dir, dir / "fuzz-regressions"}) {
        if (!fs::is_directory(folder)) continue;
        for (const auto& entry : fs::directory_iterator(folder)) {
            if (!entry.is_regular_file() || entry.path().filename().string()[0] == '.') continue;
            ++files;
            CAPTURE(entry.path().filename().string());
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            for (const ImportMode mode : {ImportMode::Add, ImportMode::Update}) {
                const SheetPreview p = preview_sheet(bytes.str(), base, mode);
                if (!p.ok || p.import.nothing_to_import()) continue;
                for (const Creator& c : p.import.added) CHECK(check_creator(c, base.campaign).empty());
                for (const Creator& c : p.import.updated) CHECK(check_creator(c, base.campaign).empty());
                Plan plan = base;
                REQUIRE(roster::apply(plan, p.import.command()).ok);
                for (const auto& [language, format] : {std::pair{Language::English, SheetFormat::Csv},
                                                       std::pair{Language::French, SheetFormat::Tsv}}) {
                    LanguageGuard guard(language);
                    const SheetPreview back =
                        preview_sheet(write_sheet(creators_table(plan, project(plan)), format), test::plan_of({}), ImportMode::Add);
                    REQUIRE(back.ok);
                    CHECK(back.import.refused.empty());
                    REQUIRE(back.import.added.size() == plan.creators.size());
                    for (std::size_t i = 0; i < plan.creators.size(); ++i) {
                        Creator a = back.import.added[i], b = plan.creators[i];
                        a.id = b.id;
                        a.audience.countries.clear();
                        b.audience.countries.clear();
                        CHECK(a == b);
                    }
                }
            }
        }
    }
    CHECK(files >= 7);
}
