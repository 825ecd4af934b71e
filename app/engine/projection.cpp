#include "projection.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

#include "creator_model.h"
#include "overlap.h"
#include "reach_ceiling.h"
#include "response.h"

namespace roster {

namespace {

// The plan-level figures that count people, netted by the overlap factor.
void net_of_overlap(Projection& p) {
    p.total.reach = p.gross_reach * p.overlap_factor;
    if (!p.net_reach_pending) p.total.reach = p.audience.net_reach;
    // On-target reach lives in the target universe: netted like the rest, then held inside it.
    p.total.on_target_reach = within_ceiling(p.total.on_target_reach * p.overlap_factor, p.universe);
    p.total.profiled_reach *= p.overlap_factor;
    p.total.effective_reach *= p.overlap_factor;
    p.ratios = ratios_of(p.total);
}

}  // namespace

BaselineChannel baseline_channel(const Plan& plan, const Assumptions& a, double spend) {
    using namespace assumption;
    BaselineChannel b;
    b.platform = plan.campaign.baseline_platform;
    if (static_cast<unsigned>(b.platform) >= static_cast<unsigned>(kPlatformCount)) b.platform = Platform::Instagram;
    b.spend = std::max(spend, 0.0);
    const double cpm = a[of(kPaidCpm, b.platform)];
    b.impressions = cpm > 0.0 ? b.spend / cpm * 1000.0 : 0.0;
    b.clicks = b.impressions * a[of(kPaidClickThrough, b.platform)];
    b.conversions = b.clicks * a[kConversionRate];
    b.revenue = b.conversions * units_from_cents(std::max<std::int64_t>(plan.campaign.average_order_value_cents, 0));
    const double universe = static_cast<double>(std::max<std::int64_t>(plan.campaign.target_universe, 0));
    b.reach_known = universe > 0.0;
    b.reach = nbd_reach(b.impressions, universe, a[kAmplificationShape]);
    if (b.spend > 0.0) {
        b.roas = b.revenue / b.spend;
        b.roi = (b.revenue * std::clamp(fraction_from_ppm(plan.campaign.gross_margin_ppm), 0.0, 1.0) - b.spend) / b.spend;
    }
    return b;
}

// Everything between steps. The matrix and the audiences stay where they are while the
// deduplication reads them, hence one allocation that the run's handle points to.
struct ProjectionRun::Work {
    Projection result;  // every creator's figures and the gross totals; net reach at finish
    std::vector<AudienceCreator> audiences;
    std::optional<OverlapMatrixRun> matrix_run;  // none when an earlier matrix still holds
    std::shared_ptr<const OverlapMatrix> matrix;
    std::optional<Deduplication> deduplication;
    std::optional<NetReach> net;  // an earlier net reach that still holds
    DeduplicationOptions options;
    std::size_t steps = 0, done = 0;

    void deduplicate_from(std::shared_ptr<const OverlapMatrix> m) {
        matrix = std::move(m);
        deduplication.emplace(audiences, matrix->shared, matrix->universe, options);
    }

    // What of `earlier` this plan can use; the steps left to take.
    void reuse(const Plan& plan, const Assumptions& a, const ReachBasis* earlier) {
        const std::size_t n = plan.creators.size();
        OverlapMatrixRun run(plan, a);
        if (earlier && earlier->matrix && run.would_make(*earlier->matrix)) {
            if (earlier->audiences == audiences && earlier->effective_k == options.effective_k) {
                matrix = earlier->matrix;
                net = earlier->net;
                steps = 0;
            } else {
                deduplicate_from(earlier->matrix);
                steps = n;
            }
        } else {
            matrix_run.emplace(std::move(run));
            steps = 2 * n;
        }
    }
};

ProjectionRun::ProjectionRun(const Plan& plan, const Assumptions& a, std::shared_ptr<const ReachBasis> earlier)
    : work_(std::make_unique<Work>()) {
    Projection& result = work_->result;
    result.creators.reserve(plan.creators.size());
    work_->audiences.reserve(plan.creators.size());
    std::vector<CreatorBasis> bases;
    bases.reserve(plan.creators.size());
    for (const Creator& c : plan.creators) bases.push_back(creator_basis(c, plan, a));
    // A creator's row is its own median; the plan's totals count the views at the median of
    // their sum (creator_model.h), which is where the plan's draws are centred.
    result.views_scale = plan_views_scale(bases);
    result.recommended_scale = plan_recommended_scale(bases);
    for (std::size_t i = 0; i < plan.creators.size(); ++i) {
        const Creator& c = plan.creators[i];
        const CreatorBasis& basis = bases[i];
        CreatorProjection p;
        p.id = c.id;
        p.platform = basis.platform;
        p.tier = basis.tier;
        p.reference_rate = basis.reference_rate;
        p.measured = basis.measured;
        p.on_target_known = basis.on_target.has_value();
        evaluate(basis, p.outcome);
        p.ratios = ratios_of(p.outcome);
        Outcome part;
        evaluate(basis, part, result.views_scale, result.recommended_scale);
        result.by_tier[static_cast<std::size_t>(p.tier)] += part;
        result.by_platform[static_cast<std::size_t>(p.platform)] += part;
        result.total += part;
        result.followers += std::clamp<std::int64_t>(c.followers, 0, 10'000'000'000);
        result.creators.push_back(p);
        work_->audiences.push_back(audience_of(basis, result.recommended_scale));
    }
    result.gross_reach = result.total.reach;
    result.budget_cap = units_from_cents(std::max<std::int64_t>(plan.campaign.budget_cap_cents, 0));
    result.budget_left = result.budget_cap > 0.0 ? result.budget_cap - result.total.cost() : 0.0;
    result.universe = static_cast<double>(std::max<std::int64_t>(plan.campaign.target_universe, 0));
    result.baseline = baseline_channel(plan, a, result.total.cost());
    result.net_reach_pending = true;
    work_->options.effective_k = static_cast<int>(std::lround(a[assumption::kEffectiveFrequency]));
    work_->options.curves = false;
    work_->reuse(plan, a, earlier.get());
}

ProjectionRun::~ProjectionRun() = default;
ProjectionRun::ProjectionRun(ProjectionRun&&) noexcept = default;
ProjectionRun& ProjectionRun::operator=(ProjectionRun&&) noexcept = default;

bool ProjectionRun::advance(std::size_t steps) {
    Work& w = *work_;
    while (steps > 0 && w.done < w.steps) {
        if (!w.deduplication) {
            const std::size_t rows = std::min(steps, w.matrix_run->remaining());
            w.matrix_run->advance(rows);
            w.done += rows;
            steps -= rows;
            if (w.matrix_run->remaining() > 0) break;
            w.deduplicate_from(std::make_shared<const OverlapMatrix>(w.matrix_run->finish()));
        } else {
            const std::size_t creators = std::min(steps, w.deduplication->remaining());
            w.deduplication->advance(creators);
            w.done += creators;
            steps -= creators;
        }
    }
    return w.done < w.steps;
}

std::size_t ProjectionRun::remaining() const { return work_->steps - work_->done; }

double ProjectionRun::progress() const {
    return work_->steps == 0 ? 1.0 : static_cast<double>(work_->done) / static_cast<double>(work_->steps);
}

Projection ProjectionRun::provisional(const Projection& previous) const {
    Projection p = work_->result;
    // The previous plan's share of distinct people, applied to this plan's gross reach: close
    // for an edit of a few creators, and replaced within a few frames.
    p.overlap_factor = previous.creators.empty() ? 1.0 : previous.overlap_factor;
    p.audience = previous.audience;
    p.reach_basis = previous.reach_basis;  // what the net reach shown was made from
    std::unordered_map<CreatorId, std::size_t> before;
    for (std::size_t i = 0; i < previous.creators.size(); ++i) before.emplace(previous.creators[i].id, i);
    p.audience.incremental.assign(p.creators.size(), 0.0);
    p.audience.exclusive_followers.assign(p.creators.size(), 0.0);
    for (std::size_t i = 0; i < p.creators.size(); ++i) {
        const auto it = before.find(p.creators[i].id);
        if (it == before.end()) continue;
        if (it->second < previous.audience.incremental.size())
            p.audience.incremental[i] = previous.audience.incremental[it->second];
        if (it->second < previous.audience.exclusive_followers.size())
            p.audience.exclusive_followers[i] = previous.audience.exclusive_followers[it->second];
    }
    net_of_overlap(p);
    return p;
}

Projection ProjectionRun::finish() {
    Work& w = *work_;
    while (advance(w.steps)) {
    }
    if (!w.net && !w.deduplication)  // no creators: nothing was stepped
        w.deduplicate_from(std::make_shared<const OverlapMatrix>(w.matrix_run->finish()));
    auto basis = std::make_shared<ReachBasis>();
    basis->net = w.net ? std::move(*w.net) : w.deduplication->finish();
    basis->matrix = std::move(w.matrix);
    basis->audiences = std::move(w.audiences);
    basis->effective_k = w.options.effective_k;
    w.deduplication.reset();  // it read the audiences, moved just now
    Projection result = std::move(w.result);
    result.audience = basis->net;
    result.overlap_factor = result.audience.net_share();
    result.net_reach_pending = false;
    result.reach_basis = std::move(basis);
    net_of_overlap(result);
    return result;
}

NetOfGross net_of_gross(const Projection& p) {
    return {p.audience.gross_reach, p.audience.net_reach, p.audience.universe};
}

Projection project(const Plan& plan, const Assumptions& a) { return ProjectionRun(plan, a).finish(); }

Projection project(const Plan& plan) { return project(plan, resolve_assumptions(plan)); }

}  // namespace roster
