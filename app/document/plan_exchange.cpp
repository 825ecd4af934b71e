#include "plan_exchange.h"

#include "storage/plan_file.h"

namespace roster {
namespace {

// Characters no common file system accepts in a name, plus control characters.
bool refused_in_file_names(unsigned char c) {
    return c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
           c == '<' || c == '>' || c == '|';
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

Message share_link_problem_message(ShareLinkProblem problem) {
    switch (problem) {
        case ShareLinkProblem::FromNewerRoster: return Message(MessageId::LinkFromNewerRoster);
        case ShareLinkProblem::CannotOpenLinks: return Message(MessageId::LinksCannotOpen);
        case ShareLinkProblem::None:
        case ShareLinkProblem::Damaged: break;
    }
    return Message(MessageId::LinkDamaged);
}

Message share_link_message(ShareLinkOutcome outcome, std::size_t length) {
    const double n = static_cast<double>(length);
    switch (outcome) {
        case ShareLinkOutcome::Copied: return Message(MessageId::LinkCopied).integer("length", n);
        case ShareLinkOutcome::TooLong:
            return Message(MessageId::LinkTooLong)
                .integer("length", n)
                .integer("max", static_cast<double>(kMaxShareLinkCharacters));
        case ShareLinkOutcome::NotCopied: return Message(MessageId::LinkNotCopied).integer("length", n);
        case ShareLinkOutcome::Unsupported: break;
    }
    return Message(MessageId::LinksUnsupported);
}

bool is_sheet_file_name(std::string_view name) {
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos) return false;
    std::string ext(name.substr(dot + 1));
    for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return ext == "csv" || ext == "tsv" || ext == "txt";
}

bool is_pasted_cells(std::string_view pasted) {
    const std::size_t first = pasted.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || pasted[first] == '{') return false;
    // A UTF-8 BOM before a plan's brace is still a plan.
    if (pasted.substr(first, 4) == "\xEF\xBB\xBF{") return false;
    return pasted.find_first_of("\t\n") != std::string_view::npos;
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

IncomingPlan receive_plan(std::string_view text, const Message& source, const Plan& current, const Plan& kept) {
    IncomingPlan in;
    if (text.size() > kMaxPlanFileBytes) {
        in.message = Message(MessageId::CouldNotOpenTooLarge)
                         .nested("source", source)
                         .bytes("max", static_cast<double>(kMaxPlanFileBytes));
        return in;
    }
    storage::LoadResult loaded = storage::load_plan(text);
    if (!loaded.ok) {
        // The load path's messages already name the line and column of a syntax error.
        in.message = Message(MessageId::CouldNotOpen).nested("source", source).nested("cause", std::move(loaded.message));
        return in;
    }
    in.plan = std::move(loaded.plan);
    in.opened = Message(MessageId::OpenedPlan)
                    .text("plan", in.plan.name)
                    .count("creators", static_cast<double>(in.plan.creators.size()))
                    .nested("source", source);
    in.notes = std::move(loaded.notes);
    const bool holds_work = !current.creators.empty() && !(current == kept);
    if (holds_work) {
        in.verdict = IncomingPlan::Verdict::Confirm;
        in.message = Message(MessageId::ConfirmReplacePlan)
                         .text("current", current.name)
                         .count("creators", static_cast<double>(current.creators.size()))
                         .text("plan", in.plan.name)
                         .nested("source", source);
        return in;
    }
    in.verdict = IncomingPlan::Verdict::Replace;
    return in;
}

}  // namespace roster
