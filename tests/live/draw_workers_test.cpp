// The live ranges drawn by workers (live/draw_workers.h): fake workers in this process, each a
// JobDraws made from the plan file they are sent as the browser's are, answer out of order, late,
// or not at all; the ranges must be bit for bit those the page's thread draws alone, a stale
// job's blocks must never reach them, and when the workers fail the page's thread finishes.
#include <doctest/doctest.h>

#include <chrono>
#include <cstring>
#include <deque>
#include <random>

#include "engine/stratification.h"
#include "live/job_draws.h"
#include "live/live_results.h"
#include "support/builders.h"
#include "support/random_plan.h"
#include "support/same_ranges.h"

using namespace roster;
using roster::live::Budget;
using roster::live::DrawJob;
using roster::live::DrawnBlock;
using roster::live::DrawWorkers;
using roster::live::JobDraws;
using roster::live::LiveResults;

namespace {

constexpr Budget kPlenty{std::chrono::microseconds(60'000'000), 8, std::chrono::microseconds(60'000'000)};

Plan campaign_plan(unsigned seed, int creators) {
    std::mt19937 rng(seed);
    Plan plan = test::random_valid_plan(rng, creators);
    plan.campaign.average_order_value_cents = 6'000;
    plan.campaign.gross_margin_ppm = 600'000;
    return plan;
}

// Workers in this process. Requests queue up; each tick of the test, `answer` of them are drawn
// and handed back, the newest first, so every merge has blocks arriving ahead of the run.
class FakeWorkers final : public DrawWorkers {
public:
    int workers = 2;
    bool failed = false;
    int starts = 0, requests = 0;

    int ready() const override { return failed ? 0 : workers; }
    std::uint64_t start(DrawJob job) override {
        ++starts;
        job.job = ++job_;
        current_ = std::move(job);
        return job_;
    }
    void request(int first, int count) override {
        ++requests;
        queue_.push_back({job_, first, count});
    }
    std::vector<DrawnBlock> collect() override {
        std::vector<DrawnBlock> out;
        // The newest requests first: out of order.
        while (!queue_.empty() && static_cast<int>(out.size()) < answer) {
            const Asked asked = queue_.back();
            queue_.pop_back();
            out.push_back({asked.job, draw(asked)});
        }
        return out;
    }
    // Blocks answered per collect().
    int answer = 3;
    // Forgets what was asked (a worker that died with its requests).
    void lose_requests() { queue_.clear(); }

private:
    struct Asked {
        std::uint64_t job;
        int first, count;
    };
    Simulation::DrawBlock draw(const Asked& asked) {
        // A worker of an earlier job still draws for that job's plan.
        if (drawn_for_ != asked.job && asked.job == job_) {
            REQUIRE_FALSE(draws_.start(current_).has_value());
            drawn_for_ = job_;
        }
        if (asked.job != drawn_for_) {
            Simulation::DrawBlock stale;  // what it drew does not matter: it must be dropped
            stale.first = asked.first;
            stale.count = asked.count;
            for (auto& figure : stale.samples) figure.assign(static_cast<std::size_t>(asked.count), -1.0);
            return stale;
        }
        return draws_.draw(asked.first, asked.count);
    }
    std::uint64_t job_ = 0, drawn_for_ = 0;
    DrawJob current_;
    JobDraws draws_;
    std::deque<Asked> queue_;
};

using test::check_same;

// Ticks until the ranges are final (or `most` ticks), then returns them.
SimulationResult final_ranges(LiveResults& live, const Plan& plan, std::uint64_t revision, int most = 2'000) {
    live.follow(plan, revision);
    for (int t = 0; t < most; ++t) {
        live.tick(plan, revision, {});
        const present::Analysis* analysis = live.snapshot(plan, revision).analysis();
        if (analysis && analysis->ranges_final()) return *analysis->ranges();
    }
    FAIL("the ranges did not finish");
    return {};
}

}  // namespace

TEST_CASE("Ranges drawn by workers answering out of order are bit for bit those drawn on the page's thread") {
    for (const unsigned seed : {3u, 11u}) {
        CAPTURE(seed);
        const Plan plan = campaign_plan(seed, 30);
        LiveResults alone(kPlenty);
        const SimulationResult expected = final_ranges(alone, plan, 0);

        FakeWorkers workers;
        LiveResults helped(kPlenty, &workers);
        const SimulationResult drawn = final_ranges(helped, plan, 0);
        check_same(expected, drawn);
        CHECK(workers.starts == 1);
        // All but the first slice, which the page draws while the workers read the plan.
        CHECK(workers.requests >= drawn.draws / kBlockDraws - 1);
        CHECK(drawn.draws >= present::Analysis::kPrecision.floor);
        // The sensitivity ranking follows on the page's thread once the draws are in.
        int ticks = 0;
        while (helped.tick(plan, 0, {}) && ticks < 2'000) ++ticks;
        CHECK(helped.snapshot(plan, 0).analysis()->sensitivity() != nullptr);
    }
}

TEST_CASE("The page's thread draws while no worker is ready, and the workers carry on from where it stopped") {
    // 300 creators: slices of 83 draws (draws_per_slice), so the page stops mid-block.
    const Plan plan = campaign_plan(5, 300);
    LiveResults alone(kPlenty);
    const SimulationResult expected = final_ranges(alone, plan, 0);

    FakeWorkers workers;
    workers.workers = 0;  // still loading
    // A short budget: the page draws a slice or two per tick, not the whole run.
    const Budget tight{std::chrono::microseconds(60'000'000), 8, std::chrono::microseconds(1)};
    LiveResults live(tight, &workers);
    live.follow(plan, 0);
    while (!live.snapshot(plan, 0).analysis() || live.snapshot(plan, 0).analysis()->simulation()->completed() == 0)
        live.tick(plan, 0, {});
    live.tick(plan, 0, {});
    const present::Analysis* analysis = live.snapshot(plan, 0).analysis();
    REQUIRE(analysis != nullptr);
    const int drawn_here = analysis->simulation()->completed();
    CHECK(drawn_here > 0);
    CHECK(drawn_here % kBlockDraws != 0);  // mid-block: the first request must finish that block
    CHECK(workers.requests == 0);
    workers.workers = 2;  // loaded
    check_same(expected, final_ranges(live, plan, 0));
    CHECK(workers.requests > 0);
}

TEST_CASE("Blocks of an edited plan's earlier revision never reach the new revision's ranges") {
    const Plan first = campaign_plan(7, 25);
    const Plan edited = campaign_plan(8, 25);
    // The same two revisions on the page's thread alone (the edit's projection starts from the
    // first revision's, as in the app).
    LiveResults alone(kPlenty);
    alone.follow(first, 0);
    alone.tick(first, 0, {});
    const SimulationResult expected = final_ranges(alone, edited, 1);

    FakeWorkers workers;
    workers.answer = 0;  // nothing comes back until the edit
    LiveResults live(kPlenty, &workers);
    live.follow(first, 0);
    live.tick(first, 0, {});
    live.tick(first, 0, {});
    REQUIRE(workers.starts == 1);
    REQUIRE(workers.requests > 0);
    // The edit: the first revision's blocks come back now, interleaved with the new job's.
    workers.answer = 3;
    const SimulationResult drawn = final_ranges(live, edited, 1);
    CHECK(workers.starts == 2);
    check_same(expected, drawn);
}

TEST_CASE("When the workers fail mid-run, the page's thread finishes the same ranges") {
    const Plan plan = campaign_plan(9, 30);
    LiveResults alone(kPlenty);
    const SimulationResult expected = final_ranges(alone, plan, 0);

    FakeWorkers workers;
    workers.answer = 1;
    LiveResults live(kPlenty, &workers);
    live.follow(plan, 0);
    for (int t = 0; t < 4; ++t) live.tick(plan, 0, {});
    const present::Analysis* analysis = live.snapshot(plan, 0).analysis();
    REQUIRE(analysis != nullptr);
    // Out of order: the newest requests answered first, so little or nothing is merged yet.
    CHECK(analysis->simulation()->completed() < 4 * kBlockDraws);
    workers.failed = true;
    workers.lose_requests();
    check_same(expected, final_ranges(live, plan, 0));
}

TEST_CASE("A worker's plan file that does not load is refused in words, and it draws nothing") {
    JobDraws draws;
    DrawJob job;
    job.plan_file = "{\"roster\": ";
    job.draws = 500;
    CHECK(draws.start(job).has_value());
    CHECK_FALSE(draws.started());
    CHECK(draws.draw(0, 250).count == 0);
}
