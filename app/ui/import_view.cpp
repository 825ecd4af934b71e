#include "import_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "engine/vocabulary.h"
#include "present/format.h"
#include "present/message_catalogue.h"
#include "present/message_render.h"
#include "present/translation.h"
#include "widgets.h"

namespace roster::ui {
using namespace roster::present;

namespace {

// A column's target as the choice list shows it: the field, and the platform it is named after.
std::string target_text(const storage::ColumnTarget& t) {
    std::string text = term_word(storage::target_term(t.field));
    if (t.platform) text += " · " + std::string(tr(std::string(platform_label(*t.platform)).c_str()));
    return text;
}

const char* outcome_text(RowOutcome outcome) {
    switch (outcome) {
        case RowOutcome::Add: return tr("add");
        case RowOutcome::Update: return tr("update");
        case RowOutcome::Refused: return tr("refused");
        case RowOutcome::Total: return tr("total, skipped");
    }
    return "";
}

}  // namespace

void ImportView::open(SheetPreview preview, Message source) {
    preview_ = std::move(preview);
    source_ = std::move(source);
    mode_ = ImportMode::Add;
    focus_ = true;
    sheets_.clear();
    sheet_.clear();
    workbook_notes_.clear();
}

void ImportView::set_workbook(std::vector<std::string> sheet_names, std::string sheet, std::vector<Message> notes) {
    sheets_ = std::move(sheet_names);
    sheet_ = std::move(sheet);
    workbook_notes_ = std::move(notes);
}

void ImportView::remap(const Plan& plan) {
    preview_->import = import_sheet(preview_->sheet, preview_->mapping, plan, mode_);
}

ImportView::Answer ImportView::draw(ViewContext& ctx) {
    Answer answer;
    if (!preview_) return answer;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(980.0f, vp->WorkSize.x - 40), std::min(640.0f, vp->WorkSize.y - 40)),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (focus_) ImGui::SetNextWindowFocus();
    focus_ = false;
    bool open = true;
    if (!ImGui::Begin(titled(tr("Import creators"), "import").c_str(), &open)) {
        ImGui::End();
        if (!open) answer.kind = Answer::Kind::Cancel;
        return answer;
    }
    SheetPreview& p = *preview_;
    // A workbook's sheet comes as CSV text from the reader (storage/workbook_exchange.h), whose
    // encoding and separator say nothing to the planner: its summary names the sheet instead.
    const Message summary =
        sheets_.empty() ? read_summary(p.sheet)
                        : Message(MessageId::WorkbookReadSummary)
                              .count("rows", static_cast<double>(p.sheet.rows() > 0 ? p.sheet.rows() - 1 : 0))
                              .count("columns", static_cast<double>(p.sheet.width()))
                              .text("sheet", sheet_)
                              .count("sheets", static_cast<double>(sheets_.size()));
    ImGui::TextWrapped("%s", render(Message(MessageId::SheetPreviewFrom).nested("source", source_).nested("summary", summary))
                                 .c_str());
    // A workbook's other sheets to choose from, and how it was read (title rows skipped, headers
    // joined). The sheet names are the workbook's own words.
    if (!sheets_.empty()) {
        if (sheets_.size() > 1) {
            ImGui::SetNextItemWidth(std::min(360.0f, ImGui::GetContentRegionAvail().x));
            if (ImGui::BeginCombo(term_word(Term::WorkbookSheetChoice).c_str(), sheet_.c_str())) {
                for (std::size_t i = 0; i < sheets_.size(); ++i) {
                    if (ImGui::Selectable(sheets_[i].c_str(), sheets_[i] == sheet_) && sheets_[i] != sheet_) {
                        answer.kind = Answer::Kind::ChooseSheet;
                        answer.sheet = sheets_[i];
                        answer.source = source_;
                    }
                    ctx.mark("import-sheet-" + std::to_string(i));
                }
                ImGui::EndCombo();
            }
            ctx.mark("import-sheet");
        }
        for (const Message& note : workbook_notes_) ImGui::TextDisabled("%s", render(note).c_str());
    }

    // Add or update: recomputed at once, nothing applied yet.
    int mode = mode_ == ImportMode::Add ? 0 : 1;
    bool changed = ImGui::RadioButton(tr("Add every row as a new creator"), &mode, 0);
    ctx.mark("import-mode-add");
    ImGui::SameLine();
    changed |= ImGui::RadioButton(tr("Update creators already in the plan (same platform and handle, else name)"), &mode, 1);
    ctx.mark("import-mode-update");
    if (changed) {
        mode_ = mode == 0 ? ImportMode::Add : ImportMode::Update;
        remap(ctx.plan);
    }

    // Each column and what Roster reads it as.
    ImGui::Spacing();
    ImGui::TextUnformatted(tr("Columns: what Roster reads each one as (change any)"));
    const std::vector<storage::ColumnTarget> targets = storage::all_targets();
    const float row_h = ImGui::GetFrameHeightWithSpacing();
    const float columns_h = std::min(8.5f, static_cast<float>(p.mapping.headers.size()) + 1.5f) * row_h;
    if (ImGui::BeginTable("import-columns", 2,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                              ImGuiTableFlags_SizingStretchProp,
                          ImVec2(0, columns_h))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr("Column in the file"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr("Read as"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableHeadersRow();
        for (std::size_t c = 0; c < p.mapping.headers.size(); ++c) {
            ImGui::PushID(static_cast<int>(c));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(p.mapping.headers[c].c_str());  // the file's own words
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (ImGui::BeginCombo("##target", target_text(p.mapping.targets[c]).c_str(), ImGuiComboFlags_HeightLargest)) {
                for (const storage::ColumnTarget& t : targets) {
                    if (ImGui::Selectable(target_text(t).c_str(), t == p.mapping.targets[c])) {
                        p.mapping.targets[c] = t;
                        remap(ctx.plan);
                    }
                    ctx.mark("import-target-" + storage::target_key(t));
                }
                ImGui::EndCombo();
            }
            ctx.mark("import-column-" + std::to_string(c));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }

    // The first rows as Roster reads them.
    const SheetImport& result = p.import;
    ImGui::Spacing();
    ImGui::TextUnformatted(render(result.counts()).c_str());
    ctx.mark("import-counts");
    if (result.problem) ImGui::TextColored(ImVec4(0.75f, 0.10f, 0.10f, 1.0f), "%s", render(*result.problem).c_str());
    const std::string cur = ctx.plan.campaign.currency;
    const float refused_h = result.refused.empty() ? 0.0f : std::min(6.0f, result.refused.size() + 1.5f) * ImGui::GetTextLineHeightWithSpacing();
    const float rows_h = std::max(4 * row_h, ImGui::GetContentRegionAvail().y - refused_h - 2 * row_h);
    if (ImGui::BeginTable("import-rows", 7,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                              ImGuiTableFlags_SizingStretchProp,
                          ImVec2(0, rows_h))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr("Row"), ImGuiTableColumnFlags_WidthStretch, 0.4f);
        ImGui::TableSetupColumn(tr("Becomes"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
        ImGui::TableSetupColumn(tr("Creator"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn(tr("Platform"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
        ImGui::TableSetupColumn(tr("Followers"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
        ImGui::TableSetupColumn(tr("Fee per post"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
        ImGui::TableSetupColumn(tr("Posts"), ImGuiTableColumnFlags_WidthStretch, 0.5f);
        ImGui::TableHeadersRow();
        for (const ImportRow& r : result.shown) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%zu", r.row);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(outcome_text(r.outcome));
            if (r.outcome == RowOutcome::Refused || r.outcome == RowOutcome::Total) continue;
            const Creator& c = r.creator;
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(c.name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(std::string(platform_label(c.platform)).c_str());
            ImGui::TableNextColumn();
            right_aligned_text(format_count(static_cast<double>(c.followers)));
            ImGui::TableNextColumn();
            if (!c.deliverables.empty())
                right_aligned_text(format_money(units_from_cents(c.deliverables.front().unit_fee_cents), cur));
            ImGui::TableNextColumn();
            right_aligned_text(std::to_string(total_posts(c)));
        }
        ImGui::EndTable();
    }
    // Every refused row, with its reason in the planner's words.
    if (!result.refused.empty()) {
        ImGui::BeginChild("import-refused", ImVec2(0, refused_h), false);
        for (const SheetIssue& issue : result.refused)
            ImGui::TextColored(ImVec4(0.75f, 0.10f, 0.10f, 1.0f), "%s", render(issue.message()).c_str());
        for (const SheetIssue& issue : result.notes) ImGui::TextDisabled("%s", render(issue.message()).c_str());
        ImGui::EndChild();
    }

    const bool can_import = !result.nothing_to_import();
    if (!can_import) ImGui::BeginDisabled();
    if (ImGui::Button(tr("Import"))) {
        answer.kind = Answer::Kind::Import;
        answer.command = result.command();
        answer.mapping = p.mapping;
        answer.counts = result.counts();
        answer.source = source_;
    }
    if (!can_import) ImGui::EndDisabled();
    ctx.mark("import-confirm");
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) answer.kind = Answer::Kind::Cancel;
    ctx.mark("import-cancel");
    ImGui::End();
    if (!open) answer.kind = Answer::Kind::Cancel;
    if (answer.kind != Answer::Kind::None) preview_.reset();
    return answer;
}

}  // namespace roster::ui
