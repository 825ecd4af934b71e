// What Roster says about spreadsheets in and out (storage/sheet_text.cpp, sheet_mapping.cpp,
// document/sheet_import.cpp, present/sheet_export.cpp, cli/import_command.cpp and
// export_command.cpp), and the words of exported tables' headers, in English and French.
// message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {
namespace {

using M = MessageId;

const MessageText kMessages[] = {
    // Reading the file.
    {M::SheetTooLarge, "The file is {size}; Roster reads spreadsheets of at most {max}.",
     "Le fichier fait {size} ; Roster lit des tableaux d’au plus {max}."},
    {M::SheetEmpty, "The file is empty.", "Le fichier est vide."},
    {M::SheetBinary, "This file is not text, so it cannot be a CSV or tab-separated sheet.",
     "Ce fichier n’est pas du texte : ce ne peut pas être un tableau CSV ou séparé par des tabulations."},
    {M::SheetIsWorkbook,
     "This is a workbook, not text. Roster opens .xlsx workbooks (Plan > Import roster from workbook…); save an .xls "
     "or .ods one as .xlsx or as CSV UTF-8 in your spreadsheet, or copy its cells, and try again.",
     "C’est un classeur, pas du texte. Roster ouvre les classeurs .xlsx (Plan > Importer des créateurs depuis "
     "un classeur…) ; enregistrez un classeur .xls ou .ods en .xlsx ou en CSV UTF-8 dans votre tableur, ou copiez ses "
     "cellules, puis réessayez."},
    {M::SheetUtf16Invalid,
     "The file is UTF-16 text (Excel’s “Unicode text”) by its first bytes, but the rest is not: it may be damaged.",
     "D’après ses premiers octets, le fichier est du texte UTF-16 (le « Texte Unicode » d’Excel), mais la suite n’en "
     "est pas : il est peut-être endommagé."},
    {M::SheetNotText,
     "Line {line} of the file has bytes that are neither UTF-8 nor Windows-1252 text. Save the sheet as “CSV UTF-8” and "
     "try again.",
     "La ligne {line} du fichier contient des octets qui ne sont ni du texte UTF-8 ni du Windows-1252. Enregistrez la "
     "feuille en « CSV UTF-8 » et réessayez."},
    {M::SheetTooManyRows, "The sheet has more than {max} rows, the most Roster reads. Split it into several files.",
     "La feuille a plus de {max} lignes, le maximum que Roster lit. Découpez-la en plusieurs fichiers."},
    {M::SheetTooManyColumns, "Row {row} has {columns} cells; Roster reads at most {max} columns.",
     "La ligne {row} a {columns} cellules ; Roster lit au plus {max} colonnes."},
    {M::SheetTooManyCells, "The sheet has more than {max} cells, the most Roster reads.",
     "La feuille a plus de {max} cellules, le maximum que Roster lit."},
    {M::SheetCellTooLong, "The cell in row {row}, column {column} is longer than {max}; no creator’s field is that long.",
     "La cellule de la ligne {row}, colonne {column}, dépasse {max} ; aucun champ de créateur n’est aussi long."},
    {M::SheetUnclosedQuote,
     "A quotation mark opened in row {row} is never closed, so the rest of the file would be one cell. Check that row.",
     "Un guillemet ouvert à la ligne {row} n’est jamais fermé : tout le reste du fichier tiendrait dans une seule "
     "cellule. Vérifiez cette ligne."},
    {M::SheetHasNoRows, "The sheet has no rows under its header.", "La feuille n’a aucune ligne sous ses en-têtes."},

    // Columns.
    {M::SheetMappingUnreadable, "This is not a Roster column mapping (a JSON file saved by Roster).",
     "Ce n’est pas une correspondance de colonnes Roster (un fichier JSON enregistré par Roster)."},
    {M::SheetMappingUnknownTarget, "The column mapping names “{target}”, which is not a creator field Roster knows.",
     "La correspondance de colonnes nomme « {target} », qui n’est pas un champ de créateur connu de Roster."},
    {M::SheetMappingTooLarge, "The column mapping file is larger than {max}.",
     "Le fichier de correspondance de colonnes dépasse {max}."},
    {M::SheetNoNameColumn, "No column gives the creators’ names or handles: choose a column for the name or the handle.",
     "Aucune colonne ne donne le nom ou l’identifiant des créateurs : choisissez une colonne pour le nom ou "
     "l’identifiant."},
    {M::SheetColumnMapped, "“{column}” → {target}", "« {column} » → {target}"},
    {M::SheetColumnMappedOnPlatform, "“{column}” → {target} ({platform})", "« {column} » → {target} ({platform})"},
    {M::SheetColumnIgnored, "“{column}”: not used", "« {column} » : non utilisée"},

    // Rows.
    {M::SheetRowRefused, "Row {row}, “{column}” (“{value}”): {cause}", "Ligne {row}, « {column} » (« {value} ») : {cause}"},
    {M::SheetRowRefusedWhole, "Row {row}: {cause}", "Ligne {row} : {cause}"},
    {M::SheetRowRefusedEmpty, "Row {row}, “{column}” (empty): {cause}", "Ligne {row}, « {column} » (vide) : {cause}"},
    {M::SheetNoPlatform,
     "no platform. Add a platform column, or give handles in a column named after the platform (Instagram, TikTok, "
     "YouTube…) or as profile addresses.",
     "pas de plateforme. Ajoutez une colonne de plateforme, ou donnez les identifiants dans une colonne au nom de la "
     "plateforme (Instagram, TikTok, YouTube…) ou sous forme d’adresses de profil."},
    {M::SheetPlatformUnknown,
     "“{value}” is not a platform Roster knows (Instagram, TikTok, YouTube, Facebook, LinkedIn, X, Twitch).",
     "« {value} » n’est pas une plateforme connue de Roster (Instagram, TikTok, YouTube, Facebook, LinkedIn, X, "
     "Twitch)."},
    {M::SheetNotANumber, "not a number.", "ce n’est pas un nombre."},
    {M::SheetNotACount, "not a whole number.", "ce n’est pas un nombre entier."},
    {M::SheetNegative, "a negative number, which this field cannot be.", "un nombre négatif, impossible pour ce champ."},
    {M::SheetShareTooLarge, "above 100%.", "supérieur à 100 %."},
    {M::SheetNoName, "neither a name nor a handle.", "ni nom ni identifiant."},
    {M::SheetOtherCurrency,
     "the amount is in {currency} and the plan in {plan_currency}: convert it, or change the plan’s currency first.",
     "le montant est en {currency} et le plan en {plan_currency} : convertissez-le, ou changez d’abord la devise du "
     "plan."},
    {M::SheetTotalFeeNeedsPosts, "a total fee for no posts: give the number of posts.",
     "un tarif total pour aucune publication : indiquez le nombre de publications."},
    {M::SheetCellNote, "Row {row}, “{column}” (“{value}”): {note}", "Ligne {row}, « {column} » (« {value} ») : {note}"},
    {M::SheetCountryNeedsShare, "a country without its share of the audience (“FR 62%”) is not used.",
     "un pays sans sa part de l’audience (« FR 62 % ») n’est pas utilisé."},
    {M::SheetCountryUnknown, "not a country Roster recognises (write its two-letter code, “FR”), so it is not used.",
     "pays non reconnu (écrivez son code à deux lettres, « FR ») : il n’est pas utilisé."},
    {M::SheetAlreadyInPlan,
     "this creator is already in the plan and will be added a second time; choose to update existing creators to "
     "change them instead.",
     "ce créateur est déjà dans le plan et sera ajouté une seconde fois ; choisissez de mettre à jour les créateurs "
     "existants pour le modifier plutôt."},

    // Summaries.
    {M::SheetReadSummary,
     "Read {rows, plural, one {# row} other {# rows}} of {columns, plural, one {# column} other {# columns}} "
     "({encoding}, {separator}).",
     "{rows, plural, one {# ligne lue} other {# lignes lues}} sur {columns, plural, one {# colonne} other {# colonnes}} "
     "({encoding}, {separator})."},
    {M::SheetSkippedEmpty, "{n, plural, one {# empty row skipped.} other {# empty rows skipped.}}",
     "{n, plural, one {# ligne vide ignorée.} other {# lignes vides ignorées.}}"},
    {M::SheetSkippedTotal, "Row {row} is a total and was skipped.", "La ligne {row} est un total : elle est ignorée."},
    {M::SheetImportCounts,
     "{added, plural, one {# creator} other {# creators}} to add, {updated} to update, "
     "{refused, plural, one {# row} other {# rows}} refused.",
     "{added, plural, one {# créateur} other {# créateurs}} à ajouter, {updated} à mettre à jour, "
     "{refused, plural, one {# ligne refusée} other {# lignes refusées}}."},
    {M::SheetNothingToImport, "Nothing could be imported.", "Rien n’a pu être importé."},
    {M::SheetColumnOfScenario, "{scenario}: {column}", "{scenario} : {column}"},
    // A range's end beside its figure in the creators table: "Cost P10", "Coût P10".
    {M::SheetColumnQuantile, "{column} {quantile}", "{column} {quantile}"},
    {M::EditImportCreators, "{n, plural, one {import creator} other {import # creators}}",
     "{n, plural, one {importer le créateur} other {importer # créateurs}}"},

    // The command-line tool.
    {M::CliImportWrote, "Wrote {path} ({creators, plural, one {# creator} other {# creators}}).",
     "{path} écrit ({creators, plural, one {# créateur} other {# créateurs}})."},
    {M::CliImportNotWritten, "Nothing written: give --out NEW_PLAN to save the plan with these creators.",
     "Rien n’a été écrit : indiquez --out NOUVEAU_PLAN pour enregistrer le plan avec ces créateurs."},
    {M::CliMappingSaved, "Column mapping saved to {path}.", "Correspondance de colonnes enregistrée dans {path}."},
    {M::CliExportUnknownTable,
     "--table needs one of creators, comparison, frequency, buildup, assumptions (not “{table}”).",
     "--table attend creators, comparison, frequency, buildup ou assumptions (pas « {table} »)."},
    {M::CliExportUnknownFormat, "--format needs csv, tsv or xlsx (not “{format}”).",
     "--format attend csv, tsv ou xlsx (pas « {format} »)."},
    {M::CliOptionNeedsValue, "{option} needs a value.", "{option} attend une valeur."},
};

using T = Term;

const TermText kTerms[] = {
    // What a column becomes.
    {T::SheetTargetIgnore, "not used", "non utilisée"},
    {T::SheetTargetName, "name", "nom"},
    {T::SheetTargetHandle, "handle", "identifiant"},
    {T::SheetTargetPlatform, "platform", "plateforme"},
    {T::SheetTargetFollowers, "followers", "abonnés"},
    {T::SheetTargetEngagementRate, "engagement rate", "taux d’engagement"},
    {T::SheetTargetAverageViews, "average views per post", "vues moyennes par publication"},
    {T::SheetTargetAverageLikes, "average likes", "j’aime moyens"},
    {T::SheetTargetAverageComments, "average comments", "commentaires moyens"},
    {T::SheetTargetFeePerPost, "fee per post", "tarif par publication"},
    {T::SheetTargetTotalFee, "total fee", "tarif total"},
    {T::SheetTargetPosts, "posts", "publications"},
    {T::SheetTargetCountry, "audience’s main country", "pays principal de l’audience"},
    {T::SheetTargetAudienceQuality, "audience quality", "qualité de l’audience"},
    {T::SheetTargetFakeFollowers, "fake followers", "faux abonnés"},
    {T::SheetTargetLastName, "last name (after the name)", "nom de famille (après le prénom)"},
    // How it was read.
    {T::SheetEncodingUtf8, "UTF-8", "UTF-8"},
    {T::SheetEncodingUtf8Bom, "UTF-8 with BOM", "UTF-8 avec BOM"},
    {T::SheetEncodingUtf16Le, "UTF-16 LE", "UTF-16 LE"},
    {T::SheetEncodingUtf16Be, "UTF-16 BE", "UTF-16 BE"},
    {T::SheetEncodingWindows1252, "Windows-1252", "Windows-1252"},
    {T::SheetSeparatorComma, "comma-separated", "séparé par des virgules"},
    {T::SheetSeparatorSemicolon, "semicolon-separated", "séparé par des points-virgules"},
    {T::SheetSeparatorTab, "tab-separated", "séparé par des tabulations"},
    // Headers of exported tables (the creators table's are read back by the import).
    {T::SheetColumnName, "Name", "Nom"},
    {T::SheetColumnHandle, "Handle", "Identifiant"},
    {T::SheetColumnPlatform, "Platform", "Plateforme"},
    {T::SheetColumnTier, "Tier", "Catégorie"},
    {T::SheetColumnFollowers, "Followers", "Abonnés"},
    {T::SheetColumnEngagementRate, "Engagement rate (%)", "Taux d’engagement (%)"},
    {T::SheetColumnAverageViews, "Average views", "Vues moyennes"},
    {T::SheetColumnAudienceQuality, "Audience quality (%)", "Qualité de l’audience (%)"},
    {T::SheetColumnPosts, "Posts", "Publications"},
    {T::SheetColumnFeePerPost, "Fee per post", "Tarif par publication"},
    {T::SheetColumnCost, "Cost", "Coût"},
    {T::SheetColumnViews, "Views", "Vues"},
    {T::SheetColumnReach, "Reach", "Couverture"},
    {T::SheetColumnEngagements, "Engagements", "Engagements"},
    {T::SheetColumnClicks, "Clicks", "Clics"},
    {T::SheetColumnConversions, "Conversions", "Conversions"},
    {T::SheetColumnCpm, "CPM", "CPM"},
    {T::SheetColumnRoi, "ROI (%)", "ROI (%)"},
    {T::SheetColumnTotal, "Total", "Total"},
    {T::SheetColumnFigure, "Figure", "Indicateur"},
    {T::SheetColumnValue, "Value", "Valeur"},
    {T::SheetColumnP10, "P10", "P10"},
    {T::SheetColumnP90, "P90", "P90"},
    {T::SheetColumnChange, "Change from the first (%)", "Écart avec le premier (%)"},
    {T::SheetColumnExposures, "Exposures", "Expositions"},
    {T::SheetColumnPeople, "People", "Personnes"},
    {T::SheetColumnShare, "Share (%)", "Part (%)"},
    {T::SheetColumnOrder, "Order", "Ordre"},
    {T::SheetColumnCreators, "Creators", "Créateurs"},
    {T::SheetColumnLastAdded, "Last added", "Dernier ajouté"},
    {T::SheetColumnGrossReach, "Gross reach", "Couverture brute"},
    {T::SheetColumnNetReach, "Net reach", "Couverture nette"},
    {T::SheetOrderRoster, "Roster order", "Ordre de la liste"},
    {T::SheetOrderBest, "Most new people first", "Le plus de nouvelles personnes d’abord"},
    {T::SheetColumnKey, "Key", "Clé"},
    {T::SheetColumnGroup, "Group", "Groupe"},
    {T::SheetColumnAssumption, "Assumption", "Hypothèse"},
    {T::SheetColumnDefault, "Default", "Par défaut"},
    {T::SheetColumnLow, "Low", "Basse"},
    {T::SheetColumnHigh, "High", "Haute"},
    {T::SheetColumnUnit, "Unit", "Unité"},
    {T::SheetColumnSource, "Source", "Source"},
    {T::SheetColumnEstimate, "Estimate", "Estimation"},
    {T::SheetColumnChanged, "Changed", "Modifiée"},
    {T::SheetUnitPercent, "%", "%"},
    {T::SheetUnitMultiplier, "×", "×"},
    {T::SheetUnitSeconds, "s", "s"},
    {T::SheetYes, "yes", "oui"},
    {T::SheetNo, "no", "non"},
};

}  // namespace

CatalogueSection sheet_catalogue() {
    return {"sheet", kMessages, sizeof kMessages / sizeof kMessages[0], kTerms, sizeof kTerms / sizeof kTerms[0]};
}

}  // namespace roster::present
