// The first gate every plan text passes, whatever route it came by: strict JSON syntax with
// the line and column of an error, and limits on size, depth, counts and lengths so that a
// hostile file cannot exhaust memory or the stack. Internal to the storage layer.
#pragma once

#include "rapidjson_config.h"

#include <rapidjson/document.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "engine/message.h"

namespace roster::storage {

struct JsonLimits {
    std::size_t max_bytes = 64u * 1024u * 1024u;
    int max_depth = 32;
    std::size_t max_string_bytes = 10'000;
    std::size_t max_array_items = 100'000;
    std::size_t max_object_members = 1'000;
};

struct GateResult {
    bool ok = false;
    Message message;      // why the text was refused; meaningful only when not ok
    int line = 0;         // 1-based position of a syntax error, 0 when not applicable
    int column = 0;
};

// Parses `text` (a UTF-8 BOM is skipped) into `doc` and checks it against `limits`.
GateResult parse_json_strictly(std::string_view text, rapidjson::Document& doc,
                               const JsonLimits& limits = {});

}  // namespace roster::storage
