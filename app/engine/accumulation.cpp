#include "accumulation.h"

#include <algorithm>
#include <cmath>

namespace roster {
namespace {

// log of prod_{t<n} (b + t) / (a + b + t) = lgamma(b+n) - lgamma(b) - lgamma(a+b+n) + lgamma(a+b)
double log_never_reached(double a, double b, int n) {
    if (n <= 24) {  // the product is exact and cheaper for the post counts planners use
        double never = 1.0;
        for (int t = 0; t < n; ++t) never *= (b + t) / (a + b + t);
        return std::log(never);
    }
    return std::lgamma(b + n) - std::lgamma(b) - std::lgamma(a + b + n) + std::lgamma(a + b);
}

}  // namespace

double accumulated_reach_share(double single_post_rate, double concentration, int posts) {
    if (posts <= 0) return 0.0;
    const double rate = std::isfinite(single_post_rate) ? std::clamp(single_post_rate, 0.0, 1.0) : 0.0;
    if (rate <= 0.0 || rate >= 1.0) return rate;  // the Beta degenerates; nobody or everybody
    const double s = std::isfinite(concentration) ? std::clamp(concentration, 1e-9, 1e9) : 1.0;
    return beta_binomial_reach(rate * s, (1.0 - rate) * s, posts);
}

bool fit_beta_binomial(double r1, double r2, double& alpha, double& beta) {
    if (!(r1 > 0.0 && r1 < 1.0 && r2 > r1 && r2 < 2.0 * r1 - r1 * r1)) return false;
    alpha = r1 * (r2 - r1) / (2.0 * r1 - r1 * r1 - r2);
    beta = alpha * (1.0 - r1) / r1;
    return true;
}

double beta_binomial_reach(double alpha, double beta, int n) {
    if (n <= 0) return 0.0;
    return std::clamp(1.0 - std::exp(log_never_reached(alpha, beta, n)), 0.0, 1.0);
}

std::vector<double> beta_binomial_distribution(double alpha, double beta, int n) {
    std::vector<double> p(static_cast<std::size_t>(std::max(n, 0)) + 1, 0.0);
    // For the post counts planners use, from the likelier end by a running product: a dozen
    // multiplications where the closed form costs seven lgamma calls per point (which made every
    // edit of a 1,000-creator roster spend milliseconds here) and loses digits for large alpha
    // and beta. P(0) >= (beta / (alpha + beta))^n and P(n) >= (alpha / (alpha + beta))^n, so one
    // end is at least 2^-64 and neither running product underflows. Whole numbers are added last
    // so that a tiny alpha or beta keeps its digits.
    if (n <= 64 && alpha > 0.0 && beta > 0.0) {
        double none = 1.0, all = 1.0;
        for (int t = 0; t < n; ++t) {
            none *= (beta + t) / (alpha + beta + t);
            all *= (alpha + t) / (alpha + beta + t);
        }
        const auto at = [&](int k) -> double& { return p[static_cast<std::size_t>(k)]; };
        if (none >= all) {  // P(k + 1) = P(k) (n - k) / (k + 1) (alpha + k) / (beta + (n - k - 1))
            at(0) = none;
            for (int k = 0; k < n; ++k) at(k + 1) = at(k) * (n - k) / (k + 1.0) * (alpha + k) / (beta + (n - k - 1.0));
        } else {  // P(k - 1) = P(k) k / (n - k + 1) (beta + (n - k)) / (alpha + (k - 1))
            at(n) = all;
            for (int k = n; k > 0; --k) at(k - 1) = at(k) * k / (n - k + 1.0) * (beta + (n - k)) / (alpha + (k - 1.0));
        }
        return p;
    }
    const double log_b = std::lgamma(alpha) + std::lgamma(beta) - std::lgamma(alpha + beta);
    for (int k = 0; k <= n; ++k) {
        const double log_choose = std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0);
        const double log_num = std::lgamma(alpha + k) + std::lgamma(beta + n - k) - std::lgamma(alpha + beta + n);
        p[static_cast<std::size_t>(k)] = std::exp(log_choose + log_num - log_b);
    }
    return p;
}

}  // namespace roster
