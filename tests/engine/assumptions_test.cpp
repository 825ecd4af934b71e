// The assumption catalogue: every default has a source, an estimate flag where no source gives
// it, a range that contains it, and a stable key; a plan's values replace the defaults.
#include <doctest/doctest.h>

#include <set>

#include "engine/assumptions.h"
#include "support/builders.h"

using namespace roster;

TEST_CASE("Every assumption has a unique key, a label, a source and a default inside its range") {
    std::set<std::string> keys;
    for (const AssumptionSpec& s : assumption_catalogue()) {
        CAPTURE(s.key);
        CHECK(keys.insert(s.key).second);
        CHECK_FALSE(s.label.empty());
        CHECK_FALSE(s.source.empty());
        CHECK(s.low <= s.value);
        CHECK(s.value <= s.high);
        CHECK(s.min <= s.low);
        CHECK(s.high <= s.max);
        // A default that is not an estimate cites a source of docs/SOURCES.md, or is true by
        // definition.
        if (!s.estimate)
            CHECK((s.source.find("[S") != std::string_view::npos || s.source.rfind("by definition", 0) == 0));
    }
    CHECK(keys.size() == assumption::kCount);
}

TEST_CASE("An assumption named in a plan file is the one the engine uses for that platform, tier or format") {
    using namespace assumption;
    CHECK(*assumption_index("reach_rate.tiktok.mega") == pt(kReachRate, Platform::TikTok, Tier::Mega));
    CHECK(*assumption_index("format_factor.instagram.short") == pf(kFormatFactor, Platform::Instagram, Format::Short));
    CHECK(*assumption_index("paid_cpm.youtube") == of(kPaidCpm, Platform::YouTube));
    CHECK(*assumption_index("uncertainty.conversion") == kConversionSigma);
    CHECK_FALSE(assumption_index("reach_rate.myspace.mega"));
}

TEST_CASE("A new plan starts from the sourced defaults, such as 22% reach per post for an Instagram micro creator") {
    const Assumptions& a = default_assumptions();
    using namespace assumption;
    CHECK(a[pt(kReachRate, Platform::Instagram, Tier::Micro)] == 0.22);
    CHECK(a[pt(kEngagementRate, Platform::TikTok, Tier::Nano)] == 0.05);
    CHECK(a[pf(kRecommendedShare, Platform::TikTok, Format::Short)] == 0.85);
    CHECK(a[of(kHiddenLikesEffect, Tier::Mid)] == 0.10);
    CHECK(a[kHillHalfSaturation] == 2.11);
    CHECK(a[of(kPaidCpm, Platform::YouTube)] == 9.7);
}

TEST_CASE("A plan's value replaces the default, and removing it resets to the default") {
    Plan plan;
    test::set_assumption(plan, "reach_rate.instagram.micro", 0.31);
    const std::size_t i = *assumption_index("reach_rate.instagram.micro");
    CHECK(resolve_assumptions(plan)[i] == doctest::Approx(0.31));
    CHECK(is_overridden(plan, i));
    plan.assumptions.clear();
    CHECK(resolve_assumptions(plan)[i] == 0.22);
    CHECK_FALSE(is_overridden(plan, i));
}
