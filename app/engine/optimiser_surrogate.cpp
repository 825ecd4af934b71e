#include "optimiser_surrogate.h"

#include <algorithm>
#include <cmath>

#include "exponential.h"
#include "optimiser_objective.h"

namespace roster {
namespace {

constexpr double kMostChance = 1.0 - 1e-12;  // keeps log(1 - p) finite

// 2 atanh(u) = log((1 + u) / (1 - u)) for |u| <= 0.18, by its series: a fixed polynomial for the
// small u most pairs give (the next term is below 1e-16 of the sum), else until the terms vanish.
double twice_atanh(double u) {
    const double u2 = u * u;
    if (u2 < 1e-4) return 2.0 * u * (1.0 + u2 * (1.0 / 3.0 + u2 * (1.0 / 5.0 + u2 * (1.0 / 7.0))));
    double term = u, sum = u;
    for (int k = 3; k < 60; k += 2) {
        term *= u2;
        const double next = term / k;
        sum += next;
        if (std::abs(next) <= 1e-17 * std::abs(sum)) break;
    }
    return 2.0 * sum;
}

// log(v) for v > 0, by the same series.
double log_positive(double v) {
    int e = 0;
    double m = std::frexp(v, &e);  // v = m 2^e, m in [0.5, 1), exactly
    if (m < 0.70710678118654752) m *= 2.0, --e;
    constexpr double kLn2 = 0.69314718055994531;
    return e * kLn2 + twice_atanh((m - 1.0) / (m + 1.0));
}

double log_one_plus(double y) { return y < 0.25 ? twice_atanh(y / (2.0 + y)) : log_positive(1.0 + y); }

// log(1 - p), from plain IEEE arithmetic like engine/exponential.h, so that the estimate (and the
// proposal it steers) has the same bits natively and in WebAssembly, where the C libraries'
// log1p can differ in the last bit. Most chances are small, where one or two terms suffice.
inline double log_miss(double chance) {
    const double x = std::clamp(chance, 0.0, kMostChance);
    // Most pairs: a small chance, where the series of log(1 - x) needs no division (its next
    // term is below 2e-16 of the sum).
    if (x < 1e-3) return -x * (1.0 + x * (0.5 + x * (1.0 / 3.0 + x * 0.25)));
    if (x < 0.25) {  // log(1 - x) = -2 atanh(u), u = x / (2 - x) <= 1/7: ten terms of its series
        const double u = x / (2.0 - x), u2 = u * u;
        double sum = 1.0 / 21.0;
        for (int k = 19; k >= 1; k -= 2) sum = 1.0 / k + u2 * sum;
        return -2.0 * u * sum;
    }
    return log_positive(1.0 - x);
}

}  // namespace

double CoverageSurrogate::random_exposures(const Item& it) {
    // A random person is reached by the booking with chance r / U, as often as its people are.
    const double reached = it.followers_reached + it.others_reached;
    if (!(reached > 0.0)) return 0.0;
    return it.random_chance * (it.followers_reached * it.follower_exposures + it.others_reached * it.other_exposures) / reached;
}

namespace {

}  // namespace

CoverageSurrogate::CoverageSurrogate(const CandidatePool& pool, OptimiserObjective objective)
    : pool_(&pool), coverage_(objective_counts_people(objective)), n_(pool.size()),
      effective_(objective == OptimiserObjective::EffectiveReach), k_(std::clamp(pool.effective_k, 1, kFrequencyBins)) {
    const double universe = std::max(pool.matrix.universe, 1.0);
    first_.resize(n_ + 1);
    followers_.resize(n_);
    inverse_followers_.resize(n_);
    for (std::size_t i = 0; i < n_; ++i) {
        first_[i] = items_.size();
        const double f = pool.matrix.n == n_ ? pool.matrix.at(i, i) : 0.0;
        followers_[i] = f;
        inverse_followers_[i] = f > 0.0 ? 1.0 / f : 0.0;
        for (const PoolOption& o : pool.creators[i].options) {
            Item it;
            const AudienceCreator& a = o.audience;
            it.followers_reached = a.followers * a.reached_share;
            it.others_reached = a.other_reach;
            it.rho = std::clamp(a.reached_share, 0.0, 1.0);
            it.stranger_chance = std::clamp(a.other_reach / std::max(universe - a.followers, 1.0), 0.0, 1.0);
            it.random_chance = std::clamp((it.followers_reached + it.others_reached) / universe, 0.0, 1.0);
            switch (objective) {
                case OptimiserObjective::NetReach: break;
                case OptimiserObjective::OnTargetReach:
                    it.weight = o.outcome.reach > 0.0 ? std::clamp(o.outcome.on_target_reach / o.outcome.reach, 0.0, 1.0) : 0.0;
                    break;
                case OptimiserObjective::EffectiveReach: {
                    const auto tail = [&](const Frequency& bins, std::vector<double>& out, double& mean) {
                        out.assign(static_cast<std::size_t>(k_) + 1, 0.0);
                        mean = 0.0;
                        double total = 0.0;
                        for (int b = 0; b < kFrequencyBins; ++b) {
                            total += bins[static_cast<std::size_t>(b)];
                            mean += (b + 1) * bins[static_cast<std::size_t>(b)];
                        }
                        if (!(total > 0.0)) total = 1.0, mean = 1.0;
                        else mean /= total;
                        for (int t = 0; t <= k_; ++t) {
                            double at_least = 0.0;
                            for (int b = std::max(0, t - 1); b < kFrequencyBins; ++b) at_least += bins[static_cast<std::size_t>(b)];
                            out[static_cast<std::size_t>(t)] = std::clamp(at_least / total, 0.0, 1.0);
                        }
                    };
                    tail(a.follower_frequency, it.follower_tail, it.follower_exposures);
                    tail(a.other_frequency, it.other_tail, it.other_exposures);
                    break;
                }
                case OptimiserObjective::Conversions: it.additive = o.outcome.conversions; break;
                case OptimiserObjective::GrossProfit:
                case OptimiserObjective::RoiP10: it.additive = o.outcome.gross_profit; break;
            }
            items_.push_back(it);
        }
    }
    first_[n_] = items_.size();
    clear();
}

void CoverageSurrogate::clear() {
    log_p_.assign(n_, 0.0);
    log_q_ = 0.0;
    lambda_p_.assign(effective_ ? n_ : 0, 0.0);
    lambda_q_ = 0.0;
    selection_.assign(n_, kNotChosen);
}

void CoverageSurrogate::assign(const Selection& selection) {
    if (selection == selection_) return;
    // From the selection held when few bookings differ (each costs a pass over the others),
    // else from nothing.
    std::size_t differ = 0, target = 0;
    for (std::size_t i = 0; i < n_; ++i) {
        const std::int32_t want = i < selection.size() ? selection[i] : kNotChosen;
        differ += want != selection_[i];
        target += want != kNotChosen;
    }
    if (2 * differ >= target) clear();
    for (std::size_t i = 0; i < n_; ++i) {
        const std::int32_t want = i < selection.size() ? selection[i] : kNotChosen;
        if (want == selection_[i]) continue;
        if (want == kNotChosen) remove(i);
        else add(i, want);
    }
}

double CoverageSurrogate::pi(std::size_t j, std::size_t i, const Item& it) const {
    const double o = std::min(1.0, pool_->matrix.shared[i * n_ + j] * inverse_followers_[j]);
    return o * it.rho + (1.0 - o) * it.stranger_chance;
}

void CoverageSurrogate::apply(std::size_t i, std::int32_t option, double sign) {
    if (!coverage_) return;
    const Item& it = item(i, option);
    const double* row = pool_->matrix.shared.data() + i * n_;
    const double* inverse = inverse_followers_.data();
    const double rho = it.rho, stranger = it.stranger_chance;
    double* log_p = log_p_.data();
    for (std::size_t j = 0; j < n_; ++j) {
        if (j == i) continue;
        const double o = std::min(1.0, row[j] * inverse[j]);
        log_p[j] += sign * log_miss(o * rho + (1.0 - o) * stranger);
        if (effective_) lambda_p_[j] += sign * (o * rho * it.follower_exposures + (1.0 - o) * stranger * it.other_exposures);
    }
    log_q_ += sign * log_miss(it.random_chance);
    if (effective_) lambda_q_ += sign * random_exposures(it);
}

double CoverageSurrogate::lambda_from(std::size_t j, std::size_t i, const Item& it) const {
    const double o = std::min(1.0, pool_->matrix.shared[i * n_ + j] * inverse_followers_[j]);
    return o * it.rho * it.follower_exposures + (1.0 - o) * it.stranger_chance * it.other_exposures;
}

double CoverageSurrogate::effective(const Item& it, double lambda_p, double lambda_q) const {
    // People this booking pushes to k exposures or more: reached y < k times by the others
    // (Poisson), and at least k - y times by it.
    const auto crossing = [&](double lambda, const std::vector<double>& tail) {
        lambda = std::max(lambda, 0.0);
        double p = exponential(-lambda), sum = 0.0;
        for (int y = 0; y < k_; ++y) {
            sum += p * tail[static_cast<std::size_t>(k_ - y)];
            p *= lambda / (y + 1);
        }
        return sum;
    };
    return it.followers_reached * crossing(lambda_p, it.follower_tail) + it.others_reached * crossing(lambda_q, it.other_tail);
}

void CoverageSurrogate::add(std::size_t creator, std::int32_t option) {
    if (selection_[creator] != kNotChosen) remove(creator);
    apply(creator, option, 1.0);
    selection_[creator] = option;
}

void CoverageSurrogate::remove(std::size_t creator) {
    if (selection_[creator] == kNotChosen) return;
    apply(creator, selection_[creator], -1.0);
    selection_[creator] = kNotChosen;
}

double CoverageSurrogate::value(const Item& it, const State& at) const {
    if (!coverage_) return it.additive;
    const double fresh = it.followers_reached * missed(at.log_p) + it.others_reached * missed(at.log_q);
    // Effective reach: the people pushed over k, and a thousandth of the new people reached, so that
    // a roster too small for anyone to be reached k times still grows towards one that is.
    if (effective_) return effective(it, at.lambda_p, at.lambda_q) + 1e-3 * fresh;
    return it.weight * fresh;
}

CoverageSurrogate::State CoverageSurrogate::state(std::size_t creator) const {
    State at{log_p_[creator], log_q_, effective_ ? lambda_p_[creator] : 0.0, lambda_q_};
    const std::int32_t own = selection_[creator];
    if (own != kNotChosen && coverage_) {  // the creator's own booking reaches random people too
        const Item& it = item(creator, own);
        at.log_q -= log_miss(it.random_chance);
        at.lambda_q -= random_exposures(it);
    }
    return at;
}

void CoverageSurrogate::leave_out(State& at, std::size_t creator, std::size_t without) const {
    if (!coverage_ || selection_[without] == kNotChosen || without == creator) return;
    const Item& w = item(without, selection_[without]);
    at.log_p -= log_miss(pi(creator, without, w));
    at.log_q -= log_miss(w.random_chance);
    if (effective_) {
        at.lambda_p -= lambda_from(creator, without, w);
        at.lambda_q -= random_exposures(w);
    }
}

double CoverageSurrogate::gain(std::size_t creator, std::int32_t option) const {
    const std::int32_t own = selection_[creator];
    if (own == option) return 0.0;
    const State at = state(creator);
    const double with = value(item(creator, option), at);
    return own == kNotChosen ? with : with - value(item(creator, own), at);
}

double CoverageSurrogate::gain_without(std::size_t creator, std::int32_t option, std::size_t without) const {
    const std::int32_t own = selection_[creator];
    if (own == option) return 0.0;
    State at = state(creator);
    leave_out(at, creator, without);
    const double with = value(item(creator, option), at);
    return own == kNotChosen ? with : with - value(item(creator, own), at);
}

double CoverageSurrogate::loss(std::size_t creator) const {
    const std::int32_t own = selection_[creator];
    if (own == kNotChosen) return 0.0;
    return value(item(creator, own), state(creator));
}

double CoverageSurrogate::alone(std::size_t creator, std::int32_t option) const {
    return value(item(creator, option), State{});
}

double CoverageSurrogate::missed(double log_p) const {
    if (!(dispersion_ > 0.0)) return exponential(log_p);
    const double mu = std::max(-log_p, 0.0);
    return exponential(-dispersion_ * log_one_plus(mu / dispersion_));
}

double CoverageSurrogate::fit_dispersion(const Selection& selection, const std::vector<double>& incremental) {
    dispersion_ = 0.0;
    if (!coverage_ || effective_) return 0.0;
    assign(selection);
    // The chosen creators' followers and others reached, and the chances the others miss them.
    struct Row {
        double followers, others, log_p, log_q;
    };
    std::vector<Row> rows;
    double target = 0.0;
    std::size_t index = 0;
    for (std::size_t i = 0; i < n_ && i < selection.size(); ++i) {
        if (selection[i] == kNotChosen) continue;
        const Item& it = item(i, selection[i]);
        const State at = state(i);
        rows.push_back({it.followers_reached, it.others_reached, at.log_p, at.log_q});
        if (index < incremental.size()) target += std::max(incremental[index], 0.0);
        ++index;
    }
    const auto predicted = [&](double r) {
        dispersion_ = r;
        double sum = 0.0;
        for (const Row& row : rows) sum += row.followers * missed(row.log_p) + row.others * missed(row.log_q);
        return sum;
    };
    // The estimate only grows as r falls (more dispersion, more people reached by one creator
    // only): bisect on log r between 1e-3 and 1e6, independence when even that is too many.
    if (rows.empty() || predicted(0.0) >= target) {
        dispersion_ = 0.0;
        return 0.0;
    }
    double low = -6.9077552789821371, high = 13.815510557964274;  // log(1e-3), log(1e6)
    if (predicted(exponential(low)) <= target) {
        dispersion_ = exponential(low);
        return dispersion_;
    }
    for (int k = 0; k < 50; ++k) {
        const double mid = 0.5 * (low + high);
        if (predicted(exponential(mid)) > target) low = mid;
        else high = mid;
    }
    dispersion_ = exponential(0.5 * (low + high));
    return dispersion_;
}

double CoverageSurrogate::reached_by(std::size_t creator, std::int32_t option, std::size_t other) const {
    if (selection_[other] == kNotChosen || other == creator) return 0.0;
    const Item& it = item(creator, option);
    const Item& o = item(other, selection_[other]);
    const double reached = it.followers_reached + it.others_reached;
    if (!(reached > 0.0)) return 0.0;
    return (it.followers_reached * pi(creator, other, o) + it.others_reached * o.random_chance) / reached;
}

}  // namespace roster
