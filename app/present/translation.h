// The interface in the planner's language: views write English and pass each text through tr(),
// which gives the French text when French is the display language (format.h) and the English
// otherwise or when a text has no translation yet. Pure, tested natively.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "engine/assumptions.h"
#include "engine/plan.h"

namespace roster::present {

const char* tr(const char* english);

// tr() of a text with "%s" places, filled in order with `values` (names, numbers already
// formatted): trf("Downloaded %s.", {name}).
std::string trf(const char* english, std::initializer_list<std::string> values);

// An assumption's label ("Reach per post · Instagram · micro") in the display language, composed
// from the assumption's parts (engine/assumptions.h), each rendered in that language.
std::string assumption_label(const AssumptionSpec& spec);

// An example plan's name and scenario names in the display language (the example files are
// written in English; a plan opened from one is the planner's own from then on).
void name_in_language(Plan& plan);

// Every English text with its French translation (for the tests).
std::vector<std::pair<std::string, std::string>> french_words();

}  // namespace roster::present
