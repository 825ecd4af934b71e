#include "analysis.h"

#include <algorithm>

#include "engine/validation.h"

namespace roster::present {

bool Analysis::follow(const Plan& plan, std::uint64_t revision, int draws, bool sensitivity, const Projection* at_base) {
    if (revision == revision_) return false;
    revision_ = revision;
    simulation_.reset();
    sensitivity_.reset();
    ranges_.reset();
    net_of_gross_.reset();
    if (plan.creators.empty() || !validate(plan).empty()) return true;
    const Assumptions a = resolve_assumptions(plan);
    if (at_base && at_base->net_reach_pending) at_base = nullptr;
    if (at_base) net_of_gross_ = roster::net_of_gross(*at_base);
    simulation_ = std::make_unique<Simulation>(plan, a, draws, kSeed, net_of_gross_, Sampling::Stratified);
    simulation_->stop_at_precision(kPrecision);
    if (sensitivity) sensitivity_ = std::make_unique<SensitivityRun>(plan, a, at_base);
    return true;
}

const std::optional<SimulationResult>& Analysis::ranges() const {
    if (simulation_ && simulation_->completed() > 0 && (!ranges_ || ranges_->draws != simulation_->completed()))
        ranges_ = simulation_->result();
    return ranges_;
}

int draws_per_slice(std::size_t creators) {
    constexpr std::size_t kCreatorDraws = 25'000;  // ~2 ms of WebAssembly (tools/bench.sh)
    return static_cast<int>(std::clamp<std::size_t>(kCreatorDraws / std::max<std::size_t>(creators, 1), 8, 250));
}

bool Analysis::advance(int draws, std::size_t sensitivity_steps) {
    if (simulation_ && !simulation_->finished()) {
        simulation_->step(draws);
        return true;
    }
    if (sensitivity_ && !sensitivity_->finished() && sensitivity_steps > 0) {
        sensitivity_->advance(sensitivity_steps);
        return true;
    }
    return false;
}

int Analysis::add_block(const Simulation::DrawBlock& block) {
    return simulation_ ? simulation_->add_block(block) : 0;
}

const Histogram& Analysis::distribution(Headline headline, int bins) const {
    const int completed = ranges() ? simulation_->completed() : 0;
    const std::vector<std::uint64_t> key{revision_, static_cast<std::uint64_t>(completed),
                                         static_cast<std::uint64_t>(headline), static_cast<std::uint64_t>(bins)};
    if (key != distribution_key_) {
        distribution_ = completed > 0 ? histogram(simulation_->samples(headline), bins) : Histogram{};
        distribution_key_ = key;
    }
    return distribution_;
}

bool Analysis::running() const {
    return (simulation_ && !simulation_->finished()) || (sensitivity_ && !sensitivity_->finished());
}

}  // namespace roster::present
