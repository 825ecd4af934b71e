// The deduplication (deduplication.h) as a run in steps: the state kept between them, what is
// worked out once per roster, the per-creator step that gathers each creator's classes of
// people, and the finish that bounds the totals. The model's parts are in files of their own,
// each read here and nowhere else (namespace roster::dedup):
//   creator_reach.*      each creator's audience in the universe's terms, worked out once;
//   overlap_row_sums.*   the hot loop: one pass over a creator's row of the overlap matrix;
//   closest_creators.*   the creators sharing the most with one creator;
//   three_way_overlap.*  the triples, estimated from the pairs among the closest;
//   reached_by_others.*  the number of others reaching a person, and what it gives;
//   reach_bounds.*       the bounds the pairs allow (and union_bounds, independent_union);
//   buildup_curves.*     net reach as creators are added, and the best order.
// Split so that each can be read, changed and measured alone; the steps stay here because
// they are what an interface spreads over frames, and what the bounds and curves wait for.
#include "deduplication.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

#include "buildup_curves.h"
#include "closest_creators.h"
#include "creator_reach.h"
#include "overlap_row_sums.h"
#include "reach_bounds.h"
#include "reached_by_others.h"
#include "three_way_overlap.h"

namespace roster {

using namespace dedup;

// The state of one deduplication between steps. The constructor does everything linear in the
// roster; each step takes the next creators' O(n) passes; finish() the bounds and curves.
struct Deduplication::Work {
    Work(const std::vector<AudienceCreator>& creators, const std::vector<double>& shared, double stated_universe,
         const DeduplicationOptions& options);
    void creator(std::size_t i);
    NetReach finish();

    const std::vector<AudienceCreator>& creators;
    const std::vector<double>& shared;  // roster_size x roster_size, row-major
    DeduplicationOptions options;
    NetReach result;  // filled as the steps run: gross figures at once, per-creator ones by step
    std::size_t roster_size = 0, next_creator = 0;
    bool nothing_to_do = false;  // no creators or no universe: result is the answer as it is
    double stated_universe = 0.0;  // as the caller gives it (the build-up curves' prefixes take it too)
    double universe = 0.0;         // the stated one, raised to the largest audience
    std::vector<CreatorReach> audiences;
    std::size_t other_creators = 0;  // how many others each creator has: roster_size - 1
    // Sums over every creator of what a random person of the universe gets; each class
    // subtracts its own creator.
    double all_anyone_rates = 0, all_anyone_rate_squares = 0;
    Frequency all_anyone_frequency{};
    // Per pair: o = share of i's followers who follow j; j reaches them with
    // pi = o * rate_j + (1 - o) * other_rate_j, so sums over j split into a part that depends on
    // the pair (through o) and a part that does not.
    // rate_j * follower_j - other_rate_j * others_j, bins padded to 12, in single precision: it
    // only shapes the partners' frequency mix (normalised, so errors near 1e-6 of a bin), and
    // four floats per vector lane halve the cost of the n^2 pass that sums it.
    static constexpr std::size_t kSlopeStride = 12;
    std::vector<float> slope;
    Frequency all_other{};  // sum of other_rate_j * others_j
    // Per-creator constants of the pair loop laid out flat, so the loop streams through them.
    std::vector<double> followers, other_rate, gap, share;
    std::vector<double> block_max;  // largest share in each block of four creators (ClosestCreators)
    // Per creator for the exposed sets of the bounds: everyone it reaches, the reached share of
    // its followers, and the followers it reaches.
    std::vector<double> people_reached, rate, followers_reached;
    double all_people_reached = 0, all_followers_reached = 0, per_person = 0;
    // The estimates before the bounds: each creator's classes add their people, counted
    // 1 / (1 + X) each, as the steps run.
    double net_followers = 0.0, net_reach = 0.0;
    double shared_sum = 0.0, exposed_sum = 0.0;  // S2 of the bounds, each pair counted twice
    Frequency frequency{};                       // people reached k times, before the bounds
    ClosestCreators closest;
    DampedLifts lifts;  // up to kDenseTriplesUpTo creators
    // Pairs each creator offers to the spanning tree of the bounds: its closest, largest first.
    std::size_t candidates_per_creator = 0;
    std::vector<std::uint32_t> candidates;
};

Deduplication::Work::Work(const std::vector<AudienceCreator>& creators_in, const std::vector<double>& shared_in,
                          double given_universe, const DeduplicationOptions& options_in)
    : creators(creators_in), shared(shared_in), options(options_in), roster_size(creators_in.size()),
      closest(triple_neighbours(creators_in.size())) {
    const std::size_t n = roster_size;
    result.effective_k = std::clamp(options.effective_k, 1, kFrequencyBins);
    result.incremental.assign(n, 0.0);
    result.exclusive_followers.assign(n, 0.0);
    double largest = 0.0;
    for (const AudienceCreator& c : creators) largest = std::max(largest, c.followers + c.other_reach);
    stated_universe = given_universe;
    result.universe = std::max(given_universe, largest);
    if (n == 0 || !(result.universe > 0.0)) {
        nothing_to_do = true;
        return;
    }
    universe = result.universe;
    audiences = reach_in_universe(creators, universe);
    other_creators = n - 1;
    for (const CreatorReach& c : audiences) {
        all_anyone_rates += c.anyone_rate;
        all_anyone_rate_squares += c.anyone_rate * c.anyone_rate;
        for (int k = 0; k < kFrequencyBins; ++k) all_anyone_frequency[k] += c.anyone[k];
        result.gross_followers += c.followers;
        result.gross_reach += c.reached + c.other;
        for (int k = 0; k < kFrequencyBins; ++k)
            result.exposures += (k + 1) * (c.reached * c.follower[k] + c.other * c.others[k]);
    }
    slope.assign(n * kSlopeStride, 0.0f);
    for (std::size_t j = 0; j < n; ++j) {
        const CreatorReach& c = audiences[j];
        for (int k = 0; k < kFrequencyBins; ++k) {
            slope[j * kSlopeStride + static_cast<std::size_t>(k)] =
                static_cast<float>(c.rate * c.follower[k] - c.other_rate * c.others[k]);
            all_other[k] += c.other_rate * c.others[k];
        }
    }
    followers.resize(n);
    other_rate.resize(n);
    gap.resize(n);
    share.resize(n);
    block_max.resize((n + 3) / 4);
    for (std::size_t j = 0; j < n; ++j) {
        followers[j] = audiences[j].followers;
        other_rate[j] = audiences[j].other_rate;
        gap[j] = audiences[j].rate - audiences[j].other_rate;
    }
    // Exposed sets for the bounds: pair (i, j) shares the followers of both reached by both,
    // plus chance meetings of the non-follower reach (R_i R_j >= r_i r_j because everyone
    // reached includes the followers reached), never more than the smaller of the two.
    people_reached.resize(n);
    rate.resize(n);
    followers_reached.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        people_reached[i] = audiences[i].reached + audiences[i].other;
        rate[i] = audiences[i].rate;
        followers_reached[i] = audiences[i].reached;
    }
    per_person = 1.0 / universe;
    all_people_reached = std::accumulate(people_reached.begin(), people_reached.end(), 0.0);
    all_followers_reached = std::accumulate(followers_reached.begin(), followers_reached.end(), 0.0);
    if (n <= kDenseTriplesUpTo) lifts = DampedLifts(shared, followers, universe);
    candidates_per_creator = std::min(triple_neighbours(n), kForestCandidates);
    candidates.assign(n * candidates_per_creator, kNoCandidate);
}

// Creator i's two classes of people, its reached followers and the others it reaches: how many
// other creators reach them (X), from its row of the overlap matrix, then their share of the
// net reach, of its incremental reach and of the frequency. Also its terms of the bounds' S2
// and the closest pairs it offers to their spanning forests.
void Deduplication::Work::creator(std::size_t i) {
    const std::size_t n = roster_size;
    const CreatorReach& a = audiences[i];
    const double* row = shared.data() + i * n;
    const double inverse = a.followers > 0.0 ? 1.0 / a.followers : 0.0;
    const double ri = rate[i], big_ri = people_reached[i], small_ri = followers_reached[i];
    const OverlapRowSums sums =
        sum_overlap_row(row, n, inverse, other_rate.data(), gap.data(), rate.data(), share.data(), block_max.data());
    // The diagonal counted creator i as following itself: take it out of every sum.
    shared_sum += sums.shared_followers - row[i];
    // S2 of the exposed sets without the cap at the smaller set, so that it sums in closed
    // form: a larger S2 only lowers the lower bound, which stays a bound.
    exposed_sum += ri * (sums.shared_reached - row[i] * ri) +
                   (big_ri * (all_people_reached - big_ri) - small_ri * (all_followers_reached - small_ri)) * per_person;
    if (a.followers > 0.0) {
        const double self = share[i], self_pi = other_rate[i] + self * gap[i];
        share[i] = 0.0;
        const std::size_t own_block = i >> 2;
        block_max[own_block] = 0.0;
        for (std::size_t m = 4 * own_block; m < std::min(n, 4 * own_block + 4); ++m)
            block_max[own_block] = std::max(block_max[own_block], share[m]);
        const double follow_mean = sums.follows - self;
        const double follow_squares = sums.follows_squared - self * self;
        const double mean = sums.reached_by - self_pi;
        const double squares = sums.reached_by_squared - self_pi * self_pi;
        // How often one other creator reaching a follower of i reaches them: the others' own
        // frequencies, each weighted by its chance of reaching them.
        float mix[kSlopeStride] = {};
        double most_shared = 0.0;  // the largest share of i's followers one other creator has
        for (std::size_t m = 0; m < n; ++m) {
            most_shared = std::max(most_shared, share[m]);
            const auto x = static_cast<float>(share[m]);
            const float* s = slope.data() + m * kSlopeStride;
            for (std::size_t k = 0; k < kSlopeStride; ++k) mix[k] += x * s[k];
        }
        Frequency partner{};
        for (int k = 0; k < kFrequencyBins; ++k)
            partner[k] = mix[k] + all_other[k] - audiences[i].other_rate * audiences[i].others[k];
        closest.select(i, share.data(), followers.data(), n, block_max.data());
        for (std::size_t c = 0; c < std::min(closest.size(), candidates_per_creator); ++c)
            candidates[i * candidates_per_creator + c] = static_cast<std::uint32_t>(closest.index(c));
        const Triples t = triples(closest, gap, shared, followers, universe, lifts);
        const Others follows = fit(follow_mean, follow_squares, follow_mean * follow_mean - follow_squares + t.follows,
                                   other_creators);
        const Counted f = count(follows, false);
        net_followers += a.followers * f.inverse;
        // Followers no other creator has: never more than those outside the pair sharing the
        // most, nor fewer than those outside every pair added up (Bonferroni), so that the figure
        // never contradicts the overlaps shown beside it.
        result.exclusive_followers[i] =
            std::clamp(a.followers * f.alone, std::max(0.0, a.followers - (sums.shared_followers - row[i])),
                       a.followers * (1.0 - most_shared));
        const double reach_mean = std::max(0.0, mean), reach_squares = std::max(0.0, squares);
        const Others reaching = fit(reach_mean, reach_squares, reach_mean * reach_mean - reach_squares + t.reaches,
                                    other_creators);
        const Counted c = count(reaching, true);
        net_reach += a.reached * c.inverse;
        result.incremental[i] += a.reached * c.alone;
        add_class(a.reached, a.follower, normalised(partner), reaching, c, frequency);
    }
    if (a.other > 0.0) {
        // The others i reaches are anyone of the universe: the other creators reach them at
        // their anyone_rate, independently of i.
        const Others reaching = match(all_anyone_rates - a.anyone_rate,
                                      all_anyone_rate_squares - a.anyone_rate * a.anyone_rate, other_creators);
        const Counted c = count(reaching, true);
        Frequency anyone{};
        for (int k = 0; k < kFrequencyBins; ++k) anyone[k] = all_anyone_frequency[k] - a.anyone[k];
        net_reach += a.other * c.inverse;
        result.incremental[i] += a.other * c.alone;
        add_class(a.other, a.others, normalised(anyone), reaching, c, frequency);
    }
}

NetReach Deduplication::Work::finish() {
    if (nothing_to_do) return std::move(result);
    const std::size_t n = roster_size;
    double largest_followers = 0.0, largest_reached = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        largest_followers = std::max(largest_followers, followers[i]);
        largest_reached = std::max(largest_reached, people_reached[i]);
    }
    result.follower_bounds = bounds_from(
        result.gross_followers, 0.5 * shared_sum, largest_followers,
        heaviest_forest(n, candidates, candidates_per_creator,
                        [&](std::size_t i, std::size_t j) { return shared[i * n + j]; }),
        universe);
    result.net_followers = std::clamp(net_followers, result.follower_bounds.low, result.follower_bounds.high);
    auto exposed_pair = [&](std::size_t i, std::size_t j) {
        const double both_followers = shared[i * n + j] * rate[i] * rate[j];
        const double rest = (people_reached[i] * people_reached[j] - followers_reached[i] * followers_reached[j]) * per_person;
        return std::min(both_followers + rest, std::min(people_reached[i], people_reached[j]));
    };
    result.reach_bounds = bounds_from(result.gross_reach, 0.5 * exposed_sum, largest_reached,
                                      heaviest_forest(n, candidates, candidates_per_creator, exposed_pair), universe);
    result.net_reach = std::clamp(net_reach, result.reach_bounds.low, result.reach_bounds.high);
    result.clamped = result.net_reach != net_reach || result.net_followers != net_followers;
    // The frequency is scaled with the net reach, so that its bins still add up to it.
    const double scale = net_reach > 0.0 ? result.net_reach / net_reach : 0.0;
    for (int k = 0; k < kFrequencyBins; ++k) result.frequency[static_cast<std::size_t>(k)] = frequency[k] * scale;
    for (int k = result.effective_k - 1; k < kFrequencyBins; ++k) result.effective_reach += result.frequency[k];
    if (options.curves) add_buildup_curves(creators, audiences, shared, stated_universe, result.effective_k, result);
    return std::move(result);
}

Deduplication::Deduplication(const std::vector<AudienceCreator>& creators, const std::vector<double>& shared,
                             double universe, const DeduplicationOptions& options)
    : work_(std::make_unique<Work>(creators, shared, universe, options)) {}

Deduplication::~Deduplication() = default;
Deduplication::Deduplication(Deduplication&&) noexcept = default;
Deduplication& Deduplication::operator=(Deduplication&&) noexcept = default;

bool Deduplication::advance(std::size_t creators) {
    Work& w = *work_;
    if (w.nothing_to_do) return false;
    const std::size_t until = std::min(w.roster_size, w.next_creator + creators);
    for (; w.next_creator < until; ++w.next_creator) w.creator(w.next_creator);
    return w.next_creator < w.roster_size;
}

std::size_t Deduplication::remaining() const { return work_->nothing_to_do ? 0 : work_->roster_size - work_->next_creator; }

NetReach Deduplication::finish() {
    while (advance(work_->roster_size)) {
    }
    return work_->finish();
}

AudienceCreator at_views_scale(const AudienceCreator& creator, double scale) {
    // An audience given only as its totals (no recommendations or paid reach to start from)
    // stays as it is.
    if (!(creator.recommended > 0.0) && !(creator.paid_reach > 0.0)) return creator;
    AudienceCreator a = creator;
    const double recommended = creator.recommended * scale;
    // Paid reach beyond what organic posts already reached, as the creator's projection counts it
    // (creator_model.cpp): independent inside the target audience.
    double amplified = creator.paid_reach;
    const double organic = creator.followers_reached + recommended;
    if (creator.paid_universe > 0.0 && amplified > 0.0)
        amplified = std::max(0.0, amplified - std::min(organic, creator.paid_universe) * amplified / creator.paid_universe);
    a.other_reach = creator.posted * (recommended + amplified);
    a.other_frequency = Frequency{};
    if (recommended + amplified > 0.0) {
        a.other_frequency[0] += recommended / (recommended + amplified);
        if (amplified > 0.0) {
            const double frequency = creator.paid_reach > 0.0 ? creator.paid_impressions / creator.paid_reach : 1.0;
            const double lambda = std::max(0.0, frequency - 1.0);
            double pk = std::exp(-lambda), tail = 1.0;
            for (int k = 0; k < kFrequencyBins - 1; ++k) {
                a.other_frequency[static_cast<std::size_t>(k)] += amplified / (recommended + amplified) * pk;
                tail -= pk;
                pk *= lambda / (k + 1);
            }
            a.other_frequency[kFrequencyBins - 1] += amplified / (recommended + amplified) * std::max(0.0, tail);
        }
    }
    return a;
}

NetReach deduplicate(const std::vector<AudienceCreator>& creators, const std::vector<double>& shared,
                     double universe, const DeduplicationOptions& options) {
    return Deduplication(creators, shared, universe, options).finish();
}

}  // namespace roster
