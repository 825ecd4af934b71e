#include "menu_bar.h"

#include <imgui.h>

#include <string>

#include "present/message_render.h"
#include "present/format.h"
#include "present/translation.h"
#include "scenario_bar.h"

namespace roster::ui {
namespace {

using present::term_word;
using present::tr;

// A menu's title as a landmark, measured before its menu opens (the page clicks it to open it).
void mark_title(ViewContext& ctx, const char* landmark, const char* title) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImGuiStyle& style = ImGui::GetStyle();
    ctx.mark(landmark, at.x, at.y, ImGui::CalcTextSize(title).x + 2 * style.ItemSpacing.x, ImGui::GetFrameHeight());
}

}  // namespace

MenuChoice draw_menu_bar(ViewContext& ctx, const Document& document) {
    using Kind = MenuChoice::Kind;
    MenuChoice choice;
    OpenWindows& windows = ctx.state.windows;
    if (!ImGui::BeginMainMenuBar()) return choice;
    mark_title(ctx, "menu-plan", tr("Plan"));
    if (ImGui::BeginMenu(tr("Plan"))) {
        if (ImGui::MenuItem(tr("New plan"))) choice.kind = Kind::NewPlan;
        ctx.mark("menu-new");
        if (ImGui::MenuItem(tr("Plans in this browser…"))) windows.library = true;
        ctx.mark("menu-library");
        if (ImGui::MenuItem(tr("Open plan file…"))) choice.kind = Kind::OpenFile;
        ctx.mark("menu-open");
        // An analytics export of the posts (docs/ACTUALS.md); the same picker, told apart by its headers.
        if (ImGui::MenuItem(term_word(Term::ActualsMenuImport).c_str())) choice.kind = Kind::ImportResults;
        ctx.mark("menu-import-results");
        // An Excel workbook: the same picker (it offers .xlsx files), its sheet chosen in the preview.
        if (ImGui::MenuItem(term_word(Term::WorkbookMenuImport).c_str())) choice.kind = Kind::OpenFile;
        ctx.mark("menu-import-workbook");
        if (ImGui::MenuItem(tr("Download plan file"))) choice.kind = Kind::Download;
        ctx.mark("menu-download");
        if (ImGui::MenuItem(tr("Copy share link"))) choice.kind = Kind::ShareLink;
        ctx.mark("menu-share");
        ImGui::Separator();
        // The forecast the actuals are compared with: one at a time, unlocked before another.
        const bool locked = !ctx.plan.locked_forecast.empty();
        if (ImGui::MenuItem(term_word(Term::ActualsMenuLock).c_str(), nullptr, false, !locked && !ctx.plan.creators.empty()))
            windows.lock_forecast = true;
        ctx.mark("menu-lock");
        if (ImGui::MenuItem(term_word(Term::ActualsMenuUnlock).c_str(), nullptr, false, locked)) windows.unlock_forecast = true;
        ctx.mark("menu-unlock");
        ImGui::Separator();
        // Every table a planner may want in a spreadsheet: as a CSV file in the display
        // language's conventions, or as cells to paste.
        const std::pair<present::ExportTable, const char*> tables[] = {
            {present::ExportTable::Creators, "Roster with projections"},
            {present::ExportTable::Comparison, "Scenario comparison"},
            {present::ExportTable::Frequency, "Frequency distribution"},
            {present::ExportTable::Buildup, "Reach build-up"},
            {present::ExportTable::Assumptions, "Assumptions with sources"},
        };
        if (ImGui::BeginMenu(tr("Export table as CSV"))) {
            for (const auto& [table, label] : tables) {
                if (ImGui::MenuItem(tr(label))) {
                    choice.kind = Kind::ExportTable;
                    choice.table = table;
                }
                ctx.mark("menu-export-" + std::string(present::export_table_key(table)));
            }
            if (ImGui::MenuItem(term_word(Term::ActualsMenuForecast).c_str())) {
                choice.kind = Kind::ExportTable;
                choice.table = present::ExportTable::Actuals;
            }
            ctx.mark("menu-export-actuals");
            ImGui::EndMenu();
        }
        ctx.mark("menu-export");
        // Every table above in one Excel workbook, numbers formatted, with a cover (docs/SPREADSHEETS.md).
        if (ImGui::MenuItem(term_word(Term::WorkbookMenuExport).c_str())) choice.kind = Kind::ExportWorkbook;
        ctx.mark("menu-export-workbook");
        if (ImGui::BeginMenu(tr("Copy table as cells"))) {
            for (const auto& [table, label] : tables) {
                if (ImGui::MenuItem(tr(label))) {
                    choice.kind = Kind::CopyTable;
                    choice.table = table;
                }
                ctx.mark("menu-copy-" + std::string(present::export_table_key(table)));
            }
            if (ImGui::MenuItem(term_word(Term::ActualsMenuForecast).c_str())) {
                choice.kind = Kind::CopyTable;
                choice.table = present::ExportTable::Actuals;
            }
            ctx.mark("menu-copy-actuals");
            ImGui::EndMenu();
        }
        ctx.mark("menu-copy");
        ImGui::EndMenu();
    }
    mark_title(ctx, "menu-view", tr("View"));
    if (ImGui::BeginMenu(tr("View"))) {
        if (ImGui::MenuItem(tr("Assumptions and campaign"), "Ctrl+K", windows.assumptions)) {
            windows.assumptions = !windows.assumptions;
            windows.focus_assumptions = windows.assumptions;
        }
        ctx.mark("menu-assumptions");
        ImGui::Separator();
        if (ImGui::MenuItem(tr("Compare scenarios"), nullptr, windows.compare)) windows.compare = !windows.compare;
        ctx.mark("menu-compare");
        if (ImGui::MenuItem(tr("What if…"), nullptr, windows.what_if)) windows.what_if = !windows.what_if;
        if (ImGui::MenuItem(tr("Optimise for a budget…"), nullptr, windows.optimiser)) windows.optimiser = !windows.optimiser;
        ctx.mark("menu-optimiser");
        if (ImGui::MenuItem(term_word(Term::ActualsMenuForecast).c_str(), nullptr, windows.forecast)) windows.forecast = !windows.forecast;
        ctx.mark("menu-forecast");
        if (ImGui::MenuItem(term_word(Term::ActualsMenuCalibrate).c_str())) choice.kind = Kind::Calibrate;
        ctx.mark("menu-calibrate");
        if (ImGui::MenuItem(tr("New scenario from this one…"))) start_naming(ctx, ScenarioViewState::Naming::New);
        if (ImGui::MenuItem(tr("Present (projector)"))) windows.presenting = true;
        if (ImGui::MenuItem(tr("Keyboard shortcuts"), "F1", windows.shortcuts)) windows.shortcuts = !windows.shortcuts;
        ctx.mark("menu-shortcuts");
        ImGui::Separator();
        // Named in both languages, so a planner lost in the other one still finds it.
        if (ImGui::BeginMenu("Language · Langue")) {
            const present::Language now = present::display_language();
            if (ImGui::MenuItem("English", nullptr, now == present::Language::English))
                choice = {Kind::Language, present::Language::English, nullptr};
            ctx.mark("menu-language-en");
            if (ImGui::MenuItem("Français", nullptr, now == present::Language::French))
                choice = {Kind::Language, present::Language::French, nullptr};
            ctx.mark("menu-language-fr");
            ImGui::EndMenu();
        }
        ctx.mark("menu-language");
        ImGui::EndMenu();
    }
    mark_title(ctx, "menu-workshop", tr("Workshop"));
    if (ImGui::BeginMenu(tr("Workshop"))) {
        ImGui::TextDisabled("%s", tr("Open an example as a new plan (yours stays in Plans in this browser)"));
        for (const Example& e : examples()) {
            if (ImGui::MenuItem(tr(std::string(e.title).c_str()))) choice = {Kind::OpenExample, {}, &e};
            ctx.mark("example-" + std::string(e.file.substr(0, e.file.find('.'))));
        }
        ImGui::EndMenu();
    }
    mark_title(ctx, "menu-edit", tr("Edit"));
    if (ImGui::BeginMenu(tr("Edit"))) {
        // The labels may quote a scenario's name.
        const auto item = [](MessageId with, MessageId without, const Message* action) {
            return present::label_text(present::render(action ? Message(with).nested("action", *action) : Message(without)));
        };
        const std::string undo = item(MessageId::UndoItem, MessageId::UndoNothing, document.undo_label());
        const std::string redo = item(MessageId::RedoItem, MessageId::RedoNothing, document.redo_label());
        if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, document.can_undo())) choice.kind = Kind::Undo;
        ctx.mark("menu-undo");
        if (ImGui::MenuItem(redo.c_str(), "Ctrl+Shift+Z", false, document.can_redo())) choice.kind = Kind::Redo;
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
    return choice;
}

}  // namespace roster::ui
