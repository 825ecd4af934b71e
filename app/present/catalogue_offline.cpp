// What Roster says about the page offline and in workers (issue 25), in English and French.
// message_catalogue.h says how a text is written.
#include "message_catalogue.h"

#include <iterator>

namespace roster::present {
namespace {

using M = MessageId;

const MessageText kMessages[] = {
    // --- the precision the ranges reached (ui/results_view.cpp) ---
    {M::RangePrecision,
     "Precision: ±{precision} from {draws} simulated campaigns (the standard error of P10, P50 and P90 of net reach "
     "and ROI; the simulation stops once it is within 1% or at its most campaigns).",
     "Précision : ±{precision} sur {draws} campagnes simulées (l’erreur type des P10, P50 et P90 de la couverture "
     "nette et du ROI ; la simulation s’arrête dès qu’elle est sous 1 % ou à son nombre maximal de campagnes)."},
};

}  // namespace

CatalogueSection offline_catalogue() {
    return {"offline", kMessages, std::size(kMessages), nullptr, 0};
}

}  // namespace roster::present
