// Analytics exports as planners download them (docs/ACTUALS.md): Instagram posts from Meta
// Business Suite, TikTok Studio's content export and YouTube Studio's "Table data", each with
// its English or French headers, read into one row per post: the account or the post's address
// that names the creator, the date, the format where the export says it, and the numbers, each
// marked as the platform's count or the platform's own estimate (Meta's and TikTok's reach).
//
// The bytes go through the spreadsheet reader (sheet_text.h: encodings, separators, quoting,
// limits) and numbers through sheet_number.h (English and French styles, "1.2K"); a total row is
// skipped. Matching rows to creators is the document layer's (document/actuals_import.h).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/message.h"
#include "engine/plan.h"
#include "sheet_text.h"

namespace roster::storage {

enum class ExportProvider : std::uint8_t { Instagram, TikTok, YouTube };
enum class ExportLanguage : std::uint8_t { English, French };

// "Meta Business Suite (Instagram)", "TikTok Studio", "YouTube Studio": product names, the same
// in every language.
std::string_view provider_name(ExportProvider p);
Platform provider_platform(ExportProvider p);

struct ExportNumber {
    double value = 0.0;
    Provenance source = Provenance::Platform;
};

struct ExportRow {
    std::size_t row = 0;    // as the file numbers it
    std::string account;    // "@lea.lou", a username or a channel, as written (may be empty)
    std::string address;    // the post's address or id, as written (may be empty)
    std::string date;       // "2026-03-14", or "" when the export gives none or it is unreadable
    std::string date_text;  // the date cell as written, when it could not be read
    std::optional<Format> format;
    std::array<std::optional<ExportNumber>, kActualFigureCount> figures{};
    // Why the row cannot be used (a number that is not one), naming the column and the value.
    std::optional<Message> problem;
};

struct ExportRead {
    bool ok = false;
    Message problem;  // why the file is not an analytics export Roster reads; when not ok
    ExportProvider provider = ExportProvider::Instagram;
    ExportLanguage language = ExportLanguage::English;
    std::vector<ExportRow> rows;
    std::optional<std::size_t> total_row;
};

// Bytes of an export -> its rows, or the reason it is refused (not text, too large, or no column
// naming the post or its account together with one of views, reach or impressions).
ExportRead read_analytics_export(std::string_view bytes, const SheetReadOptions& options = {});

// A date as exports write it -> "2026-03-14": ISO ("2026-03-14", with a time or not), day first
// in French ("14/03/2026"), month first in English ("03/14/2026", unless the first number is
// above 12), and month names ("Mar 14, 2026", "14 mars 2026"). None when unreadable.
std::optional<std::string> export_date(std::string_view text, ExportLanguage language);

// The handle a profile or post address names ("https://www.tiktok.com/@lea.lou/video/73..." ->
// "lea.lou"), folded to compare: no "@", lower case. "" when it names none.
std::string handle_in_address(std::string_view address);
std::string fold_handle(std::string_view handle);

// A post's address or id folded to compare ("https://www.instagram.com/reel/C4x/?igsh=1" and
// "instagram.com/reel/C4x" are the same post; a YouTube watch address and its video id too).
std::string fold_address(std::string_view address);

}  // namespace roster::storage
