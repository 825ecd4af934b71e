#include "share_text.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "engine/text.h"

namespace roster::present {

ParsedShares parse_shares(std::string_view text, bool uppercase_keys) {
    ParsedShares out;
    std::size_t start = 0;
    while (start <= text.size()) {
        // Items end at a semicolon, a line end, or a comma that is not a decimal comma ("25,5").
        std::size_t end = start;
        for (; end < text.size(); ++end) {
            const char c = text[end];
            if (c == ';' || c == '\n') break;
            if (c == ',') {
                const bool decimal = end > 0 && end + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[end - 1])) &&
                                     std::isdigit(static_cast<unsigned char>(text[end + 1]));
                if (!decimal) break;
            }
        }
        std::string item(trimmed(text.substr(start, end - start)));
        start = end + 1;
        if (item.empty()) continue;
        for (char& c : item)
            if (c == '\t' || c == ':' || c == '=') c = ' ';
        // The number is the last word; the key is everything before it.
        while (!item.empty() && (item.back() == '%' || item.back() == ' ')) item.pop_back();
        const std::size_t space = item.find_last_of(' ');
        const bool ends_in_number = !item.empty() && item.find_first_of("0123456789", space == std::string::npos ? 0 : space) != std::string::npos;
        if (space == std::string::npos || !ends_in_number) {
            out.problem = Message(MessageId::SharesNeedShare).text("item", item.substr(0, 40));
            out.shares.clear();
            return out;
        }
        std::string key(trimmed(std::string_view(item).substr(0, space)));
        std::string number = item.substr(space + 1);
        for (char& c : number)
            if (c == ',') c = '.';
        char* parsed_end = nullptr;
        const double percent = std::strtod(number.c_str(), &parsed_end);
        if (number.empty() || parsed_end != number.c_str() + number.size() || !std::isfinite(percent) || percent < 0 ||
            percent > 100) {
            out.problem = Message(MessageId::SharesShareInvalid).text("key", key.substr(0, 40));
            out.shares.clear();
            return out;
        }
        while (!key.empty() && key.back() == '%') key.pop_back();
        if (uppercase_keys)
            for (char& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        out.shares.push_back({key, static_cast<Ppm>(std::lround(percent * 10'000.0))});
    }
    return out;
}

std::string shares_text(const std::vector<Share>& shares) {
    std::string out;
    for (const Share& s : shares) {
        if (!out.empty()) out += ", ";
        char buf[32];
        const double percent = s.ppm / 10'000.0;
        std::snprintf(buf, sizeof buf, percent == std::floor(percent) ? " %.0f%%" : " %.1f%%", percent);
        out += s.key + buf;
    }
    return out;
}

}  // namespace roster::present
