#include "workbook_write.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>

#if defined(_WIN32)
#include <io.h>
#else
#include <unistd.h>
#endif

namespace roster::storage {

namespace {

// Text as an XML part may hold it: valid UTF-8 without the control characters XML 1.0 refuses
// (libxlsxwriter escapes & < > but writes other bytes as they are, and a stray byte would make
// Excel "repair" the file); at most Excel's 32,767 characters per cell.
std::string cell_text(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    std::size_t characters = 0;
    for (std::size_t i = 0; i < s.size() && characters < 32'767;) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        bool ok = n > 0 && i + n <= s.size();
        for (std::size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (!ok) {
            out += "\xEF\xBF\xBD";  // U+FFFD, the replacement character
            ++i;
        } else if (n == 1 && b < 0x20 && b != '\t' && b != '\n') {
            out += ' ';
            ++i;
        } else {
            out.append(s, i, n);
            i += n;
        }
        ++characters;
    }
    return out;
}

std::size_t characters_of(const std::string& s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::string currency_code(const std::string& currency) {
    std::string code;
    for (char c : currency)
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) code += c;  // nothing a format would read as code
    return code;
}

NumberKind kind_of(const WorkbookCell& cell, const WorkbookColumn* column) {
    if (cell.kind == WorkbookCell::Kind::Date) return NumberKind::Date;
    if (cell.format != NumberKind::Inherit) return cell.format;
    return column && column->kind != NumberKind::Inherit ? column->kind : NumberKind::Plain;
}

// About as many characters as the number shows in its format: enough to size its column.
std::size_t shown_width(const WorkbookCell& cell, NumberKind kind, const std::string& currency) {
    if (cell.kind == WorkbookCell::Kind::Date) return 10;
    const double shown = kind == NumberKind::Percentage ? cell.number * 100.0 : cell.number;
    char buf[64];
    const int decimals = kind == NumberKind::Plain ? 6 : cell.decimals;
    std::snprintf(buf, sizeof buf, "%.*f", decimals, shown);
    std::string s = buf;
    if (kind == NumberKind::Plain && s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    std::size_t width = s.size();
    if (kind == NumberKind::Count || kind == NumberKind::Money || kind == NumberKind::Ratio) {
        const std::size_t point = s.find('.');
        std::size_t digits = point == std::string::npos ? s.size() : point;
        if (!s.empty() && s[0] == '-') --digits;
        width += digits > 0 ? (digits - 1) / 3 : 0;
    }
    if (kind == NumberKind::Money) width += 1 + currency.size();
    if (kind == NumberKind::Percentage) width += 1;
    return width;
}

// A file name of our own in the temporary folder: mkstemp creates it empty and exclusively,
// so two exports at once never write over each other; libxlsxwriter then writes over it.
std::string temporary_path() {
#if defined(_WIN32)
    char name[L_tmpnam];
    return std::tmpnam(name) ? std::string(name) + ".xlsx" : std::string();
#else
    const char* dir = std::getenv("TMPDIR");
    std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/roster-workbook-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    const int fd = mkstemp(buf.data());
    if (fd < 0) return {};
    close(fd);
    return std::string(buf.data());
#endif
}

class Writer {
public:
    Writer(lxw_workbook* book, const WorkbookReport& report) : book_(book), report_(report) {
        currency_ = currency_code(report.currency);
    }

    lxw_error write() {
        std::vector<std::string> taken;
        const std::string cover_name = valid_sheet_name(report_.cover_name.empty() ? "Cover" : report_.cover_name, taken);
        taken.push_back(cover_name);
        std::vector<std::string> names;
        for (const WorkbookSheet& s : report_.sheets) {
            names.push_back(valid_sheet_name(s.name, taken));
            taken.push_back(names.back());
        }
        if (const lxw_error e = cover(cover_name, names); e != LXW_NO_ERROR) return e;
        for (std::size_t i = 0; i < report_.sheets.size(); ++i)
            if (const lxw_error e = sheet(report_.sheets[i], names[i]); e != LXW_NO_ERROR) return e;
        return LXW_NO_ERROR;
    }

private:
    lxw_format* header_format() {
        if (!header_) {
            header_ = workbook_add_format(book_);
            format_set_bold(header_);
            format_set_font_color(header_, 0xFFFFFF);
            format_set_bg_color(header_, 0x2F5D62);  // the app's teal
            format_set_pattern(header_, LXW_PATTERN_SOLID);
            format_set_text_wrap(header_);
            format_set_align(header_, LXW_ALIGN_VERTICAL_CENTER);
            format_set_bottom(header_, LXW_BORDER_THIN);
        }
        return header_;
    }

    lxw_format* title_format() {
        if (!title_) {
            title_ = workbook_add_format(book_);
            format_set_bold(title_);
            format_set_font_size(title_, 16);
        }
        return title_;
    }

    lxw_format* bold_format() {
        if (!bold_) {
            bold_ = workbook_add_format(book_);
            format_set_bold(bold_);
        }
        return bold_;
    }

    lxw_format* wrap_format() {
        if (!wrap_) {
            wrap_ = workbook_add_format(book_);
            format_set_text_wrap(wrap_);
            format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
        }
        return wrap_;
    }

    // One format object per number format: Excel keeps a table of them.
    lxw_format* number_format(NumberKind kind, int decimals) {
        if (kind == NumberKind::Plain) decimals = 0;
        const auto key = std::make_pair(static_cast<int>(kind), decimals);
        auto it = numbers_.find(key);
        if (it != numbers_.end()) return it->second;
        lxw_format* f = workbook_add_format(book_);
        const std::string code = number_format_code(kind, decimals, currency_);
        format_set_num_format(f, code.c_str());
        numbers_.emplace(key, f);
        return f;
    }

    lxw_error put(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const WorkbookCell& cell, const WorkbookColumn* column,
                  lxw_format* text_format = nullptr) {
        switch (cell.kind) {
            case WorkbookCell::Kind::Empty: return LXW_NO_ERROR;
            case WorkbookCell::Kind::Text: {
                const std::string t = cell_text(cell.text);
                if (t.empty()) return LXW_NO_ERROR;
                return worksheet_write_string(ws, r, c, t.c_str(), text_format);
            }
            case WorkbookCell::Kind::Number:
                return worksheet_write_number(ws, r, c, cell.number, number_format(kind_of(cell, column), cell.decimals));
            case WorkbookCell::Kind::Date: {
                lxw_datetime d{cell.year, static_cast<uint8_t>(cell.month), static_cast<uint8_t>(cell.day), 0, 0, 0.0};
                return worksheet_write_datetime(ws, r, c, &d, number_format(NumberKind::Date, 0));
            }
        }
        return LXW_NO_ERROR;
    }

    lxw_error cover(const std::string& name, const std::vector<std::string>& names) {
        lxw_worksheet* ws = workbook_add_worksheet(book_, name.c_str());
        if (!ws) return LXW_ERROR_MEMORY_MALLOC_FAILED;
        lxw_row_t r = 0;
        if (const lxw_error e = worksheet_write_string(ws, r, 0, cell_text(report_.title).c_str(), title_format()))
            return e;
        worksheet_set_row(ws, r, 24, nullptr);
        r += 2;
        std::size_t label_width = characters_of(report_.contents_heading), value_width = 12;
        for (const WorkbookFact& f : report_.facts) {
            if (const lxw_error e = worksheet_write_string(ws, r, 0, cell_text(f.label).c_str(), bold_format())) return e;
            if (const lxw_error e = put(ws, r, 1, f.value, nullptr)) return e;
            label_width = std::max(label_width, characters_of(f.label));
            if (f.value.kind == WorkbookCell::Kind::Text) value_width = std::max(value_width, characters_of(f.value.text));
            ++r;
        }
        ++r;
        if (const lxw_error e = worksheet_write_string(ws, r, 0, cell_text(report_.contents_heading).c_str(), bold_format()))
            return e;
        ++r;
        for (std::size_t i = 0; i < report_.sheets.size(); ++i, ++r) {
            if (const lxw_error e = worksheet_write_string(ws, r, 0, names[i].c_str(), nullptr)) return e;
            const std::string d = cell_text(report_.sheets[i].description);
            if (!d.empty())
                if (const lxw_error e = worksheet_write_string(ws, r, 1, d.c_str(), wrap_format())) return e;
            label_width = std::max(label_width, characters_of(names[i]));
        }
        worksheet_set_column(ws, 0, 0, static_cast<double>(std::min<std::size_t>(label_width, 40) + 2), nullptr);
        // Descriptions are sentences: a readable measure, wrapped, rather than one long line.
        worksheet_set_column(ws, 1, 1, static_cast<double>(std::clamp<std::size_t>(value_width, 60, 80)), nullptr);
        worksheet_activate(ws);
        return LXW_NO_ERROR;
    }

    lxw_error sheet(const WorkbookSheet& s, const std::string& name) {
        lxw_worksheet* ws = workbook_add_worksheet(book_, name.c_str());
        if (!ws) return LXW_ERROR_MEMORY_MALLOC_FAILED;
        std::size_t width = s.columns.size();
        for (const auto& row : s.rows) width = std::max(width, row.size());
        std::vector<std::size_t> widths(width, 4);
        for (std::size_t c = 0; c < s.columns.size(); ++c) {
            const std::string h = cell_text(s.columns[c].header);
            if (!h.empty())
                if (const lxw_error e = worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), h.c_str(), header_format()))
                    return e;
            // A header wraps onto two lines rather than widening a column of short numbers.
            widths[c] = std::max(widths[c], (characters_of(h) + 1) / 2 + 1);
            widths[c] = std::max(widths[c], std::min<std::size_t>(characters_of(h), 14));
        }
        for (std::size_t r = 0; r < s.rows.size(); ++r) {
            for (std::size_t c = 0; c < s.rows[r].size(); ++c) {
                const WorkbookCell& cell = s.rows[r][c];
                const WorkbookColumn* column = c < s.columns.size() ? &s.columns[c] : nullptr;
                if (const lxw_error e = put(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), cell, column))
                    return e;
                std::size_t w = 0;
                if (cell.kind == WorkbookCell::Kind::Text) w = characters_of(cell.text);
                else if (cell.kind != WorkbookCell::Kind::Empty) w = shown_width(cell, kind_of(cell, column), currency_);
                widths[c] = std::max(widths[c], w);
            }
        }
        for (std::size_t c = 0; c < width; ++c)
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 static_cast<double>(std::min<std::size_t>(widths[c], 60) + 2), nullptr);
        worksheet_freeze_panes(ws, 1, static_cast<lxw_col_t>(std::max(0, s.frozen_columns)));
        return LXW_NO_ERROR;
    }

    lxw_workbook* book_;
    const WorkbookReport& report_;
    std::string currency_;
    lxw_format* header_ = nullptr;
    lxw_format* title_ = nullptr;
    lxw_format* bold_ = nullptr;
    lxw_format* wrap_ = nullptr;
    std::map<std::pair<int, int>, lxw_format*> numbers_;
};

}  // namespace

std::string number_format_code(NumberKind kind, int decimals, const std::string& currency) {
    const std::string places = decimals > 0 ? "." + std::string(static_cast<std::size_t>(std::min(decimals, 10)), '0') : "";
    switch (kind) {
        case NumberKind::Inherit:
        case NumberKind::Plain: return "General";
        case NumberKind::Count:
        case NumberKind::Ratio: return "#,##0" + places;
        case NumberKind::Money: {
            const std::string code = currency_code(currency);
            return code.empty() ? "#,##0" + places : "#,##0" + places + " \"" + code + "\"";
        }
        case NumberKind::Percentage: return "0" + places + "%";
        case NumberKind::Date: return "yyyy-mm-dd";
    }
    return "General";
}

std::string valid_sheet_name(const std::string& name, const std::vector<std::string>& taken) {
    std::string clean;
    for (char c : cell_text(name)) {
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos || c == '\t' || c == '\n') clean += ' ';
        else clean += c;
    }
    while (!clean.empty() && (clean.front() == '\'' || clean.front() == ' ')) clean.erase(clean.begin());
    const auto cut = [](std::string s, std::size_t max) {
        std::size_t n = 0, i = 0;
        for (; i < s.size(); ++i)
            if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && n++ == max) break;
        s.resize(i);
        while (!s.empty() && (s.back() == '\'' || s.back() == ' ')) s.pop_back();
        return s;
    };
    clean = cut(clean, 31);
    if (clean.empty()) clean = "Sheet";
    const auto is_taken = [&](const std::string& candidate) {
        // Excel compares tab names without regard to case.
        const auto lower = [](std::string s) {
            for (char& c : s)
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            return s;
        };
        for (const std::string& t : taken)
            if (lower(t) == lower(candidate)) return true;
        return false;
    };
    std::string result = clean;
    for (int n = 2; is_taken(result); ++n) {
        const std::string suffix = " (" + std::to_string(n) + ")";
        result = cut(clean, 31 - suffix.size()) + suffix;
    }
    return result;
}

WorkbookWritten write_workbook(const WorkbookReport& report) {
    WorkbookWritten out;
    for (const WorkbookSheet& s : report.sheets) {
        std::size_t columns = s.columns.size();
        for (const auto& row : s.rows) columns = std::max(columns, row.size());
        if (s.rows.size() + 1 > kWorkbookMaxRows || columns > kWorkbookMaxColumns) {
            out.error = Message(MessageId::WorkbookSheetTooLarge)
                            .text("sheet", s.name)
                            .integer("rows", static_cast<double>(s.rows.size() + 1))
                            .integer("columns", static_cast<double>(columns));
            return out;
        }
    }
    const std::string path = temporary_path();
    if (path.empty()) {
        out.error = Message(MessageId::WorkbookNoTemporaryFile);
        return out;
    }
    lxw_workbook_options options{};
    lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
    if (!book) {
        std::remove(path.c_str());
        out.error = Message(MessageId::WorkbookNoTemporaryFile);
        return out;
    }
    lxw_doc_properties properties{};
    std::string title = cell_text(report.title), author = cell_text(report.author);
    properties.title = title.data();
    properties.author = author.empty() ? nullptr : author.data();
    // A fixed creation date gives the same bytes for the same plan and day (and a testable file).
    properties.created = static_cast<time_t>(report.created_unix_seconds);
    workbook_set_properties(book, &properties);
    lxw_error error = Writer(book, report).write();
    const lxw_error closed = workbook_close(book);  // writes the file and frees the workbook
    if (error == LXW_NO_ERROR) error = closed;
    if (error == LXW_NO_ERROR) {
        // C's stdio, which libxlsxwriter uses anyway: C++ streams would add about 100 KB to the
        // browser's workbook module.
        if (std::FILE* in = std::fopen(path.c_str(), "rb")) {
            char buffer[65536];
            std::size_t n = 0;
            while ((n = std::fread(buffer, 1, sizeof buffer, in)) > 0) out.bytes.append(buffer, n);
            if (std::ferror(in)) out.bytes.clear();
            std::fclose(in);
        }
        if (out.bytes.size() < 4) error = LXW_ERROR_CREATING_TMPFILE;
    }
    std::remove(path.c_str());
    if (error != LXW_NO_ERROR) {
        out.bytes.clear();
        out.error = Message(MessageId::WorkbookNotWritten).integer("code", static_cast<double>(error));
    }
    return out;
}

}  // namespace roster::storage
