// The plan's cost against its budget cap, said wherever cost is shown (results, roster,
// comparison, presentation, command line), so a plan over its cap never goes unnoticed.
#pragma once

#include <optional>
#include <string>

#include "engine/message.h"
#include "engine/projection.h"

namespace roster::present {

struct BudgetNote {
    Message message;    // "Budget: €1,340.00 left of €50,000.00." / "Budget: over the cap of … by …."
    bool over = false;  // the cost is above the cap: shown as a warning
};

// Nothing when the plan sets no cap.
std::optional<BudgetNote> budget_note(const Projection& projection, const std::string& currency);

}  // namespace roster::present
