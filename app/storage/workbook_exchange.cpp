#include "workbook_exchange.h"

#include "json_gate.h"  // first of the storage headers: it configures RapidJSON

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace roster::storage {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;
using Value = rapidjson::Value;

constexpr int kExchangeVersion = 1;

void put(Writer& w, const char* key, const std::string& text) {
    w.Key(key);
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void put_number(Writer& w, const char* key, double value) {
    w.Key(key);
    w.Double(std::isfinite(value) ? value : 0.0);
}

// A cell's number as text with 17 significant digits, read back with strtod: the very same
// double, which RapidJSON's default (not full-precision) parsing does not promise.
void put_exact(Writer& w, const char* key, double value) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", std::isfinite(value) ? value : 0.0);
    put(w, key, buf);
}

void write_message(Writer& w, const Message& m) {
    w.StartObject();
    const std::string_view id = message_id_name(m.id);
    w.Key("id");
    w.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
    w.Key("args");
    w.StartArray();
    for (const MessageArg& a : m.args) {
        w.StartObject();
        put(w, "name", a.name);
        w.Key("kind");
        w.Int(static_cast<int>(a.kind));
        put(w, "text", a.text);
        put_number(w, "number", a.number);
        w.Key("choice");
        w.Int(a.choice);
        w.Key("platform");
        w.Int(a.platform);
        w.Key("nested");
        w.StartArray();
        for (const Message& n : a.nested) write_message(w, n);
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

void write_cell(Writer& w, const WorkbookCell& c) {
    w.StartObject();
    w.Key("k");
    w.Int(static_cast<int>(c.kind));
    switch (c.kind) {
        case WorkbookCell::Kind::Empty: break;
        case WorkbookCell::Kind::Text: put(w, "t", c.text); break;
        case WorkbookCell::Kind::Number:
            put_exact(w, "n", c.number);
            w.Key("d");
            w.Int(c.decimals);
            w.Key("f");
            w.Int(static_cast<int>(c.format));
            break;
        case WorkbookCell::Kind::Date:
            w.Key("y");
            w.Int(c.year);
            w.Key("m");
            w.Int(c.month);
            w.Key("day");
            w.Int(c.day);
            break;
    }
    w.EndObject();
}

// Reading: every member checked for its type, so that text from elsewhere is refused, never
// trusted (RapidJSON's own assertions would throw, which the module is not built to catch).
const Value* member(const Value& object, const char* key) {
    if (!object.IsObject()) return nullptr;
    const auto it = object.FindMember(key);
    return it == object.MemberEnd() ? nullptr : &it->value;
}

bool text_of(const Value& object, const char* key, std::string& out) {
    const Value* v = member(object, key);
    if (!v || !v->IsString()) return false;
    out.assign(v->GetString(), v->GetStringLength());
    return true;
}

bool int_of(const Value& object, const char* key, int low, int high, int& out) {
    const Value* v = member(object, key);
    if (!v || !v->IsInt() || v->GetInt() < low || v->GetInt() > high) return false;
    out = v->GetInt();
    return true;
}

bool number_of(const Value& object, const char* key, double& out) {
    const Value* v = member(object, key);
    if (!v || !v->IsNumber()) return false;
    out = v->GetDouble();
    return std::isfinite(out);
}

bool read_message(const Value& v, Message& m, int depth) {
    if (depth > 8) return false;
    std::string id;
    if (!text_of(v, "id", id)) return false;
    bool found = false;
    for (std::size_t i = 0; i < kMessageIdCount && !found; ++i)
        if (message_id_name(static_cast<MessageId>(i)) == id) {
            m.id = static_cast<MessageId>(i);
            found = true;
        }
    const Value* args = member(v, "args");
    if (!found || !args || !args->IsArray()) return false;
    for (const Value& a : args->GetArray()) {
        MessageArg arg;
        int kind = 0, choice = 0, platform = 0;
        if (!text_of(a, "name", arg.name) || !int_of(a, "kind", 0, static_cast<int>(MessageArg::Kind::Nested), kind) ||
            !text_of(a, "text", arg.text) || !number_of(a, "number", arg.number) || !int_of(a, "choice", 0, 65535, choice) ||
            !int_of(a, "platform", 0, 65535, platform))
            return false;
        arg.kind = static_cast<MessageArg::Kind>(kind);
        arg.choice = static_cast<std::uint16_t>(choice);
        arg.platform = static_cast<std::uint16_t>(platform);
        if (arg.kind == MessageArg::Kind::Term && choice >= static_cast<int>(kTermCount)) return false;
        const Value* nested = member(a, "nested");
        if (!nested || !nested->IsArray()) return false;
        for (const Value& n : nested->GetArray()) {
            Message inner;
            if (!read_message(n, inner, depth + 1)) return false;
            arg.nested.push_back(std::move(inner));
        }
        m.args.push_back(std::move(arg));
    }
    return true;
}

bool read_cell(const Value& v, WorkbookCell& c) {
    int kind = 0;
    if (!int_of(v, "k", 0, static_cast<int>(WorkbookCell::Kind::Date), kind)) return false;
    c.kind = static_cast<WorkbookCell::Kind>(kind);
    switch (c.kind) {
        case WorkbookCell::Kind::Empty: return true;
        case WorkbookCell::Kind::Text: return text_of(v, "t", c.text);
        case WorkbookCell::Kind::Number: {
            int format = 0;
            std::string digits;
            if (!text_of(v, "n", digits) || digits.empty() || digits.size() > 32) return false;
            char* end = nullptr;
            c.number = std::strtod(digits.c_str(), &end);
            if (!end || *end != '\0' || !std::isfinite(c.number)) return false;
            if (!int_of(v, "d", 0, 10, c.decimals) ||
                !int_of(v, "f", 0, static_cast<int>(NumberKind::Date), format))
                return false;
            c.format = static_cast<NumberKind>(format);
            return true;
        }
        case WorkbookCell::Kind::Date:
            c.format = NumberKind::Date;
            return int_of(v, "y", 1900, 9999, c.year) && int_of(v, "m", 1, 12, c.month) && int_of(v, "day", 1, 31, c.day);
    }
    return false;
}

bool parse(std::string_view text, rapidjson::Document& doc) {
    doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
    if (doc.HasParseError() || !doc.IsObject()) return false;
    int version = 0;
    return int_of(doc, "version", kExchangeVersion, kExchangeVersion, version);
}

}  // namespace

std::string report_to_json(const WorkbookReport& r) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    w.Key("version");
    w.Int(kExchangeVersion);
    put(w, "title", r.title);
    put(w, "cover", r.cover_name);
    put(w, "contents", r.contents_heading);
    put(w, "currency", r.currency);
    put(w, "author", r.author);
    w.Key("created");
    w.Int64(r.created_unix_seconds);
    w.Key("facts");
    w.StartArray();
    for (const WorkbookFact& f : r.facts) {
        w.StartObject();
        put(w, "label", f.label);
        w.Key("value");
        write_cell(w, f.value);
        w.EndObject();
    }
    w.EndArray();
    w.Key("sheets");
    w.StartArray();
    for (const WorkbookSheet& s : r.sheets) {
        w.StartObject();
        put(w, "name", s.name);
        put(w, "about", s.description);
        w.Key("frozen");
        w.Int(s.frozen_columns);
        w.Key("columns");
        w.StartArray();
        for (const WorkbookColumn& c : s.columns) {
            w.StartObject();
            put(w, "header", c.header);
            w.Key("kind");
            w.Int(static_cast<int>(c.kind));
            w.EndObject();
        }
        w.EndArray();
        w.Key("rows");
        w.StartArray();
        for (const auto& row : s.rows) {
            w.StartArray();
            for (const WorkbookCell& c : row) write_cell(w, c);
            w.EndArray();
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

bool report_from_json(std::string_view text, WorkbookReport& r) {
    rapidjson::Document doc;
    if (!parse(text, doc)) return false;
    const Value* created = member(doc, "created");
    if (!text_of(doc, "title", r.title) || !text_of(doc, "cover", r.cover_name) ||
        !text_of(doc, "contents", r.contents_heading) || !text_of(doc, "currency", r.currency) ||
        !text_of(doc, "author", r.author) || !created || !created->IsInt64())
        return false;
    r.created_unix_seconds = created->GetInt64();
    const Value* facts = member(doc, "facts");
    const Value* sheets = member(doc, "sheets");
    if (!facts || !facts->IsArray() || !sheets || !sheets->IsArray()) return false;
    for (const Value& f : facts->GetArray()) {
        WorkbookFact fact;
        const Value* value = member(f, "value");
        if (!text_of(f, "label", fact.label) || !value || !read_cell(*value, fact.value)) return false;
        r.facts.push_back(std::move(fact));
    }
    for (const Value& s : sheets->GetArray()) {
        WorkbookSheet sheet;
        const Value* columns = member(s, "columns");
        const Value* rows = member(s, "rows");
        if (!text_of(s, "name", sheet.name) || !text_of(s, "about", sheet.description) ||
            !int_of(s, "frozen", 0, 100, sheet.frozen_columns) || !columns || !columns->IsArray() || !rows ||
            !rows->IsArray())
            return false;
        for (const Value& c : columns->GetArray()) {
            WorkbookColumn column;
            int kind = 0;
            if (!text_of(c, "header", column.header) || !int_of(c, "kind", 0, static_cast<int>(NumberKind::Date), kind))
                return false;
            column.kind = static_cast<NumberKind>(kind);
            sheet.columns.push_back(std::move(column));
        }
        for (const Value& row : rows->GetArray()) {
            if (!row.IsArray()) return false;
            std::vector<WorkbookCell> cells;
            cells.reserve(row.Size());
            for (const Value& c : row.GetArray()) {
                WorkbookCell cell;
                if (!read_cell(c, cell)) return false;
                cells.push_back(std::move(cell));
            }
            sheet.rows.push_back(std::move(cells));
        }
        r.sheets.push_back(std::move(sheet));
    }
    return true;
}

std::string message_to_json(const Message& message) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    write_message(w, message);
    return std::string(buffer.GetString(), buffer.GetSize());
}

bool message_from_json(std::string_view text, Message& message) {
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
    return !doc.HasParseError() && read_message(doc, message, 0);
}

std::string sheet_text_to_json(const WorkbookSheetText& read) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    w.Key("version");
    w.Int(kExchangeVersion);
    w.Key("ok");
    w.Bool(read.ok);
    w.Key("sheets");
    w.StartArray();
    for (const std::string& n : read.sheet_names) w.String(n.data(), static_cast<rapidjson::SizeType>(n.size()));
    w.EndArray();
    put(w, "sheet", read.sheet_name);
    put(w, "csv", read.csv);
    w.Key("notes");
    w.StartArray();
    for (const Message& n : read.notes) write_message(w, n);
    w.EndArray();
    w.Key("problem");
    write_message(w, read.problem);
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

bool sheet_text_from_json(std::string_view text, WorkbookSheetText& read) {
    rapidjson::Document doc;
    if (!parse(text, doc)) return false;
    const Value* ok = member(doc, "ok");
    const Value* sheets = member(doc, "sheets");
    const Value* notes = member(doc, "notes");
    const Value* problem = member(doc, "problem");
    if (!ok || !ok->IsBool() || !sheets || !sheets->IsArray() || !notes || !notes->IsArray() || !problem ||
        !text_of(doc, "sheet", read.sheet_name) || !text_of(doc, "csv", read.csv) || !read_message(*problem, read.problem, 0))
        return false;
    read.ok = ok->GetBool();
    for (const Value& s : sheets->GetArray()) {
        if (!s.IsString()) return false;
        read.sheet_names.emplace_back(s.GetString(), s.GetStringLength());
    }
    for (const Value& n : notes->GetArray()) {
        Message m;
        if (!read_message(n, m, 0)) return false;
        read.notes.push_back(std::move(m));
    }
    return true;
}

std::string sheet_as_csv(const Sheet& sheet) {
    std::string out;
    for (std::size_t r = 0; r < sheet.rows(); ++r) {
        for (std::size_t c = 0; c < sheet.cells_in(r); ++c) {
            if (c) out += ',';
            const std::string_view cell = sheet.cell(r, c);
            if (cell.find_first_of(",\"\r\n") == std::string_view::npos) {
                out += cell;
                continue;
            }
            out += '"';
            for (char ch : cell) {
                if (ch == '"') out += '"';
                out += ch;
            }
            out += '"';
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace roster::storage
