// The page's side of the analysis workers (live/draw_workers.h): a pool of Web Workers, each
// web/analysis_worker.js running the page's own roster.js and roster.wasm, sized from the
// browser's count of cores while keeping one for the page itself (the frames and the planner's
// typing). No shared memory: the plan goes by message as its plan file, the draws come back as
// arrays handed over without a copy (transferred), so any static host serves Roster with no
// special headers. A browser without workers, a worker that cannot load, and a worker that
// fails leave the pool with none ready: the page's thread then draws, as it always could.
#include <emscripten.h>

#include <cstdint>
#include <cstdlib>
#include <vector>

#include "host.h"

namespace {

// clang-format off
// The pool lives in the page's JavaScript (window.rosterDrawWorkers). Requests go to the ready
// worker with the fewest out; the state a planner could see (how many workers draw, whether they
// failed) is kept on the pool for the page's tests and benchmark to read.
EM_JS(void, roster_js_draw_workers_open, (int most), {
    if (typeof Worker === 'undefined') return;
    var cores = navigator.hardwareConcurrency || 2;
    var count = Math.max(1, Math.min(cores - 1, most));
    var pool = window.rosterDrawWorkers = { size: count, ready: 0, failed: false, blocks: 0, workers: [] };
    var fail = function(why) {
        if (pool.failed) return;
        pool.failed = true;
        pool.why = String(why || "");
        pool.workers.forEach(function(w) { try { w.terminate(); } catch (e) {} });
        Module.ccall('roster_draw_workers_failed', null, [], []);
    };
    var deliver = function(m) {
        var n = m.samples.length;
        var at = _malloc(n * 8 + 8);
        if (!at) { fail('memory'); return; }
        HEAPF64.set(m.samples, at >> 3);
        Module.ccall('roster_draws_arrived', null, ['number', 'number', 'number', 'number'], [m.job, m.first, m.count, at]);
    };
    for (var i = 0; i < count; i++) {
        var worker;
        try { worker = new Worker('analysis_worker.js'); } catch (e) { fail(e); return; }
        worker.out = 0;
        worker.isReady = false;
        worker.onmessage = function(e) {
            var m = e.data, w = e.target;
            if (pool.failed) return;
            if (m.type === 'ready') {
                w.isReady = true;
                pool.ready++;
                Module.ccall('roster_draw_workers_ready', null, ['number'], [pool.ready]);
            } else if (m.type === 'drawn') {
                w.out--;
                pool.blocks++;
                deliver(m);
            } else {
                fail(m.why);
            }
        };
        worker.onerror = function(e) { e.preventDefault(); fail(e.message || 'error'); };
        pool.workers.push(worker);
    }
});

EM_JS(void, roster_js_draw_workers_job, (double job, const char* plan_file, int length, unsigned seed_high,
                                          unsigned seed_low, int sampling, int draws, int has_net, double gross,
                                          double net, double ceiling), {
    var pool = window.rosterDrawWorkers;
    if (!pool || pool.failed) return;
    var message = { type: 'job', job: job, plan: UTF8ToString(plan_file, length), seedHigh: seed_high >>> 0,
                    seedLow: seed_low >>> 0, sampling: sampling, draws: draws, hasNet: has_net, gross: gross,
                    net: net, ceiling: ceiling };
    pool.job = job;
    pool.workers.forEach(function(w) { w.postMessage(message); });
});

EM_JS(void, roster_js_draw_workers_request, (double job, int first, int count), {
    var pool = window.rosterDrawWorkers;
    if (!pool || pool.failed) return;
    var best = null;
    pool.workers.forEach(function(w) { if (w.isReady && (!best || w.out < best.out)) best = w; });
    if (!best) return;
    best.out++;
    best.postMessage({ type: 'draw', job: job, first: first, count: count });
});
// clang-format on

class WebDrawWorkers final : public roster::live::DrawWorkers {
public:
    // At most four: each worker holds its own copy of the engine and the plan, and on the README's
    // 2-core machine a second worker already brought nothing (tools/ranges_bench.mjs); more than
    // four were not measured.
    WebDrawWorkers() { roster_js_draw_workers_open(4); }

    int ready() const override { return failed_ ? 0 : ready_; }
    std::uint64_t start(roster::live::DrawJob job) override {
        job.job = ++job_;
        const std::uint64_t seed = job.seed;
        const roster::NetOfGross net = job.net_of_gross.value_or(roster::NetOfGross{});
        roster_js_draw_workers_job(static_cast<double>(job.job), job.plan_file.data(), static_cast<int>(job.plan_file.size()),
                                   static_cast<unsigned>(seed >> 32), static_cast<unsigned>(seed & 0xffffffffu),
                                   static_cast<int>(job.sampling), job.draws, job.net_of_gross ? 1 : 0, net.gross, net.net,
                                   net.ceiling);
        return job_;
    }
    void request(int first, int count) override {
        roster_js_draw_workers_request(static_cast<double>(job_), first, count);
    }
    std::vector<roster::live::DrawnBlock> collect() override {
        std::vector<roster::live::DrawnBlock> out;
        out.swap(arrived_);
        return out;
    }

    void set_ready(int ready) { ready_ = ready; }
    void fail() {
        failed_ = true;
        arrived_.clear();
    }
    // Takes the block's figures, one after the other (kHeadlineCount x count, draw order).
    void arrive(std::uint64_t job, int first, int count, const double* figures) {
        if (failed_ || job != job_ || count <= 0) return;  // an earlier job's: dropped here already
        roster::live::DrawnBlock b;
        b.job = job;
        b.block.first = first;
        b.block.count = count;
        for (std::size_t h = 0; h < b.block.samples.size(); ++h)
            b.block.samples[h].assign(figures + h * static_cast<std::size_t>(count),
                                      figures + (h + 1) * static_cast<std::size_t>(count));
        arrived_.push_back(std::move(b));
    }

private:
    std::uint64_t job_ = 0;
    int ready_ = 0;
    bool failed_ = false;
    std::vector<roster::live::DrawnBlock> arrived_;
};

WebDrawWorkers& pool() {
    static WebDrawWorkers workers;
    return workers;
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void roster_draw_workers_ready(int ready) { pool().set_ready(ready); }
extern "C" EMSCRIPTEN_KEEPALIVE void roster_draw_workers_failed() { pool().fail(); }

// Takes ownership of the figures (malloc'd by the pool's delivery).
extern "C" EMSCRIPTEN_KEEPALIVE void roster_draws_arrived(double job, int first, int count, double* figures) {
    pool().arrive(static_cast<std::uint64_t>(job), first, count, figures);
    std::free(figures);
}

namespace roster::host {
live::DrawWorkers* draw_workers() { return &pool(); }
}  // namespace roster::host
