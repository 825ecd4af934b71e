// A moment in the machine's (in the browser: the planner's) time zone, for the layers that say
// when something happened: the plan library decides "today" or a date, the renderer writes it.
#pragma once

#include <cstdint>
#include <ctime>

namespace roster {

std::tm local_time(std::int64_t unix_seconds);

}  // namespace roster
