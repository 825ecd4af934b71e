// libFuzzer harness for spreadsheets in and out (docs/SPREADSHEETS.md; tools/test.sh runs it
// for a bounded time under AddressSanitizer and UndefinedBehaviorSanitizer, seeded with
// tests/data/sheets). Any bytes may be dropped or pasted as a sheet; whatever they are:
//   - reading respects every limit and gives UTF-8 cells, or refuses with a message;
//   - every creator the import would add or update passes the engine's checks, and the import
//     applies as one edit (the plan it applies to has room and no overlaps to break);
//   - the creators table of the result, written as CSV in English and as tab-separated text in
//     French, reads back with nothing refused and gives the same creators (their audience
//     countries aside, which the table does not carry).
// A crash's input goes to tests/data/fuzz-regressions/ once fixed.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document/commands.h"
#include "document/sheet_import.h"
#include "engine/projection.h"
#include "engine/text.h"
#include "engine/validation.h"
#include "engine/vocabulary.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/sheet_export.h"

namespace {

using namespace roster;

// Two creators the update mode can find, by handle and by name.
Plan base_plan() {
    Plan plan;
    for (const auto& [id, name, handle, platform] :
         {std::tuple{1u, "Léa Martin", "@lea.lou", Platform::Instagram}, {2u, "Ben", "", Platform::TikTok}}) {
        Creator c;
        c.id = id;
        c.name = name;
        c.handle = handle;
        c.platform = platform;
        c.followers = 10'000;
        c.deliverables.push_back({reference_format(platform), 2, 30'000});
        plan.creators.push_back(c);
    }
    return plan;
}

Creator without_countries(Creator c) {
    c.audience.countries.clear();
    return c;
}

void check_sheet(const storage::Sheet& sheet, const storage::SheetLimits& limits) {
    if (sheet.rows() > limits.max_rows || sheet.width() > limits.max_columns || sheet.total_cells() > limits.max_cells)
        __builtin_trap();
    for (std::size_t r = 0; r < sheet.rows(); ++r)
        for (std::size_t c = 0; c < sheet.cells_in(r); ++c) {
            const std::string_view cell = sheet.cell(r, c);
            if (cell.size() > limits.max_cell_bytes || !is_valid_utf8(cell)) __builtin_trap();
        }
}

// The plan's creators written as a table and read back into an empty plan give the same creators.
void round_trip(const Plan& plan, present::SheetFormat format, present::Language language) {
    const present::LanguageGuard guard(language);  // set back on return: every input starts in English
    const std::string bytes = present::write_sheet(present::creators_table(plan, project(plan)), format);
    const SheetPreview back = preview_sheet(bytes, Plan(), ImportMode::Add);
    if (!back.ok || !back.import.refused.empty() || back.import.added.size() != plan.creators.size()) __builtin_trap();
    for (std::size_t i = 0; i < plan.creators.size(); ++i) {
        Creator c = back.import.added[i];
        c.id = plan.creators[i].id;
        if (!(without_countries(c) == without_countries(plan.creators[i]))) __builtin_trap();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Plan base = base_plan();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const storage::SheetReadOptions options;
    for (const ImportMode mode : {ImportMode::Add, ImportMode::Update}) {
        const SheetPreview p = preview_sheet(bytes, base, mode, nullptr, options);
        if (!p.ok) return 0;
        check_sheet(p.sheet, options.limits);
        const SheetImport& import = p.import;
        if (import.shown.size() > kPreviewRows) __builtin_trap();
        for (const Creator& c : import.added)
            if (!check_creator(c, base.campaign).empty()) __builtin_trap();
        for (const Creator& c : import.updated)
            if (!check_creator(c, base.campaign).empty() || !find_creator(base, c.id)) __builtin_trap();
        if (import.nothing_to_import()) continue;
        Plan plan = base;
        if (!roster::apply(plan, import.command()).ok) __builtin_trap();
        // Small rosters only: the projection is quadratic and the fuzzer wants speed.
        if (plan.creators.size() > 40) continue;
        round_trip(plan, present::SheetFormat::Csv, present::Language::English);
        round_trip(plan, present::SheetFormat::Tsv, present::Language::French);
    }
    return 0;
}
