// `roster import` and `roster export`: spreadsheets in and out on the command line
// (docs/SPREADSHEETS.md), dispatched from main.cpp. Each takes the arguments after its command
// name and returns the exit status (0 done, 1 nothing could be done with the files, 2 usage).
#pragma once

#include <string>
#include <vector>

namespace roster::cli {

int import_command(const std::vector<std::string>& args);
int export_command(const std::vector<std::string>& args);

}  // namespace roster::cli
