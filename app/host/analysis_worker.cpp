// The entry points of an analysis worker (web/analysis_worker.js): the page's own roster.js and
// roster.wasm, loaded in a Web Worker without running main() (so SDL, the window and the page's
// JavaScript never start), draw the live ranges' blocks there. They live in the page's module
// rather than a module of their own so a worker costs no extra download: the browser has both
// files already (live/draw_workers.h, README "Serving, offline use and deployment").
#include <emscripten.h>

#include <cstdint>
#include <string>
#include <vector>

#include "live/job_draws.h"

namespace {

roster::live::JobDraws g_draws;
std::vector<double> g_drawn;  // the last block, figure after figure, each in draw order

}  // namespace

// Starts a job (live::DrawJob, field by field: JavaScript numbers carry no 64-bit integer, so the
// seed comes in two halves). Returns 0 when the plan file loaded, 1 when it did not.
extern "C" EMSCRIPTEN_KEEPALIVE int roster_worker_job(const char* plan_file, int length, unsigned seed_high,
                                                      unsigned seed_low, int sampling, int draws, int has_net_of_gross,
                                                      double gross, double net, double ceiling) {
    roster::live::DrawJob job;
    job.plan_file.assign(plan_file, static_cast<std::size_t>(length > 0 ? length : 0));
    job.seed = (static_cast<std::uint64_t>(seed_high) << 32) | seed_low;
    job.sampling = sampling == 1 ? roster::Sampling::Antithetic
                 : sampling == 2 ? roster::Sampling::Stratified
                                 : roster::Sampling::Independent;
    job.draws = draws;
    if (has_net_of_gross) job.net_of_gross = roster::NetOfGross{gross, net, ceiling};
    return g_draws.start(job) ? 1 : 0;
}

// Draws [first, first + count) of the job; returns where the kHeadlineCount x count figures are
// (valid until the next call), or null before a job started.
extern "C" EMSCRIPTEN_KEEPALIVE const double* roster_worker_draws(int first, int count) {
    if (!g_draws.started()) return nullptr;
    const roster::Simulation::DrawBlock block = g_draws.draw(first, count);
    g_drawn.clear();
    g_drawn.reserve(static_cast<std::size_t>(roster::kHeadlineCount) * static_cast<std::size_t>(block.count));
    for (const auto& figure : block.samples) g_drawn.insert(g_drawn.end(), figure.begin(), figure.end());
    return g_drawn.data();
}

// How many draws the last block holds (fewer than asked past the most a run may draw).
extern "C" EMSCRIPTEN_KEEPALIVE int roster_worker_drawn() {
    return static_cast<int>(g_drawn.size() / static_cast<std::size_t>(roster::kHeadlineCount));
}

// How many numbers the last block holds: kHeadlineCount x roster_worker_drawn().
extern "C" EMSCRIPTEN_KEEPALIVE int roster_worker_figures() { return static_cast<int>(g_drawn.size()); }
