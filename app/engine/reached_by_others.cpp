// Part of the deduplication: the distribution of X, the number of other creators reaching a
// person of one class (reached_by_others.h says what it is for). Fitting it to the moments the
// pairs and triples give, averaging over the log-normal appetite by Gauss-Hermite nodes, and
// turning it into a class's share of the net reach, its incremental reach and its frequency.
// Kept apart from the passes over the overlap matrix because it is the model (docs/MODEL.md §13)
// and they are the bookkeeping: changing the mixing or the quadrature happens here alone.
#include "reached_by_others.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "exponential.h"

namespace roster::dedup {

Others fit(double mean, double sum_of_squares, double pairs, std::size_t max_n) {
    // Given the appetite, the binomial that matches the others' own chances (as if independent);
    // it gives E[X(X - 1)] = mean^2 (1 - 1/n), and an appetite of variance v multiplies that by 1 + v.
    Others o = match(mean, sum_of_squares, max_n);
    if (o.n < 2.0) return o;
    const double flat = mean * mean * (1.0 - 1.0 / o.n);
    if (pairs > flat * (1.0 + 1e-9)) o.spread = std::sqrt(std::log1p(pairs / flat - 1.0));
    return o;
}

namespace {

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

}  // namespace

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

namespace {

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

}  // namespace

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

}  // namespace roster::dedup
