#include "optimiser.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

#include "optimiser_constraints.h"
#include "optimiser_objective.h"
#include "optimiser_surrogate.h"
#include "scenarios.h"
#include "simulation.h"
#include "validation.h"

namespace roster {

std::string_view objective_key(OptimiserObjective o) {
    switch (o) {
        case OptimiserObjective::NetReach: return "net-reach";
        case OptimiserObjective::OnTargetReach: return "on-target-reach";
        case OptimiserObjective::EffectiveReach: return "effective-reach";
        case OptimiserObjective::Conversions: return "conversions";
        case OptimiserObjective::GrossProfit: return "gross-profit";
        case OptimiserObjective::RoiP10: return "roi-p10";
    }
    return "net-reach";
}

std::optional<OptimiserObjective> objective_from_key(std::string_view key) {
    for (int i = 0; i < kOptimiserObjectiveCount; ++i)
        if (objective_key(static_cast<OptimiserObjective>(i)) == key) return static_cast<OptimiserObjective>(i);
    return std::nullopt;
}

bool objective_counts_people(OptimiserObjective o) {
    return o == OptimiserObjective::NetReach || o == OptimiserObjective::OnTargetReach ||
           o == OptimiserObjective::EffectiveReach;
}

std::string_view option_kind_key(OptionKind k) {
    switch (k) {
        case OptionKind::AsPlanned: return "as_planned";
        case OptionKind::OnePost: return "one_post";
        case OptionKind::HalfPosts: return "half_posts";
        case OptionKind::DoublePosts: return "double_posts";
        case OptionKind::Custom: return "custom";
    }
    return "as_planned";
}

std::optional<OptionKind> option_kind_from_key(std::string_view key) {
    for (int i = 0; i < kOptionKindCount; ++i)
        if (option_kind_key(static_cast<OptionKind>(i)) == key) return static_cast<OptionKind>(i);
    return std::nullopt;
}

bool operator==(const BookingOption& a, const BookingOption& b) {
    return a.kind == b.kind && a.label == b.label && a.deliverables == b.deliverables;
}

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// A selection with its figures by Roster's model and its standing against the constraints.
struct Scored {
    Selection selection;
    SelectionFigures figures;
    double violation = kInfinity;
    std::vector<ConstraintRef> broken;
    double value = -kInfinity;
};

// Nearer to meeting the constraints first, then a larger objective.
bool better(double violation_a, double value_a, double violation_b, double value_b) {
    if (violation_a < violation_b - 1e-12) return true;
    if (violation_a > violation_b + 1e-12) return false;
    return value_a > value_b + 1e-12 * std::max(1.0, std::abs(value_b));
}
bool better(const Scored& a, const Scored& b) { return better(a.violation, a.value, b.violation, b.value); }

// A change of the selection: creators leaving (at most two) and bookings taken (at most two; a
// creator already chosen and booked anew is both). Add, drop, change of booking, swap, and on small
// rosters two-for-one and one-for-two.
struct Move {
    std::array<std::size_t, 2> out{};
    std::uint8_t outs = 0;
    std::array<std::pair<std::size_t, std::int32_t>, 2> in{};
    std::uint8_t ins = 0;
    double estimate = 0.0;   // the surrogate's change of the objective
    double violation = 0.0;  // of the constraints that add up, after the move
};

// A move checked: the figures and standing of the selection it leads to.
struct Checked {
    Move move;
    SelectionFigures figures;
    double violation = kInfinity;
    std::vector<ConstraintRef> broken;
    double value = -kInfinity;
};

enum class StartKind : std::uint8_t { Ratio, ByGain, Seeded, Knapsack, SeededKnapsack, Given };

// The local search runs from the best few starts, best first.
constexpr std::size_t kSearchStarts = 3;

// Phases of progress(), as shares of the whole run.
constexpr double kPrepared = 0.30, kGreedyDone = 0.45, kSearchDone = 0.85, kRiskDone = 0.93;

// "Why left out": a creator too dear for what is left of the budget is out for overlap rather than
// for the budget when at least this share of the people it reaches are already reached.
constexpr double kOverlapReason = 0.5;

}  // namespace

struct OptimiserRun::Work {
    OptimiserProblem problem;
    OptimiserOptions options;
    std::optional<CandidatePoolBuild> build;
    std::shared_ptr<const CandidatePool> pool;
    std::optional<CoverageSurrogate> surrogate;
    OptimiserObjective search_objective = OptimiserObjective::NetReach;
    OptimiserPhase phase = OptimiserPhase::Preparing;
    bool cancelled = false, fatal = false, deduplicate = true;
    double shown_progress = 0.0;
    std::vector<Message> problems;
    std::vector<std::vector<std::int32_t>> allowed;  // per creator: the options the search may book

    // Greedy starts.
    std::vector<StartKind> start_queue;
    std::vector<Selection> given;  // OptimiserOptions::starts, checked
    std::size_t next_given = 0;
    std::vector<std::pair<std::size_t, std::int32_t>> seeds;  // bookings a greedy starts from
    std::size_t next_seed = 0, knapsack_seeds = 0, next_knapsack_seed = 0;
    bool greedy_active = false, greedy_by_gain = false;
    // Lazy greedy (CELF): bookings by their last score, the best on top. A score is recomputed
    // when it reaches the top; while the estimate's gains only fall as creators are added (every
    // objective but effective reach), a recomputed score still on top is the best of all.
    struct Queued {
        double score, gain;
        std::size_t creator;
        std::int32_t option;
        bool operator<(const Queued& o) const {
            if (score != o.score) return score < o.score;
            if (gain != o.gain) return gain < o.gain;
            if (creator != o.creator) return creator > o.creator;
            return option > o.option;
        }
    };
    std::vector<Queued> queue;
    bool lazy = true;
    SelectionFigures counted;  // tallies of the surrogate's selection
    std::size_t starts_total = 0, starts_done = 0;
    std::vector<Scored> starts;

    // Local search.
    std::size_t next_start = 0;
    bool search_active = false, screened = false;
    bool surrogate_on_current = false;  // the surrogate holds `current`'s selection
    Scored current;
    std::optional<Checked> candidate;
    std::vector<Move> moves;
    std::size_t verified = 0, verify_until = 0;
    bool verify_all = false;
    double work_used = 0.0;
    std::size_t evaluations = 0;
    Scored best;

    // Risk.
    std::vector<Scored> family;
    std::size_t family_next = 0;
    std::optional<Simulation> simulation;
    std::vector<SimulationResult> family_risk;
    std::optional<double> roi_p10, chance;

    OptimiserResult result;
    bool explained = false;
    std::vector<double> losses;  // per chosen creator of the result, in roster order: f(S) - f(S - i)
    bool losses_exact = false;

    const OptimiserConstraints& constraints() const { return problem.constraints; }
    const CandidatePool& p() const { return *pool; }

    // --- evaluation ------------------------------------------------------------------------------

    Scored score(const Selection& s, NetReach* reach = nullptr) {
        Scored out;
        out.selection = s;
        if (deduplicate) {
            std::size_t k = 0;
            for (std::int32_t o : s) k += o != kNotChosen;
            work_used += evaluation_work(k);
            ++evaluations;
            out.figures = evaluate_selection(p(), s, reach);
        } else {
            for (std::size_t i = 0; i < s.size(); ++i)
                if (s[i] != kNotChosen) tally(out.figures, p().creators[i], p().option(i, s[i]), 1);
        }
        const ConstraintCheck check = check_constraints(constraints(), out.figures, true);
        out.violation = check.violation;
        out.broken = check.broken;
        out.value = objective_value(search_objective, out.figures);
        return out;
    }

    // --- preparing -------------------------------------------------------------------------------

    void setup() {
        const CandidatePool& pl = p();
        problems = pl.problems;
        const std::vector<Message> conflicts = conflicting_constraints(pl, constraints(), problem.objective);
        for (const Message& m : conflicts) {
            problems.push_back(m);
            if (m.id == MessageId::OptimiserNoBudget || m.id == MessageId::OptimiserNoCandidates ||
                m.id == MessageId::OptimiserNeedsOrderValue || m.id == MessageId::OptimiserOnTargetUnknown)
                fatal = true;
        }
        search_objective = problem.objective == OptimiserObjective::RoiP10 ? OptimiserObjective::GrossProfit : problem.objective;
        deduplicate = objective_counts_people(search_objective) || constraints_need_reach(constraints());
        allowed.assign(pl.size(), {});
        for (std::size_t i = 0; i < pl.size(); ++i) {
            const PoolCreator& c = pl.creators[i];
            for (std::size_t o = 0; o < c.options.size(); ++o)
                if (option_allowed(constraints(), c.options[o])) allowed[i].push_back(static_cast<std::int32_t>(o));
            // A must-include creator is in whatever it costs; the constraints it breaks are reported.
            if (c.role == CandidateRole::MustInclude && allowed[i].empty())
                for (std::size_t o = 0; o < c.options.size(); ++o) allowed[i].push_back(static_cast<std::int32_t>(o));
        }
        surrogate.emplace(pl, search_objective);
        for (const Selection& s : options.starts) {
            if (s.size() != pl.size()) continue;
            Selection clean(pl.size(), kNotChosen);
            double cost = 0.0;
            for (std::size_t i = 0; i < s.size(); ++i) {
                if (s[i] == kNotChosen) continue;
                if (std::find(allowed[i].begin(), allowed[i].end(), s[i]) == allowed[i].end()) continue;
                clean[i] = s[i];
                cost += pl.option(i, s[i]).cost;
            }
            if (cost <= constraints().budget * (1.0 + 1e-9)) given.push_back(std::move(clean));
        }
        lazy = search_objective != OptimiserObjective::EffectiveReach;
        const bool small = choose_seeds();
        // Small rosters: many starts, each cheap. Large ones: the greedy, the knapsack and the
        // greedy from the booking that reaches most alone.
        start_queue = {StartKind::Ratio};
        if (!options.thorough) seeds.clear();
        // A frontier's budget starts from the previous budget's proposal, which the greedy then
        // fills: the greedy from nothing would mostly retrace it.
        if (!options.thorough && !given.empty()) start_queue.clear();
        if (options.thorough) start_queue.push_back(StartKind::Knapsack);
        if (small && options.thorough) start_queue.push_back(StartKind::ByGain);
        for (std::size_t k = 0; k < seeds.size(); ++k) start_queue.push_back(StartKind::Seeded);
        knapsack_seeds = small ? seeds.size() : 0;
        for (std::size_t k = 0; k < knapsack_seeds; ++k) start_queue.push_back(StartKind::SeededKnapsack);
        for (std::size_t g = 0; g < given.size(); ++g) start_queue.push_back(StartKind::Given);
        std::reverse(start_queue.begin(), start_queue.end());  // taken from the back
        starts_total = start_queue.size();
        phase = fatal ? OptimiserPhase::Explaining : OptimiserPhase::Greedy;
    }

    // Greedy starts from one booking each (partial enumeration of size one, the usual remedy for
    // a greedy by gain per cost that fills a budget with small bookings and misses a large one):
    // every booking on small rosters, else the few that reach most alone and most per cost.
    bool choose_seeds() {
        const CandidatePool& pl = p();
        struct Element {
            std::size_t creator;
            std::int32_t option;
            double value, per_cost;
        };
        std::vector<Element> elements;
        for (std::size_t i = 0; i < pl.size(); ++i) {
            if (pl.creators[i].role == CandidateRole::MustInclude) continue;
            for (std::int32_t o : allowed[i]) {
                const double v = surrogate->alone(i, o);
                if (v > 0.0) elements.push_back({i, o, v, ratio(v, pl.option(i, o).cost)});
            }
        }
        const bool small = elements.size() <= 40;
        const std::size_t each = small ? elements.size() : 1;
        std::vector<Element> by_value = elements, by_ratio = elements;
        std::stable_sort(by_value.begin(), by_value.end(), [](const Element& a, const Element& b) { return a.value > b.value; });
        std::stable_sort(by_ratio.begin(), by_ratio.end(), [](const Element& a, const Element& b) { return a.per_cost > b.per_cost; });
        const auto take = [&](const std::vector<Element>& list) {
            for (std::size_t k = 0; k < each && k < list.size(); ++k) {
                const std::pair<std::size_t, std::int32_t> e{list[k].creator, list[k].option};
                if (std::find(seeds.begin(), seeds.end(), e) == seeds.end()) seeds.push_back(e);
            }
        };
        take(by_value);
        if (small) take(by_ratio);
        return small;
    }

    // --- greedy ----------------------------------------------------------------------------------

    double ratio(double gain, double extra_cost) const {
        if (extra_cost <= 0.0) return gain > 0.0 ? kInfinity : 0.0;
        return gain / extra_cost;
    }

    // Whether a gain is worth a booking: more than a millionth of what the option reaches alone
    // (two identical audiences give the second a gain of rounding noise, never a real one).
    bool worthwhile(double gain, std::size_t creator, std::int32_t option) const {
        return gain > 1e-9 && gain > 1e-6 * surrogate->alone(creator, option);
    }

    void book(std::size_t creator, std::int32_t option) {
        const std::int32_t was = surrogate->selection()[creator];
        if (was != kNotChosen) roster::tally(counted, p().creators[creator], p().option(creator, was), -1);
        surrogate->add(creator, option);
        roster::tally(counted, p().creators[creator], p().option(creator, option), 1);
        surrogate_on_current = false;
    }

    // The best option of `creator` to add now, by gain per cost (or by gain), that keeps the maximums.
    std::int32_t best_option(std::size_t creator, bool by_gain, double* score_out) const {
        std::int32_t pick = kNotChosen;
        double pick_score = -kInfinity;
        for (std::int32_t o : allowed[creator]) {
            const PoolOption& opt = p().option(creator, o);
            if (!keeps_maximums(constraints(), counted, p().creators[creator], opt, nullptr)) continue;
            const double g = surrogate->gain(creator, o);
            const double s = by_gain ? g : ratio(g, opt.cost);
            if (s > pick_score) pick_score = s, pick = o;
        }
        if (score_out) *score_out = pick_score;
        return pick;
    }

    void start_greedy(StartKind kind) {
        surrogate->clear();
        surrogate_on_current = false;
        counted = SelectionFigures{};
        greedy_by_gain = kind == StartKind::ByGain;
        const CandidatePool& pl = p();
        if (kind == StartKind::Given) {
            const Selection& s = given[next_given++];
            for (std::size_t i = 0; i < s.size(); ++i)
                if (s[i] != kNotChosen) book(i, s[i]);
        }
        // Must-include creators, each booked the way that adds most per cost given the others.
        for (std::size_t i = 0; i < pl.size(); ++i) {
            if (pl.creators[i].role != CandidateRole::MustInclude || allowed[i].empty()) continue;
            if (surrogate->selection()[i] != kNotChosen) continue;
            std::int32_t pick = allowed[i].front();
            double pick_ratio = -kInfinity;
            for (std::int32_t o : allowed[i]) {
                const double r = ratio(surrogate->gain(i, o), pl.option(i, o).cost);
                if (r > pick_ratio) pick_ratio = r, pick = o;
            }
            book(i, pick);
        }
        // Minimum numbers of creators: the best per cost of each group short of its minimum.
        const auto fill_group = [&](auto in_group, int minimum, auto count_now) {
            while (count_now() < minimum) {
                std::size_t pick = pl.size();
                std::int32_t pick_option = kNotChosen;
                double pick_score = -kInfinity;
                for (std::size_t i = 0; i < pl.size(); ++i) {
                    if (surrogate->selection()[i] != kNotChosen || !in_group(pl.creators[i])) continue;
                    double s = 0.0;
                    const std::int32_t o = best_option(i, false, &s);
                    if (o != kNotChosen && s > pick_score) pick_score = s, pick = i, pick_option = o;
                }
                if (pick == pl.size()) return;
                book(pick, pick_option);
            }
        };
        const OptimiserConstraints& c = constraints();
        for (std::size_t g = 0; g < kPlatformCount; ++g)
            fill_group([g](const PoolCreator& pc) { return static_cast<std::size_t>(pc.platform) == g; },
                       c.platforms[g].min_creators, [&] { return counted.platform_creators[g]; });
        for (std::size_t g = 0; g < kTierCount; ++g)
            fill_group([g](const PoolCreator& pc) { return static_cast<std::size_t>(pc.tier) == g; },
                       c.tiers[g].min_creators, [&] { return counted.tier_creators[g]; });
        fill_group([](const PoolCreator&) { return true; }, c.min_creators,
                   [&] { return static_cast<int>(counted.creators); });
        if (kind == StartKind::Seeded || kind == StartKind::SeededKnapsack) {
            const auto [creator, option] = kind == StartKind::Seeded ? seeds[next_seed++] : seeds[next_knapsack_seed++];
            const PoolOption& opt = pl.option(creator, option);
            if (surrogate->selection()[creator] == kNotChosen &&
                keeps_maximums(c, counted, pl.creators[creator], opt, nullptr))
                book(creator, option);
        }
        if (kind == StartKind::Knapsack || kind == StartKind::SeededKnapsack) knapsack_fill();
        build_queue();
        greedy_active = true;
    }

    void build_queue() {
        queue.clear();
        if (!lazy) return;
        for (std::size_t i = 0; i < p().size(); ++i) enqueue(i);
        std::make_heap(queue.begin(), queue.end());
    }

    // The greedy from `from` (kept whole) until `budget` is spent.
    Selection extend(const Selection& from, double budget) {
        const double saved = problem.constraints.budget;
        problem.constraints.budget = budget;
        surrogate->clear();
        surrogate_on_current = false;
        counted = SelectionFigures{};
        greedy_by_gain = false;
        for (std::size_t i = 0; i < from.size(); ++i)
            if (from[i] != kNotChosen) book(i, from[i]);
        build_queue();
        while (greedy_step()) {
        }
        problem.constraints.budget = saved;
        return surrogate->selection();
    }

    // The score of booking `creator` with `option` now; false when it adds nothing or breaks a maximum.
    bool scored(std::size_t creator, std::int32_t option, double& score_out, double& gain_out) const {
        const CandidatePool& pl = p();
        const std::int32_t own = surrogate->selection()[creator];
        if (option == own) return false;
        const PoolOption& opt = pl.option(creator, option);
        const PoolOption* replaced = own == kNotChosen ? nullptr : &pl.option(creator, own);
        if (!keeps_maximums(constraints(), counted, pl.creators[creator], opt, replaced)) return false;
        const double g = surrogate->gain(creator, option);
        if (!worthwhile(g, creator, option)) return false;
        gain_out = g;
        score_out = greedy_by_gain ? g : ratio(g, opt.cost - (replaced ? replaced->cost : 0.0));
        return true;
    }

    // Puts every booking of `creator` other than its own in the lazy queue (not yet a heap).
    void enqueue(std::size_t creator) {
        for (std::int32_t o : allowed[creator]) {
            double score = 0.0, gain = 0.0;
            if (scored(creator, o, score, gain)) queue.push_back({score, gain, creator, o});
        }
    }

    // Fills what is left of the budget by the multiple-choice knapsack over every booking not yet
    // chosen, each valued by what the surrogate says it adds to what is chosen, solved exactly by
    // dynamic programming over the budget in 1,024 steps (costs rounded up, so it never exceeds
    // the budget). The values ignore the overlap among the bookings the knapsack takes, so they
    // are taken again given its answer, three times, each booking valued at the mean of its last
    // two values (docs/OPTIMISER.md). The greedy then fills what the rounding left.
    void knapsack_fill() {
        const CandidatePool& pl = p();
        const Selection base = surrogate->selection();
        const SelectionFigures base_counted = counted;
        const double capacity = constraints().budget - base_counted.cost;
        if (!(capacity > 0.0)) return;
        constexpr std::size_t kBins = 1024;
        const double unit = capacity / static_cast<double>(kBins);
        struct Item {
            std::size_t creator;
            std::int32_t option;
            std::size_t weight;
            double value;
        };
        std::vector<std::size_t> creators;
        std::vector<std::vector<Item>> items;  // per creator in `creators`
        for (std::size_t i = 0; i < pl.size(); ++i) {
            if (base[i] != kNotChosen) continue;
            std::vector<Item> list;
            for (std::int32_t o : allowed[i]) {
                const PoolOption& opt = pl.option(i, o);
                if (!keeps_maximums(constraints(), base_counted, pl.creators[i], opt, nullptr)) continue;
                const double w = std::ceil(std::max(opt.cost, 0.0) / unit - 1e-9);
                if (w > static_cast<double>(kBins)) continue;
                const double g = surrogate->gain(i, o);
                if (!worthwhile(g, i, o)) continue;
                list.push_back({i, o, static_cast<std::size_t>(w), g});
            }
            if (list.empty()) continue;
            creators.push_back(i);
            items.push_back(std::move(list));
        }
        if (creators.empty()) return;
        std::vector<double> best_value(kBins + 1), next_value(kBins + 1);
        std::vector<std::int8_t> choice(creators.size() * (kBins + 1));
        Selection picked;
        for (int round = 0; round < 3; ++round) {
            std::fill(best_value.begin(), best_value.end(), 0.0);
            for (std::size_t c = 0; c < creators.size(); ++c) {
                std::int8_t* row = choice.data() + c * (kBins + 1);
                for (std::size_t w = 0; w <= kBins; ++w) {
                    double v = best_value[w];
                    std::int8_t pick = -1;
                    for (std::size_t k = 0; k < items[c].size() && k < 127; ++k) {
                        const Item& it = items[c][k];
                        if (it.weight > w) continue;
                        const double with = best_value[w - it.weight] + it.value;
                        if (with > v) v = with, pick = static_cast<std::int8_t>(k);
                    }
                    next_value[w] = v;
                    row[w] = pick;
                }
                best_value.swap(next_value);
            }
            // The bookings taken, from the last creator back.
            picked = base;
            std::size_t w = kBins;
            for (std::size_t c = creators.size(); c-- > 0;) {
                const std::int8_t k = choice[c * (kBins + 1) + w];
                if (k < 0) continue;
                const Item& it = items[c][static_cast<std::size_t>(k)];
                picked[it.creator] = it.option;
                w -= it.weight;
            }
            if (round == 2) break;
            // Value every booking again given the knapsack's answer.
            surrogate->assign(picked);
            for (std::size_t c = 0; c < creators.size(); ++c)
                for (Item& it : items[c]) {
                    const bool taken = picked[it.creator] == it.option;
                    double now = 0.0;
                    if (taken) {
                        now = surrogate->loss(it.creator);
                    } else if (picked[it.creator] == kNotChosen) {
                        now = surrogate->gain(it.creator, it.option);
                    } else {  // another booking of the same creator taken: value it as a replacement
                        now = surrogate->loss(it.creator) + surrogate->gain(it.creator, it.option);
                    }
                    it.value = 0.5 * (it.value + now);
                }
        }
        surrogate->clear();
        counted = SelectionFigures{};
        for (std::size_t i = 0; i < picked.size(); ++i)
            if (picked[i] != kNotChosen) book(i, picked[i]);
    }

    // One booking: the addition or change of booking that adds most per extra cost. False when
    // none is left that adds anything and fits.
    bool greedy_step() {
        if (lazy) {
            while (!queue.empty()) {
                std::pop_heap(queue.begin(), queue.end());
                const Queued top = queue.back();
                queue.pop_back();
                double score = 0.0, gain = 0.0;
                if (!scored(top.creator, top.option, score, gain)) continue;  // booked, too dear, or nothing to add
                if (queue.empty() || !(Queued{score, gain, top.creator, top.option} < queue.front())) {
                    book(top.creator, top.option);
                    const std::size_t before = queue.size();
                    enqueue(top.creator);  // its other bookings, now as changes of booking
                    for (std::size_t k = before; k < queue.size(); ++k)
                        std::push_heap(queue.begin(), queue.begin() + static_cast<std::ptrdiff_t>(k) + 1);
                    return true;
                }
                queue.push_back({score, gain, top.creator, top.option});
                std::push_heap(queue.begin(), queue.end());
            }
            return false;
        }
        const CandidatePool& pl = p();
        std::size_t pick = pl.size();
        std::int32_t pick_option = kNotChosen;
        double pick_score = 0.0, pick_gain = 0.0;
        for (std::size_t i = 0; i < pl.size(); ++i) {
            const std::int32_t own = surrogate->selection()[i];
            for (std::int32_t o : allowed[i]) {
                if (o == own) continue;
                const PoolOption& opt = pl.option(i, o);
                const PoolOption* replaced = own == kNotChosen ? nullptr : &pl.option(i, own);
                if (!keeps_maximums(constraints(), counted, pl.creators[i], opt, replaced)) continue;
                const double g = surrogate->gain(i, o);
                if (!worthwhile(g, i, o)) continue;
                const double s = greedy_by_gain ? g : ratio(g, opt.cost - (replaced ? replaced->cost : 0.0));
                if (s > pick_score || (s == pick_score && g > pick_gain)) pick_score = s, pick_gain = g, pick = i, pick_option = o;
            }
        }
        if (pick == pl.size()) return false;
        book(pick, pick_option);
        return true;
    }

    void greedy_phase_step() {
        if (!greedy_active) {
            if (start_queue.empty()) {
                begin_search();
                return;
            }
            const StartKind kind = start_queue.back();
            start_queue.pop_back();
            start_greedy(kind);
            return;
        }
        if (greedy_step()) return;
        greedy_active = false;
        ++starts_done;
        // The first start's deduplication calibrates the estimate for everything after it.
        NetReach reach;
        const bool calibrate = starts_done == 1 && calibrates();
        Scored s = score(surrogate->selection(), calibrate ? &reach : nullptr);
        if (calibrate) {
            surrogate->fit_dispersion(s.selection, reach.incremental);
            surrogate_on_current = false;
        }
        const bool seen = std::any_of(starts.begin(), starts.end(), [&](const Scored& o) { return o.selection == s.selection; });
        if (!seen) {
            if (best.selection.empty() || better(s, best)) best = s;
            starts.push_back(std::move(s));
        }
    }

    // Whether the estimate is fitted to the deduplication (optimiser_surrogate.h).
    bool calibrates() const {
        return deduplicate && objective_counts_people(search_objective) &&
               search_objective != OptimiserObjective::EffectiveReach;
    }

    // --- local search ----------------------------------------------------------------------------

    void begin_search() {
        std::stable_sort(starts.begin(), starts.end(), [](const Scored& a, const Scored& b) { return better(a, b); });
        next_start = 0;
        phase = OptimiserPhase::LocalSearch;
        if (options.exact_work <= 0.0 && deduplicate) finish_search();
    }

    bool out_of_work(std::size_t creators) const {
        return deduplicate && work_used + evaluation_work(creators) > options.exact_work;
    }

    void finish_search() {
        search_active = false;
        phase = needs_risk() ? OptimiserPhase::Risk : OptimiserPhase::Explaining;
        if (phase == OptimiserPhase::Risk) build_family();
    }

    // The moves from `current`, estimated by the surrogate and sorted best first.
    void screen() {
        const CandidatePool& pl = p();
        const OptimiserConstraints& c = constraints();
        if (!surrogate_on_current) surrogate->assign(current.selection);
        surrogate_on_current = true;
        counted = current.figures;
        moves.clear();
        const bool repair = current.violation > 0.0;
        {
            std::size_t bookings = 0;
            for (std::size_t i = 0; i < pl.size(); ++i) bookings += allowed[i].size();
            const double k = static_cast<double>(current.figures.creators);
            verify_all = !deduplicate ||
                         static_cast<double>(bookings) * (k + 1.0) * evaluation_work(current.figures.creators + 1) <=
                             options.exact_work / 40.0;
        }
        const double reach_violation = [&] {  // the part of the violation only an exact evaluation sees
            const double additive = check_constraints(c, current.figures, false).violation;
            return std::max(0.0, current.violation - additive);
        }();
        const auto book_out = [&](SelectionFigures& f, std::size_t i) {
            roster::tally(f, pl.creators[i], pl.option(i, current.selection[i]), -1);
        };
        const auto book_in = [&](SelectionFigures& f, std::size_t i, std::int32_t o) {
            roster::tally(f, pl.creators[i], pl.option(i, o), 1);
        };
        const auto push = [&](Move m, const SelectionFigures& after) {
            if (!repair && over_budget(after)) return;
            m.violation = check_constraints(c, after, false).violation;
            if (!repair && m.violation > 0.0) return;
            if (repair) m.violation += reach_violation;
            moves.push_back(m);
        };
        std::vector<std::size_t> chosen, removable, others;
        for (std::size_t i = 0; i < pl.size(); ++i) {
            if (allowed[i].empty()) continue;
            if (current.selection[i] == kNotChosen) {
                others.push_back(i);
            } else {
                chosen.push_back(i);
                if (pl.creators[i].role != CandidateRole::MustInclude) removable.push_back(i);
            }
        }
        // Additions.
        struct Partner {
            std::size_t creator;
            std::int32_t option;
            double gain, ratio;
        };
        std::vector<Partner> partners;  // every unchosen booking, best gain per cost first
        for (std::size_t i : others)
            for (std::int32_t o : allowed[i]) {
                const PoolOption& opt = pl.option(i, o);
                const double g = surrogate->gain(i, o);
                partners.push_back({i, o, g, ratio(g, opt.cost)});
                SelectionFigures after = counted;
                book_in(after, i, o);
                Move m;
                m.in[0] = {i, o};
                m.ins = 1;
                m.estimate = g;
                push(m, after);
            }
        std::stable_sort(partners.begin(), partners.end(), [](const Partner& a, const Partner& b) { return a.ratio > b.ratio; });
        // Changes of booking and drops.
        for (std::size_t i : chosen) {
            for (std::int32_t o : allowed[i]) {
                if (o == current.selection[i]) continue;
                SelectionFigures after = counted;
                book_out(after, i);
                book_in(after, i, o);
                Move m;
                m.out[0] = i;
                m.outs = 1;
                m.in[0] = {i, o};
                m.ins = 1;
                m.estimate = surrogate->gain(i, o);
                push(m, after);
            }
        }
        for (std::size_t i : removable) {
            SelectionFigures after = counted;
            book_out(after, i);
            Move m;
            m.out[0] = i;
            m.outs = 1;
            m.estimate = -surrogate->loss(i);
            push(m, after);
        }
        // Swaps: each chosen creator against the unchosen bookings that add most per cost (all of
        // them on small rosters).
        const bool small = partners.size() <= 64;
        const std::size_t reach = partners.size() <= 200 ? partners.size() : std::min<std::size_t>(partners.size(), 96);
        for (std::size_t out : removable) {
            const double lost = surrogate->loss(out);
            SelectionFigures without = counted;
            book_out(without, out);
            for (std::size_t r = 0; r < reach; ++r) {
                const Partner& in = partners[r];
                SelectionFigures after = without;
                book_in(after, in.creator, in.option);
                Move m;
                m.out[0] = out;
                m.outs = 1;
                m.in[0] = {in.creator, in.option};
                m.ins = 1;
                m.estimate = surrogate->gain_without(in.creator, in.option, out) - lost;
                push(m, after);
            }
        }
        // Small rosters: two for one and one for two, which a tight budget often needs.
        if (small && verify_all) {
            for (std::size_t a = 0; a < removable.size(); ++a)
                for (std::size_t b = a + 1; b < removable.size(); ++b) {
                    SelectionFigures without = counted;
                    book_out(without, removable[a]);
                    book_out(without, removable[b]);
                    const double lost = surrogate->loss(removable[a]) + surrogate->loss(removable[b]);
                    for (const Partner& in : partners) {
                        SelectionFigures after = without;
                        book_in(after, in.creator, in.option);
                        Move m;
                        m.out = {removable[a], removable[b]};
                        m.outs = 2;
                        m.in[0] = {in.creator, in.option};
                        m.ins = 1;
                        m.estimate = in.gain - lost;
                        push(m, after);
                    }
                }
            for (std::size_t out : removable) {
                SelectionFigures without = counted;
                book_out(without, out);
                const double lost = surrogate->loss(out);
                for (std::size_t x = 0; x < partners.size(); ++x)
                    for (std::size_t y = x + 1; y < partners.size(); ++y) {
                        if (partners[x].creator == partners[y].creator) continue;
                        SelectionFigures after = without;
                        book_in(after, partners[x].creator, partners[x].option);
                        book_in(after, partners[y].creator, partners[y].option);
                        Move m;
                        m.out[0] = out;
                        m.outs = 1;
                        m.in = {std::make_pair(partners[x].creator, partners[x].option),
                                std::make_pair(partners[y].creator, partners[y].option)};
                        m.ins = 2;
                        m.estimate = partners[x].gain + partners[y].gain - lost;
                        push(m, after);
                    }
            }
        }
        std::stable_sort(moves.begin(), moves.end(), [&](const Move& a, const Move& b) {
            if (repair && a.violation != b.violation) return a.violation < b.violation;
            return a.estimate > b.estimate;
        });
        verified = 0;
        candidate.reset();
        screened = true;
        // Small rosters: every move is checked (best improvement). Large ones: the best few by the
        // estimate, in batches, the first batch with an improvement deciding.
        const double all_work = static_cast<double>(moves.size()) * evaluation_work(chosen.size() + 1);
        verify_all = !deduplicate || all_work <= options.exact_work / 20.0;
        verify_until = verify_all ? moves.size() : std::min<std::size_t>(moves.size(), 8);
    }

    bool over_budget(const SelectionFigures& f) const {
        return f.cost > constraints().budget * (1.0 + 1e-9);
    }

    // The figures after a move: the deduplication's when the objective or a constraint needs it,
    // else the tallies moved by the creators it moves (exact for the figures that add up).
    Checked check_move(const Move& m) {
        Checked out;
        out.move = m;
        if (deduplicate) {
            Scored s = score(after_move(m));
            out.figures = std::move(s.figures);
            out.violation = s.violation;
            out.broken = std::move(s.broken);
            out.value = s.value;
            return out;
        }
        const CandidatePool& pl = p();
        out.figures = current.figures;
        for (std::uint8_t k = 0; k < m.outs; ++k)
            roster::tally(out.figures, pl.creators[m.out[k]], pl.option(m.out[k], current.selection[m.out[k]]), -1);
        for (std::uint8_t k = 0; k < m.ins; ++k)
            roster::tally(out.figures, pl.creators[m.in[k].first], pl.option(m.in[k].first, m.in[k].second), 1);
        const ConstraintCheck c = check_constraints(constraints(), out.figures, true);
        out.violation = c.violation;
        out.broken = c.broken;
        out.value = objective_value(search_objective, out.figures);
        return out;
    }

    // Takes the move: `current` becomes the selection it leads to, the surrogate follows.
    void accept(Checked&& c) {
        const Move& m = c.move;
        for (std::uint8_t k = 0; k < m.outs; ++k) {
            current.selection[m.out[k]] = kNotChosen;
            if (surrogate_on_current) surrogate->remove(m.out[k]);
        }
        for (std::uint8_t k = 0; k < m.ins; ++k) {
            current.selection[m.in[k].first] = m.in[k].second;
            if (surrogate_on_current) surrogate->add(m.in[k].first, m.in[k].second);
        }
        current.figures = std::move(c.figures);
        current.violation = c.violation;
        current.broken = std::move(c.broken);
        current.value = c.value;
    }

    Selection after_move(const Move& m) const {
        Selection s = current.selection;
        for (std::uint8_t k = 0; k < m.outs; ++k) s[m.out[k]] = kNotChosen;
        for (std::uint8_t k = 0; k < m.ins; ++k) s[m.in[k].first] = m.in[k].second;
        return s;
    }

    void search_step() {
        if (!search_active) {
            if (next_start < starts.size() && next_start < kSearchStarts) {
                current = starts[next_start++];
                surrogate_on_current = false;
                search_active = true;
                screened = false;
            } else {
                finish_search();
            }
            return;
        }
        if (!screened) {
            screen();
            return;
        }
        if (verified < verify_until) {
            const Move& m = moves[verified++];
            if (out_of_work(current.figures.creators + m.ins - std::min(m.ins, m.outs))) {
                finish_search();
                return;
            }
            Checked c = check_move(m);
            if (better(c.violation, c.value, current.violation, current.value) &&
                (!candidate || better(c.violation, c.value, candidate->violation, candidate->value)))
                candidate = std::move(c);
            return;
        }
        if (candidate) {
            accept(std::move(*candidate));
            candidate.reset();
            if (better(current, best)) best = current;
            screened = false;
            return;
        }
        if (!verify_all && verified < moves.size() && verified < 24) {  // another batch
            verify_until = std::min(moves.size(), verified + 8);
            return;
        }
        search_active = false;  // a local optimum for this start
    }

    // --- risk --------------------------------------------------------------------------------------

    bool needs_risk() const {
        return problem.objective == OptimiserObjective::RoiP10 || constraints().min_chance_roi_positive.has_value();
    }

    // Greedy by the search's estimate within `budget` (the other constraints as they are).
    Selection greedy_within(double budget) {
        const double saved = problem.constraints.budget;
        problem.constraints.budget = budget;
        start_greedy(StartKind::Ratio);
        while (greedy_step()) {
        }
        greedy_active = false;
        problem.constraints.budget = saved;
        return surrogate->selection();
    }

    // The proposals the Monte Carlo compares: the search's best, and cheaper ones (docs/OPTIMISER.md).
    void build_family() {
        family.clear();
        family.push_back(best);
        const CandidatePool& pl = p();
        const double budget = constraints().budget;
        const auto add = [&](const Selection& s) {
            if (std::any_of(family.begin(), family.end(), [&](const Scored& f) { return f.selection == s; })) return;
            family.push_back(score(s));
        };
        if (problem.objective == OptimiserObjective::RoiP10) {
            for (double share : {0.75, 0.5, 0.35, 0.25, 0.15, 0.1}) add(greedy_within(budget * share));
        } else {
            // Leave out the creators whose own ROI is lowest, more and more of them.
            std::vector<std::pair<double, std::size_t>> by_roi;
            for (std::size_t i = 0; i < pl.size(); ++i) {
                if (best.selection[i] == kNotChosen || pl.creators[i].role == CandidateRole::MustInclude) continue;
                const PoolOption& o = pl.option(i, best.selection[i]);
                by_roi.push_back({o.cost > 0.0 ? (o.outcome.gross_profit - o.cost) / o.cost : kInfinity, i});
            }
            std::stable_sort(by_roi.begin(), by_roi.end());
            for (std::size_t drop : {1, 2, 3, 5, 8, 13, 21}) {
                if (drop > by_roi.size()) break;
                Selection s = best.selection;
                for (std::size_t d = 0; d < drop; ++d) s[by_roi[d].second] = kNotChosen;
                add(s);
            }
            for (double share : {0.8, 0.6, 0.4}) add(greedy_within(budget * share));
        }
        family_next = 0;
        family_risk.clear();
        simulation.reset();
    }

    void risk_step() {
        if (simulation) {
            simulation->step(250);
            if (!simulation->finished()) return;
            family_risk.push_back(simulation->result());
            simulation.reset();
            return;
        }
        if (family_next < family.size()) {
            const Plan plan = selection_plan(p(), family[family_next++].selection);
            simulation.emplace(plan, p().assumptions, std::max(1, options.risk_draws), options.seed);
            return;
        }
        choose_by_risk();
        phase = OptimiserPhase::Explaining;
    }

    void choose_by_risk() {
        const std::optional<double> floor = constraints().min_chance_roi_positive;
        std::size_t pick = 0;
        const auto meets = [&](std::size_t i) {
            return !floor || family_risk[i].probability_roi_positive >= *floor - 1e-12;
        };
        for (std::size_t i = 1; i < family.size() && i < family_risk.size(); ++i) {
            const bool a = meets(i), b = meets(pick);
            if (a != b) {
                if (a) pick = i;
                continue;
            }
            if (!a) {  // neither meets the floor: the nearer to it
                if (family_risk[i].probability_roi_positive > family_risk[pick].probability_roi_positive) pick = i;
                continue;
            }
            if (family[i].violation < family[pick].violation - 1e-12) {
                pick = i;
                continue;
            }
            if (family[i].violation > family[pick].violation + 1e-12) continue;
            const double vi = problem.objective == OptimiserObjective::RoiP10 ? family_risk[i][Headline::Roi].p10 : family[i].value;
            const double vp = problem.objective == OptimiserObjective::RoiP10 ? family_risk[pick][Headline::Roi].p10 : family[pick].value;
            if (vi > vp + 1e-12 * std::max(1.0, std::abs(vp))) pick = i;
        }
        if (pick >= family_risk.size()) return;
        best = family[pick];
        roi_p10 = family_risk[pick][Headline::Roi].p10;
        chance = family_risk[pick].probability_roi_positive;
        if (floor && *chance < *floor - 1e-12) {
            best.broken.push_back(ConstraintRef{ConstraintKind::MinChanceRoiPositive, 0});
            best.violation += (*floor - *chance) / std::max(*floor, 1e-9);
            problems.push_back(Message(MessageId::OptimiserChanceNotReached).percent("floor", *floor).percent("chance", *chance));
        }
    }

    // --- the result ----------------------------------------------------------------------------------

    void explain() {
        const CandidatePool& pl = p();
        OptimiserResult& r = result;
        r.objective = problem.objective;
        r.budget = constraints().budget;
        r.problems = problems;
        if (!pool) return;
        if (best.selection.empty()) {  // cancelled before any start was evaluated, or nothing to search
            const bool any = surrogate && std::any_of(surrogate->selection().begin(), surrogate->selection().end(),
                                                      [](std::int32_t o) { return o != kNotChosen; });
            best = score(any ? surrogate->selection() : Selection(pl.size(), kNotChosen));
        }
        NetReach reach;
        r.selection = best.selection;
        r.figures = evaluate_selection(pl, best.selection, &reach);
        const ConstraintCheck check = check_constraints(constraints(), r.figures, true);
        r.unmet = check.broken;
        for (const ConstraintRef& b : best.broken)
            if (std::find(r.unmet.begin(), r.unmet.end(), b) == r.unmet.end()) r.unmet.push_back(b);
        r.feasible = r.unmet.empty() && !fatal;
        r.roi_p10 = roi_p10;
        r.chance_roi_positive = chance;
        r.objective_value = objective_value(problem.objective, r.figures, roi_p10.value_or(0.0));
        r.exact_evaluations = evaluations;
        r.cancelled = cancelled;
        if (!r.unmet.empty() && !fatal) {
            if (std::none_of(r.problems.begin(), r.problems.end(),
                             [](const Message& m) { return m.id == MessageId::OptimiserChanceNotReached; }) ||
                r.unmet.size() > 1)
                r.problems.push_back(Message(MessageId::OptimiserNoFeasibleProposal));
            for (const ConstraintRef& u : r.unmet)
                if (u.kind != ConstraintKind::MinChanceRoiPositive)
                    r.problems.push_back(Message(MessageId::OptimiserNotMet)
                                             .nested("constraint", describe_constraint(u, constraints(), pl.plan.campaign.currency)));
        }
        if (cancelled || !options.explain || fatal) return;
        // The planners' rule on the same candidates.
        r.simple_rule = simple_rule_selection(pl, problem.objective, constraints().budget);
        r.simple_rule_value = objective_value(search_objective, evaluate_selection(pl, r.simple_rule));
        if (calibrates()) surrogate->fit_dispersion(r.selection, reach.incremental);
        explain_chosen(reach);
        explain_bound();
        explain_left_out();
    }

    // What booking `creator` with `option` gives alone, by Roster's model (one creator's
    // deduplication is its own reach, so this is cheap).
    double alone_value(std::size_t creator, std::int32_t option) {
        Selection s(p().size(), kNotChosen);
        s[creator] = option;
        return objective_value(search_objective, evaluate_selection(p(), s));
    }

    double exact_value(const Selection& s) {
        ++evaluations;
        return objective_value(search_objective, evaluate_selection(p(), s));
    }

    void explain_chosen(const NetReach& reach) {
        const CandidatePool& pl = p();
        OptimiserResult& r = result;
        const double total = objective_value(search_objective, r.figures);
        const bool exact = !objective_counts_people(search_objective) || r.figures.creators <= 60;
        losses_exact = exact;
        losses.clear();
        surrogate->assign(r.selection);
        std::size_t index = 0;
        for (std::size_t i = 0; i < pl.size(); ++i) {
            if (r.selection[i] == kNotChosen) continue;
            const PoolOption& o = pl.option(i, r.selection[i]);
            ChosenCreator c;
            c.creator = pl.creators[i].id;
            c.option = r.selection[i];
            c.booking = o.booking;
            c.deliverables = o.deliverables;
            c.must_include = pl.creators[i].role == CandidateRole::MustInclude;
            c.cost = o.cost;
            c.net_reach_added = index < reach.incremental.size() ? reach.incremental[index] : 0.0;
            if (!objective_counts_people(search_objective)) {
                c.adds = objective_value(search_objective, [&] {
                    SelectionFigures f;
                    tally(f, pl.creators[i], o, 1);
                    return f;
                }());
            } else if (exact) {
                Selection without = r.selection;
                without[i] = kNotChosen;
                c.adds = total - exact_value(without);
            } else {
                // Large proposals: the deduplication's people only this creator reaches, weighted
                // as the objective weighs them.
                const double own = surrogate->alone(i, r.selection[i]);
                const double reach_alone = o.audience.followers * o.audience.reached_share + o.audience.other_reach;
                c.adds = reach_alone > 0.0 ? c.net_reach_added * own / reach_alone : 0.0;
            }
            c.adds_per_cost = o.cost > 0.0 ? c.adds / o.cost : 0.0;
            losses.push_back(c.adds);
            r.chosen.push_back(std::move(c));
            ++index;
        }
        std::stable_sort(r.chosen.begin(), r.chosen.end(),
                         [](const ChosenCreator& a, const ChosenCreator& b) { return a.adds_per_cost > b.adds_per_cost; });
    }

    void explain_left_out() {
        const CandidatePool& pl = p();
        OptimiserResult& r = result;
        const OptimiserConstraints& c = constraints();
        surrogate->assign(r.selection);
        const double total = objective_value(search_objective, r.figures);
        struct Option {
            std::size_t creator;
            std::int32_t option;
            double estimate;
        };
        std::vector<Option> list;
        for (std::size_t i = 0; i < pl.size(); ++i) {
            if (r.selection[i] != kNotChosen || pl.creators[i].options.empty()) continue;
            std::int32_t pick = kNotChosen;
            double pick_ratio = -kInfinity;
            for (std::size_t o = 0; o < pl.creators[i].options.size(); ++o) {
                const auto oi = static_cast<std::int32_t>(o);
                const double g = surrogate->gain(i, oi);
                const double q = ratio(g, pl.option(i, oi).cost);
                if (q > pick_ratio) pick_ratio = q, pick = oi;
            }
            if (pick != kNotChosen) list.push_back({i, pick, pick_ratio});
        }
        std::stable_sort(list.begin(), list.end(), [](const Option& a, const Option& b) { return a.estimate > b.estimate; });
        const std::size_t keep = options.left_out_count;
        if (list.size() > 3 * keep) list.resize(3 * keep);
        const bool exact = !objective_counts_people(search_objective) || r.figures.creators <= 60;
        for (const Option& it : list) {
            const PoolCreator& pc = pl.creators[it.creator];
            const PoolOption& o = pl.option(it.creator, it.option);
            LeftOutCreator l;
            l.creator = pc.id;
            l.option = it.option;
            l.booking = o.booking;
            l.cost = o.cost;
            if (exact && objective_counts_people(search_objective)) {
                Selection with = r.selection;
                with[it.creator] = it.option;
                l.would_add = std::max(0.0, exact_value(with) - total);
            } else {
                l.would_add = std::max(0.0, surrogate->gain(it.creator, it.option));
            }
            l.would_add_per_cost = o.cost > 0.0 ? l.would_add / o.cost : 0.0;
            const double alone = surrogate->alone(it.creator, it.option);
            const double already = objective_counts_people(search_objective) && alone > 0.0
                                       ? std::clamp(1.0 - l.would_add / alone, 0.0, 1.0)
                                       : 0.0;
            double most = 0.0;
            for (std::size_t i = 0; i < pl.size(); ++i) {
                if (r.selection[i] == kNotChosen) continue;
                const double share = surrogate->reached_by(it.creator, it.option, i);
                if (share > most) most = share, l.overlaps_most_with = pl.creators[i].id;
            }
            if (const std::optional<ConstraintRef> broken = first_broken_by(c, r.figures, pc, o)) {
                l.reason = LeftOutReason::Constraint;
                l.constraint = *broken;
            } else if (r.figures.cost + o.cost > c.budget * (1.0 + 1e-9)) {
                l.reason = already >= kOverlapReason ? LeftOutReason::Overlap : LeftOutReason::Budget;
            } else {
                l.reason = objective_counts_people(search_objective) ? LeftOutReason::Overlap : LeftOutReason::Budget;
            }
            l.overlap_share = already;
            r.left_out.push_back(std::move(l));
        }
        std::stable_sort(r.left_out.begin(), r.left_out.end(), [](const LeftOutCreator& a, const LeftOutCreator& b) {
            return a.would_add_per_cost > b.would_add_per_cost;
        });
        if (r.left_out.size() > keep) r.left_out.resize(keep);
    }

    // The upper bound on the optimum (docs/OPTIMISER.md, "The bound").
    void explain_bound() {
        const CandidatePool& pl = p();
        OptimiserResult& r = result;
        const double budget = constraints().budget;
        if (problem.objective == OptimiserObjective::EffectiveReach || problem.objective == OptimiserObjective::RoiP10) return;
        struct Element {
            double value, cost;
        };
        std::vector<Element> elements;
        const auto fractional = [&](double capacity) {
            std::stable_sort(elements.begin(), elements.end(), [&](const Element& a, const Element& b) {
                return ratio(a.value, a.cost) > ratio(b.value, b.cost);
            });
            double total = 0.0;
            for (const Element& e : elements) {
                if (!(e.value > 0.0)) continue;
                if (e.cost <= capacity) {
                    total += e.value;
                    capacity -= std::max(e.cost, 0.0);
                } else {
                    total += e.value * capacity / e.cost;
                    break;
                }
            }
            return total;
        };
        const double value = objective_value(search_objective, r.figures);
        if (!objective_counts_people(search_objective)) {
            // The linear relaxation of the multiple-choice knapsack: each creator's bookings as the
            // steps of their upper convex hull from (0, 0), whose gains per cost fall, so that the
            // fractional knapsack takes a creator's steps in order.
            for (std::size_t i = 0; i < pl.size(); ++i) {
                std::vector<Element> points{{0.0, 0.0}};
                for (std::int32_t o : allowed[i]) {
                    SelectionFigures f;
                    tally(f, pl.creators[i], pl.option(i, o), 1);
                    const double v = objective_value(search_objective, f);
                    if (v > 0.0) points.push_back({v, std::max(pl.option(i, o).cost, 0.0)});
                }
                std::stable_sort(points.begin() + 1, points.end(), [](const Element& a, const Element& b) {
                    return a.cost != b.cost ? a.cost < b.cost : a.value > b.value;
                });
                std::vector<Element> hull{points.front()};
                for (std::size_t k = 1; k < points.size(); ++k) {
                    const Element& e = points[k];
                    if (e.value <= hull.back().value) continue;  // costs more, adds no more
                    while (hull.size() >= 2) {
                        const Element& a = hull[hull.size() - 2];
                        const Element& b = hull.back();
                        // b lies on or below the chord from a to e: not on the upper hull
                        if ((b.value - a.value) * (e.cost - a.cost) <= (e.value - a.value) * (b.cost - a.cost)) hull.pop_back();
                        else break;
                    }
                    hull.push_back(e);
                }
                for (std::size_t k = 1; k < hull.size(); ++k)
                    elements.push_back({hull[k].value - hull[k - 1].value, hull[k].cost - hull[k - 1].cost});
            }
            r.bound.basis = BoundBasis::Knapsack;
            r.bound.value = std::max(value, fractional(budget));
        } else {
            // What each booking would add to `at`, by the estimate times `scale`, except those
            // checked with the deduplication (`checked`, at the proposal only).
            struct Candidate {
                std::size_t creator;
                std::int32_t option;
                double estimate, cost;
            };
            const auto candidates = [&](const Selection& at) {
                surrogate->assign(at);
                std::vector<Candidate> list;
                for (std::size_t i = 0; i < pl.size(); ++i) {
                    const std::int32_t own = at[i];
                    for (std::int32_t o : allowed[i]) {
                        if (o == own) continue;
                        const double g = surrogate->gain(i, o);
                        if (!(g > 0.0)) continue;
                        const double extra = pl.option(i, o).cost - (own == kNotChosen ? 0.0 : pl.option(i, own).cost);
                        list.push_back({i, o, g, std::max(extra, 0.0)});
                    }
                }
                std::stable_sort(list.begin(), list.end(), [&](const Candidate& a, const Candidate& b) {
                    return ratio(a.estimate, a.cost) > ratio(b.estimate, b.cost);
                });
                return list;
            };
            std::vector<Candidate> list = candidates(r.selection);
            // Check the leading options with the deduplication; scale the others by the largest
            // underestimate seen.
            const std::size_t check = std::min<std::size_t>(list.size(), r.figures.creators <= 60 ? 24 : 8);
            double scale = 1.0;
            std::vector<double> exact(check);
            for (std::size_t k = 0; k < check; ++k) {
                Selection with = r.selection;
                with[list[k].creator] = list[k].option;
                exact[k] = std::max(0.0, exact_value(with) - value);
                if (list[k].estimate > 0.0) scale = std::max(scale, exact[k] / list[k].estimate);
            }
            for (std::size_t k = 0; k < list.size(); ++k)
                elements.push_back({k < check ? exact[k] : list[k].estimate * scale, list[k].cost});
            r.bound.basis = BoundBasis::Submodular;
            r.bound.scale = scale;
            r.bound.checked = check;
            r.bound.value = value + fractional(budget);
            // A second bound, from exchanges: leaving out the chosen creators OPT does not keep
            // loses at least what each adds to the rest of the proposal, and each creator OPT adds
            // brings at most what it reaches alone, so
            //   f(OPT) <= f(S) - sum_{S \ OPT} (f(S) - f(S - i)) + sum_{OPT \ S} f({j}),
            // a knapsack over the chosen (valued at what they add) and the others (valued alone).
            // Tight where the proposal's creators add much per cost; the smaller bound is kept.
            elements.clear();
            double kept = 0.0;
            std::size_t index = 0;
            for (std::size_t i = 0; i < pl.size(); ++i) {
                if (r.selection[i] != kNotChosen) {
                    const double loss = index < losses.size() ? std::max(losses[index], 0.0) : 0.0;
                    ++index;
                    // Proposals too large for exact leave-one-out values: the estimate's, scaled.
                    const double added = losses_exact ? loss : loss * scale;
                    kept += added;
                    elements.push_back({added, pl.option(i, r.selection[i]).cost});
                    for (std::int32_t o : allowed[i])
                        if (o != r.selection[i]) elements.push_back({std::max(0.0, alone_value(i, o) - added), std::max(0.0, pl.option(i, o).cost - pl.option(i, r.selection[i]).cost)});
                    continue;
                }
                for (std::int32_t o : allowed[i]) elements.push_back({alone_value(i, o), pl.option(i, o).cost});
            }
            r.bound.value = std::min(r.bound.value, std::max(value, value - kept + fractional(budget)));
        }
        r.bound.gap = r.bound.value > 0.0 ? std::max(0.0, (r.bound.value - value) / r.bound.value) : 0.0;
    }

    // --- the run -------------------------------------------------------------------------------------

    void step() {
        switch (phase) {
            case OptimiserPhase::Preparing:
                if (build && build->advance(1)) return;
                if (build) {
                    pool = build->finish();
                    build.reset();
                }
                setup();
                return;
            case OptimiserPhase::Greedy: greedy_phase_step(); return;
            case OptimiserPhase::LocalSearch: search_step(); return;
            case OptimiserPhase::Risk: risk_step(); return;
            case OptimiserPhase::Explaining:
                explain();
                explained = true;
                phase = OptimiserPhase::Done;
                return;
            case OptimiserPhase::Done: return;
        }
    }

    double progress_now() const {
        switch (phase) {
            case OptimiserPhase::Preparing:
                return build && build->total() > 0
                           ? kPrepared * (1.0 - static_cast<double>(build->remaining()) / static_cast<double>(build->total()))
                           : kPrepared;
            case OptimiserPhase::Greedy:
                return kPrepared + (kGreedyDone - kPrepared) * static_cast<double>(starts_done) /
                                       static_cast<double>(std::max<std::size_t>(starts_total, 1));
            case OptimiserPhase::LocalSearch: {
                const double by_work = deduplicate && options.exact_work > 0.0 ? work_used / options.exact_work : 0.0;
                const double by_starts = static_cast<double>(next_start) /
                                         static_cast<double>(std::max<std::size_t>(std::min(starts.size(), kSearchStarts), 1));
                return kGreedyDone + (kSearchDone - kGreedyDone) * std::clamp(std::max(by_work, 0.9 * by_starts), 0.0, 1.0);
            }
            case OptimiserPhase::Risk:
                return kSearchDone + (kRiskDone - kSearchDone) * static_cast<double>(family_risk.size()) /
                                         static_cast<double>(std::max<std::size_t>(family.size(), 1));
            case OptimiserPhase::Explaining: return kRiskDone;
            case OptimiserPhase::Done: return 1.0;
        }
        return 1.0;
    }
};

OptimiserRun::OptimiserRun(const Plan& plan, const Assumptions& assumptions, const OptimiserProblem& problem,
                           const OptimiserOptions& options)
    : work_(std::make_unique<Work>()) {
    work_->problem = problem;
    work_->options = options;
    work_->build.emplace(plan, assumptions, problem);
}

OptimiserRun::OptimiserRun(std::shared_ptr<const CandidatePool> pool, const OptimiserProblem& problem,
                           const OptimiserOptions& options)
    : work_(std::make_unique<Work>()) {
    work_->problem = problem;
    work_->options = options;
    work_->pool = std::move(pool);
}

OptimiserRun::~OptimiserRun() = default;
OptimiserRun::OptimiserRun(OptimiserRun&&) noexcept = default;
OptimiserRun& OptimiserRun::operator=(OptimiserRun&&) noexcept = default;

bool OptimiserRun::advance(std::size_t steps) {
    Work& w = *work_;
    while (steps-- > 0 && !w.cancelled && w.phase != OptimiserPhase::Done) {
        w.step();
        w.shown_progress = std::max(w.shown_progress, w.progress_now());
    }
    return !w.cancelled && w.phase != OptimiserPhase::Done;
}

double OptimiserRun::progress() const { return work_->shown_progress; }
OptimiserPhase OptimiserRun::phase() const { return work_->phase; }
void OptimiserRun::cancel() { work_->cancelled = true; }
bool OptimiserRun::cancelled() const { return work_->cancelled; }
std::shared_ptr<const CandidatePool> OptimiserRun::pool() const { return work_->pool; }

OptimiserResult OptimiserRun::finish() {
    Work& w = *work_;
    while (advance(1 << 20)) {
    }
    if (w.cancelled) {
        if (!w.pool) {  // nothing prepared: nothing to propose
            w.result.objective = w.problem.objective;
            w.result.budget = w.problem.constraints.budget;
            w.result.cancelled = true;
            w.result.feasible = false;
            return std::move(w.result);
        }
        if (!w.surrogate) w.setup();
        if (!w.explained) w.explain();
        w.phase = OptimiserPhase::Done;
        w.shown_progress = 1.0;
    }
    return std::move(w.result);
}

OptimiserResult optimise(const Plan& plan, const Assumptions& assumptions, const OptimiserProblem& problem,
                         const OptimiserOptions& options) {
    return OptimiserRun(plan, assumptions, problem, options).finish();
}

Plan plan_with_proposal(const Plan& plan, const OptimiserResult& result, const std::string& name, bool* alone) {
    // The open scenario's content with the chosen creators only, booked as chosen.
    Plan proposal = scenario_plan(plan, plan.scenario_position);
    std::vector<Creator> creators;
    for (const Creator& c : proposal.creators) {
        const auto it = std::find_if(result.chosen.begin(), result.chosen.end(),
                                     [&](const ChosenCreator& ch) { return ch.creator == c.id; });
        if (it == result.chosen.end()) continue;
        Creator booked = c;
        booked.deliverables = it->deliverables;
        creators.push_back(std::move(booked));
    }
    std::vector<Overlap> overlaps;
    for (const Overlap& o : proposal.overlaps) {
        const auto in = [&](CreatorId id) {
            return std::any_of(creators.begin(), creators.end(), [&](const Creator& c) { return c.id == id; });
        };
        if (in(o.first) && in(o.second)) overlaps.push_back(o);
    }
    proposal.creators = std::move(creators);
    proposal.overlaps = std::move(overlaps);
    if (scenario_count(plan) >= PlanLimits::kMaxScenarios) {
        if (alone) *alone = true;
        proposal.scenario = name;
        return proposal;
    }
    if (alone) *alone = false;
    Plan out = plan;
    // Unique name: "Proposal", "Proposal 2", ...
    std::string unique = name;
    for (int k = 2; scenario_name_problem(out, unique, SIZE_MAX).has_value() && k < 100; ++k)
        unique = name + " " + std::to_string(k);
    Scenario s = current_scenario(proposal, unique);
    out.other_scenarios.push_back(std::move(s));
    open_scenario(out, scenario_count(out) - 1);
    return out;
}

}  // namespace roster
