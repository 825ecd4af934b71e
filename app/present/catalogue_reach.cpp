// What Roster says about the reach model a planner can trust (issue 18: universes, ceilings,
// estimated pairs), in English and French. message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {
namespace {

using M = MessageId;
using T = Term;

const MessageText kMessages[] = {
    // What an overlap no one stated rests on (engine/overlap.cpp, overlap_estimate_note).
    {M::OverlapEstimateSameCreator,
     "Estimated: the same name on two platforms is taken as one person, followed on both by {share} of the smaller "
     "audience. Type the figure from your audience tool to state it.",
     "Estimation : le même nom sur deux plateformes est pris pour une seule personne, suivie sur les deux par {share} "
     "de la plus petite audience. Saisissez le chiffre de votre outil d’audience pour l’indiquer."},
    {M::OverlapEstimateChance,
     "Estimated from the followers alone, as chance pairs two audiences drawn from the {universe} people of the "
     "campaign’s market: neither creator has interests or countries in their audience profile. Type the figure from "
     "your audience tool to state it.",
     "Estimation à partir des seuls abonnés, comme le hasard apparie deux audiences tirées des {universe} personnes du "
     "marché de la campagne : aucun des deux profils d’audience n’indique de centres d’intérêt ni de pays. Saisissez le "
     "chiffre de votre outil d’audience pour l’indiquer."},
    {M::OverlapEstimateInterests,
     "Estimated from a market of {universe} people, raised because the two audiences’ interests are {alike} alike (up "
     "to {affinity} times chance for identical interests). Type the figure from your audience tool to state it.",
     "Estimation à partir d’un marché de {universe} personnes, relevée parce que les centres d’intérêt des deux "
     "audiences se ressemblent à {alike} (jusqu’à {affinity} fois le hasard pour des intérêts identiques). Saisissez le "
     "chiffre de votre outil d’audience pour l’indiquer."},
    {M::OverlapEstimateCountries,
     "Estimated from a market of {universe} people, held by the countries the two audiences share ({common} in "
     "common). Type the figure from your audience tool to state it.",
     "Estimation à partir d’un marché de {universe} personnes, limitée par les pays que les deux audiences partagent "
     "({common} en commun). Saisissez le chiffre de votre outil d’audience pour l’indiquer."},
    {M::OverlapEstimateProfiles,
     "Estimated from a market of {universe} people, raised because the two audiences’ interests are {alike} alike (up "
     "to {affinity} times chance) and held by the countries they share ({common} in common). Type the figure from "
     "your audience tool to state it.",
     "Estimation à partir d’un marché de {universe} personnes, relevée parce que les centres d’intérêt des deux "
     "audiences se ressemblent à {alike} (jusqu’à {affinity} fois le hasard) et limitée par les pays qu’elles "
     "partagent ({common} en commun). Saisissez le chiffre de votre outil d’audience pour l’indiquer."},
};

const TermText kTerms[] = {
    {T::OverlapEvidenceSameCreator, "estimate: same person", "estimation : même personne"},
    {T::OverlapEvidenceChance, "estimate: chance", "estimation : hasard"},
    {T::OverlapEvidenceInterests, "estimate: interests", "estimation : intérêts"},
    {T::OverlapEvidenceCountries, "estimate: countries", "estimation : pays"},
    {T::OverlapEvidenceProfiles, "estimate: profiles", "estimation : profils"},
};

}  // namespace

CatalogueSection reach_catalogue() {
    return {"reach", kMessages, sizeof kMessages / sizeof kMessages[0], kTerms, sizeof kTerms / sizeof kTerms[0]};
}

}  // namespace roster::present
