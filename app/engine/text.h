// Small text checks shared by validation and storage: plans travel between machines, so
// every string is checked to be real UTF-8 text before it is shown or saved.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace roster {

bool is_valid_utf8(std::string_view s);
bool has_control_characters(std::string_view s);  // C0 controls and DEL (tab included)
std::string_view trimmed(std::string_view s);      // without ASCII white space at either end
bool is_currency_code(std::string_view s);         // three ASCII capital letters

}  // namespace roster
