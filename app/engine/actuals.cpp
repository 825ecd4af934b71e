#include "actuals.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "message.h"
#include "plan.h"
#include "validation.h"

namespace roster {
namespace {

constexpr std::array<std::string_view, kActualFigureCount> kFigureKeys = {
    "views", "reach", "impressions", "likes", "comments", "shares", "saves", "clicks", "conversions", "revenue_cents",
    "cost_cents"};
constexpr std::array<std::string_view, kProvenanceCount> kProvenanceKeys = {"platform", "estimate", "typed"};
constexpr std::array<std::string_view, kLockedFigureCount> kLockedKeys = {
    "views", "reach", "engagements", "clicks", "conversions", "revenue_cents", "cost_cents"};

PlanProblem problem(std::string field, Message m) { return {0, std::move(field), std::move(m)}; }

std::string id_text(CreatorId id) { return std::to_string(id); }

bool band_ok(const LockedBand& b) { return b.p10 >= 0 && b.p10 <= b.p50 && b.p50 <= b.p90; }

void check_bands(const LockedBands& bands, std::vector<PlanProblem>& out) {
    for (int i = 0; i < kLockedFigureCount; ++i)
        if (!band_ok(bands[static_cast<std::size_t>(i)])) {
            out.push_back(problem("locked_forecast", Message(MessageId::LockedBandInvalid)
                                                         .term("figure", locked_figure_term(static_cast<LockedFigure>(i)))));
            return;
        }
}

Message text_too_long() {
    return Message(MessageId::LockedTextTooLong).integer("max", static_cast<double>(ActualsLimits::kMaxText));
}

}  // namespace

bool operator==(const ActualValue& a, const ActualValue& b) {
    return a.known == b.known && a.value == b.value && a.source == b.source;
}
bool operator==(const Actual& a, const Actual& b) {
    return std::tie(a.creator, a.format, a.post, a.posted, a.date, a.url, a.figures) ==
           std::tie(b.creator, b.format, b.post, b.posted, b.date, b.url, b.figures);
}
bool operator==(const LockedBand& a, const LockedBand& b) { return a.p10 == b.p10 && a.p50 == b.p50 && a.p90 == b.p90; }
bool operator==(const LockedDeliverable& a, const LockedDeliverable& b) {
    return a.format == b.format && a.count == b.count && a.bands == b.bands;
}
bool operator==(const LockedCreator& a, const LockedCreator& b) {
    return std::tie(a.id, a.name, a.handle, a.platform, a.tier, a.followers, a.measured, a.amplified,
                    a.posting_probability_ppm, a.bands, a.deliverables) ==
           std::tie(b.id, b.name, b.handle, b.platform, b.tier, b.followers, b.measured, b.amplified,
                    b.posting_probability_ppm, b.bands, b.deliverables);
}
bool operator==(const LockedAssumption& a, const LockedAssumption& b) {
    return a.key == b.key && a.value_micros == b.value_micros;
}
bool operator==(const LockedForecast& a, const LockedForecast& b) {
    return std::tie(a.scenario, a.date, a.roster_version, a.draws, a.seed, a.assumptions, a.creators, a.total) ==
           std::tie(b.scenario, b.date, b.roster_version, b.draws, b.seed, b.assumptions, b.creators, b.total);
}
bool operator==(const CalibratedValue& a, const CalibratedValue& b) {
    return std::tie(a.key, a.value_micros, a.replaced_micros, a.replaced_override, a.multiplier_micros, a.low_micros,
                    a.high_micros, a.posts) == std::tie(b.key, b.value_micros, b.replaced_micros, b.replaced_override,
                                                        b.multiplier_micros, b.low_micros, b.high_micros, b.posts);
}
bool operator==(const Calibration& a, const Calibration& b) {
    return std::tie(a.scenario, a.date, a.campaigns, a.posts, a.values) ==
           std::tie(b.scenario, b.date, b.campaigns, b.posts, b.values);
}

std::string_view actual_figure_key(ActualFigure f) { return kFigureKeys[static_cast<std::size_t>(f)]; }
std::optional<ActualFigure> actual_figure_from_key(std::string_view key) {
    for (int i = 0; i < kActualFigureCount; ++i)
        if (kFigureKeys[static_cast<std::size_t>(i)] == key) return static_cast<ActualFigure>(i);
    return std::nullopt;
}
std::string_view provenance_key(Provenance p) { return kProvenanceKeys[static_cast<std::size_t>(p)]; }
std::optional<Provenance> provenance_from_key(std::string_view key) {
    for (int i = 0; i < kProvenanceCount; ++i)
        if (kProvenanceKeys[static_cast<std::size_t>(i)] == key) return static_cast<Provenance>(i);
    return std::nullopt;
}
std::string_view locked_figure_key(LockedFigure f) { return kLockedKeys[static_cast<std::size_t>(f)]; }

Term actual_figure_term(ActualFigure f) {
    switch (f) {
        case ActualFigure::Views: return Term::ActualsViews;
        case ActualFigure::Reach: return Term::ActualsReach;
        case ActualFigure::Impressions: return Term::ActualsImpressions;
        case ActualFigure::Likes: return Term::ActualsLikes;
        case ActualFigure::Comments: return Term::ActualsComments;
        case ActualFigure::Shares: return Term::ActualsShares;
        case ActualFigure::Saves: return Term::ActualsSaves;
        case ActualFigure::Clicks: return Term::ActualsClicks;
        case ActualFigure::Conversions: return Term::ActualsConversions;
        case ActualFigure::Revenue: return Term::ActualsRevenue;
        case ActualFigure::Cost: return Term::ActualsCost;
    }
    return Term::ActualsViews;
}

Term locked_figure_term(LockedFigure f) {
    switch (f) {
        case LockedFigure::Views: return Term::ActualsViews;
        case LockedFigure::Reach: return Term::ActualsReach;
        case LockedFigure::Engagements: return Term::ActualsEngagements;
        case LockedFigure::Clicks: return Term::ActualsClicks;
        case LockedFigure::Conversions: return Term::ActualsConversions;
        case LockedFigure::Revenue: return Term::ActualsRevenue;
        case LockedFigure::Cost: return Term::ActualsCost;
    }
    return Term::ActualsViews;
}

Term provenance_term(Provenance p) {
    switch (p) {
        case Provenance::Platform: return Term::ActualsFromPlatform;
        case Provenance::Estimate: return Term::ActualsEstimate;
        case Provenance::Typed: return Term::ActualsTyped;
    }
    return Term::ActualsTyped;
}

bool is_money(ActualFigure f) { return f == ActualFigure::Revenue || f == ActualFigure::Cost; }

bool is_iso_date(std::string_view d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (d[i] < '0' || d[i] > '9') return false;
    const int year = std::stoi(std::string(d.substr(0, 4)));
    const int month = std::stoi(std::string(d.substr(5, 2)));
    const int day = std::stoi(std::string(d.substr(8, 2)));
    if (year < 1970 || month < 1 || month > 12 || day < 1) return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::vector<PlanProblem> check_actuals(const Plan& plan) {
    std::vector<PlanProblem> out;
    using L = ActualsLimits;
    if (plan.actuals.size() > L::kMaxActuals) {
        out.push_back(problem("actuals", Message(MessageId::ActualsTooMany).integer("max", static_cast<double>(L::kMaxActuals))));
        return out;
    }
    std::set<std::tuple<CreatorId, int, std::int32_t>> seen;
    for (const Actual& a : plan.actuals) {
        const std::string id = id_text(a.creator);
        if (a.post < 1 || a.post > L::kMaxPost) {
            out.push_back(problem("actuals", Message(MessageId::ActualPostInvalid)
                                                 .text("id", id)
                                                 .integer("post", a.post)
                                                 .integer("max", L::kMaxPost)));
            continue;
        }
        if (!seen.insert({a.creator, static_cast<int>(a.format), a.post}).second) {
            const Creator* c = find_creator(plan, a.creator);
            out.push_back(problem("actuals", Message(MessageId::ActualTwice)
                                                 .text("id", id)
                                                 .format("format", c ? c->platform : Platform::Instagram, a.format)
                                                 .integer("post", a.post)));
        }
        if (!a.date.empty() && !is_iso_date(a.date))
            out.push_back(problem("actuals", Message(MessageId::ActualDateInvalid).text("id", id).text("date", a.date.substr(0, 40))));
        if (a.url.size() > L::kMaxAddress)
            out.push_back(problem("actuals", Message(MessageId::ActualAddressTooLong)
                                                 .text("id", id)
                                                 .integer("max", static_cast<double>(L::kMaxAddress))));
        for (int f = 0; f < kActualFigureCount; ++f) {
            const auto figure = static_cast<ActualFigure>(f);
            const ActualValue& v = a[figure];
            const std::int64_t max = is_money(figure) ? L::kMaxMoneyCents : L::kMaxCount;
            if (v.known && (v.value < 0 || v.value > max))
                out.push_back(problem("actuals", Message(MessageId::ActualFigureOutOfRange)
                                                     .text("id", id)
                                                     .term("figure", actual_figure_term(figure))
                                                     .integer("max", static_cast<double>(is_money(figure) ? max / 100 : max))));
        }
    }
    if (plan.locked_forecast.size() > 1) out.push_back(problem("locked_forecast", Message(MessageId::LockedForecastTwice)));
    for (const LockedForecast& lock : plan.locked_forecast) {
        if (lock.creators.size() > L::kMaxLockedEntries || lock.assumptions.size() > L::kMaxLockedEntries)
            out.push_back(problem("locked_forecast", Message(MessageId::LockedForecastTooLarge)
                                                         .integer("max", static_cast<double>(L::kMaxLockedEntries))));
        if (lock.scenario.size() > L::kMaxText || lock.date.size() > L::kMaxText || lock.roster_version.size() > L::kMaxText)
            out.push_back(problem("locked_forecast", text_too_long()));
        if (!lock.date.empty() && !is_iso_date(lock.date))
            out.push_back(problem("locked_forecast", Message(MessageId::ActualDateInvalid).text("id", "-").text("date", lock.date.substr(0, 40))));
        check_bands(lock.total, out);
        for (const LockedCreator& c : lock.creators) {
            if (c.name.size() > PlanLimits::kMaxNameLength || c.handle.size() > PlanLimits::kMaxNameLength)
                out.push_back(problem("locked_forecast", text_too_long()));
            check_bands(c.bands, out);
            if (c.deliverables.size() > PlanLimits::kMaxDeliverables)
                out.push_back(problem("locked_forecast", Message(MessageId::LockedForecastTooLarge)
                                                             .integer("max", static_cast<double>(L::kMaxLockedEntries))));
            for (const LockedDeliverable& d : c.deliverables) check_bands(d.bands, out);
        }
    }
    if (plan.calibration.size() > 1) out.push_back(problem("calibration", Message(MessageId::CalibrationRecordInvalid)));
    for (const Calibration& c : plan.calibration) {
        if (c.campaigns < 0 || c.posts < 0 || c.values.size() > L::kMaxLockedEntries)
            out.push_back(problem("calibration", Message(MessageId::CalibrationRecordInvalid)));
        if (c.scenario.size() > L::kMaxText || c.date.size() > L::kMaxText) out.push_back(problem("calibration", text_too_long()));
        for (const CalibratedValue& v : c.values)
            if (v.posts < 0 || v.key.size() > L::kMaxText)
                out.push_back(problem("calibration", Message(MessageId::CalibrationRecordInvalid)));
    }
    return out;
}

const Actual* find_actual(const Plan& plan, CreatorId creator, Format format, std::int32_t post) {
    for (const Actual& a : plan.actuals)
        if (a.creator == creator && a.format == format && a.post == post) return &a;
    return nullptr;
}

void sort_actuals(std::vector<Actual>& actuals) {
    std::stable_sort(actuals.begin(), actuals.end(), [](const Actual& a, const Actual& b) {
        return std::make_tuple(a.creator, static_cast<int>(a.format), a.post) <
               std::make_tuple(b.creator, static_cast<int>(b.format), b.post);
    });
}

}  // namespace roster
