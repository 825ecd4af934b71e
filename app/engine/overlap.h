// Audience overlap as a plan states it and as Roster completes it: followers each pair of
// creators shares, from the pairs the planner typed or pasted (with the denominator their tool
// uses) and, for the others, an estimate from what the plan knows. Then the plan's net reach.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "assumptions.h"
#include "creator_model.h"
#include "deduplication.h"
#include "message.h"
#include "plan.h"

namespace roster {

// Followers the two share, in people, from one stated overlap (docs/MODEL.md §13).
double shared_followers(const Overlap& overlap, double first_followers, double second_followers);

// The population the audiences are drawn from: the people on the platforms in the campaign's
// market (assumption overlap.universe), at least the campaign's target universe, which lies
// inside it. On-target reach lives in the target universe (reach_ceiling.h).
double overlap_universe(const Plan& plan, const Assumptions& a);

// Two rows for one person on two platforms: the same name, letter case and spaces aside.
bool same_creator(const Creator& a, const Creator& b);

// What a matrix was made from (overlap.cpp): each creator's followers, name, platform and
// audience profile, the stated pairs and the three assumptions that shape it.
struct OverlapInputs;

struct OverlapMatrix {
    std::size_t n = 0;                 // creators, in roster order
    std::vector<double> shared;        // n x n followers shared (diagonal: followers)
    std::vector<std::uint8_t> stated;  // 1 where the plan gives the pair, 0 where estimated
    double universe = 0.0;
    // Kept so that the projection of an edited plan can tell whether this matrix still holds.
    std::shared_ptr<const OverlapInputs> inputs;
    double at(std::size_t i, std::size_t j) const { return shared[i * n + j]; }
    bool is_stated(std::size_t i, std::size_t j) const { return stated[i * n + j] != 0; }
};

// The duplication law p_ij = kappa p_i p_j [S73] with kappa raised by shared interests
// and scaled by shared countries.
double estimated_shared(const Creator& a, const Creator& b, double universe, const Assumptions& assumptions);

// What the estimate of a pair no one stated rests on, so that a planner can judge it: one person
// on two platforms, both audiences' interests and countries, one of them, or chance alone.
enum class OverlapEvidence : std::uint8_t { SameCreator, Profiles, Interests, Countries, Chance };
OverlapEvidence overlap_evidence(const Creator& a, const Creator& b);
// The same as a sentence with the figures the estimate used (the market's size, how alike the
// interests are, the share of countries in common). `universe` is the matrix's.
Message overlap_estimate_note(const Creator& a, const Creator& b, double universe, const Assumptions& assumptions);

// Every pair; pairs stated twice or naming unknown creators are left to validation.
OverlapMatrix overlap_matrix(const Plan& plan, const Assumptions& assumptions);

// The same in steps of rows, so that an interface can spread a large roster over frames. It
// keeps what it needs of the plan; finish() gives exactly what overlap_matrix() gives.
class OverlapMatrixRun {
public:
    OverlapMatrixRun(const Plan& plan, const Assumptions& assumptions);
    ~OverlapMatrixRun();
    OverlapMatrixRun(OverlapMatrixRun&&) noexcept;
    OverlapMatrixRun& operator=(OverlapMatrixRun&&) noexcept;

    // Estimates the next `rows` rows' pairs; returns whether rows are left.
    bool advance(std::size_t rows);
    std::size_t remaining() const;
    // Takes whatever is left and hands the matrix over. Call once.
    OverlapMatrix finish();
    // Whether `made` came from exactly this run's inputs, so that finish() would give it to the
    // bit: an edit of posts, fees or money leaves the matrix as it was. Linear in the roster.
    bool would_make(const OverlapMatrix& made) const;

private:
    struct Work;
    std::unique_ptr<Work> work_;
};

// One creator's audience for the deduplication: the followers its posts reach and how often
// (beta-binomial per line, lines independent), and the non-followers reached by recommendations
// (once each) and paid amplification (1 + Poisson(frequency - 1)), scaled by the chance an
// earned creator posts.
// `recommended_scale`: as evaluate()'s (creator_model.h); the plan's own for a plan's deduplication.
AudienceCreator audience_of(const CreatorBasis& basis, double recommended_scale = 1.0);

// Everything behind the plan's net reach, for reports that show how it was reached.
struct PlanAudience {
    std::vector<AudienceCreator> creators;  // in roster order
    OverlapMatrix overlap;
    NetReach reach;
};
PlanAudience plan_audience(const Plan& plan, const Assumptions& assumptions, bool curves = true);

// Net reach of the whole plan (effective frequency from the assumptions).
NetReach plan_reach(const Plan& plan, const Assumptions& assumptions, bool curves = true);
// The same from the creators' bases already built (one per plan.creators, in order).
NetReach plan_reach(const Plan& plan, const Assumptions& assumptions, const std::vector<CreatorBasis>& bases,
                    bool curves);

}  // namespace roster
