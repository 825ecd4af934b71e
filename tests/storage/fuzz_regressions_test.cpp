// Inputs that once broke, or could break, the load path (tests/data/fuzz-regressions/: what
// the fuzzer found, and hand-made edge cases of the bad-input catalogue in docs/FILE-FORMAT.md).
// Each must be refused or loaded cleanly, here and under WebAssembly, where a deep recursion
// kills the whole page.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "present/message_render.h"
#include "storage/plan_file.h"
#include "support/files.h"

TEST_CASE("Every input the fuzzer kept loads or is refused with a message, without crashing") {
    namespace fs = std::filesystem;
    const fs::path dir = roster::test::test_data("fuzz-regressions");
    std::vector<fs::path> inputs;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file()) inputs.push_back(entry.path());
    std::sort(inputs.begin(), inputs.end());
    REQUIRE(inputs.size() >= 2);
    for (const fs::path& path : inputs) {
        CAPTURE(path.filename().string());
        const roster::storage::LoadResult r = roster::storage::load_plan(roster::test::read_bytes(path));
        if (!r.ok) {
            // Refused with a message that says something in both languages, every place filled.
            CHECK_FALSE(roster::present::render(r.message, roster::present::Language::English).empty());
            CHECK(roster::present::render_problems(r.message, roster::present::Language::English).empty());
            CHECK(roster::present::render_problems(r.message, roster::present::Language::French).empty());
        }
        else CHECK(roster::storage::load_plan(roster::storage::save_plan(r.plan)).ok);
    }
}
