// cereal binding of the plan (the only place that knows field names of the format).
// Internal to the storage layer.
#pragma once

#include <string>

#include "engine/plan.h"

namespace roster::storage {

// Writes the envelope and the plan.
std::string write_plan_json(const Plan& plan);

// Reads the "plan" member of a document that already passed the gate and the shape check.
Plan read_plan_json(const std::string& text);

}  // namespace roster::storage
