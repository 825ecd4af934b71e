// What Roster says about forecast against actuals: locked forecasts, actuals, imports of analytics exports, calibration (issue 23), in English and French.
// message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {
namespace {

using M = MessageId;
using T = Term;

const MessageText kMessages[] = {
    // The plan's own rules for what was posted and what was promised (engine/actuals.cpp).
    {M::ActualsTooMany, "A plan holds at most {max} posts with actuals.",
     "Un plan contient au plus {max} publications avec des résultats réels."},
    {M::ActualPostInvalid, "The actuals of creator {id} name post {post}; posts are numbered from 1 to {max}.",
     "Les résultats réels du créateur {id} citent la publication {post} ; les publications sont numérotées de 1 à {max}."},
    {M::ActualTwice, "The actuals of creator {id} give post {post} of {format} twice.",
     "Les résultats réels du créateur {id} donnent deux fois la publication {post} ({format})."},
    {M::ActualFigureOutOfRange, "The actual {figure} of creator {id} must be between 0 and {max}.",
     "Le résultat réel ({figure}) du créateur {id} doit être compris entre 0 et {max}."},
    {M::ActualFigureTwice, "The actuals of creator {id} give {figure} twice for one post.",
     "Les résultats réels du créateur {id} donnent deux fois « {figure} » pour une même publication."},
    {M::ActualDateInvalid, "The actuals of creator {id} have the date “{date}”, which is not a date written YYYY-MM-DD.",
     "Les résultats réels du créateur {id} ont la date « {date} », qui n’est pas une date au format AAAA-MM-JJ."},
    {M::ActualAddressTooLong, "The post address in the actuals of creator {id} is longer than {max} characters.",
     "L’adresse de publication dans les résultats réels du créateur {id} dépasse {max} caractères."},
    {M::LockedForecastTwice, "A plan holds one locked forecast at most.", "Un plan contient au plus une prévision verrouillée."},
    {M::LockedForecastTooLarge, "A locked forecast holds at most {max} creators or assumptions.",
     "Une prévision verrouillée contient au plus {max} créateurs ou hypothèses."},
    {M::LockedBandInvalid, "A locked range of {figure} must have P10 ≤ median ≤ P90, none of them negative.",
     "Une fourchette verrouillée ({figure}) doit vérifier P10 ≤ médiane ≤ P90, sans valeur négative."},
    {M::LockedTextTooLong, "A text of the locked forecast or the calibration is longer than {max} characters.",
     "Un texte de la prévision verrouillée ou de la calibration dépasse {max} caractères."},
    {M::CalibrationRecordInvalid,
     "The plan's calibration is broken: one at most, with whole numbers of campaigns and posts that are not negative.",
     "La calibration du plan est abîmée : une seule au plus, avec des nombres de campagnes et de publications positifs."},

    // Edits (the undo menu) and why one is refused (document/commands.cpp).
    {M::EditLockForecast, "lock the forecast of “{scenario}”", "verrouiller la prévision de « {scenario} »"},
    {M::EditUnlockForecast, "unlock the forecast", "déverrouiller la prévision"},
    {M::EditSetActual, "actuals of “{creator}”", "résultats réels de « {creator} »"},
    {M::EditImportActuals, "{n, plural, one {import the actuals of # post} other {import the actuals of # posts}}",
     "{n, plural, one {importer les résultats réels de # publication} other {importer les résultats réels de # "
     "publications}}"},
    {M::EditApplyCalibration, "{n, plural, one {calibrate from # campaign} other {calibrate from # campaigns}}",
     "{n, plural, one {calibrer sur # campagne} other {calibrer sur # campagnes}}"},
    {M::EditRemoveCalibration, "remove the calibration", "retirer la calibration"},
    {M::LockNothingToLock, "There is nothing to lock: the scenario has no creator.",
     "Il n’y a rien à verrouiller : le scénario n’a aucun créateur."},
    {M::LockAlreadyLocked, "The forecast of “{scenario}” was locked on {date}; unlock it first to lock another.",
     "La prévision de « {scenario} » a été verrouillée le {date} ; déverrouillez-la d’abord pour en verrouiller une autre."},
    {M::UnlockNothingLocked, "No forecast is locked.", "Aucune prévision n’est verrouillée."},
    {M::CalibrationNotApplied, "No calibration is applied to this plan.", "Aucune calibration n’est appliquée à ce plan."},

    // Analytics exports (storage/actuals_export.cpp, document/actuals_import.cpp).
    {M::ActualsExportUnknown,
     "This file is not an analytics export Roster knows: it needs a column naming the post or the account and one of "
     "views, reach or impressions (Instagram, Meta Business Suite, TikTok Studio or YouTube Studio, in English or French).",
     "Ce fichier n’est pas un export de statistiques que Roster connaît : il lui faut une colonne qui nomme la publication "
     "ou le compte et une colonne de vues, de couverture ou d’impressions (Instagram, Meta Business Suite, TikTok Studio "
     "ou YouTube Studio, en anglais ou en français)."},
    {M::ActualsExportRead, "Read a {provider} export ({language}), {rows, plural, one {# row} other {# rows}}.",
     "Export {provider} lu ({language}), {rows, plural, one {# ligne} other {# lignes}}."},
    {M::ActualsRowMatched, "Row {row}: “{creator}”, {format} {post}.", "Ligne {row} : « {creator} », {format} {post}."},
    {M::ActualsRowUnmatched, "Row {row}: no creator of the plan has the handle or post address “{value}”.",
     "Ligne {row} : aucun créateur du plan n’a l’identifiant ou l’adresse de publication « {value} »."},
    {M::ActualsRowAmbiguous, "Row {row}: “{value}” could be any of {names}; give the post address to choose.",
     "Ligne {row} : « {value} » peut désigner {names} ; donnez l’adresse de la publication pour choisir."},
    {M::ActualsRowOtherPlatform, "Row {row}: “{creator}” is not on {provider} in the plan.",
     "Ligne {row} : « {creator} » n’est pas sur {provider} dans le plan."},
    {M::ActualsRowNoPost, "Row {row}: every post planned for “{creator}” already has its actuals in this file.",
     "Ligne {row} : chaque publication prévue pour « {creator} » a déjà ses résultats réels dans ce fichier."},
    {M::ActualsRowBadNumber, "Row {row}, “{column}”: “{value}” is not a number that is zero or more.",
     "Ligne {row}, « {column} » : « {value} » n’est pas un nombre positif ou nul."},
    {M::ActualsRowBadDate, "Row {row}: “{value}” is not a date Roster can read.",
     "Ligne {row} : « {value} » n’est pas une date que Roster sait lire."},
    {M::ActualsSkippedTotal, "Row {row} is a total and was skipped.", "La ligne {row} est un total : elle est ignorée."},
    {M::ActualsImportCounts,
     "{matched, plural, one {# post matched} other {# posts matched}}, {unmatched, plural, one {# row not matched} other "
     "{# rows not matched}}, {refused, plural, one {# row refused} other {# rows refused}}.",
     "{matched, plural, one {# publication reconnue} other {# publications reconnues}}, {unmatched, plural, one {# ligne "
     "non reconnue} other {# lignes non reconnues}}, {refused, plural, one {# ligne refusée} other {# lignes refusées}}."},
    {M::ActualsNothingMatched, "No row of the file matches a creator of the plan: nothing was changed.",
     "Aucune ligne du fichier ne correspond à un créateur du plan : rien n’a été modifié."},
    {M::ForecastNotLocked, "No forecast is locked yet: lock one when the campaign goes live.",
     "Aucune prévision n’est encore verrouillée : verrouillez-en une au lancement de la campagne."},

    // Calibration (engine/calibration.cpp).
    {M::CalibratedFromCampaigns,
     "calibrated from {n, plural, one {# campaign} other {# campaigns}} ({posts, plural, one {# post} other {# posts}})",
     "calibré sur {n, plural, one {# campagne} other {# campagnes}} ({posts, plural, one {# publication} other {# "
     "publications}})"},
    {M::CalibrationReplaced, "{assumption}: {after} in place of {before}", "{assumption} : {after} au lieu de {before}"},
    {M::CalibrationNoCampaigns,
     "No finished campaign to calibrate from: a plan needs a locked forecast and actuals of posted posts.",
     "Aucune campagne terminée sur laquelle calibrer : un plan doit avoir une prévision verrouillée et les résultats réels "
     "de publications parues."},
    {M::CalibrationPlanSkipped, "“{plan}” is left out: it has no locked forecast with actuals.",
     "« {plan} » est laissé de côté : il n’a pas de prévision verrouillée avec des résultats réels."},
    {M::CliActualsWrote, "Wrote {path} with the actuals of {n, plural, one {# post} other {# posts}}.",
     "{path} écrit avec les résultats réels de {n, plural, one {# publication} other {# publications}}."},
    {M::CliActualsNotWritten, "The plan was not written: give --out NEW_PLAN to keep the actuals.",
     "Le plan n’a pas été écrit : indiquez --out NOUVEAU_PLAN pour garder les résultats réels."},
    {M::CliCalibrationHeading,
     "Calibration from {n, plural, one {# campaign} other {# campaigns}}, {posts, plural, one {# post} other {# posts}}:",
     "Calibration sur {n, plural, one {# campagne} other {# campagnes}}, {posts, plural, one {# publication} other {# "
     "publications}} :"},

    // The app's views (ui/forecast_lock_view.cpp, actuals_import_view.cpp, forecast_view.cpp,
    // calibration_view.cpp, actuals_panel.cpp).
    {M::ForecastLockedOn, "Forecast of “{scenario}” locked on {date}", "Prévision de « {scenario} » verrouillée le {date}"},
    {M::LockExplained,
     "Roster keeps the forecast of “{scenario}” as it stands now: each creator's and the plan's medians with their "
     "P10–P90 ranges (views, reach, engagements, clicks, conversions, revenue, cost), the value of every assumption, this "
     "Roster's version and today's date. Later edits of the plan never change it; the actuals are compared with it. "
     "Undo takes the lock back.",
     "Roster garde la prévision de « {scenario} » telle qu’elle est maintenant : les médianes de chaque créateur et du "
     "plan avec leurs fourchettes P10–P90 (vues, couverture, engagements, clics, conversions, chiffre d’affaires, coût), "
     "la valeur de chaque hypothèse, la version de Roster et la date du jour. Les modifications ultérieures du plan ne la "
     "changent jamais ; les résultats réels lui sont comparés. Annuler retire le verrouillage."},
    {M::UnlockExplained,
     "The forecast of “{scenario}” locked on {date} is removed; the actuals stay. Without a locked forecast there is "
     "nothing to compare them with until another is locked. Undo puts it back.",
     "La prévision de « {scenario} » verrouillée le {date} est retirée ; les résultats réels restent. Sans prévision "
     "verrouillée, rien ne leur est comparé jusqu’au prochain verrouillage. Annuler la remet."},
    {M::ActualsImported, "Imported campaign results from {source}: {counts}",
     "Résultats de campagne importés depuis {source} : {counts}"},
    {M::ActualsFileUnreadable, "The campaign results from {source} were not imported: {cause}",
     "Les résultats de campagne de {source} n’ont pas été importés : {cause}"},
    {M::ActualsPreviewFrom, "From {source}. {summary} Nothing changes until you press Import.",
     "Depuis {source}. {summary} Rien ne change avant d’appuyer sur Importer."},
    {M::CalibrationGathered,
     "{plans, plural, one {# plan looked at} other {# plans looked at}} (this one and the plans in this browser): "
     "{campaigns, plural, one {# finished campaign} other {# finished campaigns}}, {posts, plural, one {# post} other "
     "{# posts}} with actuals.",
     "{plans, plural, one {# plan examiné} other {# plans examinés}} (celui-ci et les plans de ce navigateur) : "
     "{campaigns, plural, one {# campagne terminée} other {# campagnes terminées}}, {posts, plural, one {# publication} "
     "other {# publications}} avec résultats réels."},
    {M::ForecastChartCaption,
     "Per creator: the locked P10–P90 (bar), the locked median (tick) and the actual (dot: filled inside the range, "
     "hollow outside), on a scale where the median is 1.",
     "Par créateur : la fourchette P10–P90 verrouillée (barre), la médiane verrouillée (trait) et le réel (point : plein "
     "dans la fourchette, creux en dehors), sur une échelle où la médiane vaut 1."},
    {M::ActualsOfPost, "{format} {post}", "{format} {post}"},
    {M::ActualsTypedNote,
     "Numbers typed here are marked “typed”; imported numbers keep their source, and a tool's estimate is marked as one.",
     "Les nombres saisis ici sont marqués « saisi » ; les nombres importés gardent leur source, et l’estimation d’un "
     "outil est marquée comme telle."},
};

const TermText kTerms[] = {
    {T::ActualsViews, "views", "vues"},
    {T::ActualsReach, "reach", "couverture"},
    {T::ActualsImpressions, "impressions", "impressions"},
    {T::ActualsLikes, "likes", "j’aime"},
    {T::ActualsComments, "comments", "commentaires"},
    {T::ActualsShares, "shares", "partages"},
    {T::ActualsSaves, "saves", "enregistrements"},
    {T::ActualsClicks, "clicks", "clics"},
    {T::ActualsConversions, "conversions", "conversions"},
    {T::ActualsRevenue, "revenue", "chiffre d’affaires"},
    {T::ActualsCost, "cost", "coût"},
    {T::ActualsEngagements, "engagements", "engagements"},
    {T::ActualsFromPlatform, "reported by the platform", "donné par la plateforme"},
    {T::ActualsEstimate, "estimate", "estimation"},
    {T::ActualsTyped, "typed", "saisi"},
    {T::ActualsEnglishHeaders, "English headers", "en-têtes en anglais"},
    {T::ActualsFrenchHeaders, "French headers", "en-têtes en français"},
    {T::ActualsTotal, "Total", "Total"},
    {T::ActualsInside, "inside", "dedans"},
    {T::ActualsOutside, "outside", "dehors"},
    {T::ActualsNoActual, "no actual", "pas de résultat réel"},
    {T::ActualsColumnGroup, "Group", "Groupe"},
    {T::ActualsColumnFigure, "Figure", "Indicateur"},
    {T::ActualsColumnActual, "Actual", "Réel"},
    {T::ActualsColumnMedian, "Locked median", "Médiane verrouillée"},
    {T::ActualsColumnP10, "P10", "P10"},
    {T::ActualsColumnP90, "P90", "P90"},
    {T::ActualsColumnInside, "Within P10–P90", "Dans P10–P90"},
    {T::ActualsColumnRatio, "Actual / median", "Réel / médiane"},
    {T::ActualsByCreator, "creator", "créateur"},
    {T::ActualsByFormat, "format", "format"},
    {T::ActualsByTier, "tier", "catégorie"},
    {T::ActualsByPlatform, "platform", "plateforme"},
    {T::ActualsColumnRate, "Rate", "Taux"},
    {T::ActualsColumnMultiplier, "Multiplier", "Multiplicateur"},
    {T::ActualsColumnInterval, "90% interval", "Intervalle à 90 %"},
    {T::ActualsColumnPosts, "Posts", "Publications"},
    {T::ActualsColumnCell, "Where", "Où"},
    {T::ActualsMenuLock, "Lock forecast…", "Verrouiller la prévision…"},
    {T::ActualsMenuUnlock, "Unlock forecast…", "Déverrouiller la prévision…"},
    {T::ActualsMenuImport, "Import campaign results…", "Importer les résultats de campagne…"},
    {T::ActualsMenuForecast, "Forecast against actual", "Prévision et résultats réels"},
    {T::ActualsMenuCalibrate, "Calibrate from past campaigns…", "Calibrer sur les campagnes passées…"},
    {T::ActualsLockTitle, "Lock the forecast", "Verrouiller la prévision"},
    {T::ActualsLockButton, "Lock", "Verrouiller"},
    {T::ActualsUnlockTitle, "Unlock the forecast", "Déverrouiller la prévision"},
    {T::ActualsUnlockButton, "Unlock", "Déverrouiller"},
    {T::ActualsCancel, "Cancel", "Annuler"},
    {T::ActualsImportTitle, "Import campaign results", "Importer les résultats de campagne"},
    {T::ActualsImportButton, "Import", "Importer"},
    {T::ActualsColumnMatched, "What Roster does with it", "Ce que Roster en fait"},
    {T::ActualsColumnDate, "Date", "Date"},
    {T::ActualsNotImported, "Rows not imported", "Lignes non importées"},
    {T::ActualsCalibrateTitle, "Calibrate from past campaigns", "Calibrer sur les campagnes passées"},
    {T::ActualsApplyCalibration, "Apply to this plan", "Appliquer à ce plan"},
    {T::ActualsRemoveCalibration, "Remove calibration", "Retirer la calibration"},
    {T::ActualsTab, "Actuals", "Résultats réels"},
    {T::ActualsPosted, "Posted", "Publiée"},
    {T::ActualsPostAddress, "Post address", "Adresse de la publication"},
    {T::ActualsColumnPost, "Post", "Publication"},
    {T::ActualsColumnSource, "Source", "Source"},
    {T::ActualsClearPost, "Clear", "Effacer"},
    {T::ActualsEstimateMark, "(estimate)", "(estimation)"},
    {T::ActualsEveryFigure, "every figure", "tous les indicateurs"},
};

}  // namespace

CatalogueSection actuals_catalogue() {
    return {"actuals", kMessages, sizeof kMessages / sizeof kMessages[0], kTerms, sizeof kTerms / sizeof kTerms[0]};
}

}  // namespace roster::present
