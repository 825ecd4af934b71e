// A row of overlaps as planners paste it from an audience tool or a spreadsheet: for one
// creator, the share of their followers who also follow each of the others. Either named
// ("Ben 12%, @cleo 8%", one per line or separated by commas or semicolons) or a row of numbers
// in roster order (tab- or space-separated, as a spreadsheet row copies; the creator's own cell
// may be included and is skipped). Pure, tested natively; the plan's validation still judges
// the figures (a share that would exceed the other creator's audience).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/message.h"
#include "engine/plan.h"

namespace roster::present {

struct OverlapRowEntry {
    CreatorId other = 0;
    Ppm share = 0;  // of the row creator's followers
};

struct ParsedOverlapRow {
    std::vector<OverlapRowEntry> entries;
    std::optional<Message> problem;  // none when the text was understood
};

ParsedOverlapRow parse_overlap_row(std::string_view text, const Plan& plan, CreatorId of);

}  // namespace roster::present
