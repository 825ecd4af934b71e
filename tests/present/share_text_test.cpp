#include <doctest/doctest.h>

#include "present/share_text.h"
#include "support/messages.h"

using namespace roster;
using namespace roster::present;

TEST_CASE("Shares typed on one line with commas are read as key and percentage") {
    const ParsedShares p = parse_shares("fr 62%, BE 18 %, ch 9.5", true);
    REQUIRE_FALSE(p.problem.has_value());
    REQUIRE(p.shares.size() == 3);
    CHECK(p.shares[0].key == "FR");
    CHECK(p.shares[0].ppm == 620'000);
    CHECK(p.shares[1].key == "BE");
    CHECK(p.shares[1].ppm == 180'000);
    CHECK(p.shares[2].ppm == 95'000);
}

TEST_CASE("Shares pasted from a spreadsheet, one per line with tabs or colons, are read too") {
    const ParsedShares p = parse_shares("home cooking\t40\nfitness: 25,5 %\n\n", false);
    REQUIRE_FALSE(p.problem.has_value());
    REQUIRE(p.shares.size() == 2);
    CHECK(p.shares[0].key == "home cooking");
    CHECK(p.shares[0].ppm == 400'000);
    CHECK(p.shares[1].key == "fitness");
    CHECK(p.shares[1].ppm == 255'000);
}

TEST_CASE("An empty text means the profile is not known") {
    CHECK(parse_shares("", true).shares.empty());
    CHECK_FALSE(parse_shares("  ,  ", true).problem.has_value());
}

TEST_CASE("A share that is missing, not a number or above 100% is named in the problem") {
    CHECK(test::english(parse_shares("FR", true).problem) == "“FR” needs a share after the name, such as “FR 40%”.");
    CHECK(test::english(parse_shares("FR 120%", true).problem) == "The share of “FR” must be a percentage between 0 and 100.");
    CHECK(test::english(parse_shares("FR abc", true).problem) == "“FR abc” needs a share after the name, such as “FR 40%”.");
    CHECK(parse_shares("FR 40, BE -3", true).shares.empty());
}

TEST_CASE("Shares written back read as they were typed, and read again the same") {
    const std::vector<Share> shares{{"FR", 620'000}, {"BE", 95'000}};
    CHECK(shares_text(shares) == "FR 62%, BE 9.5%");
    CHECK(parse_shares(shares_text(shares), true).shares == shares);
}
