#include "message_catalogue.h"

#include <array>

namespace roster::present {
namespace {

// Id -> row, built once from the sections: lookups are then one index, and an id given twice
// keeps its first row (tests/present/message_catalogue_test.cpp refuses both mistakes).
struct Index {
    std::array<const MessageText*, kMessageIdCount> messages{};
    std::array<const TermText*, kTermCount> terms{};
    Index() {
        for (const CatalogueSection& s : catalogue_sections()) {
            for (std::size_t i = 0; i < s.message_count; ++i) {
                const auto k = static_cast<std::size_t>(s.messages[i].id);
                if (k < messages.size() && !messages[k]) messages[k] = &s.messages[i];
            }
            for (std::size_t i = 0; i < s.term_count; ++i) {
                const auto k = static_cast<std::size_t>(s.terms[i].term);
                if (k < terms.size() && !terms[k]) terms[k] = &s.terms[i];
            }
        }
    }
};

const Index& index() {
    static const Index built;
    return built;
}

}  // namespace

std::vector<CatalogueSection> catalogue_sections() {
    return {engine_catalogue(), storage_catalogue(), document_catalogue(), interface_catalogue(), sheet_catalogue(),
            optimiser_catalogue(), reach_catalogue(), ranges_catalogue(), money_catalogue(), actuals_catalogue(), workday_catalogue(), offline_catalogue(), workers_catalogue(), workbook_catalogue()};
}

const char* message_template(MessageId id, Language language) {
    const auto k = static_cast<std::size_t>(id);
    if (k >= kMessageIdCount || !index().messages[k]) return nullptr;
    const MessageText& row = *index().messages[k];
    return language == Language::French ? row.french : row.english;
}

const char* term_text(Term term, Language language) {
    const auto k = static_cast<std::size_t>(term);
    if (k >= kTermCount || !index().terms[k]) return nullptr;
    const TermText& row = *index().terms[k];
    return language == Language::French ? row.french : row.english;
}

}  // namespace roster::present
