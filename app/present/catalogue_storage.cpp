// What the storage layer says about a plan file (storage/json_gate.cpp, plan_schema.cpp,
// migrations.cpp, plan_file.cpp), in English and French. message_catalogue.h says how a text
// is written.
#include "message_catalogue.h"

namespace roster::present {
namespace {

using M = MessageId;

const MessageText kMessages[] = {
    {M::FileTooLarge, "The file is {size}; plan files are at most {max}.",
     "Le fichier fait {size} ; un fichier de plan fait au plus {max}."},
    {M::FileEmpty, "The file is empty.", "Le fichier est vide."},
    {M::FileNotText, "This file is not text, so it cannot be a Roster plan.",
     "Ce fichier n’est pas du texte : ce ne peut pas être un plan Roster."},
    {M::FileEndsEarly, "The file ends too early (line {line}, column {column}); it may have been cut off in transfer.",
     "Le fichier s’arrête trop tôt (ligne {line}, colonne {column}) ; il a peut-être été tronqué pendant le "
     "transfert."},
    {M::FileNotUtf8, "The file has bytes that are not UTF-8 text at line {line}, column {column}. Save it as UTF-8 and try again.",
     "Le fichier contient des octets qui ne sont pas du texte UTF-8 (ligne {line}, colonne {column}). Enregistrez-le "
     "en UTF-8 et réessayez."},
    {M::FileNotJson, "The file is not valid JSON at line {line}, column {column}: {problem}",
     "Le fichier n’est pas du JSON valide (ligne {line}, colonne {column}) : {problem}"},
    {M::JsonMoreAfterPlan, "there is more after the end of the plan; a plan file holds one plan and nothing after it.",
     "il reste du texte après la fin du plan ; un fichier de plan contient un plan et rien après."},
    {M::JsonNumberTooLarge, "this number is too large for any figure in a plan.",
     "ce nombre est trop grand pour un chiffre de plan."},
    {M::JsonNotFiniteNumber, "NaN and Infinity are not numbers JSON allows; a plan's figures are finite numbers.",
     "NaN et Infinity ne sont pas des nombres admis en JSON ; les chiffres d’un plan sont finis."},
    // RapidJSON's own descriptions of its other errors, word for word in English.
    {M::JsonInvalidValue, "Invalid value.", "valeur invalide."},
    {M::JsonMissingName, "Missing a name for object member.", "il manque le nom d’un champ."},
    {M::JsonMissingColon, "Missing a colon after a name of object member.", "il manque « : » après le nom d’un champ."},
    // A brace shown as text is quoted the ICU way (message_catalogue.h): '''}''' shows '}'.
    {M::JsonMissingCommaOrBrace, "Missing a comma or '''}''' after an object member.",
     "il manque une virgule ou « '}' » après un champ."},
    {M::JsonMissingCommaOrBracket, "Missing a comma or ']' after an array element.",
     "il manque une virgule ou « ] » après un élément de liste."},
    {M::JsonBadUnicodeEscape, "Incorrect hex digit after \\u escape in string.",
     "chiffre hexadécimal incorrect après \\u dans un texte."},
    {M::JsonBadSurrogate, "The surrogate pair in string is invalid.", "paire de substitution invalide dans un texte."},
    {M::JsonBadEscape, "Invalid escape character in string.", "caractère d’échappement invalide dans un texte."},
    {M::JsonMissingQuote, "Missing a closing quotation mark in string.", "il manque le guillemet fermant d’un texte."},
    {M::JsonNumberMissingFraction, "Miss fraction part in number.", "il manque la partie décimale d’un nombre."},
    {M::JsonNumberMissingExponent, "Miss exponent in number.", "il manque l’exposant d’un nombre."},
    {M::JsonSyntaxError, "Unspecific syntax error.", "erreur de syntaxe."},
    {M::FileTooDeep, "The file is nested more than {max} levels deep; a plan file never is.",
     "Le fichier est imbriqué sur plus de {max} niveaux ; un fichier de plan ne l’est jamais."},
    {M::FileTextTooLong, "The file holds a text of {size}; texts in a plan file are at most {max}.",
     "Le fichier contient un texte de {size} ; les textes d’un fichier de plan font au plus {max}."},
    {M::FileTextWithNul, "The file holds a text with a NUL character, which is not text a plan can contain.",
     "Le fichier contient un texte avec un caractère NUL, qu’aucun plan ne peut contenir."},
    {M::FileListTooLong, "The file holds a list of {items} items; lists in a plan file hold at most {max}.",
     "Le fichier contient une liste de {items} éléments ; les listes d’un fichier de plan en ont au plus {max}."},
    {M::FileObjectTooWide, "The file holds an object with too many fields.",
     "Le fichier contient un objet avec trop de champs."},
    {M::FileFieldNameTooLong, "The file holds a field name that is too long.",
     "Le fichier contient un nom de champ trop long."},
    {M::FileFieldTwice, "The field \"{field}\" appears twice in the same object; which one is meant is unclear.",
     "Le champ « {field} » apparaît deux fois dans le même objet ; on ne sait pas lequel vaut."},
    {M::NotARosterPlan, "This is not a Roster plan file.", "Ce n’est pas un fichier de plan Roster."},
    {M::FormatVersionMissing, "This plan file does not say which format version it uses, so it cannot be read safely.",
     "Ce fichier de plan n’indique pas sa version de format : il ne peut pas être lu sans risque."},
    {M::FormatTooNew,
     "This plan was made by a newer version of Roster (file format {format}; this version reads up to {supported}). "
     "Open it with an up-to-date Roster.",
     "Ce plan a été créé par une version plus récente de Roster (format de fichier {format} ; cette version lit "
     "jusqu’au format {supported}). Ouvrez-le avec un Roster à jour."},
    {M::FileHasNoPlan, "This plan file has no plan in it.", "Ce fichier de plan ne contient aucun plan."},
    {M::FieldWrongKind, "In the file, {path} should be {expected}, but it is {actual}.",
     "Dans le fichier, {path} devrait être {expected}, mais c’est {actual}."},
    {M::FieldOutOfRange, "In the file, {path} is {value}, outside the range {min} to {max}.",
     "Dans le fichier, {path} vaut {value}, hors de l’intervalle {min} à {max}."},
    {M::FieldUnknownWord, "In the file, {path} is \"{value}\", which this version of Roster does not know ({known}).",
     "Dans le fichier, {path} vaut « {value} », que cette version de Roster ne connaît pas ({known})."},
    {M::FieldMissing, "In the file, {path} is missing.", "Dans le fichier, {path} manque."},
    {M::FieldNotWhole, "In the file, {path} should be a whole number.",
     "Dans le fichier, {path} devrait être un nombre entier."},
    {M::MigrationFailed, "This plan file could not be updated to this version: {cause}",
     "Ce fichier de plan n’a pas pu être mis à jour pour cette version : {cause}"},
    // `detail` is the reader's own exception text: the checks before it make it unreachable, so
    // it is kept as it is for whoever reports the file.
    {M::PlanUnreadable, "The plan file could not be read ({detail}).", "Le fichier de plan n’a pas pu être lu ({detail})."},
    {M::PlanNotUsable,
     "The plan in this file is not usable: {cause}{others, plural, =0 {} one { (and # more problem)} other { (and # "
     "more problems)}}",
     "Le plan de ce fichier n’est pas utilisable : {cause}{others, plural, =0 {} one { (et # autre problème)} other { "
     "(et # autres problèmes)}}"},
    {M::MigratedFromFormat1,
     "This plan was saved by an older Roster (file format 1) and was updated: each creator's posts became one "
     "deliverable line of the platform's main format.",
     "Ce plan a été enregistré par un Roster plus ancien (format de fichier 1) et a été mis à jour : les publications "
     "de chaque créateur forment une ligne de livrables au format principal de la plateforme."},
    {M::IgnoredField, "Ignored {path}, which this version of Roster does not know.",
     "{path} ignoré : cette version de Roster ne le connaît pas."},
    {M::KeptUnknownAssumption,
     "Kept the assumption \"{key}\", which this version of Roster does not use; it is saved with the plan.",
     "Hypothèse « {key} » conservée : cette version de Roster ne l’utilise pas ; elle est enregistrée avec le plan."},
};

const TermText kTerms[] = {
    {Term::KindText, "text", "du texte"},
    {Term::KindWholeNumber, "a whole number", "un nombre entier"},
    {Term::KindTrueOrFalse, "true or false", "vrai ou faux"},
    {Term::KindGroupOfFields, "a group of fields", "un groupe de champs"},
    {Term::KindList, "a list", "une liste"},
    {Term::ValueText, "text", "du texte"},
    {Term::ValueTrueFalse, "true/false", "vrai/faux"},
    {Term::ValueNull, "empty (null)", "vide (null)"},
    {Term::ValueList, "a list", "une liste"},
    {Term::ValueGroupOfFields, "a group of fields", "un groupe de champs"},
    {Term::ValueWholeNumber, "a whole number", "un nombre entier"},
    {Term::ValueWholeNumberTooLarge, "a whole number too large for Roster", "un nombre entier trop grand pour Roster"},
    {Term::ValueDecimal, "a number with decimals", "un nombre à décimales"},
    {Term::ValueOther, "something else", "autre chose"},
};

}  // namespace

CatalogueSection storage_catalogue() {
    return {"storage", kMessages, sizeof kMessages / sizeof kMessages[0], kTerms, sizeof kTerms / sizeof kTerms[0]};
}

}  // namespace roster::present
