#include "json_gate.h"

#include <rapidjson/error/en.h>

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

GateResult fail(std::string message, int line = 0, int column = 0) {
    return {false, std::move(message), line, column};
}

std::string where(int line, int column) {
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Walks the parsed document without recursion: depth, counts, lengths and duplicate keys.
GateResult check_limits(const rapidjson::Value& root, const JsonLimits& limits) {
    struct Item { const rapidjson::Value* value; int depth; };
    std::vector<Item> stack{{&root, 1}};
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        const rapidjson::Value& v = *item.value;
        if (item.depth > limits.max_depth)
            return fail("The file is nested more than " + std::to_string(limits.max_depth) +
                        " levels deep; a plan file never is.");
        if (v.IsString()) {
            if (v.GetStringLength() > limits.max_string_bytes)
                return fail("The file holds a text of " + human_size(v.GetStringLength()) +
                            "; texts in a plan file are at most " + human_size(limits.max_string_bytes) + ".");
            // A NUL (\u0000) would silently cut the text short when read: refuse it instead.
            if (std::string_view(v.GetString(), v.GetStringLength()).find('\0') != std::string_view::npos)
                return fail("The file holds a text with a NUL character, which is not text a plan can contain.");
        }
        if (v.IsArray()) {
            if (v.Size() > limits.max_array_items)
                return fail("The file holds a list of " + std::to_string(v.Size()) +
                            " items; lists in a plan file hold at most " +
                            std::to_string(limits.max_array_items) + ".");
            for (const auto& e : v.GetArray()) stack.push_back({&e, item.depth + 1});
        } else if (v.IsObject()) {
            if (v.MemberCount() > limits.max_object_members)
                return fail("The file holds an object with too many fields.");
            std::set<std::string_view> keys;
            for (const auto& m : v.GetObject()) {
                const std::string_view key(m.name.GetString(), m.name.GetStringLength());
                if (key.size() > limits.max_string_bytes)
                    return fail("The file holds a field name that is too long.");
                if (!keys.insert(key).second)
                    return fail("The field \"" + std::string(key) +
                                "\" appears twice in the same object; which one is meant is unclear.");
                stack.push_back({&m.value, item.depth + 1});
            }
        }
    }
    return {true, {}, 0, 0};
}

}  // namespace

std::string human_size(std::size_t bytes) {
    char buf[32];
    if (bytes >= 1024u * 1024u) std::snprintf(buf, sizeof buf, "%.1f MB", bytes / (1024.0 * 1024.0));
    else if (bytes >= 1024u) std::snprintf(buf, sizeof buf, "%.0f KB", bytes / 1024.0);
    else std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
    return buf;
}

namespace {

// RapidJSON's description of a syntax error, in the planner's words for the errors a plan file
// meets in practice (a second document pasted after the first, numbers other tools write).
std::string syntax_problem(rapidjson::ParseErrorCode code, std::string_view at) {
    const auto starts = [at](std::string_view word) { return at.substr(0, word.size()) == word; };
    switch (code) {
        case rapidjson::kParseErrorDocumentRootNotSingular:
            return "there is more after the end of the plan; a plan file holds one plan and nothing after it.";
        case rapidjson::kParseErrorNumberTooBig:
            return "this number is too large for any figure in a plan.";
        case rapidjson::kParseErrorValueInvalid:
            if (starts("NaN") || starts("Infinity") || starts("-Infinity") || starts("-Inf") || starts("Inf"))
                return "NaN and Infinity are not numbers JSON allows; a plan's figures are finite numbers.";
            break;
        default: break;
    }
    return rapidjson::GetParseError_En(code);
}

}  // namespace

GateResult parse_json_strictly(std::string_view text, rapidjson::Document& doc, const JsonLimits& limits) {
    if (text.size() > limits.max_bytes)
        return fail("The file is " + human_size(text.size()) + "; plan files are at most " +
                    human_size(limits.max_bytes) + ".");
    if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
    if (trimmed(text).empty()) return fail("The file is empty.");
    if (looks_binary(text)) return fail("This file is not text, so it cannot be a Roster plan.");

    // Iterative parsing: deep nesting costs heap memory (bounded by the size limit) instead of
    // overflowing the stack. Validating the encoding rejects bytes that are not UTF-8.
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
    doc.Parse<kFlags>(text.data(), text.size());
    if (doc.HasParseError()) {
        const std::size_t offset = doc.GetErrorOffset();
        const auto [line, column] = line_and_column(text, offset);
        // An error with nothing but white space after it means the text stopped mid-way.
        if (offset >= text.size() || trimmed(text.substr(offset)).empty())
            return fail("The file ends too early (" + where(line, column) +
                            "); it may have been cut off in transfer.",
                        line, column);
        if (doc.GetParseError() == rapidjson::kParseErrorStringInvalidEncoding)
            return fail("The file has bytes that are not UTF-8 text at " + where(line, column) +
                            ". Save it as UTF-8 and try again.",
                        line, column);
        return fail("The file is not valid JSON at " + where(line, column) + ": " +
                        syntax_problem(doc.GetParseError(), text.substr(offset)),
                    line, column);
    }
    return check_limits(doc, limits);
}

}  // namespace roster::storage
