#include "command_input.h"

#include <fstream>
#include <iostream>

#include "document/plan_exchange.h"
#include "present/message_render.h"

namespace roster::cli {

void complain(const Message& message) { std::cerr << "roster: " << present::render(message) << "\n"; }

bool write_file_bytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    if (!out) return false;
    out << bytes;
    return static_cast<bool>(out.flush());
}

bool read_file_bytes(const std::string& path, std::size_t max, std::string& out) {
    std::istream* in = &std::cin;
    std::ifstream file;
    if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) return false;
        in = &file;
    }
    out.clear();
    char buf[64 * 1024];
    while (out.size() <= max && in->read(buf, sizeof buf).gcount() > 0) out.append(buf, static_cast<std::size_t>(in->gcount()));
    if (out.size() > max + 1) out.resize(max + 1);
    return true;
}

bool parse_whole(const std::string& text, unsigned long long max, unsigned long long& out) {
    if (text.empty() || text.size() > 20) return false;
    unsigned long long v = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        const unsigned digit = static_cast<unsigned>(c - '0');
        if (v > (max - digit) / 10) return false;
        v = v * 10 + digit;
    }
    out = v;
    return true;
}

bool load_plan_file(const std::string& path, storage::LoadResult& result) {
    std::string text;
    // One byte past the limit is enough for the load path to refuse an oversized file by its size.
    if (!read_file_bytes(path, kMaxPlanFileBytes, text)) {
        complain(Message(MessageId::CliCannotOpen).text("path", path));
        return false;
    }
    result = storage::load_plan(text);
    if (!result.ok) {
        complain(Message(MessageId::CliAboutFile).text("path", path).nested("message", result.message));
        return false;
    }
    for (const Message& note : result.notes)
        complain(Message(MessageId::CliAboutFile).text("path", path).nested("message", note));
    return true;
}

}  // namespace roster::cli
