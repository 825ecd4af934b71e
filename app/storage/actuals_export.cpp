#include "actuals_export.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "sheet_mapping.h"
#include "sheet_number.h"

namespace roster::storage {
namespace {

enum class Col : std::uint8_t {
    Ignore, Account, Address, Date, PostType, Duration, Views, Reach, Impressions, Likes, Comments, Shares, Saves,
    Clicks, Conversions, Revenue
};

enum class Lang : std::uint8_t { English, French, Both };
enum class Hint : std::uint8_t { None, Instagram, TikTok, YouTube };

struct Header {
    const char* name;  // as normalise_header gives it
    Col column;
    Hint hint;
    Lang lang;
    bool prefix = false;  // "estimated revenue eur": the currency follows the name
};

// The headers of the exports as the platforms write them in English and in French (the shapes
// of tests/data/actuals/). Several names of one export are enough to recognise it: the ones
// only one provider writes carry its hint.
constexpr Header kHeaders[] = {
    // Meta Business Suite, Instagram posts.
    {"post id", Col::Ignore, Hint::Instagram, Lang::English},
    {"identifiant de la publication", Col::Ignore, Hint::Instagram, Lang::French},
    {"account username", Col::Account, Hint::Instagram, Lang::English},
    {"nom d utilisateur du compte", Col::Account, Hint::Instagram, Lang::French},
    {"account name", Col::Ignore, Hint::Instagram, Lang::English},
    {"nom du compte", Col::Ignore, Hint::Instagram, Lang::French},
    {"publish time", Col::Date, Hint::Instagram, Lang::English},
    {"permalink", Col::Address, Hint::Instagram, Lang::English},
    {"permalien", Col::Address, Hint::Instagram, Lang::French},
    {"post type", Col::PostType, Hint::Instagram, Lang::English},
    {"type de publication", Col::PostType, Hint::Instagram, Lang::French},
    {"duration sec", Col::Duration, Hint::Instagram, Lang::English},
    {"duree s", Col::Duration, Hint::Instagram, Lang::French},
    {"plays", Col::Views, Hint::Instagram, Lang::English},
    {"lectures", Col::Views, Hint::Instagram, Lang::French},
    {"saves", Col::Saves, Hint::Instagram, Lang::English},
    {"enregistrements", Col::Saves, Hint::Instagram, Lang::French},
    {"link clicks", Col::Clicks, Hint::None, Lang::English},
    {"clics sur un lien", Col::Clicks, Hint::None, Lang::French},
    {"couverture", Col::Reach, Hint::None, Lang::French},
    {"reach", Col::Reach, Hint::None, Lang::English},
    // TikTok Studio, content.
    {"video link", Col::Address, Hint::TikTok, Lang::English},
    {"lien de la video", Col::Address, Hint::TikTok, Lang::French},
    {"post time", Col::Date, Hint::TikTok, Lang::English},
    {"total views", Col::Views, Hint::TikTok, Lang::English},
    {"nombre total de vues", Col::Views, Hint::TikTok, Lang::French},
    {"total likes", Col::Likes, Hint::TikTok, Lang::English},
    {"nombre total de j aime", Col::Likes, Hint::TikTok, Lang::French},
    {"total comments", Col::Comments, Hint::TikTok, Lang::English},
    {"nombre total de commentaires", Col::Comments, Hint::TikTok, Lang::French},
    {"total shares", Col::Shares, Hint::TikTok, Lang::English},
    {"nombre total de partages", Col::Shares, Hint::TikTok, Lang::French},
    {"total favorites", Col::Saves, Hint::TikTok, Lang::English},
    {"nombre total de favoris", Col::Saves, Hint::TikTok, Lang::French},
    {"reached audience", Col::Reach, Hint::TikTok, Lang::English},
    {"audience atteinte", Col::Reach, Hint::TikTok, Lang::French},
    {"username", Col::Account, Hint::None, Lang::English},
    {"nom d utilisateur", Col::Account, Hint::None, Lang::French},
    // YouTube Studio, "Table data".
    {"content", Col::Address, Hint::YouTube, Lang::English},
    {"contenu", Col::Address, Hint::YouTube, Lang::French},
    {"video publish time", Col::Date, Hint::YouTube, Lang::English},
    {"heure de publication de la video", Col::Date, Hint::YouTube, Lang::French},
    {"watch time hours", Col::Ignore, Hint::YouTube, Lang::English},
    {"duree de visionnage heures", Col::Ignore, Hint::YouTube, Lang::French},
    {"subscribers", Col::Ignore, Hint::YouTube, Lang::English},
    {"abonnes", Col::Ignore, Hint::YouTube, Lang::French},
    {"impressions click through rate", Col::Ignore, Hint::YouTube, Lang::English},
    {"taux de clics des impressions", Col::Ignore, Hint::YouTube, Lang::French},
    {"comments added", Col::Comments, Hint::YouTube, Lang::English},
    {"commentaires ajoutes", Col::Comments, Hint::YouTube, Lang::French},
    {"channel", Col::Account, Hint::YouTube, Lang::English},
    {"chaine", Col::Account, Hint::YouTube, Lang::French},
    {"estimated revenue", Col::Revenue, Hint::YouTube, Lang::English, true},
    {"revenus estimes", Col::Revenue, Hint::YouTube, Lang::French, true},
    {"video title", Col::Ignore, Hint::None, Lang::English},
    {"titre de la video", Col::Ignore, Hint::None, Lang::French},
    {"duration", Col::Duration, Hint::None, Lang::English},
    {"duree", Col::Duration, Hint::None, Lang::French},
    // Shared by several exports.
    {"heure de publication", Col::Date, Hint::None, Lang::French},
    {"views", Col::Views, Hint::None, Lang::English},
    {"vues", Col::Views, Hint::None, Lang::French},
    {"impressions", Col::Impressions, Hint::None, Lang::Both},
    {"likes", Col::Likes, Hint::None, Lang::English},
    {"j aime", Col::Likes, Hint::None, Lang::French},
    {"comments", Col::Comments, Hint::None, Lang::English},
    {"commentaires", Col::Comments, Hint::None, Lang::French},
    {"shares", Col::Shares, Hint::None, Lang::English},
    {"partages", Col::Shares, Hint::None, Lang::French},
    {"date", Col::Date, Hint::None, Lang::Both},
    {"conversions", Col::Conversions, Hint::None, Lang::Both},
    {"purchases", Col::Conversions, Hint::None, Lang::English},
    {"achats", Col::Conversions, Hint::None, Lang::French},
    {"revenue", Col::Revenue, Hint::None, Lang::English, true},
    {"chiffre d affaires", Col::Revenue, Hint::None, Lang::French, true},
    {"description", Col::Ignore, Hint::None, Lang::Both},
};

const Header* header_of(const std::string& normalised) {
    for (const Header& h : kHeaders)
        if (normalised == h.name) return &h;
    for (const Header& h : kHeaders)
        if (h.prefix && normalised.rfind(std::string(h.name) + " ", 0) == 0) return &h;
    return nullptr;
}

std::optional<ActualFigure> figure_of(Col c) {
    switch (c) {
        case Col::Views: return ActualFigure::Views;
        case Col::Reach: return ActualFigure::Reach;
        case Col::Impressions: return ActualFigure::Impressions;
        case Col::Likes: return ActualFigure::Likes;
        case Col::Comments: return ActualFigure::Comments;
        case Col::Shares: return ActualFigure::Shares;
        case Col::Saves: return ActualFigure::Saves;
        case Col::Clicks: return ActualFigure::Clicks;
        case Col::Conversions: return ActualFigure::Conversions;
        case Col::Revenue: return ActualFigure::Revenue;
        default: return std::nullopt;
    }
}

bool is_total(std::string_view cell) {
    const std::string n = normalise_header(cell);
    return n == "total" || n == "totals" || n == "totaux" || n == "grand total" || n == "total general";
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// "Reel", "IG reel", "Carrousel IG", "Story", "IG image" -> the format on Instagram.
std::optional<Format> instagram_format(std::string_view type) {
    const std::string t = normalise_header(type);
    if (t.find("reel") != std::string::npos) return Format::Short;
    if (t.find("carous") != std::string::npos || t.find("carrous") != std::string::npos) return Format::Carousel;
    if (t.find("stor") != std::string::npos) return Format::Story;
    if (t.find("live") != std::string::npos || t.find("direct") != std::string::npos) return Format::Live;
    if (t.find("image") != std::string::npos || t.find("photo") != std::string::npos ||
        t.find("post") != std::string::npos || t.find("publication") != std::string::npos || t.find("video") != std::string::npos)
        return Format::FeedPost;
    return std::nullopt;
}

// "45", "0:45", "12:03", "1:02:03" -> seconds.
std::optional<double> seconds_of(std::string_view text) {
    const std::string_view t = trim_sheet_spaces(text);
    if (t.empty()) return std::nullopt;
    double total = 0.0, part = 0.0;
    bool digit = false;
    for (char c : t) {
        if (c >= '0' && c <= '9') {
            part = part * 10 + (c - '0');
            digit = true;
        } else if (c == ':') {
            total = (total + part) * 60.0;
            part = 0.0;
        } else if (c == '.' || c == ',') {
            break;
        } else {
            return std::nullopt;
        }
    }
    if (!digit) return std::nullopt;
    return total + part;
}

constexpr const char* kEnglishMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr const char* kFrenchMonths[] = {"janv", "fevr", "mars", "avr", "mai", "juin",
                                         "juil", "aout", "sept", "oct", "nov", "dec"};

int month_of_word(const std::string& word) {
    for (int m = 0; m < 12; ++m)
        if (word.rfind(kEnglishMonths[m], 0) == 0) return m + 1;
    for (int m = 0; m < 12; ++m)
        if (word.rfind(kFrenchMonths[m], 0) == 0) return m + 1;
    if (word == "fev" || word == "fevrier") return 2;
    if (word.rfind("juil", 0) == 0) return 7;
    return 0;
}

std::optional<std::string> iso(int year, int month, int day) {
    if (year < 100) year += 2000;
    if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    std::string out(buffer);
    if (!is_iso_date(out)) return std::nullopt;
    return out;
}

}  // namespace

std::string_view provider_name(ExportProvider p) {
    switch (p) {
        case ExportProvider::Instagram: return "Meta Business Suite (Instagram)";
        case ExportProvider::TikTok: return "TikTok Studio";
        case ExportProvider::YouTube: return "YouTube Studio";
    }
    return "";
}

Platform provider_platform(ExportProvider p) {
    switch (p) {
        case ExportProvider::Instagram: return Platform::Instagram;
        case ExportProvider::TikTok: return Platform::TikTok;
        case ExportProvider::YouTube: return Platform::YouTube;
    }
    return Platform::Instagram;
}

std::optional<std::string> export_date(std::string_view text, ExportLanguage language) {
    const std::string_view trimmed = trim_sheet_spaces(text);
    if (trimmed.size() >= 10 && is_iso_date(trimmed.substr(0, 10))) return std::string(trimmed.substr(0, 10));
    const std::string t = normalise_header(text);  // lower case, accents folded, punctuation to spaces
    if (t.empty()) return std::nullopt;
    // The words and numbers, in order.
    std::vector<std::string> words;
    std::string w;
    for (char c : t) {
        if (c == ' ') {
            if (!w.empty()) words.push_back(w);
            w.clear();
        } else {
            w += c;
        }
    }
    if (!w.empty()) words.push_back(w);
    const auto number = [](const std::string& s) -> int {
        if (s.empty() || s.size() > 4 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return -1;
        return std::stoi(s);
    };
    if (words.size() < 3) return std::nullopt;
    const int a = number(words[0]), b = number(words[1]), c = number(words[2]);
    // 2026-03-14 (and 2026-03-14T18:02, whose "t18" follows).
    if (words[0].size() == 4 && a > 0 && b > 0 && c > 0) return iso(a, b, c);
    if (a > 0 && b > 0 && c > 0 && words[2].size() >= 2) {
        const bool day_first = language == ExportLanguage::French ? b <= 12 || a > 12 : a > 12;
        return day_first ? iso(c, b, a) : iso(c, a, b);
    }
    // "mar 14 2026", "14 mars 2026", "jeu 14 mars 2026" (a weekday first).
    for (std::size_t i = 0; i < 2 && i + 2 < words.size(); ++i) {
        const int year = number(words[i + 2]);
        if (year <= 0) continue;
        if (const int m = month_of_word(words[i]); m > 0 && number(words[i + 1]) > 0)
            return iso(year, m, number(words[i + 1]));
        if (const int m = month_of_word(words[i + 1]); m > 0 && number(words[i]) > 0)
            return iso(year, m, number(words[i]));
    }
    return std::nullopt;
}

std::string fold_handle(std::string_view handle) {
    std::string h = lower(trim_sheet_spaces(handle));
    while (!h.empty() && h.front() == '@') h.erase(h.begin());
    while (!h.empty() && h.back() == '/') h.pop_back();
    return h;
}

std::string handle_in_address(std::string_view address) {
    const std::string a = lower(trim_sheet_spaces(address));
    const std::size_t at = a.find("/@");
    if (at != std::string::npos) {
        std::size_t end = a.find_first_of("/?#", at + 2);
        return a.substr(at + 2, end == std::string::npos ? std::string::npos : end - at - 2);
    }
    return "";
}

std::string fold_address(std::string_view address) {
    std::string a = lower(trim_sheet_spaces(address));
    for (const char* scheme : {"https://", "http://"})
        if (a.rfind(scheme, 0) == 0) a.erase(0, std::char_traits<char>::length(scheme));
    for (const char* host : {"www.", "m."})
        if (a.rfind(host, 0) == 0) a.erase(0, std::char_traits<char>::length(host));
    // A YouTube watch address and a short one name the video by its id, as Studio's "Content" does.
    for (const char* prefix : {"youtube.com/watch?v=", "youtu.be/", "youtube.com/shorts/"})
        if (a.rfind(prefix, 0) == 0) {
            a.erase(0, std::char_traits<char>::length(prefix));
            break;
        }
    const std::size_t query = a.find_first_of("?#&");
    if (query != std::string::npos) a.erase(query);
    while (!a.empty() && a.back() == '/') a.pop_back();
    return a;
}

ExportRead read_analytics_export(std::string_view bytes, const SheetReadOptions& options) {
    ExportRead out;
    SheetReadResult read = read_sheet(bytes, options);
    if (!read.ok) {
        out.problem = read.problem;
        return out;
    }
    const Sheet& sheet = read.sheet;
    out.problem = Message(MessageId::ActualsExportUnknown);
    if (sheet.rows() == 0) return out;

    // Some exports put a title line above the headers: the header row is the first of the first
    // three rows where two cells are names Roster knows.
    std::size_t header_row = 0;
    std::vector<const Header*> columns;
    for (std::size_t r = 0; r < std::min<std::size_t>(3, sheet.rows()); ++r) {
        std::vector<const Header*> found(sheet.cells_in(r), nullptr);
        int known = 0;
        for (std::size_t c = 0; c < sheet.cells_in(r); ++c) {
            found[c] = header_of(normalise_header(sheet.cell(r, c)));
            known += found[c] ? 1 : 0;
        }
        if (known >= 2) {
            header_row = r;
            columns = std::move(found);
            break;
        }
    }
    int votes[4] = {0, 0, 0, 0}, english = 0, french = 0;
    bool names_post = false, has_count = false;
    for (const Header* h : columns) {
        if (!h) continue;
        votes[static_cast<int>(h->hint)] += 1;
        english += h->lang == Lang::English ? 1 : 0;
        french += h->lang == Lang::French ? 1 : 0;
        names_post = names_post || h->column == Col::Account || h->column == Col::Address;
        has_count = has_count || h->column == Col::Views || h->column == Col::Reach || h->column == Col::Impressions;
    }
    const int best = std::max({votes[1], votes[2], votes[3]});
    if (!names_post || !has_count || best == 0) return out;
    out.provider = votes[1] == best ? ExportProvider::Instagram
                   : votes[2] == best ? ExportProvider::TikTok
                                      : ExportProvider::YouTube;
    out.language = french > english ? ExportLanguage::French : ExportLanguage::English;

    // Each number column's decimal mark, from its own cells, else the file's separator.
    std::vector<DecimalMark> marks(columns.size(), DecimalMark::Point);
    const DecimalMark fallback = decimal_mark_of_separator(sheet.separator);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (!columns[c] || !figure_of(columns[c]->column)) continue;
        std::vector<std::string_view> cells;
        for (std::size_t r = header_row + 1; r < sheet.rows() && cells.size() < 200; ++r) cells.push_back(sheet.cell(r, c));
        marks[c] = column_decimal_mark(cells, fallback == DecimalMark::Unknown && out.language == ExportLanguage::French
                                                  ? DecimalMark::Comma
                                                  : fallback);
    }

    for (std::size_t r = header_row + 1; r < sheet.rows(); ++r) {
        ExportRow row;
        row.row = sheet.file_row(r);
        bool any = false;
        for (std::size_t c = 0; c < sheet.cells_in(r); ++c) any = any || !trim_sheet_spaces(sheet.cell(r, c)).empty();
        if (!any) continue;
        // YouTube Studio puts its "Total" row first, other tools last: skipped wherever it is.
        if (is_total(sheet.cell(r, 0))) {
            out.total_row = row.row;
            continue;
        }
        std::optional<double> seconds;
        std::string type_text;
        for (std::size_t c = 0; c < columns.size() && c < sheet.cells_in(r); ++c) {
            if (!columns[c]) continue;
            const std::string_view cell = trim_sheet_spaces(sheet.cell(r, c));
            const Col col = columns[c]->column;
            if (col == Col::Account) {
                if (is_total(cell)) {
                    out.total_row = row.row;
                    any = false;
                    break;
                }
                row.account = std::string(cell);
            } else if (col == Col::Address) {
                if (is_total(cell)) {
                    out.total_row = row.row;
                    any = false;
                    break;
                }
                row.address = std::string(cell);
            } else if (col == Col::Date) {
                // Meta writes the publish time and a "Date" column that says "Lifetime": the
                // first readable date wins, and an unreadable one is reported only if none is.
                if (cell.empty() || !row.date.empty()) continue;
                if (auto d = export_date(cell, out.language)) row.date = *d;
                else if (row.date_text.empty() && std::any_of(cell.begin(), cell.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
                    row.date_text = std::string(cell.substr(0, 200));
            } else if (col == Col::PostType) {
                type_text = std::string(cell);
            } else if (col == Col::Duration) {
                seconds = seconds_of(cell);
            } else if (const auto figure = figure_of(col)) {
                if (cell.empty() || cell == "-" || cell == "--") continue;  // not given, never zero
                const auto n = parse_sheet_number(cell, marks[c]);
                if (!n || n->value < 0 || n->percent) {
                    if (!row.problem)
                        row.problem = Message(MessageId::ActualsRowBadNumber)
                                          .integer("row", static_cast<double>(row.row))
                                          .text("column", std::string(sheet.cell(header_row, c)).substr(0, 200))
                                          .text("value", std::string(cell.substr(0, 200)));
                    continue;
                }
                ExportNumber v;
                v.value = *figure == ActualFigure::Revenue ? n->value * 100.0 : n->value;
                // Meta and TikTok say their reach is estimated; so is YouTube's revenue.
                const bool estimated = (*figure == ActualFigure::Reach && out.provider != ExportProvider::YouTube) ||
                                       *figure == ActualFigure::Revenue;
                v.source = estimated ? Provenance::Estimate : Provenance::Platform;
                row.figures[static_cast<std::size_t>(*figure)] = v;
            }
        }
        if (!any) continue;
        if (!row.date.empty()) row.date_text.clear();
        switch (out.provider) {
            case ExportProvider::Instagram: row.format = instagram_format(type_text); break;
            case ExportProvider::TikTok: row.format = Format::Short; break;
            case ExportProvider::YouTube: {
                const bool shorts_address = lower(row.address).find("/shorts/") != std::string::npos;
                // YouTube counts a video of three minutes or less as a Short.
                if (shorts_address || (seconds && *seconds <= 180.0)) row.format = Format::Short;
                else if (seconds) row.format = Format::LongVideo;
                break;
            }
        }
        out.rows.push_back(std::move(row));
    }
    out.ok = true;
    out.problem = Message();
    return out;
}

}  // namespace roster::storage
