#include <doctest/doctest.h>

#include <cmath>

#include "engine/validation.h"
#include "support/builders.h"

using namespace roster;

namespace {

Creator valid_creator() { return test::creator(1, "Léa Martin", Platform::Instagram, 25'000, 400.0, 2); }

std::string first_field(const std::vector<PlanProblem>& problems) {
    return problems.empty() ? std::string() : problems.front().field;
}

}  // namespace

TEST_CASE("A plain creator with a name, followers, a fee and posts has no problems") {
    CHECK(check_creator(valid_creator()).empty());
}

TEST_CASE("Impossible creator values are refused with the field they concern") {
    Creator c = valid_creator();
    c.followers = 0;
    CHECK(first_field(check_creator(c)) == "followers");
    c = valid_creator();
    c.followers = 3'000'000'000;
    CHECK(first_field(check_creator(c)) == "followers");
    c = valid_creator();
    c.fee_per_post_cents = -1;
    CHECK(first_field(check_creator(c)) == "fee_per_post_cents");
    c = valid_creator();
    c.fee_per_post_cents = cents_from_units(INFINITY);
    CHECK(first_field(check_creator(c)) == "fee_per_post_cents");
    c = valid_creator();
    c.fee_per_post_cents = cents_from_units(NAN);
    CHECK(first_field(check_creator(c)) == "fee_per_post_cents");
    c = valid_creator();
    c.posts = -1;
    CHECK(first_field(check_creator(c)) == "posts");
    c = valid_creator();
    c.posts = 1001;
    CHECK(first_field(check_creator(c)) == "posts");
    c = valid_creator();
    c.name = "   ";
    CHECK(first_field(check_creator(c)) == "name");
    c = valid_creator();
    c.name = std::string("a\0b", 3);
    CHECK(first_field(check_creator(c)) == "name");
    c = valid_creator();
    c.name = "\xC3\x28";  // not UTF-8
    CHECK(first_field(check_creator(c)) == "name");
}

TEST_CASE("The message names the creator so it stands on its own") {
    Plan plan;
    Creator c = valid_creator();
    c.followers = 0;
    plan.creators = {c};
    const auto problems = validate(plan);
    REQUIRE(problems.size() == 1);
    CHECK(describe(problems[0], plan) == "Creator “Léa Martin”: Followers must be at least 1.");
}

TEST_CASE("A plan with two creators sharing an id, a bad currency or unordered tiers is refused") {
    Plan plan;
    plan.creators = {valid_creator(), valid_creator()};
    CHECK(first_field(validate(plan)) == "id");
    plan.creators = {valid_creator()};
    plan.currency = "euro";
    CHECK(first_field(validate(plan)) == "currency");
    plan.currency = "EUR";
    plan.tiers.mid = plan.tiers.micro;
    CHECK(first_field(validate(plan)) == "tiers");
    plan.tiers = TierThresholds{};
    CHECK(validate(plan).empty());
}
