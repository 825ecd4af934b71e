#include "optimiser_objective.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "creator_model.h"
#include "validation.h"
#include "vocabulary.h"

namespace roster {
namespace {

std::int32_t halved(std::int32_t count) { return count <= 0 ? 0 : (count + 1) / 2; }

bool has_posts(const std::vector<Deliverable>& lines) {
    for (const Deliverable& d : lines)
        if (d.count > 0) return true;
    return false;
}

}  // namespace

double share_reached_at_least(const AudienceCreator& a, int k) {
    const double followers = a.followers * a.reached_share, others = a.other_reach;
    if (!(followers + others > 0.0)) return 0.0;
    double s = 0.0;
    for (int bin = std::max(0, k - 1); bin < kFrequencyBins; ++bin)
        s += followers * a.follower_frequency[static_cast<std::size_t>(bin)] +
             others * a.other_frequency[static_cast<std::size_t>(bin)];
    return std::clamp(s / (followers + others), 0.0, 1.0);
}

std::vector<Deliverable> booked_lines(const BookingOption& option, const std::vector<Deliverable>& planned) {
    std::vector<Deliverable> lines;
    switch (option.kind) {
        case OptionKind::AsPlanned: return planned;
        case OptionKind::OnePost:
            for (const Deliverable& d : planned)
                if (d.count > 0) {
                    lines.push_back({d.format, 1, d.unit_fee_cents});
                    break;
                }
            return lines;
        case OptionKind::HalfPosts:
            lines = planned;
            for (Deliverable& d : lines) d.count = halved(d.count);
            return lines;
        case OptionKind::DoublePosts:
            lines = planned;
            for (Deliverable& d : lines) d.count = std::min<std::int32_t>(d.count * 2, PlanLimits::kMaxPosts);
            return lines;
        case OptionKind::Custom: return option.deliverables;
    }
    return planned;
}

Selection CandidatePool::as_planned() const {
    Selection s(creators.size(), kNotChosen);
    for (std::size_t i = 0; i < creators.size(); ++i) {
        const std::vector<Deliverable>& planned = plan.creators[i].deliverables;
        for (std::size_t o = 0; o < creators[i].options.size(); ++o)
            if (creators[i].options[o].deliverables == planned) {
                s[i] = static_cast<std::int32_t>(o);
                break;
            }
    }
    return s;
}

struct CandidatePoolBuild::Work {
    std::shared_ptr<CandidatePool> pool = std::make_shared<CandidatePool>();
    std::vector<CandidateSetting> settings;        // the problem's, kept while the steps run
    std::vector<const CandidateSetting*> setting;  // per creator, into `settings`, or null
    std::vector<BookingOption> defaults;
    std::optional<OverlapMatrixRun> matrix;
    std::size_t next = 0;  // creators done

    void build_creator(std::size_t i) {
        CandidatePool& p = *pool;
        const Creator& c = p.plan.creators[i];
        PoolCreator& out = p.creators[i];
        out.id = c.id;
        out.name = c.name;
        out.platform = c.platform;
        out.tier = tier_of(c.followers, p.plan.tiers);
        out.role = setting[i] ? setting[i]->role : CandidateRole::Candidate;
        if (out.role == CandidateRole::Excluded) return;
        const std::vector<BookingOption>& asked =
            setting[i] && !setting[i]->options.empty() ? setting[i]->options : defaults;
        for (const BookingOption& option : asked) {
            std::vector<Deliverable> lines = booked_lines(option, c.deliverables);
            if (option.kind != OptionKind::AsPlanned && !has_posts(lines)) continue;
            const bool seen = std::any_of(out.options.begin(), out.options.end(),
                                          [&](const PoolOption& o) { return o.deliverables == lines; });
            if (seen) continue;
            Creator booked = c;
            booked.deliverables = lines;
            if (option.kind == OptionKind::Custom) {
                const std::vector<PlanProblem> problems = check_creator(booked, p.plan.campaign);
                if (!problems.empty()) {
                    p.problems.push_back(Message(MessageId::OptimiserOptionProblem)
                                             .text("creator", c.name)
                                             .text("option", option.label)
                                             .nested("cause", problems.front().message));
                    continue;
                }
            }
            PoolOption o;
            o.booking = option;
            o.deliverables = std::move(lines);
            const CreatorBasis basis = creator_basis(booked, p.plan, p.assumptions);
            evaluate(basis, o.outcome);
            o.audience = audience_of(basis);
            o.cost = o.outcome.cost();
            out.options.push_back(std::move(o));
        }
    }
};

CandidatePoolBuild::CandidatePoolBuild(const Plan& plan, const Assumptions& assumptions, const OptimiserProblem& problem)
    : work_(std::make_unique<Work>()) {
    CandidatePool& p = *work_->pool;
    p.plan = plan;
    p.plan.other_scenarios.clear();
    p.plan.scenario_position = 0;
    p.assumptions = assumptions;
    p.effective_k = static_cast<int>(std::lround(assumptions[assumption::kEffectiveFrequency]));
    p.creators.resize(plan.creators.size());
    work_->defaults = problem.default_options.empty() ? std::vector<BookingOption>{BookingOption{}} : problem.default_options;
    std::map<CreatorId, std::size_t> index;
    for (std::size_t i = 0; i < plan.creators.size(); ++i) index.emplace(plan.creators[i].id, i);
    work_->setting.assign(plan.creators.size(), nullptr);
    work_->settings = problem.settings;
    for (const CandidateSetting& s : work_->settings) {
        const auto it = index.find(s.creator);
        if (it == index.end()) {
            p.problems.push_back(Message(MessageId::OptimiserUnknownCreator).text("id", std::to_string(s.creator)));
            continue;
        }
        if (!work_->setting[it->second]) work_->setting[it->second] = &s;
    }
    work_->matrix.emplace(p.plan, assumptions);
}

CandidatePoolBuild::~CandidatePoolBuild() = default;
CandidatePoolBuild::CandidatePoolBuild(CandidatePoolBuild&&) noexcept = default;
CandidatePoolBuild& CandidatePoolBuild::operator=(CandidatePoolBuild&&) noexcept = default;

bool CandidatePoolBuild::advance(std::size_t steps) {
    Work& w = *work_;
    const std::size_t n = w.pool->creators.size();
    while (steps > 0 && w.next < n) {
        w.build_creator(w.next++);
        --steps;
    }
    if (steps > 0 && w.next == n && w.matrix->remaining() > 0) w.matrix->advance(steps);
    return remaining() > 0;
}

std::size_t CandidatePoolBuild::remaining() const {
    return (work_->pool->creators.size() - work_->next) + work_->matrix->remaining();
}

std::size_t CandidatePoolBuild::total() const { return 2 * work_->pool->creators.size(); }

std::shared_ptr<const CandidatePool> CandidatePoolBuild::finish() {
    while (advance(std::numeric_limits<std::size_t>::max() / 4)) {
    }
    work_->pool->matrix = work_->matrix->finish();
    return std::move(work_->pool);
}

std::shared_ptr<const CandidatePool> candidate_pool(const Plan& plan, const Assumptions& assumptions,
                                                    const OptimiserProblem& problem) {
    return CandidatePoolBuild(plan, assumptions, problem).finish();
}

SelectionFigures evaluate_selection(const CandidatePool& pool, const Selection& selection, NetReach* reach) {
    SelectionFigures f;
    std::vector<std::size_t> chosen;
    const std::size_t n = std::min(selection.size(), pool.creators.size());
    for (std::size_t i = 0; i < n; ++i)
        if (selection[i] != kNotChosen) chosen.push_back(i);
    const std::size_t k = chosen.size();
    f.creators = k;
    std::vector<AudienceCreator> audiences;
    audiences.reserve(k);
    double on_target = 0.0;
    for (std::size_t i : chosen) {
        const PoolCreator& c = pool.creators[i];
        const PoolOption& o = pool.option(i, selection[i]);
        f.cost += o.cost;
        f.impressions += o.outcome.impressions;
        f.gross_reach += o.outcome.reach;
        on_target += o.outcome.on_target_reach;
        f.conversions += o.outcome.conversions;
        f.revenue += o.outcome.revenue;
        f.gross_profit += o.outcome.gross_profit;
        f.tier_creators[static_cast<std::size_t>(c.tier)] += 1;
        f.tier_cost[static_cast<std::size_t>(c.tier)] += o.cost;
        f.platform_creators[static_cast<std::size_t>(c.platform)] += 1;
        f.platform_cost[static_cast<std::size_t>(c.platform)] += o.cost;
        audiences.push_back(o.audience);
    }
    if (k == 0) {
        if (reach) *reach = NetReach{};
        return f;
    }
    // The chosen rows of the matrix, in a buffer kept from one evaluation to the next: a search
    // evaluates thousands of selections, and a fresh block of megabytes each time cost more in
    // page faults than the deduplication.
    static thread_local std::vector<double> shared;
    shared.resize(k * k);
    for (std::size_t a = 0; a < k; ++a)
        for (std::size_t b = 0; b < k; ++b) shared[a * k + b] = pool.matrix.at(chosen[a], chosen[b]);
    DeduplicationOptions options;
    options.effective_k = pool.effective_k;
    options.curves = false;
    NetReach r = deduplicate(audiences, shared, pool.matrix.universe, options);
    f.net_reach = r.net_reach;
    f.exposures = r.exposures;
    f.effective_reach = r.effective_reach;
    f.on_target_reach = on_target * r.net_share();
    if (reach) *reach = std::move(r);
    return f;
}

double objective_value(OptimiserObjective objective, const SelectionFigures& f, double roi_p10) {
    switch (objective) {
        case OptimiserObjective::NetReach: return f.net_reach;
        case OptimiserObjective::OnTargetReach: return f.on_target_reach;
        case OptimiserObjective::EffectiveReach: return f.effective_reach;
        case OptimiserObjective::Conversions: return f.conversions;
        case OptimiserObjective::GrossProfit: return f.gross_profit;
        case OptimiserObjective::RoiP10: return roi_p10;
    }
    return 0.0;
}

Plan selection_plan(const CandidatePool& pool, const Selection& selection) {
    Plan p = pool.plan;
    p.creators.clear();
    std::set<CreatorId> in;
    for (std::size_t i = 0; i < pool.creators.size() && i < selection.size(); ++i) {
        if (selection[i] == kNotChosen) continue;
        Creator c = pool.plan.creators[i];
        c.deliverables = pool.option(i, selection[i]).deliverables;
        in.insert(c.id);
        p.creators.push_back(std::move(c));
    }
    p.overlaps.clear();
    for (const Overlap& o : pool.plan.overlaps)
        if (in.count(o.first) && in.count(o.second)) p.overlaps.push_back(o);
    return p;
}

double evaluation_work(std::size_t creators) {
    // The deduplication's cost (docs/MODEL.md §13): a fixed part per creator (its frequency
    // mixtures), the pairs of its closest (80 up to 250 creators, 16 beyond) and one pass over
    // the others per creator. Fitted to evaluate_selection() of 10 to 500 creators natively: one
    // unit is about 8 nanoseconds there.
    const double k = static_cast<double>(creators);
    const double closest = static_cast<double>(std::min<std::size_t>(creators, creators > 250 ? 16 : 80));
    return 600.0 * k + k * closest * closest / 2.0 + 1.5 * k * k + 200.0;
}

Selection simple_rule_selection(const CandidatePool& pool, OptimiserObjective objective, double budget) {
    const auto own = [&](const PoolOption& o) {
        switch (objective) {
            case OptimiserObjective::NetReach: return o.outcome.reach;
            case OptimiserObjective::OnTargetReach: return o.outcome.on_target_reach;
            case OptimiserObjective::EffectiveReach:
                return o.outcome.reach * share_reached_at_least(o.audience, pool.effective_k);
            case OptimiserObjective::Conversions: return o.outcome.conversions;
            case OptimiserObjective::GrossProfit:
            case OptimiserObjective::RoiP10: return o.outcome.gross_profit;
        }
        return 0.0;
    };
    const auto ratio = [&](const PoolOption& o) {
        const double v = own(o);
        if (o.cost <= 0.0) return v > 0.0 ? std::numeric_limits<double>::infinity() : 0.0;
        return v / o.cost;
    };
    Selection s(pool.size(), kNotChosen);
    double spent = 0.0;
    struct Item {
        std::size_t creator;
        std::int32_t option;
        double ratio;
    };
    std::vector<Item> items;
    for (std::size_t i = 0; i < pool.size(); ++i) {
        const PoolCreator& c = pool.creators[i];
        if (c.options.empty()) continue;
        if (c.role == CandidateRole::MustInclude) {
            std::int32_t best = 0;
            for (std::size_t o = 1; o < c.options.size(); ++o)
                if (ratio(c.options[o]) > ratio(c.options[static_cast<std::size_t>(best)])) best = static_cast<std::int32_t>(o);
            s[i] = best;
            spent += c.options[static_cast<std::size_t>(best)].cost;
            continue;
        }
        for (std::size_t o = 0; o < c.options.size(); ++o)
            if (own(c.options[o]) > 0.0) items.push_back({i, static_cast<std::int32_t>(o), ratio(c.options[o])});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.ratio > b.ratio; });
    for (const Item& it : items) {
        if (s[it.creator] != kNotChosen) continue;
        const double cost = pool.option(it.creator, it.option).cost;
        if (spent + cost > budget * (1.0 + 1e-12)) continue;
        s[it.creator] = it.option;
        spent += cost;
    }
    return s;
}

}  // namespace roster
