#include "workbook_read.h"

#include <fast_float/fast_float.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unordered_map>

#include "workbook_headers.h"
#include "workbook_xml.h"

namespace roster::storage {
namespace {

constexpr std::size_t kMaxErrorNotes = 20;

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::optional<double> parse_double(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    if (s.empty()) return std::nullopt;
    double value = 0.0;
    const auto r = fast_float::from_chars(s.data(), s.data() + s.size(), value);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

// --- Relationships (_rels/*.rels): which part a workbook or a sheet points to -------------------

struct Relationship {
    std::string id, type, target;
};

class RelationshipsReader : public XmlHandler {
public:
    std::vector<Relationship> found;
    bool start(std::string_view name, const char** a) override {
        if (name == "Relationship" && found.size() < 10'000)
            found.push_back({std::string(xml_attribute(a, "Id")), std::string(xml_attribute(a, "Type")),
                             std::string(xml_attribute(a, "Target"))});
        return true;
    }
    bool end(std::string_view) override { return true; }
    bool text(std::string_view) override { return true; }
    Message problem() const override { return {}; }
};

// A relationship's target as a part name: relative to the folder of the part that points to it,
// or from the root when it starts with "/"; ".." steps back a folder but never out of the
// archive.
std::optional<std::string> resolve_target(std::string_view folder, std::string_view target) {
    std::string path = !target.empty() && target.front() == '/' ? std::string(target.substr(1)) : std::string(folder) + std::string(target);
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t slash = std::min(path.find('/', start), path.size());
        const std::string segment = path.substr(start, slash - start);
        if (segment == "..") {
            if (parts.empty()) return std::nullopt;
            parts.pop_back();
        } else if (!segment.empty() && segment != ".") {
            parts.push_back(segment);
        }
        start = slash + 1;
    }
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : "/") + p;
    if (out.empty()) return std::nullopt;
    return out;
}

std::string folder_of(std::string_view part) {
    const std::size_t slash = part.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

std::string rels_of(std::string_view part) {
    const std::size_t slash = part.rfind('/');
    const std::string_view file = slash == std::string_view::npos ? part : part.substr(slash + 1);
    return folder_of(part) + "_rels/" + std::string(file) + ".rels";
}

// --- The workbook part: its sheets and its date system ----------------------------------------

struct SheetEntry {
    std::string name, relationship;
};

class WorkbookReader : public XmlHandler {
public:
    explicit WorkbookReader(std::size_t max_sheets) : max_sheets_(max_sheets) {}
    std::vector<SheetEntry> sheets;
    bool date1904 = false;
    bool start(std::string_view name, const char** a) override {
        if (name == "workbookPr") {
            const std::string_view v = xml_attribute(a, "date1904");
            date1904 = v == "1" || v == "true";
        } else if (name == "sheet") {
            if (sheets.size() >= max_sheets_) return false;
            sheets.push_back({std::string(xml_attribute(a, "name")), std::string(xml_attribute(a, "id"))});
        }
        return true;
    }
    bool end(std::string_view) override { return true; }
    bool text(std::string_view) override { return true; }
    Message problem() const override {
        return Message(MessageId::WorkbookTooManySheets).integer("max", static_cast<double>(max_sheets_));
    }

private:
    std::size_t max_sheets_;
};

// --- Shared strings: the texts cells point to by number --------------------------------------

class SharedStringsReader : public XmlHandler {
public:
    SharedStringsReader(const WorkbookLimits& limits) : limits_(limits) {}
    std::vector<std::string> strings;

    bool start(std::string_view name, const char**) override {
        if (name == "si") {
            if (strings.size() >= limits_.max_shared_strings) return false;
            strings.emplace_back();
            in_item_ = true;
        } else if (name == "rPh" || name == "phoneticPr") {
            ++in_phonetic_;  // a Japanese reading guide, not the cell's text
        } else if (name == "t" && in_item_ && in_phonetic_ == 0) {
            in_text_ = true;
        }
        return true;
    }
    bool end(std::string_view name) override {
        if (name == "si") in_item_ = false;
        else if ((name == "rPh" || name == "phoneticPr") && in_phonetic_ > 0) --in_phonetic_;
        else if (name == "t") in_text_ = false;
        return true;
    }
    bool text(std::string_view t) override {
        if (!in_text_) return true;
        bytes_ += t.size();
        if (bytes_ > limits_.max_shared_string_bytes) return false;
        // A cell longer than a sheet's cell may be is kept cut; the sheet refuses it if used.
        std::string& s = strings.back();
        if (s.size() <= limits_.sheet.max_cell_bytes) s.append(t.substr(0, limits_.sheet.max_cell_bytes + 1 - s.size()));
        return true;
    }
    Message problem() const override {
        return Message(MessageId::WorkbookTooManyStrings)
            .integer("max", static_cast<double>(limits_.max_shared_strings))
            .bytes("bytes", static_cast<double>(limits_.max_shared_string_bytes));
    }

private:
    const WorkbookLimits& limits_;
    bool in_item_ = false, in_text_ = false;
    int in_phonetic_ = 0;
    std::size_t bytes_ = 0;
};

// --- Styles: which cells show a percentage or a date ------------------------------------------

class StylesReader : public XmlHandler {
public:
    std::vector<CellFormat> formats;  // by the cell's style number (its "s")

    bool start(std::string_view name, const char** a) override {
        if (name == "numFmt" && codes_.size() < 10'000) {
            const auto id = parse_double(xml_attribute(a, "numFmtId"));
            if (id && *id >= 0 && *id < 1e6) codes_[static_cast<int>(*id)] = std::string(xml_attribute(a, "formatCode"));
        } else if (name == "cellXfs") {
            in_cell_formats_ = true;
        } else if (name == "xf" && in_cell_formats_ && ids_.size() < 100'000) {
            const auto id = parse_double(xml_attribute(a, "numFmtId"));
            ids_.push_back(id && *id >= 0 && *id < 1e6 ? static_cast<int>(*id) : 0);
        }
        return true;
    }
    bool end(std::string_view name) override {
        if (name == "cellXfs") in_cell_formats_ = false;
        return true;
    }
    bool text(std::string_view) override { return true; }
    Message problem() const override { return {}; }

    void finish() {
        for (int id : ids_) {
            const auto code = codes_.find(id);
            formats.push_back(classify_number_format(id, code == codes_.end() ? std::string_view() : std::string_view(code->second)));
        }
    }

private:
    std::unordered_map<int, std::string> codes_;
    std::vector<int> ids_;
    bool in_cell_formats_ = false;
};

// --- The sheet: its cells and merged ranges ----------------------------------------------------

std::string time_of_day(double serial) {
    double fraction = serial - std::floor(serial);
    long seconds = std::lround(fraction * 86400.0) % 86400;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%02ld:%02ld", seconds / 3600, (seconds / 60) % 60);
    return buf;
}

class SheetReader : public XmlHandler {
public:
    SheetReader(const WorkbookLimits& limits, const std::vector<std::string>& strings, const std::vector<CellFormat>& formats,
                bool date1904, std::string part)
        : limits_(limits), strings_(strings), formats_(formats), date1904_(date1904), part_(std::move(part)) {}

    std::vector<ReadCell> cells;
    std::vector<MergedRange> merged;
    std::vector<Message> notes;

    bool start(std::string_view name, const char** a) override {
        if (name == "row") {
            const auto r = parse_double(xml_attribute(a, "r"));
            row_ = r && *r >= 1 && *r <= 1e7 ? static_cast<std::uint32_t>(*r - 1) : (seen_row_ ? row_ + 1 : 0);
            seen_row_ = true;
            column_ = 0;
        } else if (name == "c") {
            std::size_t row = 0, column = 0;
            if (parse_cell_reference(xml_attribute(a, "r"), row, column)) {
                row_ = static_cast<std::uint32_t>(row);
                column_ = static_cast<std::uint32_t>(column);
            }
            type_ = std::string(xml_attribute(a, "t"));
            const auto style = parse_double(xml_attribute(a, "s"));
            format_ = style && *style >= 0 && *style < static_cast<double>(formats_.size()) ? formats_[static_cast<std::size_t>(*style)]
                                                                                           : CellFormat::General;
            value_.clear();
            in_cell_ = true;
        } else if (in_cell_ && (name == "v" || (name == "t" && type_ == "inlineStr" && in_phonetic_ == 0))) {
            collecting_ = true;
        } else if (in_cell_ && name == "rPh") {
            ++in_phonetic_;
        } else if (name == "mergeCell") {
            if (merged.size() >= limits_.max_merged_ranges) return true;  // more are left as they are
            const std::string_view ref = xml_attribute(a, "ref");
            const std::size_t colon = ref.find(':');
            MergedRange m;
            std::size_t r1 = 0, c1 = 0, r2 = 0, c2 = 0;
            if (colon != std::string_view::npos && parse_cell_reference(ref.substr(0, colon), r1, c1) &&
                parse_cell_reference(ref.substr(colon + 1), r2, c2) && r1 <= r2 && c1 <= c2) {
                m.first_row = static_cast<std::uint32_t>(r1);
                m.first_column = static_cast<std::uint32_t>(c1);
                m.last_row = static_cast<std::uint32_t>(r2);
                m.last_column = static_cast<std::uint32_t>(c2);
                merged.push_back(m);
            }
        }
        return true;
    }

    bool end(std::string_view name) override {
        if (name == "v" || name == "t") {
            collecting_ = false;
        } else if (name == "rPh") {
            if (in_phonetic_ > 0) --in_phonetic_;
        } else if (name == "c" && in_cell_) {
            in_cell_ = false;
            if (!finish_cell()) return false;
            ++column_;
        }
        return true;
    }

    bool text(std::string_view t) override {
        if (!collecting_) return true;
        if (value_.size() + t.size() > limits_.sheet.max_cell_bytes) {
            problem_ = Message(MessageId::SheetCellTooLong)
                           .integer("row", static_cast<double>(row_ + 1))
                           .text("column", column_letters(column_))
                           .bytes("max", static_cast<double>(limits_.sheet.max_cell_bytes));
            return false;
        }
        value_.append(t);
        return true;
    }

    Message problem() const override { return problem_; }

    std::size_t error_cells = 0;

private:
    bool finish_cell() {
        ReadCell cell;
        cell.row = row_;
        cell.column = column_;
        if (type_ == "s") {
            if (value_.empty()) return true;  // a styled cell with no text
            const auto index = parse_double(value_);
            if (!index || *index < 0 || *index >= static_cast<double>(strings_.size()) || *index != std::floor(*index)) {
                problem_ = Message(MessageId::WorkbookPartDamaged).text("part", part_);
                return false;
            }
            cell.text = strings_[static_cast<std::size_t>(*index)];
            cell.is_text = true;
        } else if (type_ == "inlineStr" || type_ == "str") {
            cell.text = value_;
            cell.is_text = true;
        } else if (type_ == "b") {
            cell.text = value_ == "1" || value_ == "true" ? "TRUE" : value_.empty() ? "" : "FALSE";
        } else if (type_ == "e") {
            if (++error_cells <= kMaxErrorNotes)
                notes.push_back(Message(MessageId::WorkbookCellError)
                                    .text("cell", column_letters(column_) + std::to_string(row_ + 1))
                                    .text("value", value_.substr(0, 20)));
            return true;
        } else if (type_ == "d") {
            // An ISO 8601 date written as such (Strict OOXML): its date.
            cell.text = value_.size() >= 10 && value_[4] == '-' && value_[7] == '-' ? value_.substr(0, 10) : value_;
        } else if (!value_.empty()) {
            const auto number = parse_double(value_);
            if (!number) {
                cell.text = value_;
                cell.is_text = true;
            } else {
                const double v = *number;
                const bool in_dates = v >= 0 && v < 2958466;  // up to 9999-12-31
                switch (format_) {
                    case CellFormat::Percent: cell.text = shortest_decimal(v * 100.0) + "%"; break;
                    case CellFormat::Date:
                    case CellFormat::DateTime: cell.text = in_dates ? excel_date(v, date1904_) : shortest_decimal(v); break;
                    case CellFormat::Time: cell.text = in_dates ? time_of_day(v) : shortest_decimal(v); break;
                    case CellFormat::Text:
                    case CellFormat::General: cell.text = shortest_decimal(v); break;
                }
            }
        }
        if (cell.text.empty()) return true;
        if (column_ >= limits_.sheet.max_columns) {
            problem_ = Message(MessageId::SheetTooManyColumns)
                           .integer("row", static_cast<double>(row_ + 1))
                           .integer("columns", static_cast<double>(column_ + 1))
                           .integer("max", static_cast<double>(limits_.sheet.max_columns));
            return false;
        }
        if (cells.size() >= limits_.sheet.max_cells) {
            problem_ = Message(MessageId::SheetTooManyCells).integer("max", static_cast<double>(limits_.sheet.max_cells));
            return false;
        }
        cells.push_back(std::move(cell));
        return true;
    }

    const WorkbookLimits& limits_;
    const std::vector<std::string>& strings_;
    const std::vector<CellFormat>& formats_;
    bool date1904_;
    std::string part_;
    std::uint32_t row_ = 0, column_ = 0;
    bool seen_row_ = false, in_cell_ = false, collecting_ = false;
    int in_phonetic_ = 0;
    std::string type_, value_;
    CellFormat format_ = CellFormat::General;
    Message problem_;
};

// Reads one XML part with `handler`; false (and the problem set) when the part cannot be read.
bool read_part(ZipArchive& zip, const std::string& part, XmlHandler& handler, const WorkbookLimits& limits, Message& problem,
               std::size_t max_bytes = SIZE_MAX) {
    ZipArchive::Read r = zip.read(part, max_bytes);
    if (!r.ok) {
        problem = std::move(r.problem);
        return false;
    }
    XmlRead x = read_xml(r.data, part, handler, limits.max_xml_depth);
    if (!x.ok) {
        problem = std::move(x.problem);
        return false;
    }
    return true;
}

std::string quoted_list(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) {
        if (!out.empty()) out += ", ";
        out += "“" + n + "”";
    }
    return out;
}

}  // namespace

bool looks_like_workbook(std::string_view bytes) {
    return (bytes.size() >= 4 && std::memcmp(bytes.data(), "PK\x03\x04", 4) == 0) ||
           (bytes.size() >= 8 && std::memcmp(bytes.data(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0);
}

bool parse_cell_reference(std::string_view ref, std::size_t& row, std::size_t& column) {
    std::size_t i = 0, c = 0, r = 0;
    while (i < ref.size() && ref[i] == '$') ++i;
    const std::size_t letters = i;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i - letters < 3) c = c * 26 + static_cast<std::size_t>(ref[i++] - 'A' + 1);
    if (i == letters || c == 0) return false;
    if (i < ref.size() && ref[i] == '$') ++i;
    const std::size_t digits = i;
    while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && i - digits < 8) r = r * 10 + static_cast<std::size_t>(ref[i++] - '0');
    if (i == digits || i != ref.size() || r == 0) return false;
    row = r - 1;
    column = c - 1;
    return true;
}

CellFormat classify_number_format(int id, std::string_view code) {
    if (code.empty()) {
        if (id == 9 || id == 10) return CellFormat::Percent;
        if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
            return CellFormat::Date;
        if (id == 22) return CellFormat::DateTime;
        if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47)) return CellFormat::Time;
        if (id == 49) return CellFormat::Text;
        return CellFormat::General;
    }
    // Only the first section counts (positive numbers); quoted text, escaped characters and
    // [colours], [$€-40C] and conditions are not part of what the format shows of a number.
    bool date = false, time = false, percent = false, elapsed = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == ';') break;
        if (c == '"') {
            const std::size_t close = code.find('"', i + 1);
            if (close == std::string_view::npos) break;
            i = close;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;
        } else if (c == '[') {
            const std::size_t close = code.find(']', i + 1);
            if (close == std::string_view::npos) break;
            const std::string inner = lower_ascii(code.substr(i + 1, close - i - 1));
            if (inner == "h" || inner == "hh" || inner == "m" || inner == "mm" || inner == "s" || inner == "ss") elapsed = true;
            i = close;
        } else if (c == '%') {
            percent = true;
        } else {
            const char l = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            if (l == 'y' || l == 'd' || l == 'e' || l == 'g') date = true;
            else if (l == 'h' || l == 's') time = true;
            else if (l == 'm') date = date || !time;  // "mm" after "hh" is minutes; alone, months
        }
    }
    if (code == "@" || lower_ascii(code) == "general") return code == "@" ? CellFormat::Text : CellFormat::General;
    if (elapsed) return CellFormat::General;  // a duration ([h]:mm), not a time of day
    if (date && time) return CellFormat::DateTime;
    if (date) return CellFormat::Date;
    if (time) return CellFormat::Time;
    if (percent) return CellFormat::Percent;
    return CellFormat::General;
}

std::string excel_date(double serial, bool date1904) {
    long days = static_cast<long>(std::floor(serial));
    if (!date1904) {
        // Excel's 1900 system counts a 29 February 1900 that never was (serial 60), as Lotus
        // 1-2-3 did: serials after it are one day ahead.
        if (days == 60) return "1900-02-29";
        days += days < 60 ? -25568 : -25569;  // to days since 1970-01-01 (serial 1 is 1900-01-01)
    } else {
        days -= 24107;  // 1904-01-01 is 24107 days before 1970-01-01
    }
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    const long z = days + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp < 10 ? mp + 3 : mp - 9;
    const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, d);
    return buf;
}

std::string shortest_decimal(double value) {
    // Fifteen significant digits, as Excel shows a number: "0.1" for 0.1000000000000000055.
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15g", value == 0.0 ? 0.0 : value);
    std::string s(buf);
    std::replace(s.begin(), s.end(), ',', '.');  // whatever the C locale says
    return s;
}

WorkbookRead read_workbook(std::string_view bytes, std::string_view sheet_name, const WorkbookLimits& limits) {
    WorkbookRead out;
    auto fail = [&out](Message m) {
        out.problem = std::move(m);
        return std::move(out);
    };
    ZipOpen opened = ZipArchive::open(bytes, limits.zip);
    if (!opened.ok) return fail(std::move(opened.problem));
    ZipArchive& zip = opened.archive;
    Message problem;

    // The workbook part, as the package's relationships name it.
    std::string workbook_part;
    if (zip.has("_rels/.rels")) {
        RelationshipsReader rels;
        if (!read_part(zip, "_rels/.rels", rels, limits, problem, 1024u * 1024u)) return fail(std::move(problem));
        for (const Relationship& r : rels.found)
            if (ends_with(r.type, "/officeDocument"))
                if (auto target = resolve_target("", r.target)) workbook_part = *target;
    }
    if (workbook_part.empty() || !zip.has(workbook_part)) workbook_part = "xl/workbook.xml";
    if (!zip.has(workbook_part)) return fail(Message(MessageId::WorkbookNotExcel));

    WorkbookReader book(limits.max_sheets);
    if (!read_part(zip, workbook_part, book, limits, problem)) return fail(std::move(problem));
    for (const SheetEntry& s : book.sheets) out.sheet_names.push_back(s.name);
    if (book.sheets.empty()) return fail(Message(MessageId::WorkbookNoSheets));

    std::vector<Relationship> book_rels;
    if (zip.has(rels_of(workbook_part))) {
        RelationshipsReader rels;
        if (!read_part(zip, rels_of(workbook_part), rels, limits, problem, 4u * 1024u * 1024u)) return fail(std::move(problem));
        book_rels = std::move(rels.found);
    }
    const std::string folder = folder_of(workbook_part);
    auto part_of_type = [&](std::string_view type, std::string fallback) {
        for (const Relationship& r : book_rels)
            if (ends_with(r.type, type))
                if (auto target = resolve_target(folder, r.target)) return *target;
        return fallback;
    };

    // The sheet asked for, else the first.
    const SheetEntry* chosen = &book.sheets.front();
    if (!sheet_name.empty()) {
        chosen = nullptr;
        for (const SheetEntry& s : book.sheets)
            if (s.name == sheet_name) chosen = &s;
        if (!chosen)
            for (const SheetEntry& s : book.sheets)
                if (lower_ascii(s.name) == lower_ascii(sheet_name)) chosen = &s;
        if (!chosen)
            return fail(Message(MessageId::WorkbookSheetUnknown)
                            .text("sheet", std::string(sheet_name))
                            .text("sheets", quoted_list(out.sheet_names)));
    }
    out.sheet_name = chosen->name;
    std::string sheet_part;
    for (const Relationship& r : book_rels)
        if (r.id == chosen->relationship)
            if (auto target = resolve_target(folder, r.target)) sheet_part = *target;
    if (sheet_part.empty() || !zip.has(sheet_part))
        return fail(Message(MessageId::WorkbookSheetNotCells).text("sheet", chosen->name));
    for (const Relationship& r : book_rels)
        if (r.id == chosen->relationship && !ends_with(r.type, "/worksheet"))
            return fail(Message(MessageId::WorkbookSheetNotCells).text("sheet", chosen->name));

    SharedStringsReader strings(limits);
    const std::string strings_part = part_of_type("/sharedStrings", folder + "sharedStrings.xml");
    if (zip.has(strings_part) && !read_part(zip, strings_part, strings, limits, problem)) return fail(std::move(problem));

    StylesReader styles;
    const std::string styles_part = part_of_type("/styles", folder + "styles.xml");
    if (zip.has(styles_part) && !read_part(zip, styles_part, styles, limits, problem)) return fail(std::move(problem));
    styles.finish();

    SheetReader sheet(limits, strings.strings, styles.formats, book.date1904, sheet_part);
    if (!read_part(zip, sheet_part, sheet, limits, problem)) return fail(std::move(problem));
    if (sheet.error_cells > kMaxErrorNotes)
        sheet.notes.push_back(Message(MessageId::WorkbookMoreCellErrors).count("n", static_cast<double>(sheet.error_cells - kMaxErrorNotes)));

    LaidOutSheet laid = lay_out_sheet(std::move(sheet.cells), sheet.merged, limits.sheet);
    if (!laid.ok) {
        if (laid.problem.id == MessageId::SheetEmpty) return fail(Message(MessageId::WorkbookSheetEmpty).text("sheet", chosen->name));
        return fail(std::move(laid.problem));
    }
    out.sheet = std::move(laid.sheet);
    out.notes = std::move(laid.notes);
    for (Message& m : sheet.notes) out.notes.push_back(std::move(m));
    out.ok = true;
    return out;
}

WorkbookSheetText sheet_text_of(const WorkbookRead& read) {
    WorkbookSheetText text;
    text.ok = read.ok;
    text.sheet_names = read.sheet_names;
    text.sheet_name = read.sheet_name;
    text.notes = read.notes;
    text.problem = read.problem;
    if (read.ok) text.csv = sheet_as_csv(read.sheet);
    return text;
}

}  // namespace roster::storage
