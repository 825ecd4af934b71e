// Included before any RapidJSON or cereal header in the storage layer (CMake checks the order
// is not needed elsewhere: only storage includes them). Why each line:
// - RapidJSON's assertions guard type mismatches; by default they are assert() and vanish
//   in release builds, turning a wrong type into undefined behaviour. Make them throw.
// - Debian's cereal parses with kParseFullPrecisionFlag | kParseNanAndInfFlag by default:
//   the first reaches undefined behaviour inside RapidJSON 1.1.0 (issues #1249, #1251) and the
//   second accepts NaN, which is not JSON. Parse iteratively (no stack overflow on deep input)
//   and check the encoding instead.
// - cereal writes NaN and Infinity by default; plan files must stay standard JSON.
#pragma once

#include <stdexcept>

namespace roster::storage {
struct JsonAssertion : std::runtime_error {
    using std::runtime_error::runtime_error;
};
}  // namespace roster::storage

#define RAPIDJSON_ASSERT_THROWS
#define RAPIDJSON_ASSERT(x) \
    if (!(x)) throw ::roster::storage::JsonAssertion("JSON assertion failed: " #x)
#define RAPIDJSON_PARSE_DEFAULT_FLAGS (kParseIterativeFlag | kParseValidateEncodingFlag)
#define RAPIDJSON_WRITE_DEFAULT_FLAGS kWriteNoFlags

// Writing a plan (cereal's JSONOutputArchive, into a std::ostringstream) put each character
// through std::ostream::put, which builds a sentry per character: more than half of the time
// to write a 1,000-creator plan, the pause of every autosave (45 ms in WebAssembly). The
// characters go to the stream's buffer directly instead; it is declared here, before any
// storage file uses the wrapper, so that every one of them sees the same Put.
#include <ostream>

#include <rapidjson/ostreamwrapper.h>

RAPIDJSON_NAMESPACE_BEGIN
template <>
inline void BasicOStreamWrapper<std::ostream>::Put(char c) {
    if (stream_.rdbuf()->sputc(c) == std::char_traits<char>::eof()) stream_.setstate(std::ios::badbit);
}
RAPIDJSON_NAMESPACE_END
