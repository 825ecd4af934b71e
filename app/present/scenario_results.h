// The results of several scenarios of the open plan at once, for the comparison and the
// presentation: each scenario's projection, its Monte-Carlo ranges (advanced in slices like
// the Summary's) and, on first use, its reach build-up. A scenario is recomputed only when its
// own content changed, so editing one scenario does not restart the others' draws. Another plan
// opened gets new results (live/live_results.h is replaced with them).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis.h"
#include "chart_data.h"
#include "engine/overlap.h"
#include "engine/projection.h"

namespace roster::present {

class ScenarioResults {
public:
    struct Entry {
        std::size_t position = 0;  // among the plan's scenarios
        std::string name;
        Plan plan;  // the scenario alone (scenarios.h)
        // Provisional (projection.net_reach_pending) while `run` has steps left: a changed
        // scenario carries its previous content's overlap factor until its own is known.
        Projection projection;
        std::unique_ptr<ProjectionRun> run;
        Analysis analysis;
        std::uint64_t version = 0;  // raised when the content changed, for the analysis
        std::optional<NetReach> curves;
    };

    // Brings the set to these scenario positions of `plan`. Cheap when `revision` is the one
    // followed last and the positions are the same. `open`, when given, is the open scenario's
    // finished projection: a scenario seen for the first time starts from it (its reach basis,
    // and its overlap factor while the steps run) instead of being projected whole in one frame.
    void follow(const Plan& plan, std::uint64_t revision, const std::vector<std::size_t>& positions,
                const Projection* open = nullptr);

    // Takes up to `steps` steps of the changed scenarios' projections (ProjectionRun); their
    // draws start once they are done. Returns whether any steps were left.
    bool settle(std::size_t steps);
    // Settles the projections first (up to `projection_steps` steps), then runs up to `draws`
    // more draws of the first scenario still drawing. Returns whether any work was done.
    bool advance(int draws, std::size_t projection_steps = 8);
    bool running() const;

    const std::vector<std::unique_ptr<Entry>>& entries() const { return entries_; }

    // Raised whenever the entries were rebuilt, so views can keep what they derive from them.
    std::uint64_t changes() const { return changes_; }

    // The reach build-up (best order) of entry `i`, computed on first use (and kept in the entry,
    // so views that read the results through a const reference fill it too).
    const NetReach& curves(std::size_t i) const;

    // The simulated distributions of `headline` for every entry, on one axis (chart_data.h),
    // rebuilt only when draws were added since the last call: sorting 10,000 draws per
    // scenario in every frame would cost the comparison's charts a few milliseconds each frame.
    const std::vector<Histogram>& distributions(Headline headline, int bins) const;

private:
    // The entry's run (of `plan`, the scenario alone) is done: its projection, then its draws.
    void finished(Entry& e, const Plan& plan);

    std::vector<std::unique_ptr<Entry>> entries_;
    std::uint64_t revision_ = ~0ull;
    std::vector<std::size_t> positions_;
    std::uint64_t next_version_ = 1;
    std::uint64_t changes_ = 0;
    // Caches of distributions(), which views call through a const reference.
    mutable std::vector<std::uint64_t> distributions_key_;
    mutable std::vector<Histogram> distributions_;
};

}  // namespace roster::present
