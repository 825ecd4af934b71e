#include "forecast_table.h"

#include "engine/vocabulary.h"
#include "format.h"
#include "message_render.h"
#include "translation.h"

namespace roster::present {
namespace {

bool money(LockedFigure f) { return f == LockedFigure::Revenue || f == LockedFigure::Cost; }

std::string amount(LockedFigure f, double v, const std::string& currency) {
    return money(f) ? format_money(v, currency) : format_count(v);
}


std::string where(const RateEstimate& e) {
    std::string out;
    if (e.platform) out += std::string(platform_label(*e.platform));
    if (e.tier) out += (out.empty() ? "" : " · ") + std::string(tr(std::string(tier_label(*e.tier)).c_str()));
    if (e.format)
        out += (out.empty() ? "" : " · ") +
               std::string(e.platform ? tr(std::string(format_label(*e.platform, *e.format)).c_str())
                                      : tr(std::string(format_label(*e.format)).c_str()));
    return out.empty() ? term_word(Term::ActualsTotal) : out;
}

}  // namespace

std::string check_row_label(const CheckRow& row) {
    switch (row.group) {
        case CheckGroup::Creator: return row.name;  // the planner's text, as written
        case CheckGroup::Format: return tr(std::string(format_label(row.format)).c_str());
        case CheckGroup::Tier: return tr(std::string(tier_label(row.tier)).c_str());
        case CheckGroup::Platform: return std::string(platform_label(row.platform));
        case CheckGroup::Total: return term_word(Term::ActualsTotal);
    }
    return "";
}

std::vector<std::string> forecast_table_headers() {
    return {term_word(Term::ActualsColumnGroup),  term_word(Term::ActualsColumnFigure), term_word(Term::ActualsColumnActual),
            term_word(Term::ActualsColumnMedian), term_word(Term::ActualsColumnP10),    term_word(Term::ActualsColumnP90),
            term_word(Term::ActualsColumnInside), term_word(Term::ActualsColumnRatio)};
}

std::vector<ForecastTableRow> forecast_table(const ForecastCheck& check, const std::string& currency,
                                             const std::vector<LockedFigure>& figures) {
    std::vector<ForecastTableRow> out;
    for (const CheckRow& row : check.rows)
        for (LockedFigure f : figures) {
            const CheckCell& cell = row[f];
            if (!cell.has_actual && cell.median <= 0.0) continue;
            ForecastTableRow r;
            r.group = row.group;
            r.label = check_row_label(row);
            r.figure = f;
            r.inside = cell.inside;
            r.has_actual = cell.has_actual;
            r.estimated = cell.estimated;
            std::string actual = cell.has_actual ? amount(f, cell.actual, currency) : "—";
            if (cell.has_actual && cell.estimated) actual += " (" + term_word(Term::ActualsEstimate) + ")";
            r.cells = {r.label,
                       term_word(locked_figure_term(f)),
                       actual,
                       amount(f, cell.median, currency),
                       amount(f, cell.p10, currency),
                       amount(f, cell.p90, currency),
                       term_word(!cell.has_actual ? Term::ActualsNoActual
                                 : cell.inside    ? Term::ActualsInside
                                                  : Term::ActualsOutside),
                       cell.has_actual && cell.median > 0.0 ? format_ratio(cell.ratio) : "—"};
            out.push_back(std::move(r));
        }
    return out;
}

std::vector<std::string> calibration_table_headers() {
    return {term_word(Term::ActualsColumnCell), term_word(Term::ActualsColumnRate),
            term_word(Term::ActualsColumnMultiplier), term_word(Term::ActualsColumnInterval),
            term_word(Term::ActualsColumnPosts)};
}

std::vector<std::vector<std::string>> calibration_table(const CalibrationResult& result) {
    std::vector<std::vector<std::string>> out;
    for (const RateEstimate& e : result.estimates) {
        std::string rate;
        if (const auto index = assumption_index(e.key)) rate = assumption_label(assumption_catalogue()[*index]);
        else rate = term_word(Term::ActualsViews);
        out.push_back({where(e), rate, format_ratio(e.multiplier), format_ratio(e.low) + " – " + format_ratio(e.high),
                       format_count(e.posts)});
    }
    if (result.spread_creators > 0) {
        const auto& catalogue = assumption_catalogue();
        for (std::size_t i : {assumption::kCreatorSigma, assumption::kCampaignSigma})
            out.push_back({term_word(Term::ActualsTotal), assumption_label(catalogue[i]), format_ratio(result.spread),
                           format_ratio(result.spread_low) + " – " + format_ratio(result.spread_high),
                           format_count(result.posts)});
    }
    return out;
}

}  // namespace roster::present
