#include <doctest/doctest.h>

#include "host/frame_pacing.h"

using roster::host::FramePacing;

namespace {
int frames_drawn(FramePacing& p, int frames, bool input_on_first = false) {
    int drawn = 0;
    for (int i = 0; i < frames; ++i) drawn += p.next_frame(input_on_first && i == 0, false, false) ? 1 : 0;
    return drawn;
}
}  // namespace

TEST_CASE("An idle planner costs no drawing: after the first frames settle, nothing is drawn") {
    FramePacing p;
    CHECK(frames_drawn(p, 600) == FramePacing::kFramesAfterInput);
}

TEST_CASE("Each input draws enough frames for ImGui to settle, then drawing stops again") {
    FramePacing p;
    frames_drawn(p, 100);
    CHECK(frames_drawn(p, 100, true) == FramePacing::kFramesAfterInput);
}

TEST_CASE("A resize of the page is drawn like an input") {
    FramePacing p;
    frames_drawn(p, 100);
    CHECK(p.next_frame(false, true, false));
}

TEST_CASE("While something animates, every frame is drawn") {
    FramePacing p;
    frames_drawn(p, 100);
    for (int i = 0; i < 50; ++i) CHECK(p.next_frame(false, false, true));
}
