// A creator moved to another platform keeps every deliverable line, each in the nearest format the
// new platform offers ("Long video" on YouTube becomes a "Reel" on Instagram), instead of the
// change being refused because one line's format does not exist there. What moved is said, so
// the planner sees it; the change is one UpdateCreator, one undo step.
#pragma once

#include <vector>

#include "engine/message.h"
#include "engine/plan.h"

namespace roster {

// `creator` on `platform`; `moved`, when given, receives one message per line whose format changed.
Creator on_platform(const Creator& creator, Platform platform, std::vector<Message>* moved = nullptr);

}  // namespace roster
