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
        out.problem = "Paste or type the overlaps first, such as “Ben 12%, Cleo 8%”.";
        return out;
    }
    std::vector<double> numbers;
    if (numbers_only(text, numbers)) {
        const std::size_t others = plan.creators.size() - 1;
        const bool with_self = numbers.size() == plan.creators.size();
        if (numbers.size() != others && !with_self) {
            out.problem = "A row of numbers needs one share for each of the other " + std::to_string(others) +
                          " creators, in roster order; it has " + std::to_string(numbers.size()) + ".";
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
                out.problem = "The share for “" + c.name + "” must be a percentage between 0 and 100.";
                out.entries.clear();
                return out;
            }
            out.entries.push_back({c.id, static_cast<Ppm>(std::lround(v * 10'000.0))});
        }
        return out;
    }
    const ParsedShares named = parse_shares(text, false);
    if (!named.problem.empty()) {
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
            out.problem = "No creator called “" + s.key.substr(0, 60) + "” in the plan: use a name or handle from the roster.";
            out.entries.clear();
            return out;
        }
        if (match->id == of) {
            out.problem = "“" + s.key.substr(0, 60) + "” is this creator: an overlap is with the others.";
            out.entries.clear();
            return out;
        }
        out.entries.push_back({match->id, s.ppm});
    }
    return out;
}

}  // namespace roster::present
