// What each column of a spreadsheet is: the header names Roster recognises in English and
// French and in the exports of creator tools (Upfluence, Aspire, GRIN, HypeAuditor- and
// Modash-style reports), the planner's choice for each column, and that choice saved as a small
// JSON text (the browser keeps it per set of headers; `roster import --mapping FILE` reads it).
// docs/SPREADSHEETS.md lists the names recognised.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/message.h"
#include "engine/plan.h"

namespace roster::storage {

// What a column gives a creator. New fields go at the end (ids are keys in saved mappings).
enum class SheetField : std::uint8_t {
    Ignore,
    Name,
    Handle,           // "@ana", or a profile address; with a platform: that platform's handle
    Platform,
    Followers,        // with a platform: followers on that platform
    EngagementRate,   // a share: "3.2%", or 3.2 in a column of percentages, or 0.032
    AverageViews,     // the creator's own views per post
    AverageLikes,     // with average comments: the engagement rate when no column gives it
    AverageComments,
    FeePerPost,
    TotalFee,         // the fee for all the posts of the row
    Posts,
    Country,          // the audience's main country and its share: "FR 62%", "France (62 %)"
    AudienceQuality,  // share of real, active followers (an audit's score out of 100 reads as a share)
    FakeFollowers,    // its complement
    LastName          // put after the name ("First name" and "Last name" columns, "Prénom" and "Nom")
};
inline constexpr int kSheetFieldCount = 16;

struct ColumnTarget {
    SheetField field = SheetField::Ignore;
    std::optional<Platform> platform;  // for Handle and Followers columns named after a platform
};
bool operator==(const ColumnTarget& a, const ColumnTarget& b);
inline bool operator!=(const ColumnTarget& a, const ColumnTarget& b) { return !(a == b); }

// Stable keys for saved mappings: "followers", "handle:tiktok", "ignore".
std::string target_key(const ColumnTarget& target);
std::optional<ColumnTarget> target_from_key(std::string_view key);

// The word for a target's field (SheetTarget... terms in the catalogue).
Term target_term(SheetField field);

// Every target a column can be given, in the order a choice list shows them.
std::vector<ColumnTarget> all_targets();

// A header as compared: accents and letter case folded, punctuation and "_" to spaces,
// camelCase split ("followersCount" -> "followers count"), spaces collapsed.
std::string normalise_header(std::string_view header);

// What a header names, or Ignore when Roster does not know it.
ColumnTarget recognise_header(std::string_view header);

struct SheetMapping {
    std::vector<std::string> headers;   // as in the sheet's first row
    std::vector<ColumnTarget> targets;  // one per header
};

// Each header recognised; a field (with its platform) goes to the first column that names it,
// later ones are ignored. Beside a first-name column ("First name", "Prénom"), a column named
// just "Nom" or "Name" is the last name.
SheetMapping automatic_mapping(const std::vector<std::string>& headers);

// A mapping as saved: the target chosen for each header (by its normalised name).
struct SavedMapping {
    std::vector<std::pair<std::string, ColumnTarget>> columns;
};

// The headers mapped by `saved` where it names them, automatically otherwise.
SheetMapping apply_saved_mapping(const std::vector<std::string>& headers, const SavedMapping& saved);

// {"roster_sheet_mapping": 1, "columns": [{"header": "Abonnés", "target": "followers"}, ...]}
std::string save_mapping(const SheetMapping& mapping);

struct MappingLoad {
    bool ok = false;
    SavedMapping mapping;
    Message problem;
};
inline constexpr std::size_t kMaxMappingBytes = 256 * 1024;
MappingLoad load_mapping(std::string_view text);

// The key a mapping is remembered under: the normalised headers, in order, joined by '|'.
std::string mapping_key(const std::vector<std::string>& headers);

}  // namespace roster::storage
