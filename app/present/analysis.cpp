#include "analysis.h"

#include "engine/validation.h"

namespace roster::present {

bool Analysis::follow(const Plan& plan, std::uint64_t revision, int draws, bool sensitivity) {
    if (revision == revision_) return false;
    revision_ = revision;
    simulation_.reset();
    sensitivity_.reset();
    ranges_.reset();
    if (plan.creators.empty() || !validate(plan).empty()) return true;
    const Assumptions a = resolve_assumptions(plan);
    simulation_ = std::make_unique<Simulation>(plan, a, draws, kSeed);
    if (sensitivity) sensitivity_ = std::make_unique<SensitivityRun>(plan, a);
    return true;
}

bool Analysis::advance(int draws, int assumptions) {
    if (simulation_ && !simulation_->finished()) {
        if (simulation_->step(draws) > 0) ranges_ = simulation_->result();
        return true;
    }
    if (sensitivity_ && !sensitivity_->finished()) return sensitivity_->step(assumptions) > 0;
    return false;
}

const Histogram& Analysis::distribution(Headline headline, int bins) const {
    const int completed = simulation_ && ranges_ ? simulation_->completed() : 0;
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
