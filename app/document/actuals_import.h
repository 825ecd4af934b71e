// Actuals from an analytics export (docs/ACTUALS.md): the rows of storage/actuals_export.h
// matched to the plan's creators by handle or post address, each given a post of one of the
// creator's deliverable lines, with a preview as for the roster import: every row matched (to
// whom and which post), not matched, ambiguous or refused, with its reason. Nothing here changes
// the plan; ActualsPreview::command() is the one edit (SetActuals, one undo step) that
// confirming applies.
//
// Matching, in order: a post address the plan already holds (typed in the creator panel or
// imported before) names its post; else the row's account, or the handle in the post's address
// (tiktok.com/@handle/...), names the creator with that handle on the export's platform; else,
// for the exports of one account that name none (YouTube Studio, TikTok Studio), the plan's only
// creator on that platform. The post is the first of the creator's posts of that format with no
// actuals yet.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commands.h"
#include "engine/message.h"
#include "engine/plan.h"
#include "storage/actuals_export.h"

namespace roster {

enum class ActualsRowOutcome : std::uint8_t { Matched, Unmatched, Ambiguous, Refused };

struct ActualsRow {
    std::size_t row = 0;  // as the file numbers it
    ActualsRowOutcome outcome = ActualsRowOutcome::Unmatched;
    Actual actual;        // Matched: what the plan gets for that post
    Message message;      // "Row 4: “Léa”, Reel 2." or the reason it is not used
};

struct ActualsPreview {
    bool ok = false;
    Message problem;  // why the file cannot be read as an analytics export; when not ok
    storage::ExportProvider provider = storage::ExportProvider::Instagram;
    storage::ExportLanguage language = storage::ExportLanguage::English;
    std::vector<ActualsRow> rows;  // every row with something in it, in file order
    std::vector<Message> notes;    // dates that could not be read (the row is used without one)
    std::optional<std::size_t> total_row;

    std::size_t count(ActualsRowOutcome outcome) const;
    bool nothing_to_import() const { return count(ActualsRowOutcome::Matched) == 0; }
    // "Read a TikTok Studio export (French headers), 12 rows." (ActualsExportRead)
    Message summary() const;
    // "9 posts matched, 2 rows not matched, 1 row refused." (ActualsImportCounts)
    Message counts() const;
    // The edit confirming applies: SetActuals with every matched row.
    Command command() const;
};

ActualsPreview preview_actuals(std::string_view bytes, const Plan& plan,
                               const storage::SheetReadOptions& options = {});

}  // namespace roster
