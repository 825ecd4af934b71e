#include "forecast_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "present/axis_ticks.h"
#include "present/format.h"
#include "present/forecast_table.h"
#include "present/message_render.h"
#include "theme.h"
#include "widgets.h"

namespace roster::ui {
using namespace roster::present;

namespace {

const ImVec4 kInside(0.10f, 0.45f, 0.20f, 1.0f);
const ImVec4 kOutside(0.80f, 0.40f, 0.00f, 1.0f);

std::vector<LockedFigure> figures_shown(int figure) {
    if (figure >= 0) return {static_cast<LockedFigure>(figure)};
    std::vector<LockedFigure> all;
    for (int i = 0; i < kLockedFigureCount; ++i) all.push_back(static_cast<LockedFigure>(i));
    return all;
}

std::string amount(LockedFigure f, double v, const std::string& currency) {
    return f == LockedFigure::Revenue || f == LockedFigure::Cost ? format_money(v, currency) : format_count(v);
}

// Each creator with an actual: the locked P10-P90 as a bar, the median as a tick and the actual
// as a dot, on a scale where each creator's median is 1, so that creators of every size read
// alike. Hovering a row gives its numbers.
void range_chart(const ForecastCheck& check, LockedFigure f, const std::string& currency) {
    struct Line {
        const CheckRow* row;
        double low, high, actual;
    };
    std::vector<Line> lines;
    double top = 1.5;
    for (const CheckRow& row : check.rows) {
        if (row.group != CheckGroup::Creator && row.group != CheckGroup::Total) continue;
        const CheckCell& c = row[f];
        if (!c.has_actual || c.median <= 0.0) continue;
        lines.push_back({&row, c.p10 / c.median, c.p90 / c.median, c.actual / c.median});
        top = std::max({top, c.p90 / c.median, c.actual / c.median});
    }
    if (lines.empty()) return;
    top = std::min(top * 1.08, 20.0);  // one wild post does not squash every other row
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", render(Message(MessageId::ForecastChartCaption)).c_str());
    ImGui::PopTextWrapPos();

    const ImGuiStyle& style = ImGui::GetStyle();
    float name_w = 0.0f;
    for (const Line& l : lines) name_w = std::max(name_w, ImGui::CalcTextSize(check_row_label(*l.row).c_str()).x);
    name_w = std::min(name_w + style.ItemSpacing.x, ImGui::GetContentRegionAvail().x * 0.35f);
    const float row_h = ImGui::GetTextLineHeightWithSpacing() + 4.0f;
    const float axis_h = ImGui::GetTextLineHeightWithSpacing() + 4.0f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(200.0f, ImGui::GetContentRegionAvail().x);
    const float height = row_h * static_cast<float>(lines.size()) + axis_h;
    ImGui::InvisibleButton("forecast-chart", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float x0 = origin.x + name_w, x1 = origin.x + width - 12.0f;
    const auto x_of = [&](double v) { return x0 + static_cast<float>(std::clamp(v / top, 0.0, 1.0)) * (x1 - x0); };
    const ImU32 grid = IM_COL32(0, 0, 0, 30), ink = ImGui::GetColorU32(ImGuiCol_Text);
    const float plot_bottom = origin.y + row_h * static_cast<float>(lines.size());
    for (double t : nice_ticks(0.0, top, 6)) {
        const float x = x_of(t);
        draw->AddLine(ImVec2(x, origin.y), ImVec2(x, plot_bottom), t == 1.0 ? IM_COL32(0, 0, 0, 90) : grid);
        // Whole multiples without decimals ("×1", "×2"), the others as ratios ("×0.50").
        const std::string label = "×" + (t == std::floor(t) ? format_count(t) : format_ratio(t));
        const float w = ImGui::CalcTextSize(label.c_str()).x;
        draw->AddText(ImVec2(std::clamp(x - w / 2, x0, x1 - w), plot_bottom + 3.0f), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                      label.c_str());
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        const float y = origin.y + row_h * static_cast<float>(i);
        const float mid = y + row_h / 2;
        const std::string name = check_row_label(*l.row);
        draw->PushClipRect(ImVec2(origin.x, y), ImVec2(x0 - 4.0f, y + row_h), true);
        draw->AddText(ImVec2(origin.x, mid - ImGui::GetTextLineHeight() / 2), ink, name.c_str());
        draw->PopClipRect();
        const ImU32 color = l.row->group == CheckGroup::Total ? series_color(0) : platform_color(l.row->platform);
        draw->AddRectFilled(ImVec2(x_of(l.low), mid - 5.0f), ImVec2(x_of(l.high), mid + 5.0f), (color & 0x00FFFFFF) | 0x70000000, 3.0f);
        draw->AddLine(ImVec2(x_of(1.0), mid - 8.0f), ImVec2(x_of(1.0), mid + 8.0f), ink, 2.0f);
        const bool inside = l.row->figures[static_cast<std::size_t>(f)].inside;
        const ImVec2 dot(x_of(l.actual), mid);
        if (inside) draw->AddCircleFilled(dot, 5.5f, ImGui::GetColorU32(kInside));
        else draw->AddCircle(dot, 5.5f, ImGui::GetColorU32(kOutside), 0, 2.5f);
        if (hovered && mouse.y >= y && mouse.y < y + row_h) {
            const CheckCell& c = (*l.row)[f];
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(name.c_str());
            ImGui::Text("%s: %s", term_word(Term::ActualsColumnActual).c_str(), amount(f, c.actual, currency).c_str());
            ImGui::Text("%s: %s", term_word(Term::ActualsColumnMedian).c_str(), amount(f, c.median, currency).c_str());
            ImGui::Text("P10–P90: %s – %s", amount(f, c.p10, currency).c_str(), amount(f, c.p90, currency).c_str());
            ImGui::EndTooltip();
        }
    }
}

}  // namespace

void ForecastView::draw(ViewContext& ctx, std::pair<std::uint64_t, std::uint64_t> plan_key) {
    if (key_ != plan_key) {
        check_ = check_forecast(ctx.plan);
        key_ = plan_key;
    }
    if (!check_.locked) {
        ImGui::TextWrapped("%s", render(Message(MessageId::ForecastNotLocked)).c_str());
        return;
    }
    const LockedForecast& locked = ctx.plan.locked_forecast.front();
    ImGui::TextUnformatted(
        render(Message(MessageId::ForecastLockedOn).text("scenario", locked.scenario).text("date", locked.date)).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("(Roster %s)", locked.roster_version.c_str());

    // Which figure: one at a time reads best; "all" lists every figure of every group.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(term_word(Term::ActualsColumnFigure).c_str());
    ImGui::SameLine();
    const auto figure_label = [](int i) { return term_word(locked_figure_term(static_cast<LockedFigure>(i))); };
    const std::string all = term_word(Term::ActualsEveryFigure);
    ImGui::SetNextItemWidth(combo_width(all.c_str(), kLockedFigureCount, figure_label));
    choice_combo("##forecast-figure", figure_, all.c_str(), kLockedFigureCount, figure_label);
    ctx.mark("forecast-figure");

    const std::string& currency = ctx.plan.campaign.currency;
    const std::vector<ForecastTableRow> rows = forecast_table(check_, currency, figures_shown(figure_));
    const std::vector<std::string> headers = forecast_table_headers();
    const float chart_share = figure_ >= 0 ? 0.45f : 0.0f;
    const float table_h = std::max(6 * ImGui::GetFrameHeightWithSpacing(), ImGui::GetContentRegionAvail().y * (1.0f - chart_share));
    if (ImGui::BeginTable("forecast-table", static_cast<int>(headers.size()),
                          ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                              ImGuiTableFlags_SizingStretchProp,
                          ImVec2(0, table_h))) {
        ImGui::TableSetupScrollFreeze(1, 1);
        for (std::size_t c = 0; c < headers.size(); ++c)
            ImGui::TableSetupColumn(headers[c].c_str(), ImGuiTableColumnFlags_WidthStretch, c == 0 ? 1.5f : 1.0f);
        ImGui::TableHeadersRow();
        for (const ForecastTableRow& r : rows) {
            ImGui::TableNextRow();
            // Creators, formats, tiers, platforms and the total each in their own shade.
            if (r.group == CheckGroup::Format || r.group == CheckGroup::Platform)
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImVec4(0.90f, 0.93f, 0.97f, 1.0f)));
            else if (r.group == CheckGroup::Total)
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImVec4(0.84f, 0.88f, 0.94f, 1.0f)));
            for (std::size_t c = 0; c < r.cells.size(); ++c) {
                ImGui::TableNextColumn();
                if (c == 0 || c == 1) text_whole_on_hover(r.cells[c]);
                else if (c == 6 && r.has_actual) ImGui::TextColored(r.inside ? kInside : kOutside, "%s", r.cells[c].c_str());
                else right_aligned_text(r.cells[c]);
            }
        }
        ImGui::EndTable();
    }
    ctx.mark("forecast-table");
    ctx.copyable(present::ExportTable::Actuals);
    if (figure_ >= 0) range_chart(check_, static_cast<LockedFigure>(figure_), currency);
    ctx.mark("forecast-chart");
}

}  // namespace roster::ui
