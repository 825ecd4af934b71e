// The campaign's numbers the results depend on, always in view at the top of the results: the
// budget cap, the people in the target audience, the average order value (without which there is
// no revenue or ROI) and the gross margin. Each field is one undo step (SetCampaign); the rest of
// the campaign (name, currency, target, baseline channel) stays in View > Assumptions and campaign.
#pragma once

#include "view_context.h"

namespace roster::ui {

void draw_campaign_strip(ViewContext& ctx);

}  // namespace roster::ui
