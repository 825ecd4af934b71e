#include "scenario_results.h"

#include <algorithm>

#include "engine/scenarios.h"
#include "engine/validation.h"

namespace roster::present {

void ScenarioResults::follow(const Plan& plan, std::uint64_t revision, const std::vector<std::size_t>& positions,
                             const Projection* open) {
    if (open && open->net_reach_pending) open = nullptr;
    if (revision == revision_ && positions == positions_) return;
    revision_ = revision;
    positions_ = positions;
    ++changes_;
    std::vector<std::unique_ptr<Entry>> next;
    for (std::size_t position : positions) {
        if (position >= scenario_count(plan)) continue;
        Plan alone = scenario_plan(plan, position);
        // The same content under any name or position keeps its results and its draws.
        auto same = std::find_if(entries_.begin(), entries_.end(), [&](const std::unique_ptr<Entry>& e) {
            if (!e) return false;
            Plan a = e->plan, b = alone;
            a.scenario = b.scenario = {};
            return a == b;
        });
        std::unique_ptr<Entry> entry;
        if (same != entries_.end()) {
            entry = std::move(*same);
        } else {
            entry = std::make_unique<Entry>();
            entry->version = next_version_++;
            // What was at this position before (an edit of that scenario), else the open scenario:
            // its reach basis is reused where it holds, and its overlap factor stands in while the
            // new projection takes its steps. Neither: project at once.
            const auto before = std::find_if(entries_.begin(), entries_.end(), [&](const std::unique_ptr<Entry>& e) {
                return e && e->position == position;
            });
            const Projection* earlier = before != entries_.end() ? &(*before)->projection : open;
            if (earlier) {
                entry->run = std::make_unique<ProjectionRun>(alone, resolve_assumptions(alone),
                                                             open ? open->reach_basis : nullptr);
                if (entry->run->remaining() == 0) {  // the open scenario's net reach holds (it is the open one)
                    finished(*entry, alone);
                } else {
                    entry->projection = entry->run->provisional(*earlier);
                }
            } else {
                entry->run = std::make_unique<ProjectionRun>(alone, resolve_assumptions(alone));
                finished(*entry, alone);
            }
        }
        entry->position = position;
        entry->name = alone.scenario;
        entry->plan = std::move(alone);
        next.push_back(std::move(entry));
    }
    entries_ = std::move(next);
}

void ScenarioResults::finished(Entry& e, const Plan& plan) {
    e.projection = e.run->finish();
    e.run.reset();
    // A scenario's reach basis holds its overlap matrix, n^2 numbers (200 MB at 5,000 creators):
    // the compared scenarios keep none, and start from the open scenario's (the workspace's).
    e.projection.reach_basis.reset();
    e.analysis.follow(plan, e.version, Analysis::kMostDraws, false, &e.projection);
}

bool ScenarioResults::settle(std::size_t steps) {
    for (auto& e : entries_) {
        if (!e->run) continue;
        e->run->advance(steps);
        if (e->run->remaining() > 0) return true;
        finished(*e, e->plan);
        ++changes_;
        return true;
    }
    return false;
}

bool ScenarioResults::advance(int draws, std::size_t projection_steps) {
    if (settle(projection_steps)) return true;
    for (auto& e : entries_)
        if (e->analysis.running()) return e->analysis.advance(draws, 0);
    return false;
}

bool ScenarioResults::running() const {
    return std::any_of(entries_.begin(), entries_.end(), [](const auto& e) { return e->run || e->analysis.running(); });
}

const NetReach& ScenarioResults::curves(std::size_t i) const {
    Entry& e = *entries_.at(i);
    if (!e.curves) e.curves = plan_reach(e.plan, resolve_assumptions(e.plan), true);
    return *e.curves;
}

const std::vector<Histogram>& ScenarioResults::distributions(Headline headline, int bins) const {
    // What the histograms were made from: the headline, the bins, and each entry's content
    // version and completed draws.
    std::vector<std::uint64_t> key{static_cast<std::uint64_t>(headline), static_cast<std::uint64_t>(bins)};
    std::vector<const std::vector<double>*> sets;
    for (const auto& e : entries_) {
        const Simulation* sim = e->analysis.ranges() ? e->analysis.simulation() : nullptr;
        key.push_back(e->version);
        key.push_back(sim ? static_cast<std::uint64_t>(sim->completed()) : 0u);
        sets.push_back(sim ? &sim->samples(headline) : nullptr);
    }
    if (key != distributions_key_) {
        distributions_ = histograms(sets, bins);
        distributions_key_ = std::move(key);
    }
    return distributions_;
}

}  // namespace roster::present
