// Latent classes of audiences (latent_classes.h): a prototype measured in docs/REACH-ACCURACY.md.
#include "latent_classes.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string>

namespace roster {

namespace {

// Heaviness levels: 8-point Gauss-Hermite quadrature of a standard normal (nodes of the
// physicists' rule times sqrt 2, weights over sqrt pi), so that a log-normal of mean 1 and any
// spread is integrated exactly enough for products of a few hundred factors.
constexpr int kLevels = 8;
constexpr std::array<double, kLevels> kNode = {-2.9306374202572440, -1.9816567566958429, -1.1571937124467802,
                                               -0.3811869902073221, 0.3811869902073221,  1.1571937124467802,
                                               1.9816567566958429,  2.9306374202572440};
constexpr std::array<double, kLevels> kWeight = {1.9960407221136762e-4, 1.7077983007413475e-2,
                                                 2.0780232581489188e-1, 6.6114701255824129e-1,
                                                 6.6114701255824129e-1, 2.0780232581489188e-1,
                                                 1.7077983007413475e-2, 1.9960407221136762e-4};

constexpr double kSqrtPi = 1.7724538509055160;
constexpr double kShrink = 5.0;  // pairs' worth; chosen on the four tuned families only

using Exposure = std::array<double, kFrequencyBins + 1>;  // 0..9 exposures, then 10+

void add_exposures(Exposure& d, double share, const Frequency& f) {
    Exposure out{};
    for (int a = 0; a <= kFrequencyBins; ++a) {
        const double pa = d[static_cast<std::size_t>(a)];
        if (pa == 0.0) continue;
        out[static_cast<std::size_t>(a)] += pa * (1.0 - share);
        for (int k = 1; k <= kFrequencyBins; ++k)
            out[static_cast<std::size_t>(std::min(a + k, kFrequencyBins))] +=
                pa * share * f[static_cast<std::size_t>(k - 1)];
    }
    d = out;
}

// Non-negative least squares on the normal equations (G theta = b), a handful of unknowns: solve
// on the interests still free (Gaussian elimination with partial pivoting), drop those that come
// out negative, again until none does. Coordinate descent crawled on these ill-conditioned
// systems (interests that the same creators span) and stopped far from the solution.
std::vector<double> non_negative_solve(const std::vector<double>& G, const std::vector<double>& b, std::size_t K) {
    std::vector<double> theta(K, 0.0);
    std::vector<char> free(K, 1);
    for (std::size_t k = 0; k < K; ++k)
        if (!(G[k * K + k] > 0.0)) free[k] = 0;
    for (std::size_t round = 0; round <= K; ++round) {
        std::vector<std::size_t> f;
        for (std::size_t k = 0; k < K; ++k)
            if (free[k]) f.push_back(k);
        const std::size_t m = f.size();
        if (m == 0) break;
        std::vector<double> A(m * (m + 1));
        for (std::size_t r = 0; r < m; ++r) {
            for (std::size_t c = 0; c < m; ++c) A[r * (m + 1) + c] = G[f[r] * K + f[c]];
            A[r * (m + 1) + m] = b[f[r]];
        }
        for (std::size_t c = 0; c < m; ++c) {
            std::size_t pivot = c;
            for (std::size_t r = c + 1; r < m; ++r)
                if (std::fabs(A[r * (m + 1) + c]) > std::fabs(A[pivot * (m + 1) + c])) pivot = r;
            if (pivot != c)
                for (std::size_t x = 0; x <= m; ++x) std::swap(A[c * (m + 1) + x], A[pivot * (m + 1) + x]);
            const double d = A[c * (m + 1) + c];
            if (d == 0.0) continue;
            for (std::size_t r = 0; r < m; ++r) {
                if (r == c) continue;
                const double factor = A[r * (m + 1) + c] / d;
                if (factor == 0.0) continue;
                for (std::size_t x = c; x <= m; ++x) A[r * (m + 1) + x] -= factor * A[c * (m + 1) + x];
            }
        }
        bool negative = false;
        for (std::size_t r = 0; r < m; ++r) {
            const double d = A[r * (m + 1) + r];
            const double v = d != 0.0 ? A[r * (m + 1) + m] / d : 0.0;
            theta[f[r]] = v;
            if (!(v > 0.0)) free[f[r]] = 0, theta[f[r]] = 0.0, negative = true;
        }
        if (!negative) break;
    }
    return theta;
}

}  // namespace

LatentReach latent_reach(const LatentInputs& in) {
    LatentReach out;
    const std::size_t n = in.creators.size();
    const double universe = in.universe;
    if (n == 0 || !(universe > 0.0)) return out;

    // The interests the profiles name; without any, one class of everyone.
    std::map<std::string, std::size_t> ids;
    for (const LatentCreator& c : in.creators)
        for (const Share& s : c.interests)
            if (s.ppm > 0) ids.emplace(s.key, ids.size());
    const std::size_t K = std::max<std::size_t>(1, ids.size());
    out.interests = K;
    std::vector<double> reported(n * K, 0.0), rest(n, 1.0);
    for (std::size_t i = 0; i < n; ++i) {
        double total = 0.0;
        for (const Share& s : in.creators[i].interests)
            if (s.ppm > 0) {
                reported[i * K + ids[s.key]] += s.ppm / 1e6;
                total += s.ppm / 1e6;
            }
        // Shares above 100% in all (people with several interests counted in each) are scaled
        // down: the classes give each person one interest.
        if (total > 1.0)
            for (std::size_t k = 0; k < K; ++k) reported[i * K + k] /= total;
        rest[i] = std::max(0.0, 1.0 - total);
    }

    // Each interest's share of the people (refined by the fit) spreads what the profiles leave
    // unreported; then theta_k = E[m^2] / W_k from the stated pairs.
    std::vector<double> people(K, 1.0 / static_cast<double>(K)), a(n * K), theta(K, 0.0), size(K, 0.0);
    double heaviness = 1.0;
    for (int round = 0; round < 3; ++round) {
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t k = 0; k < K; ++k)
                a[i * K + k] = in.creators[i].followers * (reported[i * K + k] + rest[i] * people[k]);
        std::vector<double> G(K * K, 0.0), b(K, 0.0), x(K);
        double used = 0.0;
        for (const LatentPair& p : in.pairs) {
            if (p.i >= n || p.j >= n || p.i == p.j) continue;
            used += 1.0;
            for (std::size_t k = 0; k < K; ++k) x[k] = a[p.i * K + k] * a[p.j * K + k];
            for (std::size_t k = 0; k < K; ++k) {
                if (x[k] == 0.0) continue;
                b[k] += x[k] * p.shared;
                for (std::size_t l = k; l < K; ++l) G[k * K + l] += x[k] * x[l];
            }
        }
        for (std::size_t k = 0; k < K; ++k)
            for (std::size_t l = 0; l < k; ++l) G[k * K + l] = G[l * K + k];
        // Shrunk toward the one theta that fits every pair alike, as much as kShrink average
        // pairs would pull: with few stated pairs an interest that two or three pairs touch
        // would otherwise get any size; with hundreds of pairs the data decide.
        double g_all = 0.0, b_all = 0.0, trace = 0.0;
        for (std::size_t k = 0; k < K; ++k) {
            b_all += b[k];
            trace += G[k * K + k];
            for (std::size_t l = 0; l < K; ++l) g_all += G[k * K + l];
        }
        const double pooled = g_all > 0.0 ? std::max(0.0, b_all / g_all) : 0.0;
        const double ridge = kShrink * trace / static_cast<double>(K) / std::max(1.0, used);
        for (std::size_t k = 0; k < K; ++k) G[k * K + k] += ridge, b[k] += ridge * pooled;
        theta = non_negative_solve(G, b, K);
        // The interests' people add up to the universe: W_k = E[m^2] / theta_k, each at least
        // the followers one creator draws from it and at most the universe (an interest whose
        // pairs show no excess would otherwise claim more than everyone); E[m^2] >= 1 by
        // bisection. Interests the stated pairs say nothing about (theta = 0) keep their share.
        std::vector<double> least(K, 0.0);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t k = 0; k < K; ++k) least[k] = std::max(least[k], a[i * K + k]);
        auto sizes_at = [&](double h) {
            double total = 0.0;
            for (std::size_t k = 0; k < K; ++k) {
                const double w = theta[k] > 0.0 ? h / theta[k] : people[k] * universe;
                total += size[k] = std::min(universe, std::max(least[k], w));
            }
            return total;
        };
        double low = 1.0, high = 1.0;
        if (sizes_at(1.0) < universe) {
            while (high < 1e6 && sizes_at(high) < universe) low = high, high *= 2.0;
            for (int step = 0; step < 60; ++step) {
                const double mid = 0.5 * (low + high);
                (sizes_at(mid) < universe ? low : high) = mid;
            }
        }
        heaviness = high;
        const double total = sizes_at(heaviness);
        for (std::size_t k = 0; k < K; ++k) people[k] = size[k] / total;
    }
    for (std::size_t k = 0; k < K; ++k) size[k] = people[k] * universe;
    out.heaviness = heaviness;

    // The union and frequency, class by class. Each creator's exposures as a distribution over
    // the followers it reaches (audience_of leaves them summing to the share reached).
    std::vector<Frequency> exposures(n);
    for (std::size_t i = 0; i < n; ++i) {
        double total = 0.0;
        for (double x : in.creators[i].frequency) total += x;
        for (int f = 0; f < kFrequencyBins; ++f)
            exposures[i][static_cast<std::size_t>(f)] =
                total > 0.0 ? in.creators[i].frequency[static_cast<std::size_t>(f)] / total : (f == 0 ? 1.0 : 0.0);
    }
    const double sigma = std::sqrt(std::log(heaviness));
    for (std::size_t k = 0; k < K; ++k) {
        if (!(size[k] > 0.0)) continue;
        for (int h = 0; h < kLevels; ++h) {
            const double m = std::exp(sigma * std::sqrt(2.0) * kNode[static_cast<std::size_t>(h)] - 0.5 * sigma * sigma);
            const double people_here = size[k] * kWeight[static_cast<std::size_t>(h)] / kSqrtPi;
            Exposure d{};
            d[0] = 1.0;
            double none = 1.0;
            for (std::size_t i = 0; i < n; ++i) {
                const double p = std::min(1.0, a[i * K + k] * m / size[k]);
                if (p == 0.0) continue;
                none *= 1.0 - p;
                add_exposures(d, p * in.creators[i].reached_share, exposures[i]);
            }
            out.followers += people_here * (1.0 - none);
            out.reach += people_here * (1.0 - d[0]);
            for (int f = 1; f <= kFrequencyBins; ++f)
                out.frequency[static_cast<std::size_t>(f - 1)] += people_here * d[static_cast<std::size_t>(f)];
        }
    }
    for (int f = 3; f <= kFrequencyBins; ++f) out.at_least_three += out.frequency[static_cast<std::size_t>(f - 1)];
    return out;
}

}  // namespace roster
