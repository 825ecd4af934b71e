// Plans in and out as files: the verdicts the workspace acts on, named as sentences.
#include <doctest/doctest.h>

#include "document/plan_exchange.h"
#include "storage/plan_file.h"
#include "support/builders.h"
#include "support/messages.h"

using namespace roster;

namespace {

Plan plan_named(const std::string& name, int creators) {
    Plan plan;
    plan.name = name;
    for (int i = 1; i <= creators; ++i)
        plan.creators.push_back(test::creator(static_cast<CreatorId>(i), "C" + std::to_string(i), Platform::TikTok,
                                              10'000 * i, 100.0, 1));
    return plan;
}

const Message kSource = Message(MessageId::SourceFile).text("file", "q3.roster.json");

}  // namespace

TEST_CASE("A plan file is named after the plan, without characters file systems refuse") {
    CHECK(plan_file_name(plan_named("Rentrée 2026 — micro-heavy", 0)) == "Rentrée 2026 — micro-heavy.roster.json");
    CHECK(plan_file_name(plan_named("Q3: TikTok/IG <draft>?", 0)) == "Q3- TikTok-IG -draft--.roster.json");
    CHECK(plan_file_name(plan_named("  ..  ", 0)) == "plan.roster.json");
    CHECK(plan_file_name(plan_named(".hidden.", 0)) == "hidden.roster.json");
    const std::string long_name = std::string(99, 'a') + "é";  // the cut would fall inside "é"
    CHECK(plan_file_name(plan_named(long_name, 0)) == std::string(99, 'a') + ".roster.json");
}

TEST_CASE("A good file replaces an empty plan at once and says what was opened") {
    const Plan incoming = plan_named("Launch", 2);
    const IncomingPlan in = receive_plan(storage::save_plan(incoming), kSource, Plan{}, Plan{});
    CHECK(in.verdict == IncomingPlan::Verdict::Replace);
    CHECK(in.plan == incoming);
    CHECK(test::english(in.opened) == "Opened “Launch” (2 creators) from the file “q3.roster.json”. Undo (Ctrl+Z) brings the "
                       "previous plan back.");
}

TEST_CASE("A good file replaces a plan that was downloaded since its last change without asking") {
    const Plan current = plan_named("Mine", 3);
    const IncomingPlan in = receive_plan(storage::save_plan(plan_named("Theirs", 1)), kSource, current, current);
    CHECK(in.verdict == IncomingPlan::Verdict::Replace);
}

TEST_CASE("Replacing a plan with work that exists nowhere else asks first") {
    const Plan current = plan_named("Mine", 3);
    const IncomingPlan in = receive_plan(storage::save_plan(plan_named("Theirs", 1)), kSource, current, Plan{});
    CHECK(in.verdict == IncomingPlan::Verdict::Confirm);
    CHECK(test::english(in.message) == "Replace “Mine” (3 creators, changed since it was last downloaded) with “Theirs” from the "
                        "file “q3.roster.json”? Undo (Ctrl+Z) brings it back.");
    CHECK(in.plan.name == "Theirs");
}

TEST_CASE("A broken file is refused with the place of the error, and the message says nothing changed") {
    const IncomingPlan in = receive_plan("{\"app\": \"roster\",\n  \"format\": 3,,", kSource, Plan{}, Plan{});
    CHECK(in.verdict == IncomingPlan::Verdict::Refused);
    const std::string message = test::english(in.message);
    CHECK(message.rfind("Could not open the file “q3.roster.json”: The file is not valid JSON at line 2, column ", 0) ==
          0);
    CHECK(message.find("Nothing was changed.") != std::string::npos);
}

TEST_CASE("A file from a newer Roster, or one too large to be a plan, is refused") {
    const IncomingPlan newer =
        receive_plan(R"({"app":"roster","format":99,"written_by":"9.0","plan":{}})", kSource, Plan{}, Plan{});
    CHECK(newer.verdict == IncomingPlan::Verdict::Refused);
    CHECK(test::english(newer.message) == "Could not open the file “q3.roster.json”: This plan was made by a newer version of Roster "
                           "(file format 99; this version reads up to 5). Open it with an up-to-date Roster. Nothing "
                           "was changed.");  // said once
    const IncomingPlan huge = receive_plan(std::string(kMaxPlanFileBytes + 1, ' '), kSource, Plan{}, Plan{});
    CHECK(huge.verdict == IncomingPlan::Verdict::Refused);
    CHECK(test::english(huge.message) == "Could not open the file “q3.roster.json”: it is larger than 64.0 MB, far more than any "
                          "plan. Nothing was changed.");
}

TEST_CASE("An older file opens with the note that it was updated") {
    const std::string v1 = R"({"app":"roster","format":1,"written_by":"0.1.0","plan":{"name":"Old","currency":"EUR",)"
                           R"("tiers":{"micro":10000,"mid":100000,"macro":500000,"mega":1000000},"creators":[]}})";
    const IncomingPlan in = receive_plan(v1, kSource, Plan{}, Plan{});
    REQUIRE(in.verdict == IncomingPlan::Verdict::Replace);
    CHECK(in.opened.id == MessageId::OpenedPlan);
    REQUIRE(in.notes.size() == 1);
    CHECK(in.notes[0].id == MessageId::MigratedFromFormat1);
    CHECK(test::english(in.notes[0]).find("older Roster (file format 1)") != std::string::npos);
}

TEST_CASE("Text pasted into a field is its first line, at most 200 bytes, never half a character") {
    CHECK(text_for_field("Léa Martin") == "Léa Martin");
    CHECK(text_for_field("{\n  \"app\": \"roster\"") == "{");
    CHECK(text_for_field("first\r\nsecond") == "first");
    const std::string long_text = std::string(199, 'a') + "é and more";
    CHECK(text_for_field(long_text) == std::string(199, 'a'));
    CHECK(text_for_field(std::string(300, 'b')).size() == 200);
}

TEST_CASE("A share link carries the compact plan file, which loads back to the same plan") {
    const Plan plan = plan_named("Launch", 3);
    const std::string compact = storage::save_plan_compact(plan);
    CHECK(compact.find('\n') == std::string::npos);
    CHECK(compact.find("  ") == std::string::npos);
    CHECK(compact.size() * 10 < storage::save_plan(plan).size() * 6);  // measured: 2,609 of 4,468 bytes
    const storage::LoadResult r = storage::load_plan(compact);
    REQUIRE(r.ok);
    CHECK(r.plan == plan);
}

TEST_CASE("What the planner reads about a share link names its length and what to do") {
    CHECK(test::english(share_link_message(ShareLinkOutcome::Copied, 1234)) ==
          "Copied a link to this plan (1,234 characters). Whoever opens it gets their own copy.");
    CHECK(test::english(share_link_message(ShareLinkOutcome::TooLong, 12345)) ==
          "This plan is too large for a link (12,345 characters; links stay under 8,000). Download the plan file "
          "from the Plan menu and send that instead.");
    CHECK(test::english(share_link_message(ShareLinkOutcome::NotCopied, 2048)) ==
          "The browser did not let Roster copy the link (2,048 characters): it is shown selected, press Ctrl+C to "
          "copy it.");
}

TEST_CASE("A .csv, .tsv or .txt file opens as a spreadsheet to import, anything else as a plan file") {
    CHECK(is_sheet_file_name("shortlist.csv"));
    CHECK(is_sheet_file_name("Export HypeAuditor.CSV"));
    CHECK(is_sheet_file_name("unicode text.txt"));
    CHECK(is_sheet_file_name("a.b.tsv"));
    CHECK_FALSE(is_sheet_file_name("q3.roster.json"));
    CHECK_FALSE(is_sheet_file_name("csv"));
    CHECK_FALSE(is_sheet_file_name("notes.csv.bak"));
}

TEST_CASE("Pasted cells from a sheet are told from a pasted plan and from a single word") {
    CHECK(is_pasted_cells("Name\tFollowers\nAna\t12400\n"));
    CHECK(is_pasted_cells("Ana;Instagram;12 400\nBo;TikTok;88 000"));
    CHECK_FALSE(is_pasted_cells("{\"app\": \"roster\", \"format\": 4}"));
    CHECK_FALSE(is_pasted_cells("  \n {\"app\": \"roster\"}\n"));
    CHECK_FALSE(is_pasted_cells("\xEF\xBB\xBF{\"app\": \"roster\"}\n"));
    CHECK_FALSE(is_pasted_cells("Ana Lima"));
    CHECK_FALSE(is_pasted_cells(""));
}
