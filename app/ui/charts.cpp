#include "charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "engine/message_ids.h"
#include "present/axis_ticks.h"
#include "present/format.h"
#include "present/message_render.h"
#include "widgets.h"
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

using Text = std::function<std::string(double)>;

// The widest label a vertical axis over [low, high] writes: the room to leave on its left.
float y_axis_width(double low, double high, const Text& text) {
    float widest = 0.0f;
    for (double t : present::nice_ticks(low, high, 4)) widest = std::max(widest, ImGui::CalcTextSize(text(t).c_str()).x);
    return widest + 6.0f;
}

// Grid lines and values at round numbers of [low, high] up the left of a plot whose value axis
// runs from `bottom` (low) to `top` (high), the labels right-aligned before `left`.
void y_axis(ImDrawList* dl, float left, float right, float top, float bottom, double low, double high, const Text& text) {
    if (!(high > low)) return;
    const float line = ImGui::GetTextLineHeight();
    for (double t : present::nice_ticks(low, high, 4)) {
        const float y = bottom - static_cast<float>((t - low) / (high - low)) * (bottom - top);
        dl->AddLine(ImVec2(left, y), ImVec2(right, y), kGrid);
        const std::string label = text(t);
        const float w = ImGui::CalcTextSize(label.c_str()).x;
        dl->AddText(ImVec2(left - w - 4, std::clamp(y - line / 2, top - line / 2, bottom - line / 2)), kText, label.c_str());
    }
}

// Ticks and values at round numbers of [low, high] under a plot running from `left` to `right`,
// on the line `bottom`: a value whose text would run into the last one drawn is skipped.
// `whole` keeps only whole numbers (counts of creators).
void x_axis(ImDrawList* dl, float left, float right, float bottom, double low, double high, const Text& text, bool whole) {
    if (!(high > low)) return;
    float drawn_to = -1e9f;
    for (double t : present::nice_ticks(low, high, 5)) {
        if (whole && t != std::floor(t)) continue;
        const float x = left + static_cast<float>((t - low) / (high - low)) * (right - left);
        dl->AddLine(ImVec2(x, bottom), ImVec2(x, bottom + 3), kAxis);
        const std::string label = text(t);
        const float w = ImGui::CalcTextSize(label.c_str()).x;
        const float at = std::clamp(x - w / 2, left - 2, right - w);
        if (at < drawn_to + 8) continue;
        dl->AddText(ImVec2(at, bottom + 3), kText, label.c_str());
        drawn_to = at + w;
    }
}

// `text` cut to `width` with an ellipsis, or whole when it fits.
std::string fitted(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    std::string cut = text;
    while (!cut.empty() && ImGui::CalcTextSize((cut + "\u2026").c_str()).x > width) {
        cut.pop_back();
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();  // whole UTF-8
        if (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0xC0) cut.pop_back();
    }
    return cut + "\u2026";
}

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
    // Every slice named under the bar with its amount and share, the thin ones included.
    for (std::size_t i = 0; i < slices.size(); ++i) {
        const present::Slice& s = slices[i];
        const std::string key = s.label + " " + value_text(s.value) + " (" + present::format_percent(s.value / total) + ")";
        const float h = ImGui::GetTextLineHeight();
        const float width = h * 0.8f + 4 + ImGui::CalcTextSize(key.c_str()).x;
        if (i > 0) same_line_if_fits(width + ImGui::GetFontSize());
        const ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddRectFilled(ImVec2(p.x, p.y + h * 0.15f), ImVec2(p.x + h * 0.7f, p.y + h * 0.85f), color(s.index));
        ImGui::Dummy(ImVec2(h * 0.8f, h));
        ImGui::SameLine(0, 4);
        ImGui::TextUnformatted(key.c_str());
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
    // Round values up the side and along the bottom, in the display language's numbers.
    const float left = min.x + y_axis_width(0.0, y_max, y_text), bottom = max.y - ImGui::GetTextLineHeight() - 4;
    const auto px = [&](double x) { return left + static_cast<float>((x - x_min) / (x_max - x_min)) * (max.x - left - 4); };
    const auto py = [&](double y) { return bottom - static_cast<float>(y / y_max) * (bottom - min.y - 4); };
    y_axis(dl, left, max.x, py(y_max), bottom, 0.0, y_max, y_text);
    dl->AddLine(ImVec2(left, bottom), ImVec2(max.x, bottom), kAxis);
    const bool whole = x_min == std::floor(x_min) && x_max == std::floor(x_max);
    x_axis(dl, left, px(x_max), bottom, x_min, x_max, x_text, whole);
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
               const std::function<std::string(std::size_t)>& tooltip, const std::function<std::string(double)>& y_text) {
    double top = 0;
    for (double v : values) top = std::max(top, v);
    ImVec2 min, max;
    const bool hovered = chart_area(id, ImGui::GetFontSize() * 9, min, max);
    if (values.empty() || top <= 0) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float bottom = max.y - ImGui::GetTextLineHeight() - 4;
    if (y_text) {
        // Values up the left side; the bars take the rest of the width.
        const float axis = y_axis_width(0.0, top, y_text);
        y_axis(dl, min.x + axis, max.x, min.y + 2, bottom, 0.0, top, y_text);
        min.x += axis;
    }
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
    {
        // The share of the simulated campaigns up the left side.
        const double top_share = static_cast<double>(top) / std::max(1, h.total);
        const Text share = [](double v) { return present::format_percent(v); };
        const float axis = y_axis_width(0.0, top_share, share);
        const float plot_top = min.y + ImGui::GetTextLineHeight();
        y_axis(dl, min.x + axis, max.x, plot_top, bottom, 0.0, top_share, share);
        min.x += axis;
    }
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
    x_axis(dl, min.x, max.x, bottom, h.low, h.high, x_text, false);
}

void heatmap(const char* id, std::size_t n, const std::function<double(std::size_t, std::size_t)>& value,
             const std::function<std::string(std::size_t, std::size_t)>& tooltip,
             const std::function<std::string(std::size_t)>& name) {
    ImVec2 min, max;
    // Rows named "1 Ana", "2 Ben"...; columns numbered the same way along the top. The names take
    // the room they need, up to two fifths of the width (cut with "…", whole on hover).
    const float avail = ImGui::GetContentRegionAvail().x;
    float widest = 0.0f;
    for (std::size_t i = 0; i < n; ++i)
        widest = std::max(widest, ImGui::CalcTextSize((std::to_string(i + 1) + " " + name(i)).c_str()).x);
    const float label_w = std::min(widest + 8, avail * 0.4f);
    const float side = std::min(avail - label_w, ImGui::GetFontSize() * 24);
    const float cell = n > 0 ? std::max(3.0f, side / static_cast<float>(n)) : 0.0f;
    const float header = ImGui::GetTextLineHeight() + 2;
    const bool hovered = chart_area(id, header + cell * n + 2, min, max);
    if (n == 0) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float left = min.x + label_w;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool names = cell >= ImGui::GetTextLineHeight();
    const float number_w = ImGui::CalcTextSize(std::to_string(n).c_str()).x;
    min.y += header;
    for (std::size_t j = 0; j < n; ++j) {
        // A column's number wherever it fits (every second or fifth one on a crowded map).
        const std::size_t every = cell >= number_w + 2 ? 1 : cell * 2 >= number_w + 2 ? 2 : 5;
        if ((j + 1) % every != 0 && j != 0) continue;
        const std::string number = std::to_string(j + 1);
        const float w = ImGui::CalcTextSize(number.c_str()).x;
        dl->AddText(ImVec2(left + cell * j + (cell - w) / 2, min.y - header), kText, number.c_str());
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (names) {
            const std::string whole = std::to_string(i + 1) + " " + name(i);
            const std::string label = fitted(whole, label_w - 6);
            const float y = min.y + cell * i;
            dl->AddText(ImVec2(min.x, y + (cell - ImGui::GetTextLineHeight()) / 2), kText, label.c_str());
            if (hovered && label != whole && mouse.x < left && mouse.y >= y && mouse.y < y + cell)
                ImGui::SetTooltip("%s", whole.c_str());
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
    // A scale of round values under the bars.
    const float scale = ImGui::GetTextLineHeight() + 6;
    const bool hovered = chart_area(id, row * bars.size() + 4 + scale, min, max);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // The labels take the room they need, up to half the width (cut with "…", whole on hover).
    float widest = 0.0f;
    for (const auto& b : bars) widest = std::max(widest, ImGui::CalcTextSize(b.label.c_str()).x);
    const float label_w = std::min(widest + 10, (max.x - min.x) * 0.5f);
    const float left = min.x + label_w;
    const float right = max.x - ImGui::CalcTextSize(value_text(hi).c_str()).x / 2 - 2;
    const auto px = [&](double v) { return left + static_cast<float>((v - lo) / (hi - lo)) * (right - left); };
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float axis_y = min.y + row * bars.size() + 4;
    dl->AddLine(ImVec2(left, axis_y), ImVec2(right, axis_y), kAxis);
    x_axis(dl, left, right, axis_y, lo, hi, value_text, false);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const TornadoBar& b = bars[i];
        const float y0 = min.y + row * i + 2, y1 = y0 + row - 4;
        dl->AddText(ImVec2(min.x, y0), kText, fitted(b.label, label_w - 8).c_str());
        // The assumption at its low end in orange, at its high end in blue.
        dl->AddRectFilled(ImVec2(std::min(px(base), px(b.at_low)), y0), ImVec2(std::max(px(base), px(b.at_low)), y1), series_color(1));
        dl->AddRectFilled(ImVec2(std::min(px(base), px(b.at_high)), y0), ImVec2(std::max(px(base), px(b.at_high)), y1), series_color(0));
        if (hovered && mouse.y >= y0 && mouse.y < y1 + 4)
            ImGui::SetTooltip("%s\nat %s: %s\nat %s: %s\n(as planned: %s)", b.label.c_str(), b.low_value.c_str(),
                              value_text(b.at_low).c_str(), b.high_value.c_str(), value_text(b.at_high).c_str(),
                              value_text(base).c_str());
    }
    dl->AddLine(ImVec2(px(base), min.y), ImVec2(px(base), axis_y), kAxis, 1.5f);
}

}  // namespace roster::ui
