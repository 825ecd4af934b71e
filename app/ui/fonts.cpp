#include "fonts.h"

#include <imgui.h>

#include "embedded_font.h"

namespace roster::ui {
namespace {
ImFont* g_large = nullptr;
ImFont* g_display = nullptr;
}  // namespace

ImFont* large_font() { return g_large ? g_large : ImGui::GetFont(); }
ImFont* display_font() { return g_display ? g_display : ImGui::GetFont(); }

void load_fonts(float pixel_ratio) {
    constexpr float kFontPixels = 16.0f;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in the binary
    config.OversampleH = 2;
    // Latin with its supplements and punctuation: French names, €, typographic quotes.
    static const ImWchar ranges[] = {0x0020, 0x024F, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2100, 0x214F, 0x2212, 0x2212, 0};
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(kEmbeddedFont), static_cast<int>(kEmbeddedFontSize),
                                   kFontPixels * pixel_ratio, &config, ranges);
    // Large sizes need no horizontal oversampling to stay sharp, and it would double their atlas.
    ImFontConfig large = config;
    large.OversampleH = 1;
    g_large = io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(kEmbeddedFont),
                                             static_cast<int>(kEmbeddedFontSize), 24.0f * pixel_ratio, &large, ranges);
    // Figures only need digits, Latin letters, currency signs, dashes and the spaces French puts
    // between thousands and before % (U+202F narrow no-break space): a small atlas at any size.
    static const ImWchar figures[] = {0x0020, 0x00FF, 0x2009, 0x2009, 0x2012, 0x2014, 0x202F, 0x202F,
                                      0x2212, 0x2212, 0x20A0, 0x20CF, 0};
    g_display = io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(kEmbeddedFont),
                                               static_cast<int>(kEmbeddedFontSize), 48.0f * pixel_ratio, &large, figures);
    io.FontGlobalScale = 1.0f / pixel_ratio;
}

}  // namespace roster::ui
