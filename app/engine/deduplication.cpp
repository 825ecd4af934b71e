#include "deduplication.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <numeric>

#include "exponential.h"

namespace roster {
namespace {

// The number X of other creators reaching a person of one class. Independent sources would
// make it Poisson-binomial, stood for by Binomial(n, p) with the same mean and variance. But
// follows are not independent: a niche's fans follow its creators together, and heavy users
// follow many. Then X is overdispersed, and stood for by a binomial whose chance is scaled per
// person by a log-normal "appetite" of mean 1 (a mixed binomial), its variance set so that
// E[X(X - 1)] matches the one measured from the triples below. Log-normal rather than beta
// mixing: with the same two moments a beta piles people at X = 0, overstating the exclusive
// audience when a few people follow very many creators (models.md 2.6; measured in
// tests/engine/deduplication_test.cpp).
struct Others {
    double n = 0.0;       // whole number of trials
    double p = 0.0;       // chance per trial of an average person
    double spread = 0.0;  // standard deviation of the log of the appetite; 0: a plain binomial
};

Others match(double mean, double sum_of_squares, std::size_t max_n) {
    if (!(mean > 1e-12) || max_n == 0) return {};
    const double limit = static_cast<double>(max_n);
    // mean^2 / sum(pi^2) is the n of the binomial with the same mean and variance.
    double n = sum_of_squares > mean * mean / limit ? std::round(mean * mean / sum_of_squares) : limit;
    n = std::clamp(n, 1.0, limit);
    return {n, std::min(1.0, mean / n), 0.0};
}

// X with `mean` and E[X(X - 1)] = `pairs` over `max_n` others whose own chances square-sum to
// `sum_of_squares`: a binomial while the variance allows one, a mixed binomial above.
Others fit(double mean, double sum_of_squares, double pairs, std::size_t max_n) {
    // Given the appetite, the binomial that matches the others' own chances (as if independent);
    // it gives E[X(X - 1)] = mean^2 (1 - 1/n), and an appetite of variance v multiplies that by 1 + v.
    Others o = match(mean, sum_of_squares, max_n);
    if (o.n < 2.0) return o;
    const double flat = mean * mean * (1.0 - 1.0 / o.n);
    if (pairs > flat * (1.0 + 1e-9)) o.spread = std::sqrt(std::log1p(pairs / flat - 1.0));
    return o;
}

// Gauss-Hermite nodes for an average over a standard normal (weights sum to 1).
constexpr int kAppetiteNodes = 16;
struct Nodes {
    std::array<double, kAppetiteNodes> z{}, w{};
};

const Nodes& appetite_nodes() {
    static const Nodes nodes = [] {
        // Golub-Welsch-free Newton iteration on the orthonormal Hermite polynomials (the classic
        // gauher), then x -> sqrt(2) x and w -> w / sqrt(pi) for the standard normal.
        Nodes out;
        const int n = kAppetiteNodes;
        const double pim4 = 0.7511255444649425;  // pi^(-1/4)
        std::array<double, kAppetiteNodes> x{}, w{};
        double z = 0.0, pp = 0.0;
        for (int i = 0; i < (n + 1) / 2; ++i) {
            if (i == 0) z = std::sqrt(2.0 * n + 1) - 1.85575 * std::pow(2.0 * n + 1, -0.16667);
            else if (i == 1) z -= 1.14 * std::pow(n, 0.426) / z;
            else if (i == 2) z = 1.86 * z - 0.86 * x[0];
            else if (i == 3) z = 1.91 * z - 0.91 * x[1];
            else z = 2.0 * z - x[static_cast<std::size_t>(i - 2)];
            for (int iteration = 0; iteration < 100; ++iteration) {
                double p1 = pim4, p2 = 0.0;
                for (int j = 0; j < n; ++j) {
                    const double p3 = p2;
                    p2 = p1;
                    p1 = z * std::sqrt(2.0 / (j + 1)) * p2 - std::sqrt(static_cast<double>(j) / (j + 1)) * p3;
                }
                pp = std::sqrt(2.0 * n) * p2;
                const double previous = z;
                z = previous - p1 / pp;
                if (std::abs(z - previous) <= 1e-14) break;
            }
            x[static_cast<std::size_t>(i)] = z;
            x[static_cast<std::size_t>(n - 1 - i)] = -z;
            w[static_cast<std::size_t>(i)] = w[static_cast<std::size_t>(n - 1 - i)] = 2.0 / (pp * pp);
        }
        const double root_pi = std::sqrt(3.14159265358979323846);
        for (std::size_t k = 0; k < x.size(); ++k) {
            out.z[k] = std::sqrt(2.0) * x[k];
            out.w[k] = w[k] / root_pi;
        }
        return out;
    }();
    return nodes;
}

// Calls f(weight, p) for the chance per trial of each appetite the average is taken over.
template <class F>
void for_each_appetite(const Others& o, F&& f) {
    if (o.spread <= 0.0) {
        f(1.0, o.p);
        return;
    }
    const Nodes& nodes = appetite_nodes();
    const double shift = -0.5 * o.spread * o.spread;  // mean appetite 1
    for (int k = 0; k < kAppetiteNodes; ++k)
        f(nodes.w[k], std::min(1.0, o.p * exponential(shift + o.spread * nodes.z[k])));
}

double binomial_alone(double n, double p) {
    if (p <= 0.0) return 1.0;
    if (p >= 1.0) return 0.0;
    return exponential(n * std::log1p(-p));
}

// E[1 / (1 + X)] for X ~ Binomial(n, p) = (1 - (1 - p)^(n + 1)) / ((n + 1) p).
double binomial_inverse_count(double n, double p) {
    if (p <= 0.0) return 1.0;
    const double log_none = (n + 1.0) * std::log1p(-std::min(p, 1.0 - 1e-16));
    return -std::expm1(log_none) / ((n + 1.0) * p);
}

// The same for a plain binomial (no appetite), as the curves use it.
double plain_alone(const Others& o) { return binomial_alone(o.n, o.p); }
double plain_inverse_count(const Others& o) { return std::min(1.0, binomial_inverse_count(o.n, o.p)); }

// What the passes read from X, from one walk over the appetites: each appetite costs a few
// exponentials, and a class used to walk them four times (a third of the whole deduplication).
struct Counted {
    double alone = 0.0;    // P(X = 0): the class is reached by no other creator
    double inverse = 0.0;  // E[1 / (1 + X)]: each person reached by 1 + X creators counts 1 / (1 + X)
    std::array<double, kFrequencyBins - 1> point{};  // P(X = m), m = 0 .. kFrequencyBins - 2, when asked
};

Counted count(const Others& o, bool points) {
    Counted c;
    for_each_appetite(o, [&](double w, double p) {
        if (p <= 0.0) {
            c.alone += w;
            c.inverse += w;
            if (points) c.point[0] += w;
            return;
        }
        if (p >= 1.0) {
            c.inverse += w * binomial_inverse_count(o.n, p);
            if (points && o.n < kFrequencyBins - 1) c.point[static_cast<std::size_t>(o.n)] += w;
            return;
        }
        const double log_none = std::log1p(-p);
        const double none = exponential(o.n * log_none);
        c.alone += w * none;
        // 1 - (1 - p)^(n + 1) from `none` when it is far from 0; expm1 keeps the digits near 0.
        const double reached_by_any = (o.n + 1.0) * p > 1e-3 ? 1.0 - none * (1.0 - p) : -std::expm1((o.n + 1.0) * log_none);
        c.inverse += w * (reached_by_any / ((o.n + 1.0) * p));
        if (!points) return;
        // P(m + 1) = P(m) (n - m) / (m + 1) p / (1 - p).
        double pmf = none;
        const double odds = p / (1.0 - p);
        for (int m = 0; m < kFrequencyBins - 1 && m <= o.n; ++m) {
            if (m > 0) pmf *= (o.n - (m - 1)) / m * odds;
            c.point[static_cast<std::size_t>(m)] += w * pmf;
        }
    });
    c.inverse = std::min(1.0, c.inverse);
    return c;
}

// Exposures of two independent sources added, both at least 1, the last bin absorbing.
// `tail_b[j]` is the sum of b[j ..]: every pair past the last bin lands in it.
Frequency convolve(const Frequency& a, const Frequency& b, const Frequency& tail_b) {
    Frequency out{};
    for (int i = 0; i < kFrequencyBins - 1; ++i) {
        if (a[i] == 0.0) continue;
        const int open = kFrequencyBins - 2 - i;  // (i + 1) + (j + 1) exposures below 10 for j < open
        for (int j = 0; j < open; ++j) out[i + j + 1] += a[i] * b[j];
        out[kFrequencyBins - 1] += a[i] * tail_b[open];
    }
    out[kFrequencyBins - 1] += a[kFrequencyBins - 1] * tail_b[0];
    return out;
}

// Adds `weight` people of one class to `out`: `own` is how often their creator reaches them,
// `partner` (summing to 1) how often one other reaching creator does, and X (of `o`, counted in
// `c` with its points) the number of others. Each person counts 1 / (1 + X).
void add_class(double weight, const Frequency& own, const Frequency& partner, const Others& o, const Counted& c,
               Frequency& out) {
    if (!(weight > 0.0)) return;
    if (o.p <= 0.0) {
        for (int k = 0; k < kFrequencyBins; ++k) out[k] += weight * own[k];
        return;
    }
    // With X = m others the person has at least m + 1 exposures, so from m = 9 on all are 10+.
    Frequency tail{};
    for (int j = kFrequencyBins - 1; j >= 0; --j) tail[j] = partner[j] + (j + 1 < kFrequencyBins ? tail[j + 1] : 0.0);
    // Where X is small (thin overlap) the points beyond it are nothing: stop convolving there.
    std::array<double, kFrequencyBins> beyond{};
    for (int m = kFrequencyBins - 2; m >= 0; --m) beyond[m] = beyond[m + 1] + c.point[static_cast<std::size_t>(m)];
    double counted = 0.0;
    Frequency dist = own;
    for (int m = 0; m < kFrequencyBins - 1 && m <= o.n; ++m) {
        if (m > 0 && !(beyond[m] > 1e-13)) break;
        if (m > 0) dist = convolve(dist, partner, tail);
        const double w = c.point[static_cast<std::size_t>(m)] / (m + 1.0);
        counted += w;
        for (int k = 0; k < kFrequencyBins; ++k) out[k] += weight * w * dist[k];
    }
    out[kFrequencyBins - 1] += weight * std::max(0.0, c.inverse - counted);
}

Frequency normalised(const Frequency& f) {
    const double sum = std::accumulate(f.begin(), f.end(), 0.0);
    Frequency out{};
    if (sum > 0.0)
        for (int k = 0; k < kFrequencyBins; ++k) out[k] = f[k] / sum;
    return out;
}

constexpr std::uint32_t kNoCandidate = 0xffffffffu;

// Everything the O(n^2) passes need about one creator, in the universe's terms.
struct Prepared {
    double followers = 0, reached = 0, other = 0;  // people
    double rate = 0;          // reached share of followers
    double other_rate = 0;    // chance a non-follower is among the other reach
    double anyone_rate = 0;   // chance a random person of the universe is reached
    Frequency follower{}, others{};
    Frequency anyone{};       // exposures of a random reached person, weighted
};

std::vector<Prepared> prepare(const std::vector<AudienceCreator>& creators, double universe) {
    std::vector<Prepared> out(creators.size());
    for (std::size_t i = 0; i < creators.size(); ++i) {
        const AudienceCreator& c = creators[i];
        Prepared& p = out[i];
        p.followers = std::clamp(c.followers, 0.0, universe);
        p.rate = std::clamp(c.reached_share, 0.0, 1.0);
        p.reached = p.followers * p.rate;
        const double non_followers = universe - p.followers;
        p.other = std::clamp(c.other_reach, 0.0, non_followers);
        p.other_rate = non_followers > 0.0 ? p.other / non_followers : 0.0;
        p.anyone_rate = (p.reached + p.other) / universe;
        p.follower = normalised(c.follower_frequency);
        p.others = normalised(c.other_frequency);
        for (int k = 0; k < kFrequencyBins; ++k)
            p.anyone[k] = (p.reached * p.follower[k] + p.other * p.others[k]) / universe;
    }
    return out;
}

// How much more often two other creators j and k both reach a person of creator i's audience
// than if they were independent given i, summed over the pairs: E[X(X - 1)] minus its
// independent value. The triples come from the pairs by a damped Kirkwood superposition,
// P(j and k | i) = o_ij o_ik lift_jk^0.75 with lift_jk = shared_jk U / (F_j F_k), held inside
// the Frechet bounds. The full lift (Kirkwood's) counts a shared niche twice, once in o_ij o_ik
// and again in lift_jk, and overstates the overlap of heavy niches; no damping (independence
// given i) understates it. 0.75 is calibrated on the synthetic populations of the tests
// (models.md 2.6 and docs/MODEL.md §13 give the errors on either side). Only the creators
// sharing the most with i take part (triple_neighbours), so a roster costs n k^2 rather than
// n^3; the pairs left out count as independent. 80 of them up to 250 creators: with 32, 200
// creators in medium niches came out 3.5% low, with 80 1.4% (docs/MODEL.md §13). Up to 250 the
// damped lifts of every pair are worked out once (DampedLifts), so a triple costs a load, not
// two square roots; past 250 that table would be too large to rebuild on every edit, and 16 take
// part, their lifts computed as they are met (the accuracy is measured up to 200).
constexpr std::size_t kDenseTriplesUpTo = 250;
std::size_t triple_neighbours(std::size_t creators) { return creators <= kDenseTriplesUpTo ? 80 : 16; }

// The spanning forest of the bounds takes each creator's closest pairs; 32 were shown to give
// the heaviest tree (tests/engine/deduplication_test.cpp), more would only cost sorting.
constexpr std::size_t kForestCandidates = 32;

// lift_jk^0.75 = (shared_jk U / (F_j F_k))^0.75; 0 where either audience is empty.
double damped_lift(double shared_jk, double universe_over_fj, double fk) {
    if (!(fk > 0.0)) return 0.0;
    const double root = std::sqrt(shared_jk * universe_over_fj / fk);
    return root * std::sqrt(root);
}

class DampedLifts {
public:
    DampedLifts() = default;
    DampedLifts(const std::vector<double>& shared, const std::vector<double>& followers, double universe)
        : n_(followers.size()), lift_(n_ * n_, 0.0) {
        for (std::size_t j = 0; j < n_; ++j) {
            if (!(followers[j] > 0.0)) continue;
            const double scale = universe / followers[j];
            for (std::size_t k = j + 1; k < n_; ++k)
                lift_[j * n_ + k] = lift_[k * n_ + j] = damped_lift(shared[j * n_ + k], scale, followers[k]);
        }
    }
    bool empty() const { return lift_.empty(); }
    const double* row(std::size_t j) const { return lift_.data() + j * n_; }

private:
    std::size_t n_ = 0;
    std::vector<double> lift_;
};

struct Triples {
    double follows = 0.0;  // excess of E[X(X - 1)] for following
    double reaches = 0.0;  // the same for being reached (a follow reaches at rate, a non-follow at other_rate)
};

// The creators sharing the most with one creator, largest share first.
class Nearest {
public:
    explicit Nearest(std::size_t keep) : keep_(std::min(keep, kMost)) {}

    // `block_max[b]` is the largest share among creators 4b .. 4b + 3. Cut the blocks into
    // `keep` runs: the smallest of the runs' maxima is a share that `keep` creators reach, so
    // only the blocks reaching it can hold the closest, and only they are scanned (a scan of
    // every creator was a seventh of the deduplication of 1,000 creators). When most of the
    // roster is kept, every creator is sorted.
    void select(std::size_t i, const double* share, const double* followers, std::size_t n, const double* block_max) {
        size_ = 0;
        const std::size_t blocks = (n + 3) / 4;
        if (4 * keep_ >= n || keep_ == 0) {
            select_by_sorting(i, share, followers, n);
            return;
        }
        double threshold = 1.0;
        for (std::size_t run = 0; run < keep_; ++run) {
            double largest = 0.0;
            for (std::size_t b = run * blocks / keep_; b < (run + 1) * blocks / keep_; ++b)
                largest = std::max(largest, block_max[b]);
            threshold = std::min(threshold, largest);
        }
        // Insertion into the kept, largest first: while not full, any share reaching the
        // threshold enters; then only one above the smallest kept (the lower index wins a tie).
        double smallest = threshold;
        for (std::size_t b = 0; b < blocks; ++b) {
            if (size_ < keep_ ? !(block_max[b] >= smallest) : !(block_max[b] > smallest)) continue;
            for (std::size_t j = 4 * b; j < std::min(n, 4 * b + 4); ++j) {
                const double x = share[j];
                if ((size_ < keep_ ? !(x >= smallest) : !(x > smallest)) || !(x > 0.0) || j == i || !(followers[j] > 0.0))
                    continue;
                std::size_t at = size_ == keep_ ? size_ - 1 : size_++;
                while (at > 0 && value_[at - 1] < x) {
                    value_[at] = value_[at - 1];
                    index_[at] = index_[at - 1];
                    --at;
                }
                value_[at] = x;
                index_[at] = j;
                if (size_ == keep_) smallest = value_[size_ - 1];
            }
        }
        // A run's maximum may belong to a creator who cannot be a neighbour (creator i itself
        // or one without followers): then fewer than `keep` reached the threshold, and all are
        // sorted.
        if (size_ < keep_ && threshold > 0.0) select_by_sorting(i, share, followers, n);
    }

    std::size_t size() const { return size_; }
    std::size_t index(std::size_t a) const { return index_[a]; }
    double share(std::size_t a) const { return value_[a]; }

private:
    void select_by_sorting(std::size_t i, const double* share, const double* followers, std::size_t n) {
        order_.clear();
        for (std::size_t j = 0; j < n; ++j)
            if (share[j] > 0.0 && j != i && followers[j] > 0.0) order_.push_back({share[j], j});
        keep_closest();
    }

    // The first `keep` of order_, largest share first; the lower index first among equal shares.
    void keep_closest() {
        auto before = [](const Entry& a, const Entry& b) { return a.value > b.value || (a.value == b.value && a.index < b.index); };
        const std::size_t kept = std::min(keep_, order_.size());
        std::partial_sort(order_.begin(), order_.begin() + static_cast<std::ptrdiff_t>(kept), order_.end(), before);
        for (size_ = 0; size_ < kept; ++size_) {
            value_[size_] = order_[size_].value;
            index_[size_] = order_[size_].index;
        }
    }

    struct Entry {
        double value;
        std::size_t index;
    };
    static constexpr std::size_t kMost = 80;
    std::vector<Entry> order_;
    std::size_t keep_, size_ = 0;
    std::array<double, kMost> value_{};
    std::array<std::size_t, kMost> index_{};
};

// `lifts` holds every pair's damped lift, or is empty and they are computed here.
Triples triples(const Nearest& near, const std::vector<double>& gap, const std::vector<double>& shared,
                const std::vector<double>& followers, double universe, const DampedLifts& lifts) {
    const std::size_t n = followers.size();
    Triples t;
    for (std::size_t a = 0; a < near.size(); ++a) {
        const std::size_t j = near.index(a);
        const double oj = near.share(a);
        const double scale = universe / followers[j];
        const double* row = shared.data() + j * n;
        const double* lift_row = lifts.empty() ? nullptr : lifts.row(j);
        for (std::size_t b = a + 1; b < near.size(); ++b) {
            const std::size_t k = near.index(b);
            const double ok = near.share(b);
            const double independent = oj * ok;
            const double lift = lift_row ? lift_row[k] : damped_lift(row[k], scale, followers[k]);
            const double both = std::clamp(independent * lift, std::max(0.0, oj + ok - 1.0), std::min(oj, ok));
            const double excess = 2.0 * (both - independent);  // ordered pairs (j, k) and (k, j)
            t.follows += excess;
            t.reaches += excess * gap[j] * gap[k];
        }
    }
    return t;
}

double shared_at(const std::vector<double>& shared, std::size_t n, std::size_t i, std::size_t j) {
    return shared[i * n + j];
}

// Net reach of one creator's two classes among a subset of creators, for the curves.
double class_reach(const Prepared& p, double mean, double squares, double other_mean, double other_squares,
                   std::size_t others) {
    double r = p.reached * plain_inverse_count(match(mean, squares, others));
    // People reached as non-followers: the others reach them independently at anyone_rate.
    r += p.other * plain_inverse_count(match(other_mean - p.anyone_rate, other_squares - p.anyone_rate * p.anyone_rate,
                                       others));
    return r;
}

}  // namespace

double independent_union(const std::vector<double>& sizes, double universe) {
    if (!(universe > 0.0)) return 0.0;
    double none = 0.0;  // log of the share reached by no one
    for (double s : sizes) none += std::log1p(-std::clamp(s / universe, 0.0, 1.0 - 1e-15));
    return universe * -std::expm1(none);
}

namespace {

// max(largest, S1 - S2, Dawson-Sankoff) <= union <= min(universe, S1 - tree), where `tree` is the
// weight of a spanning tree (or forest) of the overlap graph: Hunter's inequality holds for any,
// the heaviest gives the tightest bound.
ReachBounds bounds_from(double s1, double s2, double largest, double tree, double universe) {
    ReachBounds b;
    b.low = std::max(largest, s1 - s2);
    if (s1 > 0.0) {  // Dawson & Sankoff (1967)
        const double k = 1.0 + std::floor(2.0 * s2 / s1);
        b.low = std::max(b.low, 2.0 * s1 / (k + 1.0) - 2.0 * s2 / (k * (k + 1.0)));
    }
    b.high = std::min(universe, s1 - tree);
    b.low = std::min(b.low, b.high);
    return b;
}

// Edges in order of weight, heaviest first, by a radix sort on the bits of the weights (for
// non-negative doubles the bits order as the values do); std::sort of the edges was a tenth of
// the deduplication of 1,000 creators. Negative weights count as 0, as the forest takes them.
struct WeightedEdge {
    std::uint64_t key;
    std::uint32_t i, j;
};

void sort_heaviest_first(std::vector<WeightedEdge>& edges, std::vector<WeightedEdge>& spare) {
    constexpr int kDigitBits = 8, kDigits = 64 / kDigitBits, kBuckets = 1 << kDigitBits;
    std::array<std::array<std::size_t, kBuckets>, kDigits> counts{};
    for (const WeightedEdge& e : edges)
        for (int d = 0; d < kDigits; ++d) ++counts[static_cast<std::size_t>(d)][(e.key >> (d * kDigitBits)) & (kBuckets - 1)];
    spare.resize(edges.size());
    for (int d = 0; d < kDigits; ++d) {
        auto& count = counts[static_cast<std::size_t>(d)];
        // A digit every key shares (the exponent's top bits, mostly) moves nothing.
        if (std::find(count.begin(), count.end(), edges.size()) != count.end()) continue;
        // Descending: bucket 255 first.
        std::size_t at = 0;
        for (int b = kBuckets - 1; b >= 0; --b) {
            const std::size_t c = count[static_cast<std::size_t>(b)];
            count[static_cast<std::size_t>(b)] = at;
            at += c;
        }
        for (const WeightedEdge& e : edges) spare[count[(e.key >> (d * kDigitBits)) & (kBuckets - 1)]++] = e;
        edges.swap(spare);
    }
}

// The heaviest spanning forest among candidate pairs (Kruskal). Each creator offers its pairs
// with the creators it shares most with; the heaviest spanning tree of the whole graph is made
// of such pairs in practice (tests/engine/deduplication_test.cpp compares the two), and if one
// were missing the bound would only be a little looser, never wrong. This replaces a dense pass
// over every pair for each bound.
template <class Weight>
double heaviest_forest(std::size_t n, const std::vector<std::uint32_t>& candidates, std::size_t per,
                       const Weight& weight) {
    std::vector<WeightedEdge> edges, spare;
    edges.reserve(candidates.size());
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t c = 0; c < per; ++c) {
            const std::uint32_t j = candidates[i * per + c];
            if (j == kNoCandidate) break;
            const double w = std::max(0.0, weight(i, j));
            std::uint64_t key;
            std::memcpy(&key, &w, sizeof key);
            edges.push_back({key, static_cast<std::uint32_t>(i), j});
        }
    sort_heaviest_first(edges, spare);
    std::vector<std::uint32_t> root(n);
    std::iota(root.begin(), root.end(), 0u);
    auto find = [&](std::uint32_t x) {
        while (root[x] != x) x = root[x] = root[root[x]];
        return x;
    };
    double tree = 0.0;
    for (const WeightedEdge& e : edges) {
        const std::uint32_t a = find(e.i), b = find(e.j);
        if (a == b) continue;
        root[a] = b;
        double w;
        std::memcpy(&w, &e.key, sizeof w);
        tree += w;
    }
    return tree;
}

// The bounds for any source of pair intersections, so that the exposed sets need no n x n table.
// `pair(i, j)` is called once per pair: Prim's dense algorithm meets each pair exactly once (when
// the earlier of the two joins the tree), so S2 is summed in the same pass.
template <class Pair>
ReachBounds bounds_of(const std::vector<double>& sizes, const Pair& pair, double universe) {
    const std::size_t n = sizes.size();
    if (n == 0) return {};
    double s1 = 0, s2 = 0, largest = 0;
    for (double s : sizes) {
        s1 += s;
        largest = std::max(largest, s);
    }
    // Hunter (1976): S1 minus the heaviest spanning tree of the overlap graph. The creators not
    // yet in the tree stay packed in roster order, so each step reads one row front to back.
    std::vector<std::size_t> rest(n - 1);
    std::iota(rest.begin(), rest.end(), std::size_t{1});
    std::vector<double> best(n - 1, -1.0);
    double tree = 0.0;
    std::size_t next = 0, left = n - 1;
    while (left > 0) {
        std::size_t kept = 0, pick = 0;
        double top = -1.0;
        for (std::size_t e = 0; e < left; ++e) {
            const std::size_t j = rest[e];
            if (j == next) continue;  // joined the tree at the last step
            const double v = pair(next, j);
            s2 += v;
            const double heaviest = std::max(best[e], v);
            rest[kept] = j;
            best[kept] = heaviest;
            if (heaviest > top) top = heaviest, pick = kept;
            ++kept;
        }
        left = kept;
        if (left == 0) break;
        tree += top;
        next = rest[pick];
    }
    return bounds_from(s1, s2, largest, tree, universe);
}

}  // namespace

ReachBounds union_bounds(const std::vector<double>& sizes, const std::vector<double>& shared, double universe) {
    const std::size_t n = sizes.size();
    return bounds_of(sizes, [&](std::size_t i, std::size_t j) { return shared[i * n + j]; }, universe);
}

// The state of one deduplication between steps. The constructor does everything linear in the
// roster; each step takes the next creators' O(n) passes; finish() the bounds and curves.
struct Deduplication::Work {
    Work(const std::vector<AudienceCreator>& creators, const std::vector<double>& shared, double universe,
         const DeduplicationOptions& options);
    void creator(std::size_t i);
    NetReach finish();
    void add_curves();

    const std::vector<AudienceCreator>& creators;
    const std::vector<double>& shared;
    DeduplicationOptions options;
    NetReach r;
    std::size_t n = 0, next = 0;
    bool nothing = false;  // no creators or no universe: r is the answer as it is
    double u = 0.0;
    std::vector<Prepared> p;
    std::size_t others = 0;
    // Sums over every creator of what a random person of the universe gets; each class
    // subtracts its own creator.
    double all_mean = 0, all_squares = 0;
    Frequency all_anyone{};
    // Per pair: o = share of i's followers who follow j; j reaches them with
    // pi = o * rate_j + (1 - o) * other_rate_j, so sums over j split into a part that depends on
    // the pair (through o) and a part that does not.
    // rate_j * follower_j - other_rate_j * others_j, bins padded to 12, in single precision: it
    // only shapes the partners' frequency mix (normalised, so errors near 1e-6 of a bin), and
    // four floats per vector lane halve the cost of the n^2 pass that sums it.
    static constexpr std::size_t kSlopeStride = 12;
    std::vector<float> slope;
    Frequency all_other{};         // sum of other_rate_j * others_j
    // Per-creator constants of the pair loop laid out flat, so the loop streams through them.
    std::vector<double> sizes, other_rate, gap, share;
    std::vector<double> block_max;  // largest share in each block of four creators (Nearest)
    std::vector<double> reached, rate, followers_reached;
    double all_reached = 0, all_followers_reached = 0, per_person = 0;
    double net_followers = 0.0, net = 0.0;
    double shared_sum = 0.0, exposed_sum = 0.0;  // S2 of the bounds, each pair counted twice
    Frequency freq{};
    Nearest near;
    DampedLifts lifts;  // up to kDenseTriplesUpTo creators
    // Pairs each creator offers to the spanning tree of the bounds: its closest, largest first.
    std::size_t per = 0;
    std::vector<std::uint32_t> candidates;
};

Deduplication::Work::Work(const std::vector<AudienceCreator>& creators_in, const std::vector<double>& shared_in,
                          double universe, const DeduplicationOptions& options_in)
    : creators(creators_in), shared(shared_in), options(options_in), n(creators_in.size()),
      near(triple_neighbours(creators_in.size())) {
    r.effective_k = std::clamp(options.effective_k, 1, kFrequencyBins);
    r.incremental.assign(n, 0.0);
    r.exclusive_followers.assign(n, 0.0);
    double largest = 0.0;
    for (const AudienceCreator& c : creators) largest = std::max(largest, c.followers + c.other_reach);
    r.universe = std::max(universe, largest);
    if (n == 0 || !(r.universe > 0.0)) {
        nothing = true;
        return;
    }
    u = r.universe;
    p = prepare(creators, u);
    others = n - 1;
    for (const Prepared& c : p) {
        all_mean += c.anyone_rate;
        all_squares += c.anyone_rate * c.anyone_rate;
        for (int k = 0; k < kFrequencyBins; ++k) all_anyone[k] += c.anyone[k];
        r.gross_followers += c.followers;
        r.gross_reach += c.reached + c.other;
        for (int k = 0; k < kFrequencyBins; ++k)
            r.exposures += (k + 1) * (c.reached * c.follower[k] + c.other * c.others[k]);
    }
    slope.assign(n * kSlopeStride, 0.0f);
    for (std::size_t j = 0; j < n; ++j) {
        for (int k = 0; k < kFrequencyBins; ++k) {
            slope[j * kSlopeStride + static_cast<std::size_t>(k)] =
                static_cast<float>(p[j].rate * p[j].follower[k] - p[j].other_rate * p[j].others[k]);
            all_other[k] += p[j].other_rate * p[j].others[k];
        }
    }
    sizes.resize(n);
    other_rate.resize(n);
    gap.resize(n);
    share.resize(n);
    block_max.resize((n + 3) / 4);
    for (std::size_t j = 0; j < n; ++j) {
        sizes[j] = p[j].followers;
        other_rate[j] = p[j].other_rate;
        gap[j] = p[j].rate - p[j].other_rate;
    }
    // Exposed sets for the bounds: pair (i, j) shares the followers of both reached by both,
    // plus chance meetings of the non-follower reach (R_i R_j >= r_i r_j because everyone
    // reached includes the followers reached), never more than the smaller of the two.
    reached.resize(n);
    rate.resize(n);
    followers_reached.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        reached[i] = p[i].reached + p[i].other;
        rate[i] = p[i].rate;
        followers_reached[i] = p[i].reached;
    }
    per_person = 1.0 / u;
    all_reached = std::accumulate(reached.begin(), reached.end(), 0.0);
    all_followers_reached = std::accumulate(followers_reached.begin(), followers_reached.end(), 0.0);
    if (n <= kDenseTriplesUpTo) lifts = DampedLifts(shared, sizes, u);
    per = std::min(triple_neighbours(n), kForestCandidates);
    candidates.assign(n * per, kNoCandidate);
}

void Deduplication::Work::creator(std::size_t i) {
    const Prepared& a = p[i];
    const double* row = shared.data() + i * n;
    const double inverse = a.followers > 0.0 ? 1.0 / a.followers : 0.0;
    const double ri = rate[i], big_ri = reached[i], small_ri = followers_reached[i];
    // Two creators per vector (SSE2 natively, SIMD128 in WebAssembly, where the compiler kept
    // this loop scalar when written with plain doubles); four per step, each sum one vector.
    using Lanes = double __attribute__((vector_size(16)));
    auto load = [](const double* at) {
        Lanes v;
        std::memcpy(&v, at, sizeof v);
        return v;
    };
    const Lanes zero = {0.0, 0.0}, one = {1.0, 1.0}, inv = {inverse, inverse};
    Lanes fm_v = zero, fs_v = zero, pm_v = zero, ps_v = zero, ss_v = zero, es_v = zero;
    std::size_t j = 0;
    for (; j + 4 <= n; j += 4) {
        const Lanes ra = load(row + j), rb = load(row + j + 2);
        Lanes xa = ra * inv, xb = rb * inv;
        xa = xa > zero ? xa : zero;  // a share of i's followers, within [0, 1]
        xa = xa < one ? xa : one;
        xb = xb > zero ? xb : zero;
        xb = xb < one ? xb : one;
        std::memcpy(share.data() + j, &xa, sizeof xa);
        std::memcpy(share.data() + j + 2, &xb, sizeof xb);
        const Lanes pa = load(other_rate.data() + j) + xa * load(gap.data() + j);
        const Lanes pb = load(other_rate.data() + j + 2) + xb * load(gap.data() + j + 2);
        fm_v += xa + xb;
        fs_v += xa * xa + xb * xb;
        pm_v += pa + pb;
        ps_v += pa * pa + pb * pb;
        ss_v += ra + rb;
        es_v += ra * load(rate.data() + j) + rb * load(rate.data() + j + 2);
        const Lanes top = xa > xb ? xa : xb;
        block_max[j >> 2] = std::max(top[0], top[1]);
    }
    double fm[2] = {fm_v[0] + fm_v[1], 0.0}, fs[2] = {fs_v[0] + fs_v[1], 0.0}, pm[2] = {pm_v[0] + pm_v[1], 0.0},
           ps[2] = {ps_v[0] + ps_v[1], 0.0}, ss[2] = {ss_v[0] + ss_v[1], 0.0}, es[2] = {es_v[0] + es_v[1], 0.0};
    if (j < n) block_max[j >> 2] = 0.0;
    for (; j < n; ++j) {
        const double x = std::min(std::max(row[j] * inverse, 0.0), 1.0);
        share[j] = x;
        const double pi = other_rate[j] + x * gap[j];
        fm[1] += x;
        fs[1] += x * x;
        pm[1] += pi;
        ps[1] += pi * pi;
        ss[1] += row[j];
        es[1] += row[j] * rate[j];
        block_max[j >> 2] = std::max(block_max[j >> 2], x);
    }
    // The diagonal counted creator i as following itself: take it out of every sum.
    shared_sum += ss[0] + ss[1] - row[i];
    // S2 of the exposed sets without the cap at the smaller set, so that it sums in closed
    // form: a larger S2 only lowers the lower bound, which stays a bound.
    exposed_sum += ri * (es[0] + es[1] - row[i] * ri) +
                   (big_ri * (all_reached - big_ri) - small_ri * (all_followers_reached - small_ri)) * per_person;
    if (a.followers > 0.0) {
        const double self = share[i], self_pi = other_rate[i] + self * gap[i];
        share[i] = 0.0;
        const std::size_t own_block = i >> 2;
        block_max[own_block] = 0.0;
        for (std::size_t m = 4 * own_block; m < std::min(n, 4 * own_block + 4); ++m)
            block_max[own_block] = std::max(block_max[own_block], share[m]);
        const double follow_mean = fm[0] + fm[1] - self;
        const double follow_squares = fs[0] + fs[1] - self * self;
        const double mean = pm[0] + pm[1] - self_pi;
        const double squares = ps[0] + ps[1] - self_pi * self_pi;
        float mix[kSlopeStride] = {};
        for (std::size_t m = 0; m < n; ++m) {
            const auto x = static_cast<float>(share[m]);
            const float* s = slope.data() + m * kSlopeStride;
            for (std::size_t k = 0; k < kSlopeStride; ++k) mix[k] += x * s[k];
        }
        Frequency partner{};
        for (int k = 0; k < kFrequencyBins; ++k) partner[k] = mix[k] + all_other[k] - p[i].other_rate * p[i].others[k];
        near.select(i, share.data(), sizes.data(), n, block_max.data());
        for (std::size_t c = 0; c < std::min(near.size(), per); ++c)
            candidates[i * per + c] = static_cast<std::uint32_t>(near.index(c));
        const Triples t = triples(near, gap, shared, sizes, u, lifts);
        const Others follows = fit(follow_mean, follow_squares, follow_mean * follow_mean - follow_squares + t.follows, others);
        const Counted f = count(follows, false);
        net_followers += a.followers * f.inverse;
        r.exclusive_followers[i] = a.followers * f.alone;
        const double reach_mean = std::max(0.0, mean), reach_squares = std::max(0.0, squares);
        const Others reaching = fit(reach_mean, reach_squares, reach_mean * reach_mean - reach_squares + t.reaches, others);
        const Counted c = count(reaching, true);
        net += a.reached * c.inverse;
        r.incremental[i] += a.reached * c.alone;
        add_class(a.reached, a.follower, normalised(partner), reaching, c, freq);
    }
    if (a.other > 0.0) {
        const Others reaching = match(all_mean - a.anyone_rate, all_squares - a.anyone_rate * a.anyone_rate, others);
        const Counted c = count(reaching, true);
        Frequency anyone{};
        for (int k = 0; k < kFrequencyBins; ++k) anyone[k] = all_anyone[k] - a.anyone[k];
        net += a.other * c.inverse;
        r.incremental[i] += a.other * c.alone;
        add_class(a.other, a.others, normalised(anyone), reaching, c, freq);
    }
}

NetReach Deduplication::Work::finish() {
    if (nothing) return std::move(r);
    double largest_followers = 0.0, largest_reached = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        largest_followers = std::max(largest_followers, sizes[i]);
        largest_reached = std::max(largest_reached, reached[i]);
    }
    r.follower_bounds = bounds_from(
        r.gross_followers, 0.5 * shared_sum, largest_followers,
        heaviest_forest(n, candidates, per, [&](std::size_t i, std::size_t j) { return shared[i * n + j]; }), u);
    r.net_followers = std::clamp(net_followers, r.follower_bounds.low, r.follower_bounds.high);
    auto exposed_pair = [&](std::size_t i, std::size_t j) {
        const double both_followers = shared[i * n + j] * rate[i] * rate[j];
        const double rest = (reached[i] * reached[j] - followers_reached[i] * followers_reached[j]) * per_person;
        return std::min(both_followers + rest, std::min(reached[i], reached[j]));
    };
    r.reach_bounds = bounds_from(r.gross_reach, 0.5 * exposed_sum, largest_reached,
                                 heaviest_forest(n, candidates, per, exposed_pair), u);
    r.net_reach = std::clamp(net, r.reach_bounds.low, r.reach_bounds.high);
    r.clamped = r.net_reach != net || r.net_followers != net_followers;
    const double scale = net > 0.0 ? r.net_reach / net : 0.0;
    for (int k = 0; k < kFrequencyBins; ++k) r.frequency[static_cast<std::size_t>(k)] = freq[k] * scale;
    for (int k = r.effective_k - 1; k < kFrequencyBins; ++k) r.effective_reach += r.frequency[k];
    if (options.curves) add_curves();
    return std::move(r);
}

void Deduplication::Work::add_curves() {
    // Build-up curves: pair sums grow as creators join; the net reach is summed at up to
    // kCurvePoints sizes.
    auto buildup = [&](const std::vector<std::size_t>& order) {
        std::vector<CurvePoint> curve;
        std::vector<double> mean(n, 0.0), squares(n, 0.0);
        double other_mean = 0, other_squares = 0, gross = 0;
        const std::size_t step = std::max<std::size_t>(1, (n + kCurvePoints - 1) / kCurvePoints);
        for (std::size_t m = 0; m < order.size(); ++m) {
            const std::size_t c = order[m];
            const Prepared& b = p[c];
            gross += b.reached + b.other;
            other_mean += b.anyone_rate;
            other_squares += b.anyone_rate * b.anyone_rate;
            for (std::size_t e = 0; e < m; ++e) {
                const std::size_t i = order[e];
                const double o_ic = p[i].followers > 0 ? std::clamp(shared_at(shared, n, i, c) / p[i].followers, 0.0, 1.0) : 0.0;
                const double o_ci = b.followers > 0 ? std::clamp(shared_at(shared, n, c, i) / b.followers, 0.0, 1.0) : 0.0;
                const double pi_ic = b.other_rate + o_ic * (b.rate - b.other_rate);
                const double pi_ci = p[i].other_rate + o_ci * (p[i].rate - p[i].other_rate);
                mean[i] += pi_ic;
                squares[i] += pi_ic * pi_ic;
                mean[c] += pi_ci;
                squares[c] += pi_ci * pi_ci;
            }
            if ((m + 1) % step != 0 && m + 1 != order.size()) continue;
            double total = 0.0;
            for (std::size_t e = 0; e <= m; ++e) {
                const std::size_t i = order[e];
                total += class_reach(p[i], mean[i], squares[i], other_mean, other_squares, m);
            }
            curve.push_back({m + 1, gross, std::clamp(total, 0.0, std::min(u, gross))});
        }
        // The curves leave out the triples (they would cost n k^2 per point): the whole roster's
        // correction for shared niches is carried to every point as one factor, so the curve
        // ends at the net reach and keeps its shape.
        const double factor = !curve.empty() && curve.back().net > 0.0 ? r.net_reach / curve.back().net : 1.0;
        for (CurvePoint& point : curve) point.net = std::min(point.net * factor, std::min(u, point.gross));
        return curve;
    };
    std::vector<std::size_t> roster(n);
    std::iota(roster.begin(), roster.end(), std::size_t{0});
    r.buildup_roster = buildup(roster);

    // Greedy best order: each step takes the creator who adds the most people not yet reached.
    {
        std::vector<double> mean(n, 0.0), squares(n, 0.0);
        std::vector<bool> taken(n, false);
        double other_mean = 0, other_squares = 0;
        for (std::size_t step = 0; step < n; ++step) {
            std::size_t pick = n;
            double best = -1.0;
            for (std::size_t c = 0; c < n; ++c) {
                if (taken[c]) continue;
                const double gain = p[c].reached * plain_alone(match(mean[c], squares[c], step)) +
                                    p[c].other * plain_alone(match(other_mean, other_squares, step));
                if (gain > best) best = gain, pick = c;
            }
            taken[pick] = true;
            r.best_order.push_back(pick);
            other_mean += p[pick].anyone_rate;
            other_squares += p[pick].anyone_rate * p[pick].anyone_rate;
            const Prepared& b = p[pick];
            for (std::size_t c = 0; c < n; ++c) {
                if (taken[c]) continue;
                const double o = p[c].followers > 0 ? std::clamp(shared_at(shared, n, c, pick) / p[c].followers, 0.0, 1.0) : 0.0;
                const double pi = b.other_rate + o * (b.rate - b.other_rate);
                mean[c] += pi;
                squares[c] += pi * pi;
            }
        }
        r.buildup_best = buildup(r.best_order);
    }
}

Deduplication::Deduplication(const std::vector<AudienceCreator>& creators, const std::vector<double>& shared,
                             double universe, const DeduplicationOptions& options)
    : work_(std::make_unique<Work>(creators, shared, universe, options)) {}

Deduplication::~Deduplication() = default;
Deduplication::Deduplication(Deduplication&&) noexcept = default;
Deduplication& Deduplication::operator=(Deduplication&&) noexcept = default;

bool Deduplication::advance(std::size_t creators) {
    Work& w = *work_;
    if (w.nothing) return false;
    const std::size_t until = std::min(w.n, w.next + creators);
    for (; w.next < until; ++w.next) w.creator(w.next);
    return w.next < w.n;
}

std::size_t Deduplication::remaining() const { return work_->nothing ? 0 : work_->n - work_->next; }

NetReach Deduplication::finish() {
    while (advance(work_->n)) {
    }
    return work_->finish();
}

NetReach deduplicate(const std::vector<AudienceCreator>& creators, const std::vector<double>& shared,
                     double universe, const DeduplicationOptions& options) {
    return Deduplication(creators, shared, universe, options).finish();
}

}  // namespace roster
