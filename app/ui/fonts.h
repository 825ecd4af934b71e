// The UI font (Roboto, from Debian's fonts-roboto-unhinted, embedded at build time).
#pragma once

namespace roster::ui {

// Rebuilds the font atlas for `pixel_ratio` device pixels per CSS pixel: glyphs are
// rasterised at full device resolution and drawn at 1/ratio, so text stays crisp on
// high-DPI screens with ImGui 1.86 (which has no per-DPI font loading).
void load_fonts(float pixel_ratio);

}  // namespace roster::ui
