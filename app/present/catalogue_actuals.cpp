// What Roster says about forecast against actuals: locked forecasts, actuals, imports of analytics exports, calibration (issue 23), in English and French.
// message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {

CatalogueSection actuals_catalogue() {
    return {"actuals", nullptr, 0, nullptr, 0};
}

}  // namespace roster::present
