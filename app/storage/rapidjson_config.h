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
