// Messages (engine/message.h) as a planner reads them, for tests that check what is said: the
// rendering in English or French, whatever the display language is.
#pragma once

#include <optional>
#include <string>

#include "engine/message.h"
#include "present/message_render.h"

namespace roster::test {

inline std::string english(const Message& message) {
    return present::render(message, present::Language::English);
}

inline std::string french(const Message& message) { return present::render(message, present::Language::French); }

// A message that may be absent: its English text, or "" when there is none (compare with
// has_value() or nullptr where "none" is the point).
inline std::string english(const std::optional<Message>& message) {
    return message ? english(*message) : std::string();
}

inline std::string english(const Message* message) { return message ? english(*message) : std::string(); }

}  // namespace roster::test
