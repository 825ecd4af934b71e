#include "currency_names.h"

#include <algorithm>
#include <cctype>

#include "engine/currency.h"

namespace roster::present {
namespace {

struct CurrencyName {
    std::string_view code;
    const char* english;
    const char* french;
};

// In code order, the same codes as engine/currency.cpp (a test keeps them equal).
constexpr CurrencyName kNames[] = {
    {"AED", "UAE Dirham", "Dirham des Émirats arabes unis"},
    {"AFN", "Afghani", "Afghani"},
    {"ALL", "Lek", "Lek"},
    {"AMD", "Armenian Dram", "Dram arménien"},
    {"ANG", "Netherlands Antillean Guilder", "Florin des Antilles néerlandaises"},
    {"AOA", "Kwanza", "Kwanza"},
    {"ARS", "Argentine Peso", "Peso argentin"},
    {"AUD", "Australian Dollar", "Dollar australien"},
    {"AWG", "Aruban Florin", "Florin d’Aruba"},
    {"AZN", "Azerbaijan Manat", "Manat azerbaïdjanais"},
    {"BAM", "Convertible Mark", "Mark convertible"},
    {"BBD", "Barbados Dollar", "Dollar de la Barbade"},
    {"BDT", "Taka", "Taka"},
    {"BGN", "Bulgarian Lev", "Lev bulgare"},
    {"BHD", "Bahraini Dinar", "Dinar bahreïni"},
    {"BIF", "Burundi Franc", "Franc burundais"},
    {"BMD", "Bermudian Dollar", "Dollar des Bermudes"},
    {"BND", "Brunei Dollar", "Dollar de Brunei"},
    {"BOB", "Boliviano", "Boliviano"},
    {"BRL", "Brazilian Real", "Real brésilien"},
    {"BSD", "Bahamian Dollar", "Dollar bahaméen"},
    {"BTN", "Ngultrum", "Ngultrum"},
    {"BWP", "Pula", "Pula"},
    {"BYN", "Belarusian Ruble", "Rouble biélorusse"},
    {"BZD", "Belize Dollar", "Dollar de Belize"},
    {"CAD", "Canadian Dollar", "Dollar canadien"},
    {"CDF", "Congolese Franc", "Franc congolais"},
    {"CHF", "Swiss Franc", "Franc suisse"},
    {"CLP", "Chilean Peso", "Peso chilien"},
    {"CNY", "Yuan Renminbi", "Yuan renminbi"},
    {"COP", "Colombian Peso", "Peso colombien"},
    {"CRC", "Costa Rican Colon", "Colón costaricien"},
    {"CUC", "Peso Convertible", "Peso convertible"},
    {"CUP", "Cuban Peso", "Peso cubain"},
    {"CVE", "Cabo Verde Escudo", "Escudo cap-verdien"},
    {"CZK", "Czech Koruna", "Koruna tchèque"},
    {"DJF", "Djibouti Franc", "Franc djiboutien"},
    {"DKK", "Danish Krone", "Couronne danoise"},
    {"DOP", "Dominican Peso", "Peso dominicain"},
    {"DZD", "Algerian Dinar", "Dinar algérien"},
    {"EGP", "Egyptian Pound", "Livre égyptienne"},
    {"ERN", "Nakfa", "Nakfa"},
    {"ETB", "Ethiopian Birr", "Birr éthiopien"},
    {"EUR", "Euro", "Euro"},
    {"FJD", "Fiji Dollar", "Dollar fidjien"},
    {"FKP", "Falkland Islands Pound", "Livre des Îles Malouines"},
    {"GBP", "Pound Sterling", "Livre sterling"},
    {"GEL", "Lari", "Lari"},
    {"GHS", "Ghana Cedi", "Cedi du Ghana"},
    {"GIP", "Gibraltar Pound", "Livre de Gibraltar"},
    {"GMD", "Dalasi", "Dalasi"},
    {"GNF", "Guinean Franc", "Franc guinéen"},
    {"GTQ", "Quetzal", "Quetzal"},
    {"GYD", "Guyana Dollar", "Dollar de Guyana"},
    {"HKD", "Hong Kong Dollar", "Dollar de Hong Kong"},
    {"HNL", "Lempira", "Lempira"},
    {"HRK", "Kuna", "Kuna"},
    {"HTG", "Gourde", "Gourde"},
    {"HUF", "Forint", "Forint"},
    {"IDR", "Rupiah", "Roupie indonésienne"},
    {"ILS", "New Israeli Sheqel", "Nouveau shekel israélien"},
    {"INR", "Indian Rupee", "Roupie indienne"},
    {"IQD", "Iraqi Dinar", "Dinar irakien"},
    {"IRR", "Iranian Rial", "Rial iranien"},
    {"ISK", "Iceland Krona", "Couronne islandaise"},
    {"JMD", "Jamaican Dollar", "Dollar jamaïcain"},
    {"JOD", "Jordanian Dinar", "Dinar jordanien"},
    {"JPY", "Yen", "Yen"},
    {"KES", "Kenyan Shilling", "Shilling kényan"},
    {"KGS", "Som", "Som"},
    {"KHR", "Riel", "Riel"},
    {"KMF", "Comorian Franc", "Franc comorien"},
    {"KPW", "North Korean Won", "Won nord-coréen"},
    {"KRW", "Won", "Won"},
    {"KWD", "Kuwaiti Dinar", "Dinar koweïtien"},
    {"KYD", "Cayman Islands Dollar", "Dollar des îles Caïman"},
    {"KZT", "Tenge", "Tenge"},
    {"LAK", "Lao Kip", "Kip"},
    {"LBP", "Lebanese Pound", "Livre libanaise"},
    {"LKR", "Sri Lanka Rupee", "Roupie sri-lankaise"},
    {"LRD", "Liberian Dollar", "Dollar libérien"},
    {"LSL", "Loti", "Loti"},
    {"LYD", "Libyan Dinar", "Dinar libyen"},
    {"MAD", "Moroccan Dirham", "Dirham marocain"},
    {"MDL", "Moldovan Leu", "Leu moldave"},
    {"MGA", "Malagasy Ariary", "Ariary malgache"},
    {"MKD", "Denar", "Denar macédonien"},
    {"MMK", "Kyat", "Kyat"},
    {"MNT", "Tugrik", "Tugrik"},
    {"MOP", "Pataca", "Pataca"},
    {"MRU", "Ouguiya", "Ouguiya"},
    {"MUR", "Mauritius Rupee", "Roupie mauricienne"},
    {"MVR", "Rufiyaa", "Roupie maldive"},
    {"MWK", "Malawi Kwacha", "Kwacha malawien"},
    {"MXN", "Mexican Peso", "Peso mexicain"},
    {"MYR", "Malaysian Ringgit", "Ringgit malaisien"},
    {"MZN", "Mozambique Metical", "Metical mozambicain"},
    {"NAD", "Namibia Dollar", "Dollar namibien"},
    {"NGN", "Naira", "Naira"},
    {"NIO", "Cordoba Oro", "Córdoba oro"},
    {"NOK", "Norwegian Krone", "Couronne norvégienne"},
    {"NPR", "Nepalese Rupee", "Roupie népalaise"},
    {"NZD", "New Zealand Dollar", "Dollar néo-zélandais"},
    {"OMR", "Rial Omani", "Rial omanais"},
    {"PAB", "Balboa", "Balboa"},
    {"PEN", "Sol", "Sol"},
    {"PGK", "Kina", "Kina"},
    {"PHP", "Philippine Peso", "Peso philippin"},
    {"PKR", "Pakistan Rupee", "Roupie pakistanaise"},
    {"PLN", "Zloty", "Zloty"},
    {"PYG", "Guarani", "Guarani"},
    {"QAR", "Qatari Rial", "Riyal qatarien"},
    {"RON", "Romanian Leu", "Leu roumain"},
    {"RSD", "Serbian Dinar", "Dinar serbe"},
    {"RUB", "Russian Ruble", "Rouble russe"},
    {"RWF", "Rwanda Franc", "Franc rwandais"},
    {"SAR", "Saudi Riyal", "Riyal saoudien"},
    {"SBD", "Solomon Islands Dollar", "Dollar des îles Salomon"},
    {"SCR", "Seychelles Rupee", "Roupie seychelloise"},
    {"SDG", "Sudanese Pound", "Livre soudanaise"},
    {"SEK", "Swedish Krona", "Couronne suédoise"},
    {"SGD", "Singapore Dollar", "Dollar singapourien"},
    {"SHP", "Saint Helena Pound", "Livre de Sainte-Hélène"},
    {"SLE", "Leone", "Leone"},
    {"SLL", "Leone", "Leone"},
    {"SOS", "Somali Shilling", "Shilling somalien"},
    {"SRD", "Surinam Dollar", "Dollar surinamien"},
    {"SSP", "South Sudanese Pound", "Livre sud-soudanaise"},
    {"STN", "Dobra", "Dobra"},
    {"SVC", "El Salvador Colon", "Colón salvadorien"},
    {"SYP", "Syrian Pound", "Livre syrienne"},
    {"SZL", "Lilangeni", "Lilangeni"},
    {"THB", "Baht", "Baht"},
    {"TJS", "Somoni", "Somoni"},
    {"TMT", "Turkmenistan New Manat", "Manat turkmène"},
    {"TND", "Tunisian Dinar", "Dinar tunisien"},
    {"TOP", "Pa’anga", "Pa’anga"},
    {"TRY", "Turkish Lira", "Livre turque"},
    {"TTD", "Trinidad and Tobago Dollar", "Dollar de Trinité-et-Tobago"},
    {"TWD", "New Taiwan Dollar", "Nouveau dollar de Taïwan"},
    {"TZS", "Tanzanian Shilling", "Shilling tanzanien"},
    {"UAH", "Hryvnia", "Hryvnia"},
    {"UGX", "Uganda Shilling", "Shilling ougandais"},
    {"USD", "US Dollar", "Dollar américain"},
    {"UYU", "Peso Uruguayo", "Peso uruguayen"},
    {"UZS", "Uzbekistan Sum", "Sum d’Ouzbékistan"},
    {"VED", "Bolívar Soberano", "Bolívar souverain"},
    {"VES", "Bolívar Soberano", "Bolívar souverain"},
    {"VND", "Dong", "Dong"},
    {"VUV", "Vatu", "Vatu"},
    {"WST", "Tala", "Tala"},
    {"XAF", "CFA Franc BEAC", "Franc CFA (BEAC)"},
    {"XCD", "East Caribbean Dollar", "Dollar des Caraïbes orientales"},
    {"XCG", "Caribbean Guilder", "Florin caribéen"},
    {"XOF", "CFA Franc BCEAO", "Franc CFA (BCEAO)"},
    {"XPF", "CFP Franc", "Franc pacifique"},
    {"YER", "Yemeni Rial", "Riyal yéménite"},
    {"ZAR", "Rand", "Rand"},
    {"ZMW", "Zambian Kwacha", "Kwacha zambien"},
    {"ZWG", "Zimbabwe Gold", "Or du Zimbabwe"},
    {"ZWL", "Zimbabwe Dollar", "Dollar zimbabwéen"},
};

const CurrencyName* find_name(std::string_view code) {
    const CurrencyName* end = std::end(kNames);
    const CurrencyName* it =
        std::lower_bound(std::begin(kNames), end, code, [](const CurrencyName& n, std::string_view k) { return n.code < k; });
    return it != end && it->code == code ? it : nullptr;
}

// ASCII letters folded to lower case; other bytes (accents in UTF-8) kept as they are.
std::string folded(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::string currency_name(std::string_view code, Language language) {
    const CurrencyName* n = find_name(code);
    if (!n) return std::string(code);
    return language == Language::French ? n->french : n->english;
}

std::string currency_choice_label(std::string_view code, Language language) {
    return std::string(code) + " \u00B7 " + currency_name(code, language);
}

std::vector<std::string_view> matching_currencies(std::string_view filter, Language language) {
    while (!filter.empty() && std::isspace(static_cast<unsigned char>(filter.front()))) filter.remove_prefix(1);
    while (!filter.empty() && std::isspace(static_cast<unsigned char>(filter.back()))) filter.remove_suffix(1);
    const std::string wanted = folded(filter);
    std::vector<std::string_view> out;
    const CurrencyCode* codes = iso_currencies();
    for (std::size_t i = 0; i < iso_currency_count(); ++i) {
        const std::string_view code = codes[i].code;
        if (wanted.empty() || folded(code).find(wanted) != std::string::npos ||
            folded(currency_name(code, language)).find(wanted) != std::string::npos)
            out.push_back(code);
    }
    return out;
}

}  // namespace roster::present
