// Checks that a parsed plan document has the shape of a file format, field by field, so that a
// wrong type is reported with its place in the file ("plan.creators[2].followers should be a
// whole number, but it is text") before cereal binds it. The shapes are declared as data, one
// per format version. Internal to the storage layer.
#pragma once

#include "rapidjson_config.h"

#include <rapidjson/document.h>

#include <cstdint>
#include <string>
#include <vector>

#include "engine/message.h"

namespace roster::storage {

struct SchemaResult {
    bool ok = false;
    Message message;                   // the first problem
    std::vector<std::string> ignored;  // paths of fields this version does not know
};

// `plan` is the value under the envelope's "plan" key, in file format `format`
// (1 up to kFormatVersion). Adds the cereal class versions cereal needs where a file lacks
// them (a migrated or hand-written file), which is why the plan is not const.
SchemaResult check_plan_shape(rapidjson::Value& plan, rapidjson::Document::AllocatorType& allocator,
                              std::int32_t format);

}  // namespace roster::storage
