// What Roster says about money in its currency: ISO 4217 codes, converted defaults (issues 18 and 26), in English and French.
// message_catalogue.h says how a text is written.
#include "message_catalogue.h"

namespace roster::present {
namespace {

using M = MessageId;

const MessageText kMessages[] = {
    // A plan's currency (engine/validation.cpp, document/commands.cpp).
    {M::CurrencyNotIso,
     "“{code}” is not an ISO 4217 currency code: choose a currency from the list, or type its three-letter code "
     "such as EUR, USD or JPY.",
     "« {code} » n’est pas un code de devise ISO 4217 : choisissez une devise dans la liste, ou tapez son code à "
     "trois lettres, comme EUR, USD ou JPY."},
    {M::CurrencyNotIsoClosest, "“{code}” is not an ISO 4217 currency code. Did you mean {closest}?",
     "« {code} » n’est pas un code de devise ISO 4217. Vouliez-vous dire {closest} ?"},
    // The money defaults (CPMs, EMV rates) in the plan's currency (engine/currency.h).
    {M::MoneyDefaultsConverted,
     "Money defaults converted from {from} at 1 {from} = {rate} {to} (ECB euro reference rates of {date}).",
     "Valeurs monétaires par défaut converties depuis le {from} à 1 {from} = {rate} {to} (taux de référence de "
     "l’euro de la BCE du {date})."},
    {M::MoneyDefaultsInSource, "Money defaults in {from}, as their sources quote them.",
     "Valeurs monétaires par défaut en {from}, comme leurs sources les donnent."},
    {M::MoneyDefaultsNoRate,
     "Money defaults left in {from}, as their sources quote them: Roster has no dated rate for {to}. Type your own "
     "values in {to}.",
     "Valeurs monétaires par défaut laissées en {from}, comme leurs sources les donnent : Roster n’a pas de taux daté "
     "pour {to}. Saisissez vos propres valeurs en {to}."},
    // A plan's currency changed (document/currency_change.h).
    {M::CurrencyChangedNoAmounts, "Currency changed from {from} to {to}; the money defaults follow.",
     "Devise passée de {from} à {to} ; les valeurs par défaut suivent."},
    {M::CurrencyRelabelled,
     "Currency changed from {from} to {to}: {amounts, plural, one {the # amount you typed keeps its number} other "
     "{the # amounts you typed keep their numbers}}, now read as {to}; the money defaults follow.",
     "Devise passée de {from} à {to} : {amounts, plural, one {le # montant saisi garde son nombre} other {les # "
     "montants saisis gardent leurs nombres}}, lus désormais en {to} ; les valeurs par défaut suivent."},
    {M::CurrencyConverted,
     "Currency changed from {from} to {to} at 1 {from} = {rate} {to} (ECB euro reference rates of {date}): converted "
     "{fees, plural, one {# fee} other {# fees}}, {others, plural, one {# other amount} other {# other amounts}} "
     "(budget cap, order value, products, usage rights, amplification) and {overrides, plural, one {# money "
     "assumption you set} other {# money assumptions you set}}.",
     "Devise passée de {from} à {to} à 1 {from} = {rate} {to} (taux de référence de l’euro de la BCE du {date}) : "
     "{fees, plural, one {# cachet converti} other {# cachets convertis}}, {others, plural, one {# autre montant} "
     "other {# autres montants}} (plafond de budget, panier moyen, produits, droits d’usage, amplification) et "
     "{overrides, plural, one {# hypothèse monétaire que vous avez fixée} other {# hypothèses monétaires que vous "
     "avez fixées}}."},
    {M::CurrencyNoRateToConvert,
     "Roster has no dated rate between {from} and {to}, so the amounts cannot be converted: change the currency "
     "keeping the numbers, then correct them.",
     "Roster n’a pas de taux daté entre {from} et {to}, les montants ne peuvent donc pas être convertis : changez la "
     "devise en gardant les nombres, puis corrigez-les."},
    {M::EditConvertCurrency, "convert amounts to {to}", "convertir les montants en {to}"},
    // `roster currencies`
    {M::CliCurrenciesHeading,
     "{n, plural, one {# currency} other {# currencies}} of ISO 4217; rates against the euro: ECB reference rates "
     "of {date} (“-”: no rate, money defaults stay in their source currency).",
     "{n, plural, one {# devise} other {# devises}} de l’ISO 4217 ; taux contre l’euro : taux de référence de la BCE "
     "du {date} (« - » : pas de taux, les valeurs par défaut restent dans la devise de leur source)."},
};

}  // namespace

CatalogueSection money_catalogue() {
    return {"money", kMessages, sizeof kMessages / sizeof kMessages[0], nullptr, 0};
}

}  // namespace roster::present
