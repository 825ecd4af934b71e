// What the document layer says (document/plan_exchange.cpp, plan_slots.cpp, plan_library.cpp,
// commands.cpp): plans opened, shared and saved, edits refused, and the names of edits in the
// undo menu, in English and French. message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {
namespace {

using M = MessageId;

const MessageText kMessages[] = {
    {M::CouldNotOpen, "Could not open {source}: {cause} Nothing was changed.",
     "Impossible d’ouvrir {source} : {cause} Rien n’a été modifié."},
    {M::CouldNotOpenTooLarge, "Could not open {source}: it is larger than {max}, far more than any plan. Nothing was changed.",
     "Impossible d’ouvrir {source} : plus de {max}, bien plus qu’aucun plan. Rien n’a été modifié."},
    {M::OpenedPlan,
     "Opened “{plan}” ({creators, plural, one {# creator} other {# creators}}) from {source}. Undo (Ctrl+Z) brings the "
     "previous plan back.",
     "« {plan} » ({creators, plural, one {# créateur} other {# créateurs}}) ouvert depuis {source}. Annuler (Ctrl+Z) "
     "ramène le plan précédent."},
    {M::ConfirmReplacePlan,
     "Replace “{current}” ({creators, plural, one {# creator} other {# creators}}, changed since it was last "
     "downloaded) with “{plan}” from {source}? Undo (Ctrl+Z) brings it back.",
     "Remplacer « {current} » ({creators, plural, one {# créateur} other {# créateurs}}, modifié depuis son dernier "
     "téléchargement) par « {plan} » depuis {source} ? Annuler (Ctrl+Z) le ramène."},
    {M::SourceFile, "the file “{file}”", "le fichier « {file} »"},
    {M::SourceShareLink, "the share link", "le lien de partage"},
    {M::SourcePastedText, "the pasted text", "le texte collé"},
    {M::LinkCopied, "Copied a link to this plan ({length} characters). Whoever opens it gets their own copy.",
     "Lien vers ce plan copié ({length} caractères). Qui l’ouvre en reçoit sa propre copie."},
    {M::LinkTooLong,
     "This plan is too large for a link ({length} characters; links stay under {max}). Download the plan file from "
     "the Plan menu and send that instead.",
     "Ce plan est trop grand pour un lien ({length} caractères ; les liens restent sous {max}). Téléchargez le "
     "fichier de plan depuis le menu Plan et envoyez-le plutôt."},
    {M::LinkNotCopied,
     "The browser did not let Roster copy the link ({length} characters): it is shown selected, press Ctrl+C to copy "
     "it.",
     "Le navigateur n’a pas laissé Roster copier le lien ({length} caractères) : il est affiché sélectionné, appuyez "
     "sur Ctrl+C pour le copier."},
    {M::LinksUnsupported, "This browser cannot make share links (it lacks CompressionStream). Send the plan file instead.",
     "Ce navigateur ne sait pas créer de liens de partage (CompressionStream lui manque). Envoyez plutôt le fichier de "
     "plan."},
    {M::LatestSaveUnreadable,
     "The latest save in this browser could not be read ({cause}) It was kept aside; the save before it was opened.",
     "La dernière sauvegarde de ce navigateur n’a pas pu être lue ({cause}) Elle a été mise de côté ; la précédente a "
     "été ouverte."},
    {M::SavedPlanUnreadableBlocked,
     "The plan saved in this browser could not be read ({cause}) To keep it, Roster will not save over it; download "
     "it from the status bar.",
     "Le plan enregistré dans ce navigateur n’a pas pu être lu ({cause}) Pour le garder, Roster n’enregistrera pas "
     "par-dessus ; téléchargez-le depuis la barre d’état."},
    {M::SavedPlanUnreadableKeptAside,
     "The plan saved in this browser could not be read ({cause}) It was kept aside (download it from the status "
     "bar); a new plan was started.",
     "Le plan enregistré dans ce navigateur n’a pas pu être lu ({cause}) Il a été mis de côté (téléchargez-le depuis "
     "la barre d’état) ; un nouveau plan a été commencé."},
    {M::ChangeOverlapFirst, "{cause} Change or remove that overlap first.",
     "{cause} Modifiez ou supprimez d’abord ce recouvrement."},
    {M::CopyTooManyCreators, "A copy would take the plan past {max} creators across its scenarios.",
     "Une copie ferait passer le plan au-delà de {max} créateurs sur l’ensemble de ses scénarios."},
    {M::CreatorGone, "That creator is no longer in the plan.", "Ce créateur n’est plus dans le plan."},
    {M::ScenarioGone, "That scenario is no longer in the plan.", "Ce scénario n’est plus dans le plan."},
    {M::KeepOneScenario, "A plan keeps at least one scenario.", "Un plan garde au moins un scénario."},
    {M::UnknownAssumption, "Roster has no assumption called “{key}”.", "Roster n’a pas d’hypothèse nommée « {key} »."},
    {M::SavedInBrowserToday, "Saved in this browser at {time}", "Enregistré dans ce navigateur à {time}"},
    {M::SavedInBrowserOn, "Saved in this browser on {time}", "Enregistré dans ce navigateur le {time}"},
    {M::NotSavedInBrowser, "Not saved in this browser yet", "Pas encore enregistré dans ce navigateur"},
    {M::DownloadedToday, "downloaded at {time}", "téléchargé à {time}"},
    {M::DownloadedOn, "downloaded on {time}", "téléchargé le {time}"},
    {M::NeverDownloaded, "never downloaded", "jamais téléchargé"},
    {M::SaveTimes, "{saved} · {downloaded}", "{saved} · {downloaded}"},
    {M::Never, "never", "jamais"},
    {M::TimeOfDay, "{time}", "{time}"},
    // The names of edits, as the Edit menu's Undo and Redo items quote them.
    {M::EditAddCreator, "add creator", "ajouter un créateur"},
    {M::EditCreator, "edit creator", "modifier le créateur"},
    {M::EditRemoveCreator, "remove creator", "retirer le créateur"},
    {M::EditCreators, "{n, plural, one {edit creator} other {edit # creators}}",
     "{n, plural, one {modifier le créateur} other {modifier # créateurs}}"},
    {M::EditRemoveCreators, "{n, plural, one {remove creator} other {remove # creators}}",
     "{n, plural, one {retirer le créateur} other {retirer # créateurs}}"},
    {M::EditDuplicateCreators, "{n, plural, one {duplicate creator} other {duplicate # creators}}",
     "{n, plural, one {dupliquer le créateur} other {dupliquer # créateurs}}"},
    {M::EditRenamePlan, "rename plan", "renommer le plan"},
    {M::EditCurrency, "change currency", "changer de devise"},
    {M::EditCampaign, "edit campaign", "modifier la campagne"},
    {M::EditEnvironment, "change environment", "changer l’environnement"},
    {M::EditTiers, "change tier thresholds", "changer les seuils de catégorie"},
    {M::EditChangeAssumption, "change assumption", "modifier une hypothèse"},
    {M::EditResetAssumption, "reset assumption", "rétablir une hypothèse"},
    {M::EditSetOverlap, "set overlap", "indiquer un recouvrement"},
    {M::EditEstimateOverlap, "estimate overlap", "estimer un recouvrement"},
    {M::EditSetOverlaps, "{n, plural, one {set # overlap} other {set # overlaps}}",
     "{n, plural, one {indiquer # recouvrement} other {indiquer # recouvrements}}"},
    {M::EditNewScenario, "new scenario “{name}”", "nouveau scénario « {name} »"},
    {M::EditRenameScenario, "rename scenario to “{name}”", "renommer le scénario en « {name} »"},
    {M::EditSwitchScenario, "switch scenario", "changer de scénario"},
    {M::EditRemoveScenario, "remove scenario", "supprimer le scénario"},
    {M::EditApplyWhatIf, "apply what-if", "appliquer la simulation"},
    {M::EditOpenPlanFile, "open plan file", "ouvrir un fichier de plan"},
    {M::EditOpenOtherTab, "open the other tab's version", "ouvrir la version de l’autre onglet"},
    {M::EditOpenExample, "open example", "ouvrir un exemple"},
    {M::EditNewPlan, "new plan", "nouveau plan"},
};

}  // namespace

CatalogueSection document_catalogue() {
    return {"document", kMessages, sizeof kMessages / sizeof kMessages[0], nullptr, 0};
}

}  // namespace roster::present
