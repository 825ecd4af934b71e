#include "job_draws.h"

#include "engine/assumptions.h"
#include "storage/plan_file.h"

namespace roster::live {

std::optional<Message> JobDraws::start(const DrawJob& job) {
    simulation_.reset();
    storage::LoadResult loaded = storage::load_plan(job.plan_file);
    if (!loaded.ok) return loaded.message;
    simulation_ = std::make_unique<Simulation>(loaded.plan, resolve_assumptions(loaded.plan), job.draws, job.seed,
                                               job.net_of_gross, job.sampling);
    return std::nullopt;
}

Simulation::DrawBlock JobDraws::draw(int first, int count) {
    if (!simulation_) return {};
    return simulation_->draw_block(first, count);
}

}  // namespace roster::live
