// The forecast-against-actual table as a spreadsheet gets it (present/sheet_export.h, "actuals"):
// `roster export PLAN --table actuals`, the app's CSV export and Ctrl+C over the comparison.
#include <doctest/doctest.h>

#include <string>

#include "document/commands.h"
#include "engine/forecast_check.h"
#include "present/message_render.h"
#include "present/sheet_export.h"
#include "support/campaign.h"

using namespace roster;
using namespace roster::present;

namespace {

Actual views_of(CreatorId creator, Format format, int post, std::int64_t views, Provenance source = Provenance::Platform) {
    Actual a;
    a.creator = creator;
    a.format = format;
    a.post = post;
    a.date = "2026-03-14";
    a[ActualFigure::Views] = {true, views, source};
    return a;
}

// The campaign, locked, with Léa Lou's two reels and carousel in (12,450 + 9,310 + 6,020 views).
Plan locked_campaign() {
    Plan plan = test::campaign_plan();
    REQUIRE(roster::apply(plan, LockForecast{0, {"2026-03-10", "0.5.0", 800, 7}, "Base"}).ok);
    SetActuals set;
    set.actuals = {views_of(1, Format::Short, 1, 12'450), views_of(1, Format::Short, 2, 9'310),
                   views_of(1, Format::Carousel, 1, 6'020, Provenance::Estimate)};
    REQUIRE(roster::apply(plan, set).ok);
    return plan;
}

const SheetRow* row_of(const SheetTable& t, const std::string& where, const std::string& figure) {
    for (const SheetRow& r : t.rows)
        if (r.size() > 2 && r[1].text == where && r[2].text == figure) return &r;
    return nullptr;
}

}  // namespace

TEST_CASE("The forecast-against-actual table gives each group's actual beside its locked median and range, as numbers") {
    LanguageGuard english(Language::English);
    const Plan plan = locked_campaign();
    const SheetTable t = export_table(plan, 0, ExportTable::Actuals, 0, 1);
    REQUIRE(t.rows.size() > 1);
    CHECK(t.rows[0].size() == 10);
    CHECK(t.rows[0][0].text == "Group");
    CHECK(t.rows[0][3].text == "Actual");

    const SheetRow* lea = row_of(t, "Léa Lou", "views");
    REQUIRE(lea);
    CHECK((*lea)[0].text == "creator");
    CHECK((*lea)[3].kind == SheetCell::Kind::Number);
    CHECK((*lea)[3].number == doctest::Approx(27'780));
    CHECK((*lea)[4].text == "estimate");  // the carousel's views came from a tool's estimate
    const ForecastCheck check = check_forecast(plan);
    const CheckCell& cell = check.rows.front()[LockedFigure::Views];
    CHECK((*lea)[5].number == doctest::Approx(cell.median));
    CHECK((*lea)[6].number <= (*lea)[5].number);
    CHECK((*lea)[5].number <= (*lea)[7].number);
    CHECK((*lea)[8].text == (cell.inside ? "inside" : "outside"));
    CHECK((*lea)[9].number == doctest::Approx(27'780 / cell.median).epsilon(0.001));

    // A row with nothing in yet keeps the promise with no actual invented.
    int promised_only = 0;
    for (const SheetRow& r : t.rows)
        if (r[3].kind == SheetCell::Kind::Empty) {
            ++promised_only;
            CHECK(r[8].text == "no actual");
            CHECK(r[9].kind == SheetCell::Kind::Empty);
        }
    CHECK(promised_only > 0);

    // Money in the plan's currency, named in the figure's column.
    const SheetRow* cost = row_of(t, "Total", "cost (EUR)");
    REQUIRE(cost);
    CHECK((*cost)[0].text == "Total");
    CHECK((*cost)[5].number > 0.0);
}

TEST_CASE("With no locked forecast the actuals table is its header alone, in the display language") {
    LanguageGuard french(Language::French);
    const SheetTable t = actuals_table(test::campaign_plan());
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0][0].text == "Groupe");
    CHECK(export_table_from_key("actuals") == ExportTable::Actuals);
    CHECK(export_table_key(ExportTable::Actuals) == "actuals");
    CHECK(export_file_name("Rentrée 2026", ExportTable::Actuals, SheetFormat::Csv) == "Rentrée 2026 - actuals.csv");
}

TEST_CASE("The actuals table written as CSV keeps its numbers plain for a spreadsheet") {
    LanguageGuard english(Language::English);
    const std::string csv = write_sheet(actuals_table(locked_campaign()), SheetFormat::Csv);
    CHECK(csv.find("creator,Léa Lou,views,27780,estimate,") != std::string::npos);
}
