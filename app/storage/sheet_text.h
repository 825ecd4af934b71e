// Spreadsheets as text: the bytes of a .csv, .tsv or .txt file, or cells pasted from a
// spreadsheet, read into rows of UTF-8 cells (docs/SPREADSHEETS.md). One pure function, bytes
// in, a sheet or the reason it is refused out, so that a file picked, dropped, pasted or given
// to `roster import` is read the same way, and hostile input is refused before it can exhaust
// memory.
//
// What it reads: UTF-8 with or without a byte-order mark, UTF-16 little- or big-endian (Excel's
// "Unicode text", with its mark, or without one when the zero bytes say which), and Windows-1252
// (Excel's "CSV" on a French or English Windows) when the bytes are not UTF-8; comma-,
// semicolon- or tab-separated (found by which gives the same number of cells on every line, or
// named by an Excel "sep=;" first line); RFC 4180 quoting (separators, doubled quotes and line
// breaks inside quotes; CRLF, LF or CR line ends). Empty lines are skipped; every row keeps its
// number in the file, as a spreadsheet numbers it, so a refused row can be found.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/message.h"

namespace roster::storage {

enum class SheetEncoding : std::uint8_t { Utf8, Utf8Bom, Utf16Le, Utf16Be, Windows1252 };

// What a sheet may hold. The defaults fit any roster a planner keeps in a spreadsheet many
// times over; each is checked while reading, so a hostile file stops at the limit.
struct SheetLimits {
    std::size_t max_bytes = 20u * 1024u * 1024u;  // the file as given
    std::size_t max_rows = 100'000;               // rows with something in them, the header included
    std::size_t max_columns = 500;                // cells in one row
    std::size_t max_cells = 2'000'000;            // in the whole sheet
    std::size_t max_cell_bytes = 10'000;          // one cell, in UTF-8
};

struct SheetReadOptions {
    SheetLimits limits;
    char separator = 0;  // ',', ';' or '\t'; 0: found from the text
};

// Rows of cells. Cells live in one buffer (a sheet of 100,000 rows is one allocation, not
// millions); a row shorter than others simply has fewer cells.
class Sheet {
public:
    SheetEncoding encoding = SheetEncoding::Utf8;
    char separator = ',';

    std::size_t rows() const { return rows_.size(); }
    std::size_t cells_in(std::size_t row) const { return rows_[row].count; }
    // The cell's text, or "" past the end of the row.
    std::string_view cell(std::size_t row, std::size_t column) const;
    // The row's number in the file as a spreadsheet shows it (1 for the first line; empty lines
    // count, line breaks inside quotes do not).
    std::size_t file_row(std::size_t row) const { return rows_[row].file_row; }
    // The most cells any row has.
    std::size_t width() const { return width_; }
    std::size_t total_cells() const { return spans_.size(); }

    // For the reader only.
    void begin_row(std::size_t file_row);
    void add_cell(std::size_t begin, std::size_t length);
    void drop_last_row();
    std::string& buffer() { return text_; }

private:
    struct Span {
        std::uint32_t begin = 0, length = 0;
    };
    struct Row {
        std::uint32_t first = 0, count = 0;
        std::uint32_t file_row = 0;
    };
    std::string text_;
    std::vector<Span> spans_;
    std::vector<Row> rows_;
    std::size_t width_ = 0;
};

struct SheetReadResult {
    bool ok = false;
    Sheet sheet;      // meaningful only when ok
    Message problem;  // why the bytes were refused; meaningful only when not ok
};

SheetReadResult read_sheet(std::string_view bytes, const SheetReadOptions& options = {});

// The steps, public for the tests and the fuzzer.
struct DecodedText {
    bool ok = false;
    std::string text;  // UTF-8, without a byte-order mark
    SheetEncoding encoding = SheetEncoding::Utf8;
    Message problem;
};
DecodedText decode_sheet_text(std::string_view bytes, std::size_t max_bytes);

// The separator that gives the most lines the same number of cells (at least two) over the
// first lines; ',' when none does (a single column).
char detect_separator(std::string_view text);

// A column as a spreadsheet names it: 0 -> "A", 25 -> "Z", 26 -> "AA".
std::string column_letters(std::size_t column);

}  // namespace roster::storage
