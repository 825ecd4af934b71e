#include "workspace.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <utility>

#include "presentation_view.h"
#include "shortcuts_view.h"
#include "engine/calibration.h"
#include "engine/optimiser.h"
#include "engine/scenarios.h"
#include "engine/simulation.h"
#include "engine/validation.h"
#include "present/message_render.h"
#include "present/sheet_export.h"
#include "present/translation.h"
#include "present/workbook_report.h"
#include "storage/actuals_export.h"
#include "storage/plan_file.h"
#include "forecast_lock_view.h"
#include "number_field.h"
#include "widgets.h"
#include "working_windows.h"

namespace roster::ui {
using namespace roster::present;

namespace {
// A tick's time for an optimiser search or frontier: about half a frame, so typing and the
// progress bar stay smooth while a search of 2,000 candidates runs.
constexpr std::chrono::milliseconds kOptimiserTickTime{8};

// An Excel workbook by its name, or by its first bytes (a .xlsx is a zip file), whatever its
// name: a workbook renamed .csv still opens, and a CSV renamed .xlsx is refused by the reader.
bool is_workbook_file(const std::string& name, const std::string& bytes) {
    std::string lower = name.size() >= 5 ? name.substr(name.size() - 5) : std::string();
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return lower == ".xlsx" || bytes.rfind("PK\x03\x04", 0) == 0;
}
}  // namespace

Workspace::Workspace(platform::Host& host) : host_(host), session_(host.storage(), new_tab_id()) {}

void Workspace::start(double now) {
    now_ = now;
    if (auto language = host_.storage().load(kLanguageKey))
        set_display_language(*language == "fr" ? Language::French : Language::English);
    if (auto layout = host_.storage().load(kLayoutKey)) ImGui::LoadIniSettingsFromMemory(layout->data(), layout->size());
    if (std::optional<Message> problem = session_.start(now)) state_.message = {std::move(*problem), true};
    host_.on_page_hiding([this] { save_now(); });
    // Files, pastes and links arrive between frames, with no input event to draw the answer.
    host_.on_file([this](std::string name, std::string text) {
        wake_ = true;
        const Message source = Message(MessageId::SourceFile).text("file", name);
        if (is_workbook_file(name, text)) receive_workbook(std::move(text), source);
        else if (is_sheet_file_name(name)) receive_sheet(text, source);
        else receive(text, source);
    });
    // A workbook's sheet, read by the host (in the browser, by the workbook module it loads).
    host_.on_workbook_sheet([this](storage::WorkbookSheetText read) {
        wake_ = true;
        receive_workbook_sheet(std::move(read));
    });
    host_.on_workbook_written([this](std::optional<Message> problem) {
        wake_ = true;
        if (problem) state_.message = {std::move(*problem), true};
        else state_.message = {Message(MessageId::Downloaded).text("file", workbook_written_), false};
    });
    host_.on_paste([this](std::string text) {
        wake_ = true;
        incoming_.pasted(std::move(text));
    });
    host_.on_share_link([this](ShareLinkOutcome outcome, std::string link) {
        wake_ = true;
        state_.message = {share_link_message(outcome, link.size()), outcome != ShareLinkOutcome::Copied};
    });
    // Last, so that a plan in the address meets the restored plan (and asks before replacing it).
    host_.open_plan_in_address([this](std::string text, ShareLinkProblem problem) {
        wake_ = true;
        if (problem != ShareLinkProblem::None) state_.message = {share_link_problem_message(problem), true};
        else receive(text, Message(MessageId::SourceShareLink));
    });
    follow_plan();  // the restored plan's projection, at once
}

// A new document counts its revisions from zero again: nothing computed for the last plan may
// be shown for this one, nor its net reach carried into this one's first frames.
void Workspace::follow_open_plan() {
    if (live_ && live_for_ == session_.generation()) return;
    live_ = std::make_unique<live::LiveResults>(live::Budget{}, draw_workers_);
    optimiser_ = std::make_unique<live::OptimiserJob>();
    live_for_ = session_.generation();
    state_.scenarios = ScenarioViewState{};
    state_.optimiser = OptimiserViewState{};
    state_.table.selection.clear();
}

void Workspace::use_draw_workers(live::DrawWorkers* workers) {
    draw_workers_ = workers;
    if (live_) live_->use_workers(workers);
}

void Workspace::follow_plan() {
    follow_open_plan();
    live_->follow(session_.plan(), session_.document().revision());
}

ViewContext Workspace::context() {
    follow_plan();
    const live::Snapshot live = live_->snapshot(session_.plan(), session_.document().revision());
    return ViewContext{session_.plan(), live.projection(), state_, live, {}, {}, {}, std::nullopt};
}

std::vector<std::size_t> Workspace::scenarios_shown() const {
    return live::scenarios_to_follow(session_.plan(), state_.windows.presenting, state_.windows.compare,
                                     state_.scenarios.compared);
}

bool Workspace::tick(double now) {
    now_ = now;
    follow_open_plan();
    bool woken = std::exchange(wake_, false);
    woken |= live_->tick(session_.plan(), session_.document().revision(), scenarios_shown());
    // A search takes the tick's time the live figures leave, and the next frame shows its progress.
    woken |= optimiser_->advance(std::chrono::steady_clock::now() + kOptimiserTickTime);
    if (!session_.save_due(now)) return woken;
    tell(session_.save(now));
    return true;
}

void Workspace::save_now() { tell(session_.save_now(now_)); }

void Workspace::frame(double now) {
    now_ = now;
    follow_open_plan();
    incoming_.type_into_field();
    ImGuiIO& io = ImGui::GetIO();
    if (!io.WantTextInput && io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z))) {
        if (io.KeyShift) session_.document().redo();
        else session_.document().undo();
    }
    if (!io.WantTextInput && io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y))) session_.document().redo();
    OpenWindows& windows = state_.windows;
    if (shortcuts_asked()) windows.shortcuts = !windows.shortcuts;
    if (io.KeyCtrl && ImGui::IsKeyPressed(letter_key('K'))) {
        windows.assumptions = !windows.assumptions;
        windows.focus_assumptions = windows.assumptions;
    }
    live_->start_clock();
    follow_plan();
    live_->show_scenarios(session_.plan(), session_.document().revision(), scenarios_shown());
    if (windows.presenting) {
        // A projector shows the figures only: no menus, editors or status.
        ViewContext ctx = context();
        windows.presenting = draw_presentation_view(ctx);
        apply(ctx.commands);
        finish_frame(ctx.landmarks, now);
        return;
    }
    std::map<std::string, platform::Rect> landmarks;
    {
        ViewContext menu = context();
        const MenuChoice chosen = draw_menu_bar(menu, session_.document());
        landmarks = std::move(menu.landmarks);
        act(chosen);  // may open another plan: the views below get a new context
    }
    ViewContext ctx = context();
    ctx.landmarks = std::move(landmarks);
    draw_working_windows(ctx);
    const StatusBarChoice status = draw_status_bar(ctx, session_.save_state(), status_text_);
    LibraryChoice library;
    if (windows.library) library = draw_library_view(ctx, session_.library(), session_.deleted());
    IncomingView::Answer answer = incoming_.draw_question(ctx);
    ImportView::Answer imported = import_.draw(ctx);
    ActualsImportView::Answer results = actuals_import_.draw(ctx);
    draw_forecast_lock_dialogs(ctx);
    if (windows.forecast) {
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.1f, vp->Pos.y + vp->Size.y * 0.1f), ImGuiCond_FirstUseEver);
        ImGui::SetNextWindowSize(ImVec2(std::min(1000.0f, vp->Size.x * 0.8f), vp->Size.y * 0.78f), ImGuiCond_FirstUseEver);
        if (ImGui::Begin(titled(term_word(Term::ActualsMenuForecast).c_str(), "forecast").c_str(), &windows.forecast))
            forecast_.draw(ctx, {session_.generation(), session_.document().revision()});
        ImGui::End();
    }
    calibration_.draw(ctx);
    if (windows.shortcuts) {
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
        ImGui::SetNextWindowSize(ImVec2(std::min(760.0f, vp->Size.x - 40.0f), 0.0f), ImGuiCond_Appearing);
        if (ImGui::Begin(titled(tr("Keyboard shortcuts"), "shortcuts").c_str(), &windows.shortcuts)) draw_shortcuts_view(ctx);
        ImGui::End();
    }
    OptimiserChoice optimised;
    if (windows.optimiser) {
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.15f, vp->Pos.y + vp->Size.y * 0.08f), ImGuiCond_FirstUseEver);
        ImGui::SetNextWindowSize(ImVec2(std::min(980.0f, vp->Size.x * 0.7f), vp->Size.y * 0.84f), ImGuiCond_FirstUseEver);
        if (ImGui::Begin(titled(tr("Optimise for a budget"), "optimiser").c_str(), &windows.optimiser))
            optimised = draw_optimiser_view(ctx, *optimiser_, session_.document().revision());
        ImGui::End();
    }
    const std::optional<std::string> pasted = incoming_.place_paste();
    wake_ |= incoming_.typing_pending();

    // Ctrl+C over a table or chart copies it as cells, as Plan > Copy table as cells does; in a
    // field it copies the field's text, as everywhere.
    const bool copy_table = !io.WantTextInput && (io.KeyCtrl || io.KeySuper) &&
                            ImGui::IsKeyPressed(letter_key('C')) && ctx.table_under_mouse.has_value();
    MenuChoice copy;
    if (copy_table) copy = {MenuChoice::Kind::CopyTable, present::Language::English, nullptr, *ctx.table_under_mouse};

    // The views' edits first, to the plan they were drawn from; then what may replace it.
    apply(ctx.commands);
    for (Message& note : take_field_notes()) ctx.notes.push_back(std::move(note));  // an Escape, a word in a number
    if (!ctx.notes.empty() && !state_.message.is_error) state_.message = {std::move(ctx.notes), false};
    act(copy);
    act(status);
    act(library);
    act(std::move(answer));
    act(std::move(imported));
    act(std::move(results));
    act(optimised);
    if (pasted && is_pasted_cells(*pasted)) receive_sheet(*pasted, Message(MessageId::SourcePastedText));
    else if (pasted) receive(*pasted, Message(MessageId::SourcePastedText));
    finish_frame(ctx.landmarks, now);
}

// Every frame ends here, presented or not: the figures take their steps with the frame's time
// left, and what the page shows beside the canvas (summary, status, landmarks) follows.
void Workspace::finish_frame(std::map<std::string, platform::Rect>& landmarks, double now) {
    follow_open_plan();
    const Document& document = session_.document();
    live_->settle(document.plan(), document.revision());
    session_.observe(now);
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantSaveIniSettings) {
        std::size_t size = 0;
        const char* ini = ImGui::SaveIniSettingsToMemory(&size);
        host_.storage().store(kLayoutKey, std::string_view(ini, size));
        io.WantSaveIniSettings = false;
    }
    const bool comparing = state_.windows.compare && !state_.windows.presenting;
    page_.publish(host_, {document.plan(), *live_, session_.generation(), comparing, status_text_, landmarks});
}

void Workspace::apply(const std::vector<Command>& commands) {
    for (const Command& c : commands) {
        const ApplyResult r = session_.document().execute(c);
        if (!r.ok) state_.message = {Message(MessageId::NotChanged).nested("cause", std::move(r.message)), true};
        else state_.message = {};
    }
}

void Workspace::act(const MenuChoice& choice) {
    using Kind = MenuChoice::Kind;
    switch (choice.kind) {
        case Kind::None: break;
        case Kind::NewPlan:
            session_.open_new(new_plan(), now_);  // an empty plan is never too large to keep
            state_.message = {Message(MessageId::StartedNewPlan), false};
            break;
        case Kind::OpenFile:
        case Kind::ImportResults:  // the file's headers tell an analytics export from a plan or a roster sheet
            if (!host_.choose_file()) state_.message = {Message(MessageId::NoFilePicker), true};
            break;
        case Kind::Calibrate: calibrate(); break;
        case Kind::Download: download(); break;
        case Kind::ShareLink:
            host_.make_share_link(storage::save_plan_compact(session_.plan()), kMaxShareLinkCharacters);
            break;
        case Kind::ExportTable:
        case Kind::CopyTable: {
            // Computed afresh from the plan, as `roster export` computes it (the same file).
            const Plan& plan = session_.plan();
            const present::SheetTable table =
                present::export_table(plan, plan.scenario_position, choice.table, kDefaultDraws, 1);
            if (choice.kind == Kind::CopyTable) {
                host_.copy_to_clipboard(present::write_sheet(table, present::SheetFormat::Tsv));
                state_.message = {Message(MessageId::TableCopied), false};
            } else {
                const std::string name = present::export_file_name(plan.name, choice.table, present::SheetFormat::Csv);
                host_.offer_download(name, present::write_sheet(table, present::SheetFormat::Csv));
                state_.message = {Message(MessageId::Downloaded).text("file", name), false};
            }
            break;
        }
        case Kind::ExportWorkbook: export_workbook(); break;
        case Kind::Language: set_language(choice.language); break;
        case Kind::OpenExample: open_example(*choice.example); break;
        case Kind::Undo: session_.document().undo(); break;
        case Kind::Redo: session_.document().redo(); break;
    }
}

void Workspace::act(const OptimiserChoice& choice) {
    using Kind = OptimiserChoice::Kind;
    switch (choice.kind) {
        case Kind::None: return;
        case Kind::Search: optimiser_->start(session_.plan(), choice.problem, session_.document().revision()); break;
        case Kind::Frontier: optimiser_->start_frontier(session_.plan(), choice.problem, session_.document().revision()); break;
        case Kind::Cancel: optimiser_->cancel(); break;
        case Kind::OpenProposal: {
            const OptimiserResult* result = optimiser_->result();
            if (!result || result->chosen.empty()) return;
            bool alone = false;
            const Plan with = plan_with_proposal(session_.plan(), *result, tr("Proposal"), &alone);
            if (alone) {
                state_.message = {Message(MessageId::TooManyScenariosRemoveOne).integer("max", static_cast<double>(PlanLimits::kMaxScenarios)), true};
                return;
            }
            const ApplyResult r = session_.document().execute(AddProposal{current_scenario(with, with.scenario)});
            if (!r.ok) state_.message = {Message(MessageId::NotChanged).nested("cause", r.message), true};
            else state_.message = {Message(MessageId::ProposalOpened).text("scenario", with.scenario), false};
            break;
        }
    }
    wake_ = true;
}

void Workspace::act(const LibraryChoice& choice) {
    using Kind = LibraryChoice::Kind;
    std::optional<LibraryChange> change;
    switch (choice.kind) {
        case Kind::None: return;
        case Kind::Open:
            session_.open(choice.plan, now_);
            state_.message = {Message(MessageId::OpenedFromLibrary).text("plan", session_.plan().name), false};
            return;
        case Kind::Rename:
            // The open plan is renamed by its own document's command, undoable like any edit.
            if (choice.plan == session_.plan_id()) return apply({RenamePlan{choice.name}});
            change = session_.rename(choice.plan, choice.name);
            break;
        case Kind::Duplicate: change = session_.duplicate(choice.plan); break;
        case Kind::Delete: change = session_.remove(choice.plan); break;
        case Kind::UndoDelete: change = session_.undo_delete(); break;
    }
    if (std::optional<StatusMessage> news = library_news(choice.kind, *change)) state_.message = std::move(*news);
}

void Workspace::act(StatusBarChoice choice) {
    using Kind = StatusBarChoice::Kind;
    switch (choice.kind) {
        case Kind::None: break;
        case Kind::DownloadPlan: download(); break;
        case Kind::OpenTheirs:
            if (session_.open_other_tabs_version(now_)) state_.message = {Message(MessageId::OpenedOtherTab), false};
            else state_.message = {Message(MessageId::OtherTabUnreadable), true};
            break;
        case Kind::KeepMine: tell(session_.keep_this_tabs_version(now_)); break;
        case Kind::DownloadUnreadable:
            if (session_.unreadable()) host_.offer_download("unreadable-save.roster.json", *session_.unreadable());
            break;
    }
}

// The planner's answer to "Replace the open plan?".
void Workspace::act(IncomingView::Answer answer) {
    using Kind = IncomingView::Answer::Kind;
    if (answer.kind == Kind::Replace) replace_with(std::move(answer.plan));
    else if (answer.kind == Kind::DownloadFirst) download();
    else if (answer.kind == Kind::Keep) state_.message = {Message(MessageId::KeptOpenPlan), false};
}

// A plan file, a pasted plan or a link (`source`) replaces the open plan, after asking when it
// holds work that exists only here, or is refused with the reason.
void Workspace::receive(const std::string& text, const Message& source) {
    IncomingPlan incoming = session_.receive(text, source);
    switch (incoming.verdict) {
        case IncomingPlan::Verdict::Refused: state_.message = {std::move(incoming.message), true}; break;
        case IncomingPlan::Verdict::Replace: replace_with(std::move(incoming)); break;
        case IncomingPlan::Verdict::Confirm: incoming_.ask(std::move(incoming)); break;
    }
}

namespace {
// The key a mapping is remembered under in this browser, for a sheet's headers.
std::string remembered_mapping_key(const std::vector<std::string>& headers) {
    return "roster.sheet-mapping." + storage::mapping_key(headers);
}
}  // namespace

void Workspace::receive_sheet(const std::string& bytes, const Message& source) {
    const Plan& plan = session_.plan();
    // An analytics export (a column naming the post or its account, and views, reach or
    // impressions) brings a campaign's results; any other sheet brings creators.
    if (storage::read_analytics_export(bytes).ok) {
        ActualsPreview preview = preview_actuals(bytes, plan);
        if (!preview.ok) {
            state_.message = {Message(MessageId::ActualsFileUnreadable).nested("source", source).nested("cause", preview.problem), true};
            return;
        }
        actuals_import_.open(std::move(preview), source);
        return;
    }
    SheetPreview preview = preview_sheet(bytes, plan, ImportMode::Add);
    if (!preview.ok) {
        state_.message = {Message(MessageId::SheetUnreadable).nested("source", source).nested("cause", preview.problem), true};
        return;
    }
    // The columns the planner chose the last time a sheet with these headers came in.
    if (std::optional<std::string> saved = host_.storage().load(remembered_mapping_key(preview.mapping.headers))) {
        const storage::MappingLoad remembered = storage::load_mapping(*saved);
        if (remembered.ok) preview = preview_sheet(bytes, plan, ImportMode::Add, &remembered.mapping);
    }
    import_.open(std::move(preview), source);
}

void Workspace::receive_workbook(std::string bytes, const Message& source) {
    workbook_ = std::move(bytes);
    workbook_source_ = source;
    host_.read_workbook(workbook_, "");
}

void Workspace::receive_workbook_sheet(storage::WorkbookSheetText read) {
    if (!read.ok) {
        state_.message = {Message(MessageId::SheetUnreadable).nested("source", workbook_source_).nested("cause", read.problem), true};
        return;
    }
    receive_sheet(read.csv, workbook_source_);
    if (import_.is_open()) import_.set_workbook(std::move(read.sheet_names), std::move(read.sheet_name), std::move(read.notes));
}

void Workspace::export_workbook() {
    // Computed afresh from the plan, as `roster export --format xlsx` computes it (the same tables).
    const Plan& plan = session_.plan();
    present::ReportRequest request;
    request.scenario = plan.scenario_position;
    request.draws = kDefaultDraws;
    request.seed = 1;
    request.made_at = static_cast<std::int64_t>(std::time(nullptr));
    workbook_written_ = present::report_file_name(plan.name);
    state_.message = {Message(MessageId::WorkbookPreparing).text("file", workbook_written_), false};
    host_.write_workbook(workbook_written_, present::report_workbook(plan, request));
}

void Workspace::act(ImportView::Answer answer) {
    using Kind = ImportView::Answer::Kind;
    if (answer.kind == Kind::ChooseSheet) {
        host_.read_workbook(workbook_, answer.sheet);
        return;
    }
    if (answer.kind != Kind::Import) return;
    const ApplyResult r = session_.document().execute(answer.command);
    if (!r.ok) {
        state_.message = {Message(MessageId::NotChanged).nested("cause", r.message), true};
        return;
    }
    host_.storage().store(remembered_mapping_key(answer.mapping.headers), storage::save_mapping(answer.mapping));
    state_.message = {Message(MessageId::SheetImported)
                          .nested("source", answer.source)
                          .nested("counts", answer.counts),
                      false};
}

void Workspace::act(ActualsImportView::Answer answer) {
    if (answer.kind != ActualsImportView::Answer::Kind::Import) return;
    const ApplyResult r = session_.document().execute(answer.command);
    if (!r.ok) {
        state_.message = {Message(MessageId::NotChanged).nested("cause", r.message), true};
        return;
    }
    state_.message = {Message(MessageId::ActualsImported).nested("source", answer.source).nested("counts", answer.counts), false};
    state_.windows.forecast = true;  // what the planner imported them for
}

void Workspace::calibrate() {
    const std::vector<Plan> plans = session_.library_plans();
    calibration_.open(calibrate_from(plans), static_cast<int>(plans.size()));
}

void Workspace::replace_with(IncomingPlan incoming) {
    std::vector<Message> parts{std::move(incoming.opened)};
    for (Message& note : incoming.notes) parts.push_back(std::move(note));
    state_.message = {std::move(parts), false};
    session_.replace(std::move(incoming));
}

void Workspace::download() {
    std::variant<PlanFileOut, TooLarge> file = session_.download();
    if (const TooLarge* refused = std::get_if<TooLarge>(&file)) return tell(*refused);
    const PlanFileOut& out = std::get<PlanFileOut>(file);
    host_.offer_download(out.name, out.text);
    state_.message = {Message(MessageId::Downloaded).text("file", out.name), false};
}

// A file Roster could not open again is never written: the planner is told why instead.
void Workspace::tell(const std::optional<TooLarge>& refused) {
    if (!refused) return;
    state_.message = {Message(MessageId::PlanTooLargeToKeep)
                          .bytes("size", static_cast<double>(refused->bytes))
                          .bytes("max", static_cast<double>(kMaxPlanFileBytes)),
                      true};
}

void Workspace::open_example(const Example& example) {
    const std::string title = tr(std::string(example.title).c_str());
    storage::LoadResult loaded = storage::load_plan(example.text);
    if (!loaded.ok) {
        // Built from assets/examples and checked by the tests; a failure here is a build fault.
        state_.message = {Message(MessageId::ExampleUnopenable).text("example", title), true};
        return;
    }
    name_in_language(loaded.plan);
    session_.open_new(std::move(loaded.plan), now_);  // an example is far below the size limit
    state_.message = {Message(MessageId::OpenedExample).text("example", title), false};
}

// The interface's words and numbers change at the next frame (the page's summary with them);
// the choice is remembered in this browser (plan files never depend on it).
void Workspace::set_language(Language language) {
    set_display_language(language);
    host_.storage().store(kLanguageKey, language == Language::French ? "fr" : "en");
    // The status line said its last message in the other language: it says this instead.
    state_.message = {Message(MessageId::LanguageChanged), false};
}

}  // namespace roster::ui
