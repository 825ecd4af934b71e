// The menu bar: Plan (new, the library, open a file, import campaign results, download, share
// link, lock the forecast), View (the windows,
// the language), Workshop (the example plans) and Edit (undo, redo). It opens and closes
// windows itself (the planner's view, not the plan) and returns everything else the planner
// chose for the workspace to act on: the menu changes no plan and touches no storage.
#pragma once

#include "document/document.h"
#include "examples.h"
#include "present/format.h"
#include "present/sheet_export.h"
#include "view_context.h"

namespace roster::ui {

struct MenuChoice {
    enum class Kind { None, NewPlan, OpenFile, Download, ShareLink, ExportTable, CopyTable, Language, OpenExample, Undo, Redo,
                      ImportResults, Calibrate, ExportWorkbook };
    Kind kind = Kind::None;
    present::Language language = present::Language::English;  // for Language
    const Example* example = nullptr;                          // for OpenExample
    present::ExportTable table = present::ExportTable::Creators;  // for ExportTable and CopyTable
};

// `document` gives the undo and redo items their labels ("Undo rename scenario “Likes hidden”").
MenuChoice draw_menu_bar(ViewContext& ctx, const Document& document);

}  // namespace roster::ui
