// `roster optimise` and `roster frontier`: the budget optimiser on the command line
// (docs/OPTIMISER.md), dispatched from main.cpp. Each takes the arguments after its command name
// and returns the exit status (0 done, 1 the plan or the constraints file could not be used,
// 2 usage).
//
//   roster optimise PLAN [--budget X] [--objective O] [--constraints FILE] [--json] [--out NEW_PLAN]
//                        [--scenario NAME]
//   roster frontier PLAN [--points N] [--objective O] [--constraints FILE] [--json] [--scenario NAME]
#pragma once

#include <string>
#include <vector>

namespace roster::cli {

int optimise_command(const std::vector<std::string>& args);
int frontier_command(const std::vector<std::string>& args);

}  // namespace roster::cli
