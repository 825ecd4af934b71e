// What every `roster` command reads (and writes) the same way: its files, its whole-number
// options, the plan file through the app's one load path, and its complaints on standard error,
// so the commands refuse the same input with the same words.
#pragma once

#include <cstddef>
#include <string>

#include "engine/message.h"
#include "storage/plan_file.h"

namespace roster::cli {

// "roster: <message>" on standard error, in the display language.
void complain(const Message& message);

// The bytes of a file, at most `max` + 1 of them (so a larger file is seen to be larger without
// reading it whole); "-" reads standard input. False when it cannot be opened.
bool read_file_bytes(const std::string& path, std::size_t max, std::string& out);

// Writes `bytes` to `path` as they are; false when the file cannot be written whole.
bool write_file_bytes(const std::string& path, const std::string& bytes);

// Whole numbers only, no sign, at most `max`: "1e4" or "-3" are refused, not reinterpreted.
bool parse_whole(const std::string& text, unsigned long long max, unsigned long long& out);

// The plan file at `path` through the load path; what is wrong with it, or noted about it, said
// with complain(). False when it cannot be used.
bool load_plan_file(const std::string& path, storage::LoadResult& result);

}  // namespace roster::cli
