// libFuzzer harness for Excel workbooks read (docs/SPREADSHEETS.md, "Workbooks"; tools/test.sh
// runs it for a bounded time under AddressSanitizer and UndefinedBehaviorSanitizer, seeded with
// tests/data/workbooks and its hostile/ folder). Any bytes may be opened as a workbook; whatever
// they are:
//   - reading refuses with a message, or gives a sheet within every limit whose cells are text;
//   - every creator its import would add passes the engine's checks and applies as one edit.
// Limits are lowered so that the fuzzer reaches them with small inputs.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "document/commands.h"
#include "document/workbook_import.h"
#include "engine/validation.h"
#include "present/message_render.h"

namespace {

using namespace roster;

void require(bool condition) {
    if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    storage::WorkbookLimits limits;
    limits.zip.max_part_bytes = 4u * 1024u * 1024u;
    limits.zip.max_total_bytes = 8u * 1024u * 1024u;
    limits.sheet.max_rows = 2000;
    limits.sheet.max_cells = 20'000;
    limits.max_shared_strings = 5000;
    const Plan plan;
    const WorkbookPreview p = preview_workbook(bytes, "", plan, ImportMode::Add, nullptr, limits);
    if (!p.ok) {
        require(!present::render(p.problem).empty());
        return 0;
    }
    const storage::Sheet& sheet = p.preview.sheet;
    require(sheet.rows() >= 1 && sheet.rows() <= limits.sheet.max_rows);
    require(sheet.width() <= limits.sheet.max_columns);
    require(sheet.total_cells() <= limits.sheet.max_cells);
    for (const Message& note : p.notes) require(!present::render(note).empty());
    for (const Creator& c : p.preview.import.added) require(check_creator(c, plan.campaign).empty());
    if (!p.preview.import.nothing_to_import()) {
        Plan applied = plan;
        require(roster::apply(applied, p.preview.import.command()).ok);
    }
    // A second sheet by name reads or is refused the same way.
    if (p.sheet_names.size() > 1) (void)storage::read_workbook(bytes, p.sheet_names[1], limits);
    return 0;
}
