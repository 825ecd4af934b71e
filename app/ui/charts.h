// Charts drawn with ImGui's draw lists: each takes prepared numbers (present/chart_data.h) and
// shows exact values on hover. No chart computes anything about the plan.
#pragma once

#include <imgui.h>

#include <functional>
#include <string>
#include <vector>

#include "present/chart_data.h"

namespace roster::ui {

// One horizontal bar split into the slices (budget by tier or platform), and under it every
// slice named with its amount and share, so that a thin slice is not left unlabelled.
void split_bar(const char* id, const std::vector<present::Slice>& slices, ImU32 (*color)(int),
               const std::function<std::string(double)>& value_text);

struct ChartPoint {
    double x = 0, y = 0;
};
struct Series {
    std::string name;
    std::vector<ChartPoint> points;
    ImU32 color = 0;
    bool dashed = false;  // drawn thinner: a reference line
    bool markers = false;  // a dot at each point (a single point: the plan as it is)
};

// Lines over x from x_min to x_max; x_text writes an x value as the planner reads it
// ("12 creators", "€8,400 spent"), on the axis and in the hover text.
void line_chart(const char* id, const std::vector<Series>& series, double x_min, double x_max,
                const std::function<std::string(double)>& y_text, const std::function<std::string(double)>& x_text);

// The series' names and colours on one line, under a line chart.
void legend(const std::vector<Series>& series);

// Bars with `labels` under them; `y_text`, when given, writes the values of a scale up the left.
void bar_chart(const char* id, const std::vector<double>& values, const std::vector<std::string>& labels, ImU32 color,
               const std::function<std::string(std::size_t)>& tooltip,
               const std::function<std::string(double)>& y_text = {});

// Bars of several series side by side in each group (frequency 1, 2, ... for each scenario).
struct BarSeries {
    std::string name;
    std::vector<double> values;  // one per group
    ImU32 color = 0;
};
void grouped_bar_chart(const char* id, const std::vector<std::string>& groups, const std::vector<BarSeries>& series,
                       const std::function<std::string(std::size_t group, std::size_t series)>& tooltip);

struct Marker {
    double x = 0;
    std::string label;
    ImU32 color = 0;
};
// Bars of the draws' counts over x, with round x values along the bottom and the share of draws
// up the left.
void histogram_chart(const char* id, const present::Histogram& h, const std::vector<Marker>& markers,
                     const std::function<std::string(double)>& x_text, ImU32 color);

// n x n cells shaded by value(i, j) in [0, 1], rows named "1 Ana", columns numbered alike.
void heatmap(const char* id, std::size_t n, const std::function<double(std::size_t, std::size_t)>& value,
             const std::function<std::string(std::size_t, std::size_t)>& tooltip,
             const std::function<std::string(std::size_t)>& name);

struct TornadoBar {
    std::string label, low_value, high_value;
    double at_low = 0, at_high = 0;
};
void tornado(const char* id, const std::vector<TornadoBar>& bars, double base, const std::function<std::string(double)>& value_text);

}  // namespace roster::ui
