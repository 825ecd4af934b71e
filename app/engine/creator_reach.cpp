// Part of the deduplication: each creator's audience turned into the people, rates and
// normalised frequencies the passes over the overlap matrix read (creator_reach.h). Done once
// per creator before the passes, which then read it for every pair.
#include "creator_reach.h"

#include <algorithm>
#include <numeric>

namespace roster::dedup {

Frequency normalised(const Frequency& f) {
    const double sum = std::accumulate(f.begin(), f.end(), 0.0);
    Frequency out{};
    if (sum > 0.0)
        for (int k = 0; k < kFrequencyBins; ++k) out[k] = f[k] / sum;
    return out;
}

std::vector<CreatorReach> reach_in_universe(const std::vector<AudienceCreator>& creators, double universe) {
    std::vector<CreatorReach> out(creators.size());
    for (std::size_t i = 0; i < creators.size(); ++i) {
        const AudienceCreator& c = creators[i];
        CreatorReach& p = out[i];
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

}  // namespace roster::dedup
