#include "sheet_import.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "engine/text.h"
#include "engine/validation.h"
#include "engine/vocabulary.h"
#include "storage/sheet_number.h"

namespace roster {

using storage::ColumnTarget;
using storage::DecimalMark;
using storage::SheetField;

Message SheetIssue::message() const {
    if (note)
        return Message(MessageId::SheetCellNote)
            .integer("row", static_cast<double>(row))
            .text("column", column)
            .text("value", value)
            .nested("note", reason);
    if (column.empty())
        return Message(MessageId::SheetRowRefusedWhole).integer("row", static_cast<double>(row)).nested("cause", reason);
    if (value.empty())
        return Message(MessageId::SheetRowRefusedEmpty)
            .integer("row", static_cast<double>(row))
            .text("column", column)
            .nested("cause", reason);
    return Message(MessageId::SheetRowRefused)
        .integer("row", static_cast<double>(row))
        .text("column", column)
        .text("value", value)
        .nested("cause", reason);
}

Command SheetImport::command() const { return ImportCreators{added, updated}; }

Message SheetImport::counts() const {
    return Message(MessageId::SheetImportCounts)
        .count("added", static_cast<double>(added.size()))
        .count("updated", static_cast<double>(updated.size()))
        .count("refused", static_cast<double>(refused.size()));
}

std::vector<std::string> sheet_headers(const storage::Sheet& sheet) {
    std::vector<std::string> headers;
    if (sheet.rows() == 0) return headers;
    for (std::size_t c = 0; c < sheet.width(); ++c) {
        std::string h(trimmed(sheet.cell(0, c)));
        if (h.size() > 200) h.resize(200);
        if (h.empty() || !is_valid_utf8(h)) h = storage::column_letters(c);
        headers.push_back(std::move(h));
    }
    return headers;
}

namespace {

// A cell's text as a planner's text: a quote put before = + - @ by a spreadsheet export (ours
// included, against formula injection) is taken off again, control characters (tabs and line
// breaks inside a cell) become spaces, and the ends are trimmed.
std::string clean_text(std::string_view cell) {
    std::string_view s = storage::trim_sheet_spaces(cell);
    std::size_t quotes = 0;
    while (quotes < s.size() && s[quotes] == '\'') ++quotes;
    if (quotes > 0 && quotes < s.size() && (s[quotes] == '=' || s[quotes] == '+' || s[quotes] == '-' || s[quotes] == '@'))
        s.remove_prefix(1);
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x20 || b == 0x7F) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += ch;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// At most 200 bytes, cut on a character boundary.
std::string shown_value(std::string_view cell) {
    std::string s(storage::trim_sheet_spaces(cell));
    if (s.size() <= 200) return s;
    std::size_t n = 200;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    s.resize(n);
    return s + "…";
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::optional<Platform> platform_from_text(std::string_view text) {
    const std::string h = storage::normalise_header(text);
    if (h.empty()) return std::nullopt;
    if (auto p = platform_from_key(h)) return p;
    // The words of a header naming a platform ("Instagram", "IG", "Tik Tok", "YouTube Shorts").
    const ColumnTarget t = storage::recognise_header(std::string(text) + " handle");
    if (t.platform) return t.platform;
    if (h == "tt") return Platform::TikTok;
    if (h == "meta") return Platform::Facebook;
    return std::nullopt;
}

struct Handle {
    std::string text;
    std::optional<Platform> platform;  // from a profile address
};

// "@ana", "ana", "https://www.instagram.com/ana.cooks/" -> "@ana.cooks" on Instagram.
Handle read_handle(std::string_view cell) {
    Handle h;
    std::string s = clean_text(cell);
    if (s.empty()) return h;
    std::string lower = lower_ascii(s);
    std::size_t start = 0;
    if (const std::size_t scheme = lower.find("://"); scheme != std::string::npos) start = scheme + 3;
    std::string_view rest = std::string_view(lower).substr(start);
    for (std::string_view prefix : {"www.", "m.", "vm.", "mobile."})
        if (rest.substr(0, prefix.size()) == prefix) {
            rest.remove_prefix(prefix.size());
            start += prefix.size();
        }
    struct Site {
        const char* host;
        Platform platform;
    };
    static const Site kSites[] = {{"instagram.com/", Platform::Instagram}, {"tiktok.com/", Platform::TikTok},
                                  {"youtube.com/", Platform::YouTube},     {"youtu.be/", Platform::YouTube},
                                  {"facebook.com/", Platform::Facebook},   {"fb.com/", Platform::Facebook},
                                  {"linkedin.com/", Platform::LinkedIn},   {"twitter.com/", Platform::X},
                                  {"x.com/", Platform::X},                 {"twitch.tv/", Platform::Twitch}};
    for (const Site& site : kSites) {
        const std::string_view host = site.host;
        if (rest.substr(0, host.size()) != host) continue;
        h.platform = site.platform;
        // The path's first meaningful part, in the address's own letter case.
        std::string_view path = std::string_view(s).substr(start + host.size());
        const std::size_t end = path.find_first_of("?#");
        path = path.substr(0, end);
        std::vector<std::string_view> parts;
        while (!path.empty()) {
            const std::size_t slash = path.find('/');
            const std::string_view part = path.substr(0, slash);
            if (!part.empty()) parts.push_back(part);
            if (slash == std::string_view::npos) break;
            path.remove_prefix(slash + 1);
        }
        std::string name;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const std::string p = lower_ascii(parts[i]);
            if (p == "c" || p == "user" || p == "in" || p == "channel" || p == "company") {
                if (i + 1 < parts.size()) name = std::string(parts[i + 1]);
                break;
            }
            name = std::string(parts[i]);
            break;
        }
        if (name.empty()) {
            h.text = s;
            return h;
        }
        h.text = name[0] == '@' ? name : "@" + name;
        return h;
    }
    if (s.find(' ') == std::string::npos && s[0] != '@' && s.find('/') == std::string::npos) s = "@" + s;
    h.text = s;
    return h;
}

std::string handle_key(Platform p, std::string_view handle) {
    std::string k = lower_ascii(handle);
    if (!k.empty() && k[0] == '@') k.erase(0, 1);
    return std::string(platform_key(p)) + "\n" + k;
}

std::string name_key(std::string_view name) { return lower_ascii(trimmed(name)); }

struct Country {
    const char* code;
    std::initializer_list<const char*> names;
};

std::optional<std::string> country_code(std::string_view text) {
    static const Country kCountries[] = {
        {"FR", {"france"}}, {"BE", {"belgium", "belgique"}}, {"CH", {"switzerland", "suisse"}},
        {"DE", {"germany", "allemagne"}}, {"ES", {"spain", "espagne"}}, {"IT", {"italy", "italie"}},
        {"GB", {"united kingdom", "uk", "royaume uni", "great britain", "grande bretagne", "england", "angleterre"}},
        {"US", {"united states", "usa", "etats unis", "united states of america"}}, {"CA", {"canada"}},
        {"NL", {"netherlands", "pays bas", "holland", "hollande"}}, {"PT", {"portugal"}}, {"LU", {"luxembourg"}},
        {"AT", {"austria", "autriche"}}, {"IE", {"ireland", "irlande"}}, {"SE", {"sweden", "suede"}},
        {"NO", {"norway", "norvege"}}, {"DK", {"denmark", "danemark"}}, {"FI", {"finland", "finlande"}},
        {"PL", {"poland", "pologne"}}, {"BR", {"brazil", "bresil"}}, {"MX", {"mexico", "mexique"}},
        {"AU", {"australia", "australie"}}, {"JP", {"japan", "japon"}}, {"IN", {"india", "inde"}},
        {"MA", {"morocco", "maroc"}}, {"DZ", {"algeria", "algerie"}}, {"TN", {"tunisia", "tunisie"}},
        {"SN", {"senegal"}}, {"CI", {"ivory coast", "cote d ivoire"}}, {"CN", {"china", "chine"}},
        {"KR", {"south korea", "coree du sud", "korea", "coree"}}, {"TR", {"turkey", "turquie", "turkiye"}},
        {"GR", {"greece", "grece"}}, {"CZ", {"czechia", "czech republic", "republique tcheque", "tchequie"}},
        {"RO", {"romania", "roumanie"}}, {"AR", {"argentina", "argentine"}},
        {"ZA", {"south africa", "afrique du sud"}}, {"AE", {"united arab emirates", "uae", "emirats arabes unis"}},
        {"SG", {"singapore", "singapour"}}, {"NZ", {"new zealand", "nouvelle zelande"}},
        {"ID", {"indonesia", "indonesie"}}};
    const std::string n = storage::normalise_header(text);
    if (n.size() == 2 && n[0] >= 'a' && n[0] <= 'z' && n[1] >= 'a' && n[1] <= 'z') {
        if (n == "uk") return std::string("GB");
        return std::string{static_cast<char>(n[0] - 'a' + 'A'), static_cast<char>(n[1] - 'a' + 'A')};
    }
    for (const Country& c : kCountries)
        for (const char* name : c.names)
            if (n == name) return std::string(c.code);
    return std::nullopt;
}

// What one row gives, each field present only when its cell has something.
struct RowValues {
    std::string name, handle;
    std::optional<Platform> platform;
    std::optional<std::int64_t> followers, views;
    std::optional<Ppm> engagement, quality;
    std::optional<std::int64_t> fee_cents;
    std::optional<std::int32_t> posts;
    std::optional<Share> country;
};

struct ColumnInfo {
    ColumnTarget target;
    DecimalMark mark = DecimalMark::Point;
    bool percent_values = false;  // shares written as 3.2 for 3.2%
};

// Whole numbers come in as doubles ("12.4K"); anything past the plan's limits is clamped to a
// value validation refuses with its own message, never wrapped.
std::int64_t whole(double v) {
    if (!(v < 9e15)) return static_cast<std::int64_t>(9e15);
    if (!(v > -9e15)) return static_cast<std::int64_t>(-9e15);
    return static_cast<std::int64_t>(std::llround(v));
}

class RowReader {
public:
    RowReader(const storage::Sheet& sheet, const storage::SheetMapping& mapping, const Plan& plan)
        : sheet_(sheet), plan_(plan), headers_(mapping.headers) {
        // The file's decimal mark: its separator's (a semicolon file is French), or, for tabs,
        // what the numbers of every column show (a pasted French table has "113,64" somewhere).
        DecimalMark file_mark = storage::decimal_mark_of_separator(sheet.separator);
        if (file_mark == DecimalMark::Unknown) {
            std::vector<std::string_view> all;
            for (std::size_t r = 1; r < sheet.rows() && r <= 2'000; ++r)
                for (std::size_t c = 0; c < sheet.cells_in(r); ++c) all.push_back(sheet.cell(r, c));
            file_mark = storage::decimal_mark_evidence(all);
        }
        columns_.resize(mapping.targets.size());
        for (std::size_t c = 0; c < mapping.targets.size(); ++c) {
            ColumnInfo& info = columns_[c];
            info.target = mapping.targets[c];
            if (info.target.field == SheetField::Ignore) continue;
            std::vector<std::string_view> cells;
            cells.reserve(sheet.rows());
            for (std::size_t r = 1; r < sheet.rows(); ++r) cells.push_back(sheet.cell(r, c));
            info.mark = storage::column_decimal_mark(cells, file_mark);
            const SheetField f = info.target.field;
            if (f == SheetField::EngagementRate || f == SheetField::AudienceQuality || f == SheetField::FakeFollowers) {
                // A header with "%" says the values are percentages; otherwise a value above 1
                // anywhere in the column does ("3.2" is 3.2%, as no rate is 320%).
                const std::string& header = c < headers_.size() ? headers_[c] : std::string();
                info.percent_values = header.find('%') != std::string::npos;
                for (std::string_view cell : cells) {
                    if (info.percent_values) break;
                    const auto n = storage::parse_sheet_number(cell, info.mark);
                    if (n && !n->percent && n->value > 1.0) info.percent_values = true;
                }
            }
        }
    }

    std::size_t columns() const { return columns_.size(); }
    const ColumnInfo& column(std::size_t c) const { return columns_[c]; }

    bool has(SheetField f) const {
        return std::any_of(columns_.begin(), columns_.end(), [&](const ColumnInfo& i) { return i.target.field == f; });
    }

    // Reads row `r`: its values, or the issue that refuses it. Notes are added to `notes`.
    std::optional<SheetIssue> read(std::size_t r, RowValues& v, std::vector<SheetIssue>& notes) const {
        const std::size_t file_row = sheet_.file_row(r);
        const auto issue = [&](std::size_t c, Message reason) {
            SheetIssue i;
            i.row = file_row;
            if (c < columns_.size()) {
                i.column = header(c);
                i.value = shown_value(sheet_.cell(r, c));
            }
            i.reason = std::move(reason);
            return i;
        };
        std::optional<Platform> handle_platform;  // from a profile address
        std::optional<double> likes, comments;
        std::optional<std::size_t> likes_column;
        std::optional<double> total_fee, fee_per_post;
        std::optional<std::size_t> total_fee_column;
        // Platform handles and followers in columns named after a platform, in column order.
        std::vector<std::pair<Platform, std::size_t>> platform_handles, platform_followers;
        std::optional<std::size_t> followers_column;
        std::string last_name;

        for (std::size_t c = 0; c < columns_.size(); ++c) {
            const ColumnInfo& info = columns_[c];
            const std::string_view cell = sheet_.cell(r, c);
            if (info.target.field == SheetField::Ignore || storage::trim_sheet_spaces(cell).empty()) continue;
            const auto number = [&]() { return storage::parse_sheet_number(without_quote(cell), info.mark); };
            switch (info.target.field) {
                case SheetField::Ignore: break;
                case SheetField::Name: v.name = clean_text(cell); break;
                case SheetField::LastName: last_name = clean_text(cell); break;
                case SheetField::Handle: {
                    if (info.target.platform) {
                        platform_handles.emplace_back(*info.target.platform, c);
                        break;
                    }
                    const Handle h = read_handle(cell);
                    v.handle = h.text;
                    handle_platform = h.platform;
                    break;
                }
                case SheetField::Platform: {
                    const std::optional<Platform> p = platform_from_text(clean_text(cell));
                    if (!p) return issue(c, Message(MessageId::SheetPlatformUnknown).text("value", shown_value(cell)));
                    v.platform = p;
                    break;
                }
                case SheetField::Followers: {
                    if (info.target.platform) {
                        platform_followers.emplace_back(*info.target.platform, c);
                        break;
                    }
                    followers_column = c;
                    break;
                }
                case SheetField::EngagementRate:
                case SheetField::AudienceQuality:
                case SheetField::FakeFollowers: {
                    auto n = number();
                    if (!n || !n->currency.empty()) return issue(c, Message(MessageId::SheetNotANumber));
                    double share = n->percent || info.percent_values ? n->value / 100.0 : n->value;
                    // "4,976" read as thousands would be a rate of 4,976%: it is 4.976%.
                    if (share > 1.0 && info.mark != DecimalMark::Comma) {
                        const auto comma = storage::parse_sheet_number(without_quote(cell), DecimalMark::Comma);
                        if (comma && comma->value < n->value) {
                            n = comma;
                            share = n->percent || info.percent_values ? n->value / 100.0 : n->value;
                        }
                    }
                    if (share < 0) return issue(c, Message(MessageId::SheetNegative));
                    if (share > 1.0 + 1e-9) return issue(c, Message(MessageId::SheetShareTooLarge));
                    if (info.target.field == SheetField::FakeFollowers) share = 1.0 - share;
                    (info.target.field == SheetField::EngagementRate ? v.engagement : v.quality) = ppm_from_fraction(share);
                    break;
                }
                case SheetField::AverageViews:
                case SheetField::AverageLikes:
                case SheetField::AverageComments: {
                    const auto n = number();
                    if (!n || n->percent || !n->currency.empty()) return issue(c, Message(MessageId::SheetNotACount));
                    if (n->value < 0) return issue(c, Message(MessageId::SheetNegative));
                    if (info.target.field == SheetField::AverageViews) v.views = whole(n->value);
                    else if (info.target.field == SheetField::AverageLikes) { likes = n->value; likes_column = c; }
                    else comments = n->value;
                    break;
                }
                case SheetField::FeePerPost:
                case SheetField::TotalFee: {
                    const auto n = number();
                    if (!n || n->percent) return issue(c, Message(MessageId::SheetNotANumber));
                    if (!n->currency.empty() && n->currency != plan_.campaign.currency)
                        return issue(c, Message(MessageId::SheetOtherCurrency)
                                            .text("currency", n->currency)
                                            .text("plan_currency", plan_.campaign.currency));
                    if (n->value < 0) return issue(c, Message(MessageId::SheetNegative));
                    if (info.target.field == SheetField::FeePerPost) fee_per_post = n->value;
                    else { total_fee = n->value; total_fee_column = c; }
                    break;
                }
                case SheetField::Posts: {
                    std::optional<double> posts;
                    if (const auto n = number(); n && !n->percent && n->currency.empty()) posts = n->value;
                    else posts = leading_count(cell);
                    if (!posts) return issue(c, Message(MessageId::SheetNotACount));
                    if (*posts < 0) return issue(c, Message(MessageId::SheetNegative));
                    if (std::abs(*posts - std::round(*posts)) > 1e-9) return issue(c, Message(MessageId::SheetNotACount));
                    v.posts = static_cast<std::int32_t>(std::min(*posts, 1e6));
                    break;
                }
                case SheetField::Country: {
                    const std::optional<SheetIssue> note = read_country(cell, info, v);
                    if (note) {
                        SheetIssue n = issue(c, note->reason);
                        if (!note->note) return n;
                        n.note = true;
                        notes.push_back(std::move(n));
                    }
                    break;
                }
            }
        }
        // The platform: a platform column, else a profile address, else the first column named
        // after a platform that has something in this row.
        if (!v.platform && handle_platform) v.platform = handle_platform;
        if (!v.platform && !platform_handles.empty()) v.platform = platform_handles.front().first;
        if (!v.platform && !platform_followers.empty()) v.platform = platform_followers.front().first;
        if (!v.platform) return issue(column_of("platform"), Message(MessageId::SheetNoPlatform));
        if (v.handle.empty())
            for (const auto& [p, c] : platform_handles)
                if (p == *v.platform) {
                    const Handle h = read_handle(sheet_.cell(r, c));
                    v.handle = h.text;
                    break;
                }
        // Followers on the row's platform, else the general column.
        std::optional<std::size_t> fc;
        for (const auto& [p, c] : platform_followers)
            if (p == *v.platform) fc = c;
        if (!fc) fc = followers_column;
        if (fc) {
            const auto n = storage::parse_sheet_number(without_quote(sheet_.cell(r, *fc)), columns_[*fc].mark);
            if (!n || n->percent || !n->currency.empty()) return issue(*fc, Message(MessageId::SheetNotACount));
            if (n->value < 0) return issue(*fc, Message(MessageId::SheetNegative));
            v.followers = whole(n->value);
        }
        if (!last_name.empty()) v.name = v.name.empty() ? last_name : v.name + " " + last_name;
        if (v.name.empty() && !v.handle.empty()) v.name = v.handle[0] == '@' ? v.handle.substr(1) : v.handle;
        if (v.name.empty()) return issue(SIZE_MAX, Message(MessageId::SheetNoName));
        // The engagement rate from average likes and comments when no column gives it.
        if (!v.engagement && likes && v.followers && *v.followers > 0) {
            const double share = (*likes + comments.value_or(0.0)) / static_cast<double>(*v.followers);
            if (share > 1.0) return issue(*likes_column, Message(MessageId::SheetShareTooLarge));
            v.engagement = ppm_from_fraction(share);
        }
        if (fee_per_post) {
            v.fee_cents = cents_from_units(*fee_per_post);
        } else if (total_fee) {
            const std::int32_t posts = v.posts.value_or(1);
            if (posts <= 0) {
                if (*total_fee > 0) return issue(*total_fee_column, Message(MessageId::SheetTotalFeeNeedsPosts));
                v.fee_cents = 0;
            } else {
                v.fee_cents = cents_from_units(*total_fee / posts);
            }
        }
        return std::nullopt;
    }

    std::string header(std::size_t c) const { return c < headers_.size() ? headers_[c] : storage::column_letters(c); }

    // The column of a creator's field, for a validation problem: for followers and handles,
    // the column of the creator's platform or the general one; SIZE_MAX when none.
    std::size_t column_of(const std::string& field, std::optional<Platform> platform) const {
        if (field == "followers" || field == "handle") {
            const SheetField f = field == "followers" ? SheetField::Followers : SheetField::Handle;
            for (int pass = 0; pass < 2; ++pass)
                for (std::size_t c = 0; c < columns_.size(); ++c)
                    if (columns_[c].target.field == f &&
                        (pass == 0 ? platform && columns_[c].target.platform == platform : !columns_[c].target.platform))
                        return c;
            if (field == "followers") return SIZE_MAX;
        }
        return column_of(field);
    }

    std::size_t column_of(const std::string& field) const {
        std::vector<SheetField> fields;
        if (field == "name") fields = {SheetField::Name, SheetField::LastName, SheetField::Handle};
        else if (field == "handle") fields = {SheetField::Handle};
        else if (field == "followers") fields = {SheetField::Followers};
        else if (field == "engagement_rate_ppm") fields = {SheetField::EngagementRate, SheetField::AverageLikes};
        else if (field == "measured_views_per_post") fields = {SheetField::AverageViews};
        else if (field == "audience_quality_ppm") fields = {SheetField::AudienceQuality, SheetField::FakeFollowers};
        else if (field == "audience") fields = {SheetField::Country};
        else if (field == "deliverables") fields = {SheetField::FeePerPost, SheetField::TotalFee, SheetField::Posts};
        else if (field == "platform") fields = {SheetField::Platform};
        else if (field == "posts") fields = {SheetField::Posts};
        for (SheetField f : fields)
            for (std::size_t c = 0; c < columns_.size(); ++c)
                if (columns_[c].target.field == f) return c;
        return SIZE_MAX;
    }

private:
    static std::string_view without_quote(std::string_view cell) {
        std::string_view s = storage::trim_sheet_spaces(cell);
        if (s.size() >= 2 && s[0] == '\'' && (s[1] == '-' || s[1] == '+' || s[1] == '=')) s.remove_prefix(1);
        return s;
    }

    // "2 Reels", "3 posts": the count before the words (no other digit after it).
    static std::optional<double> leading_count(std::string_view cell) {
        const std::string_view s = storage::trim_sheet_spaces(cell);
        std::size_t k = 0;
        while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
        if (k == 0 || k > 6) return std::nullopt;
        const std::string_view rest = s.substr(k);
        if (rest.empty() || (rest[0] != ' ' && rest[0] != 'x' && rest[0] != 'X')) return std::nullopt;
        for (char ch : rest)
            if (ch >= '0' && ch <= '9') return std::nullopt;
        return std::stod(std::string(s.substr(0, k)));
    }

    // "FR 62%", "France (62 %)", "FR": the audience's main country with its share. Returns a
    // refusal, a note (note set) or nothing.
    static std::optional<SheetIssue> read_country(std::string_view cell, const ColumnInfo& info, RowValues& v) {
        const std::string text = clean_text(cell);
        std::size_t digit = text.find_first_of("0123456789");
        std::string name = text.substr(0, digit);
        while (!name.empty() && (name.back() == ' ' || name.back() == ':' || name.back() == '(' || name.back() == '-' ||
                                 name.back() == '='))
            name.pop_back();
        const std::optional<std::string> code = country_code(name);
        SheetIssue out;
        out.note = true;
        if (!code) {
            out.reason = Message(MessageId::SheetCountryUnknown);
            return out;
        }
        if (digit == std::string::npos) {
            out.reason = Message(MessageId::SheetCountryNeedsShare);
            return out;
        }
        std::string share_text = text.substr(digit);
        while (!share_text.empty() && (share_text.back() == ')' || share_text.back() == ' ')) share_text.pop_back();
        const auto n = storage::parse_sheet_number(share_text, info.mark);
        if (!n) {
            out.reason = Message(MessageId::SheetCountryNeedsShare);
            return out;
        }
        const double share = n->percent || n->value > 1.0 ? n->value / 100.0 : n->value;
        if (share < 0 || share > 1.0 + 1e-9) {
            out.note = false;
            out.reason = Message(MessageId::SheetShareTooLarge);
            return out;
        }
        v.country = Share{*code, ppm_from_fraction(share)};
        return std::nullopt;
    }

    const storage::Sheet& sheet_;
    const Plan& plan_;
    std::vector<std::string> headers_;
    std::vector<ColumnInfo> columns_;
};

// The main deliverable line (the first), made of the platform's main format when there is none.
void set_main_line(Creator& c, const RowValues& v) {
    if (!v.posts && !v.fee_cents) return;
    if (c.deliverables.empty()) c.deliverables.push_back({reference_format(c.platform), 1, 0});
    Deliverable& d = c.deliverables.front();
    if (!platform_offers(c.platform, d.format)) d.format = reference_format(c.platform);
    if (v.posts) d.count = *v.posts;
    if (v.fee_cents) d.unit_fee_cents = *v.fee_cents;
}

void apply_values(Creator& c, const RowValues& v) {
    if (!v.name.empty()) c.name = v.name;
    if (!v.handle.empty()) c.handle = v.handle;
    if (v.platform && *v.platform != c.platform) {
        // Another platform: the main line becomes its main format, and no line keeps a format
        // the platform does not offer.
        c.platform = *v.platform;
        for (std::size_t i = 0; i < c.deliverables.size(); ++i)
            if (i == 0 || !platform_offers(c.platform, c.deliverables[i].format))
                c.deliverables[i].format = reference_format(c.platform);
    }
    if (v.followers) c.followers = *v.followers;
    if (v.engagement) {
        c.engagement_rate_ppm = *v.engagement;
        c.engagement_basis = EngagementBasis::Followers;
    }
    if (v.views) c.measured_views_per_post = *v.views;
    if (v.quality) c.audience_quality_ppm = *v.quality;
    if (v.country) {
        auto& list = c.audience.countries;
        list.erase(std::remove_if(list.begin(), list.end(), [&](const Share& s) { return s.key == v.country->key; }),
                   list.end());
        list.insert(list.begin(), *v.country);
    }
    set_main_line(c, v);
}

Creator new_creator(const RowValues& v) {
    Creator c;
    apply_values(c, v);
    if (c.deliverables.empty()) c.deliverables.push_back({reference_format(c.platform), 1, 0});
    return c;
}

bool is_total_label(std::string_view text) {
    const std::string n = storage::normalise_header(text);
    return n == "total" || n == "totals" || n == "totaux" || n == "grand total" || n == "total general" ||
           n == "sum" || n == "somme" || n == "sous total" || n == "subtotal";
}

bool row_is_blank(const storage::Sheet& sheet, std::size_t r) {
    for (std::size_t c = 0; c < sheet.cells_in(r); ++c)
        if (!storage::trim_sheet_spaces(sheet.cell(r, c)).empty()) return false;
    return true;
}

}  // namespace

SheetImport import_sheet(const storage::Sheet& sheet, const storage::SheetMapping& mapping, const Plan& plan,
                         ImportMode mode) {
    SheetImport out;
    if (sheet.rows() < 2) {
        out.problem = Message(MessageId::SheetHasNoRows);
        return out;
    }
    const RowReader reader(sheet, mapping, plan);
    const bool named = reader.has(SheetField::Name) || reader.has(SheetField::LastName) || reader.has(SheetField::Handle);
    if (!named) {
        out.problem = Message(MessageId::SheetNoNameColumn);
        return out;
    }

    // Creators of the plan by platform and handle, and by name.
    std::unordered_map<std::string, std::size_t> by_handle, by_name;
    for (std::size_t i = 0; i < plan.creators.size(); ++i) {
        const Creator& c = plan.creators[i];
        if (!trimmed(c.handle).empty()) by_handle.emplace(handle_key(c.platform, c.handle), i);
        by_name.emplace(name_key(c.name), i);
    }
    std::unordered_map<CreatorId, std::size_t> updated_at;  // id -> place in out.updated
    out.added.reserve(sheet.rows() - 1);

    std::size_t last = sheet.rows();
    while (last > 1 && row_is_blank(sheet, last - 1)) --last;
    std::optional<std::size_t> name_column;
    for (std::size_t c = 0; c < mapping.targets.size(); ++c)
        if (mapping.targets[c].field == SheetField::Name) {
            name_column = c;
            break;
        }

    for (std::size_t r = 1; r < sheet.rows(); ++r) {
        if (row_is_blank(sheet, r)) {
            ++out.empty_rows;
            continue;
        }
        const std::size_t file_row = sheet.file_row(r);
        // A trailing "Total" row (in the name column, or its first cell) is the sheet's own sum.
        if (r + 1 == last) {
            std::string_view label = name_column ? sheet.cell(r, *name_column) : std::string_view();
            if (storage::trim_sheet_spaces(label).empty())
                for (std::size_t c = 0; c < sheet.cells_in(r); ++c)
                    if (!storage::trim_sheet_spaces(sheet.cell(r, c)).empty()) {
                        label = sheet.cell(r, c);
                        break;
                    }
            if (is_total_label(label)) {
                out.total_row = file_row;
                if (out.shown.size() < kPreviewRows) {
                    ImportRow shown;
                    shown.row = file_row;
                    shown.outcome = RowOutcome::Total;
                    out.shown.push_back(std::move(shown));
                }
                continue;
            }
        }
        ++out.data_rows;
        ImportRow shown;
        shown.row = file_row;
        RowValues v;
        std::optional<SheetIssue> problem = reader.read(r, v, out.notes);

        std::optional<std::size_t> match;
        if (!problem) {
            if (!v.handle.empty())
                if (auto it = by_handle.find(handle_key(*v.platform, v.handle)); it != by_handle.end()) match = it->second;
            if (!match && !v.name.empty())
                if (auto it = by_name.find(name_key(v.name)); it != by_name.end()) match = it->second;
            Creator c;
            if (mode == ImportMode::Update && match) {
                const CreatorId id = plan.creators[*match].id;
                const auto at = updated_at.find(id);
                c = at != updated_at.end() ? out.updated[at->second] : plan.creators[*match];
                apply_values(c, v);
                shown.outcome = RowOutcome::Update;
                shown.updates = id;
            } else {
                c = new_creator(v);
                shown.outcome = RowOutcome::Add;
                if (match) {
                    SheetIssue note;
                    note.row = file_row;
                    note.note = true;
                    const std::size_t col = reader.column_of(!v.handle.empty() ? "handle" : "name", v.platform);
                    if (col != SIZE_MAX) {
                        note.column = reader.header(col);
                        note.value = shown_value(sheet.cell(r, col));
                    }
                    note.reason = Message(MessageId::SheetAlreadyInPlan);
                    out.notes.push_back(std::move(note));
                }
            }
            const std::vector<PlanProblem> problems = check_creator(c, plan.campaign);
            if (!problems.empty()) {
                SheetIssue i;
                i.row = file_row;
                // Posts have their own column; the other problems of a deliverable are its fee's.
                const MessageId why = problems.front().message.id;
                const bool posts = why == MessageId::TooManyPosts || why == MessageId::PostsNegative;
                const std::size_t col = reader.column_of(posts ? "posts" : problems.front().field, c.platform);
                if (col != SIZE_MAX) {
                    i.column = reader.header(col);
                    i.value = shown_value(sheet.cell(r, col));
                }
                i.reason = problems.front().message;
                problem = std::move(i);
            } else {
                shown.creator = c;
                if (shown.outcome == RowOutcome::Update) {
                    const auto at = updated_at.find(shown.updates);
                    if (at != updated_at.end()) {
                        out.updated[at->second] = std::move(c);
                    } else {
                        updated_at.emplace(shown.updates, out.updated.size());
                        out.updated.push_back(std::move(c));
                    }
                } else {
                    out.added.push_back(std::move(c));
                }
            }
        }
        if (problem) {
            shown.outcome = RowOutcome::Refused;
            shown.issue = out.refused.size();
            out.refused.push_back(std::move(*problem));
        }
        if (out.shown.size() < kPreviewRows) out.shown.push_back(std::move(shown));
    }
    if (out.data_rows == 0) out.problem = Message(MessageId::SheetHasNoRows);
    return out;
}

SheetPreview preview_sheet(std::string_view bytes, const Plan& plan, ImportMode mode,
                           const storage::SavedMapping* remembered, const storage::SheetReadOptions& options) {
    SheetPreview p;
    storage::SheetReadResult read = storage::read_sheet(bytes, options);
    if (!read.ok) {
        p.problem = std::move(read.problem);
        return p;
    }
    p.sheet = std::move(read.sheet);
    const std::vector<std::string> headers = sheet_headers(p.sheet);
    p.mapping = remembered ? storage::apply_saved_mapping(headers, *remembered) : storage::automatic_mapping(headers);
    p.import = import_sheet(p.sheet, p.mapping, plan, mode);
    p.ok = true;
    return p;
}

Message read_summary(const storage::Sheet& sheet) {
    using storage::SheetEncoding;
    Term encoding = Term::SheetEncodingUtf8;
    switch (sheet.encoding) {
        case SheetEncoding::Utf8: encoding = Term::SheetEncodingUtf8; break;
        case SheetEncoding::Utf8Bom: encoding = Term::SheetEncodingUtf8Bom; break;
        case SheetEncoding::Utf16Le: encoding = Term::SheetEncodingUtf16Le; break;
        case SheetEncoding::Utf16Be: encoding = Term::SheetEncodingUtf16Be; break;
        case SheetEncoding::Windows1252: encoding = Term::SheetEncodingWindows1252; break;
    }
    const Term separator = sheet.separator == ';'    ? Term::SheetSeparatorSemicolon
                           : sheet.separator == '\t' ? Term::SheetSeparatorTab
                                                     : Term::SheetSeparatorComma;
    return Message(MessageId::SheetReadSummary)
        .count("rows", static_cast<double>(sheet.rows() > 0 ? sheet.rows() - 1 : 0))
        .count("columns", static_cast<double>(sheet.width()))
        .term("encoding", encoding)
        .term("separator", separator);
}

Message column_message(const storage::SheetMapping& mapping, std::size_t column) {
    const std::string header = column < mapping.headers.size() ? mapping.headers[column] : storage::column_letters(column);
    const ColumnTarget t = column < mapping.targets.size() ? mapping.targets[column] : ColumnTarget{};
    if (t.field == SheetField::Ignore) return Message(MessageId::SheetColumnIgnored).text("column", header);
    if (t.platform)
        return Message(MessageId::SheetColumnMappedOnPlatform)
            .text("column", header)
            .term("target", storage::target_term(t.field))
            .platform("platform", *t.platform);
    return Message(MessageId::SheetColumnMapped).text("column", header).term("target", storage::target_term(t.field));
}

}  // namespace roster
