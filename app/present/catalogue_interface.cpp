// What the presentation layer, the views and the command-line tool say themselves, in English
// and French. message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {
namespace {

using M = MessageId;

const MessageText kMessages[] = {
    // Text typed or pasted in the creator panel (overlap_row.cpp, share_text.cpp).
    {M::OverlapRowEmpty, "Paste or type the overlaps first, such as “Ben 12%, Cleo 8%”.",
     "Collez ou tapez d’abord les recouvrements, par exemple « Ben 12 %, Cleo 8 % »."},
    {M::OverlapRowCount,
     "A row of numbers needs one share for each of the other {others, plural, one {# creator} other {# creators}}, in "
     "roster order; it has {has}.",
     "Une ligne de nombres demande une part pour {others, plural, one {l’autre créateur} other {chacun des # autres "
     "créateurs}}, dans l’ordre du roster ; elle en a {has}."},
    {M::OverlapRowShareInvalid, "The share for “{creator}” must be a percentage between 0 and 100.",
     "La part pour « {creator} » doit être un pourcentage entre 0 et 100."},
    {M::OverlapRowUnknownCreator, "No creator called “{name}” in the plan: use a name or handle from the roster.",
     "Aucun créateur nommé « {name} » dans le plan : utilisez un nom ou un identifiant du roster."},
    {M::OverlapRowSelf, "“{name}” is this creator: an overlap is with the others.",
     "« {name} » est ce créateur : un recouvrement se fait avec les autres."},
    {M::SharesNeedShare, "“{item}” needs a share after the name, such as “FR 40%”.",
     "« {item} » demande une part après le nom, par exemple « FR 40 % »."},
    {M::SharesShareInvalid, "The share of “{key}” must be a percentage between 0 and 100.",
     "La part de « {key} » doit être un pourcentage entre 0 et 100."},
    // The workspace's own news in the status bar (ui/).
    {M::PlanTooLargeToKeep,
     "This plan is too large to keep as one file ({size}; plan files hold up to {max}): remove audience details or "
     "creators, or split it into several plans.",
     "Ce plan est trop grand pour tenir dans un fichier ({size} ; un fichier de plan contient au plus {max}) : retirez "
     "des détails d’audience ou des créateurs, ou répartissez-le en plusieurs plans."},
    {M::Downloaded, "Downloaded {file}.", "Téléchargé : {file}."},
    {M::ExampleUnopenable, "The example “{example}” could not be opened.", "L’exemple « {example} » n’a pas pu être ouvert."},
    {M::OpenedExample, "Opened the example “{example}” as a new plan; the previous one is in Plan > Plans in this browser.",
     "Exemple « {example} » ouvert comme nouveau plan ; le précédent est dans Plan > Plans de ce navigateur."},
    {M::NotRenamedName, "Not renamed: the plan name must be text of at most {max} characters.",
     "Pas renommé : le nom du plan doit être un texte de {max} caractères au plus."},
    {M::NotRenamedStorage, "Not renamed: the browser's storage refused the change.",
     "Pas renommé : le stockage du navigateur a refusé la modification."},
    {M::RestoredPlan, "Restored “{plan}”.", "« {plan} » restauré."},
    {M::RestoreRefused, "The browser's storage refused to restore the plan; try again.",
     "Le stockage du navigateur a refusé de restaurer le plan ; réessayez."},
    {M::OpenedFromLibrary, "Opened “{plan}” from this browser's plans.", "« {plan} » ouvert depuis les plans de ce navigateur."},
    {M::DuplicatedAs, "Duplicated as “{plan}”.", "Dupliqué sous le nom « {plan} »."},
    {M::DuplicateRefused, "The browser's storage refused the copy (it may be full).",
     "Le stockage du navigateur a refusé la copie (il est peut-être plein)."},
    {M::DeletedPlan, "Deleted “{plan}” from this browser. Undo is in the plans window.",
     "« {plan} » supprimé de ce navigateur. Annuler est dans la fenêtre des plans."},
    {M::LanguageChanged, "The interface now speaks English.", "L’interface parle maintenant français."},
    {M::OpenedOtherTab, "Opened the version saved from another tab. Undo (Ctrl+Z) brings this tab's back.",
     "Version enregistrée par un autre onglet ouverte. Annuler (Ctrl+Z) rétablit celle de cet onglet."},
    {M::OtherTabUnreadable, "The other tab's version could not be read; this tab's version is kept.",
     "La version de l’autre onglet est illisible ; celle de cet onglet est gardée."},
    {M::StartedNewPlan, "Started a new plan. The previous one is in Plan > Plans in this browser.",
     "Nouveau plan commencé. Le précédent est dans Plan > Plans de ce navigateur."},
    {M::NoFilePicker, "This build has no file picker: open plan files in the browser version.",
     "Cette version n’a pas de sélecteur de fichiers : ouvrez les fichiers de plan dans la version navigateur."},
    {M::KeptOpenPlan, "Kept the open plan; the file was not opened.", "Plan ouvert gardé ; le fichier n’a pas été ouvert."},
    {M::NotChanged, "Not changed: {cause}", "Rien n’a changé : {cause}"},
    {M::OverlapsNotChanged, "Overlaps not changed: {cause}", "Recouvrements inchangés : {cause}"},
    {M::NotAdded, "Not added: {cause}", "Rien n’a été ajouté : {cause}"},
    {M::CompareAtLeastTwo, "Compare at least two scenarios.", "Comparez au moins deux scénarios."},
    {M::TooManyScenariosRightClick, "A plan can hold at most {max} scenarios; remove one first (right-click its tab).",
     "Un plan compte au plus {max} scénarios ; supprimez-en un d’abord (clic droit sur son onglet)."},
    {M::LinkDamaged, "This link is damaged (it may have been cut short when it was copied); nothing was opened.",
     "Ce lien est abîmé (il a peut-être été coupé en le copiant) ; rien n’a été ouvert."},
    {M::LinkFromNewerRoster, "This link was made by a newer version of Roster; nothing was opened.",
     "Ce lien a été créé par une version plus récente de Roster ; rien n’a été ouvert."},
    {M::LinksCannotOpen, "This browser cannot open share links (it lacks DecompressionStream).",
     "Ce navigateur ne sait pas ouvrir les liens de partage (DecompressionStream lui manque)."},
    // The roster's bulk-edit row, after a selection.
    {M::RosterSelected, "{n, plural, one {# selected:} other {# selected:}}",
     "{n, plural, one {# sélectionné :} other {# sélectionnés :}}"},
    // A number of creators, as a chart's axis counts them.
    {M::CreatorsCount, "{n, plural, one {# creator} other {# creators}}",
     "{n, plural, one {# créateur} other {# créateurs}}"},
    // The cost against the budget cap, wherever cost is shown (present/budget.h).
    {M::BudgetLeft, "Budget: {left} left of {cap}.", "Budget : {left} restants sur {cap}."},
    {M::BudgetOver, "Budget: over the cap of {cap} by {over}.", "Budget : plafond de {cap} dépassé de {over}."},
    {M::ScenarioBudget, "{scenario}: {budget}", "{scenario} : {budget}"},
    // A line chart's point under the mouse: the series' name, where it is and its value there.
    {M::ChartPointTooltip, "{series} at {x}: {y}", "{series} à {x} : {y}"},
    // A creator moved to a platform without one of their formats (document/platform_change.h).
    {M::FormatMovedTo, "{from} became {to}, the nearest format {platform} offers.",
     "{from} devient {to}, le format le plus proche que propose {platform}."},
    // The optimiser's proposal opened beside the planner's scenarios.
    {M::ProposalOpened, "Opened the proposal as the scenario “{scenario}”: compare it with yours (Compare…); Undo takes it back.",
     "Proposition ouverte comme scénario « {scenario} » : comparez-la aux vôtres (Comparer…) ; Annuler la retire."},
    // A spreadsheet imported, or refused before its preview (ui/import_view.cpp).
    {M::SheetImported, "Imported from {source}: {counts} Undo (Ctrl+Z) takes the whole import back.",
     "Importé depuis {source} : {counts} Annuler (Ctrl+Z) retire toute l’importation."},
    {M::TableCopied, "Copied the table: paste it into a spreadsheet, cell by cell.",
     "Tableau copié : collez-le dans un tableur, cellule par cellule."},
    {M::SheetPreviewFrom, "From {source}: {summary}", "Depuis {source} : {summary}"},
    // A bar of the frequency chart: the people reached exactly so many times (or more, the last).
    {M::PeopleReachedTimes,
     "{people, plural, one {# person} other {# people}} reached {times, plural, one {once} other {# times}} "
     "({share} of the net reach)",
     "{people, plural, one {# personne touchée} other {# personnes touchées}} {times, plural, one {une fois} other {# fois}} "
     "({share} de la couverture nette)"},
    {M::PeopleReachedTimesOrMore,
     "{people, plural, one {# person} other {# people}} reached {times} times or more ({share} of the net reach)",
     "{people, plural, one {# personne touchée} other {# personnes touchées}} {times} fois ou plus "
     "({share} de la couverture nette)"},
    {M::SheetUnreadable, "Could not read {source} as a spreadsheet: {cause} Nothing was changed.",
     "Impossible de lire {source} comme un tableur : {cause} Rien n’a été modifié."},
    // The Edit menu: what undo and redo would take back.
    {M::UndoItem, "Undo {action}", "Annuler : {action}"},
    {M::RedoItem, "Redo {action}", "Rétablir : {action}"},
    {M::UndoNothing, "Undo", "Annuler"},
    {M::RedoNothing, "Redo", "Rétablir"},
    // The command-line tool (cli/main.cpp). Its options and file names are the same in every
    // language; what they do is explained in the language.
    {M::CliUsage,
     "Usage:\n"
     "  roster project PLAN [--json] [--draws N] [--seed S] [--scenario NAME]\n"
     "                                 print what the plan buys (table, or JSON with --json), with\n"
     "                                 P10-P90 ranges from N Monte-Carlo draws (default 10000; 0: none)\n"
     "                                 reproducible from seed S (default 1); the scenario open when\n"
     "                                 the plan was saved, or the one named\n"
     "  roster reach PLAN [--json] [--scenario NAME]\n"
     "                                 net reach after audience overlap: bounds, frequency 1-10+,\n"
     "                                 effective reach, incremental reach per creator, build-up\n"
     "                                 curves and the duplication matrix\n"
     "  roster validate PLAN           check that PLAN opens and list its scenarios; exit status 0\n"
     "                                 if it does\n"
     "  roster import PLAN SHEET [--sheet NAME] [--out NEW_PLAN] [--update] [--mapping FILE]\n"
     "                [--save-mapping FILE]\n"
     "                                 read creators from a CSV, tab-separated or .xlsx SHEET (NAME: the\n"
     "                                 workbook's sheet, the first by default): what was read,\n"
     "                                 added, updated (--update: same handle or name) and refused, and\n"
     "                                 why; the plan with them is written to NEW_PLAN. FILE: the column\n"
     "                                 mapping to use or keep. Exit status 1 if no row could be imported\n"
     "  roster export PLAN --table creators|comparison|frequency|buildup|assumptions|actuals\n"
     "                [--format csv|tsv] [--scenario NAME] [--draws N] [--seed S] [--out FILE]\n"
     "                                 a table for a spreadsheet on standard output (or FILE): CSV in\n"
     "                                 the language's conventions, or tab-separated text\n"
     "  roster export PLAN --format xlsx [--scenario NAME] [--draws N] [--seed S] [--out FILE]\n"
     "                                 the report workbook: a cover and every table above as a sheet,\n"
     "                                 numbers formatted; to FILE or \"PLAN NAME - report.xlsx\"\n"
     "  roster optimise PLAN [--budget X] [--objective net-reach|on-target-reach|effective-reach|\n"
     "                conversions|gross-profit|roi-p10] [--constraints FILE] [--json] [--out NEW_PLAN]\n"
     "                                 the best roster for the budget (default: the plan's cap) among the\n"
     "                                 plan's creators, with what each adds per 1,000 spent, the best left\n"
     "                                 out and why, and an upper bound; NEW_PLAN gets it as a scenario.\n"
     "                                 FILE: constraints (docs/OPTIMISER.md). Exit status 1 if they cannot\n"
     "                                 all be met\n"
     "  roster frontier PLAN [--points N] [--objective O] [--constraints FILE] [--json]\n"
     "                                 the best objective at N budgets (default 20) up to twice the plan's,\n"
     "                                 the cost of 1,000 more people at each, and where the plan stands\n"
     "  roster lock PLAN [--scenario NAME] [--date YYYY-MM-DD] [--draws N] --out NEW_PLAN\n"
     "                                 lock the forecast as the campaign goes live\n"
     "  roster actuals PLAN EXPORT [--out NEW_PLAN]\n"
     "                                 the actuals of an Instagram, TikTok Studio or YouTube Studio\n"
     "                                 export matched to the plan's creators, and the forecast against them\n"
     "  roster calibrate PLAN [PLAN…] [--json]\n"
     "                                 the forecast's rates calibrated from finished campaigns\n"
     "  roster assumptions             list every assumption: default, range, source (Markdown)\n"
     "  roster currencies              list the ISO 4217 currencies a plan may be in, with the dated\n"
     "                                 rates the money defaults are converted at\n"
     "  roster --version               print the version\n"
     "PLAN is a Roster plan file (NAME.roster.json); - reads standard input.\n"
     "--lang en|fr (or the LC_ALL, LC_MESSAGES or LANG variables) chooses the language of messages.\n",
     "Utilisation :\n"
     "  roster project PLAN [--json] [--draws N] [--seed S] [--scenario NOM]\n"
     "                                 affiche ce que le plan achète (tableau, ou JSON avec --json),\n"
     "                                 avec des plages P10-P90 tirées de N simulations Monte-Carlo\n"
     "                                 (10000 par défaut ; 0 : aucune) reproductibles depuis la graine S\n"
     "                                 (1 par défaut) ; le scénario ouvert à l’enregistrement, ou celui nommé\n"
     "  roster reach PLAN [--json] [--scenario NOM]\n"
     "                                 couverture nette après recouvrement d’audience : bornes,\n"
     "                                 fréquence 1-10+, couverture utile, couverture ajoutée par\n"
     "                                 créateur, courbes de montée en charge et matrice de duplication\n"
     "  roster validate PLAN           vérifie que PLAN s’ouvre et liste ses scénarios ; code de sortie 0\n"
     "                                 s’il s’ouvre\n"
     "  roster import PLAN TABLEAU [--sheet NOM] [--out NOUVEAU_PLAN] [--update] [--mapping FICHIER]\n"
     "                [--save-mapping FICHIER]\n"
     "                                 lit des créateurs dans un TABLEAU CSV, séparé par des tabulations ou\n"
     "                                 .xlsx (NOM : la feuille du classeur, la première par défaut) :\n"
     "                                 ce qui a été lu, ajouté, mis à jour (--update : même identifiant ou\n"
     "                                 même nom) et refusé, et pourquoi ; le plan qui les contient est écrit\n"
     "                                 dans NOUVEAU_PLAN. FICHIER : la correspondance de colonnes à utiliser\n"
     "                                 ou à garder. Code de sortie 1 si aucune ligne n’a pu être importée\n"
     "  roster export PLAN --table creators|comparison|frequency|buildup|assumptions|actuals\n"
     "                [--format csv|tsv] [--scenario NOM] [--draws N] [--seed S] [--out FICHIER]\n"
     "                                 un tableau pour un tableur sur la sortie standard (ou FICHIER) :\n"
     "                                 CSV selon les conventions de la langue, ou texte séparé par des\n"
     "                                 tabulations\n"
     "  roster export PLAN --format xlsx [--scenario NOM] [--draws N] [--seed S] [--out FICHIER]\n"
     "                                 le classeur de rapport : une page de garde et chaque tableau\n"
     "                                 ci-dessus en feuille, nombres formatés ; dans FICHIER ou\n"
     "                                 « NOM DU PLAN - report.xlsx »\n"
     "  roster optimise PLAN [--budget X] [--objective net-reach|on-target-reach|effective-reach|\n"
     "                conversions|gross-profit|roi-p10] [--constraints FICHIER] [--json] [--out NOUVEAU_PLAN]\n"
     "                                 le meilleur roster pour le budget (par défaut : le plafond du plan)\n"
     "                                 parmi les créateurs du plan, avec ce que chacun apporte pour 1 000\n"
     "                                 dépensés, les meilleurs écartés et pourquoi, et une borne supérieure ;\n"
     "                                 NOUVEAU_PLAN le reçoit comme scénario. FICHIER : les contraintes\n"
     "                                 (docs/OPTIMISER.md). Code de sortie 1 si elles ne tiennent pas toutes\n"
     "  roster frontier PLAN [--points N] [--objective O] [--constraints FICHIER] [--json]\n"
     "                                 le meilleur objectif pour N budgets (20 par défaut) jusqu’au double\n"
     "                                 de celui du plan, le coût de 1 000 personnes de plus à chaque pas,\n"
     "                                 et la place du plan actuel\n"
     "  roster lock PLAN [--scenario NOM] [--date AAAA-MM-JJ] [--draws N] --out NOUVEAU_PLAN\n"
     "                                 verrouille la prévision au lancement de la campagne\n"
     "  roster actuals PLAN EXPORT [--out NOUVEAU_PLAN]\n"
     "                                 les résultats réels d’un export Instagram, TikTok Studio ou\n"
     "                                 YouTube Studio rapprochés des créateurs du plan, et la prévision en regard\n"
     "  roster calibrate PLAN [PLAN…] [--json]\n"
     "                                 les taux de la prévision calibrés sur des campagnes terminées\n"
     "  roster assumptions             liste toutes les hypothèses : valeur par défaut, plage, source (Markdown)\n"
     "  roster currencies              liste les devises ISO 4217 possibles pour un plan, avec les taux\n"
     "                                 datés auxquels les valeurs monétaires par défaut sont converties\n"
     "  roster --version               affiche la version\n"
     "PLAN est un fichier de plan Roster (NOM.roster.json) ; - lit l’entrée standard.\n"
     "--lang en|fr (ou les variables LC_ALL, LC_MESSAGES ou LANG) choisit la langue des messages.\n"},
    {M::CliCannotOpen, "Cannot open {path}.", "Impossible d’ouvrir {path}."},
    {M::CliAboutFile, "{path}: {message}", "{path} : {message}"},
    {M::CliValidPlan, "{path}: a valid Roster plan with {creators, plural, one {# creator} other {# creators}}.",
     "{path} : un plan Roster valide avec {creators, plural, one {# créateur} other {# créateurs}}."},
    {M::CliScenarios, "Scenarios: {names}", "Scénarios : {names}"},
    {M::CliOpenScenario, "{name} (open)", "{name} (ouvert)"},
    {M::CliNoSuchScenario, "{path} has no scenario called \"{scenario}\" (it has: {names})",
     "{path} n’a pas de scénario nommé « {scenario} » (il a : {names})"},
    {M::CliScenarioNeedsName, "--scenario needs the name of one of the plan's scenarios",
     "--scenario demande le nom d’un des scénarios du plan"},
    {M::CliNeedsWholeNumber, "{option} needs a whole number", "{option} demande un nombre entier"},
    {M::CliNeedsDrawCount, "{option} needs a whole number from 0 to {max}",
     "{option} demande un nombre entier de 0 à {max}"},
    {M::CliUnexpectedArgument, "unexpected argument {argument}", "argument inattendu {argument}"},
    {M::CliUnknownCommand, "unknown command \"{command}\"", "commande inconnue « {command} »"},
    {M::CliUnknownLanguage, "--lang takes en or fr, not \"{language}\"", "--lang prend en ou fr, pas « {language} »"},
};

}  // namespace

CatalogueSection interface_catalogue() {
    return {"interface", kMessages, sizeof kMessages / sizeof kMessages[0], nullptr, 0};
}

}  // namespace roster::present
