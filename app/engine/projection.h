// What a plan buys, computed from the plan and its assumptions with every uncertain quantity
// at its median: plan -> engine -> results. Monte-Carlo ranges are in simulation.h.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "assumptions.h"
#include "deduplication.h"
#include "overlap.h"
#include "outcome.h"
#include "plan.h"
#include "reach_ceiling.h"

namespace roster {

struct CreatorProjection {
    CreatorId id = 0;
    Platform platform = Platform::Instagram;
    Tier tier = Tier::Nano;
    double reference_rate = 0.0;   // views per follower of one reference-format post
    bool measured = false;         // from the creator's own figures, not a benchmark
    bool on_target_known = false;  // the audience profile covers the campaign's target
    Outcome outcome;
    Ratios ratios;
};

// What the same money would buy in the baseline paid-social channel (docs/MODEL.md §6).
struct BaselineChannel {
    Platform platform = Platform::Instagram;
    double spend = 0.0, impressions = 0.0, clicks = 0.0, conversions = 0.0, revenue = 0.0;
    double reach = 0.0;        // in the target audience; 0 when its size is not known
    bool reach_known = false;
    double roas = 0.0, roi = 0.0;
};

// What a projection's net reach was made from. Handed to the projection of an edited plan, it
// spares the work the edit did not touch: the overlap matrix when no creator's followers, name,
// platform or audience profile, no stated pair and none of the matrix's assumptions changed
// (OverlapMatrixRun::would_make); the deduplication as well when, in addition, every creator
// reaches the same followers as often (an edit of fees, funnel, money or EMV). Both are compared,
// never assumed, so the projection is exactly project()'s.
struct ReachBasis {
    std::shared_ptr<const OverlapMatrix> matrix;
    std::vector<AudienceCreator> audiences;  // in roster order
    int effective_k = 3;
    NetReach net;  // without the build-up curves
};

struct Projection {
    std::vector<CreatorProjection> creators;  // same order as plan.creators
    // Tiers and platforms add their creators' reach up (gross); the total is net of overlap.
    std::array<Outcome, kTierCount> by_tier{};
    std::array<Outcome, kPlatformCount> by_platform{};
    // total.reach is the net reach of `audience`; on-target and effective reach are netted in
    // the same proportion (overlap_factor), so that CPM per person reached and frequency are
    // per real person, and on-target reach is held inside the target universe (reach_ceiling.h).
    Outcome total;
    // The plan's views at the median of their sum over the creators' medians added up
    // (plan_views_scale, at least 1): the tier, platform and plan totals count every figure
    // that follows the views at this scale, the creators' rows at their own medians.
    double views_scale = 1.0;
    double recommended_scale = 1.0;  // the same for the people reached by recommendations alone
    double gross_reach = 0.0;     // the creators' reach added up
    double overlap_factor = 1.0;  // net / gross reach of the deduplication
    NetReach audience;            // overlap.h, without the build-up curves
    Ratios ratios;
    std::int64_t followers = 0;     // the sum other tools call "reach"
    double budget_cap = 0.0;        // 0: none
    double budget_left = 0.0;       // negative when over the cap
    double universe = 0.0;  // the campaign's target universe; 0: not known
    BaselineChannel baseline;
    // Set on a ProjectionRun's provisional projection: the net reach (and the figures netted
    // with it) carry the previous projection's overlap factor until the run finishes.
    bool net_reach_pending = false;
    // What the net reach was made from (a provisional projection carries the previous one's);
    // null where its holder chose not to keep it (compared scenarios: scenario_results.h).
    std::shared_ptr<const ReachBasis> reach_basis;
};

// How EMV is computed, named wherever EMV is shown.
inline constexpr std::string_view kEmvMethod =
    "impressions x paid-social CPM / 1,000, plus the rate card's credit per engagement";

// Median projection. Expects a plan that passes validate(); on any other it still returns
// finite numbers (invalid fields are clamped).
Projection project(const Plan& plan, const Assumptions& assumptions);
// How the Monte-Carlo nets a draw's added-up reach, from this projection's deduplication.
NetOfGross net_of_gross(const Projection& projection);
Projection project(const Plan& plan);  // with the plan's own assumptions

// The same projection in steps, for an interface that must not hold a frame. The constructor
// computes every creator's own figures and the gross totals (linear in the roster); the steps
// estimate the overlap matrix and deduplicate, one creator per step and pass (quadratic in all).
// It keeps what it needs of the plan; finish() gives exactly what project() gives. `earlier`,
// when given, is the reach basis of a projection made before (of this plan before an edit, or
// under other assumptions): whatever of it still holds is reused, and the steps are fewer or none.
class ProjectionRun {
public:
    ProjectionRun(const Plan& plan, const Assumptions& assumptions,
                  std::shared_ptr<const ReachBasis> earlier = nullptr);
    ~ProjectionRun();
    ProjectionRun(ProjectionRun&&) noexcept;
    ProjectionRun& operator=(ProjectionRun&&) noexcept;

    // Takes the next `steps` steps; returns whether any are left.
    bool advance(std::size_t steps);
    std::size_t remaining() const;
    double progress() const;  // 0 to 1
    // While steps are left: this plan's creators and gross totals, with the net reach of
    // `previous` (the last finished projection) carried over by creator and overlap factor.
    Projection provisional(const Projection& previous) const;
    // Takes whatever is left. Call once.
    Projection finish();

private:
    struct Work;
    std::unique_ptr<Work> work_;
};

BaselineChannel baseline_channel(const Plan& plan, const Assumptions& a, double spend);

}  // namespace roster
