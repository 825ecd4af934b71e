// Hand-written rather than ICU's MessageFormat: ICU's data alone is tens of megabytes, far past
// what a page may load, and Roster needs only named places and the plural rules of two
// languages. The syntax is ICU's subset, so a translator who knows it reads these texts as is.
#include "message_render.h"

#include <cmath>
#include <cstdio>
#include <ctime>
#include <string_view>

#include "engine/assumptions.h"
#include "engine/local_time.h"
#include "engine/vocabulary.h"
#include "message_catalogue.h"
#include "translation.h"

namespace roster::present {
namespace {

bool plural_is_one(double n, Language language) {
    // English: 1 is singular. French: 0 and 1 (and anything below 2) are.
    return language == Language::French ? (n >= 0 && n < 2) : n == 1;
}

// "1.5" / "1,5": as many decimals as the value needs, up to six significant digits; thousands
// grouped for large whole numbers.
std::string decimal_text(double v, Language language) {
    if (!std::isfinite(v)) return "—";
    if (std::fabs(v) >= 1000 && v == std::round(v)) return format_count(v);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    std::string out = buf;
    if (language == Language::French)
        for (char& c : out)
            if (c == '.') c = ',';
    return out;
}

// 1.4 -> "140%", 1.000001 -> "100.0001%": whole when exact, else up to four decimals.
std::string percent_text(double share, Language language) {
    if (!std::isfinite(share)) return "—";
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.4f", share * 100.0);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    // Group the whole part by thousands the language's way ("5,000%" / "5 000 %").
    const std::size_t dot = s.find('.');
    const std::string whole = s.substr(0, dot);
    std::string grouped = std::fabs(share * 100.0) >= 1000 ? format_count(std::stod(whole)) : whole;
    if (dot != std::string::npos) grouped += (language == Language::French ? "," : ".") + s.substr(dot + 1);
    return grouped + (language == Language::French ? "\u202F%" : "%");
}


// A moment in the browser's (or the machine's) time zone: "2026-11-20 09:10" in English (ISO
// order, which no English reader misreads), "20/11/2026 09:10" in French; "14:32" for a time
// of day.
std::string moment_text(double unix_seconds, bool date, Language language) {
    const std::tm local = local_time(static_cast<std::int64_t>(unix_seconds));
    char buf[40];
    const char* format = !date ? "%H:%M" : language == Language::French ? "%d/%m/%Y %H:%M" : "%Y-%m-%d %H:%M";
    std::strftime(buf, sizeof buf, format, &local);
    return buf;
}

std::string assumption_text(const std::string& key) {
    const auto i = assumption_index(key);
    if (!i) return key;
    return assumption_label(assumption_catalogue()[*i]);
}

std::string render_in(const Message& message, Language language, std::vector<std::string>* problems, int depth);

std::string argument_text(const MessageArg& a, Language language, std::vector<std::string>* problems, int depth) {
    using K = MessageArg::Kind;
    switch (a.kind) {
        case K::Text: return a.text;
        case K::Count:
        case K::Integer: return format_count(a.number);
        case K::Decimal: return decimal_text(a.number, language);
        case K::Percent: return percent_text(a.number, language);
        case K::Money: return format_money(a.number, a.text);
        case K::Bytes: return format_size(a.number, language);
        case K::Term: {
            const char* t = term_text(static_cast<Term>(a.choice), language);
            if (!t && problems) problems->push_back("no text for the term " + std::string(term_name(static_cast<Term>(a.choice))));
            return t ? t : std::string(term_name(static_cast<Term>(a.choice)));
        }
        case K::Platform:
            if (a.choice >= kPlatformCount) return "?";
            return tr(std::string(platform_label(static_cast<Platform>(a.choice))).c_str());
        case K::Format:
            if (a.choice >= kFormatCount || a.platform >= kPlatformCount) return "?";
            return tr(std::string(format_label(static_cast<Platform>(a.platform), static_cast<Format>(a.choice))).c_str());
        case K::Assumption: return assumption_text(a.text);
        case K::DateTime: return moment_text(a.number, true, language);
        case K::ClockTime: return moment_text(a.number, false, language);
        case K::Nested:
            if (a.nested.empty() || depth > 8) return {};
            return render_in(a.nested.front(), language, problems, depth + 1);
    }
    return {};
}

// ICU's quoting, for a text that must show a brace: an apostrophe before '{', '}' or (inside a
// plural) '#' starts quoted text, shown as written, up to the next lone apostrophe; two
// apostrophes are one apostrophe, shown. Any other apostrophe is just an apostrophe ("plan's").
// At `i`, an apostrophe: appends what it stands for to `out` (when given) and returns the
// position after it, or `i` when it is a plain apostrophe.
std::size_t quoted(std::string_view t, std::size_t i, bool in_plural, std::string* out) {
    if (i + 1 < t.size() && t[i + 1] == '\'') {
        if (out) *out += '\'';
        return i + 2;
    }
    if (i + 1 >= t.size() || !(t[i + 1] == '{' || t[i + 1] == '}' || (in_plural && t[i + 1] == '#'))) return i;
    std::size_t j = i + 1;
    while (j < t.size()) {
        if (t[j] == '\'') {
            if (j + 1 < t.size() && t[j + 1] == '\'') {
                if (out) *out += '\'';
                j += 2;
                continue;
            }
            return j + 1;
        }
        if (out) *out += t[j];
        ++j;
    }
    return j;  // quoted to the end
}

// Reads a place's body after its '{' up to the matching '}' (nested braces counted, quoted ones
// not); returns the position after it, or npos when the text ends first.
std::size_t matching_brace(std::string_view t, std::size_t open) {
    int depth = 0;
    for (std::size_t i = open; i < t.size(); ++i) {
        if (t[i] == '\'' && depth > 0) {
            const std::size_t after = quoted(t, i, true, nullptr);
            if (after != i) {
                i = after - 1;
                continue;
            }
        }
        if (t[i] == '{') ++depth;
        else if (t[i] == '}' && --depth == 0) return i + 1;
    }
    return std::string_view::npos;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

struct Renderer {
    const Message& message;
    Language language;
    std::vector<std::string>* problems;
    int depth;
    std::vector<bool> used;

    void problem(std::string p) {
        if (problems) problems->push_back(std::move(p));
    }

    const MessageArg* find(std::string_view name) {
        for (std::size_t i = 0; i < message.args.size(); ++i)
            if (message.args[i].name == name) {
                used[i] = true;
                return &message.args[i];
            }
        return nullptr;
    }

    // `text` with its places filled; `count` replaces '#' inside a plural's branch.
    std::string fill(std::string_view text, const std::string* count) {
        std::string out;
        for (std::size_t i = 0; i < text.size();) {
            const char c = text[i];
            if (c == '\'') {
                const std::size_t after = quoted(text, i, count != nullptr, &out);
                if (after != i) {
                    i = after;
                    continue;
                }
            }
            if (c == '#' && count) {
                out += *count;
                ++i;
                continue;
            }
            if (c == '}') {
                problem("a '}' closes nothing");
                ++i;
                continue;
            }
            if (c != '{') {
                out += c;
                ++i;
                continue;
            }
            const std::size_t end = matching_brace(text, i);
            if (end == std::string_view::npos) {
                problem("a '{' is never closed");
                out += text.substr(i);
                break;
            }
            out += place(text.substr(i + 1, end - i - 2));
            i = end;
        }
        return out;
    }

    std::string place(std::string_view body) {
        const std::size_t comma = body.find(',');
        const std::string_view name = trim(body.substr(0, comma));
        const MessageArg* a = find(name);
        if (comma == std::string_view::npos) {
            if (!a) {
                problem("no argument fills {" + std::string(name) + "}");
                return "{" + std::string(name) + "}";
            }
            return argument_text(*a, language, problems, depth);
        }
        // {n, plural, one {...} other {...}}
        std::string_view rest = body.substr(comma + 1);
        const std::size_t second = rest.find(',');
        if (second == std::string_view::npos || trim(rest.substr(0, second)) != "plural") {
            problem("{" + std::string(name) + ", ...} is not a plural");
            return {};
        }
        rest = rest.substr(second + 1);
        if (!a || (a->kind != MessageArg::Kind::Count)) {
            problem("the plural {" + std::string(name) + "} has no count");
            return {};
        }
        const double n = a->number;
        const std::string shown = format_count(n);
        const std::string_view want = plural_is_one(n, language) ? "one" : "other";
        char exact_text[40];  // "=0": the count as written in the text, whatever the language
        std::snprintf(exact_text, sizeof exact_text, "=%.15g", n);
        const std::string exact = exact_text;
        std::string_view chosen, other;
        bool found_exact = false;
        for (std::size_t i = 0; i < rest.size();) {
            while (i < rest.size() && rest[i] == ' ') ++i;
            if (i >= rest.size()) break;
            const std::size_t open = rest.find('{', i);
            const std::size_t close = open == std::string_view::npos ? open : matching_brace(rest, open);
            if (close == std::string_view::npos) {
                problem("the plural {" + std::string(name) + "} is not closed");
                return {};
            }
            const std::string_view selector = trim(rest.substr(i, open - i));
            const std::string_view branch = rest.substr(open + 1, close - open - 2);
            // 'other' is the fallback whichever form is chosen, so it is kept apart.
            if (selector == "other") other = branch;
            if (selector == exact) {
                chosen = branch;
                found_exact = true;
            } else if (selector == want && !found_exact) {
                chosen = branch;
            } else if (selector != "one" && selector != "other" && (selector.empty() || selector[0] != '=')) {
                problem("the plural {" + std::string(name) + "} has an unknown form '" + std::string(selector) + "'");
            }
            i = close;
        }
        if (other.data() == nullptr) problem("the plural {" + std::string(name) + "} has no 'other' form");
        if (chosen.data() == nullptr) chosen = other;
        return fill(chosen, &shown);
    }
};

std::string render_in(const Message& message, Language language, std::vector<std::string>* problems, int depth) {
    const char* text = message_template(message.id, language);
    if (!text) {
        if (problems)
            problems->push_back("no " + std::string(language == Language::French ? "French" : "English") +
                                " text for " + std::string(message_id_name(message.id)));
        text = message_template(message.id, Language::English);
        if (!text) return std::string(message_id_name(message.id));
    }
    Renderer r{message, language, problems, depth, std::vector<bool>(message.args.size(), false)};
    std::string out = r.fill(text, nullptr);
    if (problems)
        for (std::size_t i = 0; i < message.args.size(); ++i)
            if (!r.used[i])
                problems->push_back("the argument '" + message.args[i].name + "' of " +
                                    std::string(message_id_name(message.id)) + " is not used");
    return out;
}

}  // namespace

LanguageGuard::LanguageGuard(Language language) : previous_(display_language()) { set_display_language(language); }
LanguageGuard::~LanguageGuard() { set_display_language(previous_); }

std::string render(const Message& message) { return render(message, display_language()); }

std::string term_word(Term term) {
    const char* t = term_text(term, display_language());
    return t ? t : std::string(term_name(term));
}

std::string render(const Message& message, Language language) {
    LanguageGuard guard(language);
    return render_in(message, language, nullptr, 0);
}

std::vector<std::string> render_problems(const Message& message, Language language) {
    LanguageGuard guard(language);
    std::vector<std::string> problems;
    render_in(message, language, &problems, 0);
    return problems;
}

namespace {

void add_name(std::vector<std::string>& list, std::string_view name) {
    for (const std::string& n : list)
        if (n == name) return;
    list.emplace_back(name);
}

// The places of a text, and of every plural branch inside it, walked the way Renderer::fill
// reads them.
void collect_places(std::string_view t, TemplatePlaces& out, bool in_plural) {
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '\'') {
            const std::size_t after = quoted(t, i, in_plural, nullptr);
            if (after != i) {
                i = after - 1;
                continue;
            }
        }
        if (t[i] == '}') {
            out.problems.push_back("a '}' closes nothing");
            continue;
        }
        if (t[i] != '{') continue;
        const std::size_t end = matching_brace(t, i);
        if (end == std::string_view::npos) {
            out.problems.push_back("a '{' is never closed");
            return;
        }
        const std::string_view body = t.substr(i + 1, end - i - 2);
        const std::size_t comma = body.find(',');
        const std::string_view name = trim(body.substr(0, comma));
        if (name.empty() || name.find_first_of("{}# ") != std::string_view::npos)
            out.problems.push_back("a place has no name: {" + std::string(body) + "}");
        add_name(out.names, name);
        if (comma != std::string_view::npos) {
            add_name(out.plural_counts, name);
            std::string_view rest = body.substr(comma + 1);
            const std::size_t second = rest.find(',');
            if (second == std::string_view::npos || trim(rest.substr(0, second)) != "plural") {
                out.problems.push_back("{" + std::string(name) + ", ...} is not a plural");
            } else {
                rest = rest.substr(second + 1);
                bool has_other = false;
                for (std::size_t k = 0; k < rest.size();) {
                    const std::size_t open = rest.find('{', k);
                    if (open == std::string_view::npos) {
                        if (!trim(rest.substr(k)).empty()) out.problems.push_back("text after a plural's forms");
                        break;
                    }
                    const std::size_t close = matching_brace(rest, open);
                    if (close == std::string_view::npos) {
                        out.problems.push_back("a plural's form is never closed");
                        break;
                    }
                    const std::string_view selector = trim(rest.substr(k, open - k));
                    if (selector == "other") has_other = true;
                    else if (selector != "one" && (selector.empty() || selector[0] != '='))
                        out.problems.push_back("unknown plural form '" + std::string(selector) + "'");
                    collect_places(rest.substr(open + 1, close - open - 2), out, true);
                    k = close;
                }
                if (!has_other) out.problems.push_back("the plural {" + std::string(name) + "} has no 'other' form");
            }
        }
        i = end - 1;
    }
}

}  // namespace

TemplatePlaces template_places(const char* text) {
    TemplatePlaces out;
    if (!text) {
        out.problems.push_back("no text");
        return out;
    }
    collect_places(text, out, false);
    return out;
}

}  // namespace roster::present
