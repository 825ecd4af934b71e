#include "budget.h"

#include <algorithm>

#include "engine/message_ids.h"

namespace roster::present {

std::optional<BudgetNote> budget_note(const Projection& projection, const std::string& currency) {
    if (projection.budget_cap <= 0.0) return std::nullopt;
    // Cents decide: a cost a rounding error above the cap is not over it.
    const bool over = projection.budget_left < -0.005;
    if (!over)
        return BudgetNote{Message(MessageId::BudgetLeft)
                              .money("left", std::max(0.0, projection.budget_left), currency)
                              .money("cap", projection.budget_cap, currency),
                          false};
    return BudgetNote{Message(MessageId::BudgetOver)
                          .money("cap", projection.budget_cap, currency)
                          .money("over", -projection.budget_left, currency),
                      true};
}

}  // namespace roster::present
