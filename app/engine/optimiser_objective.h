// The optimiser's candidates and Roster's own figures for any selection of them (optimiser.h).
//
// A CandidatePool holds, once for a plan and its candidate settings, every creator's median
// figures under each booking option it may take (creator_model.h: the same basis and evaluation
// as the projection) and the plan's overlap matrix (overlap.h), which depends on who the creators
// are and not on how they are booked. evaluate_selection() then gives a selection's figures as
// the projection of that selection would: costs, impressions, conversions and gross profit add
// up; net reach, frequency and effective reach come from deduplicate() over the chosen creators'
// audiences and their rows of the matrix; on-target reach is netted in the same proportion as
// net over gross reach (docs/MODEL.md §13).
//
// The matrix is the whole plan's, so a stated overlap between two creators informs the estimated
// pairs of every selection, including selections that leave one of them out (docs/OPTIMISER.md).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "assumptions.h"
#include "deduplication.h"
#include "message.h"
#include "optimiser.h"
#include "outcome.h"
#include "overlap.h"
#include "plan.h"

namespace roster {

// One way to book one creator, with what it buys.
struct PoolOption {
    BookingOption booking;
    std::vector<Deliverable> deliverables;
    Outcome outcome;  // the creator's median figures booked this way (reach gross)
    AudienceCreator audience;
    double cost = 0.0;
};

struct PoolCreator {
    CreatorId id = 0;
    std::string name;
    Platform platform = Platform::Instagram;
    Tier tier = Tier::Nano;
    CandidateRole role = CandidateRole::Candidate;
    std::vector<PoolOption> options;  // none for an excluded creator
};

class CandidatePool {
public:
    Plan plan;  // the scenario read, one scenario, creators as planned
    Assumptions assumptions;
    std::vector<PoolCreator> creators;  // in roster order
    OverlapMatrix matrix;               // over every creator of the plan, excluded ones too
    int effective_k = 3;
    std::vector<Message> problems;  // options refused (a format the platform lacks...), creators unknown

    std::size_t size() const { return creators.size(); }
    const PoolOption& option(std::size_t creator, std::int32_t option) const {
        return creators[creator].options[static_cast<std::size_t>(option)];
    }
    // The plan as it is, each creator as planned (kNotChosen where the pool has no such option).
    Selection as_planned() const;
};

// The pool in steps: every creator's options one creator per step, then the overlap matrix one
// row per step (OverlapMatrixRun).
class CandidatePoolBuild {
public:
    CandidatePoolBuild(const Plan& plan, const Assumptions& assumptions, const OptimiserProblem& problem);
    ~CandidatePoolBuild();
    CandidatePoolBuild(CandidatePoolBuild&&) noexcept;
    CandidatePoolBuild& operator=(CandidatePoolBuild&&) noexcept;

    bool advance(std::size_t steps);  // returns whether any are left
    std::size_t remaining() const;
    std::size_t total() const;
    std::shared_ptr<const CandidatePool> finish();  // call once

private:
    struct Work;
    std::unique_ptr<Work> work_;
};

std::shared_ptr<const CandidatePool> candidate_pool(const Plan& plan, const Assumptions& assumptions,
                                                    const OptimiserProblem& problem);

// The deliverable lines an option books for a creator whose plan lines are `planned`.
std::vector<Deliverable> booked_lines(const BookingOption& option, const std::vector<Deliverable>& planned);

// Roster's figures for a selection. `reach`, when given, receives the deduplication's result
// (with each chosen creator's incremental reach, in the order of the chosen creators).
SelectionFigures evaluate_selection(const CandidatePool& pool, const Selection& selection, NetReach* reach = nullptr);

// The objective's value from a selection's figures; RoiP10 needs the Monte Carlo and reads
// `roi_p10` (0 when not given).
double objective_value(OptimiserObjective objective, const SelectionFigures& figures, double roi_p10 = 0.0);

// The selection as a one-scenario plan: the chosen creators booked as chosen, in roster order,
// with the stated overlaps among them. Used for the Monte Carlo and for the proposal's scenario.
Plan selection_plan(const CandidatePool& pool, const Selection& selection);

// The people a creator's posts reach `k` times or more, as a share of all the people it reaches
// (its followers' and the others' exposures mixed).
double share_reached_at_least(const AudienceCreator& audience, int k);

// Work of one exact evaluation of `creators` chosen creators, in the unit of OptimiserOptions::exact_work.
double evaluation_work(std::size_t creators);

// The planners' rule (optimiser.h, OptimiserResult::simple_rule): options ranked by their own
// objective per unit of money, overlap ignored, must-include creators first, at most one option
// per creator, while the budget lasts.
Selection simple_rule_selection(const CandidatePool& pool, OptimiserObjective objective, double budget);

}  // namespace roster
