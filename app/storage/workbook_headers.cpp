#include "workbook_headers.h"

#include <algorithm>
#include <tuple>

namespace roster::storage {
namespace {

// How far down the header may be looked for, and how many rows under a second header row show
// what its columns hold.
constexpr std::size_t kTitleRowsLooked = 10;
constexpr std::size_t kRowsJudged = 20;

struct Grid {
    std::vector<ReadCell> cells;  // sorted by row, then column; no duplicates
    std::vector<bool> filled;         // the cell's value came from a merged range

    const ReadCell* at(std::uint32_t row, std::uint32_t column) const {
        const auto it = std::lower_bound(cells.begin(), cells.end(), std::make_pair(row, column),
                                         [](const ReadCell& c, const std::pair<std::uint32_t, std::uint32_t>& k) {
                                             return std::tie(c.row, c.column) < std::tie(k.first, k.second);
                                         });
        return it != cells.end() && it->row == row && it->column == column ? &*it : nullptr;
    }
};

void sort_unique(std::vector<ReadCell>& cells) {
    std::stable_sort(cells.begin(), cells.end(),
                     [](const ReadCell& a, const ReadCell& b) { return std::tie(a.row, a.column) < std::tie(b.row, b.column); });
    // Of a cell given twice, the last one written counts (stable sort kept their order).
    std::vector<ReadCell> out;
    out.reserve(cells.size());
    for (ReadCell& c : cells) {
        if (!out.empty() && out.back().row == c.row && out.back().column == c.column)
            out.back() = std::move(c);
        else
            out.push_back(std::move(c));
    }
    cells = std::move(out);
}

// A row's cells, [first, last) in the grid.
struct RowSpan {
    std::uint32_t row = 0;
    std::size_t first = 0, last = 0;
};

std::vector<RowSpan> rows_of(const Grid& g) {
    std::vector<RowSpan> rows;
    for (std::size_t i = 0; i < g.cells.size(); ++i) {
        if (rows.empty() || rows.back().row != g.cells[i].row) rows.push_back({g.cells[i].row, i, i});
        rows.back().last = i + 1;
    }
    return rows;
}

std::size_t written_cells(const Grid& g, const RowSpan& r) {
    std::size_t n = 0;
    for (std::size_t i = r.first; i < r.last; ++i) n += g.filled[i] ? 0 : 1;
    return n;
}

// Whether the row under the header is a second header row: only text, and either under a
// header cell merged across columns, or over columns whose rows below hold numbers ("Fee" over
// "EUR", then amounts).
bool is_second_header_row(const Grid& g, const std::vector<RowSpan>& rows, std::size_t header, const std::vector<MergedRange>& merged) {
    const std::size_t next = header + 1;
    if (next + 1 >= rows.size() || rows[next].row != rows[header].row + 1) return false;
    const RowSpan& r = rows[next];
    if (written_cells(g, r) == 0) return false;
    for (std::size_t i = r.first; i < r.last; ++i)
        if (!g.filled[i] && !g.cells[i].is_text) return false;
    for (std::size_t i = r.first; i < r.last; ++i) {
        if (g.filled[i]) continue;
        const std::uint32_t column = g.cells[i].column;
        for (const MergedRange& m : merged)
            if (m.first_row == rows[header].row && m.last_row == rows[header].row && m.first_column < m.last_column &&
                m.first_column <= column && column <= m.last_column)
                return true;
        std::size_t numbers = 0, values = 0;
        for (std::size_t k = next + 1; k < rows.size() && k <= next + kRowsJudged; ++k) {
            if (const ReadCell* c = g.at(rows[k].row, column)) {
                ++values;
                if (!c->is_text) ++numbers;
            }
        }
        if (values > 0 && numbers * 2 > values) return true;
    }
    return false;
}

}  // namespace

LaidOutSheet lay_out_sheet(std::vector<ReadCell> cells, const std::vector<MergedRange>& merged, const SheetLimits& limits) {
    LaidOutSheet out;
    auto fail = [&out](Message m) {
        out.problem = std::move(m);
        return std::move(out);
    };
    cells.erase(std::remove_if(cells.begin(), cells.end(), [](const ReadCell& c) { return c.text.empty(); }), cells.end());
    Grid g;
    g.cells = std::move(cells);
    sort_unique(g.cells);
    if (g.cells.empty()) return fail(Message(MessageId::SheetEmpty));

    // Merged ranges: the top-left cell's value fills the range, within the cells in use (a range
    // over a million empty rows fills nothing there).
    std::uint32_t last_row = 0, last_column = 0;
    for (const ReadCell& c : g.cells) {
        last_row = std::max(last_row, c.row);
        last_column = std::max(last_column, c.column);
    }
    std::vector<ReadCell> fills;
    // Ranges may cover cells already written: what is looked at is bounded too, not only what
    // is filled, so ten thousand ranges over a full sheet cannot take minutes.
    std::size_t looked = 0;
    for (const MergedRange& m : merged) {
        const ReadCell* origin = g.at(m.first_row, m.first_column);
        if (!origin) continue;
        for (std::uint32_t r = m.first_row; r <= std::min(m.last_row, last_row); ++r) {
            for (std::uint32_t c = m.first_column; c <= std::min(m.last_column, last_column); ++c) {
                if (++looked > 2 * limits.max_cells)
                    return fail(Message(MessageId::SheetTooManyCells).integer("max", static_cast<double>(limits.max_cells)));
                if ((r == m.first_row && c == m.first_column) || g.at(r, c)) continue;
                if (g.cells.size() + fills.size() >= limits.max_cells)
                    return fail(Message(MessageId::SheetTooManyCells).integer("max", static_cast<double>(limits.max_cells)));
                fills.push_back({r, c, origin->text, origin->is_text});
            }
        }
    }
    g.filled.assign(g.cells.size(), false);
    if (!fills.empty()) {
        std::vector<std::pair<ReadCell, bool>> all;
        all.reserve(g.cells.size() + fills.size());
        for (ReadCell& c : g.cells) all.emplace_back(std::move(c), false);
        for (ReadCell& c : fills) all.emplace_back(std::move(c), true);
        std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
            return std::tie(a.first.row, a.first.column) < std::tie(b.first.row, b.first.column);
        });
        g.cells.clear();
        g.filled.clear();
        for (auto& [c, filled] : all) {
            // Two ranges may overlap: the first fill stays.
            if (!g.cells.empty() && g.cells.back().row == c.row && g.cells.back().column == c.column) continue;
            g.cells.push_back(std::move(c));
            g.filled.push_back(filled);
        }
    }

    const std::vector<RowSpan> rows = rows_of(g);
    if (rows.size() > limits.max_rows)
        return fail(Message(MessageId::SheetTooManyRows).integer("max", static_cast<double>(limits.max_rows)));

    // Title rows: above the first row that names two columns or more, rows with one cell
    // written each ("Campaign roster, spring" in A1, merged across or not).
    std::size_t header = 0;
    if (last_column > 0) {
        for (std::size_t i = 0; i < rows.size() && i < kTitleRowsLooked; ++i) {
            const std::size_t written = written_cells(g, rows[i]);
            if (written >= 2) {
                header = i;
                break;
            }
            if (written != 1) break;
        }
    }
    if (header > 0)
        out.notes.push_back(Message(MessageId::WorkbookTitleSkipped)
                                .count("n", static_cast<double>(header))
                                .integer("row", static_cast<double>(rows[header].row + 1)));

    const bool two_rows = is_second_header_row(g, rows, header, merged);
    std::size_t width = 0;
    for (std::size_t k = header; k < rows.size(); ++k) width = std::max<std::size_t>(width, g.cells[rows[k].last - 1].column + 1);

    Sheet& sheet = out.sheet;
    sheet.encoding = SheetEncoding::Utf8;
    sheet.separator = ',';  // numbers are written with a point: the decimal mark a comma file implies
    std::string& buffer = sheet.buffer();
    auto put_row = [&](const RowSpan& r, const RowSpan* under) {
        sheet.begin_row(r.row + 1);
        std::size_t i = r.first, j = under ? under->first : 0;
        const std::size_t row_width = under ? width : g.cells[r.last - 1].column + 1;
        for (std::uint32_t c = 0; c < row_width; ++c) {
            const std::size_t begin = buffer.size();
            std::string_view top, bottom;
            if (i < r.last && g.cells[i].column == c) top = g.cells[i++].text;
            if (under && j < under->last && g.cells[j].column == c) bottom = g.cells[j++].text;
            buffer.append(top);
            if (!bottom.empty() && bottom != top) {
                if (!top.empty()) buffer += ' ';
                buffer.append(bottom);
            }
            // Two joined header cells may pass a cell's limit: the name is cut, not refused.
            if (buffer.size() - begin > limits.max_cell_bytes) buffer.resize(begin + limits.max_cell_bytes);
            sheet.add_cell(begin, buffer.size() - begin);
        }
    };
    put_row(rows[header], two_rows ? &rows[header + 1] : nullptr);
    if (two_rows)
        out.notes.push_back(Message(MessageId::WorkbookHeaderJoined)
                                .integer("first", static_cast<double>(rows[header].row + 1))
                                .integer("second", static_cast<double>(rows[header + 1].row + 1)));
    for (std::size_t k = header + (two_rows ? 2 : 1); k < rows.size(); ++k) put_row(rows[k], nullptr);
    out.ok = true;
    return out;
}

}  // namespace roster::storage
