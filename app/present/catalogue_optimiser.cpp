// What the budget optimiser says (engine/optimiser*.cpp, storage/optimiser_settings.cpp,
// cli/optimise_command.cpp), and its words, in English and French. message_catalogue.h says how a
// text is written.
#include "message_catalogue.h"

namespace roster::present {
namespace {

using M = MessageId;

const MessageText kMessages[] = {
    // Why nothing, or not everything, can be proposed.
    {M::OptimiserUnknownCreator, "The optimiser's settings name creator {id}, who is not in the plan.",
     "Les réglages de l’optimiseur citent le créateur {id}, absent du plan."},
    {M::OptimiserOptionProblem, "The booking option “{option}” of “{creator}” cannot be used: {cause}",
     "L’option de réservation « {option} » de « {creator} » est inutilisable : {cause}"},
    {M::OptimiserNoBudget, "The optimiser needs a budget above zero.", "L’optimiseur a besoin d’un budget supérieur à zéro."},
    {M::OptimiserNoCandidates, "No creator of the plan is a candidate: every one is excluded or has no booking option.",
     "Aucun créateur du plan n’est candidat : tous sont exclus ou sans option de réservation."},
    {M::OptimiserNeedsOrderValue,
     "Gross profit and ROI need the campaign's average order value, which the plan does not give.",
     "La marge brute et le ROI demandent le panier moyen de la campagne, que le plan n’indique pas."},
    {M::OptimiserOnTargetUnknown,
     "No candidate's audience profile covers the campaign's target, so on-target reach is not known.",
     "Aucun profil d’audience des candidats ne couvre la cible de la campagne : la couverture dans la cible est "
     "inconnue."},
    {M::OptimiserMustIncludeOverBudget,
     "The creators that must be included cost at least {cost} together, above the budget of {budget}.",
     "Les créateurs à inclure coûtent au moins {cost} ensemble, au-delà du budget de {budget}."},
    {M::OptimiserMustIncludeOverCap,
     "“{creator}” must be included but costs at least {cost}, above the {cap} allowed on one creator.",
     "« {creator} » doit être inclus mais coûte au moins {cost}, au-delà des {cap} permis pour un créateur."},
    {M::OptimiserTooFewCandidates,
     "Asked for {constraint}, but there {candidates, plural, one {is only # candidate} other {are only # candidates}} "
     "for it.",
     "Demandé : {constraint}, mais {candidates, plural, one {il n’y a que # candidat} other {il n’y a que # candidats}} "
     "pour cela."},
    {M::OptimiserMustIncludeBreak,
     "The creators that must be included already break “{constraint}” ({must, plural, one {# of them counts} other {# "
     "of them count}}).",
     "Les créateurs à inclure enfreignent déjà « {constraint} » ({must, plural, one {# d’entre eux compte} other {# "
     "d’entre eux comptent}})."},
    {M::OptimiserConstraintsClash, "“{first}” and “{second}” cannot both hold.",
     "« {first} » et « {second} » ne peuvent pas tenir ensemble."},
    {M::OptimiserMinimumsAboveMaximum,
     "The minimum numbers of creators per platform or tier add up to {minimums}, more than “{constraint}” allows.",
     "Les nombres minimaux de créateurs par plateforme ou catégorie totalisent {minimums}, plus que ne le permet "
     "« {constraint} »."},
    {M::OptimiserMinimumsOverBudget,
     "Meeting the minimum numbers of creators costs at least {cost}, above the budget of {budget}.",
     "Atteindre les nombres minimaux de créateurs coûte au moins {cost}, au-delà du budget de {budget}."},
    {M::OptimiserMinSharesOver100, "The minimum shares of spend add up to {total}, more than 100%.",
     "Les parts minimales de dépense totalisent {total}, plus de 100 %."},
    {M::OptimiserCpmBelowEveryCandidate, "No candidate buys impressions at a CPM of {cpm} or less: the lowest is {lowest}.",
     "Aucun candidat n’achète des impressions à un CPM de {cpm} ou moins : le plus bas est {lowest}."},
    {M::OptimiserNoFeasibleProposal,
     "No proposal found meets every constraint: the closest one is shown, with what it breaks.",
     "Aucune proposition trouvée ne respecte toutes les contraintes : la plus proche est présentée, avec ce qu’elle "
     "enfreint."},
    {M::OptimiserNotMet, "Not met: {constraint}.", "Non respecté : {constraint}."},
    {M::OptimiserChanceNotReached,
     "No proposal found has a {floor} chance that ROI is positive; the closest has {chance}.",
     "Aucune proposition trouvée n’a {floor} de chances d’un ROI positif ; la plus proche en a {chance}."},

    // The constraints in words, quoted by the messages above and by "why left out".
    {M::ConstraintBudget, "a budget of {budget}", "un budget de {budget}"},
    {M::ConstraintMinCreators, "at least {n, plural, one {# creator} other {# creators}}",
     "au moins {n, plural, one {# créateur} other {# créateurs}}"},
    {M::ConstraintMaxCreators, "at most {n, plural, one {# creator} other {# creators}}",
     "au plus {n, plural, one {# créateur} other {# créateurs}}"},
    {M::ConstraintTierMinCreators, "at least {n, plural, one {# {tier} creator} other {# {tier} creators}}",
     "au moins {n, plural, one {# créateur de catégorie {tier}} other {# créateurs de catégorie {tier}}}"},
    {M::ConstraintTierMaxCreators, "at most {n, plural, one {# {tier} creator} other {# {tier} creators}}",
     "au plus {n, plural, one {# créateur de catégorie {tier}} other {# créateurs de catégorie {tier}}}"},
    {M::ConstraintTierMinShare, "at least {share} of the spend on {tier} creators",
     "au moins {share} de la dépense sur les créateurs de catégorie {tier}"},
    {M::ConstraintTierMaxShare, "at most {share} of the spend on {tier} creators",
     "au plus {share} de la dépense sur les créateurs de catégorie {tier}"},
    {M::ConstraintPlatformMinCreators, "at least {n, plural, one {# {platform} creator} other {# {platform} creators}}",
     "au moins {n, plural, one {# créateur {platform}} other {# créateurs {platform}}}"},
    {M::ConstraintPlatformMaxCreators, "at most {n, plural, one {# {platform} creator} other {# {platform} creators}}",
     "au plus {n, plural, one {# créateur {platform}} other {# créateurs {platform}}}"},
    {M::ConstraintPlatformMinShare, "at least {share} of the spend on {platform}", "au moins {share} de la dépense sur {platform}"},
    {M::ConstraintPlatformMaxShare, "at most {share} of the spend on {platform}", "au plus {share} de la dépense sur {platform}"},
    {M::ConstraintCreatorShare, "at most {share} of the budget on one creator", "au plus {share} du budget sur un même créateur"},
    {M::ConstraintMinFrequency, "an average frequency of at least {frequency}", "une fréquence moyenne d’au moins {frequency}"},
    {M::ConstraintMinEffectiveReach, "at least {people} people reached often enough to count (effective reach)",
     "au moins {people} personnes touchées assez souvent pour compter (couverture utile)"},
    {M::ConstraintMaxCpm, "a CPM of at most {cpm}", "un CPM d’au plus {cpm}"},
    {M::ConstraintMinChanceRoiPositive, "at least a {share} chance that ROI is positive",
     "au moins {share} de chances d’un ROI positif"},

    // Why a creator was left out.
    {M::LeftOutBudget, "costs {cost}; {left} of the budget was left", "coûte {cost} ; il restait {left} du budget"},
    {M::LeftOutConstraint, "would break “{constraint}”", "enfreindrait « {constraint} »"},
    {M::LeftOutOverlap, "{share} of the people reached are already reached, most of all by “{creator}”",
     "{share} des personnes touchées le sont déjà, surtout par « {creator} »"},

    // The constraints file (storage/optimiser_settings.cpp).
    {M::OptimiserSettingsTooLarge, "A constraints file is at most {max}.", "Un fichier de contraintes fait au plus {max}."},
    {M::OptimiserSettingsUnreadable, "The constraints file cannot be read: {cause}",
     "Le fichier de contraintes est illisible : {cause}"},
    {M::OptimiserSettingsNotRoster,
     "This is not a Roster constraints file: it needs “roster_optimiser”: 1 (docs/OPTIMISER.md).",
     "Ce n’est pas un fichier de contraintes Roster : il lui faut « roster_optimiser » : 1 (docs/OPTIMISER.md)."},
    {M::OptimiserSettingsUnknownField, "The constraints file has a field Roster does not know: “{field}”.",
     "Le fichier de contraintes a un champ que Roster ne connaît pas : « {field} »."},
    {M::OptimiserSettingsBadValue, "“{field}” must be {expected}.", "« {field} » doit être {expected}."},
    {M::OptimiserSettingsUnknownCreator, "No creator called “{name}” in the plan (give a name or a handle).",
     "Aucun créateur nommé « {name} » dans le plan (donnez un nom ou un identifiant)."},
    {M::OptimiserSettingsUnknownPlatform, "“{value}” is not a platform Roster knows.",
     "« {value} » n’est pas une plateforme connue de Roster."},
    {M::OptimiserSettingsUnknownTier, "“{value}” is not a tier: nano, micro, mid, macro or mega.",
     "« {value} » n’est pas une catégorie : nano, micro, mid, macro ou mega."},
    {M::OptimiserSettingsUnknownOption,
     "“{value}” is not a booking option: as_planned, one_post, half_posts, double_posts, or a group with a label and "
     "deliverables.",
     "« {value} » n’est pas une option de réservation : as_planned, one_post, half_posts, double_posts, ou un groupe "
     "avec label et deliverables."},
    {M::OptimiserSettingsUnknownFormat,
     "“{value}” is not a format Roster knows: feed_post, carousel, short, story, long_video or live.",
     "« {value} » n’est pas un format connu de Roster : feed_post, carousel, short, story, long_video ou live."},
    {M::OptimiserSettingsBothRoles, "“{name}” is listed both as a creator to include and as one to exclude.",
     "« {name} » figure à la fois parmi les créateurs à inclure et parmi ceux à exclure."},

    // roster optimise and roster frontier (cli/optimise_command.cpp).
    {M::CliOptimiseNeedsBudget, "roster optimise needs --budget, or a budget in the constraints file or in the plan.",
     "roster optimise demande --budget, ou un budget dans le fichier de contraintes ou dans le plan."},
    {M::CliUnknownObjective,
     "--objective needs one of net-reach, on-target-reach, effective-reach, conversions, gross-profit, roi-p10 (not "
     "“{objective}”).",
     "--objective attend net-reach, on-target-reach, effective-reach, conversions, gross-profit ou roi-p10 (pas "
     "« {objective} »)."},
    {M::CliNeedsAmount, "{option} needs an amount, such as 25000 or 25000.50.",
     "{option} attend un montant, par exemple 25000 ou 25000.50."},
    {M::CliNeedsPointCount, "{option} needs a whole number from 1 to {max}.", "{option} demande un nombre entier de 1 à {max}."},
    {M::CliOptimiseHeading,
     "Best roster for “{plan}” within {budget}, by {objective}, among {candidates, plural, one {# candidate} other {# "
     "candidates}}.",
     "Meilleur roster pour « {plan} » dans {budget}, selon : {objective}, parmi {candidates, plural, one {# candidat} "
     "other {# candidats}}."},
    {M::CliOptimiseRisk, "ROI: P10 {p10}, chance of a positive ROI {chance} (Monte Carlo).",
     "ROI : P10 {p10}, probabilité d’un ROI positif {chance} (Monte-Carlo)."},
    {M::CliOptimiseBound, "Upper bound on the best possible: {bound}; the proposal is within {gap} of it.",
     "Borne supérieure du meilleur possible : {bound} ; la proposition en est à {gap} au plus."},
    {M::CliBoundKnapsack,
     "The objective adds up over creators, so the bound is certain: the fractional knapsack of every booking option.",
     "L’objectif s’additionne d’un créateur à l’autre : la borne est certaine (sac à dos fractionnaire de toutes les "
     "options)."},
    {M::CliBoundSubmodular,
     "The bound assumes diminishing returns (a creator adds no more to a larger roster): it is the smaller of what the "
     "best options could add to the proposal and what exchanges could gain, what an option adds estimated and scaled "
     "by {scale}, the largest underestimate among the {checked} options checked with the deduplication.",
     "La borne suppose des rendements décroissants (un créateur n’apporte pas plus à un roster plus grand) : c’est la "
     "plus petite de ce que les meilleures options pourraient ajouter à la proposition et de ce que des échanges "
     "pourraient gagner, ce qu’apporte une option étant estimé et multiplié par {scale}, la plus forte sous-estimation "
     "parmi les {checked} options vérifiées par la déduplication."},
    {M::CliBoundNone, "No upper bound for this objective: its returns do not diminish.",
     "Pas de borne supérieure pour cet objectif : ses rendements ne sont pas décroissants."},
    {M::CliSimpleRule,
     "The planners' rule (most {objective} per unit of money first, overlap ignored) gets {value} with the same budget: "
     "{share} of the proposal's.",
     "La règle des planneurs (le plus de {objective} par unité de budget d’abord, recouvrements ignorés) obtient {value} "
     "avec le même budget : {share} de la proposition."},
    {M::CliProposalWritten, "Wrote {path}: the proposal is its open scenario, “{scenario}”.",
     "{path} écrit : la proposition en est le scénario ouvert, « {scenario} »."},
    {M::CliProposalWrittenAlone,
     "Wrote {path} with the proposal alone: the plan already holds the most scenarios a file allows.",
     "{path} écrit avec la proposition seule : le plan contient déjà le plus de scénarios qu’un fichier permette."},
    {M::CliProposalOwnProjection,
     "Projected as a plan of its own, the proposal reaches {reach} people: its views count at the median of their sum "
     "over its creators (docs/MODEL.md §7) where the search counts each creator's own median, and stated overlaps of "
     "creators left out no longer inform its estimated pairs (docs/OPTIMISER.md).",
     "Projetée comme un plan à part, la proposition touche {reach} personnes : ses vues comptent à la médiane de leur "
     "somme sur ses créateurs (docs/MODEL.md §7) là où la recherche compte la médiane de chaque créateur, et les "
     "recouvrements indiqués des créateurs écartés n’informent plus ses paires estimées (docs/OPTIMISER.md)."},
    {M::CliFrontierHeading,
     "Efficient frontier of “{plan}” by {objective}: the best proposal found at {points} budgets up to {budget}.",
     "Frontière efficiente de « {plan} » selon : {objective} ; la meilleure proposition trouvée pour {points} budgets "
     "jusqu’à {budget}."},
    {M::CliFrontierCurrentPlan,
     "The plan as it is costs {cost} for {value}; the frontier gives {frontier} for that money, {gap} more.",
     "Le plan actuel coûte {cost} pour {value} ; la frontière donne {frontier} pour ce montant, soit {gap} de plus."},
    {M::CliFrontierPlanAbove, "The plan as it is costs {cost} for {value}, on or above the frontier's {frontier} for that money.",
     "Le plan actuel coûte {cost} pour {value}, sur ou au-dessus des {frontier} de la frontière pour ce montant."},
};

using T = Term;

const TermText kTerms[] = {
    {T::OptimiserObjectiveNetReach, "net reach", "couverture nette"},
    {T::OptimiserObjectiveOnTargetReach, "on-target reach", "couverture dans la cible"},
    {T::OptimiserObjectiveEffectiveReach, "effective reach", "couverture utile"},
    {T::OptimiserObjectiveConversions, "conversions", "conversions"},
    {T::OptimiserObjectiveGrossProfit, "gross profit", "marge brute"},
    {T::OptimiserObjectiveRoiP10, "ROI P10", "ROI P10"},
    {T::OptimiserTierNano, "nano", "nano"},
    {T::OptimiserTierMicro, "micro", "micro"},
    {T::OptimiserTierMid, "mid-tier", "intermédiaire"},
    {T::OptimiserTierMacro, "macro", "macro"},
    {T::OptimiserTierMega, "mega", "méga"},
    {T::OptimiserOptionAsPlanned, "as planned", "comme prévu"},
    {T::OptimiserOptionOnePost, "one post", "une publication"},
    {T::OptimiserOptionHalfPosts, "half the posts", "moitié des publications"},
    {T::OptimiserOptionDoublePosts, "twice the posts", "deux fois plus de publications"},
    {T::OptimiserExpectWholeNumber, "a whole number of 0 or more", "un nombre entier positif ou nul"},
    {T::OptimiserExpectShare, "a share from 0 to 1 (0.25 is 25%)", "une part de 0 à 1 (0.25 vaut 25 %)"},
    {T::OptimiserExpectAmount, "an amount of 0 or more", "un montant positif ou nul"},
    {T::OptimiserExpectPositive, "a number above 0", "un nombre supérieur à 0"},
    {T::OptimiserExpectNames, "a list of creator names or handles", "une liste de noms ou d’identifiants de créateurs"},
    {T::OptimiserExpectObjective, "one of net-reach, on-target-reach, effective-reach, conversions, gross-profit, roi-p10",
     "l’un de net-reach, on-target-reach, effective-reach, conversions, gross-profit, roi-p10"},
    {T::OptimiserExpectGroup, "a group of fields", "un groupe de champs"},
    {T::OptimiserExpectOptions, "a list of booking options", "une liste d’options de réservation"},
    {T::OptimiserExpectText, "text", "du texte"},
    {T::OptimiserColumnCreator, "Creator", "Créateur"},
    {T::OptimiserColumnPlatform, "Platform", "Plateforme"},
    {T::OptimiserColumnTier, "Tier", "Catégorie"},
    {T::OptimiserColumnBooking, "Booking", "Réservation"},
    {T::OptimiserColumnCost, "Cost", "Coût"},
    {T::OptimiserColumnAdds, "Adds", "Apporte"},
    {T::OptimiserColumnPerThousand, "Per 1,000 spent", "Pour 1 000 dépensés"},
    {T::OptimiserColumnWouldAdd, "Would add", "Apporterait"},
    {T::OptimiserColumnWhyOut, "Why left out", "Pourquoi écarté"},
    {T::OptimiserColumnFigure, "Figure", "Indicateur"},
    {T::OptimiserColumnProposal, "Proposal", "Proposition"},
    {T::OptimiserColumnSimpleRule, "Simple rule", "Règle simple"},
    {T::OptimiserColumnPlanAsIs, "Plan as it is", "Plan actuel"},
    {T::OptimiserColumnBudget, "Budget", "Budget"},
    {T::OptimiserColumnSpent, "Spent", "Dépensé"},
    {T::OptimiserColumnCreators, "Creators", "Créateurs"},
    {T::OptimiserColumnMarginalThousand, "Cost of 1,000 more", "Coût de 1 000 de plus"},
    {T::OptimiserColumnMarginalOne, "Cost of one more", "Coût d’une de plus"},
    {T::OptimiserFigureCost, "Cost", "Coût"},
    {T::OptimiserFigureCreators, "Creators", "Créateurs"},
    {T::OptimiserFigureNetReach, "Net reach", "Couverture nette"},
    {T::OptimiserFigureOnTargetReach, "On-target reach", "Couverture dans la cible"},
    {T::OptimiserFigureEffectiveReach, "Effective reach", "Couverture utile"},
    {T::OptimiserFigureFrequency, "Average frequency", "Fréquence moyenne"},
    {T::OptimiserFigureImpressions, "Impressions", "Impressions"},
    {T::OptimiserFigureConversions, "Conversions", "Conversions"},
    {T::OptimiserFigureGrossProfit, "Gross profit", "Marge brute"},
    {T::OptimiserFigureCpm, "CPM", "CPM"},
    {T::OptimiserFigureRoi, "ROI", "ROI"},
    {T::OptimiserTitleProposal, "The proposal", "La proposition"},
    {T::OptimiserTitleLeftOut, "The best left out", "Les meilleurs écartés"},
    {T::OptimiserTitleFigures, "What it buys", "Ce qu’elle achète"},
    {T::OptimiserProposalScenario, "Proposal", "Proposition"},
    {T::OptimiserMustIncludeMark, "must include", "à inclure"},
};

}  // namespace

CatalogueSection optimiser_catalogue() {
    return {"optimiser", kMessages, sizeof kMessages / sizeof kMessages[0], kTerms, sizeof kTerms / sizeof kTerms[0]};
}

}  // namespace roster::present
