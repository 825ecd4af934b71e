// `roster actuals`, `roster lock` and `roster calibrate`: from forecast to actuals on the command
// line (actuals_command.cpp), dispatched from main.cpp. Each takes the arguments after its
// command name and returns the exit status (0 done, 1 nothing could be done, 2 usage).
#pragma once

#include <string>
#include <vector>

namespace roster::cli {

int actuals_command(const std::vector<std::string>& args);
int lock_command(const std::vector<std::string>& args);
int calibrate_command(const std::vector<std::string>& args);

}  // namespace roster::cli
