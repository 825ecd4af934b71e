#include "validation.h"

#include <cmath>
#include <set>

#include "text.h"
#include "vocabulary.h"

namespace roster {
namespace {

void add(std::vector<PlanProblem>& out, CreatorId id, const char* field, std::string message) {
    out.push_back({id, field, std::move(message)});
}

}  // namespace

std::vector<PlanProblem> check_creator(const Creator& c) {
    std::vector<PlanProblem> out;
    if (trimmed(c.name).empty()) add(out, c.id, "name", "Every creator needs a name.");
    if (c.name.size() > PlanLimits::kMaxNameLength)
        add(out, c.id, "name", "A name can have at most 200 characters.");
    if (!is_valid_utf8(c.name) || has_control_characters(c.name))
        add(out, c.id, "name", "The name contains characters that are not text.");
    if (static_cast<unsigned>(c.platform) >= static_cast<unsigned>(kPlatformCount))
        add(out, c.id, "platform", "The platform is not one Roster knows.");
    if (c.followers < 1)
        add(out, c.id, "followers", "Followers must be at least 1.");
    else if (c.followers > PlanLimits::kMaxFollowers)
        add(out, c.id, "followers", "Followers cannot exceed 2,000,000,000.");
    if (c.fee_per_post_cents < 0)
        add(out, c.id, "fee_per_post_cents", "The fee per post cannot be negative.");
    else if (c.fee_per_post_cents > PlanLimits::kMaxFeePerPostCents)
        add(out, c.id, "fee_per_post_cents", "The fee per post cannot exceed 100,000,000.");
    if (c.posts < 0)
        add(out, c.id, "posts", "The number of posts cannot be negative.");
    else if (c.posts > PlanLimits::kMaxPosts)
        add(out, c.id, "posts", "A creator can have at most 1,000 posts.");
    return out;
}

std::vector<PlanProblem> validate(const Plan& plan) {
    std::vector<PlanProblem> out;
    if (plan.name.size() > PlanLimits::kMaxNameLength || !is_valid_utf8(plan.name) ||
        has_control_characters(plan.name))
        add(out, 0, "name", "The plan name must be text of at most 200 characters.");
    if (!is_currency_code(plan.currency))
        add(out, 0, "currency", "The currency must be a three-letter code such as EUR or USD.");
    if (!thresholds_are_ordered(plan.tiers))
        add(out, 0, "tiers", "Tier thresholds must increase from micro to mega.");
    if (plan.creators.size() > PlanLimits::kMaxCreators)
        add(out, 0, "creators", "A plan can hold at most 20,000 creators.");

    std::set<CreatorId> seen;
    for (const Creator& c : plan.creators) {
        if (c.id == 0) add(out, 0, "creators", "A creator has no id.");
        else if (!seen.insert(c.id).second)
            add(out, c.id, "id", "Two creators share the id " + std::to_string(c.id) + ".");
        for (PlanProblem& p : check_creator(c)) out.push_back(std::move(p));
    }
    return out;
}

std::string describe(const PlanProblem& problem, const Plan& plan) {
    if (problem.creator == 0) return problem.message;
    const Creator* c = find_creator(plan, problem.creator);
    const std::string who = c && !trimmed(c->name).empty() ? "“" + c->name + "”"
                                                           : "#" + std::to_string(problem.creator);
    return "Creator " + who + ": " + problem.message;
}

}  // namespace roster
