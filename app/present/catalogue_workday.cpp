// What Roster says about a planner's day without friction: workspace, charts, help (issue 26), in English and French.
// message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {

namespace {

using M = MessageId;

const MessageText kMessages[] = {
    // A field left with Escape goes back to what it held, said so that the planner sees it.
    {M::EditCancelled, "Edit cancelled (Esc): the field is back to {value}.",
     "Modification annulée (Échap) : le champ revient à {value}."},
    {M::NumberUnread, "“{text}” is not a number: the field keeps {value}.",
     "« {text} » n’est pas un nombre : le champ garde {value}."},
    {M::InteractionsCounted, "{n, plural, one {# interaction} other {# interactions}}",
     "{n, plural, one {# action} other {# actions}}"},
};

}  // namespace

CatalogueSection workday_catalogue() {
    return {"workday", kMessages, sizeof kMessages / sizeof kMessages[0], nullptr, 0};
}

}  // namespace roster::present
