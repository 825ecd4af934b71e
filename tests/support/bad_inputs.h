// The bad-input catalogue of docs/FILE-FORMAT.md as one list of test cases: every file of
// tests/data/bad/ and the inputs built here (too large to keep in the repository, or a variation
// of a row the files do not show), each with the row of the catalogue it belongs to and what the
// planner must read. Every test of broken plan files reads this list, so a new case is added
// once: the load path's (tests/storage/plan_file_test.cpp), the workspace opening each over
// unsaved work (tests/document/bad_input_corpus_test.cpp) and the French of every refusal
// (tests/present/message_catalogue_test.cpp). The browser tests drop files of tests/data/bad/
// on the page, and the load-path fuzzer starts from them (tools/test.sh).
#pragma once

#include <string>
#include <vector>

#include "support/files.h"

namespace roster::test {

struct BadInput {
    int row;              // of the catalogue's table; 0 for a case beside its numbered rows
    std::string name;     // the file's name in tests/data/bad/, or the name a built case is opened under
    std::string message;  // what the planner reads (a fragment of it), from the load path and when opened
    // What opening it in the workspace says instead, when the workspace refuses it before the
    // load path reads it ("" when the workspace says `message` too).
    std::string message_when_opened = {};
    std::string (*build)() = nullptr;  // the bytes of a built case; none for a file

    bool is_file() const { return build == nullptr; }
    std::string bytes() const { return build ? build() : read_bytes(test_data("bad/" + name)); }
    const std::string& opened_message() const { return message_when_opened.empty() ? message : message_when_opened; }
};

// A valid format-1 plan file (the load path migrates it) whose creators are `creators`, JSON
// as written: the smallest file in which one field can be made wrong.
inline std::string format_1_file_with_creators(const std::string& creators) {
    return R"({"app":"roster","format":1,"written_by":"0.1.0","plan":{"name":"P","currency":"EUR",)"
           R"("tiers":{"micro":10000,"mid":100000,"macro":500000,"mega":1000000},"creators":)" +
           creators + "}}";
}

// One creator of such a file, with `posts` and `platform` as JSON values.
inline std::string format_1_creator(const std::string& posts = "1", const std::string& platform = "\"tiktok\"") {
    return R"({"id":1,"name":"A","platform":)" + platform + R"(,"followers":1000,"fee_per_post_cents":1000,"posts":)" +
           posts + "}";
}

inline const std::vector<BadInput>& bad_inputs() {
    static const std::vector<BadInput> all = {
        {1, "01-empty.roster.json", "The file is empty."},
        {1, "01-blank.roster.json", "The file is empty."},
        {2, "02-truncated.roster.json", "The file ends too early (line 64, column 28); it may have been cut off in transfer."},
        {3, "03-trailing-garbage.roster.json", "at line 190, column 1: there is more after the end of the plan"},
        {5, "05-not-utf8.roster.json", "bytes that are not UTF-8 text at line 134, column 25. Save it as UTF-8"},
        {6, "06-nul-in-name.roster.json", "a text with a NUL character"},
        {7, "07-wrong-type-text-for-number.roster.json", "plan.creators[0].followers should be a whole number, but it is text."},
        {7, "07-wrong-type-object-for-list.roster.json", "plan.environment.likes_hidden should be a list, but it is a group of fields."},
        {7, "07-wrong-type-fraction-for-whole.roster.json", "plan.creators[0].followers should be a whole number, but it is a number with decimals."},
        {7, "creators-as-a-group.roster.json", "plan.creators should be a list",
         {}, [] { return format_1_file_with_creators("{}"); }},
        {8, "08-nan.roster.json", "line 64, column 22: NaN and Infinity are not numbers JSON allows"},
        {8, "08-infinity.roster.json", "line 64, column 23: NaN and Infinity are not numbers JSON allows"},
        {9, "09-overflow.roster.json", "line 64, column 22: this number is too large for any figure in a plan."},
        {10, "10-too-large-for-field.roster.json", "Creator “Léa \"Lou\" Martin”: Followers cannot exceed 2,000,000,000."},
        {10, "posts-beyond-a-whole-number.roster.json",
         "plan.creators[0].posts is 3,000,000,000, outside the range -2,147,483,648 to 2,147,483,647.",
         {}, [] { return format_1_file_with_creators("[" + format_1_creator("3000000000") + "]"); }},
        {11, "11-negative.roster.json", "Creator “Léa \"Lou\" Martin”: Followers must be at least 1."},
        {11, "negative-posts.roster.json", "The number of posts cannot be negative",
         {}, [] { return format_1_file_with_creators("[" + format_1_creator("-1") + "]"); }},
        {12, "12-absurd-share.roster.json", "The share of real, active followers must be between 0% and 100% (it is 181%)."},
        {13, "13-duplicate-key.roster.json", "The field \"format\" appears twice in the same object"},
        {13, "duplicate-key-in-the-envelope.roster.json", "appears twice",
         {}, [] { return std::string(R"({"app":"roster","format":1,"format":2,"plan":{}})"); }},
        {14, "14-duplicate-creator-id.roster.json", "Two creators share the id 1."},
        {14, "14-overlap-with-unknown-creator.roster.json", "An overlap refers to creator #99, who is not in the plan."},
        {15, "15-newer-format.roster.json", "made by a newer version of Roster (file format 999; this version reads up to 5)"},
        {15, "newer-format.roster.json", "made by a newer version of Roster (file format 99; this version reads up to 5)"},
        {18, "18-other-app.roster.json", "This is not a Roster plan file."},
        {19, "19-root-list.roster.json", "This is not a Roster plan file."},
        {19, "19-root-number.roster.json", "This is not a Roster plan file."},
        {20, "20-deep-nesting.roster.json", "nested more than 32 levels deep"},
        {21, "long-list.roster.json", "lists in a plan file hold at most 100,000", {}, [] {
             std::string text = read_bytes(test_data("plan-format-3.roster.json"));
             const std::string anchor = "\"likes_hidden\": [";
             std::string many;
             for (int i = 0; i < 100'001; ++i) many += i ? ",\"x\"" : "\"x\"";
             return text.insert(text.find(anchor) + anchor.size(), many + ",");
         }},
        // 65 MB: the workspace refuses it by its size before the load path sees it.
        {21, "huge.roster.json", "The file is 65.0 MB; plan files are at most 64.0 MB.",
         "it is larger than 64.0 MB, far more than any plan.", [] { return std::string(65u * 1024u * 1024u, ' '); }},
        {22, "22-huge-name.roster.json", "a text of 20 KB; texts in a plan file are at most 10 KB."},
        {23, "23-full-precision-edge.roster.json", "line 64, column 22: this number is too large for any figure in a plan."},
        {25, "25-png.roster.json", "This file is not text, so it cannot be a Roster plan."},
        {25, "25-zip.roster.json", "This file is not text, so it cannot be a Roster plan."},
        {0, "overlap-above-100-percent.roster.json", "is 120% of “Léa \"Lou\" Martin”'s followers, above 100%."},
        {0, "without-a-format-version.roster.json", "does not say which format version",
         {}, [] { return std::string(R"({"app":"roster","plan":{}})"); }},
        {0, "unknown-platform.roster.json",
         "\"snapchat\", which this version of Roster does not know (instagram, tiktok, youtube, facebook, linkedin, x, twitch).",
         {}, [] { return format_1_file_with_creators("[" + format_1_creator("1", "\"snapchat\"") + "]"); }},
    };
    return all;
}

// The rows of the catalogue that are not a refused input: opened (4, 16, 17), about two files
// at once (24) or about the browser's storage (26). tests/document/bad_input_corpus_test.cpp
// tests each on its own.
inline const std::vector<int>& catalogue_rows_not_refused() {
    static const std::vector<int> rows = {4, 16, 17, 24, 26};
    return rows;
}

}  // namespace roster::test
