#include "theme.h"

#include <imgui.h>

namespace roster::ui {

void apply_theme() {
    ImGui::StyleColorsLight();
    ImGuiStyle& s = ImGui::GetStyle();
    s.WindowRounding = 6.0f;
    s.FrameRounding = 4.0f;
    s.GrabRounding = 4.0f;
    s.WindowPadding = ImVec2(12, 10);
    s.FramePadding = ImVec2(8, 4);
    s.ItemSpacing = ImVec2(8, 6);
    s.CellPadding = ImVec2(6, 4);
    // Every field, button and checkbox outlined: on the light window an unticked checkbox or an
    // empty field would otherwise be white on near-white.
    s.FrameBorderSize = 1.0f;
    ImVec4* c = s.Colors;
    const ImVec4 accent(0.16f, 0.38f, 0.78f, 1.0f);
    c[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.99f, 1.0f);
    c[ImGuiCol_TitleBgActive] = ImVec4(0.86f, 0.89f, 0.95f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(accent.x, accent.y, accent.z, 0.12f);
    c[ImGuiCol_ButtonHovered] = ImVec4(accent.x, accent.y, accent.z, 0.25f);
    c[ImGuiCol_ButtonActive] = ImVec4(accent.x, accent.y, accent.z, 0.40f);
    c[ImGuiCol_Header] = ImVec4(accent.x, accent.y, accent.z, 0.14f);
    c[ImGuiCol_HeaderHovered] = ImVec4(accent.x, accent.y, accent.z, 0.22f);
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_Border] = ImVec4(0.55f, 0.60f, 0.68f, 0.70f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.90f, 0.92f, 0.96f, 1.0f);
}

namespace {
// Okabe & Ito (2008), "Color Universal Design": eight colours told apart with any common
// colour-vision deficiency.
constexpr ImU32 kPalette[] = {IM_COL32(0, 114, 178, 255),  IM_COL32(230, 159, 0, 255),  IM_COL32(0, 158, 115, 255),
                              IM_COL32(204, 121, 167, 255), IM_COL32(86, 180, 233, 255), IM_COL32(213, 94, 0, 255),
                              IM_COL32(120, 120, 120, 255), IM_COL32(240, 228, 66, 255)};
constexpr int kPaletteSize = 8;
}  // namespace

ImU32 series_color(int i) { return kPalette[((i % kPaletteSize) + kPaletteSize) % kPaletteSize]; }
ImU32 tier_color(Tier t) { return kPalette[static_cast<int>(t)]; }
ImU32 platform_color(Platform p) { return kPalette[static_cast<int>(p)]; }

}  // namespace roster::ui
