// CPU time of one UI frame (ImGui::NewFrame, the workspace's views, ImGui::Render; no GPU) for a
// plan of 1,000 creators, as WebAssembly under Node runs it: the steady frame of each results
// tab, and the frame that applies an edit (which recomputes the projection). Figures, not tests.
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "engine/projection.h"
#include "storage/plan_file.h"
#include "support/random_plan.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/workspace.h"

namespace {

using namespace roster;

// Storage in memory.
class MemoryStore final : public KeyValueStore {
public:
    std::optional<std::string> load(std::string_view key) override {
        const auto it = store_.find(std::string(key));
        return it == store_.end() ? std::nullopt : std::optional<std::string>(it->second);
    }
    Status store(std::string_view key, std::string_view value) override {
        store_[std::string(key)] = std::string(value);
        return Status::Ok;
    }
    void remove(std::string_view key) override { store_.erase(std::string(key)); }

private:
    std::map<std::string, std::string> store_;
};

// Landmarks recorded so the bench can click the way a planner would.
class BenchHost final : public platform::Host {
public:
    KeyValueStore& storage() override { return storage_; }
    void on_page_hiding(std::function<void()>) override {}
    void publish_summary(std::string_view) override {}
    void publish_ranges(std::string_view) override {}
    void publish_status(std::string_view) override {}
    void publish_landmark(std::string_view id, platform::Rect where) override { landmarks[std::string(id)] = where; }
    void first_frame_drawn() override {}
    void offer_download(std::string_view, std::string_view) override {}
    bool choose_file() override { return false; }
    void on_file(std::function<void(std::string, std::string)> handler) override { file = std::move(handler); }
    void on_paste(std::function<void(std::string)>) override {}
    void copy_to_clipboard(std::string_view) override {}
    void make_share_link(std::string_view, std::size_t) override {}
    void on_share_link(std::function<void(ShareLinkOutcome, std::string)>) override {}
    void open_plan_in_address(std::function<void(std::string, ShareLinkProblem)>) override {}
    // The bench times frames of the plan's views: workbooks are not part of it.
    void read_workbook(std::string, std::string) override {}
    void on_workbook_sheet(std::function<void(storage::WorkbookSheetText)>) override {}
    void write_workbook(std::string, const storage::WorkbookReport&) override {}
    void on_workbook_written(std::function<void(std::optional<Message>)>) override {}

    std::map<std::string, platform::Rect> landmarks;
    std::function<void(std::string, std::string)> file;

private:
    MemoryStore storage_;
};

double frame_ms(ui::Workspace& workspace, double& clock) {
    clock += 1.0 / 60.0;
    const auto start = std::chrono::steady_clock::now();
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    workspace.frame(clock);
    ImGui::Render();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Moves onto a landmark, presses and releases, a frame apart each.
void click(BenchHost& host, ui::Workspace& workspace, double& clock, const std::string& id) {
    const auto it = host.landmarks.find(id);
    if (it == host.landmarks.end() || it->second.w <= 0) {
        std::printf("  (no control %s on screen)\n", id.c_str());
        return;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(it->second.x + it->second.w / 2, it->second.y + it->second.h / 2);
    frame_ms(workspace, clock);
    io.MouseDown[0] = true;
    frame_ms(workspace, clock);
    io.MouseDown[0] = false;
    frame_ms(workspace, clock);  // released where it was pressed: ImGui buttons act on release
}

struct Figures {
    double median = 0, p95 = 0, worst = 0;
};

Figures steady(ui::Workspace& workspace, double& clock, int frames) {
    std::vector<double> ms;
    for (int i = 0; i < frames; ++i) ms.push_back(frame_ms(workspace, clock));
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back()};
}

void print(const char* what, const Figures& f) {
    std::printf("  %-44s median %6.2f ms   p95 %6.2f ms   worst %6.2f ms\n", what, f.median, f.p95, f.worst);
}

}  // namespace

int main(int argc, char** argv) {
    const int creators = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1000;
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 720);
    ui::apply_theme();
    ui::load_fonts(1.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);

    BenchHost host;
    ui::Workspace workspace(host);
    double clock = 0;
    workspace.start(clock);
    std::mt19937 rng(7);
    Plan plan = test::random_valid_plan(rng, creators);
    plan.name = "UI bench";
    host.file("bench.roster.json", storage::save_plan(plan));
    // Let the analysis finish so the steady frames measure drawing alone.
    for (int i = 0; i < 2000 && workspace.tick(clock); ++i) frame_ms(workspace, clock);

    std::printf("UI frame at 1280x720, %d creators (CPU time of NewFrame + views + Render)\n", creators);
    print("roster + creator panel + results summary", steady(workspace, clock, 120));
    click(host, workspace, clock, "row-1");
    print("with a creator selected", steady(workspace, clock, 120));
    click(host, workspace, clock, "tab-charts");
    frame_ms(workspace, clock);  // first charts frame computes the curves and overlap matrix
    print("charts tab", steady(workspace, clock, 120));
    click(host, workspace, clock, "tab-by-creator");
    print("per-creator results tab", steady(workspace, clock, 120));
    click(host, workspace, clock, "tab-summary");
    frame_ms(workspace, clock);

    // Two scenarios of the plan side by side: a copy made with "+" and named as proposed.
    click(host, workspace, clock, "scenario-new");
    frame_ms(workspace, clock);
    click(host, workspace, clock, "scenario-name-ok");
    click(host, workspace, clock, "scenario-compare");
    for (int i = 0; i < 4000 && workspace.tick(clock); ++i) frame_ms(workspace, clock);
    print("comparison of two scenarios, figures", steady(workspace, clock, 120));
    click(host, workspace, clock, "compare-tab-charts");
    frame_ms(workspace, clock);  // the first charts frame computes both build-up curves
    if (!host.landmarks.count("compare-chart-buildup") || host.landmarks["compare-chart-buildup"].w <= 0)
        std::printf("  (the comparison's charts are not on screen)\n");
    print("comparison of two scenarios, charts", steady(workspace, clock, 120));
    click(host, workspace, clock, "scenario-compare");  // closed again for the edits below
    frame_ms(workspace, clock);

    // An edit: the frame that applies it recomputes the projection (and net reach) at once.
    std::vector<double> edits;
    for (int i = 0; i < 5; ++i) {
        const std::string id = "remove-" + std::to_string(plan.creators[static_cast<std::size_t>(i)].id);
        const auto it = host.landmarks.find(id);
        if (it == host.landmarks.end() || it->second.w <= 0) break;
        io.MousePos = ImVec2(it->second.x + it->second.w / 2, it->second.y + it->second.h / 2);
        frame_ms(workspace, clock);
        io.MouseDown[0] = true;
        frame_ms(workspace, clock);
        io.MouseDown[0] = false;
        edits.push_back(frame_ms(workspace, clock));  // applies the removal and recomputes
        frame_ms(workspace, clock);
    }
    if (!edits.empty()) {
        std::sort(edits.begin(), edits.end());
        print("frame that applies an edit (remove a creator)", {edits[edits.size() / 2], edits.back(), edits.back()});
    }

    // After an edit the browser runs a tick (the projection's remaining steps, then the
    // Monte-Carlo draws and the sensitivity swings, each within its time budget) and a frame,
    // until all is done: how long until the net reach is final, and what each tick costs.
    const auto it = host.landmarks.find("remove-" + std::to_string(plan.creators[5].id));
    if (it != host.landmarks.end() && it->second.w > 0) {
        io.MousePos = ImVec2(it->second.x + it->second.w / 2, it->second.y + it->second.h / 2);
        frame_ms(workspace, clock);
        io.MouseDown[0] = true;
        frame_ms(workspace, clock);
        io.MouseDown[0] = false;
        frame_ms(workspace, clock);
        std::vector<double> ticks, frames;
        int until_final = -1;
        for (int i = 0; i < 3000; ++i) {
            clock += 1.0 / 60.0;
            const auto start = std::chrono::steady_clock::now();
            const bool more = workspace.tick(clock);
            ticks.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            frames.push_back(frame_ms(workspace, clock));
            const auto shown = host.landmarks.find("projection-progress");
            if (until_final < 0 && (shown == host.landmarks.end() || shown->second.w <= 0)) until_final = i + 1;
            if (!more) break;
        }
        std::sort(ticks.begin(), ticks.end());
        std::sort(frames.begin(), frames.end());
        print("browser tick after the edit (analysis running)",
              {ticks[ticks.size() / 2], ticks[ticks.size() * 95 / 100], ticks.back()});
        print("frame after the edit (analysis running)",
              {frames[frames.size() / 2], frames[frames.size() * 95 / 100], frames.back()});
        std::printf("  net reach final after %d ticks; ranges and sensitivity after %zu ticks\n", until_final,
                    ticks.size());
    }
    // The what-if levers: the fees lever dragged across, a frame per mouse move, with a browser
    // tick between frames as in the page; each move projects the moved scenario (in steps).
    click(host, workspace, clock, "scenario-what-if");
    for (int i = 0; i < 3; ++i) frame_ms(workspace, clock);
    const auto lever = host.landmarks.find("what-if-fees");
    if (lever != host.landmarks.end() && lever->second.w > 0) {
        const platform::Rect r = lever->second;
        io.MousePos = ImVec2(r.x + r.w / 2, r.y + r.h / 2);
        frame_ms(workspace, clock);
        io.MouseDown[0] = true;
        frame_ms(workspace, clock);
        std::vector<double> drag;
        for (int i = 0; i < 60; ++i) {
            io.MousePos = ImVec2(r.x + r.w / 2 + (i % 30) * r.w / 80, r.y + r.h / 2);
            drag.push_back(frame_ms(workspace, clock));
            workspace.tick(clock);
        }
        io.MouseDown[0] = false;
        frame_ms(workspace, clock);
        std::sort(drag.begin(), drag.end());
        print("frames while a what-if lever is dragged", {drag[drag.size() / 2], drag[drag.size() * 95 / 100], drag.back()});
    } else {
        std::printf("  (no what-if lever on screen)\n");
    }

    // The autosave a tick runs a few seconds after the last edit: the plan written as its file.
    std::vector<double> saves;
    for (int i = 0; i < 5; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const std::string text = storage::save_plan(plan);
        saves.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        if (text.empty()) std::printf("  (empty save)\n");
    }
    std::sort(saves.begin(), saves.end());
    print("writing the plan for the autosave", {saves[saves.size() / 2], saves.back(), saves.back()});
    ImGui::DestroyContext();
    return 0;
}
