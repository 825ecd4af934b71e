// `roster import` and `roster export`: spreadsheets in and out on the command line
// (docs/SPREADSHEETS.md), dispatched from main.cpp. Each takes the arguments after its command
// name and returns the exit status (0 done, 1 nothing could be done with the files, 2 usage).
#pragma once

#include <string>
#include <vector>

namespace roster::cli {

int import_command(const std::vector<std::string>& args);
int export_command(const std::vector<std::string>& args);

// The bytes of a file, at most `max` + 1 of them (so a larger file is seen to be larger without
// reading it whole); "-" reads standard input. False when it cannot be opened.
bool read_file_bytes(const std::string& path, std::size_t max, std::string& out);

}  // namespace roster::cli
