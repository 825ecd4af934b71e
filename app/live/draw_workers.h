// Where the Monte-Carlo draws of the live ranges can run besides the page's own thread: the
// browser's Web Workers (host/draw_workers_web.cpp), each its own instance of the engine fed the
// plan by message, or a test's fake. LiveResults hands out blocks of draws and takes back what
// comes, in any order; since a draw depends only on the seed and its number (simulation.h), the
// blocks merged in draw order give the run the page would have stepped itself, bit for bit.
//
// Nothing here knows a browser: the host implements the interface, the live layer uses it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/reach_ceiling.h"
#include "engine/simulation.h"

namespace roster::live {

// Everything a worker needs to make the same Simulation as the page's: the plan as its plan file
// (storage/plan_file.h), the seed, the sampling, the draw cap and the median plan's netting of
// reach (none: the worker works it out from the plan, as the page would).
struct DrawJob {
    std::uint64_t job = 0;  // numbered by the workers, one number per start()
    std::string plan_file;
    std::uint64_t seed = 0;
    Sampling sampling = Sampling::Independent;
    int draws = 0;
    std::optional<NetOfGross> net_of_gross;
};

// A block of draws for a job, as a worker computed it.
struct DrawnBlock {
    std::uint64_t job = 0;
    Simulation::DrawBlock block;
};

class DrawWorkers {
public:
    virtual ~DrawWorkers() = default;

    // How many workers are ready to draw now: 0 while they load, and for good once one failed
    // (the draws then run on the page's thread, as without workers).
    virtual int ready() const = 0;
    // Starts a job, forgetting every earlier one (blocks of earlier jobs still under way come
    // back and are dropped by their number); returns the job's number.
    virtual std::uint64_t start(DrawJob job) = 0;
    // Asks for draws [first, first + count) of the job started last.
    virtual void request(int first, int count) = 0;
    // The blocks that arrived since the last call, in the order they arrived.
    virtual std::vector<DrawnBlock> collect() = 0;
};

}  // namespace roster::live
