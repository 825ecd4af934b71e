// Plans and creators for tests, in one line each.
#pragma once

#include <string>

#include "engine/assumptions.h"
#include "engine/plan.h"
#include "engine/vocabulary.h"

namespace roster::test {

// A paid creator with one deliverable line of the platform's main format.
inline Creator creator(CreatorId id, std::string name, Platform platform, std::int64_t followers,
                       double fee_per_post, int posts) {
    Creator c;
    c.id = id;
    c.name = std::move(name);
    c.platform = platform;
    c.followers = followers;
    c.deliverables.push_back({reference_format(platform), posts, cents_from_units(fee_per_post)});
    return c;
}

inline Plan plan_of(std::vector<Creator> creators) {
    Plan p;
    p.name = "Test plan";
    p.creators = std::move(creators);
    return p;
}

// Sets one assumption of the plan to `value` (replacing any earlier value).
inline void set_assumption(Plan& plan, const std::string& key, double value) {
    for (auto& o : plan.assumptions)
        if (o.key == key) {
            o.value_micros = micros_from_value(value);
            return;
        }
    plan.assumptions.push_back({key, micros_from_value(value)});
}

// Every spread of the Monte-Carlo set to zero (each assumption of the Uncertainty group), so that
// each draw is the median projection: what a range must then collapse to.
inline void no_uncertainty(Plan& plan) {
    for (const AssumptionSpec& spec : assumption_catalogue())
        if (spec.group == AssumptionGroup::Uncertainty) set_assumption(plan, spec.key, 0.0);
}

}  // namespace roster::test
