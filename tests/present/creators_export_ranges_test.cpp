// The exported roster with each creator's P10 and P90 beside every projected figure
// (present/sheet_export.h, engine/creator_ranges.h): headers in the display language, the
// creators' own ranges and the plan's on the Total row, the same draws in the app and on the
// command line, and a file that still imports back as the same roster.
#include <doctest/doctest.h>

#include <string>

#include "document/sheet_import.h"
#include "engine/creator_ranges.h"
#include "engine/projection.h"
#include "engine/simulation.h"
#include "present/message_render.h"
#include "present/sheet_export.h"
#include "support/builders.h"

using namespace roster;
using namespace roster::present;

namespace {

Plan selling_roster() {
    Plan plan = test::plan_of({test::creator(1, "Léa", Platform::Instagram, 48'200, 318.94, 3),
                               test::creator(2, "Studio Nord", Platform::YouTube, 1'250'000, 2'000, 1),
                               test::creator(3, "Gift", Platform::TikTok, 12'000, 0, 2)});
    plan.creators[0].handle = "@lea";
    plan.creators[2].paid = false;
    plan.creators[2].posting_probability_ppm = 500'000;
    plan.creators[2].product_value_cents = 6'000;
    plan.campaign.average_order_value_cents = 4'500;
    plan.campaign.gross_margin_ppm = 550'000;
    return plan;
}

constexpr std::size_t kFirstFigure = 10;  // Cost: after name ... fee per post

}  // namespace

TEST_CASE("Each projected figure of the roster export has the creator's own P10 and P90 beside it") {
    const Plan plan = selling_roster();
    const Assumptions a = resolve_assumptions(plan);
    const Projection projection = project(plan, a);
    const CreatorsTableRanges ranges = creators_table_ranges(plan, a, 1'000, 3, projection);
    LanguageGuard english(Language::English);
    const SheetTable t = creators_table(plan, projection, &ranges);
    REQUIRE(t.rows.size() == plan.creators.size() + 2);
    const SheetRow& head = t.rows[0];
    REQUIRE(head.size() == kFirstFigure + 8 * 3);
    CHECK(head[kFirstFigure].text == "Cost");
    CHECK(head[kFirstFigure + 1].text == "Cost P10");
    CHECK(head[kFirstFigure + 2].text == "Cost P90");
    CHECK(head[kFirstFigure + 6].text == "Reach");
    CHECK(head[kFirstFigure + 8].text == "Reach P90");
    CHECK(head[kFirstFigure + 22].text == "ROI (%) P10");
    for (std::size_t i = 0; i < plan.creators.size(); ++i) {
        CAPTURE(i);
        const SheetRow& row = t.rows[i + 1];
        REQUIRE(row.size() == head.size());
        const CreatorBands& b = ranges.creators[i];
        CHECK(row[kFirstFigure].number == doctest::Approx(projection.creators[i].outcome.cost()));
        CHECK(row[kFirstFigure + 4].number == doctest::Approx(b[Headline::Views].p10).epsilon(1e-6));
        CHECK(row[kFirstFigure + 5].number == doctest::Approx(b[Headline::Views].p90).epsilon(1e-6));
        CHECK(row[kFirstFigure + 7].number == doctest::Approx(b[Headline::Reach].p10).epsilon(1e-6));
        CHECK(row[kFirstFigure + 23].number == doctest::Approx(100.0 * b[Headline::Roi].p90).epsilon(1e-4));
        for (std::size_t k = kFirstFigure; k < row.size(); k += 3) {
            CAPTURE(head[k].text);
            CHECK(row[k + 1].number <= row[k + 2].number);
        }
    }
    // The earned creator who posts half the time: 0 views at P10, the product alone as the cost.
    CHECK(t.rows[3][kFirstFigure + 4].number == 0.0);
    CHECK(t.rows[3][kFirstFigure + 1].number == doctest::Approx(60.0));
    // The Total row carries the plan's own ranges: its reach after overlap.
    const SheetRow& total = t.rows.back();
    CHECK(total[0].text == "Total");
    CHECK(total[kFirstFigure + 7].number == doctest::Approx(ranges.total[Headline::Reach].p10).epsilon(1e-6));
    CHECK(total[kFirstFigure + 8].number == doctest::Approx(ranges.total[Headline::Reach].p90).epsilon(1e-6));
    LanguageGuard french(Language::French);
    const SheetRow fr = creators_table(plan, projection, &ranges).rows[0];
    CHECK(fr[kFirstFigure + 1].text == "Coût P10");
    CHECK(fr[kFirstFigure + 8].text == "Couverture P90");
}

TEST_CASE("The app and the command line export the same creators' ranges: 2,000 draws from the seed given") {
    Plan plan = selling_roster();
    const Assumptions a = resolve_assumptions(plan);
    const Projection projection = project(plan, a);
    LanguageGuard english(Language::English);
    const CreatorsTableRanges ranges = creators_table_ranges(plan, a, kCreatorRangeDraws, 1, projection);
    const std::string expected = write_sheet(creators_table(plan, projection, &ranges), SheetFormat::Csv);
    CHECK(write_sheet(export_table(plan, 0, ExportTable::Creators, kDefaultDraws, 1), SheetFormat::Csv) == expected);
    CHECK(write_sheet(export_table(plan, 0, ExportTable::Creators, kMaxDraws, 1), SheetFormat::Csv) == expected);
    CHECK(write_sheet(export_table(plan, 0, ExportTable::Creators, kDefaultDraws, 2), SheetFormat::Csv) != expected);
    // Fewer draws asked, fewer used; none: the table without its range columns.
    const CreatorsTableRanges few = creators_table_ranges(plan, a, 300, 1, projection);
    CHECK(write_sheet(export_table(plan, 0, ExportTable::Creators, 300, 1), SheetFormat::Csv) ==
          write_sheet(creators_table(plan, projection, &few), SheetFormat::Csv));
    CHECK(export_table(plan, 0, ExportTable::Creators, 0, 1).rows[0].size() == kFirstFigure + 8);
}

TEST_CASE("A roster exported with its ranges, in English or French, imports back the same") {
    const Plan plan = selling_roster();
    for (const Language language : {Language::English, Language::French}) {
        for (const SheetFormat format : {SheetFormat::Csv, SheetFormat::Tsv}) {
            CAPTURE(static_cast<int>(language));
            CAPTURE(static_cast<int>(format));
            LanguageGuard guard(language);
            const std::string bytes = write_sheet(export_table(plan, 0, ExportTable::Creators, 500, 1), format);
            const SheetPreview p = preview_sheet(bytes, test::plan_of({}), ImportMode::Add);
            REQUIRE(p.ok);
            CHECK(p.import.refused.empty());
            REQUIRE(p.import.added.size() == plan.creators.size());
            for (std::size_t i = 0; i < plan.creators.size(); ++i) {
                CAPTURE(plan.creators[i].name);
                CHECK(p.import.added[i].name == plan.creators[i].name);
                CHECK(p.import.added[i].followers == plan.creators[i].followers);
                CHECK(p.import.added[i].deliverables == plan.creators[i].deliverables);
            }
        }
    }
}
