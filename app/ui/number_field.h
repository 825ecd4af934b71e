// Number fields that show money and counts grouped as the display language groups them
// ("15,000.00", "15 000,00") and read what the planner types in either style
// (present/field_number.h). Each returns true once the planner leaves the field having changed
// the number, so one typed value is one undo step.
//
// Escape while typing puts the field back to what it held and says so in the status bar
// ("Edit cancelled (Esc): the field is back to 15,000.00"): a planner who pressed it by habit
// sees that the typed value was not kept. A text that is not a number is refused the same way,
// quoting what was typed. Those lines wait in take_field_notes() until the workspace adds them
// to the frame's notes (ViewContext::notes), whichever view drew the field.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/message.h"

namespace roster::ui {

// A number with `decimals` digits after the mark: 2 for money in currency units, 0 for counts.
bool number_field(const char* label, double& value, int decimals, const char* hint = nullptr);

// A share in parts per million typed as a percentage, where 0 means "use the default": a zero
// shows `default_text` greyed ("default: 3.2%") instead of "0.00 %"; emptying the field goes
// back to the default.
bool percent_field_with_default(const char* label, std::int32_t& ppm, const std::string& default_text);

// Money in hundredths, typed in currency units.
bool grouped_money_field(const char* label, std::int64_t& cents);

// A whole count (followers, people in the audience).
bool grouped_count_field(const char* label, long long& count);

// What the fields said since the last call (an edit cancelled, a text that is not a number).
std::vector<Message> take_field_notes();

}  // namespace roster::ui
