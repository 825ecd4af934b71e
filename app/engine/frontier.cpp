#include "frontier.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "optimiser_objective.h"

namespace roster {

struct FrontierRun::Work {
    OptimiserProblem problem;
    FrontierOptions options;
    std::optional<CandidatePoolBuild> build;
    std::shared_ptr<const CandidatePool> pool;
    std::optional<OptimiserRun> run;
    Frontier result;
    Selection as_planned;
    std::size_t next = 0;  // points started
    bool cancelled = false, ready = false, done = false;
    double shown_progress = 0.0;

    void prepare() {
        pool = build->finish();
        build.reset();
        Frontier& f = result;
        f.objective = problem.objective;
        f.marginal_unit = objective_counts_people(problem.objective) ? 1000.0 : 1.0;
        as_planned = pool->as_planned();
        f.plan_figures = evaluate_selection(*pool, as_planned);
        f.plan_value = objective_value(problem.objective, f.plan_figures);
        const std::int64_t cap = pool->plan.campaign.budget_cap_cents;
        f.plan_budget = cap > 0 ? units_from_cents(cap) : f.plan_figures.cost;
        ready = true;
        if (!(f.plan_budget > 0.0) && !(options.top_budget > 0.0)) {
            f.problems.push_back(Message(MessageId::OptimiserNoBudget));
            done = true;
        }
        if (options.points == 0) done = true;
    }

    double budget_of(std::size_t k) const {
        const double top = options.top_budget > 0.0 ? options.top_budget : 2.0 * result.plan_budget;
        return top * static_cast<double>(k + 1) / static_cast<double>(options.points);
    }

    void start_point() {
        OptimiserProblem p = problem;
        p.constraints.budget = budget_of(next);
        OptimiserOptions o = options.optimiser;
        if (!result.points.empty()) o.starts.push_back(result.points.back().selection);
        o.starts.push_back(as_planned);
        run.emplace(pool, p, o);
        ++next;
    }

    void finish_point() {
        OptimiserResult r = run->finish();
        run.reset();
        FrontierPoint point;
        point.budget = budget_of(next - 1);
        point.feasible = r.feasible;
        point.selection = std::move(r.selection);
        point.figures = r.figures;
        point.objective_value = r.objective_value;
        if (result.points.empty())
            for (const Message& m : r.problems) result.problems.push_back(m);
        if (!result.points.empty()) {
            // More budget never gives a worse proposal: the previous one still fits.
            const FrontierPoint& before = result.points.back();
            const bool keep_before = (before.feasible && !point.feasible) ||
                                     (before.feasible == point.feasible && before.objective_value > point.objective_value);
            if (keep_before) {
                const double budget = point.budget;
                point = before;
                point.budget = budget;
            }
        }
        const double cost_before = result.points.empty() ? 0.0 : result.points.back().figures.cost;
        const double value_before = result.points.empty() ? 0.0 : result.points.back().objective_value;
        const double more = point.objective_value - value_before;
        point.marginal_cost = more > 0.0 ? (point.figures.cost - cost_before) / more * result.marginal_unit : 0.0;
        result.points.push_back(std::move(point));
        if (next >= options.points) done = true;
    }

    // Where the plan as it is stands against the frontier.
    void place_plan() {
        Frontier& f = result;
        const double cost = f.plan_figures.cost;
        double at = 0.0;
        double budget_before = 0.0, value_before = 0.0;
        bool found = false;
        for (const FrontierPoint& p : f.points) {
            if (cost <= p.budget) {
                const double span = p.budget - budget_before;
                const double t = span > 0.0 ? (cost - budget_before) / span : 1.0;
                at = value_before + t * (p.objective_value - value_before);
                found = true;
                break;
            }
            budget_before = p.budget;
            value_before = p.objective_value;
        }
        if (!found && !f.points.empty()) at = f.points.back().objective_value;
        f.frontier_at_plan_cost = at;
        f.plan_shortfall = at > 0.0 ? (at - f.plan_value) / at : 0.0;
    }

    double progress_now() const {
        if (!ready) return build && build->total() > 0
                               ? 0.2 * (1.0 - static_cast<double>(build->remaining()) / static_cast<double>(build->total()))
                               : 0.0;
        if (done || options.points == 0) return 1.0;
        const double within = run ? run->progress() : 0.0;
        const double points_done = static_cast<double>(result.points.size()) + within;
        return 0.2 + 0.8 * points_done / static_cast<double>(options.points);
    }

    void step() {
        if (!ready) {
            if (build->advance(1)) return;
            prepare();
            return;
        }
        if (done) return;
        if (!run) {
            start_point();
            return;
        }
        if (run->advance(1)) return;
        finish_point();
    }
};

FrontierRun::FrontierRun(const Plan& plan, const Assumptions& assumptions, const OptimiserProblem& problem,
                         const FrontierOptions& options)
    : work_(std::make_unique<Work>()) {
    work_->problem = problem;
    work_->options = options;
    work_->build.emplace(plan, assumptions, problem);
}

FrontierRun::~FrontierRun() = default;
FrontierRun::FrontierRun(FrontierRun&&) noexcept = default;
FrontierRun& FrontierRun::operator=(FrontierRun&&) noexcept = default;

bool FrontierRun::advance(std::size_t steps) {
    Work& w = *work_;
    while (steps-- > 0 && !w.cancelled && !w.done) {
        w.step();
        w.shown_progress = std::max(w.shown_progress, w.progress_now());
    }
    return !w.cancelled && !w.done;
}

double FrontierRun::progress() const { return work_->shown_progress; }
std::size_t FrontierRun::points_done() const { return work_->result.points.size(); }
void FrontierRun::cancel() {
    work_->cancelled = true;
    if (work_->run) work_->run->cancel();
}
bool FrontierRun::cancelled() const { return work_->cancelled; }

Frontier FrontierRun::finish() {
    Work& w = *work_;
    while (advance(1 << 20)) {
    }
    w.run.reset();
    w.result.cancelled = w.cancelled;
    if (w.ready) w.place_plan();
    return std::move(w.result);
}

Frontier efficient_frontier(const Plan& plan, const Assumptions& assumptions, const OptimiserProblem& problem,
                            const FrontierOptions& options) {
    return FrontierRun(plan, assumptions, problem, options).finish();
}

}  // namespace roster
