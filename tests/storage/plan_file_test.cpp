// The plan file format and its load path: round trips, the frozen golden file, and the
// bad-input catalogue of shared/research/persistence.md §4. Each refusal must say what is
// wrong in a planner's words and leave the caller's plan alone (load_plan never touches one:
// it returns a fresh plan only when everything passed).
#include <doctest/doctest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "engine/validation.h"
#include "storage/plan_file.h"
#include "support/builders.h"
#include "version.h"

using namespace roster;
using storage::load_plan;
using storage::save_plan;

namespace {

Plan sample_plan() {
    Plan plan;
    plan.name = "Rentrée 2026 — micro-heavy";
    plan.currency = "EUR";
    plan.creators = {test::creator(1, "Léa \"Lou\" Martin", Platform::Instagram, 48'200, 650.50, 3),
                     test::creator(7, "Studio Nord", Platform::YouTube, 1'250'000, 18'000.0, 1)};
    return plan;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A valid plan file with `creators` replaced by the given JSON text.
std::string with_creators(const std::string& creators) {
    return R"({"app":"roster","format":1,"written_by":"0.1.0","plan":{"name":"P","currency":"EUR",)"
           R"("tiers":{"micro":10000,"mid":100000,"macro":500000,"mega":1000000},"creators":)" +
           creators + "}}";
}

std::string creator_json(const std::string& followers = "1000", const std::string& fee = "1000",
                         const std::string& posts = "1", const std::string& extra = "") {
    return R"({"id":1,"name":"A","platform":"tiktok","followers":)" + followers + R"(,"fee_per_post_cents":)" + fee +
           R"(,"posts":)" + posts + extra + "}";
}

void refused(const std::string& text, const std::string& expected_fragment) {
    const storage::LoadResult r = load_plan(text);
    CHECK_FALSE(r.ok);
    CHECK_MESSAGE(r.message.find(expected_fragment) != std::string::npos,
                  "message was: " << r.message);
}

}  // namespace

TEST_CASE("Saving then loading a plan gives the same plan, and saving it again the same bytes") {
    const Plan plan = sample_plan();
    const std::string first = save_plan(plan);
    const storage::LoadResult loaded = load_plan(first);
    REQUIRE_MESSAGE(loaded.ok, loaded.message);
    CHECK(loaded.plan == plan);
    CHECK(save_plan(loaded.plan) == first);
}

TEST_CASE("Randomised plans survive save, load and save again byte for byte") {
    std::mt19937 rng(20261122);
    std::uniform_int_distribution<int> platform(0, kPlatformCount - 1), posts(0, 40), count(0, 30);
    std::uniform_int_distribution<std::int64_t> followers(1, PlanLimits::kMaxFollowers);
    std::uniform_int_distribution<std::int64_t> fee(0, PlanLimits::kMaxFeePerPostCents);
    const char* names[] = {"Ana", "Zoë Ñúñez", "李小龙", "O'Brien & Co", "\"quoted\"", "tab-free name"};
    for (int round = 0; round < 200; ++round) {
        Plan plan;
        plan.name = names[round % 6];
        const int n = count(rng);
        for (int i = 0; i < n; ++i) {
            Creator c;
            c.id = static_cast<CreatorId>(i * 3 + 1);
            c.name = names[(round + i) % 6];
            c.platform = static_cast<Platform>(platform(rng));
            c.followers = followers(rng);
            c.fee_per_post_cents = fee(rng);
            c.posts = posts(rng);
            plan.creators.push_back(c);
        }
        const std::string text = save_plan(plan);
        const storage::LoadResult r = load_plan(text);
        REQUIRE_MESSAGE(r.ok, r.message);
        CHECK(r.plan == plan);
        CHECK(save_plan(r.plan) == text);
    }
}

TEST_CASE("The golden version-1 file still loads, and today's writer produces it byte for byte") {
    const std::string golden = read_file(std::string(ROSTER_TEST_DATA) + "/plan-format-1.roster.json");
    REQUIRE(!golden.empty());
    const storage::LoadResult r = load_plan(golden);
    REQUIRE_MESSAGE(r.ok, r.message);
    CHECK(r.plan == sample_plan());
    // Only the writer's version may differ from the frozen file.
    std::string expected = golden;
    const std::string stamp = "\"written_by\": \"0.1.0\"";
    expected.replace(expected.find(stamp), stamp.size(), "\"written_by\": \"" + std::string(kRosterVersion) + "\"");
    CHECK(save_plan(r.plan) == expected);
}

TEST_CASE("Saved files are standard JSON with the app marker first and the format version") {
    const std::string text = save_plan(sample_plan());
    CHECK(text.rfind("{\n  \"app\": \"roster\",\n  \"format\": 1,\n  \"written_by\": ", 0) == 0);
    CHECK(text.find("NaN") == std::string::npos);
    CHECK(text.find("Infinity") == std::string::npos);
}

TEST_CASE("Saving a plan that fails validation throws instead of writing a broken file") {
    Plan plan = sample_plan();
    plan.creators[0].fee_per_post_cents = -5;
    CHECK_THROWS_AS(save_plan(plan), std::invalid_argument);
}

TEST_CASE("Bad input catalogue: empty, blank, truncated and trailing garbage") {
    refused("", "The file is empty.");
    refused(" \n\t ", "The file is empty.");
    const std::string full = save_plan(sample_plan());
    refused(full.substr(0, full.size() / 2), "ends too early");
    refused(full + "{}", "not valid JSON at line");
}

TEST_CASE("Bad input catalogue: a byte-order mark is accepted") {
    const storage::LoadResult r = load_plan("\xEF\xBB\xBF" + save_plan(sample_plan()));
    CHECK_MESSAGE(r.ok, r.message);
}

TEST_CASE("Bad input catalogue: text that is not UTF-8, NUL in a name, binary files") {
    refused(with_creators("[" + creator_json() + "]").replace(with_creators("").find("\"P\"") + 1, 1, "\xC3\x28"),
            "bytes that are not UTF-8 text at line 1");
    refused(with_creators(R"([{"id":1,"name":"a\u0000b","platform":"tiktok","followers":5,"fee_per_post_cents":1,"posts":1}])"),
            "not text");
    refused(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "not text");
}

TEST_CASE("Bad input catalogue: wrong types are reported with their place in the file") {
    refused(with_creators("[" + creator_json("\"1000\"") + "]"),
            "plan.creators[0].followers should be a whole number, but it is text");
    refused(with_creators("[" + creator_json("1000.5") + "]"), "plan.creators[0].followers should be a whole number");
    refused(with_creators("{}"), "plan.creators should be a list");
    refused(with_creators("[" + creator_json("1000", "\"ten\"") + "]"), "plan.creators[0].fee_per_post_cents should be a whole number");
}

TEST_CASE("Bad input catalogue: NaN, Infinity and numbers out of range") {
    refused(with_creators("[" + creator_json("1000", "NaN") + "]"), "not valid JSON");
    refused(with_creators("[" + creator_json("1000", "Infinity") + "]"), "not valid JSON");
    refused(with_creators("[" + creator_json("1000", "1e400") + "]"), "not valid JSON");
    refused(with_creators("[" + creator_json("1000", "10", "3000000000") + "]"), "plan.creators[0].posts is 3000000000");
    refused(with_creators("[" + creator_json("1000", "10", "-1") + "]"), "The number of posts cannot be negative");
    refused(with_creators("[" + creator_json("-5") + "]"), "Followers must be at least 1");
}

TEST_CASE("Bad input catalogue: duplicate keys and duplicate creator ids") {
    refused(R"({"app":"roster","format":1,"format":2,"plan":{}})", "appears twice");
    refused(with_creators("[" + creator_json() + "," + creator_json() + "]"), "share the id 1");
}

TEST_CASE("Bad input catalogue: a file from a newer Roster is refused, not half-read") {
    refused(R"({"app":"roster","format":2,"written_by":"9.0.0","plan":{"anything":true}})",
            "made by a newer version of Roster (file format 2");
}

TEST_CASE("Bad input catalogue: another app's JSON, a root list, a root number") {
    refused(R"({"type":"excalidraw","version":2,"elements":[]})", "This is not a Roster plan file.");
    refused("[1,2,3]", "This is not a Roster plan file.");
    refused("42", "This is not a Roster plan file.");
    refused(R"({"app":"roster","plan":{}})", "does not say which format version");
}

TEST_CASE("Bad input catalogue: nesting, long texts and long lists are bounded") {
    refused(std::string(20'000, '[') + std::string(20'000, ']'), "nested more than 32 levels");
    refused(with_creators("[" + creator_json("1000", "10", "1", ",\"note\":\"" + std::string(20'000, 'x') + "\"") + "]"),
            "holds a text of");
    std::string many = "[";
    for (int i = 0; i < 100'001; ++i) many += i ? ",0" : "0";
    refused(with_creators(many + "]"), "lists in a plan file hold at most 100000");
    refused(std::string(17 * 1024 * 1024, ' '), "plan files are at most 16.0 MB");
}

TEST_CASE("Bad input catalogue: an unknown platform names the ones Roster knows") {
    refused(with_creators(R"([{"id":1,"name":"A","platform":"snapchat","followers":5,"fee_per_post_cents":1,"posts":1}])"),
            "\"snapchat\", which this version of Roster does not know (instagram, tiktok or youtube)");
}

TEST_CASE("Unknown fields are not silently dropped: the load result names them") {
    const storage::LoadResult r = load_plan(with_creators("[" + creator_json("1000", "10", "1", ",\"mood\":\"sunny\"") + "]"));
    REQUIRE_MESSAGE(r.ok, r.message);
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].find("plan.creators[0].mood") != std::string::npos);
}

TEST_CASE("A syntax error gives its line and column") {
    const storage::LoadResult r = load_plan("{\n  \"app\": \"roster\",\n  \"format\": 1,,\n}");
    CHECK_FALSE(r.ok);
    CHECK(r.line == 3);
    CHECK(r.column == 15);
}
