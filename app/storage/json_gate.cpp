#include "json_gate.h"

#include <cstdio>
#include <set>
#include <utility>
#include <vector>

#include "engine/text.h"

namespace roster::storage {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::pair<int, int> line_and_column(std::string_view text, std::size_t offset) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') { ++line; column = 1; }
        // Count characters, not bytes: skip UTF-8 continuation bytes.
        else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    }
    return {line, column};
}

bool looks_binary(std::string_view text) {
    const std::size_t n = std::min<std::size_t>(text.size(), 512);
    for (std::size_t i = 0; i < n; ++i)
        if (text[i] == '\0') return true;  // text files never hold NUL; images and archives do
    return false;
}

GateResult fail(Message message, int line = 0, int column = 0) {
    return {false, std::move(message), line, column};
}

double size_of(std::size_t n) { return static_cast<double>(n); }

// Walks the parsed document without recursion: depth, counts, lengths and duplicate keys.
GateResult check_limits(const rapidjson::Value& root, const JsonLimits& limits) {
    struct Item { const rapidjson::Value* value; int depth; };
    std::vector<Item> stack{{&root, 1}};
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        const rapidjson::Value& v = *item.value;
        if (item.depth > limits.max_depth)
            return fail(Message(MessageId::FileTooDeep).integer("max", limits.max_depth));
        if (v.IsString()) {
            if (v.GetStringLength() > limits.max_string_bytes)
                return fail(Message(MessageId::FileTextTooLong)
                                .bytes("size", size_of(v.GetStringLength()))
                                .bytes("max", size_of(limits.max_string_bytes)));
            // A NUL (\u0000) would silently cut the text short when read: refuse it instead.
            if (std::string_view(v.GetString(), v.GetStringLength()).find('\0') != std::string_view::npos)
                return fail(Message(MessageId::FileTextWithNul));
        }
        if (v.IsArray()) {
            if (v.Size() > limits.max_array_items)
                return fail(Message(MessageId::FileListTooLong)
                                .integer("items", v.Size())
                                .integer("max", size_of(limits.max_array_items)));
            for (const auto& e : v.GetArray()) stack.push_back({&e, item.depth + 1});
        } else if (v.IsObject()) {
            if (v.MemberCount() > limits.max_object_members)
                return fail(Message(MessageId::FileObjectTooWide));
            std::set<std::string_view> keys;
            for (const auto& m : v.GetObject()) {
                const std::string_view key(m.name.GetString(), m.name.GetStringLength());
                if (key.size() > limits.max_string_bytes)
                    return fail(Message(MessageId::FileFieldNameTooLong));
                if (!keys.insert(key).second)
                    return fail(Message(MessageId::FileFieldTwice).text("field", std::string(key.substr(0, 200))));
                stack.push_back({&m.value, item.depth + 1});
            }
        }
    }
    return {true, {}, 0, 0};
}

// A syntax error RapidJSON found, as the planner reads it: in plain words for the errors a plan
// file meets in practice (a second document pasted after the first, numbers other tools write),
// and each of RapidJSON's other codes as a message of its own, so that it reads in French too.
Message syntax_problem(rapidjson::ParseErrorCode code, std::string_view at) {
    const auto starts = [at](std::string_view word) { return at.substr(0, word.size()) == word; };
    switch (code) {
        case rapidjson::kParseErrorDocumentRootNotSingular: return Message(MessageId::JsonMoreAfterPlan);
        case rapidjson::kParseErrorNumberTooBig: return Message(MessageId::JsonNumberTooLarge);
        case rapidjson::kParseErrorValueInvalid:
            if (starts("NaN") || starts("Infinity") || starts("-Infinity") || starts("-Inf") || starts("Inf"))
                return Message(MessageId::JsonNotFiniteNumber);
            return Message(MessageId::JsonInvalidValue);
        case rapidjson::kParseErrorObjectMissName: return Message(MessageId::JsonMissingName);
        case rapidjson::kParseErrorObjectMissColon: return Message(MessageId::JsonMissingColon);
        case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket: return Message(MessageId::JsonMissingCommaOrBrace);
        case rapidjson::kParseErrorArrayMissCommaOrSquareBracket: return Message(MessageId::JsonMissingCommaOrBracket);
        case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex: return Message(MessageId::JsonBadUnicodeEscape);
        case rapidjson::kParseErrorStringUnicodeSurrogateInvalid: return Message(MessageId::JsonBadSurrogate);
        case rapidjson::kParseErrorStringEscapeInvalid: return Message(MessageId::JsonBadEscape);
        case rapidjson::kParseErrorStringMissQuotationMark: return Message(MessageId::JsonMissingQuote);
        case rapidjson::kParseErrorNumberMissFraction: return Message(MessageId::JsonNumberMissingFraction);
        case rapidjson::kParseErrorNumberMissExponent: return Message(MessageId::JsonNumberMissingExponent);
        default: break;
    }
    return Message(MessageId::JsonSyntaxError);
}

}  // namespace

GateResult parse_json_strictly(std::string_view text, rapidjson::Document& doc, const JsonLimits& limits) {
    if (text.size() > limits.max_bytes)
        return fail(Message(MessageId::FileTooLarge).bytes("size", size_of(text.size())).bytes("max", size_of(limits.max_bytes)));
    if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
    if (trimmed(text).empty()) return fail(Message(MessageId::FileEmpty));
    if (looks_binary(text)) return fail(Message(MessageId::FileNotText));

    // Iterative parsing: deep nesting costs heap memory (bounded by the size limit) instead of
    // overflowing the stack. Validating the encoding rejects bytes that are not UTF-8.
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
    doc.Parse<kFlags>(text.data(), text.size());
    if (doc.HasParseError()) {
        const std::size_t offset = doc.GetErrorOffset();
        const auto [line, column] = line_and_column(text, offset);
        // An error with nothing but white space after it means the text stopped mid-way.
        if (offset >= text.size() || trimmed(text.substr(offset)).empty())
            return fail(Message(MessageId::FileEndsEarly).integer("line", line).integer("column", column), line, column);
        if (doc.GetParseError() == rapidjson::kParseErrorStringInvalidEncoding)
            return fail(Message(MessageId::FileNotUtf8).integer("line", line).integer("column", column), line, column);
        return fail(Message(MessageId::FileNotJson)
                        .integer("line", line)
                        .integer("column", column)
                        .nested("problem", syntax_problem(doc.GetParseError(), text.substr(offset))),
                    line, column);
    }
    return check_limits(doc, limits);
}

}  // namespace roster::storage
