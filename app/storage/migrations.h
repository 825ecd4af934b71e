// Older plan files are brought to the current format one step at a time, on the parsed JSON,
// before cereal reads them: format N -> N+1 for every N, each step frozen once released (it
// writes literal values, never today's defaults) and covered by a golden file in tests/data.
// Internal to the storage layer.
#pragma once

#include "rapidjson_config.h"

#include <rapidjson/document.h>

#include <cstdint>
#include <string>
#include <vector>

#include "engine/message.h"

namespace roster::storage {

// Migrates doc["plan"] from `format` to kFormatVersion. The plan must have passed the shape
// check of its own format. Returns notes for the planner about what the migration assumed.
std::vector<Message> migrate_plan(rapidjson::Document& doc, std::int32_t format);

}  // namespace roster::storage
