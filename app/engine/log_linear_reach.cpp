// Danaher's approximate log-linear model (log_linear_reach.h): a prototype measured in
// docs/REACH-ACCURACY.md.
//
// Belief propagation on the pairwise model P(x) ~ prod_i phi_i(x_i) prod_{i<j} psi_ij(x_i, x_j),
// phi_i = P_i and psi_ij = P_ij / (P_i P_j). Reached-or-not is folded in by tilting phi_i(1) by
// (1 - rho_i): the tilted model's normalising constant is then P(nobody reaches the person), and
// its beliefs give who is reached exactly once or twice. Messages are kept as log ratios
// L[i*n+j] = log(m_{i->j}(1) / m_{i->j}(0)); all zero is the untilted model's fixed point.
#include "log_linear_reach.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace roster {

namespace {

constexpr double kTiny = 1e-12;        // keeps shares inside (0, 1)
constexpr double kDamping = 0.5;       // of each message update: dense loopy graphs oscillate without it
constexpr double kTolerance = 1e-8;    // largest change of a log message at convergence
constexpr std::size_t kMaxSweeps = 300;  // per model (tilted, plain)

double entropy_term(double b, double reference) { return b > 0.0 && reference > 0.0 ? b * std::log(b / reference) : 0.0; }

}  // namespace

LogLinearReach log_linear_reach(const LatentInputs& in) {
    LogLinearReach out;
    const std::size_t n = in.creators.size();
    const double N = in.universe;
    if (n == 0 || !(N > 0.0)) return out;

    std::vector<double> p(n), rho(n), once(n), twice(n);
    for (std::size_t i = 0; i < n; ++i) {
        const LatentCreator& c = in.creators[i];
        p[i] = std::clamp(c.followers / N, kTiny, 1.0 - kTiny);
        // A creator reaching every follower would make the tilted phi_i(1) zero; the exposures
        // below divide by 1 - rho.
        rho[i] = std::clamp(c.reached_share, 0.0, 1.0 - 1e-9);
        double total = 0.0;
        for (double x : c.frequency) total += x;
        once[i] = total > 0.0 ? c.frequency[0] / total : 1.0;
        twice[i] = total > 0.0 ? c.frequency[1] / total : 0.0;
    }

    // Every pair's P_ij(1,1): stated, or the median lift of the stated pairs (the duplication law).
    std::vector<double> q(n * n, -1.0), lifts;
    for (const LatentPair& s : in.pairs) {
        if (s.i >= n || s.j >= n || s.i == s.j || !(s.shared >= 0.0)) continue;
        const double shared = s.shared / N;
        q[s.i * n + s.j] = q[s.j * n + s.i] = shared;
        lifts.push_back(shared / (p[s.i] * p[s.j]));
    }
    double lift = 1.0;
    if (!lifts.empty()) {
        std::nth_element(lifts.begin(), lifts.begin() + static_cast<std::ptrdiff_t>(lifts.size() / 2), lifts.end());
        lift = lifts[lifts.size() / 2];
    }
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            double& v = q[i * n + j];
            if (v < 0.0) v = lift * p[i] * p[j];
            // A valid 2x2 table: shared at most the smaller audience, at least what the universe forces.
            v = std::clamp(v, std::max(0.0, p[i] + p[j] - 1.0), std::min(p[i], p[j]));
            q[j * n + i] = v;
        }

    // The pair (i, j)'s table; a = x_i, b = x_j.
    auto table = [&](std::size_t i, std::size_t j, int a, int b) {
        const double s = q[i * n + j];
        if (a == 1 && b == 1) return s;
        if (a == 1) return std::max(0.0, p[i] - s);
        if (b == 1) return std::max(0.0, p[j] - s);
        return std::max(0.0, 1.0 - p[i] - p[j] + s);
    };

    // Belief propagation, then the Bethe free energy F (log Z = -F) of the model tilted by
    // `tilt` (log of the factor on x_i = 1), from the messages L as they stand (warm start).
    std::vector<double> L(n * n, 0.0), g(n), odds(n), tilt(n), none(n, 0.0), single(n);
    for (std::size_t i = 0; i < n; ++i) {
        odds[i] = std::log((1.0 - p[i]) / p[i]);
        tilt[i] = std::log(1.0 - rho[i]);
    }
    auto gather = [&](const std::vector<double>& t) {
        for (std::size_t i = 0; i < n; ++i) g[i] = t[i];
        for (std::size_t k = 0; k < n; ++k)
            for (std::size_t i = 0; i < n; ++i)
                if (i != k) g[i] += L[k * n + i];
    };
    double pairs_twice = 0.0;  // of the last run: sum_pairs b_ij(1,1) times both creators' one exposure
    auto bethe = [&](const std::vector<double>& t, std::size_t& sweeps, bool& converged) {
        converged = false;
        for (sweeps = 1; sweeps <= kMaxSweeps; ++sweeps) {
            gather(t);
            double largest = 0.0;
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = 0; j < n; ++j) {
                    if (i == j) continue;
                    // The cavity field x of i without j, relative to the untilted P_i; the sums
                    // are divided by e^x when it is positive, so that a large field (a thousand
                    // messages add up) does not overflow.
                    const double x = g[i] - L[j * n + i];
                    const double e = std::exp(-std::fabs(x));
                    const double s = q[i * n + j];
                    const double p01 = std::max(0.0, p[j] - s), p00 = std::max(0.0, 1.0 - p[i] - p[j] + s);
                    const double p10 = std::max(0.0, p[i] - s);
                    const double num = x > 0.0 ? p01 * e + s : p01 + e * s;
                    const double den = x > 0.0 ? p00 * e + p10 : p00 + e * p10;
                    const double fresh =
                        num > 0.0 && den > 0.0 ? odds[j] + std::log(num / den) : (num > 0.0 ? 50.0 : -50.0);
                    double& m = L[i * n + j];
                    const double next = (1.0 - kDamping) * m + kDamping * std::clamp(fresh, -50.0, 50.0);
                    largest = std::max(largest, std::fabs(next - m));
                    m = next;
                }
            if (largest < kTolerance) {
                converged = true;
                break;
            }
        }
        sweeps = std::min(sweeps, kMaxSweeps);
        gather(t);
        // Beliefs: b_i(1), and per pair b_ij(a, b) ~ P_ij(a, b) A^a B^b with A, B the cavity fields.
        for (std::size_t i = 0; i < n; ++i) single[i] = 1.0 / (1.0 + std::exp(odds[i] - g[i]));
        // F = sum_pairs b ln(b / psi) - sum_i b ln phi - (n - 2) sum_i b ln b.
        double F = 0.0;
        pairs_twice = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                // In logs, less the largest, for the same reason as the messages.
                const double A = g[i] - L[j * n + i], B = g[j] - L[i * n + j];
                const double top = std::max({0.0, A, B, A + B});
                double b[2][2], z = 0.0;
                for (int a = 0; a < 2; ++a)
                    for (int c = 0; c < 2; ++c)
                        z += b[a][c] = table(i, j, a, c) * std::exp((a ? A : 0.0) + (c ? B : 0.0) - top);
                for (int a = 0; a < 2; ++a)
                    for (int c = 0; c < 2; ++c) {
                        b[a][c] /= z;
                        const double reference = (a ? p[i] : 1.0 - p[i]) * (c ? p[j] : 1.0 - p[j]);
                        const double cell = table(i, j, a, c);
                        if (cell > 0.0) F += b[a][c] * std::log(b[a][c] * reference / cell);
                    }
                pairs_twice += b[1][1] * rho[i] * rho[j] * once[i] * once[j] / ((1.0 - rho[i]) * (1.0 - rho[j]));
            }
        const double degree_less_one = static_cast<double>(n) - 2.0;  // every pair is a factor
        for (std::size_t i = 0; i < n; ++i) {
            const double b1 = single[i], b0 = 1.0 - single[i];
            F -= b0 * std::log(1.0 - p[i]) + (b1 > 0.0 ? b1 * (std::log(p[i]) + t[i]) : 0.0);
            F -= degree_less_one * (entropy_term(b0, 1.0) + entropy_term(b1, 1.0));
        }
        return F;
    };

    // The tilted model first (from the untilted fixed point, all messages 0); then the untilted
    // model warm-started from there. Both constants come from the same approximation: where
    // many creators share most of their followers, the fixed point at the model's own inputs
    // is unstable and belief propagation settles on another one whose constant is not 1.
    bool settled_tilted = false, settled_plain = false;
    std::size_t sweeps_tilted = 0, sweeps_plain = 0;
    const double F_tilted = bethe(tilt, sweeps_tilted, settled_tilted);
    const std::vector<double> tilted_single = single;
    const double tilted_pairs_twice = pairs_twice;
    const double F_plain = bethe(none, sweeps_plain, settled_plain);
    out.sweeps = sweeps_tilted + sweeps_plain;
    out.converged = settled_tilted && settled_plain;
    double singles_once = 0.0, singles_twice = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        singles_once += tilted_single[i] * rho[i] * once[i] / (1.0 - rho[i]);
        singles_twice += tilted_single[i] * rho[i] * twice[i] / (1.0 - rho[i]);
    }
    // Net followers: the model's P(x = 0), its numerator exact, over the same constant.
    {
        double log_none = 0.0;
        bool anyone = false;
        for (std::size_t i = 0; i < n && !anyone; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                const double t = table(i, j, 0, 0);
                if (!(t > 0.0)) {
                    anyone = true;
                    break;
                }
                log_none += std::log(t);
            }
        for (std::size_t i = 0; i < n; ++i) log_none -= (static_cast<double>(n) - 2.0) * std::log(1.0 - p[i]);
        out.followers = anyone ? N : N * std::clamp(1.0 - std::exp(log_none + F_plain), 0.0, 1.0);
    }
    const double free_energy = F_tilted - F_plain;
    const double pairs_twice_tilted = tilted_pairs_twice;
    const double nobody = std::isfinite(free_energy) ? std::clamp(std::exp(-free_energy), 0.0, 1.0) : 0.0;
    // The union's elementary bounds (the largest creator, the sum, the universe) catch the
    // approximation where it breaks down: crowded rosters whose pairs imply no joint at all.
    double largest = 0.0, sum = 0.0, largest_followers = 0.0, sum_followers = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double f = in.creators[i].followers, r = f * in.creators[i].reached_share;
        largest = std::max(largest, r), sum += r;
        largest_followers = std::max(largest_followers, f), sum_followers += f;
    }
    out.reach = std::clamp(N * (1.0 - nobody), std::min(largest, N), std::min(sum, N));
    out.followers = std::clamp(out.followers, std::min(largest_followers, N), std::min(sum_followers, N));
    out.reached_once = std::min(out.reach, N * nobody * singles_once);
    out.reached_twice = std::min(out.reach - out.reached_once, N * nobody * (singles_twice + pairs_twice_tilted));
    out.at_least_three = std::max(0.0, out.reach - out.reached_once - out.reached_twice);
    return out;
}

}  // namespace roster
