// The texts of every message (engine/message.h) in each display language: one table per layer
// that says them (catalogue_engine.cpp, catalogue_storage.cpp, catalogue_document.cpp,
// catalogue_interface.cpp), each row an id with its English and its French text.
//
// A text is prose with named places: "{name}" takes the argument of that name, formatted by its
// kind in the language; "{n, plural, one {# creator} other {# creators}}" chooses by the count
// `n` with the language's plural rule (English: one for 1; French: one for 0 and 1), '#' being
// the count formatted. A planner's text goes in exactly as written, so quotes around a name
// belong in the text: “{name}” in English, « {name} » in French. A brace shown as such is quoted
// as in ICU: '}' shows }, and two apostrophes show one ('''}''' shows '}'); any other apostrophe
// ("plan's") is shown as it is.
#pragma once

#include <cstddef>
#include <vector>

#include "engine/message.h"
#include "format.h"

namespace roster::present {

struct MessageText {
    MessageId id;
    const char* english;
    const char* french;
};

struct TermText {
    Term term;
    const char* english;
    const char* french;
};

struct CatalogueSection {
    const char* layer;
    const MessageText* messages;
    std::size_t message_count;
    const TermText* terms;
    std::size_t term_count;
};

CatalogueSection engine_catalogue();
CatalogueSection storage_catalogue();
CatalogueSection document_catalogue();
CatalogueSection interface_catalogue();
CatalogueSection sheet_catalogue();  // spreadsheets in and out (catalogue_sheet.cpp)
CatalogueSection optimiser_catalogue();  // the budget optimiser (catalogue_optimiser.cpp)
CatalogueSection reach_catalogue();  // catalogue_reach.cpp
CatalogueSection ranges_catalogue();  // catalogue_ranges.cpp
CatalogueSection money_catalogue();  // catalogue_money.cpp
CatalogueSection actuals_catalogue();  // catalogue_actuals.cpp
CatalogueSection workday_catalogue();  // catalogue_workday.cpp
CatalogueSection offline_catalogue();  // catalogue_offline.cpp
CatalogueSection workers_catalogue();  // catalogue_workers.cpp
CatalogueSection workbook_catalogue();  // catalogue_workbook.cpp

// All sections, in the order of message_ids.h.
std::vector<CatalogueSection> catalogue_sections();

// The text of `id` or `term` in `language`; nullptr when the catalogue has none (a test makes
// sure that never happens).
const char* message_template(MessageId id, Language language);
const char* term_text(Term term, Language language);

}  // namespace roster::present
