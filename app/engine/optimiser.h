// The budget optimiser (issue 22; docs/OPTIMISER.md): the best roster for a budget, chosen among
// the plan's creators, each booked one of the ways the planner allows, by Roster's own numbers
// (net reach from the deduplication of docs/MODEL.md §13, never the follower sum).
//
// What a caller gives: an OptimiserProblem (the objective, the constraints, which creators are
// candidates, must be in or are out, and the ways each may be booked). What it gets back: an
// OptimiserResult (the proposal, its figures by Roster's model, what each chosen creator adds per
// unit of money, the best creators left out with why, an upper bound on the optimum and the gap
// to it, the constraints that cannot be met together).
//
// The search (optimiser.cpp; the model's figures in optimiser_objective.h, the fast estimate of
// what a creator adds in optimiser_surrogate.h, the constraints in optimiser_constraints.h):
//   1. every creator's figures under every booking option, once, and the overlap matrix, once;
//   2. the creators that must be in, then the creators that minimum counts need, then a greedy by
//      what each adds per unit of money, where "adds" is estimated on the overlap matrix as
//      probabilistic coverage (the people j reaches x the chance none of the chosen reaches them);
//      a second greedy from the best single creator (the usual guard of greedy knapsacks);
//   3. a local search (add, drop, swap, change of booking) whose moves are screened by the estimate
//      and checked with the real deduplication, while the chosen set is small enough to afford it;
//   4. the proposal evaluated with Roster's model; the upper bound; the risk (Monte Carlo) where the
//      objective or a constraint asks for it; and the explanations.
// It is steppable (OptimiserRun) so that an interface can show progress and offer Cancel, and it
// is deterministic: the same plan and problem give the same proposal, natively and in WebAssembly.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assumptions.h"
#include "message.h"
#include "plan.h"

namespace roster {

// What the proposal should make as large as it can.
enum class OptimiserObjective : std::uint8_t {
    NetReach,        // people reached at least once, after overlap
    OnTargetReach,   // net reach inside the campaign's target audience
    EffectiveReach,  // people reached at least `effective_frequency` times (3 by default)
    Conversions,
    GrossProfit,     // revenue x gross margin (expected: earned creators weighted by their chance of posting)
    RoiP10           // the pessimistic ROI: its 10th percentile over the Monte-Carlo draws
};
inline constexpr int kOptimiserObjectiveCount = 6;

std::string_view objective_key(OptimiserObjective objective);  // "net-reach", "roi-p10", ...
std::optional<OptimiserObjective> objective_from_key(std::string_view key);
// Whether the objective counts people (its overlap matters), as opposed to adding up.
bool objective_counts_people(OptimiserObjective objective);

enum class CandidateRole : std::uint8_t { Candidate, MustInclude, Excluded };

// One way the planner allows a creator to be booked. The ready-made kinds are read from what the
// plan holds for the creator (its deliverable lines and their fees per post); a custom option
// lists its own lines. Everything else about the creator (product, usage rights, commission,
// amplification, posting chance) stays as the plan has it.
enum class OptionKind : std::uint8_t {
    AsPlanned,    // the plan's deliverable lines
    OnePost,      // one post of the first line that has any
    HalfPosts,    // every line halved, rounded up
    DoublePosts,  // every line doubled
    Custom
};
inline constexpr int kOptionKindCount = 5;
std::string_view option_kind_key(OptionKind kind);  // "as_planned", "one_post", "half_posts", "double_posts"
std::optional<OptionKind> option_kind_from_key(std::string_view key);

struct BookingOption {
    OptionKind kind = OptionKind::AsPlanned;
    std::string label;                      // the planner's name for a custom option ("2 reels")
    std::vector<Deliverable> deliverables;  // a custom option's lines
};
bool operator==(const BookingOption& a, const BookingOption& b);

struct CandidateSetting {
    CreatorId creator = 0;
    CandidateRole role = CandidateRole::Candidate;
    std::vector<BookingOption> options;  // empty: the problem's default options
};

// Limits on one tier or one platform. Shares are of the proposal's spend.
struct GroupLimits {
    int min_creators = 0;
    std::optional<int> max_creators;
    double min_spend_share = 0.0;
    std::optional<double> max_spend_share;
};

struct OptimiserConstraints {
    double budget = 0.0;  // in the plan's currency; the proposal never costs more
    int min_creators = 0;
    std::optional<int> max_creators;
    std::array<GroupLimits, kTierCount> tiers{};
    std::array<GroupLimits, kPlatformCount> platforms{};
    std::optional<double> max_creator_share;      // of the budget, on any one creator
    std::optional<double> min_average_frequency;  // exposures per person reached
    std::optional<double> min_effective_reach;    // people reached `effective_frequency` times or more
    std::optional<double> max_cpm;                // cost per 1,000 impressions
    std::optional<double> min_chance_roi_positive;  // Monte Carlo, checked on the last proposals
};

struct OptimiserProblem {
    OptimiserObjective objective = OptimiserObjective::NetReach;
    OptimiserConstraints constraints;
    std::vector<BookingOption> default_options{BookingOption{}};  // as planned
    std::vector<CandidateSetting> settings;  // creators not listed: candidates, default options
};

// For each creator of the plan, in roster order: the booking option chosen (an index into that
// creator's options in the candidate pool), or kNotChosen.
using Selection = std::vector<std::int32_t>;
inline constexpr std::int32_t kNotChosen = -1;

// A selection's figures by Roster's model: what project() of the proposal gives, with the whole
// plan's overlap evidence (see docs/OPTIMISER.md, "What it optimises").
struct SelectionFigures {
    std::size_t creators = 0;
    double cost = 0.0, impressions = 0.0, exposures = 0.0;
    double gross_reach = 0.0, net_reach = 0.0, on_target_reach = 0.0, effective_reach = 0.0;
    double conversions = 0.0, revenue = 0.0, gross_profit = 0.0;
    std::array<int, kTierCount> tier_creators{};
    std::array<double, kTierCount> tier_cost{};
    std::array<int, kPlatformCount> platform_creators{};
    std::array<double, kPlatformCount> platform_cost{};
    double average_frequency() const { return net_reach > 0.0 ? exposures / net_reach : 0.0; }
    double cpm() const { return impressions > 0.0 ? 1000.0 * cost / impressions : 0.0; }
    double roi() const { return cost > 0.0 ? (gross_profit - cost) / cost : 0.0; }
};

// Every constraint, by what it limits (and the tier or platform it concerns).
enum class ConstraintKind : std::uint8_t {
    Budget, MinCreators, MaxCreators,
    TierMinCreators, TierMaxCreators, TierMinShare, TierMaxShare,
    PlatformMinCreators, PlatformMaxCreators, PlatformMinShare, PlatformMaxShare,
    CreatorShare, MinAverageFrequency, MinEffectiveReach, MaxCpm, MinChanceRoiPositive
};
struct ConstraintRef {
    ConstraintKind kind = ConstraintKind::Budget;
    std::uint8_t group = 0;  // the Tier or Platform, for the kinds that have one
};
bool operator==(const ConstraintRef& a, const ConstraintRef& b);

// The constraint in words ("at most 5 TikTok creators"), for messages and reports.
Message describe_constraint(const ConstraintRef& constraint, const OptimiserConstraints& constraints,
                            const std::string& currency);

struct ChosenCreator {
    CreatorId creator = 0;
    std::int32_t option = 0;
    BookingOption booking;
    std::vector<Deliverable> deliverables;
    bool must_include = false;
    double cost = 0.0;
    double adds = 0.0;           // the objective lost without them (the rest kept as is)
    double adds_per_cost = 0.0;  // per unit of money
    double net_reach_added = 0.0;  // people only they reach in the proposal
};

enum class LeftOutReason : std::uint8_t {
    Budget,      // they would add, but not enough per unit of money for what is left of the budget
    Constraint,  // taking them breaks a constraint (named)
    Overlap      // most of the people they reach are already reached by someone chosen (named)
};

struct LeftOutCreator {
    CreatorId creator = 0;
    std::int32_t option = 0;
    BookingOption booking;
    double cost = 0.0;
    double would_add = 0.0;  // to the objective, added to the proposal as it is
    double would_add_per_cost = 0.0;
    LeftOutReason reason = LeftOutReason::Budget;
    std::optional<ConstraintRef> constraint;  // for Constraint
    CreatorId overlaps_most_with = 0;         // for Overlap: the chosen creator who shares most
    double overlap_share = 0.0;               // share of the people they reach already reached
};

// An upper bound on the best objective any selection can reach under the budget, and what it
// rests on (docs/OPTIMISER.md, "The bound").
enum class BoundBasis : std::uint8_t {
    None,           // no bound (effective reach and ROI P10 are not diminishing-returns figures)
    Knapsack,       // the objective adds up: the fractional knapsack over every booking option (a true bound)
    Submodular      // f(S) + the fractional knapsack of what each option would add to S: a bound when
                    // adding creators has diminishing returns, with the estimate scaled to the largest
                    // underestimate seen on the options checked with the deduplication
};
struct OptimiserBound {
    BoundBasis basis = BoundBasis::None;
    double value = 0.0;
    double gap = 0.0;        // (bound - objective) / bound
    double scale = 1.0;      // Submodular: the factor applied to the estimate
    std::size_t checked = 0;  // Submodular: options whose addition was checked with the deduplication
};

struct OptimiserResult {
    OptimiserObjective objective = OptimiserObjective::NetReach;
    double budget = 0.0;
    bool feasible = true;   // every constraint met
    bool cancelled = false;  // stopped early: the best found until then
    // Why nothing could be proposed, or which constraints cannot be met together.
    std::vector<Message> problems;
    std::vector<ConstraintRef> unmet;  // broken by the proposal (empty when feasible)
    Selection selection;
    SelectionFigures figures;
    double objective_value = 0.0;
    // Monte Carlo of the proposal, when the objective or a constraint needed it.
    std::optional<double> roi_p10, chance_roi_positive;
    std::vector<ChosenCreator> chosen;     // most added per unit of money first
    std::vector<LeftOutCreator> left_out;  // the best left out, most they would add per unit of money first
    OptimiserBound bound;
    // The planners' rule on the same candidates: highest objective per unit of money first, each
    // creator's own figures (overlap ignored), as long as the budget lasts; then Roster's model.
    // (For roi-p10, whose search goes by expected gross profit, the value is that gross profit.)
    Selection simple_rule;
    double simple_rule_value = 0.0;
    std::size_t exact_evaluations = 0;  // selections evaluated with the deduplication
};

struct OptimiserOptions {
    // Work allowed to the local search's exact evaluations, in units of about 8 nanoseconds of
    // the deduplication natively (evaluation_work in optimiser_objective.h; docs/OPTIMISER.md);
    // 0 switches the local search off.
    double exact_work = 20'000'000.0;
    int risk_draws = 1'000;  // Monte-Carlo draws per proposal checked for risk
    std::uint64_t seed = 1;
    bool explain = true;  // what each chosen creator adds, the best left out, the bound, the simple rule
    // Every start of the search's own (false: the greedy by gain per cost and the given starts
    // only, which a frontier's budgets use: each starts from the previous budget's proposal).
    bool thorough = true;
    std::size_t left_out_count = 10;
    // Selections the local search starts from besides its own (the plan as it is, the previous
    // point of a frontier); ignored when they break the budget.
    std::vector<Selection> starts;
};

class CandidatePool;  // optimiser_objective.h

// What the run is doing, for a progress label.
enum class OptimiserPhase : std::uint8_t { Preparing, Greedy, LocalSearch, Risk, Explaining, Done };

class OptimiserRun {
public:
    OptimiserRun(const Plan& plan, const Assumptions& assumptions, const OptimiserProblem& problem,
                 const OptimiserOptions& options = {});
    // On a pool already built (the frontier builds one for all its budgets). Its problem's
    // candidate settings and options must be those the pool was built with.
    OptimiserRun(std::shared_ptr<const CandidatePool> pool, const OptimiserProblem& problem,
                 const OptimiserOptions& options = {});
    ~OptimiserRun();
    OptimiserRun(OptimiserRun&&) noexcept;
    OptimiserRun& operator=(OptimiserRun&&) noexcept;

    // Takes up to `steps` steps; returns whether any are left. A step is one creator's bookings,
    // one row of the overlap matrix, one greedy booking or one move checked with the
    // deduplication: at 2,000 candidates a few milliseconds natively, the longest (about 30 ms)
    // the matrix's first row, which lays out its n x n numbers.
    bool advance(std::size_t steps);
    double progress() const;  // 0 to 1, never decreasing
    OptimiserPhase phase() const;
    // Stops the search: finish() then returns the best proposal found so far, marked cancelled.
    void cancel();
    bool cancelled() const;
    // Takes whatever is left (or, when cancelled, only the final evaluation). Call once.
    OptimiserResult finish();
    // The pool, once prepared (null before): a frontier or a later run can share it.
    std::shared_ptr<const CandidatePool> pool() const;

private:
    struct Work;
    std::unique_ptr<Work> work_;
};

// The whole run at once.
OptimiserResult optimise(const Plan& plan, const Assumptions& assumptions, const OptimiserProblem& problem,
                         const OptimiserOptions& options = {});

// The plan with the proposal as a new scenario named `name`, opened, the plan's own scenarios
// kept; the proposal's creators are booked as chosen and keep the stated overlaps among them.
// A plan that already holds the most scenarios a file allows gives a plan of the proposal alone
// (`alone` says so).
Plan plan_with_proposal(const Plan& plan, const OptimiserResult& result, const std::string& name, bool* alone = nullptr);

}  // namespace roster
