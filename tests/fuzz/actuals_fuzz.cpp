// libFuzzer harness for analytics exports (docs/ACTUALS.md; tools/test.sh runs it for a bounded
// time under AddressSanitizer and UndefinedBehaviorSanitizer, seeded with tests/data/actuals).
// Any bytes may be given to `roster actuals` or dropped on the app as an export; whatever they are:
//   - reading gives rows within the sheet's limits, or refuses with a message;
//   - every matched row names a creator of the plan and a post it planned, and the import
//     applies as one edit whose plan passes the engine's checks;
//   - the forecast against the actuals of the result has finite numbers only.
// A crash's input goes to tests/data/actuals/ once fixed.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "document/actuals_import.h"
#include "document/commands.h"
#include "engine/forecast_check.h"
#include "engine/validation.h"

namespace {

using namespace roster;

// One creator on each provider's platform, and a second Instagram one sharing nothing.
Plan base_plan() {
    Plan plan;
    const auto add = [&](CreatorId id, const char* name, const char* handle, Platform p, Format f, int posts) {
        Creator c;
        c.id = id;
        c.name = name;
        c.handle = handle;
        c.platform = p;
        c.followers = 50'000;
        c.deliverables.push_back({f, posts, 50'000});
        plan.creators.push_back(c);
    };
    add(1, "Léa Lou", "@lea.lou", Platform::Instagram, Format::Short, 2);
    add(2, "Cleo", "@cleo", Platform::Instagram, Format::FeedPost, 1);
    add(3, "Ben Arcade", "@ben.arcade", Platform::TikTok, Format::Short, 3);
    add(4, "Studio Nord", "@studionord", Platform::YouTube, Format::LongVideo, 1);
    return plan;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Plan plan = base_plan();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const ActualsPreview preview = preview_actuals(bytes, plan);
    if (!preview.ok) return 0;
    for (const ActualsRow& row : preview.rows) {
        if (row.outcome != ActualsRowOutcome::Matched) continue;
        const Creator* c = find_creator(plan, row.actual.creator);
        if (!c) std::abort();
        std::int32_t planned = 0;
        for (const Deliverable& d : c->deliverables)
            if (d.format == row.actual.format) planned += d.count;
        if (row.actual.post < 1 || row.actual.post > planned) std::abort();
    }
    Plan result = plan;
    if (!preview.nothing_to_import()) {
        if (!roster::apply(result, preview.command()).ok) std::abort();
        if (!validate(result).empty()) std::abort();
    }
    for (const CheckRow& row : check_forecast(result).rows)
        for (const CheckCell& cell : row.figures)
            if (!std::isfinite(cell.actual) || !std::isfinite(cell.ratio)) std::abort();
    return 0;
}
