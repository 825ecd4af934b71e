#include "actuals_import_view.h"

#include <imgui.h>

#include <algorithm>
#include <array>

#include "present/format.h"
#include "present/message_render.h"
#include "widgets.h"

namespace roster::ui {
using namespace roster::present;

namespace {

const ImVec4 kRefused(0.75f, 0.10f, 0.10f, 1.0f);

// The figures the preview shows for each matched post: what every export gives, and what the
// forecast is compared on.
constexpr std::array<ActualFigure, 7> kShown = {ActualFigure::Views,    ActualFigure::Reach,  ActualFigure::Impressions,
                                                ActualFigure::Likes,    ActualFigure::Comments, ActualFigure::Shares,
                                                ActualFigure::Saves};

// A column header from a figure's word ("views" -> "Views"): the catalogue's words are written
// for the middle of a sentence.
std::string heading(Term term) {
    std::string word = term_word(term);
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return word;
}

// A figure as the export gave it, an estimate marked so.
std::string figure_text(const ActualValue& v) {
    if (!v.known) return "";
    std::string text = format_count(static_cast<double>(v.value));
    if (v.source == Provenance::Estimate) text += " " + term_word(Term::ActualsEstimateMark);
    return text;
}

}  // namespace

void ActualsImportView::open(ActualsPreview preview, Message source) {
    preview_ = std::move(preview);
    source_ = std::move(source);
    focus_ = true;
}

ActualsImportView::Answer ActualsImportView::draw(ViewContext& ctx) {
    Answer answer;
    if (!preview_) return answer;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(1040.0f, vp->WorkSize.x - 40), std::min(600.0f, vp->WorkSize.y - 40)),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (focus_) ImGui::SetNextWindowFocus();
    focus_ = false;
    bool open = true;
    if (!ImGui::Begin(titled(term_word(Term::ActualsImportTitle).c_str(), "actuals-import").c_str(), &open)) {
        ImGui::End();
        if (!open) answer.kind = Answer::Kind::Cancel;
        if (answer.kind != Answer::Kind::None) preview_.reset();
        return answer;
    }
    const ActualsPreview& p = *preview_;
    ImGui::TextWrapped("%s",
                       render(Message(MessageId::ActualsPreviewFrom).nested("source", source_).nested("summary", p.summary()))
                           .c_str());
    ImGui::TextUnformatted(render(p.counts()).c_str());
    ctx.mark("actuals-import-counts");

    // Every matched row: its number in the file, to whom and which post, with the figures it brings.
    const std::string matched_text = term_word(Term::ActualsColumnMatched);
    const float row_h = ImGui::GetFrameHeightWithSpacing();
    std::size_t left_out = 0;
    for (const ActualsRow& r : p.rows) left_out += r.outcome != ActualsRowOutcome::Matched;
    const float notes_h = (left_out + p.notes.size()) == 0
                              ? 0.0f
                              : std::min(7.0f, static_cast<float>(left_out + p.notes.size()) + 1.5f) *
                                    ImGui::GetTextLineHeightWithSpacing();
    const float rows_h = std::max(4 * row_h, ImGui::GetContentRegionAvail().y - notes_h - 2 * row_h);
    const int columns = 2 + static_cast<int>(kShown.size());
    if (ImGui::BeginTable("actuals-rows", columns,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                              ImGuiTableFlags_SizingStretchProp,
                          ImVec2(0, rows_h))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(matched_text.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn(term_word(Term::ActualsColumnDate).c_str(), ImGuiTableColumnFlags_WidthStretch, 0.7f);
        for (ActualFigure f : kShown)
            ImGui::TableSetupColumn(heading(actual_figure_term(f)).c_str(), ImGuiTableColumnFlags_WidthStretch,
                                    f == ActualFigure::Reach ? 0.9f : 0.6f);
        ImGui::TableHeadersRow();
        for (const ActualsRow& r : p.rows) {
            if (r.outcome != ActualsRowOutcome::Matched) continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text_whole_on_hover(render(r.message));  // "Row 4: “Léa Lou”, Reel 2."
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(r.actual.date.c_str());
            for (ActualFigure f : kShown) {
                ImGui::TableNextColumn();
                right_aligned_text(figure_text(r.actual[f]));
            }
        }
        ImGui::EndTable();
    }
    ctx.mark("actuals-import-rows");
    // The rows left out, each with its reason in the planner's words, and the notes.
    if (notes_h > 0.0f) {
        ImGui::BeginChild("actuals-left-out", ImVec2(0, notes_h), false);
        if (left_out > 0) ImGui::TextUnformatted(term_word(Term::ActualsNotImported).c_str());
        for (const ActualsRow& r : p.rows)
            if (r.outcome != ActualsRowOutcome::Matched) ImGui::TextColored(kRefused, "%s", render(r.message).c_str());
        for (const Message& note : p.notes) ImGui::TextDisabled("%s", render(note).c_str());
        ImGui::EndChild();
    }

    const bool can_import = !p.nothing_to_import();
    if (!can_import) {
        ImGui::TextColored(kRefused, "%s", render(Message(MessageId::ActualsNothingMatched)).c_str());
        ImGui::BeginDisabled();
    }
    if (ImGui::Button(term_word(Term::ActualsImportButton).c_str())) {
        answer.kind = Answer::Kind::Import;
        answer.command = p.command();
        answer.counts = p.counts();
        answer.source = source_;
    }
    if (!can_import) ImGui::EndDisabled();
    ctx.mark("actuals-import-confirm");
    ImGui::SameLine();
    if (ImGui::Button(term_word(Term::ActualsCancel).c_str())) answer.kind = Answer::Kind::Cancel;
    ctx.mark("actuals-import-cancel");
    ImGui::End();
    if (!open) answer.kind = Answer::Kind::Cancel;
    if (answer.kind != Answer::Kind::None) preview_.reset();
    return answer;
}

}  // namespace roster::ui
