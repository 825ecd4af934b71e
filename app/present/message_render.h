// A message (engine/message.h) as a planner reads it: its catalogue text in the language, each
// place filled with its argument formatted in that language's style. The one place where
// anything Roster says becomes prose. Pure, tested natively in both languages.
#pragma once

#include <string>
#include <vector>

#include "engine/message.h"
#include "format.h"

namespace roster::present {

// In the display language.
std::string render(const Message& message);

// One of Roster's own terms (a column header, a choice) in the display language; its key where the
// catalogue has no text (the catalogue's tests fail on that first).
std::string term_word(Term term);
std::string render(const Message& message, Language language);

// What is wrong with rendering `message` in `language`, for the tests: no text in the
// catalogue, a place no argument fills, an argument no place uses, a plural without a count,
// a text that does not parse. Empty when it renders cleanly.
std::vector<std::string> render_problems(const Message& message, Language language);

// The names of the places in a catalogue text ("{name}", the count of a plural), in order of
// first appearance, with the problems of parsing it (unbalanced braces, unknown forms).
struct TemplatePlaces {
    std::vector<std::string> names;
    std::vector<std::string> plural_counts;
    std::vector<std::string> problems;
};
TemplatePlaces template_places(const char* text);

// Sets the display language for as long as it lives, and puts the previous one back: rendering
// in a language other than the display's, and tests that must not leave later tests in French.
class LanguageGuard {
public:
    explicit LanguageGuard(Language language);
    ~LanguageGuard();
    LanguageGuard(const LanguageGuard&) = delete;
    LanguageGuard& operator=(const LanguageGuard&) = delete;

private:
    Language previous_;
};

}  // namespace roster::present
