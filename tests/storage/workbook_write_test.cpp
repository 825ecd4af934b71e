// The report workbook (storage/workbook_write.h, present/workbook_report.h), read back with
// Roster's own workbook reader (storage/workbook_read.h) and its zip reader: the same cells as
// the CSV export, numbers stored as numbers with the format of their kind, a styled and frozen
// header row, a cover, and tab names and texts Excel accepts whatever the plan holds.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "present/message_render.h"
#include "present/sheet_export.h"
#include "present/workbook_report.h"
#include "storage/plan_file.h"
#include "storage/sheet_text.h"
#include "storage/workbook_exchange.h"
#include "storage/workbook_read.h"
#include "storage/workbook_write.h"
#include "support/files.h"
#include "version.h"

using namespace roster;
using namespace roster::storage;

namespace {

Plan scenarios_plan() {
    const LoadResult loaded = load_plan(test::read_bytes(test::test_data("plan-format-4.roster.json")));
    REQUIRE(loaded.ok);
    return loaded.plan;
}

constexpr std::int64_t kMadeAt = 1'796'601'600;  // 2026-12-07 00:00 UTC: noon anywhere near Europe is the 7th

present::ReportRequest request_for(const Plan& plan) {
    present::ReportRequest r;
    r.scenario = plan.scenario_position;
    r.draws = 300;
    r.seed = 7;
    r.made_at = kMadeAt + 12 * 3600;
    return r;
}

std::string part(const std::string& bytes, const std::string& name) {
    ZipOpen zip = ZipArchive::open(bytes);
    REQUIRE(zip.ok);
    ZipArchive::Read read = zip.archive.read(name);
    REQUIRE_MESSAGE(read.ok, name);
    return read.data;
}

// A CSV cell's number as the reader gives it back from the workbook: a percentage cell reads as
// "12.5%", every other number as its shortest decimal.
double number_of(std::string_view text, bool& percent) {
    std::string s(text);
    percent = !s.empty() && s.back() == '%';
    if (percent) s.pop_back();
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    REQUIRE_MESSAGE((end && *end == '\0' && !s.empty()), "not a number: " << text);
    return v;
}

}  // namespace

TEST_CASE("Every sheet of the report workbook reads back with the cells of the CSV export of its table") {
    present::set_display_language(present::Language::English);
    const Plan plan = scenarios_plan();
    const present::ReportRequest request = request_for(plan);
    const WorkbookReport report = present::report_workbook(plan, request);
    const WorkbookWritten written = write_workbook(report);
    REQUIRE_FALSE(written.error);
    REQUIRE(written.bytes.substr(0, 2) == "PK");

    const present::ExportTable tables[] = {present::ExportTable::Creators, present::ExportTable::Comparison,
                                           present::ExportTable::Frequency, present::ExportTable::Buildup,
                                           present::ExportTable::Assumptions};
    REQUIRE(report.sheets.size() == 5);
    const WorkbookRead cover = read_workbook(written.bytes);
    REQUIRE(cover.ok);
    REQUIRE(cover.sheet_names.size() == 6);
    CHECK(cover.sheet_names[0] == "Report");
    CHECK(cover.sheet_names[1] == "Creators");
    for (std::size_t t = 0; t < 5; ++t) {
        CAPTURE(report.sheets[t].name);
        const present::SheetTable table =
            present::export_table(plan, request.scenario, tables[t], request.draws, request.seed);
        const WorkbookRead read = read_workbook(written.bytes, report.sheets[t].name);
        REQUIRE_MESSAGE(read.ok, present::render(read.problem));
        REQUIRE(read.sheet.rows() == table.rows.size());
        std::size_t numbers = 0, percentages = 0;
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
                const present::SheetCell& want = table.rows[r][c];
                const std::string_view got = read.sheet.cell(r, c);
                CAPTURE(r);
                CAPTURE(c);
                switch (want.kind) {
                    case present::SheetCell::Kind::Empty: CHECK(got.empty()); break;
                    case present::SheetCell::Kind::Text: CHECK(got == want.text); break;
                    case present::SheetCell::Kind::Number: {
                        bool percent = false;
                        const double value = number_of(got, percent);
                        CHECK(percent == (want.unit == present::SheetCell::Unit::Percent));
                        CHECK(value == doctest::Approx(present::written_number(want)).epsilon(1e-12));
                        ++numbers;
                        percentages += percent ? 1 : 0;
                        break;
                    }
                }
            }
        }
        CHECK(numbers > 0);
        if (tables[t] == present::ExportTable::Frequency) CHECK(percentages > 0);
    }
}

TEST_CASE("Numbers carry the format of their kind and the header row is styled and frozen") {
    present::set_display_language(present::Language::English);
    const Plan plan = scenarios_plan();
    const WorkbookWritten written = write_workbook(present::report_workbook(plan, request_for(plan)));
    REQUIRE_FALSE(written.error);
    const std::string styles = part(written.bytes, "xl/styles.xml");
    const std::string currency = plan.campaign.currency;
    CHECK(styles.find("formatCode=\"#,##0.00 &quot;" + currency + "&quot;\"") != std::string::npos);
    CHECK(styles.find("formatCode=\"#,##0.0\"") != std::string::npos);   // conversions, to a tenth
    CHECK(styles.find("formatCode=\"0.0000%\"") != std::string::npos);  // engagement rates
    CHECK(styles.find("formatCode=\"yyyy-mm-dd\"") != std::string::npos);
    CHECK(styles.find("<b/>") != std::string::npos);
    // The creators' sheet (the second): header row and names frozen, widths set per column.
    const std::string creators = part(written.bytes, "xl/worksheets/sheet2.xml");
    CHECK(creators.find("<pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\" activePane=\"bottomRight\" state=\"frozen\"/>") !=
          std::string::npos);
    CHECK(creators.find("<col min=\"1\" max=\"1\" width=") != std::string::npos);
    // Counts are stored as numbers (t="s" would be text).
    CHECK(creators.find("<c r=\"E2\" s=") != std::string::npos);
    CHECK(creators.find("<c r=\"E2\" t=\"s\"") == std::string::npos);
    const std::string frequency = part(written.bytes, "xl/worksheets/sheet4.xml");
    CHECK(frequency.find("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>") !=
          std::string::npos);
}

TEST_CASE("The cover gives the plan's name, the date, the Roster version and what each sheet holds") {
    present::set_display_language(present::Language::French);
    const Plan plan = scenarios_plan();
    const WorkbookReport report = present::report_workbook(plan, request_for(plan));
    const WorkbookWritten written = write_workbook(report);
    present::set_display_language(present::Language::English);
    REQUIRE_FALSE(written.error);
    const WorkbookRead read = read_workbook(written.bytes, "Rapport");
    REQUIRE(read.ok);
    CHECK(read.sheet_names[1] == "Créateurs");
    std::string all;
    for (std::size_t r = 0; r < read.sheet.rows(); ++r)
        for (std::size_t c = 0; c < read.sheet.cells_in(r); ++c) all += std::string(read.sheet.cell(r, c)) + "|";
    CHECK(all.find("Date|2026-12-07|") != std::string::npos);
    CHECK(all.find("Réalisé avec Roster|" + std::string(kRosterVersion) + "|") != std::string::npos);
    CHECK(all.find("Devise|" + plan.campaign.currency + "|") != std::string::npos);
    CHECK(all.find("Hypothèses|Toutes les hypothèses") != std::string::npos);
    // The plan's own name is not translated; it is the cover's title and the file's.
    CHECK(part(written.bytes, "xl/worksheets/sheet1.xml").find("<c r=\"A1\"") != std::string::npos);
    CHECK(part(written.bytes, "docProps/core.xml").find("<dc:title>" + plan.name + "</dc:title>") != std::string::npos);
}

TEST_CASE("The same plan on the same day gives the same workbook, byte for byte") {
    present::set_display_language(present::Language::English);
    const Plan plan = scenarios_plan();
    const WorkbookWritten a = write_workbook(present::report_workbook(plan, request_for(plan)));
    const WorkbookWritten b = write_workbook(present::report_workbook(plan, request_for(plan)));
    REQUIRE_FALSE(a.error);
    CHECK(a.bytes == b.bytes);
}

TEST_CASE("Tab names are made valid for Excel and never repeat") {
    CHECK(valid_sheet_name("Creators", {}) == "Creators");
    CHECK(valid_sheet_name("Q1/Q2: [draft]?", {}) == "Q1 Q2   draft");
    CHECK(valid_sheet_name("'quoted'", {}) == "quoted");
    CHECK(valid_sheet_name("", {}) == "Sheet");
    CHECK(valid_sheet_name("creators", {"Creators"}) == "creators (2)");
    CHECK(valid_sheet_name("Creators", {"Creators", "Creators (2)"}) == "Creators (3)");
    const std::string long_name = "Campagne de lancement été 2027 — version longue";
    const std::string cut = valid_sheet_name(long_name, {});
    std::size_t characters = 0;
    for (char c : cut) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    CHECK(characters <= 31);
    CHECK(long_name.rfind(cut, 0) == 0);  // whole characters from the start
    CHECK(valid_sheet_name(long_name, {cut}).size() <= long_name.size());
}

TEST_CASE("Number formats are Excel's notation for each kind") {
    CHECK(number_format_code(NumberKind::Count, 0, "EUR") == "#,##0");
    CHECK(number_format_code(NumberKind::Count, 1, "EUR") == "#,##0.0");
    CHECK(number_format_code(NumberKind::Money, 2, "JPY") == "#,##0.00 \"JPY\"");
    CHECK(number_format_code(NumberKind::Money, 0, "E\"UR") == "#,##0 \"EUR\"");  // nothing but letters in quotes
    CHECK(number_format_code(NumberKind::Percentage, 2, "EUR") == "0.00%");
    CHECK(number_format_code(NumberKind::Ratio, 2, "EUR") == "#,##0.00");
    CHECK(number_format_code(NumberKind::Plain, 6, "EUR") == "General");
    CHECK(number_format_code(NumberKind::Date, 0, "EUR") == "yyyy-mm-dd");
}

TEST_CASE("A planner's text is written as text: formulas never run, control characters and broken UTF-8 made safe") {
    WorkbookReport report;
    report.title = "Plan";
    report.currency = "EUR";
    WorkbookSheet sheet;
    sheet.name = "Texts";
    sheet.columns = {{"Name", NumberKind::Plain}, {"Fee", NumberKind::Money}};
    sheet.rows.push_back({WorkbookCell::of_text("=HYPERLINK(\"http://x\")"), WorkbookCell::of_number(1234.5, 2)});
    sheet.rows.push_back({WorkbookCell::of_text(std::string("bell\x07 and \xff byte")), WorkbookCell::of_number(1.0 / 0.0, 2)});
    sheet.rows.push_back({WorkbookCell::of_text("<b>&amp;</b>"), WorkbookCell()});
    report.sheets.push_back(sheet);
    const WorkbookWritten written = write_workbook(report);
    REQUIRE_FALSE(written.error);
    const WorkbookRead read = read_workbook(written.bytes, "Texts");
    REQUIRE(read.ok);
    REQUIRE(read.sheet.rows() == 4);
    CHECK(read.sheet.cell(1, 0) == "=HYPERLINK(\"http://x\")");
    CHECK(read.sheet.cell(1, 1) == "1234.5");
    CHECK(read.sheet.cell(2, 0) == "bell  and \xEF\xBF\xBD byte");
    CHECK(read.sheet.cell(2, 1) == "");  // not finite: left empty, as in the CSV
    CHECK(read.sheet.cell(3, 0) == "<b>&amp;</b>");
    CHECK(part(written.bytes, "xl/worksheets/sheet2.xml").find("<f>") == std::string::npos);
}

TEST_CASE("A sheet larger than Excel allows is refused with a message and nothing is written") {
    WorkbookReport report;
    WorkbookSheet sheet;
    sheet.name = "Too wide";
    sheet.rows.push_back(std::vector<WorkbookCell>(kWorkbookMaxColumns + 1, WorkbookCell::of_number(1, 0)));
    report.sheets.push_back(sheet);
    const WorkbookWritten written = write_workbook(report);
    REQUIRE(written.error);
    CHECK(written.error->id == MessageId::WorkbookSheetTooLarge);
    CHECK(written.bytes.empty());
    present::set_display_language(present::Language::English);
    CHECK(present::render(*written.error).find("“Too wide” would have 2 rows and 16,385 columns") != std::string::npos);
}

TEST_CASE("The report's file name is the plan's, cleaned as the CSV export's") {
    CHECK(present::report_file_name("Spring launch") == "Spring launch - report.xlsx");
    CHECK(present::report_file_name("a/b: c?") == "a b  c - report.xlsx");
    CHECK(present::report_file_name("") == "roster - report.xlsx");
}

TEST_CASE("What the page and its workbook module pass each other comes back as it was sent") {
    present::set_display_language(present::Language::English);
    const Plan plan = scenarios_plan();
    const WorkbookReport report = present::report_workbook(plan, request_for(plan));
    WorkbookReport back;
    REQUIRE(report_from_json(report_to_json(report), back));
    CHECK(write_workbook(back).bytes == write_workbook(report).bytes);
    CHECK_FALSE(report_from_json("{\"version\": 1}", back));
    CHECK_FALSE(report_from_json("not json", back));

    // A problem with nested causes and every kind of argument, and a sheet read.
    const Message problem = Message(MessageId::SheetUnreadable)
                                .nested("source", Message(MessageId::SourceFile).text("file", "bombe « 1 ».xlsx"))
                                .nested("cause", Message(MessageId::WorkbookSheetTooLarge)
                                                     .text("sheet", "Créateurs")
                                                     .integer("rows", 2'000'000)
                                                     .bytes("columns", 12.5));
    Message problem_back;
    REQUIRE(message_from_json(message_to_json(problem), problem_back));
    CHECK(problem_back == problem);
    WorkbookSheetText read;
    read.ok = true;
    read.sheet_names = {"Roster", "Notes, \"draft\""};
    read.sheet_name = "Roster";
    read.csv = "Name,Fee\r\n\"Léa, \"\"Lou\"\"\",1200.5\r\n";
    read.notes = {Message(MessageId::WorkbookPreparing).text("file", "x.xlsx")};
    read.problem = problem;
    WorkbookSheetText read_back;
    REQUIRE(sheet_text_from_json(sheet_text_to_json(read), read_back));
    CHECK(read_back.ok);
    CHECK(read_back.sheet_names == read.sheet_names);
    CHECK(read_back.csv == read.csv);
    REQUIRE(read_back.notes.size() == 1);
    CHECK(read_back.notes[0] == read.notes[0]);
    CHECK(read_back.problem == problem);
    // An id this build does not know is refused, not guessed.
    CHECK_FALSE(message_from_json("{\"id\":\"NoSuchMessage\",\"args\":[]}", problem_back));
}

TEST_CASE("A workbook's sheet goes to the page as RFC 4180 CSV that the sheet reader reads back cell for cell") {
    const WorkbookRead read = read_workbook(test::read_bytes(test::test_data("workbooks/french-roster.xlsx")));
    REQUIRE(read.ok);
    const std::string csv = sheet_as_csv(read.sheet);
    const SheetReadResult again = read_sheet(csv);
    REQUIRE(again.ok);
    CHECK(again.sheet.separator == ',');
    REQUIRE(again.sheet.rows() == read.sheet.rows());
    for (std::size_t r = 0; r < read.sheet.rows(); ++r)
        for (std::size_t c = 0; c < read.sheet.cells_in(r); ++c) CHECK(again.sheet.cell(r, c) == read.sheet.cell(r, c));
    CHECK(csv.find("Léa Martin") != std::string::npos);
}
