// What Roster says about the ranges drawn in the page's Web Workers (issue 25), in English and
// French. message_catalogue.h says how a text is written.
#include "message_catalogue.h"

#include <iterator>

namespace roster::present {
namespace {

using M = MessageId;

const MessageText kMessages[] = {
    // --- the net reach's range read out beside the summary (ui/page_mirror.cpp) ---
    {M::SummaryRangesSoFar,
     "Net reach will likely be between {low} and {high} people (10th to 90th percentile of the {draws} campaigns "
     "simulated so far; the simulation goes on).",
     "La couverture nette se situera probablement entre {low} et {high} personnes (10e au 90e centile des {draws} "
     "campagnes simulées jusqu’ici ; la simulation continue)."},
    {M::SummaryRangesFinal,
     "Net reach will likely be between {low} and {high} people (10th to 90th percentile of {draws} simulated "
     "campaigns).",
     "La couverture nette se situera probablement entre {low} et {high} personnes (10e au 90e centile de {draws} "
     "campagnes simulées)."},
};

}  // namespace

CatalogueSection workers_catalogue() {
    return {"workers", kMessages, std::size(kMessages), nullptr, 0};
}

}  // namespace roster::present
