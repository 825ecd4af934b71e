#include <doctest/doctest.h>

#include "present/overlap_row.h"
#include "support/builders.h"
#include "support/messages.h"

using namespace roster;
using namespace roster::present;

namespace {
Plan four() {
    Plan plan = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 48'000, 650, 3),
                               test::creator(2, "Ben Ortiz", Platform::TikTok, 300'000, 2'000, 2),
                               test::creator(3, "Cleo", Platform::Instagram, 20'000, 300, 1),
                               test::creator(4, "Dev", Platform::YouTube, 90'000, 900, 1)});
    plan.creators[2].handle = "@cleo.cooks";
    return plan;
}
}  // namespace

TEST_CASE("A named row matches creators by name or handle, whatever the case or the @") {
    const auto r = parse_overlap_row("ben ortiz 12%\nCLEO.COOKS: 8,5 %", four(), 1);
    REQUIRE_FALSE(r.problem.has_value());
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].other == 2);
    CHECK(r.entries[0].share == 120'000);
    CHECK(r.entries[1].other == 3);
    CHECK(r.entries[1].share == 85'000);
}

TEST_CASE("A row of numbers copied from a spreadsheet goes to the other creators in roster order") {
    auto r = parse_overlap_row("12\t8\t3", four(), 2);
    REQUIRE_FALSE(r.problem.has_value());
    REQUIRE(r.entries.size() == 3);
    CHECK(r.entries[0].other == 1);
    CHECK(r.entries[1].other == 3);
    CHECK(r.entries[2].other == 4);
    CHECK(r.entries[2].share == 30'000);
    // The creator's own cell of a full matrix row is skipped.
    r = parse_overlap_row("12\t100\t8\t3", four(), 2);
    REQUIRE_FALSE(r.problem.has_value());
    CHECK(r.entries[1].other == 3);
    CHECK(r.entries[1].share == 80'000);
}

TEST_CASE("A row that cannot be read names the problem and gives nothing") {
    CHECK(test::english(parse_overlap_row("12\t8", four(), 1).problem) ==
          "A row of numbers needs one share for each of the other 3 creators, in roster order; it has 2.");
    auto r = parse_overlap_row("Zoe 10%", four(), 1);
    CHECK(r.entries.empty());
    CHECK(test::english(r.problem) == "No creator called “Zoe” in the plan: use a name or handle from the roster.");
    CHECK(test::english(parse_overlap_row("Ana 10%", four(), 1).problem) == "“Ana” is this creator: an overlap is with the others.");
    CHECK(test::english(parse_overlap_row("12\t180\t3", four(), 1).problem) == "The share for “Cleo” must be a percentage between 0 and 100.");
    CHECK(test::english(parse_overlap_row("Ben Ortiz", four(), 1).problem).find("needs a share") != std::string::npos);
    CHECK(parse_overlap_row("  ", four(), 1).problem == Message(MessageId::OverlapRowEmpty));
}
