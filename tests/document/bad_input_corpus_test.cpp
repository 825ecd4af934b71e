// The bad-input catalogue of docs/FILE-FORMAT.md as the workspace meets it: every case of the
// shared list (support/bad_inputs.h: the files of tests/data/bad/ and the inputs too large to
// keep), opened the way the workspace opens any file, paste or link (receive_plan), over a plan
// with unsaved work. Each must be refused with its own message, naming the file, with the open
// plan untouched; the rows the catalogue says to open must open. The same cases run natively
// and in WebAssembly under Node (tests/CMakeLists.txt), and seed the load-path fuzzer.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>

#include "document/document.h"
#include "document/plan_exchange.h"
#include "document/plan_slots.h"
#include "storage/plan_file.h"
#include "support/bad_inputs.h"
#include "support/builders.h"
#include "support/fake_store.h"
#include "support/files.h"
#include "support/messages.h"

using namespace roster;
namespace fs = std::filesystem;

namespace {

// The planner's open plan: work that exists nowhere else (never downloaded).
Plan work_in_progress() {
    Plan plan;
    plan.name = "Work in progress";
    plan.creators = {test::creator(1, "Ana", Platform::TikTok, 25'000, 300.0, 2),
                     test::creator(2, "Bo", Platform::Instagram, 140'000, 1'200.0, 1)};
    return plan;
}

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

std::string golden_format_3() { return test::read_bytes(test::test_data("plan-format-3.roster.json")); }

}  // namespace

TEST_CASE("Every broken plan file is refused with its own message, naming the file, and the open plan stays as it was") {
    for (const test::BadInput& bad : test::bad_inputs()) {
        CAPTURE(bad.name);
        refused_and_untouched(bad.bytes(), bad.name, bad.opened_message());
    }
}

TEST_CASE("Every row of the catalogue is tested, and every file of tests/data/bad/ says what the planner reads") {
    std::set<std::string> listed;
    std::set<int> rows;
    for (const test::BadInput& bad : test::bad_inputs()) {
        if (bad.is_file()) listed.insert(bad.name);
        rows.insert(bad.row);
    }
    for (const auto& entry : fs::directory_iterator(test::test_data("bad"))) {
        CAPTURE(entry.path().filename().string());
        CHECK(listed.count(entry.path().filename().string()) == 1);
    }
    for (const std::string& file : listed) {
        CAPTURE(file);
        CHECK(fs::exists(test::test_data("bad/" + file)));
    }
    // The rows that are not a refused input each have a test case below.
    for (const int row : test::catalogue_rows_not_refused()) rows.insert(row);
    for (int row = 1; row <= 26; ++row) {
        CAPTURE(row);
        CHECK(rows.count(row) == 1);
    }
}

TEST_CASE("A plan file that starts with a byte-order mark, as Windows editors write it, opens") {
    const IncomingPlan in = receive_plan("\xEF\xBB\xBF" + golden_format_3(), file("bom.roster.json"), Plan{}, Plan{});
    CHECK_MESSAGE(in.verdict == IncomingPlan::Verdict::Replace, test::english(in.message));
    CHECK(in.plan.name == "Rentrée 2026 — micro-heavy");
}

TEST_CASE("A plan file from an older Roster opens, updated, and the planner is told so") {
    const std::string older = test::read_bytes(test::test_data("plan-format-1.roster.json"));
    const IncomingPlan in = receive_plan(older, file("old.roster.json"), Plan{}, Plan{});
    REQUIRE_MESSAGE(in.verdict == IncomingPlan::Verdict::Replace, test::english(in.message));
    CHECK(test::english(in.opened).find("“old.roster.json”") != std::string::npos);
    REQUIRE(in.notes.size() == 1);
    CHECK_MESSAGE(test::english(in.notes[0]).find("updated") != std::string::npos, test::english(in.notes[0]));
}

TEST_CASE("Fields this version does not know are named when the plan opens, never dropped silently") {
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

TEST_CASE("A second file arriving while the planner is asked about the first asks about itself") {
    // The workspace keeps one pending file: the latest asked about. Each arrival is judged alone,
    // against the open plan, so neither replaces the work without a yes.
    const Plan open = work_in_progress();
    const IncomingPlan first = receive_plan(golden_format_3(), file("a.roster.json"), open, Plan{});
    const IncomingPlan second = receive_plan(golden_format_3(), file("b.roster.json"), open, Plan{});
    CHECK(first.verdict == IncomingPlan::Verdict::Confirm);
    CHECK(second.verdict == IncomingPlan::Verdict::Confirm);
    CHECK(test::english(second.message).find("b.roster.json") != std::string::npos);
}

TEST_CASE("A garbled save in the browser's storage is kept aside and offered, never written over") {
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
