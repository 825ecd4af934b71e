// A worker's side of the live ranges' draws (draw_workers.h): the Simulation of a job, made from
// the plan file it was sent, so that its blocks are the page's own draws. The browser's workers
// run it (host/analysis_worker.cpp), and so do the tests' fake workers, so the plan's trip
// through its file is tested natively too.
#pragma once

#include <memory>
#include <optional>

#include "draw_workers.h"
#include "engine/message.h"
#include "engine/simulation.h"

namespace roster::live {

class JobDraws {
public:
    // Reads the job's plan file and makes its Simulation; the reason it could not otherwise (a
    // plan file that does not load, which a page sending its own plan never makes).
    std::optional<Message> start(const DrawJob& job);
    bool started() const { return simulation_ != nullptr; }
    // Draws [first, first + count) of the job started; an empty block before any job.
    Simulation::DrawBlock draw(int first, int count);

private:
    std::unique_ptr<Simulation> simulation_;
};

}  // namespace roster::live
