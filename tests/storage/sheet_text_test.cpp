// Spreadsheet files read into cells (storage/sheet_text.h): every encoding a planner's
// spreadsheet saves in, the three separators, RFC 4180 quoting, and hostile input refused with a
// message before it can exhaust memory.
#include <doctest/doctest.h>

#include <string>

#include "storage/sheet_text.h"
#include "support/files.h"
#include "support/messages.h"

using namespace roster;
using namespace roster::storage;

namespace {

// A sample sheet of tests/data/sheets/.
std::string sample(const std::string& name) { return test::read_bytes(test::test_data("sheets/" + name)); }

Sheet read_ok(std::string_view bytes, const SheetReadOptions& options = {}) {
    SheetReadResult r = read_sheet(bytes, options);
    CAPTURE(test::english(r.problem));
    REQUIRE(r.ok);
    return std::move(r.sheet);
}

std::string refusal(std::string_view bytes, const SheetReadOptions& options = {}) {
    const SheetReadResult r = read_sheet(bytes, options);
    CHECK_FALSE(r.ok);
    return test::english(r.problem);
}

std::string utf16(const std::u16string& text, bool little_endian, bool mark) {
    std::string out;
    if (mark) out += little_endian ? "\xFF\xFE" : "\xFE\xFF";
    for (char16_t c : text) {
        const char lo = static_cast<char>(c & 0xFF), hi = static_cast<char>(c >> 8);
        out += little_endian ? lo : hi;
        out += little_endian ? hi : lo;
    }
    return out;
}

}  // namespace

TEST_CASE("A UTF-8 sheet reads the same with or without Excel's byte-order mark") {
    const std::string text = "Name,Followers\nLéa,12\n";
    const Sheet plain = read_ok(text);
    const Sheet marked = read_ok("\xEF\xBB\xBF" + text);
    CHECK(plain.encoding == SheetEncoding::Utf8);
    CHECK(marked.encoding == SheetEncoding::Utf8Bom);
    CHECK(marked.cell(0, 0) == "Name");
    CHECK(marked.cell(1, 0) == "Léa");
    CHECK(plain.cell(1, 0) == "Léa");
    CHECK(plain.rows() == 2);
}

TEST_CASE("Excel's “Unicode text” (UTF-16 little-endian with its mark) reads as tab-separated cells with accents") {
    const Sheet s = read_ok(sample("unicode-text-utf16le.txt"));
    CHECK(s.encoding == SheetEncoding::Utf16Le);
    CHECK(s.separator == '\t');
    CHECK(s.rows() == 3);
    CHECK(s.cell(1, 0) == "Zoë Kraus");
    CHECK(s.cell(2, 0) == "Émile Roy");
    CHECK(s.cell(1, 2) == "22,500");
}

TEST_CASE("UTF-16 big-endian, UTF-16 without a mark and characters beyond the BMP read too") {
    const std::u16string text = u"Name\tFollowers\r\nZoë 😀\t12\r\n";
    for (const auto& order : {std::pair{true, true}, {false, true}, {true, false}, {false, false}}) {
        // Plain names, not structured bindings: clang 14 cannot capture those in CAPTURE's lambda.
        const bool le = order.first, mark = order.second;
        CAPTURE(le);
        CAPTURE(mark);
        const Sheet s = read_ok(utf16(text, le, mark));
        CHECK(s.encoding == (le ? SheetEncoding::Utf16Le : SheetEncoding::Utf16Be));
        CHECK(s.cell(1, 0) == "Zoë 😀");
        CHECK(s.cell(1, 1) == "12");
    }
}

TEST_CASE("A French sheet saved as Windows-1252 reads with its accents, guillemets, euro signs and no-break spaces") {
    const Sheet s = read_ok(sample("french-windows-1252.csv"));
    CHECK(s.encoding == SheetEncoding::Windows1252);
    CHECK(s.separator == ';');
    CHECK(s.cell(0, 0) == "Créateur");
    CHECK(s.cell(0, 1) == "Réseau");
    CHECK(s.cell(1, 0) == "Léa « Lou » Martin");
    CHECK(s.cell(1, 2) == "48\u00A0200");
    CHECK(s.cell(1, 4) == "1 200 €");
    CHECK(s.rows() == 5);
}

TEST_CASE("Bytes that are neither UTF-8 nor Windows-1252 are refused naming their line") {
    CHECK(refusal("a,b\n1,2\n3,\x81\n") ==
          "Line 3 of the file has bytes that are neither UTF-8 nor Windows-1252 text. Save the sheet as “CSV UTF-8” "
          "and try again.");
    // A byte-order mark promises UTF-8: a Windows-1252 byte after it is refused, not guessed.
    CHECK(refusal("\xEF\xBB\xBFName\nL\xE9\x61\n").find("Line 2 ") == 0);
}

TEST_CASE("Damaged UTF-16 is refused: an odd number of bytes or half a surrogate pair") {
    const std::string expected = "The file is UTF-16 text (Excel’s “Unicode text”) by its first bytes, but the rest is "
                                 "not: it may be damaged.";
    CHECK(refusal(utf16(u"Name\n", true, true) + "x") == expected);
    CHECK(refusal(utf16(u"Name\n", true, true) + std::string("\x00\xD8\x41\x00", 4)) == expected);
    CHECK(refusal(utf16(u"Name\n", false, true) + std::string("\xDC\x00", 2)) == expected);
}

TEST_CASE("A binary file or a workbook is refused as text, and a workbook says how to open it") {
    CHECK(refusal(std::string("\x01\x02\x00\x7F\xFF\x00\x10\x00\x00\x00\x01", 11)) ==
          "This file is not text, so it cannot be a CSV or tab-separated sheet.");
    std::string controls;
    for (int i = 0; i < 200; ++i) controls += static_cast<char>(1 + i % 8);
    CHECK(refusal(controls).find("not text") != std::string::npos);
    // As text: a workbook's own path is the workbook import (storage/workbook_read.h).
    CHECK(refusal(std::string("PK\x03\x04\x14\x00\x06\x00", 8)).find("This is a workbook, not text. Roster opens .xlsx") == 0);
    CHECK(refusal(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", 10)).find("workbook") != std::string::npos);
    // One stray control character in a cell is text all the same (the import cleans it).
    CHECK(read_ok("Name\nAna\x0B Lopez\n").cell(1, 0) == "Ana\x0B Lopez");
}

TEST_CASE("An empty file, or one of blank lines only, is refused as empty") {
    CHECK(refusal("") == "The file is empty.");
    CHECK(refusal("\r\n\n  \r\n") == "The file is empty.");
    CHECK(refusal("\xEF\xBB\xBF") == "The file is empty.");
}

TEST_CASE("The separator is the one that gives every line the same number of cells") {
    CHECK(read_ok("Name,Followers,Fee\nAna,12000,300\nBen,8000,250\n").separator == ',');
    // French: the decimal commas vary from line to line, the semicolons do not.
    const Sheet fr = read_ok("Nom;Abonnés;Taux\nAna;12 000;3,5\nBen;8 000;2\n");
    CHECK(fr.separator == ';');
    CHECK(fr.cell(1, 2) == "3,5");
    // Pasted cells: tabs, with commas inside the cells.
    CHECK(read_ok("Name\tFollowers\nAna\t12,000\nBen\t1,200,000\n").separator == '\t');
    // A semicolon inside a quoted cell does not make a semicolon file.
    CHECK(read_ok("Name,Notes\nAna,\"a; b; c\"\nBen,x\n").separator == ',');
    // One column: nothing to separate.
    const Sheet one = read_ok("Name\nAna\nBen\n");
    CHECK(one.width() == 1);
    CHECK(one.rows() == 3);
}

TEST_CASE("Excel's “sep=;” first line names the separator and is not a row") {
    const Sheet s = read_ok("sep=;\r\nName;Fee\r\nAna;1,5\r\n");
    CHECK(s.separator == ';');
    CHECK(s.cell(0, 0) == "Name");
    CHECK(s.file_row(0) == 1);
    CHECK(s.rows() == 2);
    SheetReadOptions forced;
    forced.separator = ',';
    CHECK(read_ok("Name;Fee\nAna;1,5\n", forced).cell(1, 1) == "5");
}

TEST_CASE("Quoted cells keep separators, doubled quotes and line breaks, and rows keep their numbers in the file") {
    const Sheet s = read_ok("Name,Notes\n\"Lopez, Ana\",\"She said \"\"yes\"\"\nthen left\"\n\nBen,\"\"\n");
    REQUIRE(s.rows() == 3);
    CHECK(s.cell(1, 0) == "Lopez, Ana");
    CHECK(s.cell(1, 1) == "She said \"yes\"\nthen left");
    CHECK(s.cell(2, 0) == "Ben");
    CHECK(s.cell(2, 1) == "");
    // Row numbers as a spreadsheet shows them: the empty line counts, the break in quotes does not.
    CHECK(s.file_row(0) == 1);
    CHECK(s.file_row(1) == 2);
    CHECK(s.file_row(2) == 4);
    CHECK(s.cell(2, 7) == "");  // past the end of a row: empty
}

TEST_CASE("CRLF, LF and lone CR all end a row; a trailing separator gives an empty last cell") {
    for (const char* end : {"\r\n", "\n", "\r"}) {
        const std::string e = end;
        const Sheet s = read_ok("a,b," + e + "1,2," + e + e + "3,4,");
        CHECK(s.rows() == 3);
        CHECK(s.cells_in(0) == 3);
        CHECK(s.cell(2, 1) == "4");
        CHECK(s.cell(2, 2) == "");
    }
}

TEST_CASE("A quotation mark inside an unquoted cell is part of it, and text after a closing quote is kept") {
    const Sheet s = read_ok("Place,City\n37°36'37.8\"N 121°2'17.9\"W,Modesto\n\"Ana\" Lopez,Paris\n");
    CHECK(s.cell(1, 0) == "37°36'37.8\"N 121°2'17.9\"W");
    CHECK(s.cell(1, 1) == "Modesto");
    CHECK(s.cell(2, 0) == "Ana Lopez");
}

TEST_CASE("A quotation mark never closed is refused with the row where it opened") {
    CHECK(refusal("Name,Notes\nAna,ok\nBen,\"never closed\nCleo,x\nDev,y\n") ==
          "A quotation mark opened in row 3 is never closed, so the rest of the file would be one cell. Check that row.");
}

TEST_CASE("A file over 20 MB is refused by its size before anything is read") {
    const std::string big(20u * 1024u * 1024u + 1u, 'a');
    CHECK(refusal(big) == "The file is 20.0 MB; Roster reads spreadsheets of at most 20.0 MB.");
    SheetReadOptions small;
    small.limits.max_bytes = 100;
    CHECK(refusal(std::string(101, 'x'), small).find("The file is 101 bytes") == 0);
}

TEST_CASE("Too many rows, columns or cells, or a cell too long, are refused with the limit") {
    std::string rows;
    for (int i = 0; i <= 100'000; ++i) rows += "a\n";
    CHECK(refusal(rows) == "The sheet has more than 100,000 rows, the most Roster reads. Split it into several files.");
    CHECK(refusal("a,b\n" + std::string(500, ',') + "\n") == "Row 2 has 501 cells; Roster reads at most 500 columns.");
    CHECK(refusal("Name\n" + std::string(10'001, 'x') + "\n") ==
          "The cell in row 2, column A is longer than 10 KB; no creator’s field is that long.");
    CHECK(refusal("Name,Notes\nAna,\"" + std::string(10'001, 'x') + "\"\n").find("row 2, column B") != std::string::npos);
    SheetReadOptions few;
    few.limits.max_cells = 10;
    CHECK(refusal("a,b,c\n1,2,3\n4,5,6\n7,8,9\n", few) == "The sheet has more than 10 cells, the most Roster reads.");
    // Exactly at the limits is fine.
    SheetReadOptions exact;
    exact.limits.max_rows = 3;
    exact.limits.max_columns = 2;
    CHECK(read_ok("a,b\n1,2\n3,4\n", exact).rows() == 3);
}

TEST_CASE("A million rows, or a million columns, are refused at the limit without reading them all into memory") {
    std::string tall;
    tall.reserve(2'000'000);
    for (int i = 0; i < 1'000'000; ++i) tall += "1\n";
    CHECK(refusal(tall).find("more than 100,000 rows") != std::string::npos);
    const std::string wide = "Name," + std::string(1'000'000, ',') + "\n";
    CHECK(refusal(wide).find("Roster reads at most 500 columns") != std::string::npos);
    // Ten million empty cells in 20 MB: refused by the cell count long before they are stored.
    std::string cells;
    cells.reserve(20'000'000);
    for (int row = 0; row < 40'000 && cells.size() < 19'000'000; ++row) cells += std::string(490, ',') + "\n";
    CHECK(refusal(cells).find("more than 2,000,000 cells") != std::string::npos);
}

TEST_CASE("Columns are named by letters as spreadsheets name them") {
    CHECK(column_letters(0) == "A");
    CHECK(column_letters(25) == "Z");
    CHECK(column_letters(26) == "AA");
    CHECK(column_letters(701) == "ZZ");
    CHECK(column_letters(702) == "AAA");
}
