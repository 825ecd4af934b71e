// Checks that a parsed plan document has the shape of the current file format, field by field,
// so that a wrong type is reported with its place in the file ("creators[2].followers should
// be a whole number, but it is text") before cereal binds it. Internal to the storage layer.
#pragma once

#include "rapidjson_config.h"

#include <rapidjson/document.h>

#include <string>
#include <vector>

namespace roster::storage {

struct SchemaResult {
    bool ok = false;
    std::string message;               // first problem, in the planner's words
    std::vector<std::string> ignored;  // paths of fields this version does not know
};

// `plan` is the value under the envelope's "plan" key.
SchemaResult check_plan_shape(const rapidjson::Value& plan);

}  // namespace roster::storage
