// Files the tests read, in one place: the bytes of a file (a test fails saying which file when
// it is missing, rather than going on with an empty text), and where the test data are.
// ROSTER_TEST_DATA is tests/data/ and ROSTER_EXAMPLES is assets/examples/ natively, and the
// folders embedded in the module under WebAssembly (tests/CMakeLists.txt).
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace roster::test {

// Every byte of the file at `path`, as read from disk (no newline translation).
inline std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("a test reads " + path.string() + ", which is missing or unreadable");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

#ifdef ROSTER_TEST_DATA
// A file or folder of tests/data/: test_data("sheets/upfluence-like.csv").
inline std::filesystem::path test_data(const std::string& relative) {
    return std::filesystem::path(ROSTER_TEST_DATA) / relative;
}
#endif

#ifdef ROSTER_EXAMPLES
// The workshop example plan `name` of assets/examples/, as the app builds it in.
inline std::filesystem::path example_plan(const std::string& name) {
    return std::filesystem::path(ROSTER_EXAMPLES) / (name + ".roster.json");
}
#endif

}  // namespace roster::test
