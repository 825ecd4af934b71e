#include "working_windows.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "assumptions_view.h"
#include "campaign_strip.h"
#include "comparison_view.h"
#include "creator_view.h"
#include "present/translation.h"
#include "results_view.h"
#include "roster_view.h"
#include "scenario_bar.h"
#include "what_if_view.h"
#include "widgets.h"

namespace roster::ui {

using present::tr;

namespace {
// The browser window's size when the working windows were last placed: they are placed again,
// in proportion, whenever it changes, and once at the start when the layout restored from the
// last visit was made for another size (windows past the edge, or the results short of it).
struct Placement {
    ImVec2 size{0.0f, 0.0f};
    bool checked = false;  // the restored layout was compared with this window's size
    bool again = false;    // place them at the next frame
};
Placement g_placement;
}  // namespace

void draw_working_windows(ViewContext& ctx) {
    OpenWindows& windows = ctx.state.windows;
    // The scenario bar spans the width under the menu bar; the working windows start below it.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float bar_height = ImGui::GetFrameHeight() + 2 * style.WindowPadding.y;
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + ImGui::GetFrameHeight()));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x, bar_height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    if (ImGui::Begin("##scenario-bar", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                         ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoFocusOnAppearing)) {
        const ScenarioBarActions asked = draw_scenario_bar(ctx);
        if (asked.compare) windows.compare = !windows.compare;
        if (asked.what_if) windows.what_if = !windows.what_if;
        if (asked.optimise) windows.optimiser = !windows.optimiser;
        if (asked.present) {
            windows.presenting = true;
            ctx.state.scenarios.presenting = ctx.plan.scenario_position;
        }
    }
    ImGui::End();
    ImGui::PopStyleVar();

    // Roster above the creator panel on the left, results on the right, between the scenario bar
    // and the status bar, in proportion to the browser window: placed at first use and again
    // whenever the window's size changes (a planner's own arrangement stays until then). The
    // results take 38% of the width (36% below 1,400 pixels), the roster and creator panel the rest.
    // (The viewport's work area only accounts for the menu bar from the next frame on.)
    const bool resized = g_placement.size.x != vp->Size.x || g_placement.size.y != vp->Size.y;
    const bool place = g_placement.again || (resized && g_placement.checked);
    g_placement.again = false;
    g_placement.size = vp->Size;
    const ImGuiCond cond = place ? ImGuiCond_Always : ImGuiCond_FirstUseEver;
    const float margin = 8.0f;
    const float top = vp->Pos.y + ImGui::GetFrameHeight() + bar_height + margin;
    const float height = vp->Size.y - ImGui::GetFrameHeight() - bar_height - ImGui::GetFrameHeightWithSpacing() -
                         2 * margin - 4.0f;
    const float share = vp->Size.x < 1400.0f ? 0.36f : 0.38f;  // a laptop keeps the add row's fee and posts in view
    const float right = std::floor(std::clamp(vp->Size.x * share, std::min(420.0f, vp->Size.x * 0.5f), vp->Size.x * 0.5f));
    const float left = vp->Size.x - right - 3 * margin;
    const float roster_height = std::floor(height * 0.56f);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + margin, top), cond);
    ImGui::SetNextWindowSize(ImVec2(left, roster_height), cond);
    if (ImGui::Begin(titled(tr("Roster"), "roster").c_str())) draw_roster_view(ctx);
    ImGui::End();

    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + margin, top + roster_height + margin), cond);
    ImGui::SetNextWindowSize(ImVec2(left, height - roster_height - margin), cond);
    if (ImGui::Begin(titled(tr("Creator"), "creator").c_str())) draw_creator_view(ctx);
    ImGui::End();

    const ImVec2 results_pos(vp->Pos.x + vp->Size.x - right - margin, top);
    ImGui::SetNextWindowPos(results_pos, cond);
    ImGui::SetNextWindowSize(ImVec2(right, height), cond);
    const bool results_open = ImGui::Begin(titled(tr("Results"), "results").c_str());
    if (!g_placement.checked) {
        // A layout restored from a visit at another size: placed afresh when the results end far
        // short of the window's right edge or run past it.
        const float end = ImGui::GetWindowPos().x + ImGui::GetWindowSize().x;
        const float bottom = ImGui::GetWindowPos().y + ImGui::GetWindowSize().y;
        g_placement.again = end < vp->Pos.x + vp->Size.x * 0.9f || end > vp->Pos.x + vp->Size.x + 1.0f ||
                            bottom > vp->Pos.y + vp->Size.y + 1.0f;
        g_placement.checked = true;
    }
    if (results_open) {
        draw_campaign_strip(ctx);  // what the results depend on, in view beside them
        draw_results_view(ctx);
    }
    ImGui::End();

    if (windows.assumptions) {
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.2f, top + 20), ImGuiCond_FirstUseEver);
        ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.6f, height - 40), ImGuiCond_FirstUseEver);
        if (windows.focus_assumptions) {
            ImGui::SetNextWindowFocus();
            windows.focus_assumptions = false;
        }
        if (ImGui::Begin(titled(tr("Assumptions and campaign"), "assumptions").c_str(), &windows.assumptions))
            draw_assumptions_view(ctx);
        ImGui::End();
    }
    if (windows.compare) {
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.12f, top + 30), ImGuiCond_FirstUseEver);
        ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.76f, height - 60), ImGuiCond_FirstUseEver);
        if (ImGui::Begin(titled(tr("Compare scenarios"), "compare").c_str(), &windows.compare)) draw_comparison_view(ctx);
        ImGui::End();
    }
    if (windows.what_if) {
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.3f, top + 40), ImGuiCond_FirstUseEver);
        ImGui::SetNextWindowSize(ImVec2(std::min(620.0f, vp->Size.x * 0.6f), height * 0.8f), ImGuiCond_FirstUseEver);
        if (ImGui::Begin(titled(tr("What if"), "what-if").c_str(), &windows.what_if)) draw_what_if_view(ctx);
        ImGui::End();
    }
    draw_scenario_naming(ctx);
}

}  // namespace roster::ui
