#include "sheet_text.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "engine/text.h"

namespace roster::storage {

// --- Sheet -------------------------------------------------------------------------------------

std::string_view Sheet::cell(std::size_t row, std::size_t column) const {
    const Row& r = rows_[row];
    if (column >= r.count) return {};
    const Span& s = spans_[r.first + column];
    return std::string_view(text_).substr(s.begin, s.length);
}

void Sheet::begin_row(std::size_t file_row) {
    Row r;
    r.first = static_cast<std::uint32_t>(spans_.size());
    r.file_row = static_cast<std::uint32_t>(file_row);
    rows_.push_back(r);
}

void Sheet::add_cell(std::size_t begin, std::size_t length) {
    spans_.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(length)});
    Row& r = rows_.back();
    ++r.count;
    width_ = std::max<std::size_t>(width_, r.count);
}

void Sheet::drop_last_row() {
    const Row r = rows_.back();
    spans_.resize(r.first);
    rows_.pop_back();
}

std::string column_letters(std::size_t column) {
    std::string out;
    std::size_t n = column + 1;
    while (n > 0) {
        const std::size_t rem = (n - 1) % 26;
        out.insert(out.begin(), static_cast<char>('A' + rem));
        n = (n - 1) / 26;
    }
    return out;
}

namespace {

Message refused(MessageId id) { return Message(id); }

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Windows-1252's bytes 0x80-0x9F (0 where the code page defines none); 0xA0-0xFF are Latin-1.
constexpr std::array<std::uint16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::size_t line_at(std::string_view bytes, std::size_t offset) {
    return 1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

bool decode_utf16(std::string_view body, bool little_endian, std::string& out) {
    if (body.size() % 2 != 0) return false;
    out.reserve(body.size() + body.size() / 2);
    const auto unit = [&](std::size_t i) {
        const auto a = static_cast<unsigned char>(body[i]), b = static_cast<unsigned char>(body[i + 1]);
        return static_cast<std::uint32_t>(little_endian ? (a | (b << 8)) : ((a << 8) | b));
    };
    for (std::size_t i = 0; i < body.size(); i += 2) {
        std::uint32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 3 >= body.size()) return false;
            const std::uint32_t low = unit(i + 2);
            if (low < 0xDC00 || low > 0xDFFF) return false;
            u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            return false;
        }
        append_utf8(out, u);
    }
    return true;
}

// UTF-16 without a byte-order mark shows as a zero byte beside nearly every ASCII character,
// all on the same side: odd offsets for little-endian, even ones for big-endian.
int utf16_without_mark(std::string_view bytes) {
    if (bytes.size() % 2 != 0 || bytes.size() < 4) return 0;
    const std::size_t n = std::min<std::size_t>(bytes.size(), 4096);
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (bytes[i] == '\0') (i % 2 ? odd : even) += 1;
    // A character outside Latin-1 may put a zero on the other side now and then.
    if (odd * 4 >= n && even * 10 <= odd) return 1;   // little-endian
    if (even * 4 >= n && odd * 10 <= even) return -1;  // big-endian
    return 0;
}

// Where UTF-8 stops being valid: a line starts at a character, so checking lines in turn finds
// the first bad line without decoding twice.
std::size_t first_bad_utf8(std::string_view bytes) {
    std::size_t start = 0;
    while (start < bytes.size()) {
        std::size_t end = bytes.find('\n', start);
        if (end == std::string_view::npos) end = bytes.size();
        if (!is_valid_utf8(bytes.substr(start, end - start))) return start;
        start = end + 1;
    }
    return bytes.size();
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

DecodedText decode_sheet_text(std::string_view bytes, std::size_t max_bytes) {
    DecodedText d;
    if (bytes.size() > max_bytes) {
        d.problem = Message(MessageId::SheetTooLarge).bytes("size", static_cast<double>(bytes.size())).bytes("max", static_cast<double>(max_bytes));
        return d;
    }
    if (bytes.empty()) {
        d.problem = refused(MessageId::SheetEmpty);
        return d;
    }
    // Workbooks (.xlsx and .ods are zip archives, .xls a compound file) are not text at all.
    if (starts_with(bytes, std::string_view("PK\x03\x04", 4)) ||
        starts_with(bytes, std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        d.problem = refused(MessageId::SheetIsWorkbook);
        return d;
    }
    if (starts_with(bytes, "\xEF\xBB\xBF")) {
        d.encoding = SheetEncoding::Utf8Bom;
        bytes.remove_prefix(3);
        if (!is_valid_utf8(bytes)) {
            d.problem = Message(MessageId::SheetNotText)
                            .integer("line", static_cast<double>(line_at(bytes, first_bad_utf8(bytes))));
            return d;
        }
        d.text.assign(bytes);
    } else if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
        const bool le = bytes[0] == '\xFF';
        d.encoding = le ? SheetEncoding::Utf16Le : SheetEncoding::Utf16Be;
        if (!decode_utf16(bytes.substr(2), le, d.text)) {
            d.problem = refused(MessageId::SheetUtf16Invalid);
            return d;
        }
    } else if (std::memchr(bytes.data(), 0, bytes.size())) {
        const int utf16 = utf16_without_mark(bytes);
        if (utf16 == 0) {
            d.problem = refused(MessageId::SheetBinary);
            return d;
        }
        d.encoding = utf16 > 0 ? SheetEncoding::Utf16Le : SheetEncoding::Utf16Be;
        if (!decode_utf16(bytes, utf16 > 0, d.text)) {
            d.problem = refused(MessageId::SheetUtf16Invalid);
            return d;
        }
    } else if (is_valid_utf8(bytes)) {
        d.encoding = SheetEncoding::Utf8;
        d.text.assign(bytes);
    } else {
        d.encoding = SheetEncoding::Windows1252;
        d.text.reserve(bytes.size() + bytes.size() / 4);
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            const auto b = static_cast<unsigned char>(bytes[i]);
            if (b < 0x80) {
                d.text += static_cast<char>(b);
            } else if (b < 0xA0) {
                const std::uint16_t cp = kCp1252High[b - 0x80];
                if (cp == 0) {
                    d.text.clear();
                    d.problem = Message(MessageId::SheetNotText).integer("line", static_cast<double>(line_at(bytes, i)));
                    return d;
                }
                append_utf8(d.text, cp);
            } else {
                append_utf8(d.text, b);
            }
        }
    }
    // A DOS end-of-file mark is not part of the sheet.
    while (!d.text.empty() && d.text.back() == '\x1A') d.text.pop_back();
    // Text has no NUL, and only the odd control character; more than that is a binary file.
    std::size_t controls = 0;
    for (char ch : d.text) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == 0) {
            d.text.clear();
            d.problem = refused(MessageId::SheetBinary);
            return d;
        }
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) ++controls;
    }
    if (controls > 8 && controls * 100 > d.text.size()) {
        d.text.clear();
        d.problem = refused(MessageId::SheetBinary);
        return d;
    }
    if (trimmed(d.text).empty()) {
        d.text.clear();
        d.problem = refused(MessageId::SheetEmpty);
        return d;
    }
    d.ok = true;
    return d;
}

namespace {

// Cells per record over the first non-empty records, quotes respected (a quote opens only at
// the start of a cell, as RFC 4180 has it, so "37'2"N" stays one cell).
std::vector<std::size_t> cells_per_line(std::string_view text, char sep, std::size_t records) {
    std::vector<std::size_t> counts;
    const std::size_t n = std::min<std::size_t>(text.size(), 64 * 1024);
    std::size_t i = 0;
    while (i < n && counts.size() < records) {
        std::size_t cells = 1;
        bool empty = true;
        bool at_start = true;
        while (i < n) {
            const char c = text[i];
            if (at_start && c == '"') {
                empty = false;
                ++i;
                while (i < n) {
                    if (text[i] == '"') {
                        if (i + 1 < n && text[i + 1] == '"') { i += 2; continue; }
                        ++i;
                        break;
                    }
                    ++i;
                }
                at_start = false;
                continue;
            }
            if (c == sep) { ++cells; at_start = true; empty = false; ++i; continue; }
            if (c == '\n' || c == '\r') {
                ++i;
                if (c == '\r' && i < n && text[i] == '\n') ++i;
                break;
            }
            empty = false;
            at_start = false;
            ++i;
        }
        if (!empty) counts.push_back(cells);
    }
    return counts;
}

}  // namespace

char detect_separator(std::string_view text) {
    char best = ',';
    double best_score = 0.0;
    for (char sep : {'\t', ';', ','}) {
        const std::vector<std::size_t> counts = cells_per_line(text, sep, 20);
        if (counts.empty()) continue;
        // The commonest count (the larger on a tie) and how many lines have it.
        std::size_t mode = 0, freq = 0;
        for (std::size_t c : counts) {
            const auto f = static_cast<std::size_t>(std::count(counts.begin(), counts.end(), c));
            if (f > freq || (f == freq && c > mode)) { mode = c; freq = f; }
        }
        if (mode < 2) continue;
        const double score = static_cast<double>(freq) / static_cast<double>(counts.size());
        if (score > best_score) {
            best_score = score;
            best = sep;
        }
    }
    return best;
}

SheetReadResult read_sheet(std::string_view bytes, const SheetReadOptions& options) {
    SheetReadResult result;
    const SheetLimits& limits = options.limits;
    DecodedText decoded = decode_sheet_text(bytes, limits.max_bytes);
    if (!decoded.ok) {
        result.problem = std::move(decoded.problem);
        return result;
    }
    std::string_view text = decoded.text;
    Sheet& sheet = result.sheet;
    sheet.encoding = decoded.encoding;

    // Excel's "sep=;" first line names the separator and is not a row.
    char sep = options.separator;
    if (text.size() >= 5 && (text.substr(0, 4) == "sep=" || text.substr(0, 4) == "SEP=") &&
        (text.size() == 5 || text[5] == '\n' || text[5] == '\r') && (text[4] == ',' || text[4] == ';' || text[4] == '\t')) {
        if (!sep) sep = text[4];
        text.remove_prefix(5);
        if (!text.empty() && text[0] == '\r') text.remove_prefix(1);
        if (!text.empty() && text[0] == '\n') text.remove_prefix(1);
    }
    if (!sep) sep = detect_separator(text);
    sheet.separator = sep;

    std::string& buf = sheet.buffer();
    buf.reserve(text.size());
    const std::size_t n = text.size();
    std::size_t i = 0;
    std::size_t file_row = 0;
    const auto fail = [&](Message m) {
        result.problem = std::move(m);
        result.sheet = Sheet();
        return result;
    };
    while (i < n) {
        ++file_row;
        sheet.begin_row(file_row);
        const std::size_t row_buffer_start = buf.size();
        std::size_t cells = 0;
        bool only_empty_cell = true;
        while (true) {
            const std::size_t begin = buf.size();
            if (i < n && text[i] == '"') {
                only_empty_cell = false;
                ++i;
                while (true) {
                    const void* q = i < n ? std::memchr(text.data() + i, '"', n - i) : nullptr;
                    if (!q)
                        return fail(Message(MessageId::SheetUnclosedQuote).integer("row", static_cast<double>(file_row)));
                    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(q) - text.data());
                    buf.append(text.data() + i, at - i);
                    if (at + 1 < n && text[at + 1] == '"') {
                        buf += '"';
                        i = at + 2;
                        continue;
                    }
                    i = at + 1;
                    break;
                }
                // Anything between a closing quote and the separator is kept as written.
                while (i < n && text[i] != sep && text[i] != '\n' && text[i] != '\r') buf += text[i++];
            } else {
                const std::size_t start = i;
                while (i < n && text[i] != sep && text[i] != '\n' && text[i] != '\r') ++i;
                buf.append(text.data() + start, i - start);
                if (i > start) only_empty_cell = false;
            }
            const std::size_t length = buf.size() - begin;
            if (length > limits.max_cell_bytes)
                return fail(Message(MessageId::SheetCellTooLong)
                                .integer("row", static_cast<double>(file_row))
                                .text("column", column_letters(cells))
                                .bytes("max", static_cast<double>(limits.max_cell_bytes)));
            if (++cells > limits.max_columns)
                return fail(Message(MessageId::SheetTooManyColumns)
                                .integer("row", static_cast<double>(file_row))
                                .integer("columns", static_cast<double>(cells))
                                .integer("max", static_cast<double>(limits.max_columns)));
            if (sheet.total_cells() >= limits.max_cells)
                return fail(Message(MessageId::SheetTooManyCells).integer("max", static_cast<double>(limits.max_cells)));
            sheet.add_cell(begin, length);
            if (i < n && text[i] == sep) {
                ++i;
                only_empty_cell = false;
                continue;
            }
            if (i < n) {  // a line end
                if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
                ++i;
            }
            break;
        }
        if (cells == 1 && only_empty_cell) {
            sheet.drop_last_row();
            buf.resize(row_buffer_start);
            continue;
        }
        if (sheet.rows() > limits.max_rows)
            return fail(Message(MessageId::SheetTooManyRows).integer("max", static_cast<double>(limits.max_rows)));
    }
    if (sheet.rows() == 0) return fail(Message(MessageId::SheetEmpty));
    result.ok = true;
    return result;
}

}  // namespace roster::storage
