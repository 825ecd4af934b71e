// Whether the next browser frame needs drawing. The browser calls us about 60 times a second
// whatever happens; drawing only when something changed keeps an idle planner at ~0% CPU.
// ImGui needs a few frames after an input to settle (hover states, layouts measured on the
// first frame), so every input buys several frames. Pure, so tests can drive it.
#pragma once

namespace roster::host {

struct FramePacing {
    static constexpr int kFramesAfterInput = 6;
    int frames_left = kFramesAfterInput;  // the first frames always draw

    // Called once per browser frame; returns whether to draw it.
    bool next_frame(bool had_input, bool display_changed, bool animating) {
        if (had_input || display_changed) frames_left = kFramesAfterInput;
        if (animating && frames_left < 1) frames_left = 1;
        if (frames_left <= 0) return false;
        --frames_left;
        return true;
    }
};

}  // namespace roster::host
