// The sentences the engine, the file loader and the document compose for the planner (why a
// plan, a file or a typed value is refused; what was opened or copied), in the display
// language. Those layers write English and know nothing of languages; their sentences are put
// together from fixed parts and values (names, numbers, words), so each is recognised here by
// its English pattern and rebuilt from the French one, its values translated in turn (a value
// can be a sentence itself: "In scenario “B”: <the problem>"). Pure, tested natively.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace roster::present {

// The message in the display language; English (or a sentence no pattern knows) unchanged.
std::string translated_message(const std::string& english);

// Every English pattern with its French one (for the tests): "%s" marks a value.
std::vector<std::pair<std::string, std::string>> message_patterns();

}  // namespace roster::present
