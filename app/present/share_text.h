// Audience shares as a planner types or pastes them from an audience tool: "FR 62%, BE 18%,
// CH 9%" or one per line ("fitness 40" / "cooking: 25 %"). Pure, tested natively; the plan's
// validation still judges the result (country codes, totals).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/message.h"
#include "engine/plan.h"

namespace roster::present {

struct ParsedShares {
    std::vector<Share> shares;
    std::optional<Message> problem;  // none when the text was understood
};

// `uppercase_keys`: country codes are written in capitals whatever was typed.
ParsedShares parse_shares(std::string_view text, bool uppercase_keys);

// The reverse, in the same form: "FR 62%, BE 18%".
std::string shares_text(const std::vector<Share>& shares);

}  // namespace roster::present
