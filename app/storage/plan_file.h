// Plan files: the JSON text that agencies exchange and the browser keeps. One load path for
// every route (file, drop, paste, link, browser storage, command line), so a broken or hostile
// text is refused the same way everywhere and never replaces a good plan.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/message.h"
#include "engine/plan.h"

namespace roster::storage {

inline constexpr std::string_view kAppMarker = "roster";
// Integer version of the file format, raised whenever the meaning or shape of a field changes.
inline constexpr std::int32_t kFormatVersion = 5;

struct LoadResult {
    bool ok = false;
    Plan plan;                       // the loaded plan; meaningful only when ok
    Message message;             // why it was refused; meaningful only when not ok
    int line = 0, column = 0;    // of a syntax error, when there is one
    std::vector<Message> notes;  // accepted, but worth saying (ignored fields...)
};

// Standard JSON (no NaN or Infinity), stable key order, two-space indentation.
// The plan must pass validate(); an invalid plan yields an exception, not a broken file.
std::string save_plan(const Plan& plan);

// The same file without any white space (for share links, where every character counts).
std::string save_plan_compact(const Plan& plan);

// The full pipeline: size, BOM, strict parse, limits, envelope and version, shape of that
// version, migration to the current format, cereal into a fresh plan, semantic validation.
LoadResult load_plan(std::string_view text);

}  // namespace roster::storage
