// Part of the deduplication (deduplication.h), not for its callers: how net reach builds up as
// creators are added, in roster order and in the best order (each next creator the one adding
// the most people not yet reached), for the charts. Apart from the estimate of the whole
// roster because each curve point is a smaller roster's net reach: it needs the pairs summed
// again as creators join, quadratic in the roster, and is skipped when a caller asks for the
// figures alone (DeduplicationOptions::curves).
#pragma once

#include <vector>

#include "creator_reach.h"
#include "deduplication.h"

namespace roster::dedup {

// Fills `result`'s buildup_roster, best_order and buildup_best. `result.net_reach` is the whole
// roster's net reach, where both curves end; each other point deduplicates the first creators
// of the order alone, from `creators` (the deduplication's inputs), their part of the n x n
// `shared` and the universe the plan states (deduplicate()'s). `audiences` choose the best order.
void add_buildup_curves(const std::vector<AudienceCreator>& creators, const std::vector<CreatorReach>& audiences,
                        const std::vector<double>& shared, double stated_universe, int effective_k, NetReach& result);

}  // namespace roster::dedup
