// The workshop's example plans, built into the app from assets/examples (documented in
// assets/examples/README.md). Opening one goes through the same path as a plan file.
#pragma once

#include <string_view>
#include <vector>

namespace roster::ui {

struct Example {
    std::string_view file;   // "hidden-likes.roster.json"
    std::string_view title;  // as the Workshop menu shows it
    std::string_view text;   // the plan file
};

const std::vector<Example>& examples();

}  // namespace roster::ui
