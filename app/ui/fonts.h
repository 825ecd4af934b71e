// The UI font (Roboto, from Debian's fonts-roboto-unhinted, embedded at build time).
#pragma once

struct ImFont;

namespace roster::ui {

// Rebuilds the font atlas for `pixel_ratio` device pixels per CSS pixel: glyphs are
// rasterised at full device resolution and drawn at 1/ratio, so text stays crisp on
// high-DPI screens with ImGui 1.86 (which has no per-DPI font loading).
void load_fonts(float pixel_ratio);

// Larger sizes of the same font for the presentation view (projectors, the back of a room):
// "large" for labels, "display" for the figures. The default font when fonts are not loaded.
ImFont* large_font();
ImFont* display_font();

}  // namespace roster::ui
