// What Roster says about ranges with heavy tails: views from recommendations, P95 and P99 (issue 18), in English and French.
// message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {
namespace {

using T = Term;

// The upper tail beside a figure's P10 and P90 in the exported tables ("Views P99", "Vues P99").
const TermText kTerms[] = {
    {T::SheetColumnP95, "P95", "P95"},
    {T::SheetColumnP99, "P99", "P99"},
};

}  // namespace

CatalogueSection ranges_catalogue() {
    return {"ranges", nullptr, 0, kTerms, sizeof kTerms / sizeof kTerms[0]};
}

}  // namespace roster::present
