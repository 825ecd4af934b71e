#include "optimiser_constraints.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "optimiser_objective.h"

namespace roster {
namespace {

constexpr double kSlack = 1e-9;  // relative: sums of money in different orders differ in the last bits

Term tier_term(std::size_t t) { return static_cast<Term>(static_cast<std::size_t>(Term::OptimiserTierNano) + t); }

bool over(double value, double limit) { return value > limit + kSlack * std::max(1.0, std::abs(limit)); }

double share_of(double part, double whole) { return whole > 0.0 ? part / whole : 0.0; }

// Shortfall of `value` below `least`, relative to it.
double below(double value, double least) { return least > 0.0 && value < least ? (least - value) / least : 0.0; }
// Excess of `value` above `most`, relative to it (to 1 when the limit is 0).
double above(double value, double most) { return over(value, most) ? (value - most) / std::max(most, 1.0) : 0.0; }

struct GroupView {
    ConstraintKind min_creators, max_creators, min_share, max_share;
    const GroupLimits* limits;
    std::size_t count;
    const int* creators;
    const double* cost;
};

template <typename F>
void each_group(const OptimiserConstraints& c, const SelectionFigures& f, F&& visit) {
    for (std::size_t t = 0; t < kTierCount; ++t)
        visit(GroupView{ConstraintKind::TierMinCreators, ConstraintKind::TierMaxCreators, ConstraintKind::TierMinShare,
                        ConstraintKind::TierMaxShare, &c.tiers[t], t, f.tier_creators.data(), f.tier_cost.data()});
    for (std::size_t p = 0; p < kPlatformCount; ++p)
        visit(GroupView{ConstraintKind::PlatformMinCreators, ConstraintKind::PlatformMaxCreators,
                        ConstraintKind::PlatformMinShare, ConstraintKind::PlatformMaxShare, &c.platforms[p], p,
                        f.platform_creators.data(), f.platform_cost.data()});
}

ConstraintRef ref(ConstraintKind kind, std::size_t group = 0) { return ConstraintRef{kind, static_cast<std::uint8_t>(group)}; }

bool tier_kind(ConstraintKind k) {
    return k == ConstraintKind::TierMinCreators || k == ConstraintKind::TierMaxCreators ||
           k == ConstraintKind::TierMinShare || k == ConstraintKind::TierMaxShare;
}

}  // namespace

bool operator==(const ConstraintRef& a, const ConstraintRef& b) { return a.kind == b.kind && a.group == b.group; }

Message describe_constraint(const ConstraintRef& r, const OptimiserConstraints& c, const std::string& currency) {
    using K = ConstraintKind;
    const std::size_t g = r.group;
    const bool tier = tier_kind(r.kind);
    const GroupLimits& limits = tier ? c.tiers[std::min<std::size_t>(g, kTierCount - 1)]
                                     : c.platforms[std::min<std::size_t>(g, kPlatformCount - 1)];
    const auto group_message = [&](MessageId tier_id, MessageId platform_id) {
        return tier ? Message(tier_id).term("tier", tier_term(std::min<std::size_t>(g, kTierCount - 1)))
                    : Message(platform_id).platform("platform", static_cast<Platform>(std::min<std::size_t>(g, kPlatformCount - 1)));
    };
    switch (r.kind) {
        case K::Budget: return Message(MessageId::ConstraintBudget).money("budget", c.budget, currency);
        case K::MinCreators: return Message(MessageId::ConstraintMinCreators).count("n", c.min_creators);
        case K::MaxCreators: return Message(MessageId::ConstraintMaxCreators).count("n", c.max_creators.value_or(0));
        case K::TierMinCreators:
        case K::PlatformMinCreators:
            return group_message(MessageId::ConstraintTierMinCreators, MessageId::ConstraintPlatformMinCreators)
                .count("n", limits.min_creators);
        case K::TierMaxCreators:
        case K::PlatformMaxCreators:
            return group_message(MessageId::ConstraintTierMaxCreators, MessageId::ConstraintPlatformMaxCreators)
                .count("n", limits.max_creators.value_or(0));
        case K::TierMinShare:
        case K::PlatformMinShare:
            return group_message(MessageId::ConstraintTierMinShare, MessageId::ConstraintPlatformMinShare)
                .percent("share", limits.min_spend_share);
        case K::TierMaxShare:
        case K::PlatformMaxShare:
            return group_message(MessageId::ConstraintTierMaxShare, MessageId::ConstraintPlatformMaxShare)
                .percent("share", limits.max_spend_share.value_or(1.0));
        case K::CreatorShare:
            return Message(MessageId::ConstraintCreatorShare).percent("share", c.max_creator_share.value_or(1.0));
        case K::MinAverageFrequency:
            return Message(MessageId::ConstraintMinFrequency).decimal("frequency", c.min_average_frequency.value_or(0.0));
        case K::MinEffectiveReach:
            return Message(MessageId::ConstraintMinEffectiveReach).integer("people", std::round(c.min_effective_reach.value_or(0.0)));
        case K::MaxCpm: return Message(MessageId::ConstraintMaxCpm).money("cpm", c.max_cpm.value_or(0.0), currency);
        case K::MinChanceRoiPositive:
            return Message(MessageId::ConstraintMinChanceRoiPositive).percent("share", c.min_chance_roi_positive.value_or(0.0));
    }
    return Message(MessageId::ConstraintBudget).money("budget", c.budget, currency);
}

void tally(SelectionFigures& f, const PoolCreator& creator, const PoolOption& option, int sign) {
    const double s = static_cast<double>(sign);
    f.creators = static_cast<std::size_t>(static_cast<long long>(f.creators) + sign);
    f.cost += s * option.cost;
    f.impressions += s * option.outcome.impressions;
    f.conversions += s * option.outcome.conversions;
    f.revenue += s * option.outcome.revenue;
    f.gross_profit += s * option.outcome.gross_profit;
    f.gross_reach += s * option.outcome.reach;
    f.tier_creators[static_cast<std::size_t>(creator.tier)] += sign;
    f.tier_cost[static_cast<std::size_t>(creator.tier)] += s * option.cost;
    f.platform_creators[static_cast<std::size_t>(creator.platform)] += sign;
    f.platform_cost[static_cast<std::size_t>(creator.platform)] += s * option.cost;
}

ConstraintCheck check_constraints(const OptimiserConstraints& c, const SelectionFigures& f, bool with_reach) {
    ConstraintCheck out;
    const auto add = [&](double v, ConstraintRef r) {
        if (v <= 0.0) return;
        out.violation += v;
        out.broken.push_back(r);
    };
    add(10.0 * above(f.cost, c.budget), ref(ConstraintKind::Budget));
    const double n = static_cast<double>(f.creators);
    add(below(n, c.min_creators), ref(ConstraintKind::MinCreators));
    if (c.max_creators) add(above(n, *c.max_creators), ref(ConstraintKind::MaxCreators));
    each_group(c, f, [&](const GroupView& g) {
        const GroupLimits& l = *g.limits;
        const double count = g.creators[g.count];
        add(below(count, l.min_creators), ref(g.min_creators, g.count));
        if (l.max_creators) add(above(count, *l.max_creators), ref(g.max_creators, g.count));
        const double share = share_of(g.cost[g.count], f.cost);
        if (l.min_spend_share > 0.0 && share < l.min_spend_share - kSlack)
            add(l.min_spend_share - share, ref(g.min_share, g.count));
        if (l.max_spend_share && share > *l.max_spend_share + kSlack)
            add(share - *l.max_spend_share, ref(g.max_share, g.count));
    });
    if (c.max_cpm && f.impressions > 0.0) add(above(f.cpm(), *c.max_cpm), ref(ConstraintKind::MaxCpm));
    if (c.max_cpm && !(f.impressions > 0.0) && f.cost > 0.0) add(1.0, ref(ConstraintKind::MaxCpm));
    if (with_reach) {
        if (c.min_average_frequency)
            add(below(f.average_frequency(), *c.min_average_frequency), ref(ConstraintKind::MinAverageFrequency));
        if (c.min_effective_reach)
            add(below(f.effective_reach, *c.min_effective_reach), ref(ConstraintKind::MinEffectiveReach));
    }
    return out;
}

bool constraints_need_reach(const OptimiserConstraints& c) {
    return c.min_average_frequency.has_value() || c.min_effective_reach.has_value();
}

bool option_allowed(const OptimiserConstraints& c, const PoolOption& option) {
    if (over(option.cost, c.budget)) return false;
    if (c.max_creator_share && over(option.cost, *c.max_creator_share * c.budget)) return false;
    return true;
}

bool keeps_maximums(const OptimiserConstraints& c, const SelectionFigures& f, const PoolCreator& creator,
                    const PoolOption& option, const PoolOption* replaced) {
    const double cost = f.cost + option.cost - (replaced ? replaced->cost : 0.0);
    if (over(cost, c.budget)) return false;
    if (replaced) return true;  // same creator, same counts
    if (c.max_creators && static_cast<int>(f.creators) + 1 > *c.max_creators) return false;
    const GroupLimits& t = c.tiers[static_cast<std::size_t>(creator.tier)];
    if (t.max_creators && f.tier_creators[static_cast<std::size_t>(creator.tier)] + 1 > *t.max_creators) return false;
    const GroupLimits& p = c.platforms[static_cast<std::size_t>(creator.platform)];
    if (p.max_creators && f.platform_creators[static_cast<std::size_t>(creator.platform)] + 1 > *p.max_creators)
        return false;
    return true;
}

std::optional<ConstraintRef> first_broken_by(const OptimiserConstraints& c, const SelectionFigures& f,
                                             const PoolCreator& creator, const PoolOption& option) {
    if (c.max_creator_share && over(option.cost, *c.max_creator_share * c.budget)) return ref(ConstraintKind::CreatorShare);
    SelectionFigures after = f;
    tally(after, creator, option, 1);
    const ConstraintCheck before_check = check_constraints(c, f, false);
    const ConstraintCheck after_check = check_constraints(c, after, false);
    for (const ConstraintRef& r : after_check.broken) {
        if (r.kind == ConstraintKind::Budget) continue;
        const bool was = std::find(before_check.broken.begin(), before_check.broken.end(), r) != before_check.broken.end();
        const bool maximum = r.kind == ConstraintKind::MaxCreators || r.kind == ConstraintKind::TierMaxCreators ||
                             r.kind == ConstraintKind::PlatformMaxCreators || r.kind == ConstraintKind::TierMaxShare ||
                             r.kind == ConstraintKind::PlatformMaxShare || r.kind == ConstraintKind::MaxCpm;
        if (maximum && !was) return r;
    }
    return std::nullopt;
}

std::vector<Message> conflicting_constraints(const CandidatePool& pool, const OptimiserConstraints& c,
                                             OptimiserObjective objective) {
    std::vector<Message> out;
    const std::string& currency = pool.plan.campaign.currency;
    const auto said = [&](ConstraintRef r) { return describe_constraint(r, c, currency); };
    if (!(c.budget > 0.0)) {
        out.push_back(Message(MessageId::OptimiserNoBudget));
        return out;
    }
    std::size_t candidates = 0;
    double on_target = 0.0;
    for (const PoolCreator& p : pool.creators) {
        if (!p.options.empty()) ++candidates;
        for (const PoolOption& o : p.options) on_target += o.outcome.on_target_reach;
    }
    if (candidates == 0) {
        out.push_back(Message(MessageId::OptimiserNoCandidates));
        return out;
    }
    const bool needs_money = objective == OptimiserObjective::GrossProfit || objective == OptimiserObjective::RoiP10 ||
                             c.min_chance_roi_positive.has_value();
    if (needs_money && pool.plan.campaign.average_order_value_cents <= 0)
        out.push_back(Message(MessageId::OptimiserNeedsOrderValue));
    if (objective == OptimiserObjective::OnTargetReach && !(on_target > 0.0))
        out.push_back(Message(MessageId::OptimiserOnTargetUnknown));

    // Each creator's cheapest allowed option, and who counts towards what.
    SelectionFigures musts;  // tallies of the must-include creators at their cheapest
    std::vector<double> cheapest(pool.size(), std::numeric_limits<double>::infinity());
    std::array<std::vector<double>, kTierCount> tier_costs;
    std::array<std::vector<double>, kPlatformCount> platform_costs;
    std::vector<double> other_costs;
    std::array<int, kTierCount> tier_candidates{};
    std::array<int, kPlatformCount> platform_candidates{};
    int allowed_candidates = 0;
    double lowest_cpm = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < pool.size(); ++i) {
        const PoolCreator& p = pool.creators[i];
        std::int32_t best = kNotChosen;
        for (std::size_t o = 0; o < p.options.size(); ++o) {
            const PoolOption& opt = p.options[o];
            if (opt.outcome.impressions > 0.0) lowest_cpm = std::min(lowest_cpm, 1000.0 * opt.cost / opt.outcome.impressions);
            if (!option_allowed(c, opt)) continue;
            if (best == kNotChosen || opt.cost < p.options[static_cast<std::size_t>(best)].cost) best = static_cast<std::int32_t>(o);
        }
        if (p.role == CandidateRole::MustInclude) {
            if (best == kNotChosen && !p.options.empty()) {
                // In the proposal anyway, at its cheapest, and counted as such below.
                std::size_t least = 0;
                for (std::size_t o = 1; o < p.options.size(); ++o)
                    if (p.options[o].cost < p.options[least].cost) least = o;
                if (c.max_creator_share && over(p.options[least].cost, *c.max_creator_share * c.budget))
                    out.push_back(Message(MessageId::OptimiserMustIncludeOverCap)
                                      .text("creator", p.name)
                                      .money("cost", p.options[least].cost, currency)
                                      .money("cap", *c.max_creator_share * c.budget, currency));
                best = static_cast<std::int32_t>(least);
            }
            if (best != kNotChosen) tally(musts, p, p.options[static_cast<std::size_t>(best)], 1);
            continue;
        }
        if (best == kNotChosen) continue;
        cheapest[i] = p.options[static_cast<std::size_t>(best)].cost;
        ++allowed_candidates;
        ++tier_candidates[static_cast<std::size_t>(p.tier)];
        ++platform_candidates[static_cast<std::size_t>(p.platform)];
        tier_costs[static_cast<std::size_t>(p.tier)].push_back(cheapest[i]);
        platform_costs[static_cast<std::size_t>(p.platform)].push_back(cheapest[i]);
        other_costs.push_back(cheapest[i]);
    }
    const bool musts_over_budget = over(musts.cost, c.budget);
    if (musts_over_budget)
        out.push_back(Message(MessageId::OptimiserMustIncludeOverBudget)
                          .money("cost", musts.cost, currency)
                          .money("budget", c.budget, currency));
    // Maximums the must-include creators already pass; minimums above maximums; too few candidates.
    const int must_count = static_cast<int>(musts.creators);
    if (c.max_creators && must_count > *c.max_creators)
        out.push_back(Message(MessageId::OptimiserMustIncludeBreak)
                          .nested("constraint", said(ref(ConstraintKind::MaxCreators)))
                          .count("must", must_count));
    if (c.max_creators && c.min_creators > *c.max_creators)
        out.push_back(Message(MessageId::OptimiserConstraintsClash)
                          .nested("first", said(ref(ConstraintKind::MinCreators)))
                          .nested("second", said(ref(ConstraintKind::MaxCreators))));
    if (c.min_creators > must_count + allowed_candidates)
        out.push_back(Message(MessageId::OptimiserTooFewCandidates)
                          .nested("constraint", said(ref(ConstraintKind::MinCreators)))
                          .count("candidates", must_count + allowed_candidates));
    each_group(c, musts, [&](const GroupView& g) {
        const GroupLimits& l = *g.limits;
        const int must_in = g.creators[g.count];
        const bool tier = g.min_creators == ConstraintKind::TierMinCreators;
        const int available = must_in + (tier ? tier_candidates[g.count] : platform_candidates[g.count]);
        if (l.max_creators && must_in > *l.max_creators)
            out.push_back(Message(MessageId::OptimiserMustIncludeBreak)
                              .nested("constraint", said(ref(g.max_creators, g.count)))
                              .count("must", must_in));
        if (l.max_creators && l.min_creators > *l.max_creators)
            out.push_back(Message(MessageId::OptimiserConstraintsClash)
                              .nested("first", said(ref(g.min_creators, g.count)))
                              .nested("second", said(ref(g.max_creators, g.count))));
        if (l.max_spend_share && l.min_spend_share > *l.max_spend_share + kSlack)
            out.push_back(Message(MessageId::OptimiserConstraintsClash)
                              .nested("first", said(ref(g.min_share, g.count)))
                              .nested("second", said(ref(g.max_share, g.count))));
        if (l.min_creators > 0 && l.max_spend_share && *l.max_spend_share <= 0.0)
            out.push_back(Message(MessageId::OptimiserConstraintsClash)
                              .nested("first", said(ref(g.min_creators, g.count)))
                              .nested("second", said(ref(g.max_share, g.count))));
        if (l.min_spend_share > 0.0 && l.max_creators && *l.max_creators <= 0)
            out.push_back(Message(MessageId::OptimiserConstraintsClash)
                              .nested("first", said(ref(g.min_share, g.count)))
                              .nested("second", said(ref(g.max_creators, g.count))));
        if (l.min_creators > available)
            out.push_back(Message(MessageId::OptimiserTooFewCandidates)
                              .nested("constraint", said(ref(g.min_creators, g.count)))
                              .count("candidates", available));
        if (l.min_spend_share > 0.0 && available == 0)
            out.push_back(Message(MessageId::OptimiserTooFewCandidates)
                              .nested("constraint", said(ref(g.min_share, g.count)))
                              .count("candidates", 0));
    });
    // Minimums of the groups together, against the maximum number of creators, 100% of the
    // spend, and the budget (each group's must-include creators, then its cheapest candidates).
    const auto together = [&](bool tiers) {
        const std::size_t groups = tiers ? kTierCount : kPlatformCount;
        int minimums = 0;
        double shares = 0.0, needed = musts.cost;
        for (std::size_t g = 0; g < groups; ++g) {
            const GroupLimits& l = tiers ? c.tiers[g] : c.platforms[g];
            const int must_in = tiers ? musts.tier_creators[g] : musts.platform_creators[g];
            minimums += std::max(l.min_creators, must_in);
            shares += l.min_spend_share;
            std::vector<double> costs = tiers ? tier_costs[g] : platform_costs[g];
            std::sort(costs.begin(), costs.end());
            for (int k = 0; k < l.min_creators - must_in && k < static_cast<int>(costs.size()); ++k)
                needed += costs[static_cast<std::size_t>(k)];
        }
        if (c.max_creators && minimums > *c.max_creators)
            out.push_back(Message(MessageId::OptimiserMinimumsAboveMaximum)
                              .count("minimums", minimums)
                              .nested("constraint", said(ref(ConstraintKind::MaxCreators))));
        if (shares > 1.0 + kSlack) out.push_back(Message(MessageId::OptimiserMinSharesOver100).percent("total", shares));
        return needed;
    };
    double needed = std::max(together(true), together(false));
    {
        std::vector<double> costs = other_costs;
        std::sort(costs.begin(), costs.end());
        double total = musts.cost;
        for (int k = 0; k < c.min_creators - must_count && k < static_cast<int>(costs.size()); ++k)
            total += costs[static_cast<std::size_t>(k)];
        needed = std::max(needed, total);
    }
    if (!musts_over_budget && over(needed, c.budget))
        out.push_back(Message(MessageId::OptimiserMinimumsOverBudget)
                          .money("cost", needed, currency)
                          .money("budget", c.budget, currency));
    if (c.max_cpm && std::isfinite(lowest_cpm) && over(lowest_cpm, *c.max_cpm))
        out.push_back(Message(MessageId::OptimiserCpmBelowEveryCandidate)
                          .money("cpm", *c.max_cpm, currency)
                          .money("lowest", lowest_cpm, currency));
    return out;
}

}  // namespace roster
