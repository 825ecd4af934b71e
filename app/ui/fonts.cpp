#include "fonts.h"

#include <imgui.h>

#include "embedded_font.h"

namespace roster::ui {

void load_fonts(float pixel_ratio) {
    constexpr float kFontPixels = 16.0f;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in the binary
    config.OversampleH = 2;
    // Latin with its supplements and punctuation: French names, €, typographic quotes.
    static const ImWchar ranges[] = {0x0020, 0x024F, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2100, 0x214F, 0};
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(kEmbeddedFont), static_cast<int>(kEmbeddedFontSize),
                                   kFontPixels * pixel_ratio, &config, ranges);
    io.FontGlobalScale = 1.0f / pixel_ratio;
}

}  // namespace roster::ui
