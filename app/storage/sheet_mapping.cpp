#include "sheet_mapping.h"

#include "rapidjson_config.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>
#include <set>

#include "engine/text.h"
#include "engine/vocabulary.h"

namespace roster::storage {

bool operator==(const ColumnTarget& a, const ColumnTarget& b) { return a.field == b.field && a.platform == b.platform; }

namespace {

constexpr std::array<const char*, kSheetFieldCount> kFieldKeys = {
    "ignore",        "name",          "handle",           "platform",       "followers",
    "engagement_rate", "average_views", "average_likes",  "average_comments", "fee_per_post",
    "total_fee",     "posts",         "country",          "audience_quality", "fake_followers",
    "last_name"};

bool takes_platform(SheetField f) { return f == SheetField::Handle || f == SheetField::Followers; }

// Latin-1 letters U+00C0-U+00FF without their accents, lower case ('\0' for the two signs).
constexpr const char* kLatin1Folded = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts" "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";

}  // namespace

std::string target_key(const ColumnTarget& target) {
    std::string key = kFieldKeys[static_cast<std::size_t>(target.field)];
    if (target.platform && takes_platform(target.field)) key += ":" + std::string(platform_key(*target.platform));
    return key;
}

std::optional<ColumnTarget> target_from_key(std::string_view key) {
    const std::size_t colon = key.find(':');
    const std::string_view field = key.substr(0, colon);
    for (std::size_t i = 0; i < kFieldKeys.size(); ++i) {
        if (field != kFieldKeys[i]) continue;
        ColumnTarget t;
        t.field = static_cast<SheetField>(i);
        if (colon != std::string_view::npos) {
            if (!takes_platform(t.field)) return std::nullopt;
            t.platform = platform_from_key(key.substr(colon + 1));
            if (!t.platform) return std::nullopt;
        }
        return t;
    }
    return std::nullopt;
}

Term target_term(SheetField field) {
    switch (field) {
        case SheetField::Ignore: return Term::SheetTargetIgnore;
        case SheetField::Name: return Term::SheetTargetName;
        case SheetField::Handle: return Term::SheetTargetHandle;
        case SheetField::Platform: return Term::SheetTargetPlatform;
        case SheetField::Followers: return Term::SheetTargetFollowers;
        case SheetField::EngagementRate: return Term::SheetTargetEngagementRate;
        case SheetField::AverageViews: return Term::SheetTargetAverageViews;
        case SheetField::AverageLikes: return Term::SheetTargetAverageLikes;
        case SheetField::AverageComments: return Term::SheetTargetAverageComments;
        case SheetField::FeePerPost: return Term::SheetTargetFeePerPost;
        case SheetField::TotalFee: return Term::SheetTargetTotalFee;
        case SheetField::Posts: return Term::SheetTargetPosts;
        case SheetField::Country: return Term::SheetTargetCountry;
        case SheetField::AudienceQuality: return Term::SheetTargetAudienceQuality;
        case SheetField::FakeFollowers: return Term::SheetTargetFakeFollowers;
        case SheetField::LastName: return Term::SheetTargetLastName;
    }
    return Term::SheetTargetIgnore;
}

std::vector<ColumnTarget> all_targets() {
    std::vector<ColumnTarget> out;
    for (int f = 0; f < kSheetFieldCount; ++f) {
        const auto field = static_cast<SheetField>(f);
        out.push_back({field, std::nullopt});
        if (takes_platform(field))
            for (int p = 0; p < kPlatformCount; ++p) out.push_back({field, static_cast<Platform>(p)});
    }
    return out;
}

std::string normalise_header(std::string_view header) {
    std::string out;
    out.reserve(header.size());
    bool previous_lower = false;  // a lower-case letter or digit just before: camelCase splits there
    const auto space = [&] {
        if (!out.empty() && out.back() != ' ') out += ' ';
        previous_lower = false;
    };
    for (std::size_t i = 0; i < header.size();) {
        const auto b = static_cast<unsigned char>(header[i]);
        if (b < 0x80) {
            if (b >= 'A' && b <= 'Z') {
                if (previous_lower) space();
                out += static_cast<char>(b - 'A' + 'a');
                previous_lower = false;
            } else if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
                out += static_cast<char>(b);
                previous_lower = true;
            } else {
                space();
            }
            ++i;
            continue;
        }
        // A two-byte character: Latin-1 letters lose their accents, œ and æ become two letters.
        if ((b & 0xE0) == 0xC0 && i + 1 < header.size()) {
            const std::uint32_t cp = ((b & 0x1Fu) << 6) | (static_cast<unsigned char>(header[i + 1]) & 0x3Fu);
            i += 2;
            if (cp >= 0xC0 && cp <= 0xFF && kLatin1Folded[cp - 0xC0] != '\0') {
                if (cp == 0xC6 || cp == 0xE6) out += "ae";
                else if (cp == 0xDF) out += "ss";
                else out += kLatin1Folded[cp - 0xC0];
                previous_lower = cp >= 0xDF;  // "ABONNÉS" is one word, "CréateurNom" two
            } else if (cp == 0x152 || cp == 0x153) {
                out += "oe";
                previous_lower = true;
            } else {
                space();  // signs and spaces of Latin-1 (U+00A0, «, », °...)
            }
            continue;
        }
        // Longer characters: punctuation (’, the typographic spaces) separates words; other
        // scripts are kept as written.
        std::size_t len = (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
        len = std::min(len, header.size() - i);
        const std::string_view ch = header.substr(i, len);
        if (len == 3 && static_cast<unsigned char>(ch[0]) == 0xE2 && static_cast<unsigned char>(ch[1]) <= 0x81) {
            space();
        } else {
            out.append(ch);
            previous_lower = false;
        }
        i += len;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    // Brand names that camelCase or a space split ("YouTube", "Tik Tok") are one word again.
    for (const auto& [split, joined] : {std::pair<const char*, const char*>{"you tube", "youtube"},
                                        {"tik tok", "tiktok"}, {"linked in", "linkedin"}}) {
        std::string padded = " " + out + " ";
        const std::string from = " " + std::string(split) + " ", to = " " + std::string(joined) + " ";
        for (std::size_t at = padded.find(from); at != std::string::npos; at = padded.find(from, at + 1))
            padded.replace(at, from.size(), to);
        out = padded.substr(1, padded.size() - 2);
    }
    return out;
}

namespace {

struct Words {
    std::string text;  // " w1 w2 ... " with a space at each end, for phrase search
    std::set<std::string> set;

    explicit Words(const std::string& normalised) : text(" " + normalised + " ") {
        std::size_t start = 0;
        while (start < normalised.size()) {
            std::size_t end = normalised.find(' ', start);
            if (end == std::string::npos) end = normalised.size();
            set.insert(normalised.substr(start, end - start));
            start = end + 1;
        }
    }
    bool has(std::initializer_list<const char*> words) const {
        for (const char* w : words)
            if (set.count(w)) return true;
        return false;
    }
    bool phrase(const char* p) const { return text.find(" " + std::string(p) + " ") != std::string::npos; }
    bool only(std::initializer_list<const char*> allowed) const {
        for (const std::string& w : set) {
            bool ok = false;
            for (const char* a : allowed) ok = ok || w == a;
            if (!ok) return false;
        }
        return true;
    }
};

std::optional<Platform> platform_word(const Words& w) {
    if (w.has({"instagram", "insta", "ig"})) return Platform::Instagram;
    if (w.has({"tiktok"})) return Platform::TikTok;
    if (w.has({"youtube", "yt"})) return Platform::YouTube;
    if (w.has({"facebook", "fb"})) return Platform::Facebook;
    if (w.has({"linkedin"})) return Platform::LinkedIn;
    if (w.has({"twitter", "x"})) return Platform::X;
    if (w.has({"twitch"})) return Platform::Twitch;
    return std::nullopt;
}

}  // namespace

ColumnTarget recognise_header(std::string_view header) {
    using F = SheetField;
    const std::string_view raw = trimmed(header);
    if (raw == "@") return {F::Handle, std::nullopt};
    const std::string h = normalise_header(header);
    if (h.empty()) return {};
    const Words w(h);
    const std::optional<Platform> platform = platform_word(w);
    const bool percent = raw.find('%') != std::string_view::npos || w.has({"pct", "percent", "percentage", "pourcentage"});

    // Columns whose words would otherwise mislead: contacts, dates, links to posts, growth...
    if (w.has({"email", "mail", "phone", "telephone", "tel", "date", "contact", "agent", "manager", "brand", "marque",
               "campaign", "campagne", "notes", "note", "status", "statut", "growth", "croissance", "gender", "genre",
               "age", "city", "ville", "bio", "biography", "description", "category", "categorie", "niche",
               "language", "langue", "rank", "rang", "id", "uuid", "gifted", "shipping", "address", "adresse"}))
        return {};
    const bool post_word = w.has({"post", "posts", "publication", "publications", "video", "videos", "contenu",
                                  "contenus", "content", "livrable", "livrables", "deliverable", "deliverables"});
    if (post_word && w.has({"url", "urls", "link", "links", "lien", "liens"})) return {};

    if (w.has({"fake", "faux", "fausses", "suspicious", "suspect", "suspects", "bot", "bots", "inauthentic"}))
        return {F::FakeFollowers, std::nullopt};
    if (w.has({"aqs", "quality", "qualite", "credibility", "credibilite", "authentic", "authenticity", "authentique",
               "authenticite"}) ||
        (w.has({"real", "reels", "vrais", "genuine"}) &&
         (w.has({"followers", "follower", "abonnes", "audience", "percentage", "percent", "pct"}) || percent)) ||
        h == "real")
        return {F::AudienceQuality, std::nullopt};

    const bool average = w.has({"avg", "average", "averages", "moyenne", "moyennes", "moyen", "moyens", "moy", "mean",
                                "median", "mediane", "typical", "per", "par"});
    if (w.has({"engagement", "engagements"}) || h == "er" || h == "eng" || w.set.count("er")) {
        if (w.has({"rate", "taux", "tx", "er"}) || percent || h == "engagement" || h == "eng" ||
            (platform && w.only({"engagement", "instagram", "insta", "ig", "tiktok", "youtube", "yt",
                                 "facebook", "fb", "linkedin", "twitter", "x", "twitch"})))
            return {F::EngagementRate, std::nullopt};
        return {};  // engagements counted, not a rate
    }
    if (w.has({"followers", "follower", "abonnes", "abonne", "subscribers", "subscriber", "subs", "fans",
               "fanbase", "communaute", "community"}) ||
        h == "audience" || h == "audience size" || h == "taille de l audience" || h == "taille audience")
        return {F::Followers, platform};
    if (w.has({"views", "view", "vues", "vue", "plays", "play", "lectures", "lecture", "impressions", "visionnages"})) {
        if (average) return {F::AverageViews, std::nullopt};
        return {};  // a total, or a projection exported by Roster
    }
    if (w.has({"likes", "like", "jaime", "jaimes"}) || w.phrase("j aime")) {
        if (average) return {F::AverageLikes, std::nullopt};
        return {};
    }
    if (w.has({"comments", "comment", "commentaires", "commentaire"})) {
        if (average) return {F::AverageComments, std::nullopt};
        return {};
    }
    const bool fee_word = w.has({"fee", "fees", "tarif", "tarifs", "prix", "price", "pricing", "cachet", "cachets",
                                 "rate", "rates", "cost", "cout", "couts", "costs", "payment", "payments", "paiement",
                                 "remuneration", "compensation", "budget", "montant", "amount", "honoraires"});
    if (fee_word && !w.has({"conversion", "click", "clic", "clics", "ctr", "cpm", "cpa", "cpc", "roi", "reach",
                            "couverture", "per 1000", "mille"})) {
        const bool per_post = (average || w.has({"each", "unit", "unitaire", "unite"})) && post_word;
        const bool cost = w.has({"cost", "cout", "couts", "costs"});
        if (per_post || h == "cpp") return {F::FeePerPost, std::nullopt};
        if (w.has({"total", "budget", "payment", "payments", "paiement", "remuneration", "compensation", "montant",
                   "amount", "contract", "contrat", "deal", "honoraires"}))
            return {F::TotalFee, std::nullopt};
        if (cost) return {};  // "Cost" is a projection (Roster's own export)
        return {F::FeePerPost, std::nullopt};
    }
    if (post_word || w.has({"quantity", "quantite", "qty", "nb", "nombre"}) ) {
        if (post_word || h == "quantity" || h == "quantite" || h == "qty") return {F::Posts, std::nullopt};
    }
    if (w.has({"country", "countries", "pays", "location", "localisation", "geo", "geography", "region", "nationality",
               "nationalite"}))
        return {F::Country, std::nullopt};
    if (platform && !w.has({"name", "nom"}) ) {
        if (w.only({"instagram", "insta", "ig", "tiktok", "youtube", "yt", "facebook", "fb", "linkedin",
                    "twitter", "x", "twitch", "handle", "handles", "username", "user", "url", "link", "lien", "profile",
                    "profil", "account", "compte", "channel", "chaine", "page", "at", "pseudo", "social"}))
            return {F::Handle, platform};
    }
    if (w.has({"platform", "platforms", "plateforme", "plateformes", "reseau", "reseaux", "network", "networks",
               "channel", "canal", "social", "media", "medium", "source"}) &&
        !w.has({"handle", "username", "url", "link", "name", "nom"}))
        return {F::Platform, std::nullopt};
    if (w.has({"handle", "handles", "username", "usernames", "pseudo", "pseudonyme", "compte", "account", "login",
               "url", "link", "lien", "profil", "profile", "identifiant"}) ||
        w.phrase("user name")) {
        if (!(w.has({"name", "nom"}) && !w.phrase("user name")) || w.has({"handle", "username", "pseudo"}))
            return {F::Handle, platform};
    }
    if (w.phrase("last name") || w.has({"lastname", "surname", "surnames"}) || w.phrase("family name") ||
        w.phrase("nom de famille"))
        return {F::LastName, std::nullopt};
    if (w.has({"name", "names", "nom", "noms", "fullname", "creator", "creators", "createur", "createurs", "creatrice",
               "creatrices", "influencer", "influencers", "influenceur", "influenceurs", "influenceuse",
               "influenceuses", "talent", "talents", "personality", "personnalite", "prenom"}))
        return {F::Name, std::nullopt};
    return {};
}

namespace {

bool is_first_name(const std::string& normalised) {
    return normalised == "first name" || normalised == "firstname" || normalised == "prenom" ||
           normalised == "given name";
}

// The target of each header not chosen already: recognised, with "Nom"/"Name" beside a
// first-name column read as the last name, and each field given once.
void recognise_rest(const std::vector<std::string>& headers, std::vector<ColumnTarget>& targets,
                    const std::vector<bool>& chosen, std::set<std::string>& taken) {
    bool first_name = false;
    for (const std::string& h : headers) first_name = first_name || is_first_name(normalise_header(h));
    for (std::size_t i = 0; i < headers.size(); ++i) {
        if (chosen[i]) continue;
        const std::string n = normalise_header(headers[i]);
        ColumnTarget t = recognise_header(headers[i]);
        if (first_name && (n == "nom" || n == "name")) t = {SheetField::LastName, std::nullopt};
        if (first_name && is_first_name(n)) t = {SheetField::Name, std::nullopt};
        if (t.field != SheetField::Ignore && !taken.insert(target_key(t)).second) t = {};
        targets[i] = t;
    }
    // A last name goes after a first name only: beside a full name it would be said twice.
    std::optional<std::size_t> name;
    for (std::size_t i = 0; i < headers.size() && !name; ++i)
        if (targets[i].field == SheetField::Name) name = i;
    if (!name || !is_first_name(normalise_header(headers[*name])))
        for (std::size_t i = 0; i < headers.size(); ++i)
            if (!chosen[i] && targets[i].field == SheetField::LastName) targets[i] = {};
}

}  // namespace

SheetMapping automatic_mapping(const std::vector<std::string>& headers) {
    SheetMapping m;
    m.headers = headers;
    m.targets.resize(headers.size());
    std::set<std::string> taken;
    recognise_rest(headers, m.targets, std::vector<bool>(headers.size(), false), taken);
    return m;
}

SheetMapping apply_saved_mapping(const std::vector<std::string>& headers, const SavedMapping& saved) {
    SheetMapping m;
    m.headers = headers;
    m.targets.resize(headers.size());
    std::vector<bool> chosen(headers.size(), false);
    std::set<std::string> taken;
    for (std::size_t i = 0; i < headers.size(); ++i) {
        const std::string key = normalise_header(headers[i]);
        for (const auto& [header, target] : saved.columns) {
            if (normalise_header(header) != key) continue;
            m.targets[i] = target;
            chosen[i] = true;
            if (target.field != SheetField::Ignore) taken.insert(target_key(target));
            break;
        }
    }
    recognise_rest(headers, m.targets, chosen, taken);
    return m;
}

std::string save_mapping(const SheetMapping& mapping) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    w.Key("roster_sheet_mapping");
    w.Int(1);
    w.Key("columns");
    w.StartArray();
    for (std::size_t i = 0; i < mapping.headers.size() && i < mapping.targets.size(); ++i) {
        w.StartObject();
        w.Key("header");
        w.String(mapping.headers[i].c_str(), static_cast<rapidjson::SizeType>(mapping.headers[i].size()));
        const std::string key = target_key(mapping.targets[i]);
        w.Key("target");
        w.String(key.c_str(), static_cast<rapidjson::SizeType>(key.size()));
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

MappingLoad load_mapping(std::string_view text) {
    MappingLoad out;
    if (text.size() > kMaxMappingBytes) {
        out.problem = Message(MessageId::SheetMappingTooLarge).bytes("max", static_cast<double>(kMaxMappingBytes));
        return out;
    }
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    out.problem = Message(MessageId::SheetMappingUnreadable);
    rapidjson::Document doc;
    try {
        doc.Parse(text.data(), text.size());
    } catch (const JsonAssertion&) {
        return out;
    }
    if (doc.HasParseError() || !doc.IsObject()) return out;
    const auto version = doc.FindMember("roster_sheet_mapping");
    const auto columns = doc.FindMember("columns");
    if (version == doc.MemberEnd() || !version->value.IsInt() || version->value.GetInt() != 1) return out;
    if (columns == doc.MemberEnd() || !columns->value.IsArray() || columns->value.Size() > 10'000) return out;
    for (const auto& column : columns->value.GetArray()) {
        if (!column.IsObject()) return out;
        const auto header = column.FindMember("header");
        const auto target = column.FindMember("target");
        if (header == column.MemberEnd() || target == column.MemberEnd() || !header->value.IsString() ||
            !target->value.IsString())
            return out;
        const std::string key(target->value.GetString(), target->value.GetStringLength());
        const std::optional<ColumnTarget> t = target_from_key(key);
        if (!t) {
            out.problem = Message(MessageId::SheetMappingUnknownTarget).text("target", key.substr(0, 100));
            return out;
        }
        out.mapping.columns.emplace_back(std::string(header->value.GetString(), header->value.GetStringLength()), *t);
    }
    out.ok = true;
    out.problem = Message();
    return out;
}

std::string mapping_key(const std::vector<std::string>& headers) {
    std::string key;
    for (std::size_t i = 0; i < headers.size(); ++i) {
        if (i) key += '|';
        key += normalise_header(headers[i]);
    }
    return key;
}

}  // namespace roster::storage
