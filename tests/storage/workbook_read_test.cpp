// Excel workbooks read into sheets (storage/workbook_read.h), from the samples that
// tools/make_workbooks.py writes part by part into tests/data/workbooks/ (each feature in a file
// whose XML says what is tested), a workbook LibreOffice saved from a French CSV, and the hostile
// files in tests/data/workbooks/hostile/, each refused with its own message.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "storage/workbook_headers.h"
#include "storage/workbook_read.h"
#include "storage/workbook_zip.h"
#include "support/files.h"
#include "support/messages.h"

using namespace roster;
using namespace roster::storage;

namespace {

std::string bytes_of(const std::string& name) { return test::read_bytes(test::test_data("workbooks/" + name)); }

WorkbookRead read(const std::string& name, std::string_view sheet = {}) {
    WorkbookRead r = read_workbook(bytes_of(name), sheet);
    INFO(name << ": " << test::english(r.problem));
    REQUIRE(r.ok);
    return r;
}

Message refusal(const std::string& name, const WorkbookLimits& limits = {}) {
    const WorkbookRead r = read_workbook(bytes_of("hostile/" + name), {}, limits);
    INFO(name);
    REQUIRE_FALSE(r.ok);
    return r.problem;
}

std::vector<std::string> row(const Sheet& sheet, std::size_t r) {
    std::vector<std::string> out;
    for (std::size_t c = 0; c < sheet.cells_in(r); ++c) out.emplace_back(sheet.cell(r, c));
    return out;
}

bool has_note(const WorkbookRead& r, MessageId id) {
    for (const Message& m : r.notes)
        if (m.id == id) return true;
    return false;
}

}  // namespace

TEST_CASE("Every kind of cell of a workbook reads as the planner sees it in Excel") {
    const WorkbookRead r = read("cells.xlsx");
    CHECK(r.sheet_names == std::vector<std::string>{"Roster", "Notes"});
    CHECK(r.sheet_name == "Roster");
    const Sheet& s = r.sheet;
    CHECK(row(s, 0) == std::vector<std::string>{"Name", "Handle", "Followers", "Engagement", "Fee", "Start", "Active"});
    // Rich-text runs joined; a number; a built-in percentage; a built-in date; a boolean.
    CHECK(row(s, 1) == std::vector<std::string>{"Ana Lima", "@ana", "125000", "3.5%", "1200.5", "2024-03-15", "TRUE"});
    // A custom "0.0%"; a formula's cached value; a custom "dd/mm/yyyy" date; FALSE.
    CHECK(row(s, 2) == std::vector<std::string>{"Bruno Dias", "@bruno", "98000", "12.5%", "2401", "2024-03-16", "FALSE"});
    // An inline string; a string formula; an error cell, empty.
    CHECK(row(s, 3) == std::vector<std::string>{"Dana Ortiz", "@dana", "", "5%"});
    // Sparse cells keep their columns; a cell without a reference follows the one before.
    CHECK(row(s, 4) == std::vector<std::string>{"Chloé Martin", "", "", "2%", "999"});
    // A phonetic guide is not part of the text.
    CHECK(row(s, 5) == std::vector<std::string>{"Zoë", "@chloe"});
    CHECK(s.file_row(3) == 4);
    CHECK(s.file_row(4) == 7);
    REQUIRE(r.notes.size() == 1);
    CHECK(test::english(r.notes[0]) == "Cell C4 shows the error #DIV/0!; it is read as empty.");
}

TEST_CASE("Another sheet of a workbook is read by its name, and an unknown name lists the sheets") {
    const WorkbookRead notes = read("cells.xlsx", "Notes");
    CHECK(notes.sheet_name == "Notes");
    CHECK(row(notes.sheet, 1) == std::vector<std::string>{"Second sheet"});
    CHECK(read("cells.xlsx", "notes").sheet_name == "Notes");  // as Excel, names match whatever their case

    const WorkbookRead unknown = read_workbook(bytes_of("cells.xlsx"), "Budget");
    REQUIRE_FALSE(unknown.ok);
    CHECK(test::english(unknown.problem) == "The workbook has no sheet “Budget”. Its sheets: “Roster”, “Notes”.");
    CHECK(unknown.sheet_names.size() == 2);
}

TEST_CASE("Dates of the 1904 date system are read on the right day") {
    CHECK(row(read("dates-1904.xlsx").sheet, 1) == std::vector<std::string>{"Ana", "2024-03-15"});
}

TEST_CASE("A title row is skipped, merged cells fill their range and a two-row header becomes one") {
    const WorkbookRead r = read("headers.xlsx");
    CHECK(row(r.sheet, 0) == std::vector<std::string>{"Name", "Followers", "Fee EUR", "Fee USD"});
    CHECK(r.sheet.file_row(0) == 3);
    CHECK(row(r.sheet, 1) == std::vector<std::string>{"Ana Lima", "125000", "1200", "1300"});
    CHECK(r.sheet.rows() == 3);
    CHECK(has_note(r, MessageId::WorkbookTitleSkipped));
    CHECK(has_note(r, MessageId::WorkbookHeaderJoined));
}

TEST_CASE("A second header row without merged cells is recognised by the numbers under it") {
    const WorkbookRead r = read("two-row-header.xlsx");
    CHECK(row(r.sheet, 0) == std::vector<std::string>{"Name", "Fee EUR"});
    CHECK(row(r.sheet, 1) == std::vector<std::string>{"Ana Lima", "1200"});
}

TEST_CASE("A data row of text under the header is not taken for a second header row") {
    std::vector<ReadCell> cells = {{0, 0, "Name", true},   {0, 1, "Handle", true}, {0, 2, "Followers", true},
                                   {1, 0, "Ana", true},    {1, 1, "@ana", true},   {2, 0, "Bruno", true},
                                   {2, 1, "@bruno", true}, {2, 2, "1200", false}};
    const LaidOutSheet laid = lay_out_sheet(cells, {}, SheetLimits{});
    REQUIRE(laid.ok);
    CHECK(row(laid.sheet, 0) == std::vector<std::string>{"Name", "Handle", "Followers"});
    CHECK(row(laid.sheet, 1) == std::vector<std::string>{"Ana", "@ana"});
    CHECK(laid.notes.empty());
}

TEST_CASE("Stored parts and prefixed element names read like any workbook") {
    CHECK(row(read("stored-prefixed.xlsx").sheet, 1) == std::vector<std::string>{"Ana"});
}

TEST_CASE("A workbook LibreOffice saved from a French semicolon sheet reads with its accents and numbers") {
    const WorkbookRead r = read("french-roster.xlsx");
    CHECK(row(r.sheet, 0) ==
          std::vector<std::string>{"Créateur", "Réseau", "Pseudo", "Abonnés", "Taux d'engagement", "Cachet", "Nb publications"});
    CHECK(row(r.sheet, 1) == std::vector<std::string>{"Léa Martin", "Instagram", "@lea.martin", "48200", "3.1%", "1200.5", "3"});
    CHECK(row(r.sheet, 3) == std::vector<std::string>{"Jérôme Lefèvre", "YouTube", "@jerome", "310000", "2.25%", "2000.75", "1"});
    CHECK(row(r.sheet, 4)[0] == "Élodie Nguyễn");
}

TEST_CASE("Number formats are told apart: percentages, dates, times, durations and text") {
    CHECK(classify_number_format(9, "") == CellFormat::Percent);
    CHECK(classify_number_format(14, "") == CellFormat::Date);
    CHECK(classify_number_format(22, "") == CellFormat::DateTime);
    CHECK(classify_number_format(20, "") == CellFormat::Time);
    CHECK(classify_number_format(49, "") == CellFormat::Text);
    CHECK(classify_number_format(3, "") == CellFormat::General);
    CHECK(classify_number_format(164, "dd/mm/yyyy") == CellFormat::Date);
    CHECK(classify_number_format(165, "[$-40C]d mmmm yyyy;@") == CellFormat::Date);
    CHECK(classify_number_format(166, "0.00%") == CellFormat::Percent);
    CHECK(classify_number_format(167, "hh:mm") == CellFormat::Time);
    CHECK(classify_number_format(168, "[h]:mm:ss") == CellFormat::General);
    CHECK(classify_number_format(169, "#,##0 \"days\"") == CellFormat::General);
    CHECK(classify_number_format(170, "[Red]#,##0.00 [$€-40C]") == CellFormat::General);
    CHECK(classify_number_format(171, "yyyy-mm-dd hh:mm") == CellFormat::DateTime);
}

TEST_CASE("Excel date serials become ISO dates in both date systems") {
    CHECK(excel_date(1, false) == "1900-01-01");
    CHECK(excel_date(59, false) == "1900-02-28");
    CHECK(excel_date(60, false) == "1900-02-29");  // Excel's day that never was
    CHECK(excel_date(61, false) == "1900-03-01");
    CHECK(excel_date(45366.75, false) == "2024-03-15");
    CHECK(excel_date(0, true) == "1904-01-01");
    CHECK(excel_date(43904, true) == "2024-03-15");
}

TEST_CASE("Numbers are written with at most fifteen significant digits and a point") {
    CHECK(shortest_decimal(0.1 + 0.2) == "0.3");
    CHECK(shortest_decimal(1250000) == "1250000");
    CHECK(shortest_decimal(-0.0) == "0");
    CHECK(shortest_decimal(3.5000000000000004) == "3.5");
}

TEST_CASE("Cell references are read and anything else is not a reference") {
    std::size_t r = 0, c = 0;
    CHECK(parse_cell_reference("C5", r, c));
    CHECK((r == 4 && c == 2));
    CHECK(parse_cell_reference("$AB$10", r, c));
    CHECK((r == 9 && c == 27));
    CHECK_FALSE(parse_cell_reference("5C", r, c));
    CHECK_FALSE(parse_cell_reference("A0", r, c));
    CHECK_FALSE(parse_cell_reference("ABCD1", r, c));
    CHECK_FALSE(parse_cell_reference("", r, c));
}

TEST_CASE("Part names that point outside the workbook are unsafe") {
    CHECK(is_safe_part_name("xl/worksheets/sheet1.xml"));
    CHECK(is_safe_part_name("[Content_Types].xml"));
    CHECK_FALSE(is_safe_part_name("../evil.xml"));
    CHECK_FALSE(is_safe_part_name("xl/../../evil.xml"));
    CHECK_FALSE(is_safe_part_name("/etc/passwd"));
    CHECK_FALSE(is_safe_part_name("C:/evil.xml"));
    CHECK_FALSE(is_safe_part_name("xl\\evil.xml"));
    CHECK_FALSE(is_safe_part_name(""));
}

TEST_CASE("Hostile workbooks are refused, each with the reason in the planner's words") {
    CHECK(refusal("zip-bomb.xlsx").id == MessageId::WorkbookZipBomb);
    CHECK(refusal("dot-dot.xlsx").id == MessageId::WorkbookUnsafePartName);
    CHECK(refusal("absolute.xlsx").id == MessageId::WorkbookUnsafePartName);
    CHECK(refusal("backslash.xlsx").id == MessageId::WorkbookUnsafePartName);
    CHECK(refusal("billion-laughs.xlsx").id == MessageId::WorkbookXmlUnsafe);
    CHECK(refusal("external-entity.xlsx").id == MessageId::WorkbookXmlUnsafe);
    CHECK(refusal("deep.xlsx").id == MessageId::WorkbookXmlTooDeep);
    CHECK(refusal("renamed-csv.xlsx").id == MessageId::WorkbookIsText);
    CHECK(refusal("document.pdf.xlsx").id == MessageId::WorkbookNotZip);
    CHECK(refusal("random.xlsx").id == MessageId::WorkbookNotZip);
    CHECK(refusal("old.xls").id == MessageId::WorkbookOldExcel);
    CHECK(refusal("document.docx").id == MessageId::WorkbookNotExcel);
    CHECK(refusal("truncated.xlsx").id == MessageId::WorkbookTruncated);
    const Message encrypted = refusal("encrypted.xlsx");
    CHECK(encrypted.id == MessageId::WorkbookEncrypted);
    CHECK(test::english(encrypted).find("protected with a password: save it without one") != std::string::npos);
    CHECK(test::french(encrypted).find("protégé par un mot de passe") != std::string::npos);
}

TEST_CASE("A shared-string table larger than the limit is refused") {
    WorkbookLimits limits;
    limits.max_shared_strings = 1000;
    CHECK(refusal("many-strings.xlsx", limits).id == MessageId::WorkbookTooManyStrings);
    limits = WorkbookLimits{};
    limits.max_shared_string_bytes = 100;
    CHECK(refusal("many-strings.xlsx", limits).id == MessageId::WorkbookTooManyStrings);
}

TEST_CASE("A part larger than its limit is refused while it is inflated") {
    WorkbookLimits limits;
    limits.zip.max_part_bytes = 1000;
    const WorkbookRead r = read_workbook(bytes_of("french-roster.xlsx"), {}, limits);
    REQUIRE_FALSE(r.ok);
    CHECK(r.problem.id == MessageId::WorkbookPartTooLarge);
}

TEST_CASE("The sheet limits of CSV files hold for workbooks") {
    WorkbookLimits limits;
    limits.sheet.max_rows = 3;
    CHECK(read_workbook(bytes_of("french-roster.xlsx"), {}, limits).problem.id == MessageId::SheetTooManyRows);
    limits = WorkbookLimits{};
    limits.sheet.max_columns = 4;
    CHECK(read_workbook(bytes_of("french-roster.xlsx"), {}, limits).problem.id == MessageId::SheetTooManyColumns);
    limits = WorkbookLimits{};
    limits.sheet.max_cells = 10;
    CHECK(read_workbook(bytes_of("french-roster.xlsx"), {}, limits).problem.id == MessageId::SheetTooManyCells);
    limits = WorkbookLimits{};
    limits.sheet.max_cell_bytes = 5;
    CHECK(read_workbook(bytes_of("french-roster.xlsx"), {}, limits).problem.id == MessageId::SheetCellTooLong);
}

TEST_CASE("Every prefix of a workbook is refused or read, never a crash") {
    const std::string whole = bytes_of("cells.xlsx");
    for (std::size_t n = 0; n < whole.size(); n += 7) {
        const WorkbookRead r = read_workbook(std::string_view(whole).substr(0, n));
        CHECK_FALSE(r.ok);
    }
}

TEST_CASE("Any byte of a workbook changed gives a refusal or a sheet, never a crash") {
    const std::string whole = bytes_of("cells.xlsx");
    std::size_t refused = 0;
    for (std::size_t i = 0; i < whole.size(); i += 3) {
        std::string damaged = whole;
        damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
        if (!read_workbook(damaged).ok) ++refused;
    }
    CHECK(refused > 0);
}

TEST_CASE("Merged ranges over a full sheet are refused at the cell limit rather than looked at forever") {
    std::vector<ReadCell> cells;
    for (std::uint32_t r = 0; r < 100; ++r)
        for (std::uint32_t c = 0; c < 100; ++c) cells.push_back({r, c, "x", true});
    const std::vector<MergedRange> merged(1000, MergedRange{0, 0, 99, 99});
    SheetLimits limits;
    limits.max_cells = 20'000;
    const LaidOutSheet laid = lay_out_sheet(cells, merged, limits);
    REQUIRE_FALSE(laid.ok);
    CHECK(laid.problem.id == MessageId::SheetTooManyCells);
    // The same cells under one range read.
    CHECK(lay_out_sheet(cells, {MergedRange{0, 0, 99, 99}}, limits).ok);
}
