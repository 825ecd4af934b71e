// Small widgets every view uses the same way: choices from Roster's vocabulary, numbers
// aligned for reading down a column, a help mark.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/projection.h"

namespace roster::ui {

// A combo over a Platform; returns true when the planner picked another one.
bool platform_combo(const char* id, int& platform);

// A combo over the formats `platform` offers, named as the platform names them.
bool format_combo(const char* id, Platform platform, Format& format);

// A combo over `count` choices labelled by `label(i)`, with `none_label` for -1 ("All tiers").
bool choice_combo(const char* id, int& value, const char* none_label, int count, const std::function<std::string(int)>& label);

// The width a combo needs to show its longest choice (or `none_label`) whole, arrow included.
float combo_width(const char* none_label, int count, const std::function<std::string(int)>& label);

// The width a button with `label` takes (a small button has no vertical padding, the same width).
float button_width(const char* label);

// Puts the next item on the current line when `width` still fits in the window, else on the next
// line: a toolbar wraps instead of cutting its last controls off in a narrow window or a longer
// language.
void same_line_if_fits(float width);

// The width a table column needs for its header (the sort arrow's room included) and for
// `sample`, the widest content it shows.
float column_width(const char* header, const char* sample);

// The inner width for a table with ScrollX whose columns need `widths` (column_width): the room
// there is when they fit, else what they need, so the table scrolls sideways instead of cutting
// its columns short. Stretch columns weighted by the same widths then never go below them.
float table_inner_width(const std::vector<float>& widths);

// Money typed in currency units into hundredths, and a share typed as a percentage ("62.5")
// into parts per million; each returns true once the planner leaves the field having changed
// it, so one typed value is one undo step.
bool money_field(const char* label, std::int64_t& cents);
bool percent_field(const char* label, std::int32_t& ppm);

void right_aligned_text(const std::string& text);

// A planner's text in a cell too narrow for it: cut where the cell ends, whole on hover.
void text_whole_on_hover(const std::string& text);

// The key index of a capital letter for ImGui::IsKeyPressed. ImGui 1.86 names only the letters
// of its own shortcuts (A, C, V, X, Y, Z); the SDL backend indexes keys by scancode, where the
// letters are consecutive, so any letter is found from A's.
inline int letter_key(char letter) { return ImGui::GetKeyIndex(ImGuiKey_A) + (letter - 'A'); }

// A change between scenarios ("+12.5%"), green when better, orange when worse, grey when
// neither (present/scenario_comparison.h verdicts).
void change_text(const std::string& text, int verdict);

// The plan's cost against its budget cap (present/budget.h): quiet while within it, in the
// warning colour once over. Draws nothing when the plan sets no cap.
void budget_text(const Projection& projection, const std::string& currency);

// A "(?)" that explains on hover.
void help_mark(const char* text);

// A window's title in the display language with an id that stays the same in every language, so
// the window keeps its place and size when the planner switches language.
std::string titled(const char* english, const char* id);

}  // namespace roster::ui
