#include "plan_exchange.h"

#include "storage/plan_file.h"

namespace roster {
namespace {

// Characters no common file system accepts in a name, plus control characters.
bool refused_in_file_names(unsigned char c) {
    return c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
           c == '<' || c == '>' || c == '|';
}

std::string count_of(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Drops a trailing partial UTF-8 character.
void trim_partial_character(std::string& s) {
    std::size_t back = 0;
    while (back < s.size() && back < 4 && (static_cast<unsigned char>(s[s.size() - 1 - back]) & 0xC0) == 0x80) ++back;
    if (back == s.size()) return;
    const unsigned char lead = static_cast<unsigned char>(s[s.size() - 1 - back]);
    const std::size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (back + 1 < need) s.resize(s.size() - 1 - back);
}

}  // namespace

std::string share_link_message(ShareLinkOutcome outcome, std::size_t length) {
    std::string n = std::to_string(length);
    for (int i = static_cast<int>(n.size()) - 3; i > 0; i -= 3) n.insert(static_cast<std::size_t>(i), ",");
    switch (outcome) {
        case ShareLinkOutcome::Copied:
            return "Copied a link to this plan (" + n + " characters). Whoever opens it gets their own copy.";
        case ShareLinkOutcome::TooLong:
            return "This plan is too large for a link (" + n + " characters; links stay under " +
                   std::to_string(kMaxShareLinkCharacters / 1000) +
                   ",000). Download the plan file from the Plan menu and send that instead.";
        case ShareLinkOutcome::NotCopied:
            return "The browser did not let Roster copy the link (" + n + " characters): it is shown selected, "
                   "press Ctrl+C to copy it.";
        case ShareLinkOutcome::Unsupported:
            return "This browser cannot make share links (it lacks CompressionStream). Send the plan file instead.";
    }
    return {};
}

std::string text_for_field(std::string_view pasted) {
    std::string line(pasted.substr(0, pasted.find_first_of("\r\n")));
    if (line.size() > 200) {
        line.resize(200);
        trim_partial_character(line);
    }
    return line;
}

std::string plan_file_name(const Plan& plan) {
    std::string base;
    for (char ch : plan.name) base += refused_in_file_names(static_cast<unsigned char>(ch)) ? '-' : ch;
    // Trim spaces and dots at either end (Windows drops trailing dots; a leading one hides the file).
    const auto first = base.find_first_not_of(" .");
    base = first == std::string::npos ? std::string() : base.substr(first, base.find_last_not_of(" .") - first + 1);
    if (base.size() > 100) {
        base.resize(100);
        trim_partial_character(base);
    }
    return (base.empty() ? std::string("plan") : base) + ".roster.json";
}

IncomingPlan receive_plan(std::string_view text, const std::string& source, const Plan& current, const Plan& kept) {
    IncomingPlan in;
    if (text.size() > kMaxPlanFileBytes) {
        in.message = "Could not open " + source + ": it is larger than 64 MB, far more than any plan. Nothing was changed.";
        return in;
    }
    storage::LoadResult loaded = storage::load_plan(text);
    if (!loaded.ok) {
        // The load path's messages already name the line and column of a syntax error.
        in.message = "Could not open " + source + ": " + loaded.message + " Nothing was changed.";
        return in;
    }
    in.plan = std::move(loaded.plan);
    in.opened = "Opened “" + in.plan.name + "” (" + count_of(in.plan.creators.size(), "creator", "creators") +
                ") from " + source + ". Undo (Ctrl+Z) brings the previous plan back.";
    for (const std::string& note : loaded.notes) in.opened += " " + note;
    const bool holds_work = !current.creators.empty() && !(current == kept);
    if (holds_work) {
        in.verdict = IncomingPlan::Verdict::Confirm;
        in.message = "Replace “" + current.name + "” (" + count_of(current.creators.size(), "creator", "creators") +
                     ", changed since it was last downloaded) with “" + in.plan.name + "” from " + source +
                     "? Undo (Ctrl+Z) brings it back.";
        return in;
    }
    in.verdict = IncomingPlan::Verdict::Replace;
    return in;
}

}  // namespace roster
