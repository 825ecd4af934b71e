#include "calibration_view.h"

#include <imgui.h>

#include <algorithm>

#include "engine/assumptions.h"
#include "engine/currency.h"
#include "forecast_lock_view.h"
#include "present/format.h"
#include "present/forecast_table.h"
#include "present/message_render.h"
#include "present/translation.h"
#include "widgets.h"

namespace roster::ui {
using namespace roster::present;

namespace {

// "Views per follower · Instagram · micro: 0.031 in place of 0.040", in the plan's units.
Message replaced_message(const CalibratedValue& v, const std::string& currency) {
    const auto index = assumption_index(v.key);
    if (!index) return Message(MessageId::CalibrationReplaced).text("assumption", v.key).text("before", "").text("after", "");
    const AssumptionSpec spec = spec_in_currency(assumption_catalogue()[*index], currency);
    return Message(MessageId::CalibrationReplaced)
        .text("assumption", assumption_label(spec))
        .text("before", format_value(value_from_micros(v.replaced_micros), spec.unit, currency))
        .text("after", format_value(value_from_micros(v.value_micros), spec.unit, currency));
}

void replaced_list(const Calibration& layer, const std::string& currency) {
    for (const CalibratedValue& v : layer.values) ImGui::BulletText("%s", render(replaced_message(v, currency)).c_str());
}

}  // namespace

void CalibrationView::open(CalibrationResult result, int looked_at) {
    result_ = std::move(result);
    looked_at_ = looked_at;
    focus_ = true;
}

void CalibrationView::draw(ViewContext& ctx) {
    if (!result_) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(920.0f, vp->WorkSize.x - 40), std::min(620.0f, vp->WorkSize.y - 40)),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (focus_) ImGui::SetNextWindowFocus();
    focus_ = false;
    bool open = true;
    if (ImGui::Begin(titled(term_word(Term::ActualsCalibrateTitle).c_str(), "calibration").c_str(), &open)) {
        const CalibrationResult& r = *result_;
        ImGui::TextWrapped("%s", render(Message(MessageId::CalibrationGathered)
                                            .count("plans", looked_at_)
                                            .count("campaigns", r.campaigns)
                                            .count("posts", r.posts))
                                     .c_str());
        ctx.mark("calibration-summary");
        for (const std::string& name : r.skipped)
            ImGui::TextDisabled("%s", render(Message(MessageId::CalibrationPlanSkipped).text("plan", name)).c_str());
        if (r.campaigns == 0) {
            ImGui::TextColored(ImVec4(0.75f, 0.10f, 0.10f, 1.0f), "%s", render(Message(MessageId::CalibrationNoCampaigns)).c_str());
        } else {
            // Each multiplier with its interval and the posts behind it (present/forecast_table.h).
            const std::vector<std::string> headers = calibration_table_headers();
            const std::vector<std::vector<std::string>> rows = calibration_table(r);
            const Calibration layer = calibration_layer(r, ctx.plan, today_iso());
            const float list_h = std::min(6.0f, static_cast<float>(layer.values.size()) + 1.5f) * ImGui::GetTextLineHeightWithSpacing();
            const float table_h = std::max(5 * ImGui::GetFrameHeightWithSpacing(),
                                           ImGui::GetContentRegionAvail().y - list_h - 3 * ImGui::GetFrameHeightWithSpacing());
            if (ImGui::BeginTable("calibration-table", static_cast<int>(headers.size()),
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                      ImGuiTableFlags_SizingStretchProp,
                                  ImVec2(0, table_h))) {
                ImGui::TableSetupScrollFreeze(0, 1);
                for (std::size_t c = 0; c < headers.size(); ++c)
                    ImGui::TableSetupColumn(headers[c].c_str(), ImGuiTableColumnFlags_WidthStretch,
                                            c == 0 ? 1.2f : c == 1 ? 2.6f : c == 3 ? 0.9f : 0.6f);
                ImGui::TableHeadersRow();
                for (const std::vector<std::string>& row : rows) {
                    ImGui::TableNextRow();
                    for (std::size_t c = 0; c < row.size(); ++c) {
                        ImGui::TableNextColumn();
                        if (c < 2) text_whole_on_hover(row[c]);
                        else right_aligned_text(row[c]);
                    }
                }
                ImGui::EndTable();
            }
            ctx.mark("calibration-table");
            // What applying it to the open scenario would change.
            ImGui::TextUnformatted(render(Message(MessageId::CalibratedFromCampaigns).count("n", layer.campaigns).count("posts", layer.posts)).c_str());
            ImGui::BeginChild("calibration-replaces", ImVec2(0, list_h), false);
            replaced_list(layer, ctx.plan.campaign.currency);
            ImGui::EndChild();
            if (layer.values.empty()) ImGui::BeginDisabled();
            if (ImGui::Button(term_word(Term::ActualsApplyCalibration).c_str())) {
                ctx.commands.push_back(ApplyCalibration{layer});
                open = false;
            }
            if (layer.values.empty()) ImGui::EndDisabled();
            ctx.mark("calibration-apply");
            ImGui::SameLine();
        }
        if (ImGui::Button(term_word(Term::ActualsCancel).c_str())) open = false;
        ctx.mark("calibration-cancel");
    }
    ImGui::End();
    if (!open) result_.reset();
}

void draw_calibration_note(ViewContext& ctx) {
    if (ctx.plan.calibration.empty()) return;
    const Calibration& layer = ctx.plan.calibration.front();
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.10f, 0.25f, 0.45f, 1.0f));
    const std::string title =
        render(Message(MessageId::CalibratedFromCampaigns).count("n", layer.campaigns).count("posts", layer.posts));
    const bool open = ImGui::TreeNode("calibration-note", "%s", title.c_str());
    ImGui::PopStyleColor();
    ctx.mark("assumptions-calibrated");
    ImGui::SameLine();
    if (ImGui::SmallButton(term_word(Term::ActualsRemoveCalibration).c_str())) ctx.commands.push_back(RemoveCalibration{});
    ctx.mark("calibration-remove");
    if (open) {
        replaced_list(layer, ctx.plan.campaign.currency);
        ImGui::TreePop();
    }
}

}  // namespace roster::ui
