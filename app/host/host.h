// The host of this build: the browser (host_web.cpp) or its native twin (host_native.cpp),
// each implementing platform/platform.h, the interface the workspace is written against.
#pragma once

#include "live/draw_workers.h"
#include "platform/platform.h"

namespace roster::host {

// The host for this build (browser or native), created once.
platform::Host& this_host();

// Where the live ranges' draws can run besides the app's thread: the browser's Web Workers
// (draw_workers_web.cpp), created on the first call; none natively, where the app's own thread
// draws them as it always did.
live::DrawWorkers* draw_workers();

}  // namespace roster::host
