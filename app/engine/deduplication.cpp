#include "deduplication.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace roster {
namespace {

// The number X of other creators reaching a person of one class, as Binomial(n, p) with the
// mean and variance of the Poisson-binomial it stands for.
struct Others {
    double n = 0.0;  // whole number of trials
    double p = 0.0;
};

Others match(double mean, double sum_of_squares, std::size_t max_n) {
    if (!(mean > 1e-12) || max_n == 0) return {};
    const double limit = static_cast<double>(max_n);
    // mean^2 / sum(pi^2) is the n of the binomial with the same mean and variance.
    double n = sum_of_squares > mean * mean / limit ? std::round(mean * mean / sum_of_squares) : limit;
    n = std::clamp(n, 1.0, limit);
    return {n, std::min(1.0, mean / n)};
}

// P(X = 0): the class is reached by no other creator.
double alone(const Others& o) {
    if (o.p <= 0.0) return 1.0;
    if (o.p >= 1.0) return 0.0;
    return std::exp(o.n * std::log1p(-o.p));
}

// E[1 / (1 + X)] for X ~ Binomial(n, p) = (1 - (1 - p)^(n + 1)) / ((n + 1) p).
double inverse_count(const Others& o) {
    if (o.p <= 0.0) return 1.0;
    const double log_none = (o.n + 1.0) * std::log1p(-std::min(o.p, 1.0 - 1e-16));
    return -std::expm1(log_none) / ((o.n + 1.0) * o.p);
}

// Exposures of two independent sources added, both at least 1, the last bin absorbing.
Frequency convolve(const Frequency& a, const Frequency& b) {
    Frequency out{};
    for (int i = 0; i < kFrequencyBins; ++i) {
        if (a[i] == 0.0) continue;
        for (int j = 0; j < kFrequencyBins; ++j) {
            const int k = std::min(i + j + 1, kFrequencyBins - 1);  // (i + 1) + (j + 1) exposures
            out[k] += a[i] * b[j];
        }
    }
    return out;
}

// Adds `weight` people of one class to `out`: `own` is how often their creator reaches them,
// `partner` (summing to 1) how often one other reaching creator does, and X the number of
// others. Each person counts 1 / (1 + X).
void add_class(double weight, const Frequency& own, const Frequency& partner, const Others& o, Frequency& out) {
    if (!(weight > 0.0)) return;
    const double total = inverse_count(o);
    if (o.p <= 0.0) {
        for (int k = 0; k < kFrequencyBins; ++k) out[k] += weight * own[k];
        return;
    }
    // With X = m others the person has at least m + 1 exposures, so from m = 9 on all are 10+.
    // The binomial probabilities follow each other by P(m + 1) = P(m) (n - m) / (m + 1) p / (1 - p).
    double counted = 0.0;
    Frequency dist = own;
    const double odds = o.p < 1.0 ? o.p / (1.0 - o.p) : 0.0;
    double pmf = o.p < 1.0 ? alone(o) : 0.0;
    for (int m = 0; m < kFrequencyBins - 1 && m <= o.n; ++m) {
        if (m > 0) {
            dist = convolve(dist, partner);
            pmf *= (o.n - (m - 1)) / m * odds;
        }
        const double point = o.p >= 1.0 ? (m == o.n ? 1.0 : 0.0) : pmf;
        const double w = point / (m + 1.0);
        counted += w;
        for (int k = 0; k < kFrequencyBins; ++k) out[k] += weight * w * dist[k];
    }
    out[kFrequencyBins - 1] += weight * std::max(0.0, total - counted);
}

Frequency normalised(const Frequency& f) {
    const double sum = std::accumulate(f.begin(), f.end(), 0.0);
    Frequency out{};
    if (sum > 0.0)
        for (int k = 0; k < kFrequencyBins; ++k) out[k] = f[k] / sum;
    return out;
}

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

double shared_at(const std::vector<double>& shared, std::size_t n, std::size_t i, std::size_t j) {
    return shared[i * n + j];
}

// Net reach of one creator's two classes among a subset of creators, for the curves.
double class_reach(const Prepared& p, double mean, double squares, double other_mean, double other_squares,
                   std::size_t others) {
    double r = p.reached * inverse_count(match(mean, squares, others));
    // People reached as non-followers: the others reach them independently at anyone_rate.
    r += p.other * inverse_count(match(other_mean - p.anyone_rate, other_squares - p.anyone_rate * p.anyone_rate,
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

// The bounds for any source of pair intersections, so that the exposed sets need no n x n table.
template <class Pair>
ReachBounds bounds_of(const std::vector<double>& sizes, const Pair& pair, double universe) {
    const std::size_t n = sizes.size();
    ReachBounds b;
    if (n == 0) return b;
    double s1 = 0, s2 = 0, largest = 0;
    for (std::size_t i = 0; i < n; ++i) {
        s1 += sizes[i];
        largest = std::max(largest, sizes[i]);
        for (std::size_t j = i + 1; j < n; ++j) s2 += pair(i, j);
    }
    b.low = std::max(largest, s1 - s2);
    if (s1 > 0.0) {  // Dawson & Sankoff (1967)
        const double k = 1.0 + std::floor(2.0 * s2 / s1);
        b.low = std::max(b.low, 2.0 * s1 / (k + 1.0) - 2.0 * s2 / (k * (k + 1.0)));
    }
    // Hunter (1976): S1 minus the heaviest spanning tree of the overlap graph (Prim, dense). The
    // creators not yet in the tree are kept packed at the front so each step scans only them.
    std::vector<std::size_t> rest(n - 1);
    std::iota(rest.begin(), rest.end(), std::size_t{1});
    std::vector<double> best(n - 1, -1.0);
    double tree = 0.0;
    std::size_t next = 0;
    while (!rest.empty()) {
        std::size_t pick = 0;
        for (std::size_t e = 0; e < rest.size(); ++e) {
            best[e] = std::max(best[e], pair(next, rest[e]));
            if (best[e] > best[pick]) pick = e;
        }
        tree += best[pick];
        next = rest[pick];
        rest[pick] = rest.back();
        best[pick] = best.back();
        rest.pop_back();
        best.pop_back();
    }
    b.high = std::min(universe, s1 - tree);
    b.low = std::min(b.low, b.high);
    return b;
}

}  // namespace

ReachBounds union_bounds(const std::vector<double>& sizes, const std::vector<double>& shared, double universe) {
    const std::size_t n = sizes.size();
    return bounds_of(sizes, [&](std::size_t i, std::size_t j) { return shared[i * n + j]; }, universe);
}

NetReach deduplicate(const std::vector<AudienceCreator>& creators, const std::vector<double>& shared,
                     double universe, const DeduplicationOptions& options) {
    NetReach r;
    const std::size_t n = creators.size();
    r.effective_k = std::clamp(options.effective_k, 1, kFrequencyBins);
    r.incremental.assign(n, 0.0);
    r.exclusive_followers.assign(n, 0.0);
    double largest = 0.0;
    for (const AudienceCreator& c : creators) largest = std::max(largest, c.followers + c.other_reach);
    r.universe = std::max(universe, largest);
    if (n == 0 || !(r.universe > 0.0)) return r;
    const double u = r.universe;
    const std::vector<Prepared> p = prepare(creators, u);
    const std::size_t others = n - 1;

    // Sums over every creator of what a random person of the universe gets; each class
    // subtracts its own creator.
    double all_mean = 0, all_squares = 0;
    Frequency all_anyone{};
    for (const Prepared& c : p) {
        all_mean += c.anyone_rate;
        all_squares += c.anyone_rate * c.anyone_rate;
        for (int k = 0; k < kFrequencyBins; ++k) all_anyone[k] += c.anyone[k];
        r.gross_followers += c.followers;
        r.gross_reach += c.reached + c.other;
        for (int k = 0; k < kFrequencyBins; ++k)
            r.exposures += (k + 1) * (c.reached * c.follower[k] + c.other * c.others[k]);
    }

    // Per pair: o = share of i's followers who follow j; j reaches them with
    // pi = o * rate_j + (1 - o) * other_rate_j, so sums over j split into a part that depends on
    // the pair (through o) and a part that does not.
    std::vector<Frequency> slope(n);  // rate_j * follower_j - other_rate_j * others_j
    Frequency all_other{};            // sum of other_rate_j * others_j
    for (std::size_t j = 0; j < n; ++j) {
        for (int k = 0; k < kFrequencyBins; ++k) {
            slope[j][k] = p[j].rate * p[j].follower[k] - p[j].other_rate * p[j].others[k];
            all_other[k] += p[j].other_rate * p[j].others[k];
        }
    }

    std::vector<double> sizes(n), reached(n);
    for (std::size_t i = 0; i < n; ++i) sizes[i] = p[i].followers;

    // Per-creator constants of the pair loop laid out flat, so the loop streams through them.
    std::vector<double> other_rate(n), gap(n), share(n);
    for (std::size_t j = 0; j < n; ++j) {
        other_rate[j] = p[j].other_rate;
        gap[j] = p[j].rate - p[j].other_rate;
    }

    double net_followers = 0.0, net = 0.0;
    Frequency freq{};
    for (std::size_t i = 0; i < n; ++i) {
        const Prepared& a = p[i];
        if (a.followers > 0.0) {
            const double* row = shared.data() + i * n;
            const double inverse = 1.0 / a.followers;
            for (std::size_t j = 0; j < n; ++j) share[j] = std::min(std::max(row[j] * inverse, 0.0), 1.0);
            share[i] = 0.0;
            // Four running sums each, so the compiler may keep them in vector lanes.
            double fm[4] = {}, fs[4] = {}, pm[4] = {}, ps[4] = {};
            std::size_t j = 0;
            for (; j + 4 <= n; j += 4) {
                for (std::size_t l = 0; l < 4; ++l) {
                    const double x = share[j + l];
                    const double pi = other_rate[j + l] + x * gap[j + l];
                    fm[l] += x;
                    fs[l] += x * x;
                    pm[l] += pi;
                    ps[l] += pi * pi;
                }
            }
            for (; j < n; ++j) {
                const double pi = other_rate[j] + share[j] * gap[j];
                fm[0] += share[j];
                fs[0] += share[j] * share[j];
                pm[0] += pi;
                ps[0] += pi * pi;
            }
            const double follow_mean = (fm[0] + fm[1]) + (fm[2] + fm[3]);
            const double follow_squares = (fs[0] + fs[1]) + (fs[2] + fs[3]);
            // share[i] = 0 counted creator i as reaching its own followers at other_rate: take it out.
            const double mean = (pm[0] + pm[1]) + (pm[2] + pm[3]) - other_rate[i];
            const double squares = (ps[0] + ps[1]) + (ps[2] + ps[3]) - other_rate[i] * other_rate[i];
            Frequency partner{};
            for (std::size_t m = 0; m < n; ++m) {
                const double x = share[m];
                for (int k = 0; k < kFrequencyBins; ++k) partner[k] += x * slope[m][k];
            }
            for (int k = 0; k < kFrequencyBins; ++k)
                partner[k] += all_other[k] - p[i].other_rate * p[i].others[k];
            const Others follows = match(follow_mean, follow_squares, others);
            net_followers += a.followers * inverse_count(follows);
            r.exclusive_followers[i] = a.followers * alone(follows);
            const Others reaching = match(std::max(0.0, mean), std::max(0.0, squares), others);
            net += a.reached * inverse_count(reaching);
            r.incremental[i] += a.reached * alone(reaching);
            add_class(a.reached, a.follower, normalised(partner), reaching, freq);
        }
        if (a.other > 0.0) {
            const Others reaching = match(all_mean - a.anyone_rate, all_squares - a.anyone_rate * a.anyone_rate, others);
            Frequency anyone{};
            for (int k = 0; k < kFrequencyBins; ++k) anyone[k] = all_anyone[k] - a.anyone[k];
            net += a.other * inverse_count(reaching);
            r.incremental[i] += a.other * alone(reaching);
            add_class(a.other, a.others, normalised(anyone), reaching, freq);
        }
    }

    r.follower_bounds = union_bounds(sizes, shared, u);
    r.net_followers = std::clamp(net_followers, r.follower_bounds.low, r.follower_bounds.high);

    // Exposed sets: pair (i, j) shares the followers of both reached by both, plus chance
    // meetings of the non-follower reach.
    // R_i R_j >= r_i r_j because everyone reached includes the followers reached.
    std::vector<double> rate(n), followers_reached(n);
    for (std::size_t i = 0; i < n; ++i) {
        reached[i] = p[i].reached + p[i].other;
        rate[i] = p[i].rate;
        followers_reached[i] = p[i].reached;
    }
    const double per_person = 1.0 / u;
    r.reach_bounds = bounds_of(
        reached,
        [&](std::size_t i, std::size_t j) {
            const double both_followers = shared[i * n + j] * rate[i] * rate[j];
            const double rest = (reached[i] * reached[j] - followers_reached[i] * followers_reached[j]) * per_person;
            return std::min(both_followers + rest, std::min(reached[i], reached[j]));
        },
        u);
    r.net_reach = std::clamp(net, r.reach_bounds.low, r.reach_bounds.high);
    r.clamped = r.net_reach != net || r.net_followers != net_followers;
    const double scale = net > 0.0 ? r.net_reach / net : 0.0;
    for (int k = 0; k < kFrequencyBins; ++k) r.frequency[static_cast<std::size_t>(k)] = freq[k] * scale;
    for (int k = r.effective_k - 1; k < kFrequencyBins; ++k) r.effective_reach += r.frequency[k];

    if (!options.curves) return r;

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
                const double gain = p[c].reached * alone(match(mean[c], squares[c], step)) +
                                    p[c].other * alone(match(other_mean, other_squares, step));
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
    return r;
}

}  // namespace roster
