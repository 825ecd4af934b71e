// What Roster says about the page offline and in workers (issue 25), in English and French.
// message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {

CatalogueSection offline_catalogue() {
    return {"offline", nullptr, 0, nullptr, 0};
}

}  // namespace roster::present
