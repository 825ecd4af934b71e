// Part of the deduplication (deduplication.h), not for its callers: how many other creators
// reach a person one creator reaches, and what that does to the union and to the frequency.
// Among the people one creator reaches, a person reached by X others is counted 1 / (1 + X)
// times (deduplication.h), so everything the deduplication reads from a class of people comes
// from the distribution of X: the share no other creator reaches (the creator's incremental
// reach), E[1 / (1 + X)] (its share of the net reach), and P(X = m) (the frequency). That
// distribution, a binomial or a mixed binomial fitted to the pairs and triples, lives here; the
// passes that gather its moments are in deduplication.cpp.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

#include "deduplication.h"
#include "exponential.h"

namespace roster::dedup {

// The number X of other creators reaching a person of one class. Independent sources would
// make it Poisson-binomial, stood for by Binomial(n, p) with the same mean and variance. But
// follows are not independent: a niche's fans follow its creators together, and heavy users
// follow many. Then X is overdispersed, and stood for by a binomial whose chance is scaled per
// person by a log-normal "appetite" of mean 1 (a mixed binomial), its variance set so that
// E[X(X - 1)] matches the one measured from the triples (three_way_overlap.h). Log-normal rather
// than beta mixing: with the same two moments a beta piles people at X = 0, overstating the
// exclusive audience when a few people follow very many creators (docs/MODEL.md §13; measured in
// tests/engine/deduplication_test.cpp).
struct Others {
    double n = 0.0;       // whole number of trials
    double p = 0.0;       // chance per trial of an average person
    double spread = 0.0;  // standard deviation of the log of the appetite; 0: a plain binomial
};

// The plain binomial with `mean` over `max_n` others whose own chances square-sum to
// `sum_of_squares`. Inline: the greedy best order (buildup_curves.cpp) calls it for every pair.
inline Others match(double mean, double sum_of_squares, std::size_t max_n) {
    if (!(mean > 1e-12) || max_n == 0) return {};
    const double limit = static_cast<double>(max_n);
    // mean^2 / sum(pi^2) is the n of the binomial with the same mean and variance.
    double n = sum_of_squares > mean * mean / limit ? std::round(mean * mean / sum_of_squares) : limit;
    n = std::clamp(n, 1.0, limit);
    return {n, std::min(1.0, mean / n), 0.0};
}

// X with `mean` and E[X(X - 1)] = `pairs` over `max_n` others whose own chances square-sum to
// `sum_of_squares`: a binomial while the variance allows one, a mixed binomial above.
Others fit(double mean, double sum_of_squares, double pairs, std::size_t max_n);

// P(X = 0) for X ~ Binomial(n, p).
inline double binomial_alone(double n, double p) {
    if (p <= 0.0) return 1.0;
    if (p >= 1.0) return 0.0;
    return exponential(n * std::log1p(-p));
}

// E[1 / (1 + X)] for X ~ Binomial(n, p) = (1 - (1 - p)^(n + 1)) / ((n + 1) p).
inline double binomial_inverse_count(double n, double p) {
    if (p <= 0.0) return 1.0;
    const double log_none = (n + 1.0) * std::log1p(-std::min(p, 1.0 - 1e-16));
    return -std::expm1(log_none) / ((n + 1.0) * p);
}

// The same for a plain binomial (no appetite), as the curves use it.
inline double plain_alone(const Others& o) { return binomial_alone(o.n, o.p); }
inline double plain_inverse_count(const Others& o) { return std::min(1.0, binomial_inverse_count(o.n, o.p)); }

// What the passes read from X, from one walk over the appetites: each appetite costs a few
// exponentials, and a class used to walk them four times (a third of the whole deduplication).
struct Counted {
    double alone = 0.0;    // P(X = 0): the class is reached by no other creator
    double inverse = 0.0;  // E[1 / (1 + X)]: each person reached by 1 + X creators counts 1 / (1 + X)
    std::array<double, kFrequencyBins - 1> point{};  // P(X = m), m = 0 .. kFrequencyBins - 2, when asked
};

Counted count(const Others& o, bool points);

// Adds `weight` people of one class to `out`: `own` is how often their creator reaches them,
// `partner` (summing to 1) how often one other reaching creator does, and X (of `o`, counted in
// `c` with its points) the number of others. Each person counts 1 / (1 + X).
void add_class(double weight, const Frequency& own, const Frequency& partner, const Others& o, const Counted& c,
               Frequency& out);

}  // namespace roster::dedup
