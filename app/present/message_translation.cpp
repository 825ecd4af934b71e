#include "message_translation.h"

#include <string_view>

#include "format.h"
#include "translation.h"

namespace roster::present {
namespace {

// English pattern -> French pattern. The values ("%s") keep their order. Tried in this order:
// where one pattern would also match a more particular sentence, the particular one comes first.
// Sources: engine/validation.cpp, engine/overlap_validation.cpp, engine/scenarios.cpp,
// storage/*.cpp, document/*.cpp (a test feeds this table the messages those layers make).
const std::pair<const char*, const char*> kPatterns[] = {
    // Wrappers around another message.
    {"In scenario “%s”: %s", "Dans le scénario « %s » : %s"},
    {"Creator %s: %s", "Créateur %s : %s"},
    {"Could not open %s: it is larger than 64 MB, far more than any plan. Nothing was changed.",
     "Impossible d’ouvrir %s : plus de 64 Mo, bien plus qu’aucun plan. Rien n’a été modifié."},
    {"Could not open %s: %s Nothing was changed.", "Impossible d’ouvrir %s : %s Rien n’a été modifié."},
    {"The plan in this file is not usable: %s (and %s more problems)",
     "Le plan de ce fichier n’est pas utilisable : %s (et %s autres problèmes)"},
    {"The plan in this file is not usable: %s (and %s more problem)",
     "Le plan de ce fichier n’est pas utilisable : %s (et %s autre problème)"},
    {"The plan in this file is not usable: %s", "Le plan de ce fichier n’est pas utilisable : %s"},
    {"This plan file could not be updated to this version: %s",
     "Ce fichier de plan n’a pas pu être mis à jour pour cette version : %s"},
    {"The plan file could not be read (%s).", "Le fichier de plan n’a pas pu être lu (%s)."},
    {"The latest save in this browser could not be read (%s) It was kept aside; the save before it was opened.",
     "La dernière sauvegarde de ce navigateur n’a pas pu être lue (%s). Elle a été mise de côté ; la précédente a été "
     "ouverte."},
    {"The plan saved in this browser could not be read (%s) To keep it, Roster will not save over it; download it "
     "from the status bar.",
     "Le plan enregistré dans ce navigateur n’a pas pu être lu (%s). Pour le garder, Roster n’enregistrera pas "
     "par-dessus ; téléchargez-le depuis la barre d’état."},
    {"The plan saved in this browser could not be read (%s) It was kept aside (download it from the status bar); a "
     "new plan was started.",
     "Le plan enregistré dans ce navigateur n’a pas pu être lu (%s). Il a été mis de côté (téléchargez-le depuis la "
     "barre d’état) ; un nouveau plan a été commencé."},
    {"%s Change or remove that overlap first.", "%s Modifiez ou supprimez d’abord ce recouvrement."},

    // What was opened, asked or copied (document/plan_exchange.cpp).
    {"Opened “%s” (%s) from %s. Undo (Ctrl+Z) brings the previous plan back. %s",
     "« %s » (%s) ouvert depuis %s. Annuler (Ctrl+Z) ramène le plan précédent. %s"},
    {"Opened “%s” (%s) from %s. Undo (Ctrl+Z) brings the previous plan back.",
     "« %s » (%s) ouvert depuis %s. Annuler (Ctrl+Z) ramène le plan précédent."},
    {"Replace “%s” (%s, changed since it was last downloaded) with “%s” from %s? Undo (Ctrl+Z) brings it back.",
     "Remplacer « %s » (%s, modifié depuis son dernier téléchargement) par « %s » depuis %s ? Annuler (Ctrl+Z) le "
     "ramène."},
    {"Copied a link to this plan (%s characters). Whoever opens it gets their own copy.",
     "Lien vers ce plan copié (%s caractères). Qui l’ouvre en reçoit sa propre copie."},
    {"This plan is too large for a link (%s characters; links stay under %s). Download the plan file from the Plan "
     "menu and send that instead.",
     "Ce plan est trop grand pour un lien (%s caractères ; les liens restent sous %s). Téléchargez le fichier de plan "
     "depuis le menu Plan et envoyez-le plutôt."},
    {"The browser did not let Roster copy the link (%s characters): it is shown selected, press Ctrl+C to copy it.",
     "Le navigateur n’a pas laissé Roster copier le lien (%s caractères) : il est affiché sélectionné, appuyez sur "
     "Ctrl+C pour le copier."},
    {"This link is damaged (it may have been cut short when it was copied); nothing was opened.",
     "Ce lien est abîmé (il a peut-être été coupé en le copiant) ; rien n’a été ouvert."},
    {"This link was made by a newer version of Roster; nothing was opened.",
     "Ce lien a été créé par une version plus récente de Roster ; rien n’a été ouvert."},
    {"This browser cannot open share links (it lacks DecompressionStream).",
     "Ce navigateur ne sait pas ouvrir les liens de partage (DecompressionStream lui manque)."},
    {"This browser cannot make share links (it lacks CompressionStream). Send the plan file instead.",
     "Ce navigateur ne sait pas créer de liens de partage (CompressionStream lui manque). Envoyez plutôt le fichier "
     "de plan."},
    {"This plan was saved by an older Roster (file format 1) and was updated: each creator's posts became one "
     "deliverable line of the platform's main format.",
     "Ce plan a été enregistré par un Roster plus ancien (format de fichier 1) et a été mis à jour : les publications "
     "de chaque créateur forment une ligne de livrables au format principal de la plateforme."},
    {"Ignored %s, which this version of Roster does not know.",
     "%s ignoré : cette version de Roster ne le connaît pas."},
    {"Kept the assumption \"%s\", which this version of Roster does not use; it is saved with the plan.",
     "Hypothèse « %s » conservée : cette version de Roster ne l’utilise pas ; elle est enregistrée avec le plan."},

    // The file itself (storage/json_gate.cpp, plan_file.cpp, plan_schema.cpp).
    {"The file is empty.", "Le fichier est vide."},
    {"This file is not text, so it cannot be a Roster plan.",
     "Ce fichier n’est pas du texte : ce ne peut pas être un plan Roster."},
    {"The file is %s; plan files are at most %s.", "Le fichier fait %s ; un fichier de plan fait au plus %s."},
    {"The file ends too early (%s); it may have been cut off in transfer.",
     "Le fichier s’arrête trop tôt (%s) ; il a peut-être été tronqué pendant le transfert."},
    {"The file has bytes that are not UTF-8 text at %s. Save it as UTF-8 and try again.",
     "Le fichier contient des octets qui ne sont pas du texte UTF-8 (%s). Enregistrez-le en UTF-8 et réessayez."},
    {"The file is not valid JSON at %s: %s", "Le fichier n’est pas du JSON valide (%s) : %s"},
    {"there is more after the end of the plan; a plan file holds one plan and nothing after it.",
     "il reste du texte après la fin du plan ; un fichier de plan contient un plan et rien après."},
    {"this number is too large for any figure in a plan.", "ce nombre est trop grand pour un chiffre de plan."},
    {"NaN and Infinity are not numbers JSON allows; a plan's figures are finite numbers.",
     "NaN et Infinity ne sont pas des nombres admis en JSON ; les chiffres d’un plan sont finis."},
    {"line %s, column %s", "ligne %s, colonne %s"},
    {"The file is nested more than %s levels deep; a plan file never is.",
     "Le fichier est imbriqué sur plus de %s niveaux ; un fichier de plan ne l’est jamais."},
    {"The file holds a text of %s; texts in a plan file are at most %s.",
     "Le fichier contient un texte de %s ; les textes d’un fichier de plan font au plus %s."},
    {"The file holds a text with a NUL character, which is not text a plan can contain.",
     "Le fichier contient un texte avec un caractère NUL, qu’aucun plan ne peut contenir."},
    {"The file holds a list of %s items; lists in a plan file hold at most %s.",
     "Le fichier contient une liste de %s éléments ; les listes d’un fichier de plan en ont au plus %s."},
    {"The file holds an object with too many fields.", "Le fichier contient un objet avec trop de champs."},
    {"The file holds a field name that is too long.", "Le fichier contient un nom de champ trop long."},
    {"The field \"%s\" appears twice in the same object; which one is meant is unclear.",
     "Le champ « %s » apparaît deux fois dans le même objet ; on ne sait pas lequel vaut."},
    {"This is not a Roster plan file.", "Ce n’est pas un fichier de plan Roster."},
    {"This plan file does not say which format version it uses, so it cannot be read safely.",
     "Ce fichier de plan n’indique pas sa version de format : il ne peut pas être lu sans risque."},
    {"This plan was made by a newer version of Roster (file format %s; this version reads up to %s). Open it with an "
     "up-to-date Roster.",
     "Ce plan a été créé par une version plus récente de Roster (format de fichier %s ; cette version lit jusqu’au "
     "format %s). Ouvrez-le avec un Roster à jour."},
    {"This plan file has no plan in it.", "Ce fichier de plan ne contient aucun plan."},
    {"In the file, %s should be %s, but it is %s.", "Dans le fichier, %s devrait être %s, mais c’est %s."},
    {"In the file, %s is %s, outside the range %s to %s.", "Dans le fichier, %s vaut %s, hors de l’intervalle %s à %s."},
    {"In the file, %s is \"%s\", which this version of Roster does not know (%s).",
     "Dans le fichier, %s vaut « %s », que cette version de Roster ne connaît pas (%s)."},
    {"In the file, %s is missing.", "Dans le fichier, %s manque."},
    {"In the file, %s should be a whole number.", "Dans le fichier, %s devrait être un nombre entier."},

    // Overlaps (engine/overlap_validation.cpp, document/commands.cpp): before the creator's fields,
    // whose "The %s cannot be negative." would take "The overlap between ... cannot be negative."
    {"The overlap does not concern these two creators.", "Ce recouvrement ne concerne pas ces deux créateurs."},
    {"An overlap refers to creator #%s, who is not in the plan.",
     "Un recouvrement cite le créateur n° %s, qui n’est pas dans le plan."},
    {"An overlap pairs %s with themselves.", "Un recouvrement associe %s à lui-même."},
    {"The overlap between %s and %s is given twice; keep one.",
     "Le recouvrement entre %s et %s est indiqué deux fois ; gardez-en un."},
    {"The overlap between %s and %s cannot be negative.", "Le recouvrement entre %s et %s ne peut pas être négatif."},
    {"The overlap between %s and %s is %s of the smaller audience, above 100%.",
     "Le recouvrement entre %s et %s vaut %s de la plus petite audience, plus de 100 %."},
    {"The overlap between %s and %s is %s of %s's followers, above 100%.",
     "Le recouvrement entre %s et %s vaut %s des abonnés de %s, plus de 100 %."},
    {"The overlaps of %s with %s (%s shared) and with %s (%s) cannot both hold while %s and %s share only %s: %s "
     "would need at least %s followers, and has %s.",
     "Les recouvrements de %s avec %s (%s en commun) et avec %s (%s) ne peuvent pas valoir ensemble alors que %s et "
     "%s n’ont que %s en commun : %s devrait avoir au moins %s abonnés, et en a %s."},
    {"%s and %s cannot share %s followers: %s has only %s.",
     "%s et %s ne peuvent pas avoir %s abonnés en commun : %s n’en a que %s."},
    // Text typed or pasted in the creator panel (present/overlap_row.cpp, share_text.cpp).
    {"Paste or type the overlaps first, such as “Ben 12%, Cleo 8%”.",
     "Collez ou tapez d’abord les recouvrements, par exemple « Ben 12 %, Cleo 8 % »."},
    {"A row of numbers needs one share for each of the other %s creators, in roster order; it has %s.",
     "Une ligne de nombres demande une part pour chacun des %s autres créateurs, dans l’ordre du roster ; elle en a "
     "%s."},
    {"The share for “%s” must be a percentage between 0 and 100.",
     "La part pour « %s » doit être un pourcentage entre 0 et 100."},
    {"The share of “%s” must be a percentage between 0 and 100.",
     "La part de « %s » doit être un pourcentage entre 0 et 100."},
    {"No creator called “%s” in the plan: use a name or handle from the roster.",
     "Aucun créateur nommé « %s » dans le plan : utilisez un nom ou un identifiant du roster."},
    {"“%s” is this creator: an overlap is with the others.",
     "« %s » est ce créateur : un recouvrement se fait avec les autres."},
    {"“%s” needs a share after the name, such as “FR 40%”.",
     "« %s » demande une part après le nom, par exemple « FR 40 % »."},

    // A creator's fields (engine/validation.cpp).
    {"Every creator needs %s.", "Chaque créateur doit avoir %s."},
    {"The %s can have at most 200 characters.", "Le champ « %s » compte 200 caractères au plus."},
    {"The %s contains characters that are not text.", "Le champ « %s » contient des caractères qui ne sont pas du texte."},
    {"The platform is not one Roster knows.", "Roster ne connaît pas cette plateforme."},
    {"Followers must be at least 1.", "Il faut au moins 1 abonné."},
    {"Followers cannot exceed 2,000,000,000.", "Les abonnés ne peuvent pas dépasser 2 000 000 000."},
    {"The engagement rate must say whether it is per follower or per view.",
     "Le taux d’engagement doit préciser s’il est par abonné ou par vue."},
    {"Average views cannot be negative.", "Les vues moyennes ne peuvent pas être négatives."},
    {"Average views cannot exceed 200,000,000,000.", "Les vues moyennes ne peuvent pas dépasser 200 000 000 000."},
    {"The measured reach rate must be between 0% and 5,000%.",
     "Le taux de couverture mesuré doit être compris entre 0 % et 5 000 %."},
    {"An audience profile can list at most 300 countries or interests.",
     "Un profil d’audience compte au plus 300 pays ou centres d’intérêt."},
    {"“%s” is not a two-letter country code such as FR or US.",
     "« %s » n’est pas un code pays à deux lettres comme FR ou US."},
    {"The country %s appears twice in the audience profile.", "Le pays %s apparaît deux fois dans le profil d’audience."},
    {"The audience's countries add up to more than 100%.", "Les pays de l’audience dépassent 100 % au total."},
    {"The audience's age bands add up to more than 100%.", "Les tranches d’âge de l’audience dépassent 100 % au total."},
    {"Women and men in the audience add up to more than 100%.",
     "Femmes et hommes de l’audience dépassent 100 % au total."},
    {"Each interest needs a name of at most 100 characters.",
     "Chaque centre d’intérêt doit avoir un nom de 100 caractères au plus."},
    {"The interest “%s” appears twice in the audience profile.",
     "Le centre d’intérêt « %s » apparaît deux fois dans le profil d’audience."},
    {"A creator can have at most 20 deliverable lines.", "Un créateur a au plus 20 lignes de livrables."},
    {"A deliverable has a format Roster does not know.", "Un livrable a un format que Roster ne connaît pas."},
    {"%s has no %s format.", "%s ne propose pas le format %s."},
    {"The number of posts cannot be negative.", "Le nombre de publications ne peut pas être négatif."},
    {"A deliverable can have at most 1,000 posts.", "Un livrable compte au plus 1 000 publications."},
    {"The frequency cap must be between 0 (none) and 1,000.",
     "Le plafond de fréquence doit être compris entre 0 (aucun) et 1 000."},
    {"Paid amplification needs at least one post to amplify.",
     "L’amplification payante demande au moins une publication à amplifier."},
    {"Paid amplification needs the size of the target audience (campaign settings) to estimate how many people it "
     "reaches.",
     "L’amplification payante demande la taille de l’audience cible (réglages de la campagne) pour estimer combien "
     "de personnes elle touche."},
    {"The budget cannot exceed 10,000,000,000.", "Le budget ne peut pas dépasser 10 000 000 000."},
    {"The %s cannot be negative.", "Le champ « %s » ne peut pas être négatif."},
    {"The %s cannot exceed 100,000,000.", "Le champ « %s » ne peut pas dépasser 100 000 000."},
    {"The %s must be between 0% and 100% (it is %s).", "Le champ « %s » doit être compris entre 0 % et 100 % (il vaut %s)."},

    // The campaign, the environment and the assumptions.
    {"The plan name must be text of at most 200 characters.",
     "Le nom du plan doit être un texte de 200 caractères au plus."},
    {"The currency must be a three-letter code such as EUR or USD.",
     "La devise doit être un code à trois lettres comme EUR ou USD."},
    {"Tier thresholds must increase from micro to mega.", "Les seuils de catégorie doivent croître de micro à méga."},
    {"The target audience must be between 0 (not known) and 10,000,000,000 people.",
     "L’audience cible doit être comprise entre 0 (inconnue) et 10 000 000 000 de personnes."},
    {"The target lists the country %s twice.", "La cible cite deux fois le pays %s."},
    {"The target can list at most 300 countries.", "La cible compte au plus 300 pays."},
    {"The target has an age band Roster does not know.", "La cible a une tranche d’âge que Roster ne connaît pas."},
    {"The target has a gender Roster does not know.", "La cible a un genre que Roster ne connaît pas."},
    {"The baseline channel is not a platform Roster knows.",
     "Le canal de référence n’est pas une plateforme que Roster connaît."},
    {"Recommended views can be scaled from 0 to 10 times, not %s.",
     "Les vues recommandées se règlent de 0 à 10 fois, pas %s."},
    {"The assumption “%s” is set twice.", "L’hypothèse « %s » est définie deux fois."},
    {"“%s” must be from %s to %s.", "« %s » doit aller de %s à %s."},
    {"Comments, shares and saves cannot add up to more than 100% of engagements.",
     "Commentaires, partages et enregistrements ne peuvent pas dépasser 100 % des engagements."},

    // Scenarios and the roster as a whole.
    {"A plan can hold at most 8 scenarios; remove one first (right-click its tab).",
     "Un plan compte au plus 8 scénarios ; supprimez-en un d’abord (clic droit sur son onglet)."},
    {"A plan can hold at most 8 scenarios; remove one first.",
     "Un plan compte au plus 8 scénarios ; supprimez-en un d’abord."},
    {"A plan can hold at most 8 scenarios.", "Un plan compte au plus 8 scénarios."},
    {"The plan says its open scenario is number %s, but it has only %s.",
     "Le plan indique que son scénario ouvert est le numéro %s, mais il n’en a que %s."},
    {"A plan can hold at most 20,000 creators across its scenarios.",
     "Un plan compte au plus 20 000 créateurs sur l’ensemble de ses scénarios."},
    {"A plan can hold at most 20,000 creators.", "Un plan compte au plus 20 000 créateurs."},
    {"A copy would take the plan past 20,000 creators across its scenarios.",
     "Une copie ferait passer le plan au-delà de 20 000 créateurs sur l’ensemble de ses scénarios."},
    {"Scenario “%s” is in %s but the plan is in %s: all scenarios of a plan use one currency.",
     "Le scénario « %s » est en %s mais le plan est en %s : tous les scénarios d’un plan ont une même devise."},
    {"A creator has no id.", "Un créateur n’a pas d’identifiant."},
    {"Two creators share the id %s.", "Deux créateurs ont le même identifiant %s."},
    {"A scenario needs a name.", "Un scénario doit avoir un nom."},
    {"A scenario name must be text of at most 60 characters.",
     "Le nom d’un scénario doit être un texte de 60 caractères au plus."},
    {"There is already a scenario called “%s”.", "Il existe déjà un scénario nommé « %s »."},
    {"A plan keeps at least one scenario.", "Un plan garde au moins un scénario."},
    {"That scenario is no longer in the plan.", "Ce scénario n’est plus dans le plan."},
    {"That creator is no longer in the plan.", "Ce créateur n’est plus dans le plan."},
    {"Roster has no assumption called “%s”.", "Roster n’a pas d’hypothèse nommée « %s »."},
    {"Compare at least two scenarios.", "Comparez au moins deux scénarios."},

};

// Values that are words rather than names or numbers: what a field is, where a plan came from.
const std::pair<const char*, const char*> kWords[] = {
    {"a name", "un nom"},
    {"a handle", "un identifiant"},
    {"name", "nom"},
    {"handle", "identifiant"},
    {"fee per post", "tarif par publication"},
    {"product value", "valeur du produit"},
    {"usage-rights fee", "droits d’usage"},
    {"amplification spend", "budget d’amplification"},
    {"amplification CPM", "CPM de l’amplification"},
    {"average order value", "panier moyen"},
    {"budget", "budget"},
    {"engagement rate", "taux d’engagement"},
    {"share of real, active followers", "part d’abonnés réels et actifs"},
    {"relevance to the brief", "pertinence pour le brief"},
    {"affiliate commission", "commission d’affiliation"},
    {"chance that the creator posts", "probabilité que le créateur publie"},
    {"gross margin", "marge brute"},
    {"share of viewers who cannot see likes", "part des spectateurs qui ne voient pas les j’aime"},
    {"share of an age band", "part d’une tranche d’âge"},
    {"share of a gender", "part d’un genre"},
    {"share of followers with an interest", "part des abonnés ayant un centre d’intérêt"},
    {"the share link", "le lien de partage"},
    {"the pasted text", "le texte collé"},
    {"the file “%s”", "le fichier « %s »"},
    {"share of followers in %s", "part des abonnés en %s"},
    {"%s creator", "%s créateur"},
    {"%s creators", "%s créateurs"},
    {"%s bytes", "%s octets"},
    {"%s KB", "%s Ko"},
    {"%s MB", "%s Mo"},
    {"“%s”", "« %s »"},  // a name: quoted the French way, itself left as it is
    {"text", "du texte"},
    {"a whole number", "un nombre entier"},
    {"true or false", "vrai ou faux"},
    {"a group of fields", "un groupe de champs"},
    {"a list", "une liste"},
    {"a whole number too large for Roster", "un nombre entier trop grand pour Roster"},
    {"a number with decimals", "un nombre à décimales"},
    {"something else", "autre chose"},
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "1,234,567" -> "1 234 567", "100.5%" -> "100,5 %" (format.h's French typography); anything
// else is not a number and is returned empty.
std::string french_number(const std::string& v) {
    std::size_t i = v.size() && v[0] == '-' ? 1 : 0;
    if (i >= v.size() || !is_digit(v[i])) return {};
    std::string out = v.substr(0, i);
    for (; i < v.size(); ++i) {
        const char c = v[i];
        if (is_digit(c)) out += c;
        else if (c == ',' && i + 1 < v.size() && is_digit(v[i + 1])) out += "\u202F";
        else if (c == '.' && i + 1 < v.size() && is_digit(v[i + 1])) out += ',';
        else if (c == '%' && i + 1 == v.size()) out += "\u202F%";
        else return {};
    }
    return out;
}

// Splits `text` by `pattern`'s "%s" places; false when the fixed parts do not match.
bool match(std::string_view pattern, std::string_view text, std::vector<std::string>& values) {
    std::vector<std::string_view> parts;
    for (std::size_t from = 0;;) {
        const std::size_t at = pattern.find("%s", from);
        parts.push_back(pattern.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
        if (at == std::string_view::npos) break;
        from = at + 2;
    }
    if (parts.size() == 1) return text == pattern;
    if (text.substr(0, parts.front().size()) != parts.front()) return false;
    if (text.size() < parts.front().size() + parts.back().size() ||
        text.substr(text.size() - parts.back().size()) != parts.back())
        return false;
    const std::size_t end = text.size() - parts.back().size();
    std::size_t at = parts.front().size();
    values.clear();
    for (std::size_t k = 1; k + 1 < parts.size(); ++k) {
        const std::size_t next = text.find(parts[k], at);
        if (next == std::string_view::npos || next >= end || next == at) return false;
        values.emplace_back(text.substr(at, next - at));
        at = next + parts[k].size();
    }
    if (at >= end) return false;  // every value has something in it
    values.emplace_back(text.substr(at, end - at));
    return true;
}

std::string fill(std::string_view pattern, const std::vector<std::string>& values) {
    std::string out;
    std::size_t v = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] == 's' && v < values.size()) {
            out += values[v++];
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string french(const std::string& english, int depth);

// A value inside a message: a number, a word of kWords, a sentence of kPatterns, a word the
// interface translates (platform and format names), an assumption's label, or else a name.
std::string french_value(const std::string& v, int depth) {
    if (std::string n = french_number(v); !n.empty()) return n;
    std::vector<std::string> values;
    for (const auto& [en, fr] : kWords) {
        if (!match(en, v, values)) continue;
        // "%s creators", "%s MB": counts only, so that a name ending in a word stays a name.
        if (std::string_view(en).substr(0, 3) == "%s " && french_number(values.front()).empty()) continue;
        if (std::string_view(en) == "“%s”") return fill(fr, values);
        for (std::string& x : values) x = french_value(x, depth + 1);
        return fill(fr, values);
    }
    if (std::string s = french(v, depth + 1); s != v) return s;
    if (const char* t = tr(v.c_str()); std::string_view(t) != v) return t;
    // Several sentences in one value (a file's notes after "Opened ..."): one at a time.
    if (v.find(". ") != std::string::npos) {
        std::string out;
        bool changed = false;
        for (std::size_t from = 0; from < v.size();) {
            const std::size_t end = v.find(". ", from);
            const std::string sentence = v.substr(from, end == std::string::npos ? std::string::npos : end + 1 - from);
            const std::string translated = french(sentence, depth + 1);
            changed = changed || translated != sentence;
            out += (out.empty() ? "" : " ") + translated;
            from = end == std::string::npos ? v.size() : end + 2;
        }
        if (changed) return out;
    }
    return assumption_label(v);
}

std::string french(const std::string& english, int depth) {
    if (depth > 6) return english;  // messages nest two or three deep; a name is not followed further
    std::vector<std::string> values;
    for (const auto& [en, fr] : kPatterns) {
        if (!match(en, english, values)) continue;
        for (std::string& v : values) v = french_value(v, depth);
        return fill(fr, values);
    }
    return english;
}

}  // namespace

std::string translated_message(const std::string& english) {
    if (display_language() != Language::French) return english;
    return french(english, 0);
}

std::vector<std::pair<std::string, std::string>> message_patterns() {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [en, fr] : kPatterns) out.emplace_back(en, fr);
    for (const auto& [en, fr] : kWords) out.emplace_back(en, fr);
    return out;
}

}  // namespace roster::present
