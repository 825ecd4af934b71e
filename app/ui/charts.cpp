#include "charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "engine/message_ids.h"
#include "present/message_render.h"
#include "theme.h"

namespace roster::ui {
namespace {

constexpr ImU32 kAxis = IM_COL32(120, 124, 135, 255);
constexpr ImU32 kGrid = IM_COL32(210, 214, 224, 255);
constexpr ImU32 kText = IM_COL32(60, 64, 72, 255);

// Reserves the chart's area as one item (so hovering and layout work) and returns its corners.
bool chart_area(const char* id, float height, ImVec2& min, ImVec2& max) {
    const float width = ImGui::GetContentRegionAvail().x;
    min = ImGui::GetCursorScreenPos();
    max = ImVec2(min.x + width, min.y + height);
    ImGui::InvisibleButton(id, ImVec2(std::max(width, 1.0f), height));
    return ImGui::IsItemHovered();
}

ImU32 with_alpha(ImU32 color, int alpha) { return (color & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT); }

}  // namespace

void split_bar(const char* id, const std::vector<present::Slice>& slices, ImU32 (*color)(int),
               const std::function<std::string(double)>& value_text) {
    double total = 0;
    for (const auto& s : slices) total += s.value;
    ImVec2 min, max;
    const bool hovered = chart_area(id, ImGui::GetFrameHeight(), min, max);
    if (total <= 0) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = min.x;
    const float mouse = ImGui::GetIO().MousePos.x;
    for (const auto& s : slices) {
        const float w = static_cast<float>(s.value / total) * (max.x - min.x);
        dl->AddRectFilled(ImVec2(x, min.y), ImVec2(x + w, max.y), color(s.index));
        if (w > ImGui::CalcTextSize(s.label.c_str()).x + 8)
            dl->AddText(ImVec2(x + 4, min.y + (max.y - min.y - ImGui::GetTextLineHeight()) / 2), IM_COL32_WHITE, s.label.c_str());
        if (hovered && mouse >= x && mouse < x + w)
            ImGui::SetTooltip("%s: %s (%.1f%% of the cost)", s.label.c_str(), value_text(s.value).c_str(), 100.0 * s.value / total);
        x += w;
    }
}

void line_chart(const char* id, const std::vector<Series>& series, double x_min, double x_max,
                const std::function<std::string(double)>& y_text, const std::function<std::string(double)>& x_text) {
    double y_max = 0;
    for (const auto& s : series)
        for (const auto& p : s.points) y_max = std::max(y_max, p.y);
    ImVec2 min, max;
    const bool hovered = chart_area(id, ImGui::GetFontSize() * 11, min, max);
    if (y_max <= 0 || !(x_max > x_min)) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float left = min.x + ImGui::CalcTextSize("000.0M").x + 6, bottom = max.y - ImGui::GetTextLineHeight() - 4;
    const auto px = [&](double x) { return left + static_cast<float>((x - x_min) / (x_max - x_min)) * (max.x - left - 4); };
    const auto py = [&](double y) { return bottom - static_cast<float>(y / y_max) * (bottom - min.y - 4); };
    for (int g = 0; g <= 4; ++g) {
        const double y = y_max * g / 4;
        dl->AddLine(ImVec2(left, py(y)), ImVec2(max.x, py(y)), kGrid);
        const std::string t = y_text(y);
        dl->AddText(ImVec2(left - ImGui::CalcTextSize(t.c_str()).x - 4, py(y) - ImGui::GetTextLineHeight() / 2), kText, t.c_str());
    }
    dl->AddLine(ImVec2(left, bottom), ImVec2(max.x, bottom), kAxis);
    const std::string low_text = x_text(x_min), high_text = x_text(x_max);
    dl->AddText(ImVec2(left, bottom + 2), kText, low_text.c_str());
    dl->AddText(ImVec2(max.x - ImGui::CalcTextSize(high_text.c_str()).x, bottom + 2), kText, high_text.c_str());
    for (const auto& s : series) {
        for (std::size_t i = 1; i < s.points.size(); ++i)
            dl->AddLine(ImVec2(px(s.points[i - 1].x), py(s.points[i - 1].y)), ImVec2(px(s.points[i].x), py(s.points[i].y)),
                        s.color, s.dashed ? 1.5f : 2.5f);
        if (s.markers)
            for (const ChartPoint& p : s.points) dl->AddCircleFilled(ImVec2(px(p.x), py(p.y)), ImGui::GetFontSize() * 0.3f, s.color);
    }
    if (!hovered) return;
    const float mx = ImGui::GetIO().MousePos.x;
    const double x = x_min + std::clamp((mx - left) / (max.x - left - 4), 0.0f, 1.0f) * (x_max - x_min);
    dl->AddLine(ImVec2(px(x), min.y), ImVec2(px(x), bottom), kAxis);
    std::string tip;
    for (const auto& s : series) {
        // The point nearest the mouse on each series.
        const auto nearest = std::min_element(s.points.begin(), s.points.end(), [&](const ChartPoint& a, const ChartPoint& b) {
            return std::fabs(a.x - x) < std::fabs(b.x - x);
        });
        if (nearest == s.points.end()) continue;
        tip += present::render(Message(MessageId::ChartPointTooltip)
                                   .text("series", s.name)
                                   .text("x", x_text(nearest->x))
                                   .text("y", y_text(nearest->y))) +
               "\n";
    }
    if (!tip.empty()) tip.pop_back();
    ImGui::SetTooltip("%s", tip.c_str());
}

void legend(const std::vector<Series>& series) {
    for (std::size_t i = 0; i < series.size(); ++i) {
        const float h = ImGui::GetTextLineHeight();
        // A key that no longer fits on the line starts the next one, whole.
        if (i > 0) {
            const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
            ImGui::SameLine(0, ImGui::GetFontSize());
            if (ImGui::GetCursorScreenPos().x + h + 4 + ImGui::CalcTextSize(series[i].name.c_str()).x > right)
                ImGui::NewLine();
        }
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y + h / 2), ImVec2(p.x + h, p.y + h / 2), series[i].color, 2.5f);
        ImGui::Dummy(ImVec2(h, h));
        ImGui::SameLine(0, 4);
        ImGui::TextUnformatted(series[i].name.c_str());
    }
}

void bar_chart(const char* id, const std::vector<double>& values, const std::vector<std::string>& labels, ImU32 color,
               const std::function<std::string(std::size_t)>& tooltip) {
    double top = 0;
    for (double v : values) top = std::max(top, v);
    ImVec2 min, max;
    const bool hovered = chart_area(id, ImGui::GetFontSize() * 9, min, max);
    if (values.empty() || top <= 0) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float bottom = max.y - ImGui::GetTextLineHeight() - 4;
    const float slot = (max.x - min.x) / static_cast<float>(values.size());
    const float mx = ImGui::GetIO().MousePos.x;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const float x0 = min.x + slot * i + slot * 0.12f, x1 = min.x + slot * (i + 1) - slot * 0.12f;
        const float y = bottom - static_cast<float>(values[i] / top) * (bottom - min.y - 2);
        const bool here = hovered && mx >= min.x + slot * i && mx < min.x + slot * (i + 1);
        dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, bottom), here ? with_alpha(color, 255) : with_alpha(color, 200));
        if (i < labels.size()) {
            const ImVec2 size = ImGui::CalcTextSize(labels[i].c_str());
            if (size.x < slot) dl->AddText(ImVec2((x0 + x1 - size.x) / 2, bottom + 2), kText, labels[i].c_str());
        }
        if (here) ImGui::SetTooltip("%s", tooltip(i).c_str());
    }
    dl->AddLine(ImVec2(min.x, bottom), ImVec2(max.x, bottom), kAxis);
}

void grouped_bar_chart(const char* id, const std::vector<std::string>& groups, const std::vector<BarSeries>& series,
                       const std::function<std::string(std::size_t, std::size_t)>& tooltip) {
    double top = 0;
    for (const auto& s : series)
        for (double v : s.values) top = std::max(top, v);
    ImVec2 min, max;
    const bool hovered = chart_area(id, ImGui::GetFontSize() * 9, min, max);
    if (groups.empty() || series.empty() || top <= 0) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float bottom = max.y - ImGui::GetTextLineHeight() - 4;
    const float slot = (max.x - min.x) / static_cast<float>(groups.size());
    const float bar = slot * 0.8f / static_cast<float>(series.size());
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const float x = min.x + slot * g + slot * 0.1f;
        for (std::size_t s = 0; s < series.size(); ++s) {
            const double v = g < series[s].values.size() ? series[s].values[g] : 0.0;
            const float x0 = x + bar * s, x1 = x0 + bar - 1;
            const float y = bottom - static_cast<float>(v / top) * (bottom - min.y - 2);
            const bool here = hovered && mouse.x >= x0 && mouse.x < x1 + 1;
            dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, bottom), with_alpha(series[s].color, here ? 255 : 210));
            if (here) ImGui::SetTooltip("%s", tooltip(g, s).c_str());
        }
        const ImVec2 size = ImGui::CalcTextSize(groups[g].c_str());
        if (size.x < slot) dl->AddText(ImVec2(min.x + slot * g + (slot - size.x) / 2, bottom + 2), kText, groups[g].c_str());
    }
    dl->AddLine(ImVec2(min.x, bottom), ImVec2(max.x, bottom), kAxis);
}

void histogram_chart(const char* id, const present::Histogram& h, const std::vector<Marker>& markers,
                     const std::function<std::string(double)>& x_text, ImU32 color) {
    ImVec2 min, max;
    const bool hovered = chart_area(id, ImGui::GetFontSize() * 9, min, max);
    if (h.counts.empty()) return;
    int top = *std::max_element(h.counts.begin(), h.counts.end());
    if (top <= 0) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float bottom = max.y - ImGui::GetTextLineHeight() - 4;
    const auto px = [&](double x) { return min.x + static_cast<float>((x - h.low) / (h.high - h.low)) * (max.x - min.x); };
    const float slot = (max.x - min.x) / static_cast<float>(h.counts.size());
    const float mx = ImGui::GetIO().MousePos.x;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        const float x0 = min.x + slot * i, x1 = x0 + slot - 1;
        const float y = bottom - static_cast<float>(h.counts[i]) / top * (bottom - min.y - ImGui::GetTextLineHeight());
        const bool here = hovered && mx >= x0 && mx < x0 + slot;
        dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, bottom), here ? with_alpha(color, 255) : with_alpha(color, 170));
        if (here) {
            const double lo = h.low + h.bin_width() * i, hi = lo + h.bin_width();
            ImGui::SetTooltip("%s to %s: %d of %d draws (%.1f%%)", x_text(lo).c_str(), x_text(hi).c_str(), h.counts[i],
                              h.total, 100.0 * h.counts[i] / std::max(1, h.total));
        }
    }
    dl->AddLine(ImVec2(min.x, bottom), ImVec2(max.x, bottom), kAxis);
    for (const Marker& m : markers) {
        if (m.x < h.low || m.x > h.high) continue;
        const float x = px(m.x);
        dl->AddLine(ImVec2(x, min.y), ImVec2(x, bottom), m.color, 1.5f);
        const std::string t = m.label;
        dl->AddText(ImVec2(std::min(x + 3, max.x - ImGui::CalcTextSize(t.c_str()).x), min.y), m.color, t.c_str());
    }
    const std::string lo = x_text(h.low), hi = x_text(h.high);
    dl->AddText(ImVec2(min.x, bottom + 2), kText, lo.c_str());
    dl->AddText(ImVec2(max.x - ImGui::CalcTextSize(hi.c_str()).x, bottom + 2), kText, hi.c_str());
}

void heatmap(const char* id, std::size_t n, const std::function<double(std::size_t, std::size_t)>& value,
             const std::function<std::string(std::size_t, std::size_t)>& tooltip,
             const std::function<std::string(std::size_t)>& name) {
    ImVec2 min, max;
    const float label_w = ImGui::GetFontSize() * 7;
    const float side = std::min(ImGui::GetContentRegionAvail().x - label_w, ImGui::GetFontSize() * 22);
    const float cell = n > 0 ? std::max(3.0f, side / static_cast<float>(n)) : 0.0f;
    const bool hovered = chart_area(id, cell * n + 2, min, max);
    if (n == 0) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float left = min.x + label_w;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool names = cell >= ImGui::GetTextLineHeight();
    for (std::size_t i = 0; i < n; ++i) {
        if (names) {
            std::string label = name(i);
            while (!label.empty() && ImGui::CalcTextSize(label.c_str()).x > label_w - 6) label.pop_back();
            dl->AddText(ImVec2(min.x, min.y + cell * i + (cell - ImGui::GetTextLineHeight()) / 2), kText, label.c_str());
        }
        for (std::size_t j = 0; j < n; ++j) {
            const ImVec2 a(left + cell * j, min.y + cell * i), b(a.x + cell - 1, a.y + cell - 1);
            const double v = i == j ? 1.0 : std::clamp(value(i, j), 0.0, 1.0);
            // White to the accent blue: darker is a larger share of the row's audience.
            const int shade = static_cast<int>(255 - v * 200);
            dl->AddRectFilled(a, b, i == j ? IM_COL32(200, 200, 200, 255) : IM_COL32(shade, shade + static_cast<int>(v * 40), 255, 255));
            if (hovered && mouse.x >= a.x && mouse.x < a.x + cell && mouse.y >= a.y && mouse.y < a.y + cell && i != j)
                ImGui::SetTooltip("%s", tooltip(i, j).c_str());
        }
    }
}

void tornado(const char* id, const std::vector<TornadoBar>& bars, double base, const std::function<std::string(double)>& value_text) {
    if (bars.empty()) return;
    double lo = base, hi = base;
    for (const auto& b : bars) {
        lo = std::min({lo, b.at_low, b.at_high});
        hi = std::max({hi, b.at_low, b.at_high});
    }
    if (hi <= lo) hi = lo + 1;
    const float row = ImGui::GetTextLineHeightWithSpacing();
    ImVec2 min, max;
    const bool hovered = chart_area(id, row * bars.size() + 4, min, max);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float label_w = std::min(ImGui::GetFontSize() * 14, (max.x - min.x) * 0.45f);
    const float left = min.x + label_w;
    const auto px = [&](double v) { return left + static_cast<float>((v - lo) / (hi - lo)) * (max.x - left - 2); };
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const TornadoBar& b = bars[i];
        const float y0 = min.y + row * i + 2, y1 = y0 + row - 4;
        std::string label = b.label;
        while (!label.empty() && ImGui::CalcTextSize(label.c_str()).x > label_w - 6) label.pop_back();
        dl->AddText(ImVec2(min.x, y0), kText, label.c_str());
        // The assumption at its low end in orange, at its high end in blue.
        dl->AddRectFilled(ImVec2(std::min(px(base), px(b.at_low)), y0), ImVec2(std::max(px(base), px(b.at_low)), y1), series_color(1));
        dl->AddRectFilled(ImVec2(std::min(px(base), px(b.at_high)), y0), ImVec2(std::max(px(base), px(b.at_high)), y1), series_color(0));
        if (hovered && mouse.y >= y0 && mouse.y < y1 + 4)
            ImGui::SetTooltip("%s\nat %s: %s\nat %s: %s\n(as planned: %s)", b.label.c_str(), b.low_value.c_str(),
                              value_text(b.at_low).c_str(), b.high_value.c_str(), value_text(b.at_high).c_str(),
                              value_text(base).c_str());
    }
    dl->AddLine(ImVec2(px(base), min.y), ImVec2(px(base), max.y), kAxis, 1.5f);
}

}  // namespace roster::ui
