#include "overlap_row.h"

#include <cctype>
#include <cmath>
#include <cstdlib>

#include "engine/text.h"
#include "share_text.h"

namespace roster::present {
namespace {

std::string folded(std::string_view s) {
    std::string out(trimmed(s));
    if (!out.empty() && out.front() == '@') out.erase(0, 1);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The words of a row of numbers, or nothing when any word is not a number ("12", "8,5", "7%").
bool numbers_only(std::string_view text, std::vector<double>& out) {
    std::string word;
    const auto flush = [&]() -> bool {
        if (word.empty()) return true;
        if (word.back() == '%') word.pop_back();
        for (char& c : word)
            if (c == ',') c = '.';
        char* end = nullptr;
        const double v = std::strtod(word.c_str(), &end);
        const bool ok = !word.empty() && end == word.c_str() + word.size() && std::isfinite(v);
        if (ok) out.push_back(v);
        word.clear();
        return ok;
    };
    for (char c : text) {
        if (c == '\t' || c == ' ' || c == '\n' || c == '\r' || c == ';') {
            if (!flush()) return false;
        } else {
            word += c;
        }
    }
    return flush() && !out.empty();
}

}  // namespace

ParsedOverlapRow parse_overlap_row(std::string_view text, const Plan& plan, CreatorId of) {
    ParsedOverlapRow out;
    if (trimmed(text).empty()) {
        out.problem = Message(MessageId::OverlapRowEmpty);
        return out;
    }
    std::vector<double> numbers;
    if (numbers_only(text, numbers)) {
        const std::size_t others = plan.creators.size() - 1;
        const bool with_self = numbers.size() == plan.creators.size();
        if (numbers.size() != others && !with_self) {
            out.problem = Message(MessageId::OverlapRowCount)
                              .count("others", static_cast<double>(others))
                              .integer("has", static_cast<double>(numbers.size()));
            return out;
        }
        std::size_t k = 0;
        for (const Creator& c : plan.creators) {
            if (c.id == of) {
                if (with_self) ++k;
                continue;
            }
            const double v = numbers[k++];
            if (v < 0 || v > 100) {
                out.problem = Message(MessageId::OverlapRowShareInvalid).text("creator", c.name);
                out.entries.clear();
                return out;
            }
            out.entries.push_back({c.id, static_cast<Ppm>(std::lround(v * 10'000.0))});
        }
        return out;
    }
    const ParsedShares named = parse_shares(text, false);
    if (named.problem) {
        out.problem = named.problem;
        return out;
    }
    for (const Share& s : named.shares) {
        const std::string key = folded(s.key);
        const Creator* match = nullptr;
        for (const Creator& c : plan.creators)
            if (folded(c.name) == key || (!c.handle.empty() && folded(c.handle) == key)) {
                match = &c;
                break;
            }
        if (!match) {
            out.problem = Message(MessageId::OverlapRowUnknownCreator).text("name", s.key.substr(0, 60));
            out.entries.clear();
            return out;
        }
        if (match->id == of) {
            out.problem = Message(MessageId::OverlapRowSelf).text("name", s.key.substr(0, 60));
            out.entries.clear();
            return out;
        }
        out.entries.push_back({match->id, s.ppm});
    }
    return out;
}

}  // namespace roster::present
