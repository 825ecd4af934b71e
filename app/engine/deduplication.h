// Net reach across creators whose audiences overlap (docs/MODEL.md §13): the union of the people each
// creator reaches, how many times they are reached, and what each creator adds.
//
// The estimator sees what audience tools report: each creator's audience and the followers each
// pair shares. It decomposes the union by the creator who reaches a person: a person reached by
// c creators is counted 1/c times through each of them (the identity behind the Karp-Luby union
// estimator [S72]). Among the people one creator reaches, the number of other
// creators reaching a person has the mean the pairwise shares give; its spread comes from the
// triples, estimated from the pairs (a damped Kirkwood superposition over the creators sharing
// most), and it is stood for by a binomial with a log-normal per-person appetite, so that each
// creator costs one pass over the others and k^2 / 2 pairs of its closest. Conditioning on the
// creator is what keeps same-niche overlap: the followers of a cooking creator are already the
// cooking audience; the triples add that its fans follow the other cooking creators together. The result is clamped into the Hunter / Dawson-Sankoff bounds that the
// pairwise data allows [S70, S71]. tests/engine/deduplication_test.cpp measures its error on
// explicit synthetic populations against exact unions.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <memory>
#include <vector>

#include "views_scale.h"

namespace roster {

inline constexpr int kFrequencyBins = 10;  // reached exactly 1, 2, ... 9 times, then 10 or more
using Frequency = std::array<double, kFrequencyBins>;

// One creator's audience as the deduplication sees it.
struct AudienceCreator {
    double followers = 0.0;
    double reached_share = 0.0;      // share of the followers reached at least once by the posts
    Frequency follower_frequency{};  // exposures of a reached follower (sums to 1)
    double other_reach = 0.0;        // people reached who do not follow (recommendations, paid)
    Frequency other_frequency{};     // exposures of such a person (sums to 1)

    // What the people who do not follow are made of, so that other_reach and other_frequency
    // can be worked out again at another plan's views scale (views_scale.h; at_views_scale):
    // recommendations follow the views, paid reach is what the organic reach leaves of it.
    ViewsMoments recommended_views;      // the creator's part in a plan's scale for recommendations
    double posted = 1.0;                 // chance of posting
    double followers_reached = 0.0;      // followers the posts reach (if it posts)
    double recommended = 0.0;            // people reached by recommendations, at scale 1 (if it posts)
    double paid_reach = 0.0, paid_impressions = 0.0, paid_universe = 0.0;

    bool operator==(const AudienceCreator& o) const {
        return followers == o.followers && reached_share == o.reached_share &&
               follower_frequency == o.follower_frequency && other_reach == o.other_reach &&
               other_frequency == o.other_frequency && recommended_views == o.recommended_views && posted == o.posted &&
               followers_reached == o.followers_reached && recommended == o.recommended &&
               paid_reach == o.paid_reach && paid_impressions == o.paid_impressions && paid_universe == o.paid_universe;
    }
};

// The same creator's audience in a plan whose scale for recommended views is `scale`
// (other_reach and other_frequency worked out again; the followers' side does not move).
AudienceCreator at_views_scale(const AudienceCreator& creator, double scale);

struct ReachBounds {
    double low = 0.0, high = 0.0;
};

// How far a curve goes and how fine it is: at most this many points, evenly spread.
inline constexpr std::size_t kCurvePoints = 100;

struct CurvePoint {
    std::size_t creators = 0;  // the first `creators` of the order
    double gross = 0.0, net = 0.0;
};

struct NetReach {
    double universe = 0.0;
    double gross_followers = 0.0, net_followers = 0.0;
    ReachBounds follower_bounds;
    double gross_reach = 0.0, net_reach = 0.0;  // people reached at least once
    ReachBounds reach_bounds;
    bool clamped = false;  // the estimate fell outside the bounds and was moved to the nearest
    Frequency frequency{};  // people reached exactly k times; the last bin is 10 or more
    double exposures = 0.0;  // all exposures (impressions of the plan's posts on people)
    int effective_k = 3;
    double effective_reach = 0.0;  // people reached effective_k times or more
    std::vector<double> incremental;          // per creator: net reach the plan loses without them
    std::vector<double> exclusive_followers;  // per creator: followers who follow no other creator
    std::vector<CurvePoint> buildup_roster;   // net reach as creators are added in roster order
    std::vector<std::size_t> best_order;      // creators, each adding the most new people
    std::vector<CurvePoint> buildup_best;
    double average_frequency() const { return net_reach > 0.0 ? exposures / net_reach : 0.0; }
    // Net over gross reach: the share of the creators' added-up reach that is distinct people.
    double net_share() const { return gross_reach > 0.0 ? std::min(1.0, net_reach / gross_reach) : 1.0; }
};

struct DeduplicationOptions {
    int effective_k = 3;
    bool curves = true;  // build-up curves and the best order (quadratic in the roster)
};

// The same in steps, so that an interface can spread a large roster over several frames: each
// creator costs one pass over the others. `creators` and `shared` are read as the steps run and
// must outlive the object unchanged. finish() gives exactly what deduplicate() gives.
class Deduplication {
public:
    Deduplication(const std::vector<AudienceCreator>& creators, const std::vector<double>& shared, double universe,
                  const DeduplicationOptions& options = {});
    ~Deduplication();
    Deduplication(Deduplication&&) noexcept;
    Deduplication& operator=(Deduplication&&) noexcept;

    // Takes the next `creators` creators; returns whether any are left.
    bool advance(std::size_t creators);
    std::size_t remaining() const;
    // Takes whatever is left, then the bounds (and the curves when asked). Call once.
    NetReach finish();

private:
    struct Work;
    std::unique_ptr<Work> work_;
};

// `shared` holds n x n followers shared by each pair (row-major, symmetric; the diagonal is
// ignored). `universe` is the population the audiences live in.
NetReach deduplicate(const std::vector<AudienceCreator>& creators, const std::vector<double>& shared,
                     double universe, const DeduplicationOptions& options = {});

// The deterministic envelope of a union from sizes and pairwise intersections alone:
// max(largest, S1 - S2, Dawson-Sankoff) <= union <= min(universe, S1 - maximum spanning tree).
ReachBounds union_bounds(const std::vector<double>& sizes, const std::vector<double>& shared, double universe);

// Independence (Sainsbury) and the sum of audiences, reported beside the estimate in the docs.
double independent_union(const std::vector<double>& sizes, double universe);

}  // namespace roster
