#include "widgets.h"

#include <algorithm>
#include <cstdint>

#include "engine/plan.h"
#include "engine/vocabulary.h"
#include "present/budget.h"
#include "present/message_render.h"
#include "present/translation.h"
#include "number_field.h"

namespace roster::ui {
namespace {
// The status bar's colour for a refusal: a plan over its cap reads as a problem to fix.
const ImVec4 kWarningColour(0.75f, 0.10f, 0.10f, 1.0f);
}  // namespace

bool choice_combo(const char* id, int& value, const char* none_label, int count, const std::function<std::string(int)>& label) {
    bool changed = false;
    const std::string current = value >= 0 && value < count ? label(value) : std::string(none_label ? none_label : "");
    if (ImGui::BeginCombo(id, current.c_str())) {
        if (none_label && ImGui::Selectable(none_label, value < 0)) {
            changed = value >= 0;
            value = -1;
        }
        for (int i = 0; i < count; ++i) {
            const bool selected = i == value;
            if (ImGui::Selectable(label(i).c_str(), selected)) {
                changed = i != value;
                value = i;
            }
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    return changed;
}

bool platform_combo(const char* id, int& platform) {
    return choice_combo(id, platform, nullptr, kPlatformCount,
                        [](int i) { return std::string(platform_label(static_cast<Platform>(i))); });
}

float combo_width(const char* none_label, int count, const std::function<std::string(int)>& label) {
    float widest = none_label ? ImGui::CalcTextSize(none_label).x : 0.0f;
    for (int i = 0; i < count; ++i) widest = std::max(widest, ImGui::CalcTextSize(label(i).c_str()).x);
    const ImGuiStyle& style = ImGui::GetStyle();
    return widest + 2 * style.FramePadding.x + ImGui::GetFrameHeight();
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

float column_width(const char* header, const char* sample) {
    // The header leaves room for the sort arrow after it; the content needs only its own width.
    return std::max(ImGui::CalcTextSize(header, nullptr, true).x + ImGui::GetFontSize(), ImGui::CalcTextSize(sample).x) +
           2 * ImGui::GetStyle().CellPadding.x;
}

float table_inner_width(const std::vector<float>& widths) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float needed = 0.0f;
    for (float w : widths) needed += w + 2 * style.CellPadding.x;
    return std::max(ImGui::GetContentRegionAvail().x - style.ScrollbarSize, needed);
}

void same_line_if_fits(float width) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
}

bool money_field(const char* label, std::int64_t& cents) { return grouped_money_field(label, cents); }

bool percent_field(const char* label, Ppm& ppm) {
    double percent = ppm / 10'000.0;
    ImGui::InputDouble(label, &percent, 0.0, 0.0, "%.2f %%");
    if (!ImGui::IsItemDeactivatedAfterEdit()) return false;
    ppm = ppm_from_fraction(percent / 100.0);
    return true;
}

bool format_combo(const char* id, Platform platform, Format& format) {
    bool changed = false;
    if (ImGui::BeginCombo(id, present::tr(std::string(format_label(platform, format)).c_str()))) {
        for (int f = 0; f < kFormatCount; ++f) {
            const Format candidate = static_cast<Format>(f);
            if (!platform_offers(platform, candidate)) continue;
            if (ImGui::Selectable(present::tr(std::string(format_label(platform, candidate)).c_str()), candidate == format)) {
                changed = candidate != format;
                format = candidate;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

void budget_text(const Projection& projection, const std::string& currency) {
    const auto note = present::budget_note(projection, currency);
    if (!note) return;
    const std::string text = present::render(note->message);
    if (note->over) ImGui::TextColored(kWarningColour, "%s", text.c_str());
    else ImGui::TextDisabled("%s", text.c_str());
}

void text_whole_on_hover(const std::string& text) {
    ImGui::TextUnformatted(text.c_str());
    if (ImGui::IsItemHovered() && ImGui::CalcTextSize(text.c_str()).x > ImGui::GetContentRegionAvail().x + 1.0f)
        ImGui::SetTooltip("%s", text.c_str());
}

void right_aligned_text(const std::string& text) {
    const float w = ImGui::CalcTextSize(text.c_str()).x;
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail > w) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - w);
    ImGui::TextUnformatted(text.c_str());
}

void help_mark(const char* text) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void change_text(const std::string& text, int verdict) {
    // Okabe-Ito bluish green and vermilion, darkened to read as text on the light theme.
    if (verdict > 0) ImGui::TextColored(ImVec4(0.0f, 0.45f, 0.30f, 1.0f), "%s", text.c_str());
    else if (verdict < 0) ImGui::TextColored(ImVec4(0.70f, 0.25f, 0.0f, 1.0f), "%s", text.c_str());
    else ImGui::TextDisabled("%s", text.c_str());
}

std::string titled(const char* english, const char* id) { return std::string(present::tr(english)) + "###" + id; }

}  // namespace roster::ui
