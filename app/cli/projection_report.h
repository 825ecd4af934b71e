// The projection as text for the command line: an aligned table or JSON for scripts.
#pragma once

#include <string>

#include "engine/plan.h"
#include "engine/projection.h"

namespace roster::cli {

std::string projection_table(const Plan& plan, const Projection& projection);
std::string projection_json(const Plan& plan, const Projection& projection);

}  // namespace roster::cli
