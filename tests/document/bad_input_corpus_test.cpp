// The bad-input corpus: the 26 cases of the bad-input catalogue (docs/FILE-FORMAT.md), each as
// a file in tests/data/bad/ (or built here when too large to keep in the repository), opened the way the
// workspace opens any file, paste or link (receive_plan), over a plan with unsaved work. Each
// must be refused with its own message, naming the file, with the open plan untouched; the
// few the catalogue says to accept must open. The same cases run natively and in WebAssembly
// under Node (tests/CMakeLists.txt), and seed the load-path fuzzer.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "document/document.h"
#include "document/plan_exchange.h"
#include "document/plan_slots.h"
#include "storage/plan_file.h"
#include "support/builders.h"
#include "support/fake_store.h"
#include "support/messages.h"

using namespace roster;
namespace fs = std::filesystem;

namespace {

const fs::path kBad = fs::path(ROSTER_TEST_DATA) / "bad";

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The planner's open plan: work that exists nowhere else (never downloaded).
Plan work_in_progress() {
    Plan plan;
    plan.name = "Work in progress";
    plan.creators = {test::creator(1, "Ana", Platform::TikTok, 25'000, 300.0, 2),
                     test::creator(2, "Bo", Platform::Instagram, 140'000, 1'200.0, 1)};
    return plan;
}

struct BadFile {
    int case_number;        // row of the catalogue (docs/FILE-FORMAT.md)
    const char* file;       // in tests/data/bad/
    const char* message;    // what the planner reads (a fragment of it)
};

// Every file of tests/data/bad/ has a row here (checked below), so a new file needs its message.
const std::vector<BadFile> kBadFiles = {
    {1, "01-empty.roster.json", "The file is empty."},
    {1, "01-blank.roster.json", "The file is empty."},
    {2, "02-truncated.roster.json", "The file ends too early (line 64, column 28); it may have been cut off in transfer."},
    {3, "03-trailing-garbage.roster.json", "at line 190, column 1: there is more after the end of the plan"},
    {5, "05-not-utf8.roster.json", "bytes that are not UTF-8 text at line 134, column 25. Save it as UTF-8"},
    {6, "06-nul-in-name.roster.json", "a text with a NUL character"},
    {7, "07-wrong-type-text-for-number.roster.json", "plan.creators[0].followers should be a whole number, but it is text."},
    {7, "07-wrong-type-object-for-list.roster.json", "plan.environment.likes_hidden should be a list, but it is a group of fields."},
    {7, "07-wrong-type-fraction-for-whole.roster.json", "plan.creators[0].followers should be a whole number, but it is a number with decimals."},
    {8, "08-nan.roster.json", "line 64, column 22: NaN and Infinity are not numbers JSON allows"},
    {8, "08-infinity.roster.json", "line 64, column 23: NaN and Infinity are not numbers JSON allows"},
    {9, "09-overflow.roster.json", "line 64, column 22: this number is too large for any figure in a plan."},
    {10, "10-too-large-for-field.roster.json", "Creator “Léa \"Lou\" Martin”: Followers cannot exceed 2,000,000,000."},
    {11, "11-negative.roster.json", "Creator “Léa \"Lou\" Martin”: Followers must be at least 1."},
    {12, "12-absurd-share.roster.json", "The share of real, active followers must be between 0% and 100% (it is 181%)."},
    {13, "13-duplicate-key.roster.json", "The field \"format\" appears twice in the same object"},
    {14, "14-duplicate-creator-id.roster.json", "Two creators share the id 1."},
    {14, "14-overlap-with-unknown-creator.roster.json", "An overlap refers to creator #99, who is not in the plan."},
    {15, "15-newer-format.roster.json", "made by a newer version of Roster (file format 999; this version reads up to 4)"},
    {15, "newer-format.roster.json", "made by a newer version of Roster (file format 99; this version reads up to 4)"},
    {18, "18-other-app.roster.json", "This is not a Roster plan file."},
    {19, "19-root-list.roster.json", "This is not a Roster plan file."},
    {19, "19-root-number.roster.json", "This is not a Roster plan file."},
    {20, "20-deep-nesting.roster.json", "nested more than 32 levels deep"},
    {22, "22-huge-name.roster.json", "a text of 20 KB; texts in a plan file are at most 10 KB."},
    {23, "23-full-precision-edge.roster.json", "line 64, column 22: this number is too large for any figure in a plan."},
    {25, "25-png.roster.json", "This file is not text, so it cannot be a Roster plan."},
    {25, "25-zip.roster.json", "This file is not text, so it cannot be a Roster plan."},
    {0, "overlap-above-100-percent.roster.json", "is 120% of “Léa \"Lou\" Martin”'s followers, above 100%."},
};

// Where a file came from, as receive_plan is told.
Message file(const std::string& name) { return Message(MessageId::SourceFile).text("file", name); }

// Opens `text` as the workspace does, over the work in progress, and checks that it was refused
// with `message`, naming the file it came from, and that the open plan did not change.
void refused_and_untouched(const std::string& text, const std::string& file_name, const std::string& message) {
    Document document(work_in_progress());
    const std::string before = storage::save_plan(document.plan());
    const std::uint64_t revision = document.revision();

    IncomingPlan incoming = receive_plan(text, file(file_name), document.plan(), Plan{});
    if (incoming.verdict != IncomingPlan::Verdict::Refused)
        document.replace(std::move(incoming.plan), Message(MessageId::EditOpenPlanFile));

    CHECK(incoming.verdict == IncomingPlan::Verdict::Refused);
    const std::string said = test::english(incoming.message);
    const std::string source = "the file “" + file_name + "”";
    CHECK_MESSAGE(said.find(message) != std::string::npos, "message was: " << said);
    CHECK_MESSAGE(said.find(source) != std::string::npos, "message was: " << said);
    CHECK(storage::save_plan(document.plan()) == before);
    CHECK(document.revision() == revision);
    CHECK_FALSE(document.can_undo());
}

std::string golden_format_3() { return read_bytes(fs::path(ROSTER_TEST_DATA) / "plan-format-3.roster.json"); }

}  // namespace

TEST_CASE("Every file of the bad-input corpus is refused with its own message, and the open plan stays as it was") {
    for (const BadFile& bad : kBadFiles) {
        CAPTURE(bad.file);
        const fs::path path = kBad / bad.file;
        REQUIRE(fs::exists(path));
        refused_and_untouched(read_bytes(path), bad.file, bad.message);
    }
}

TEST_CASE("The corpus covers every case of the catalogue, and every corpus file has its expected message") {
    std::set<std::string> listed;
    std::set<int> cases;
    for (const BadFile& bad : kBadFiles) {
        listed.insert(bad.file);
        cases.insert(bad.case_number);
    }
    for (const auto& entry : fs::directory_iterator(kBad)) {
        CAPTURE(entry.path().filename().string());
        CHECK(listed.count(entry.path().filename().string()) == 1);
    }
    // The rows not refused from a file are the ones below: accepted (4, 16, 17), too large to keep
    // as a file (21), about several files (24) or about the browser's storage (26).
    for (const int accepted_or_elsewhere : {4, 16, 17, 21, 24, 26}) cases.insert(accepted_or_elsewhere);
    for (int row = 1; row <= 26; ++row) {
        CAPTURE(row);
        CHECK(cases.count(row) == 1);
    }
}

TEST_CASE("Case 4: a plan file that starts with a byte-order mark opens") {
    const IncomingPlan in = receive_plan("\xEF\xBB\xBF" + golden_format_3(), file("bom.roster.json"), Plan{}, Plan{});
    CHECK_MESSAGE(in.verdict == IncomingPlan::Verdict::Replace, test::english(in.message));
    CHECK(in.plan.name == "Rentrée 2026 — micro-heavy");
}

TEST_CASE("Case 16: a file in an older format opens, updated, and says so") {
    const std::string older = read_bytes(fs::path(ROSTER_TEST_DATA) / "plan-format-1.roster.json");
    const IncomingPlan in = receive_plan(older, file("old.roster.json"), Plan{}, Plan{});
    REQUIRE_MESSAGE(in.verdict == IncomingPlan::Verdict::Replace, test::english(in.message));
    CHECK(test::english(in.opened).find("“old.roster.json”") != std::string::npos);
    REQUIRE(in.notes.size() == 1);
    CHECK_MESSAGE(test::english(in.notes[0]).find("updated") != std::string::npos, test::english(in.notes[0]));
}

TEST_CASE("Case 17: fields this version does not know are named when the plan opens, never dropped silently") {
    std::string text = golden_format_3();
    const std::string anchor = "\"name\": \"Rentrée 2026 — micro-heavy\",";
    REQUIRE(text.find(anchor) != std::string::npos);
    text.insert(text.find(anchor) + anchor.size(), "\n    \"moodboard\": \"sunny\",");
    const IncomingPlan in = receive_plan(text, file("newer-field.roster.json"), Plan{}, Plan{});
    REQUIRE_MESSAGE(in.verdict == IncomingPlan::Verdict::Replace, test::english(in.message));
    bool named = false;
    for (const Message& note : in.notes) named = named || test::english(note).find("plan.moodboard") != std::string::npos;
    CHECK(named);
}

TEST_CASE("Case 21: a list too long to be a plan, and a file too large, are refused before they are read") {
    std::string text = golden_format_3();
    const std::string anchor = "\"likes_hidden\": [";
    std::string many;
    for (int i = 0; i < 100'001; ++i) many += i ? ",\"x\"" : "\"x\"";
    text.insert(text.find(anchor) + anchor.size(), many + ",");
    refused_and_untouched(text, "long.roster.json", "lists in a plan file hold at most 100,000");
    refused_and_untouched(std::string(kMaxPlanFileBytes + 1, ' '), "huge.roster.json",
                          "it is larger than 64.0 MB, far more than any plan.");
}

TEST_CASE("Case 24: a second file arriving while the planner is asked about the first asks about itself") {
    // The workspace keeps one pending file: the latest asked about. Each arrival is judged alone,
    // against the open plan, so neither replaces the work without a yes.
    const Plan open = work_in_progress();
    const IncomingPlan first = receive_plan(golden_format_3(), file("a.roster.json"), open, Plan{});
    const IncomingPlan second = receive_plan(golden_format_3(), file("b.roster.json"), open, Plan{});
    CHECK(first.verdict == IncomingPlan::Verdict::Confirm);
    CHECK(second.verdict == IncomingPlan::Verdict::Confirm);
    CHECK(test::english(second.message).find("b.roster.json") != std::string::npos);
}

TEST_CASE("Case 26: a garbled save in the browser's storage is kept aside and offered, never written over") {
    test::FakeStore store;
    store.data[kSlotPointerKey] = "roster-slots 1 a 3 tab9";
    const std::string garbled = golden_format_3().substr(0, 900) + "\xFF\xFE";  // a torn write
    store.data[kSlotKeyA] = garbled;
    PlanSlots slots(store, "tab1");
    const PlanSlots::Restored restored = slots.restore();
    CHECK_FALSE(restored.plan);
    REQUIRE(restored.unreadable);
    CHECK(*restored.unreadable == garbled);
    CHECK(store.data.at(kUnreadableKey) == garbled);
    REQUIRE(restored.message.has_value());
    CHECK(restored.message->id == MessageId::SavedPlanUnreadableKeptAside);
    REQUIRE(slots.save(storage::save_plan(work_in_progress())) == PlanSlots::Saved::Ok);
    CHECK(store.data.at(kUnreadableKey) == garbled);
}
