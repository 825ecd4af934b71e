// Dear ImGui's default font, replaced in the page by Roster's own UI font (README, "Page weight").
//
// ImFontAtlas::Build() calls AddFontDefault() when no font was added, and AddFontDefault() embeds
// ProggyClean (12 KB of base85 text, about 9 KB of the compressed page). Roster always adds its
// fonts first (fonts.cpp), so ProggyClean is never drawn, yet the call alone keeps it linked;
// ImGui 1.86 has no option to leave it out (IMGUI_DISABLE_DEFAULT_FONT came later). The page is
// linked with --wrap for that one function (app/CMakeLists.txt), which sends ImGui's call here:
// should an atlas ever be built without fonts, it gets Roster's embedded font instead. Only the
// WebAssembly build compiles this file; the desktop twin keeps ImGui's own default font.
#include <imgui.h>

#include "embedded_font.h"

// A member function's call passes `this` first, so this plain function is call-compatible with
// ImFont* ImFontAtlas::AddFontDefault(const ImFontConfig*). The name is the one wasm-ld's --wrap
// gives the mangled symbol _ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig.
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas* atlas,
                                                                             const ImFontConfig* config) {
    ImFontConfig own = config ? *config : ImFontConfig();
    own.FontDataOwnedByAtlas = false;  // the bytes live in the binary
    const float pixels = own.SizePixels > 0.0f ? own.SizePixels : 16.0f;
    return atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(kEmbeddedFont), static_cast<int>(kEmbeddedFontSize),
                                       pixels, &own);
}
