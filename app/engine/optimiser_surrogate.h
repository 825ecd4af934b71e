// A fast estimate of what one creator adds to a selection (optimiser.h), for the greedy and for
// screening the local search's moves: exact evaluations cost a deduplication each, this costs a
// few multiplications.
//
// For the objectives that count people it is probabilistic coverage over the overlap matrix
// (overlap.h). A follower of creator j reached by j's posts is also reached by a chosen creator i
// with the chance the deduplication itself uses for a pair (docs/MODEL.md §13):
//   pi(j <- i) = o_ji rho_i + (1 - o_ji) a_i / (U - F_i),   o_ji = followers shared / F_j,
// (rho_i the share of i's followers its posts reach, a_i the people it reaches who do not follow
// it, U the universe); a person j reaches among non-followers is reached by i with the chance
// r_i / U (r_i all the people i reaches). Taking the chosen creators as independent given j, the
// people j adds are
//   gain_j = F_j rho_j x prod_i (1 - pi(j <- i)) + a_j x prod_i (1 - r_i / U),
// the Sainsbury-style product the deduplication refines with triples. Fans of a niche follow its
// creators together, so the people a large roster has not yet reached are more than independence
// says (docs/MODEL.md §13, "Shared niches"): fit_dispersion() replaces the chance of being missed,
// exp(-mu) with mu = -sum log(1 - pi), by the negative binomial's (1 + mu / r)^-r, its r chosen
// so that the estimate of the people only each chosen creator reaches matches the deduplication's
// incremental reach on a proposal evaluated exactly (r infinite is independence). It keeps the products as
// sums of logarithms per creator, so adding or removing a chosen creator costs one pass over the
// matrix row (O(n)) and a gain costs O(1). On-target reach weights the gain by the creator's
// on-target share. Effective reach (people reached k times or more) counts the people j pushes
// over k: a person j reaches x times whom the chosen creators reach Y times, with Y Poisson of
// mean lambda_j = sum_i pi(j <- i) m_i (m_i the exposures of a person i reaches), crosses when
// Y < k <= Y + x, so
//   gain_j = F_j rho_j sum_{y<k} P(Y = y) P(x_j >= k - y) + (the same for the people j reaches
//            who do not follow it, with the chances r_i / U),
// which is why a creator no one reaches three times alone still counts: its audience overlaps
// those already reached twice (plus a thousandth of the new people it reaches, so that a roster
// too small for anyone to reach k exposures still grows). The objectives that add up (conversions, gross profit) need no
// estimate: a creator adds its own figure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "optimiser.h"

namespace roster {

class CandidatePool;

class CoverageSurrogate {
public:
    CoverageSurrogate(const CandidatePool& pool, OptimiserObjective objective);

    void clear();
    void assign(const Selection& selection);
    void add(std::size_t creator, std::int32_t option);
    void remove(std::size_t creator);
    const Selection& selection() const { return selection_; }

    // What booking `creator` with `option` adds to the selection, as if it were added last; for a
    // creator already chosen, what that option would add in place of its own booking (0 for the
    // same option): gain(c, o') - gain(c, o) compares the two.
    double gain(std::size_t creator, std::int32_t option) const;
    // The same if `without` (a chosen creator) were left out first: the two halves of a swap.
    double gain_without(std::size_t creator, std::int32_t option, std::size_t without) const;
    // What leaving `creator` (chosen) out would lose.
    double loss(std::size_t creator) const;
    // The option's own figure for the objective, alone.
    double alone(std::size_t creator, std::int32_t option) const;

    // Fits the dispersion r to the deduplication's incremental reach of the chosen creators of
    // `selection` (NetReach::incremental, in roster order of the chosen); returns it (0 for
    // independence). The surrogate then holds `selection`.
    double fit_dispersion(const Selection& selection, const std::vector<double>& incremental);
    double dispersion() const { return dispersion_; }

    // The share of the people `creator` (booked with `option`) reaches whom the chosen creator
    // `other` reaches too, by the same chances.
    double reached_by(std::size_t creator, std::int32_t option, std::size_t other) const;

private:
    struct Item {  // per booking option
        double followers_reached = 0.0, others_reached = 0.0;
        double rho = 0.0;             // share of the creator's followers reached
        double stranger_chance = 0.0;  // a_i / (U - F_i)
        double random_chance = 0.0;    // r_i / U
        double weight = 1.0;           // per person new (the on-target share for on-target reach)
        double additive = 0.0;         // the objective's own figure, for the objectives that add up
        // Effective reach: exposures of a person reached (followers, others), and the chance a
        // person reached gets at least t exposures, t = 0 .. k (followers, others).
        double follower_exposures = 1.0, other_exposures = 1.0;
        std::vector<double> follower_tail, other_tail;
    };
    double pi(std::size_t j, std::size_t i, const Item& item) const;  // pi(j <- i booked as item)
    // What the chosen creators do to the people one creator reaches.
    struct State {
        double log_p = 0.0, log_q = 0.0;        // chances of being missed, as logarithms
        double lambda_p = 0.0, lambda_q = 0.0;  // exposures (effective reach)
    };
    State state(std::size_t creator) const;  // the chosen others', without the creator's own booking
    void leave_out(State& at, std::size_t creator, std::size_t without) const;
    double value(const Item& item, const State& at) const;
    double effective(const Item& item, double lambda_p, double lambda_q) const;
    static double random_exposures(const Item& item);
    double lambda_from(std::size_t j, std::size_t i, const Item& item) const;  // item of i, for followers of j
    const Item& item(std::size_t creator, std::int32_t option) const {
        return items_[first_[creator] + static_cast<std::size_t>(option)];
    }
    void apply(std::size_t creator, std::int32_t option, double sign);

    const CandidatePool* pool_;
    bool coverage_ = true;
    std::size_t n_ = 0;
    std::vector<std::size_t> first_;  // per creator, its first item
    std::vector<Item> items_;
    std::vector<double> followers_;   // F_j
    std::vector<double> inverse_followers_;  // 1 / F_j (0 without followers)
    std::vector<double> log_p_;       // per creator: sum over chosen i != j of log(1 - pi(j <- i))
    double log_q_ = 0.0;              // sum over chosen of log(1 - r_i / U)
    bool effective_ = false;
    int k_ = 3;
    std::vector<double> lambda_p_;    // effective reach: per creator, exposures a follower gets from the chosen others
    double lambda_q_ = 0.0;           // ... and a random person
    double dispersion_ = 0.0;         // r of the negative binomial; 0: independence
    double missed(double log_p) const;  // chance of being missed by the chosen others
    Selection selection_;
};

}  // namespace roster
