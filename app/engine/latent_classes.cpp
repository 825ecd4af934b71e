// Latent classes of audiences (latent_classes.h): a prototype measured in docs/REACH-ACCURACY.md.
#include "latent_classes.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string>
#include <utility>

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
// heaviness_levels(): chosen on the four tuned families only, seeds 1 and 2, from h in
// {0, 0.1, 0.15, 0.2, 0.3} and spreads 0.3-0.5 (docs/REACH-ACCURACY.md).
constexpr double kHeavyShare = 0.1;
constexpr double kBaseSpread = 0.5;

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

// The heaviness m (mean 1) at quadrature levels, given only E[m^2] = H: pairs identify nothing
// more. A log-normal alone puts the spread on everyone, so a large H (a few heavy users who follow
// many creators) leaves most people far below the mean and too few reached: -11% at 1,000
// creators in the heavy-users worlds. Here a share kHeavyShare of the people are heavy by a factor
// f, on top of a log-normal of spread kBaseSpread for everyone; f is what gives H (f = 1 and a
// smaller spread when H is below the base's own e^(spread^2)). Both constants were chosen on the
// four tuned families only (docs/REACH-ACCURACY.md).
struct Level {
    double heaviness = 1.0;
    double share = 0.0;  // of the people
};

std::vector<Level> heaviness_levels(double H) {
    const double h = kHeavyShare, spread = kBaseSpread;
    double sigma = spread, f = 1.0;
    // E[m^2] / E[m]^2 of the two-point part: (1 - h + h f^2) / (1 - h + h f)^2, from 1 at f = 1
    // towards 1 / h as f grows.
    auto two_point = [h](double factor) {
        const double mean = 1.0 - h + h * factor;
        return (1.0 - h + h * factor * factor) / (mean * mean);
    };
    const double ratio = H / std::exp(spread * spread);
    if (h <= 0.0 || ratio <= 1.0) {
        sigma = std::sqrt(std::log(std::max(1.0, H)));
    } else {
        double low = 1.0, high = 1e4;
        if (two_point(high) < ratio) {
            f = high;
            sigma = std::sqrt(std::log(H / two_point(f)));
        } else {
            for (int step = 0; step < 100; ++step) {
                const double mid = 0.5 * (low + high);
                (two_point(mid) < ratio ? low : high) = mid;
            }
            f = 0.5 * (low + high);
        }
    }
    const double base = 1.0 / (1.0 - h + h * f);
    std::vector<Level> levels;
    for (int heavy = 0; heavy < (f > 1.0 ? 2 : 1); ++heavy) {
        const double share = f > 1.0 ? (heavy ? h : 1.0 - h) : 1.0;
        const double factor = heavy ? f : 1.0;
        for (int x = 0; x < kLevels; ++x)
            levels.push_back({base * factor * std::exp(sigma * std::sqrt(2.0) * kNode[static_cast<std::size_t>(x)] - 0.5 * sigma * sigma),
                              share * kWeight[static_cast<std::size_t>(x)] / kSqrtPi});
    }
    return levels;
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

    // The interests each profile names, and each creator's stated partners (each pair once).
    std::vector<std::vector<std::size_t>> named(n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = 0; k < K; ++k)
            if (reported[i * K + k] > 0.0) named[i].push_back(k);
    std::vector<std::vector<std::pair<std::size_t, double>>> partners(n);
    for (const LatentPair& p : in.pairs)
        if (p.i < n && p.j < n && p.i != p.j) partners[std::min(p.i, p.j)].push_back({std::max(p.i, p.j), p.shared});

    // Each interest's share of the people (refined by the fit) spreads what the profiles leave
    // unreported; then theta_k = E[m^2] / W_k from the stated pairs.
    std::vector<double> people(K, 1.0 / static_cast<double>(K)), a(n * K), theta(K, 0.0), size(K, 0.0);
    double heaviness = 1.0;
    for (int round = 0; round < 3; ++round) {
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t k = 0; k < K; ++k)
                a[i * K + k] = in.creators[i].followers * (reported[i * K + k] + rest[i] * people[k]);
        // The normal equations G theta = b of the least squares over the stated pairs, where a
        // pair contributes x = a_i o a_j (elementwise): G = sum x x^T, b = sum shared x. Summed
        // pair by pair that is interests^2 per pair (0.1-6 s at 1,000 creators); grouped by the
        // first creator of each pair it is exactly
        //     G = sum_i (a_i a_i^T) o M_i,   M_i = sum_{j > i paired with i} a_j a_j^T,
        // and a_j = F_j (r_j + s_j pi) is a sparse profile r_j (at most 10 interests) plus the
        // unreported rest s_j spread as the people pi, so a_j a_j^T is a sparse part plus a
        // rank-2 one. M_i is summed over i's partners, or, when most pairs are stated, as the sum
        // over every j > i (kept as i goes down) less the pairs not stated: about 110 operations
        // per pair or per missing pair, whichever are fewer, and interests^2 per creator.
        std::vector<double> G(K * K, 0.0), b(K, 0.0), M(K * K), u(K), v(K);
        std::vector<double> all_M(K * K, 0.0), all_u(K, 0.0);  // sum over j > i
        double all_c = 0.0, used = 0.0;
        std::vector<int> times(n, 0);  // how often (i, j) is stated, for the i at hand
        auto add_outer = [&](std::size_t j, double weight, std::vector<double>& m, std::vector<double>& uu, double& c) {
            const double F = in.creators[j].followers, F2 = weight * F * F, s = rest[j];
            for (std::size_t k : named[j]) {
                const double rk = reported[j * K + k];
                for (std::size_t l : named[j]) m[k * K + l] += F2 * rk * reported[j * K + l];
                uu[k] += F2 * s * rk;
            }
            c += F2 * s * s;
        };
        for (std::size_t i = n; i-- > 0;) {
            if (!partners[i].empty()) {
                std::fill(v.begin(), v.end(), 0.0);
                double w = 0.0;
                for (const auto& [j, shared] : partners[i]) {
                    used += 1.0;
                    ++times[j];
                    const double F = in.creators[j].followers;
                    for (std::size_t k : named[j]) v[k] += shared * F * reported[j * K + k];
                    w += shared * F * rest[j];
                }
                const std::size_t after = n - 1 - i;
                double c = 0.0;
                if (2 * partners[i].size() > after) {
                    M = all_M, u = all_u, c = all_c;
                    for (std::size_t j = i + 1; j < n; ++j)
                        if (times[j] != 1) add_outer(j, static_cast<double>(times[j]) - 1.0, M, u, c);
                } else {
                    std::fill(M.begin(), M.end(), 0.0);
                    std::fill(u.begin(), u.end(), 0.0);
                    for (const auto& partner : partners[i])
                        if (times[partner.first] > 0) {
                            add_outer(partner.first, static_cast<double>(times[partner.first]), M, u, c);
                            times[partner.first] = -times[partner.first];  // once per partner
                        }
                }
                for (const auto& partner : partners[i]) times[partner.first] = 0;
                for (std::size_t k = 0; k < K; ++k) {
                    const double aik = a[i * K + k];
                    if (aik == 0.0) continue;
                    b[k] += aik * (v[k] + w * people[k]);
                    for (std::size_t l = 0; l < K; ++l)
                        G[k * K + l] += aik * a[i * K + l] *
                                        (M[k * K + l] + u[k] * people[l] + people[k] * u[l] + c * people[k] * people[l]);
                }
            }
            add_outer(i, 1.0, all_M, all_u, all_c);
        }
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
    const std::vector<Level> levels = heaviness_levels(heaviness);
    for (std::size_t k = 0; k < K; ++k) {
        if (!(size[k] > 0.0)) continue;
        for (const Level& level : levels) {
            const double m = level.heaviness;
            const double people_here = size[k] * level.share;
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
