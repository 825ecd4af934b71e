// libFuzzer harness for the one load path (tools/test.sh runs it for a bounded time under
// AddressSanitizer and UndefinedBehaviorSanitizer). Any byte string may come in by a file, a
// drop, a paste, a link or the browser's storage; whatever it is, loading must not crash, and a
// plan that loads must save and load back to the same plan and the same bytes, and project to
// finite numbers. A crash's input goes to tests/data/fuzz-regressions/, where the unit tests
// (natively and under WebAssembly) load it again.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/projection.h"
#include "storage/plan_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace roster;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const storage::LoadResult loaded = storage::load_plan(text);
    if (!loaded.ok) return 0;
    const std::string saved = storage::save_plan(loaded.plan);
    const storage::LoadResult again = storage::load_plan(saved);
    if (!again.ok || !(again.plan == loaded.plan) || storage::save_plan(again.plan) != saved) __builtin_trap();
    // Small plans only: the projection is quadratic in the roster and the fuzzer wants speed.
    if (loaded.plan.creators.size() <= 20) {
        const Projection p = project(loaded.plan);
        const Outcome& t = p.total;
        for (double v : {t.cost(), t.impressions, t.views, t.reach, t.engagements, t.clicks, t.revenue, t.emv,
                         p.ratios.roi, p.ratios.cpm, p.audience.net_reach})
            if (!std::isfinite(v)) __builtin_trap();
    }
    return 0;
}
