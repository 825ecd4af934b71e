#include "actuals_import.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

#include "engine/vocabulary.h"

namespace roster {
namespace {

using storage::ExportRow;

std::string quoted_names(const std::vector<const Creator*>& creators) {
    std::string out;
    for (std::size_t i = 0; i < creators.size() && i < 5; ++i)
        out += (i ? ", “" : "“") + creators[i]->name + "”";
    return out;
}

std::string fold_name(std::string_view name) {
    std::string out;
    for (char c : name) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto b = out.find_first_not_of(' '), e = out.find_last_not_of(' ');
    return b == std::string::npos ? std::string() : out.substr(b, e - b + 1);
}

struct Matcher {
    const Plan& plan;
    Platform platform;
    std::set<std::tuple<CreatorId, int, std::int32_t>> taken;  // posts given to earlier rows

    bool free_post(const Creator& c, Format f, std::int32_t post, const std::string& address) const {
        if (taken.count({c.id, static_cast<int>(f), post})) return false;
        const Actual* a = find_actual(plan, c.id, f, post);
        if (!a) return true;
        // A post the planner only marked (no address, no numbers) takes the export's numbers.
        if (!a->url.empty()) return storage::fold_address(a->url) == address;
        return std::none_of(a->figures.begin(), a->figures.end(), [](const ActualValue& v) { return v.known; });
    }
};

}  // namespace

std::size_t ActualsPreview::count(ActualsRowOutcome outcome) const {
    return static_cast<std::size_t>(
        std::count_if(rows.begin(), rows.end(), [&](const ActualsRow& r) { return r.outcome == outcome; }));
}

Message ActualsPreview::summary() const {
    return Message(MessageId::ActualsExportRead)
        .text("provider", std::string(storage::provider_name(provider)))
        .term("language", language == storage::ExportLanguage::French ? Term::ActualsFrenchHeaders
                                                                       : Term::ActualsEnglishHeaders)
        .count("rows", static_cast<double>(rows.size()));
}

Message ActualsPreview::counts() const {
    return Message(MessageId::ActualsImportCounts)
        .count("matched", static_cast<double>(count(ActualsRowOutcome::Matched)))
        .count("unmatched", static_cast<double>(count(ActualsRowOutcome::Unmatched) + count(ActualsRowOutcome::Ambiguous)))
        .count("refused", static_cast<double>(count(ActualsRowOutcome::Refused)));
}

Command ActualsPreview::command() const {
    SetActuals set;
    set.imported = true;
    for (const ActualsRow& r : rows)
        if (r.outcome == ActualsRowOutcome::Matched) set.actuals.push_back(r.actual);
    return set;
}

ActualsPreview preview_actuals(std::string_view bytes, const Plan& plan, const storage::SheetReadOptions& options) {
    ActualsPreview out;
    storage::ExportRead read = storage::read_analytics_export(bytes, options);
    if (!read.ok) {
        out.problem = read.problem;
        return out;
    }
    out.ok = true;
    out.provider = read.provider;
    out.language = read.language;
    out.total_row = read.total_row;
    Matcher m{plan, storage::provider_platform(read.provider), {}};

    std::vector<const Creator*> on_platform;
    for (const Creator& c : plan.creators)
        if (c.platform == m.platform) on_platform.push_back(&c);

    for (const ExportRow& row : read.rows) {
        ActualsRow r;
        r.row = row.row;
        const double row_number = static_cast<double>(row.row);
        if (row.problem) {
            r.outcome = ActualsRowOutcome::Refused;
            r.message = *row.problem;
            out.rows.push_back(std::move(r));
            continue;
        }
        if (!row.date_text.empty())
            out.notes.push_back(Message(MessageId::ActualsRowBadDate).integer("row", row_number).text("value", row.date_text));
        const std::string address = storage::fold_address(row.address);
        const std::string shown = !row.account.empty() ? row.account : row.address;

        // 1. A post address the plan already holds.
        const Creator* creator = nullptr;
        std::optional<Format> format = row.format;
        std::optional<std::int32_t> post;
        if (!address.empty())
            for (const Actual& a : plan.actuals)
                if (!a.url.empty() && storage::fold_address(a.url) == address && find_creator(plan, a.creator)) {
                    creator = find_creator(plan, a.creator);
                    format = a.format;
                    post = a.post;
                    break;
                }
        // 2. The handle of the account, or in the post's address.
        if (!creator) {
            std::string handle = storage::fold_handle(row.account);
            if (handle.empty()) handle = storage::handle_in_address(row.address);
            if (!handle.empty()) {
                std::vector<const Creator*> same, elsewhere;
                for (const Creator& c : plan.creators) {
                    const bool match = storage::fold_handle(c.handle) == handle ||
                                       (!row.account.empty() && fold_name(c.name) == fold_name(row.account));
                    if (match) (c.platform == m.platform ? same : elsewhere).push_back(&c);
                }
                if (same.size() > 1) {
                    r.outcome = ActualsRowOutcome::Ambiguous;
                    r.message = Message(MessageId::ActualsRowAmbiguous)
                                    .integer("row", row_number)
                                    .text("value", shown)
                                    .text("names", quoted_names(same));
                } else if (same.size() == 1) {
                    creator = same.front();
                } else if (!elsewhere.empty()) {
                    r.outcome = ActualsRowOutcome::Refused;
                    r.message = Message(MessageId::ActualsRowOtherPlatform)
                                    .integer("row", row_number)
                                    .text("creator", elsewhere.front()->name)
                                    .text("provider", std::string(storage::provider_name(read.provider)));
                } else {
                    r.message = Message(MessageId::ActualsRowUnmatched).integer("row", row_number).text("value", shown);
                }
            } else if (on_platform.size() == 1) {
                // 3. An export of one account that does not name it: the plan's only creator there.
                creator = on_platform.front();
            } else if (on_platform.size() > 1) {
                r.outcome = ActualsRowOutcome::Ambiguous;
                r.message = Message(MessageId::ActualsRowAmbiguous)
                                .integer("row", row_number)
                                .text("value", shown)
                                .text("names", quoted_names(on_platform));
            } else {
                r.message = Message(MessageId::ActualsRowUnmatched).integer("row", row_number).text("value", shown);
            }
        }
        if (!creator) {
            out.rows.push_back(std::move(r));
            continue;
        }
        // The post: the first of that format with no actuals yet.
        if (!post) {
            const auto offered = [&](Format f) {
                return std::any_of(creator->deliverables.begin(), creator->deliverables.end(),
                                   [&](const Deliverable& d) { return d.format == f && d.count > 0; });
            };
            const auto first_free = [&](Format f) -> std::optional<std::int32_t> {
                std::int32_t count = 0;
                for (const Deliverable& d : creator->deliverables)
                    if (d.format == f) count += std::max(0, d.count);
                for (std::int32_t p = 1; p <= count; ++p)
                    if (m.free_post(*creator, f, p, address)) return p;
                return std::nullopt;
            };
            if (format && offered(*format)) {
                post = first_free(*format);
            } else {
                // An export that does not say the format, or says one the creator was not booked
                // for (a reel where a feed post was booked): the first line with a post left.
                for (const Deliverable& d : creator->deliverables)
                    if (!post && d.count > 0)
                        if (const auto p = first_free(d.format)) {
                            post = p;
                            format = d.format;
                        }
            }
        }
        if (!post || !format) {
            r.outcome = ActualsRowOutcome::Refused;
            r.message = Message(MessageId::ActualsRowNoPost).integer("row", row_number).text("creator", creator->name);
            out.rows.push_back(std::move(r));
            continue;
        }
        m.taken.insert({creator->id, static_cast<int>(*format), *post});
        const Actual* before = find_actual(plan, creator->id, *format, *post);
        Actual a = before ? *before : Actual{};
        a.creator = creator->id;
        a.format = *format;
        a.post = *post;
        a.posted = true;
        if (!row.date.empty()) a.date = row.date;
        if (!row.address.empty()) a.url = row.address.substr(0, ActualsLimits::kMaxAddress);
        for (int f = 0; f < kActualFigureCount; ++f) {
            const auto& n = row.figures[static_cast<std::size_t>(f)];
            if (!n) continue;
            const double max = static_cast<double>(is_money(static_cast<ActualFigure>(f)) ? ActualsLimits::kMaxMoneyCents
                                                                                          : ActualsLimits::kMaxCount);
            a.figures[static_cast<std::size_t>(f)] = {true, static_cast<std::int64_t>(std::llround(std::min(n->value, max))),
                                                      n->source};
        }
        r.outcome = ActualsRowOutcome::Matched;
        r.actual = a;
        r.message = Message(MessageId::ActualsRowMatched)
                        .integer("row", row_number)
                        .text("creator", creator->name)
                        .format("format", creator->platform, *format)
                        .integer("post", *post);
        out.rows.push_back(std::move(r));
    }
    return out;
}

}  // namespace roster
