// The host of this build: the browser (host_web.cpp) or its native twin (host_native.cpp),
// each implementing platform/platform.h, the interface the workspace is written against.
#pragma once

#include "platform/platform.h"

namespace roster::host {

// The host for this build (browser or native), created once.
platform::Host& this_host();

}  // namespace roster::host
