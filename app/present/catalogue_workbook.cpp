// What Roster says about Excel workbooks read and written (issue 24), in English and French.
// message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {
namespace {

using M = MessageId;
using T = Term;

const MessageText kMessages[] = {
    // --- reading (storage/workbook_zip.cpp, workbook_xml.cpp, workbook_read.cpp, workbook_headers.cpp) ---
    {M::WorkbookNotZip,
     "This file is not an Excel workbook (.xlsx). In your spreadsheet, save the sheet as an Excel workbook or as CSV, "
     "and try again.",
     "Ce fichier n’est pas un classeur Excel (.xlsx). Dans votre tableur, enregistrez la feuille en classeur Excel ou "
     "en CSV, puis réessayez."},
    {M::WorkbookIsText, "This file is text, not an Excel workbook: open it as a CSV file (rename it .csv).",
     "Ce fichier est du texte, pas un classeur Excel : ouvrez-le comme un fichier CSV (renommez-le en .csv)."},
    {M::WorkbookOldExcel,
     "This is an Excel 97–2003 workbook (.xls), which Roster does not read. In Excel or LibreOffice, save it as an "
     "Excel workbook (.xlsx) or as CSV, and try again.",
     "C’est un classeur Excel 97–2003 (.xls), que Roster ne lit pas. Dans Excel ou LibreOffice, enregistrez-le en "
     "classeur Excel (.xlsx) ou en CSV, puis réessayez."},
    {M::WorkbookEncrypted,
     "This workbook is protected with a password: save it without one (in Excel, File > Info > Protect Workbook), and "
     "try again.",
     "Ce classeur est protégé par un mot de passe : enregistrez-le sans (dans Excel, Fichier > Informations > Protéger "
     "le classeur), puis réessayez."},
    {M::WorkbookTruncated,
     "This workbook is incomplete or damaged: its table of contents cannot be found. Was the download cut short?",
     "Ce classeur est incomplet ou abîmé : sa table des matières est introuvable. Le téléchargement a-t-il été "
     "interrompu ?"},
    {M::WorkbookTooLarge, "The workbook is {size}; Roster reads workbooks of at most {max}.",
     "Le classeur fait {size} ; Roster lit des classeurs d’au plus {max}."},
    {M::WorkbookZip64,
     "This workbook is stored in the large-file zip format (zip64), which no roster needs; Roster does not read it.",
     "Ce classeur est enregistré au format zip des très gros fichiers (zip64), dont aucune liste de créateurs n’a "
     "besoin ; Roster ne le lit pas."},
    {M::WorkbookTooManyParts, "The workbook holds more than {max} parts, far more than a spreadsheet does; it is refused.",
     "Le classeur contient plus de {max} parties, bien plus qu’un tableur n’en écrit ; il est refusé."},
    {M::WorkbookUnsafePartName,
     "The workbook holds a part named “{part}”, which points outside it (to a parent folder, by an absolute path or "
     "with a backslash); it is refused as unsafe.",
     "Le classeur contient une partie nommée « {part} », qui pointe hors de lui (vers un dossier parent, par un chemin "
     "absolu ou avec une barre oblique inverse) ; il est refusé par sécurité."},
    {M::WorkbookPartDamaged, "The workbook is damaged: its part “{part}” cannot be read.",
     "Le classeur est abîmé : sa partie « {part} » est illisible."},
    {M::WorkbookPartMissing, "The workbook is damaged: its part “{part}” is missing.",
     "Le classeur est abîmé : sa partie « {part} » manque."},
    {M::WorkbookPartTooLarge,
     "The workbook’s part “{part}” unpacks to more than {max}, more than Roster reads; it is refused.",
     "La partie « {part} » du classeur dépasse {max} une fois décompressée, plus que Roster ne lit ; le classeur est "
     "refusé."},
    {M::WorkbookZipBomb,
     "The workbook’s part “{part}” unpacks to more than {ratio} times its packed size, which no spreadsheet does: it "
     "looks like a zip bomb and is refused.",
     "La partie « {part} » du classeur grossit de plus de {ratio} fois une fois décompressée, ce qu’aucun tableur ne "
     "fait : elle ressemble à une bombe de décompression et le classeur est refusé."},
    {M::WorkbookTooMuchData, "The workbook unpacks to more than {max} in all, more than Roster reads; it is refused.",
     "Le classeur dépasse {max} une fois décompressé, plus que Roster ne lit ; il est refusé."},
    {M::WorkbookXmlUnsafe,
     "The workbook’s part “{part}” declares a DOCTYPE or entities, which Excel and LibreOffice never write; it is "
     "refused as unsafe.",
     "La partie « {part} » du classeur déclare un DOCTYPE ou des entités, ce qu’Excel et LibreOffice n’écrivent "
     "jamais ; le classeur est refusé par sécurité."},
    {M::WorkbookXmlTooDeep,
     "The workbook’s part “{part}” nests its elements more than {max} deep, which no spreadsheet does; it is refused.",
     "La partie « {part} » du classeur imbrique ses éléments sur plus de {max} niveaux, ce qu’aucun tableur ne fait ; "
     "le classeur est refusé."},
    {M::WorkbookXmlBroken, "The workbook is damaged: its part “{part}” is broken at line {line}.",
     "Le classeur est abîmé : sa partie « {part} » est cassée à la ligne {line}."},
    {M::WorkbookNotExcel,
     "This zip file is not an Excel workbook (a Word document, a presentation or an OpenDocument file, perhaps). Save "
     "the sheet as an Excel workbook (.xlsx) or as CSV, and try again.",
     "Ce fichier zip n’est pas un classeur Excel (un document Word, une présentation ou un fichier OpenDocument, "
     "peut-être). Enregistrez la feuille en classeur Excel (.xlsx) ou en CSV, puis réessayez."},
    {M::WorkbookTooManySheets, "The workbook has more than {max} sheets, the most Roster reads.",
     "Le classeur a plus de {max} feuilles, le maximum que Roster lit."},
    {M::WorkbookNoSheets, "The workbook has no sheet.", "Le classeur n’a aucune feuille."},
    {M::WorkbookSheetUnknown, "The workbook has no sheet “{sheet}”. Its sheets: {sheets}.",
     "Le classeur n’a pas de feuille « {sheet} ». Ses feuilles : {sheets}."},
    {M::WorkbookSheetNotCells, "The sheet “{sheet}” holds no cells (a chart or a macro sheet); choose another sheet.",
     "La feuille « {sheet} » ne contient pas de cellules (un graphique ou une feuille de macros) ; choisissez-en une "
     "autre."},
    {M::WorkbookSheetEmpty, "The sheet “{sheet}” is empty; choose another sheet.",
     "La feuille « {sheet} » est vide ; choisissez-en une autre."},
    {M::WorkbookTooManyStrings,
     "The workbook holds more than {max} texts or {bytes} of text, more than Roster reads; it is refused.",
     "Le classeur contient plus de {max} textes ou {bytes} de texte, plus que Roster ne lit ; il est refusé."},
    {M::WorkbookCellError, "Cell {cell} shows the error {value}; it is read as empty.",
     "La cellule {cell} affiche l’erreur {value} ; elle est lue comme vide."},
    {M::WorkbookMoreCellErrors,
     "{n, plural, one {# more cell shows an error; it is read as empty.} other {# more cells show an error; they are "
     "read as empty.}}",
     "{n, plural, one {# autre cellule affiche une erreur ; elle est lue comme vide.} other {# autres cellules "
     "affichent une erreur ; elles sont lues comme vides.}}"},
    {M::WorkbookTitleSkipped,
     "{n, plural, one {The row above the header is a title; it is skipped (the header is row {row}).} other {The # rows "
     "above the header are titles; they are skipped (the header is row {row}).}}",
     "{n, plural, one {La ligne au-dessus de l’en-tête est un titre ; elle est ignorée (l’en-tête est la ligne {row}).} "
     "other {Les # lignes au-dessus de l’en-tête sont des titres ; elles sont ignorées (l’en-tête est la ligne "
     "{row}).}}"},
    {M::WorkbookHeaderJoined,
     "The header spans rows {first} and {second}; each column’s two names are joined (“Fee” over “EUR” gives “Fee "
     "EUR”).",
     "L’en-tête occupe les lignes {first} et {second} ; les deux noms de chaque colonne sont réunis (« Tarif » "
     "au-dessus de « EUR » donne « Tarif EUR »)."},
    {M::WorkbookReadSummary,
     "{rows, plural, one {Read # row} other {Read # rows}} of {columns, plural, one {# column} other {# columns}} from "
     "the sheet “{sheet}” ({sheets, plural, one {the workbook’s only sheet} other {one of # sheets}}).",
     "{rows, plural, one {# ligne lue} other {# lignes lues}} sur {columns, plural, one {# colonne} other {# "
     "colonnes}} dans la feuille « {sheet} » ({sheets, plural, one {la seule du classeur} other {une des # "
     "feuilles}})."},
    {M::WorkbookSheetOptionForCsv, "--sheet chooses a sheet of an Excel workbook; a CSV file has only one.",
     "--sheet choisit une feuille d’un classeur Excel ; un fichier CSV n’en a qu’une."},

    // --- writing (storage/workbook_write.cpp, present/workbook_report.cpp, cli/export_command.cpp) ---
    {M::WorkbookNotWritten,
     "The workbook could not be written (libxlsxwriter’s error {code}: the disk may be full). Nothing was saved.",
     "Le classeur n’a pas pu être écrit (erreur {code} de libxlsxwriter : le disque est peut-être plein). Rien n’a "
     "été enregistré."},
    {M::WorkbookNoTemporaryFile,
     "The workbook could not be written: there is no room for its temporary file. Nothing was saved.",
     "Le classeur n’a pas pu être écrit : pas de place pour son fichier temporaire. Rien n’a été enregistré."},
    {M::WorkbookSheetTooLarge,
     "The sheet “{sheet}” would have {rows} rows and {columns} columns, more than a workbook holds (1,048,576 rows, "
     "16,384 columns).",
     "La feuille « {sheet} » aurait {rows} lignes et {columns} colonnes, plus qu’un classeur n’en contient "
     "(1 048 576 lignes, 16 384 colonnes)."},
    {M::WorkbookAboutCreators,
     "Each creator with the median projection and, for each figure, its P10 and P90 from {draws} simulated campaigns; "
     "the last row is the plan’s total, its reach net of overlap.",
     "Chaque créateur avec la projection médiane et, pour chaque chiffre, ses P10 et P90 sur {draws} campagnes "
     "simulées ; la dernière ligne est le total du plan, sa couverture nette du recouvrement."},
    {M::WorkbookAboutComparison,
     "Every figure of every scenario side by side, with P10 to P99 from {draws} simulated campaigns and the change from "
     "the first scenario.",
     "Chaque chiffre de chaque scénario côte à côte, avec les P10 à P99 sur {draws} campagnes simulées et l’écart au "
     "premier scénario."},
    {M::WorkbookAboutFrequency, "How many people are reached once, twice… ten times or more, and their share of the net reach.",
     "Combien de personnes sont touchées une fois, deux fois… dix fois ou plus, et leur part de la couverture nette."},
    {M::WorkbookAboutBuildup,
     "Gross and net reach as creators are added, in roster order and then most new people first.",
     "Couverture brute et nette à mesure que les créateurs s’ajoutent, dans l’ordre de la liste puis le plus de "
     "nouvelles personnes d’abord."},
    {M::WorkbookAboutAssumptions,
     "Every assumption behind the figures: the plan’s value, the default, the range, the unit and the source.",
     "Toutes les hypothèses derrière les chiffres : la valeur du plan, la valeur par défaut, la plage, l’unité et la "
     "source."},
    {M::CliExportWorkbookWritten, "Wrote the report workbook “{path}” ({sheets, plural, one {# sheet} other {# sheets}}).",
     "Classeur de rapport écrit : « {path} » ({sheets, plural, one {# feuille} other {# feuilles}})."},
    {M::CliExportWorkbookNoTable,
     "--table chooses one table for CSV or tab-separated text; the workbook holds every table, so leave --table out.",
     "--table choisit un seul tableau en CSV ou texte séparé par des tabulations ; le classeur contient tous les "
     "tableaux : retirez --table."},
    {M::CliExportCannotWrite, "Cannot write {path}. Nothing was saved.", "Impossible d’écrire {path}. Rien n’a été enregistré."},
    {M::WorkbookModuleUnavailable,
     "The part of Roster that reads and writes workbooks could not be loaded. Check the connection and try again; "
     "nothing was changed.",
     "La partie de Roster qui lit et écrit les classeurs n’a pas pu être chargée. Vérifiez la connexion et "
     "réessayez ; rien n’a été modifié."},
    {M::WorkbookPreparing, "Preparing the report workbook “{file}”…", "Préparation du classeur de rapport « {file} »…"},
};

const TermText kTerms[] = {
    // --- writing: the report workbook's tabs and cover ---
    {T::WorkbookSheetCover, "Report", "Rapport"},
    {T::WorkbookSheetCreators, "Creators", "Créateurs"},
    {T::WorkbookSheetComparison, "Scenarios", "Scénarios"},
    {T::WorkbookSheetFrequency, "Frequency", "Fréquence"},
    {T::WorkbookSheetBuildup, "Build-up", "Montée en charge"},
    {T::WorkbookSheetAssumptions, "Assumptions", "Hypothèses"},
    {T::WorkbookFactPlan, "Plan", "Plan"},
    {T::WorkbookFactScenario, "Scenario", "Scénario"},
    {T::WorkbookFactDate, "Date", "Date"},
    {T::WorkbookFactCurrency, "Currency", "Devise"},
    {T::WorkbookFactDraws, "Simulated campaigns", "Campagnes simulées"},
    {T::WorkbookFactSeed, "Seed", "Graine"},
    {T::WorkbookFactVersion, "Made with Roster", "Réalisé avec Roster"},
    {T::WorkbookContents, "Sheets", "Feuilles"},
    {T::WorkbookMenuImport, "Import roster from workbook…", "Importer des créateurs depuis un classeur…"},
    {T::WorkbookMenuExport, "Export report workbook…", "Exporter le classeur de rapport…"},
    {T::WorkbookSheetChoice, "Sheet", "Feuille"},
};

}  // namespace

CatalogueSection workbook_catalogue() {
    return {"workbook", kMessages, sizeof kMessages / sizeof kMessages[0], kTerms, sizeof kTerms / sizeof kTerms[0]};
}

}  // namespace roster::present
