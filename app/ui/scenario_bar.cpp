#include "scenario_bar.h"

#include <imgui.h>

#include <cstdio>

#include "engine/scenarios.h"
#include "engine/validation.h"
#include "forecast_lock_view.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/translation.h"

namespace roster::ui {
using present::tr;
using present::trf;
using present::label_text;
namespace {

// The naming box's title in the display language, its ImGui id the same in every language.
std::string naming_title() { return std::string(tr("Name the scenario")) + "###scenario-naming"; }

// "Scenario 3", or the next free number: a name that is never taken already.
std::string free_name(const Plan& plan) {
    for (std::size_t n = scenario_count(plan) + 1;; ++n) {
        const std::string name = trf("Scenario %s", {std::to_string(n)});
        if (!scenario_name_problem(plan, name, SIZE_MAX)) return name;
    }
}

}  // namespace

void start_naming(ViewContext& ctx, ScenarioViewState::Naming naming, std::uint32_t position) {
    ScenarioViewState& s = ctx.state.scenarios;
    if (naming != ScenarioViewState::Naming::Rename && scenario_count(ctx.plan) >= PlanLimits::kMaxScenarios) {
        ctx.state.message = {Message(MessageId::TooManyScenariosRightClick)
                                 .integer("max", static_cast<double>(PlanLimits::kMaxScenarios)),
                             true};
        return;
    }
    s.naming = naming;
    s.renaming = position;
    s.open_naming = true;
    const std::string name = naming == ScenarioViewState::Naming::Rename ? scenario_names(ctx.plan).at(position)
                                                                           : free_name(ctx.plan);
    std::snprintf(s.name, sizeof s.name, "%s", name.c_str());
}

ScenarioBarActions draw_scenario_bar(ViewContext& ctx) {
    ScenarioBarActions actions;
    ScenarioViewState& s = ctx.state.scenarios;
    if (ImGui::Button(tr("Compare…"))) actions.compare = true;
    ctx.mark("scenario-compare");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Two to four scenarios side by side, with the changes between them."));
    ImGui::SameLine();
    if (ImGui::Button(tr("What if…"))) actions.what_if = true;
    ctx.mark("scenario-what-if");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Move fees, posts, amplification, conversion or recommended views and see the effect live."));
    ImGui::SameLine();
    if (ImGui::Button(tr("Optimise…"))) actions.optimise = true;
    ctx.mark("scenario-optimise");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr("The best roster for a budget among these creators, and what more money would buy."));
    ImGui::SameLine();
    if (ImGui::Button(tr("Present"))) actions.present = true;
    ctx.mark("scenario-present");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Large figures for a projector, one scenario at a time; arrow keys step, Esc leaves."));
    ImGui::SameLine();
    // The promise the actuals are compared with, in view while the campaign runs.
    if (!ctx.plan.locked_forecast.empty()) {
        if (draw_locked_mark(ctx)) ctx.state.windows.forecast = true;
        ImGui::SameLine();
    }
    ImGui::TextDisabled("%s", tr("Scenario"));
    ImGui::SameLine();

    const std::vector<std::string> names = scenario_names(ctx.plan);
    const int open = static_cast<int>(ctx.plan.scenario_position);
    // After undo, a menu or a removal the plan's open scenario moves without a click on its tab:
    // the bar then selects it, and takes no click this frame.
    const bool forced = s.tabs_showing != open;
    if (ImGui::BeginTabBar("scenarios", ImGuiTabBarFlags_FittingPolicyScroll | ImGuiTabBarFlags_NoTooltip)) {
        for (std::size_t i = 0; i < names.size(); ++i) {
            const std::string label = label_text(names[i]) + "###scenario" + std::to_string(i);
            const ImGuiTabItemFlags flags = forced && static_cast<int>(i) == open ? ImGuiTabItemFlags_SetSelected : 0;
            const bool selected = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
            ctx.mark("scenario-tab-" + std::to_string(i));
            if (ImGui::BeginPopupContextItem()) {
                if (ImGui::MenuItem(tr("Rename…"))) start_naming(ctx, ScenarioViewState::Naming::Rename, static_cast<std::uint32_t>(i));
                if (ImGui::MenuItem(tr("Remove"), nullptr, false, names.size() > 1))
                    ctx.commands.push_back(RemoveScenario{static_cast<std::uint32_t>(i)});
                ImGui::EndPopup();
            }
            if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
                start_naming(ctx, ScenarioViewState::Naming::Rename, static_cast<std::uint32_t>(i));
            if (selected) {
                if (!forced && static_cast<int>(i) != open) ctx.commands.push_back(OpenScenario{static_cast<std::uint32_t>(i)});
                ImGui::EndTabItem();
            }
        }
        if (ImGui::TabItemButton("+", ImGuiTabItemFlags_Trailing | ImGuiTabItemFlags_NoTooltip))
            start_naming(ctx, ScenarioViewState::Naming::New);
        ctx.mark("scenario-new");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip(tr("New scenario: a copy of “%s” to change"), ctx.plan.scenario.c_str());
        ImGui::EndTabBar();
    }
    s.tabs_showing = open;
    return actions;
}

void draw_scenario_naming(ViewContext& ctx) {
    ScenarioViewState& s = ctx.state.scenarios;
    if (s.open_naming) {
        ImGui::OpenPopup(naming_title().c_str());
        s.open_naming = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(naming_title().c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    using Naming = ScenarioViewState::Naming;
    ImGui::TextUnformatted(s.naming == Naming::Rename ? tr("New name for the scenario:")
                           : s.naming == Naming::NewFromWhatIf
                               ? tr("The what-if levers' result becomes a new scenario; the open one stays as it is.")
                               : trf("A copy of “%s” to change; the original stays as it is.", {ctx.plan.scenario}).c_str());
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
    const bool entered = ImGui::InputText("##scenario-name", s.name, sizeof s.name, ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.mark("scenario-name-field");
    const std::string name = s.name;
    const std::optional<Message> problem =
        scenario_name_problem(ctx.plan, name, s.naming == Naming::Rename ? s.renaming : SIZE_MAX);
    if (problem) ImGui::TextColored(ImVec4(0.75f, 0.10f, 0.10f, 1.0f), "%s", present::render(*problem).c_str());
    const bool ok = ImGui::Button(s.naming == Naming::Rename ? tr("Rename") : tr("Create")) || entered;
    ctx.mark("scenario-name-ok");
    if (ok && !problem) {
        if (s.naming == Naming::Rename) ctx.commands.push_back(RenameScenario{s.renaming, name});
        else if (s.naming == Naming::NewFromWhatIf) {
            ctx.commands.push_back(AddScenario{name, s.what_if});
            s.what_if = WhatIf{};
        } else ctx.commands.push_back(AddScenario{name, WhatIf{}});
        s.naming = Naming::None;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        s.naming = Naming::None;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace roster::ui
