#include "text_table.h"

#include <algorithm>

namespace roster::cli {
namespace {

// Display width of UTF-8 text: one column per character.
std::size_t columns(const std::string& s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string pad(const std::string& s, std::size_t width, bool right) {
    const std::size_t n = columns(s);
    const std::string fill(width > n ? width - n : 0, ' ');
    return right ? fill + s : s + fill;
}

}  // namespace

std::string render(const Table& rows, std::size_t first_number, bool total_row) {
    if (rows.empty()) return {};
    std::vector<std::size_t> width(rows[0].size(), 0);
    for (const auto& r : rows)
        for (std::size_t k = 0; k < r.size() && k < width.size(); ++k) width[k] = std::max(width[k], columns(r[k]));
    std::string out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (total_row && i + 1 == rows.size()) {
            std::size_t total = 0;
            for (std::size_t w : width) total += w + 2;
            out += std::string(total - 2, '-') + "\n";
        }
        for (std::size_t k = 0; k < rows[i].size() && k < width.size(); ++k) {
            out += pad(rows[i][k], width[k], k >= first_number);
            out += k + 1 < rows[i].size() ? "  " : "\n";
        }
    }
    return out;
}

}  // namespace roster::cli
