// What each column of a planner's spreadsheet is (storage/sheet_mapping.h): header names in
// English and French, the columns of creator tools' exports, and the planner's choices saved.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "storage/sheet_mapping.h"
#include "support/messages.h"

using namespace roster;
using namespace roster::storage;

namespace {

std::string target(std::string_view header) { return target_key(recognise_header(header)); }

std::vector<std::string> keys(const SheetMapping& m) {
    std::vector<std::string> out;
    for (const ColumnTarget& t : m.targets) out.push_back(target_key(t));
    return out;
}

}  // namespace

TEST_CASE("Headers compare with accents, letter case, punctuation and camelCase set aside") {
    CHECK(normalise_header("Taux d’engagement (%)") == "taux d engagement");
    CHECK(normalise_header("ABONNÉS") == "abonnes");
    CHECK(normalise_header("followersCount") == "followers count");
    CHECK(normalise_header("followers_count") == "followers count");
    CHECK(normalise_header("  Nb. de publications ") == "nb de publications");
    CHECK(normalise_header("YouTube") == "youtube");
    CHECK(normalise_header("Tik Tok") == "tiktok");
    CHECK(normalise_header("LinkedIn URL") == "linkedin url");
    CHECK(normalise_header("Cœur") == "coeur");
}

TEST_CASE("English headers and their usual variants name the creator's fields") {
    CHECK(target("Name") == "name");
    CHECK(target("Full name") == "name");
    CHECK(target("full_name") == "name");
    CHECK(target("profile_name") == "name");
    CHECK(target("Creator") == "name");
    CHECK(target("Influencer") == "name");
    CHECK(target("Handle") == "handle");
    CHECK(target("@") == "handle");
    CHECK(target("Username") == "handle");
    CHECK(target("Account") == "handle");
    CHECK(target("Profile URL") == "handle");
    CHECK(target("Instagram") == "handle:instagram");
    CHECK(target("TikTok handle") == "handle:tiktok");
    CHECK(target("YouTube Channel") == "handle:youtube");
    CHECK(target("Platform") == "platform");
    CHECK(target("Network") == "platform");
    CHECK(target("Social network") == "platform");
    CHECK(target("Followers") == "followers");
    CHECK(target("Followers count") == "followers");
    CHECK(target("followers_count") == "followers");
    CHECK(target("Subscribers") == "followers");
    CHECK(target("Instagram followers") == "followers:instagram");
    CHECK(target("YouTube Subscribers") == "followers:youtube");
    CHECK(target("Engagement rate") == "engagement_rate");
    CHECK(target("ER") == "engagement_rate");
    CHECK(target("Engagement rate (%)") == "engagement_rate");
    CHECK(target("Average views") == "average_views");
    CHECK(target("Avg views") == "average_views");
    CHECK(target("Views per post") == "average_views");
    CHECK(target("Avg Likes") == "average_likes");
    CHECK(target("Average comments") == "average_comments");
    CHECK(target("Fee") == "fee_per_post");
    CHECK(target("Price") == "fee_per_post");
    CHECK(target("Rate") == "fee_per_post");
    CHECK(target("Fee per post") == "fee_per_post");
    CHECK(target("Cost per post") == "fee_per_post");
    CHECK(target("Total fee") == "total_fee");
    CHECK(target("Budget") == "total_fee");
    CHECK(target("Posts") == "posts");
    CHECK(target("Deliverables") == "posts");
    CHECK(target("Number of posts") == "posts");
    CHECK(target("# of posts") == "posts");
    CHECK(target("Country") == "country");
    CHECK(target("Location") == "country");
    CHECK(target("Audience quality") == "audience_quality");
    CHECK(target("AQS") == "audience_quality");
    CHECK(target("Fake followers") == "fake_followers");
    CHECK(target("Last name") == "last_name");
}

TEST_CASE("French headers name the same fields") {
    CHECK(target("Nom") == "name");
    CHECK(target("Créateur") == "name");
    CHECK(target("Nom du créateur") == "name");
    CHECK(target("Influenceuse") == "name");
    CHECK(target("Compte") == "handle");
    CHECK(target("Identifiant") == "handle");
    CHECK(target("Pseudo") == "handle");
    CHECK(target("Plateforme") == "platform");
    CHECK(target("Réseau") == "platform");
    CHECK(target("Réseau social") == "platform");
    CHECK(target("Abonnés") == "followers");
    CHECK(target("Nb abonnés") == "followers");
    CHECK(target("Abonnés Instagram") == "followers:instagram");
    CHECK(target("Taux d'engagement") == "engagement_rate");
    CHECK(target("Taux d’engagement (%)") == "engagement_rate");
    CHECK(target("Vues moyennes") == "average_views");
    CHECK(target("J'aime moyens") == "average_likes");
    CHECK(target("Tarif") == "fee_per_post");
    CHECK(target("Prix") == "fee_per_post");
    CHECK(target("Cachet") == "fee_per_post");
    CHECK(target("Tarif par publication") == "fee_per_post");
    CHECK(target("Montant total") == "total_fee");
    CHECK(target("Publications") == "posts");
    CHECK(target("Nombre de publications") == "posts");
    CHECK(target("Livrables") == "posts");
    CHECK(target("Pays") == "country");
    CHECK(target("Qualité de l'audience") == "audience_quality");
    CHECK(target("Faux abonnés") == "fake_followers");
    CHECK(target("Nom de famille") == "last_name");
}

TEST_CASE("Columns that are not a creator's own field, or that would mislead, are not used") {
    for (const char* h : {"Email", "Phone", "Notes", "Tier", "Catégorie", "Cost", "Coût", "Views", "Vues", "Reach",
                          "Couverture", "Engagements", "Clicks", "Conversions", "CPM", "ROI (%)", "Post URL",
                          "Campaign name", "Brand", "Follower growth", "Date", "Conversion rate", "Status", "",
                          "shipping_address.country_code", "Contact name"}) {
        CAPTURE(h);
        CHECK(target(h) == "ignore");
    }
}

TEST_CASE("The columns of creator tools' exports are recognised") {
    // Upfluence: profile_name, media_url, its real-audience percentage and suggested price.
    CHECK(keys(automatic_mapping({"profile_name", "first_name", "last_name", "email", "media_url", "Followers audience",
                                  "Engagement rate", "Average likes", "Average comments", "Real percentage",
                                  "Suggested price"})) ==
          std::vector<std::string>{"name", "ignore", "ignore", "ignore", "handle", "followers", "engagement_rate",
                                   "average_likes", "average_comments", "audience_quality", "fee_per_post"});
    // Aspire: a handle and a follower count per platform, deliverables, payment amount.
    CHECK(keys(automatic_mapping({"Name", "Instagram Handle", "TikTok Handle", "Instagram Followers", "Deliverables",
                                  "Payment Amount"})) ==
          std::vector<std::string>{"name", "handle:instagram", "handle:tiktok", "followers:instagram", "posts",
                                   "total_fee"});
    // GRIN: first and last names, one column per platform.
    CHECK(keys(automatic_mapping({"First Name", "Last Name", "Instagram", "TikTok", "YouTube Subscribers",
                                  "Number of Posts", "Total Payment"})) ==
          std::vector<std::string>{"name", "last_name", "handle:instagram", "handle:tiktok", "followers:youtube",
                                   "posts", "total_fee"});
    // HypeAuditor-style report.
    CHECK(keys(automatic_mapping({"Username", "Full name", "Followers", "ER", "AQS", "Avg Likes", "Avg Comments",
                                  "Top audience country"})) ==
          std::vector<std::string>{"handle", "name", "followers", "engagement_rate", "audience_quality", "average_likes",
                                   "average_comments", "country"});
    // Modash-style list, camelCase.
    CHECK(keys(automatic_mapping({"username", "fullname", "platform", "followers", "engagementRate", "avgLikes",
                                  "avgViews", "country", "profileUrl"})) ==
          std::vector<std::string>{"handle", "name", "platform", "followers", "engagement_rate", "average_likes",
                                   "average_views", "country", "ignore"});
}

TEST_CASE("Roster's own exported creators table maps back, in English and in French") {
    CHECK(keys(automatic_mapping({"Name", "Handle", "Platform", "Tier", "Followers", "Engagement rate (%)",
                                  "Average views", "Audience quality (%)", "Posts", "Fee per post", "Cost", "Views",
                                  "Reach", "Engagements", "Clicks", "Conversions", "CPM", "ROI (%)"})) ==
          std::vector<std::string>{"name", "handle", "platform", "ignore", "followers", "engagement_rate",
                                   "average_views", "audience_quality", "posts", "fee_per_post", "ignore", "ignore",
                                   "ignore", "ignore", "ignore", "ignore", "ignore", "ignore"});
    CHECK(keys(automatic_mapping({"Nom", "Identifiant", "Plateforme", "Catégorie", "Abonnés", "Taux d’engagement (%)",
                                  "Vues moyennes", "Qualité de l’audience (%)", "Publications", "Tarif par publication",
                                  "Coût", "Vues", "Couverture", "Engagements", "Clics", "Conversions", "CPM",
                                  "ROI (%)"})) ==
          std::vector<std::string>{"name", "handle", "platform", "ignore", "followers", "engagement_rate",
                                   "average_views", "audience_quality", "posts", "fee_per_post", "ignore", "ignore",
                                   "ignore", "ignore", "ignore", "ignore", "ignore", "ignore"});
}

TEST_CASE("Each field goes to the first column that names it; “Prénom” and “Nom” make one name") {
    CHECK(keys(automatic_mapping({"Name", "Full name", "Followers", "Abonnés", "Instagram", "IG"})) ==
          std::vector<std::string>{"name", "ignore", "followers", "ignore", "handle:instagram", "ignore"});
    CHECK(keys(automatic_mapping({"Prénom", "Nom", "Compte"})) == std::vector<std::string>{"name", "last_name", "handle"});
    // Beside a full name, a last name would be said twice.
    CHECK(keys(automatic_mapping({"Full name", "Last name"})) == std::vector<std::string>{"name", "ignore"});
}

TEST_CASE("Every target has a key that reads back, and every field has its word") {
    const std::vector<ColumnTarget> all = all_targets();
    CHECK(all.size() == kSheetFieldCount + 2 * kPlatformCount);
    for (const ColumnTarget& t : all) {
        CAPTURE(target_key(t));
        const auto back = target_from_key(target_key(t));
        REQUIRE(back);
        CHECK(*back == t);
        CHECK(present::render_problems(Message(MessageId::SheetColumnMapped).text("column", "x").term("target", target_term(t.field)),
                              present::Language::French)
                  .empty());
    }
    CHECK_FALSE(target_from_key("followers:myspace"));
    CHECK_FALSE(target_from_key("name:instagram"));
    CHECK_FALSE(target_from_key("salary"));
}

TEST_CASE("A planner's column choices are saved as a small JSON text and applied again to the same headers") {
    SheetMapping m = automatic_mapping({"Nom", "Abonnés", "Commentaire", "Réseau"});
    m.targets[2] = {SheetField::Country, std::nullopt};  // the planner's choice
    m.targets[3] = {SheetField::Ignore, std::nullopt};
    const std::string text = save_mapping(m);
    CHECK(text.find("\"roster_sheet_mapping\":1") != std::string::npos);
    const MappingLoad loaded = load_mapping(text);
    REQUIRE(loaded.ok);
    // The same headers, in another order and letter case, with one more column.
    const SheetMapping again = apply_saved_mapping({"RÉSEAU", "nom", "Commentaire", "Abonnés", "Pays"}, loaded.mapping);
    CHECK(keys(again) == std::vector<std::string>{"ignore", "name", "country", "followers", "ignore"});
    CHECK(mapping_key({"Nom", "Abonnés"}) == mapping_key({"NOM", "abonnes"}));
    CHECK(mapping_key({"Nom", "Abonnés"}) != mapping_key({"Abonnés", "Nom"}));
}

TEST_CASE("A mapping file that is not one, names an unknown field or is too large is refused with the reason") {
    CHECK(test::english(load_mapping("not json").problem) ==
          "This is not a Roster column mapping (a JSON file saved by Roster).");
    CHECK_FALSE(load_mapping("{\"roster_sheet_mapping\":2,\"columns\":[]}").ok);
    CHECK_FALSE(load_mapping("{\"roster_sheet_mapping\":1,\"columns\":[{\"header\":1,\"target\":\"name\"}]}").ok);
    CHECK_FALSE(load_mapping("[1,2,3]").ok);
    CHECK(test::english(load_mapping("{\"roster_sheet_mapping\":1,\"columns\":[{\"header\":\"x\",\"target\":\"salary\"}]}")
                            .problem) == "The column mapping names “salary”, which is not a creator field Roster knows.");
    CHECK(test::english(load_mapping(std::string(kMaxMappingBytes + 1, ' ')).problem) ==
          "The column mapping file is larger than 256 KB.");
    CHECK(load_mapping("\xEF\xBB\xBF{\"roster_sheet_mapping\":1,\"columns\":[]}").ok);
}
