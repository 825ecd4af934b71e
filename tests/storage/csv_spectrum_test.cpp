// The published CSV edge cases of csv-spectrum (npm package csv-spectrum 2.0.0, a
// devDependency of tests/e2e that tools/setup.sh installs): every CSV of the corpus read by
// storage/sheet_text.h gives, under its header, the records its JSON expects. Built and run
// natively when the corpus is there (tests/CMakeLists.txt).
#include <doctest/doctest.h>

#include "storage/rapidjson_config.h"

#include <rapidjson/document.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "storage/sheet_text.h"
#include "support/files.h"
#include "support/messages.h"

namespace fs = std::filesystem;
using namespace roster;

namespace {

// Where the corpus's own JSON disagrees with its CSV: the JSON of location_coordinates gives another
// phone number than its CSV (and an object rather than a list of them).
const std::map<std::string, std::set<std::string>> kCorpusMistakes = {
    {"location_coordinates", {"Contact Phone Number"}}};

}  // namespace

TEST_CASE("Every CSV of the csv-spectrum corpus reads as its JSON expects") {
    const fs::path root(ROSTER_CSV_SPECTRUM);
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(root / "csvs")) {
        const std::string name = entry.path().stem().string();
        CAPTURE(name);
        ++files;
        const storage::SheetReadResult r = storage::read_sheet(test::read_bytes(entry.path()));
        CAPTURE(test::english(r.problem));
        REQUIRE(r.ok);
        CHECK(r.sheet.separator == ',');
        rapidjson::Document expected;
        const std::string json = test::read_bytes(root / "json" / (name + ".json"));
        expected.Parse(json.c_str(), json.size());
        REQUIRE_FALSE(expected.HasParseError());
        // One record may be given alone rather than in a list.
        std::vector<const rapidjson::Value*> records;
        if (expected.IsArray())
            for (const auto& v : expected.GetArray()) records.push_back(&v);
        else
            records.push_back(&expected);
        const storage::Sheet& sheet = r.sheet;
        REQUIRE(sheet.rows() == records.size() + 1);
        const auto mistakes = kCorpusMistakes.find(name);
        for (std::size_t row = 0; row < records.size(); ++row) {
            const rapidjson::Value& record = *records[row];
            REQUIRE(record.IsObject());
            CHECK(record.MemberCount() == sheet.cells_in(0));
            for (std::size_t c = 0; c < sheet.cells_in(0); ++c) {
                const std::string header(sheet.cell(0, c));
                CAPTURE(header);
                if (mistakes != kCorpusMistakes.end() && mistakes->second.count(header)) continue;
                const auto member = record.FindMember(header.c_str());
                REQUIRE(member != record.MemberEnd());
                REQUIRE(member->value.IsString());
                CHECK(std::string(sheet.cell(row + 1, c)) ==
                      std::string(member->value.GetString(), member->value.GetStringLength()));
            }
        }
    }
    CHECK(files >= 12);
}
