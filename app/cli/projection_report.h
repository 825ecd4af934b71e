// The projection as text for the command line: aligned tables or JSON for scripts.
#pragma once

#include <optional>
#include <string>

#include "engine/plan.h"
#include "engine/projection.h"
#include "engine/sensitivity.h"
#include "engine/simulation.h"

namespace roster::cli {

struct Report {
    const Plan& plan;
    const Projection& projection;
    const std::optional<SimulationResult>& ranges;  // absent with --draws 0
    const Sensitivity& sensitivity;
};

std::string projection_table(const Report& report);
std::string projection_json(const Report& report);

// The assumption catalogue as a Markdown table (docs/ASSUMPTIONS.md is this output).
std::string assumptions_markdown();

}  // namespace roster::cli
