#include "sheet_export.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "engine/assumptions.h"
#include "engine/forecast_check.h"
#include "engine/scenarios.h"
#include "engine/simulation.h"
#include "engine/vocabulary.h"
#include "forecast_table.h"
#include "message_catalogue.h"
#include "message_render.h"
#include "translation.h"

namespace roster::present {

SheetCell SheetCell::of_text(std::string text) {
    SheetCell c;
    c.kind = Kind::Text;
    c.text = std::move(text);
    return c;
}

SheetCell SheetCell::of_number(double value, int decimals, Unit unit) {
    SheetCell c;
    if (!std::isfinite(value)) return c;
    c.kind = Kind::Number;
    c.number = value;
    c.decimals = decimals;
    c.unit = unit;
    return c;
}

namespace {

constexpr const char* kTableKeys[] = {"creators", "comparison", "frequency", "buildup", "assumptions", "actuals"};

std::string word(Term term) { return term_word(term); }

SheetCell header(Term term) { return SheetCell::of_text(word(term)); }
SheetCell text(std::string s) { return SheetCell::of_text(std::move(s)); }
using CellUnit = SheetCell::Unit;
SheetCell number(double v, int decimals = 0, CellUnit unit = CellUnit::Plain) { return SheetCell::of_number(v, decimals, unit); }
SheetCell count(double v, int decimals = 0) { return number(v, decimals, CellUnit::Count); }
SheetCell money(double v) { return number(v, 2, CellUnit::Money); }
SheetCell blank() { return SheetCell(); }
SheetCell percent(double share, int decimals = 2) { return number(share * 100.0, decimals, CellUnit::Percent); }

std::string plain_number(double value, int decimals, char point) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals < 0 ? 0 : decimals > 10 ? 10 : decimals, value);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    if (point != '.')
        for (char& c : s)
            if (c == '.') c = point;
    return s;
}

}  // namespace

std::string_view export_table_key(ExportTable table) { return kTableKeys[static_cast<std::size_t>(table)]; }

std::optional<ExportTable> export_table_from_key(std::string_view key) {
    for (std::size_t i = 0; i < std::size(kTableKeys); ++i)
        if (key == kTableKeys[i]) return static_cast<ExportTable>(i);
    return std::nullopt;
}

namespace {

// A projected figure of the creators table: its column, the median projection's value and,
// with ranges, its P10 and P90 in the same unit.
struct ProjectedFigure {
    Term column;
    Headline figure;
    double value;
    int decimals;
    bool percent;
    bool shown;
    CellUnit unit;
};

std::array<ProjectedFigure, 8> projected_figures(const Outcome& o, const Ratios& r, bool sales) {
    using T = Term;
    using H = Headline;
    return {{{T::SheetColumnCost, H::Cost, o.cost(), 2, false, true, CellUnit::Money},
             {T::SheetColumnViews, H::Views, o.views, 0, false, true, CellUnit::Count},
             {T::SheetColumnReach, H::Reach, o.reach, 0, false, true, CellUnit::Count},
             {T::SheetColumnEngagements, H::Engagements, o.engagements, 0, false, true, CellUnit::Count},
             {T::SheetColumnClicks, H::Clicks, o.clicks, 0, false, true, CellUnit::Count},
             {T::SheetColumnConversions, H::Conversions, o.conversions, 1, false, true, CellUnit::Count},
             {T::SheetColumnCpm, H::Cpm, r.cpm, 2, false, true, CellUnit::Money},
             {T::SheetColumnRoi, H::Roi, r.roi, 2, true, sales, CellUnit::Percent}}};
}

// Each figure's value, then, when the table has ranges, its P10 and P90 (empty without `bands`).
void add_figures(SheetRow& row, const std::array<ProjectedFigure, 8>& figures, bool ranged,
                 const std::array<Band, kHeadlineCount>* bands) {
    for (const ProjectedFigure& f : figures) {
        const double scale = f.percent ? 100.0 : 1.0;
        row.push_back(f.shown ? number(f.value * scale, f.decimals, f.unit) : blank());
        if (!ranged) continue;
        const Band* b = bands && f.shown ? &(*bands)[static_cast<std::size_t>(f.figure)] : nullptr;
        row.push_back(b ? number(b->p10 * scale, f.decimals, f.unit) : blank());
        row.push_back(b ? number(b->p90 * scale, f.decimals, f.unit) : blank());
    }
}

}  // namespace

CreatorsTableRanges creators_table_ranges(const Plan& plan, const Assumptions& a, int draws, std::uint64_t seed,
                                          const Projection& projection) {
    CreatorsTableRanges r;
    std::vector<Headline> shown;
    for (const ProjectedFigure& f : projected_figures(Outcome{}, Ratios{}, plan.campaign.average_order_value_cents > 0))
        if (f.shown) shown.push_back(f.figure);  // ranking costs more than drawing: only what the table shows
    r.creators = creator_bands(plan, a, draws, seed, shown);
    Simulation total(plan, a, draws, seed, net_of_gross(projection));  // the deduplication is done
    total.step(draws);
    r.total = total.result();
    return r;
}

SheetTable creators_table(const Plan& plan, const Projection& projection, const CreatorsTableRanges* ranges) {
    using T = Term;
    const bool sales = plan.campaign.average_order_value_cents > 0;
    const bool ranged = ranges != nullptr;
    const bool drawn = ranged && ranges->total.draws > 0;
    SheetTable t;
    SheetRow head = {header(T::SheetColumnName), header(T::SheetColumnHandle), header(T::SheetColumnPlatform),
                     header(T::SheetColumnTier), header(T::SheetColumnFollowers), header(T::SheetColumnEngagementRate),
                     header(T::SheetColumnAverageViews), header(T::SheetColumnAudienceQuality),
                     header(T::SheetColumnPosts), header(T::SheetColumnFeePerPost)};
    for (const ProjectedFigure& f : projected_figures(Outcome{}, Ratios{}, sales)) {
        head.push_back(header(f.column));
        if (!ranged) continue;
        for (const Term quantile : {T::SheetColumnP10, T::SheetColumnP90})
            head.push_back(
                text(render(Message(MessageId::SheetColumnQuantile).term("column", f.column).term("quantile", quantile))));
    }
    t.rows.push_back(std::move(head));
    std::int64_t posts = 0;
    for (std::size_t i = 0; i < plan.creators.size(); ++i) {
        const Creator& c = plan.creators[i];
        const CreatorProjection* p = i < projection.creators.size() ? &projection.creators[i] : nullptr;
        const std::int64_t n = total_posts(c);
        posts += n;
        double fee = 0.0;
        if (n > 0) fee = units_from_cents(total_fees_cents(c)) / static_cast<double>(n);
        else if (!c.deliverables.empty()) fee = units_from_cents(c.deliverables.front().unit_fee_cents);
        SheetRow row = {text(c.name), text(c.handle), text(std::string(platform_label(c.platform))),
                        text(tr(std::string(tier_label(tier_of(c.followers, plan.tiers))).c_str())),
                        count(static_cast<double>(c.followers)),
                        c.engagement_rate_ppm > 0 && c.engagement_basis == EngagementBasis::Followers
                            ? percent(fraction_from_ppm(c.engagement_rate_ppm), 4)
                            : blank(),
                        c.measured_views_per_post > 0 ? count(static_cast<double>(c.measured_views_per_post)) : blank(),
                        c.audience_quality_ppm > 0 ? percent(fraction_from_ppm(c.audience_quality_ppm), 4) : blank(),
                        count(static_cast<double>(n)), money(fee)};
        if (p) {
            const bool own = drawn && i < ranges->creators.size() && ranges->creators[i].id == c.id;
            add_figures(row, projected_figures(p->outcome, p->ratios, sales), ranged,
                        own ? &ranges->creators[i].bands : nullptr);
        }
        t.rows.push_back(std::move(row));
    }
    SheetRow total = {header(T::SheetColumnTotal), blank(), blank(), blank(), count(static_cast<double>(projection.followers)),
                      blank(), blank(), blank(), count(static_cast<double>(posts)), blank()};
    add_figures(total, projected_figures(projection.total, projection.ratios, sales), ranged,
                drawn ? &ranges->total.bands : nullptr);
    t.rows.push_back(std::move(total));
    return t;
}

SheetTable comparison_table(const std::vector<ComparedScenario>& scenarios, const std::string& currency) {
    const std::vector<ComparisonRow> rows = compare_scenarios(scenarios);
    SheetTable t;
    SheetRow head = {header(Term::SheetColumnFigure)};
    for (std::size_t s = 0; s < scenarios.size(); ++s) {
        const auto of = [&](Term column) {
            return text(render(Message(MessageId::SheetColumnOfScenario).text("scenario", scenarios[s].name).term("column", column)));
        };
        head.push_back(of(Term::SheetColumnValue));
        head.push_back(of(Term::SheetColumnP10));
        head.push_back(of(Term::SheetColumnP90));
        // The upper tail after the range: where one post the recommendations pick up lands.
        head.push_back(of(Term::SheetColumnP95));
        head.push_back(of(Term::SheetColumnP99));
        if (s > 0) head.push_back(of(Term::SheetColumnChange));
    }
    t.rows.push_back(std::move(head));
    for (const ComparisonRow& row : rows) {
        // The unit goes in the figure's name, so the cells stay plain numbers.
        std::string label = figure_label(row);
        double scale = 1.0;
        int decimals = 0;
        CellUnit unit = CellUnit::Count;
        switch (row.measure) {
            case Measure::Count: break;
            case Measure::Money: label += " (" + currency + ")"; decimals = 2; unit = CellUnit::Money; break;
            case Measure::Share: label += " (%)"; scale = 100.0; decimals = 2; unit = CellUnit::Percent; break;
            case Measure::Ratio: decimals = 2; unit = CellUnit::Ratio; break;
            case Measure::Hours: label += " (h)"; scale = 1.0 / 3600.0; decimals = 1; unit = CellUnit::Ratio; break;
        }
        SheetRow out = {text(label)};
        for (std::size_t s = 0; s < scenarios.size(); ++s) {
            out.push_back(s < row.values.size() ? number(row.values[s] * scale, decimals, unit) : blank());
            const bool has_range = s < row.ranges.size() && row.ranges[s];
            out.push_back(has_range ? number(row.ranges[s]->p10 * scale, decimals, unit) : blank());
            out.push_back(has_range ? number(row.ranges[s]->p90 * scale, decimals, unit) : blank());
            out.push_back(has_range ? number(row.ranges[s]->p95 * scale, decimals, unit) : blank());
            out.push_back(has_range ? number(row.ranges[s]->p99 * scale, decimals, unit) : blank());
            if (s > 0)
                out.push_back(s < row.change.size() && row.change[s] ? number(*row.change[s] * 100.0, 2, CellUnit::Percent)
                                                                     : blank());
        }
        t.rows.push_back(std::move(out));
    }
    return t;
}

SheetTable frequency_table(const NetReach& reach) {
    SheetTable t;
    t.rows.push_back({header(Term::SheetColumnExposures), header(Term::SheetColumnPeople), header(Term::SheetColumnShare)});
    for (std::size_t k = 0; k < reach.frequency.size(); ++k) {
        const double people = reach.frequency[k];
        t.rows.push_back({k + 1 < reach.frequency.size() ? count(static_cast<double>(k + 1))
                                                          : text(std::to_string(k + 1) + "+"),
                          count(people), reach.net_reach > 0 ? percent(people / reach.net_reach) : blank()});
    }
    return t;
}

SheetTable buildup_table(const Plan& plan, const NetReach& reach) {
    SheetTable t;
    t.rows.push_back({header(Term::SheetColumnOrder), header(Term::SheetColumnCreators),
                      header(Term::SheetColumnLastAdded), header(Term::SheetColumnGrossReach),
                      header(Term::SheetColumnNetReach)});
    const auto curve = [&](const std::vector<CurvePoint>& points, Term order, const std::vector<std::size_t>* best) {
        for (const CurvePoint& p : points) {
            if (p.creators == 0) continue;
            const std::size_t last = best ? (p.creators - 1 < best->size() ? (*best)[p.creators - 1] : SIZE_MAX)
                                           : p.creators - 1;
            t.rows.push_back({header(order), count(static_cast<double>(p.creators)),
                              last < plan.creators.size() ? text(plan.creators[last].name) : blank(), count(p.gross),
                              count(p.net)});
        }
    };
    curve(reach.buildup_roster, Term::SheetOrderRoster, nullptr);
    curve(reach.buildup_best, Term::SheetOrderBest, &reach.best_order);
    return t;
}

SheetTable assumptions_table(const Plan& plan) {
    using T = Term;
    SheetTable t;
    t.rows.push_back({header(T::SheetColumnKey), header(T::SheetColumnGroup), header(T::SheetColumnAssumption),
                      header(T::SheetColumnValue), header(T::SheetColumnDefault), header(T::SheetColumnLow),
                      header(T::SheetColumnHigh), header(T::SheetColumnUnit), header(T::SheetColumnSource),
                      header(T::SheetColumnEstimate), header(T::SheetColumnChanged)});
    const Assumptions values = resolve_assumptions(plan);
    const auto& catalogue = assumption_catalogue();
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        // Default and range in the plan's currency, as the value is (engine/currency.h).
        const AssumptionSpec s = spec_in_currency(catalogue[i], plan.campaign.currency);
        if (!s.shown) continue;
        double scale = 1.0;
        SheetCell unit = blank();
        switch (s.unit) {
            case Unit::Share: scale = 100.0; unit = header(T::SheetUnitPercent); break;
            case Unit::Multiplier: unit = header(T::SheetUnitMultiplier); break;
            case Unit::Money: unit = text(plan.campaign.currency); break;
            case Unit::Seconds: unit = header(T::SheetUnitSeconds); break;
            case Unit::Number: break;
        }
        t.rows.push_back({text(s.key), text(tr(std::string(group_label(s.group)).c_str())), text(assumption_label(s)),
                          number(values[i] * scale, 6), number(s.value * scale, 6), number(s.low * scale, 6),
                          number(s.high * scale, 6), std::move(unit), text(tr(std::string(s.source).c_str())),
                          header(s.estimate ? T::SheetYes : T::SheetNo),
                          header(is_overridden(plan, i) ? T::SheetYes : T::SheetNo)});
    }
    return t;
}

double written_number(const SheetCell& cell) {
    return std::strtod(plain_number(cell.number, cell.decimals, '.').c_str(), nullptr);
}

std::string neutralise_formula(std::string_view s) {
    // A text that already starts with apostrophes before such a character gets one more, so that
    // the import, which takes one off, gives the text back as it was.
    std::size_t quotes = 0;
    while (quotes < s.size() && s[quotes] == '\'') ++quotes;
    const std::string_view rest = s.substr(quotes);
    if (!rest.empty() && (rest[0] == '=' || rest[0] == '+' || rest[0] == '-' || rest[0] == '@' || rest[0] == '\t' ||
                          rest[0] == '\r'))
        return "'" + std::string(s);
    return std::string(s);
}

std::string write_sheet(const SheetTable& table, SheetFormat format, Language language) {
    const bool french = language == Language::French;
    const char sep = format == SheetFormat::Tsv ? '\t' : french ? ';' : ',';
    const char point = french ? ',' : '.';
    std::string out = format == SheetFormat::Csv ? "\xEF\xBB\xBF" : "";
    for (const SheetRow& row : table.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i) out += sep;
            const SheetCell& cell = row[i];
            if (cell.kind == SheetCell::Kind::Number) {
                out += plain_number(cell.number, cell.decimals, point);
            } else if (cell.kind == SheetCell::Kind::Text) {
                const std::string s = neutralise_formula(cell.text);
                if (s.find_first_of(std::string("\"\r\n") + sep) != std::string::npos) {
                    out += '"';
                    for (char c : s) {
                        if (c == '"') out += '"';
                        out += c;
                    }
                    out += '"';
                } else {
                    out += s;
                }
            }
        }
        out += "\r\n";
    }
    return out;
}

SheetTable actuals_table(const Plan& plan) {
    using T = Term;
    const std::string& currency = plan.campaign.currency;
    SheetTable t;
    t.rows.push_back({header(T::ActualsColumnGroup), header(T::ActualsColumnCell), header(T::ActualsColumnFigure),
                      header(T::ActualsColumnActual), header(T::ActualsEstimate), header(T::ActualsColumnMedian),
                      header(T::ActualsColumnP10), header(T::ActualsColumnP90), header(T::ActualsColumnInside),
                      header(T::ActualsColumnRatio)});
    const ForecastCheck check = check_forecast(plan);
    for (const CheckRow& row : check.rows) {
        const Term group = row.group == CheckGroup::Creator    ? T::ActualsByCreator
                           : row.group == CheckGroup::Format   ? T::ActualsByFormat
                           : row.group == CheckGroup::Tier     ? T::ActualsByTier
                           : row.group == CheckGroup::Platform ? T::ActualsByPlatform
                                                               : T::ActualsTotal;
        for (int i = 0; i < kLockedFigureCount; ++i) {
            const LockedFigure f = static_cast<LockedFigure>(i);
            const CheckCell& cell = row[f];
            if (!cell.has_actual && cell.median <= 0.0) continue;
            const bool in_money = f == LockedFigure::Revenue || f == LockedFigure::Cost;
            const auto amount = [&](double v) { return in_money ? SheetCell::of_number(v, 2, CellUnit::Money) : count(v); };
            std::string figure = word(locked_figure_term(f));
            if (in_money) figure += " (" + currency + ")";
            t.rows.push_back({header(group), text(check_row_label(row)), text(figure),
                              cell.has_actual ? amount(cell.actual) : blank(),
                              cell.has_actual && cell.estimated ? header(T::ActualsEstimate) : blank(),
                              amount(cell.median), amount(cell.p10), amount(cell.p90),
                              header(!cell.has_actual ? T::ActualsNoActual : cell.inside ? T::ActualsInside : T::ActualsOutside),
                              cell.has_actual && cell.median > 0.0 ? number(cell.ratio, 3) : blank()});
        }
    }
    return t;
}

std::string export_file_name(std::string_view plan_name, ExportTable table, SheetFormat format) {
    std::string name;
    for (char c : plan_name) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 || std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos) name += ' ';
        else name += c;
    }
    while (!name.empty() && (name.back() == ' ' || name.back() == '.')) name.pop_back();
    while (!name.empty() && name.front() == ' ') name.erase(name.begin());
    if (name.empty()) name = "roster";
    if (name.size() > 100) name.resize(100);
    while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
    if (!name.empty() && static_cast<unsigned char>(name.back()) >= 0xC0) name.pop_back();
    return name + " - " + std::string(export_table_key(table)) + (format == SheetFormat::Csv ? ".csv" : ".tsv");
}

SheetTable export_table(const Plan& plan, std::size_t scenario, ExportTable table, int draws, std::uint64_t seed) {
    const std::vector<std::string> names = scenario_names(plan);
    const Plan open = scenario_plan(plan, scenario);
    switch (table) {
        case ExportTable::Creators: {
            // Each creator's ranges rank its own draws, which costs more per draw than the plan's
            // totals: at most kCreatorRangeDraws keep a large roster's export near a second.
            const Assumptions a = resolve_assumptions(open);
            const Projection projection = project(open, a);
            const int n = std::clamp(draws, 0, kCreatorRangeDraws);
            if (n == 0) return creators_table(open, projection);
            const CreatorsTableRanges ranges = creators_table_ranges(open, a, n, seed, projection);
            return creators_table(open, projection, &ranges);
        }
        case ExportTable::Frequency: return frequency_table(plan_audience(open, resolve_assumptions(open), false).reach);
        case ExportTable::Buildup: return buildup_table(open, plan_audience(open, resolve_assumptions(open), true).reach);
        case ExportTable::Assumptions: return assumptions_table(open);
        case ExportTable::Actuals: return actuals_table(plan);  // the plan's lock, whichever scenario is open
        case ExportTable::Comparison: break;
    }
    std::vector<Projection> projections;
    std::vector<SimulationResult> ranges;
    projections.reserve(names.size());
    ranges.reserve(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Plan s = scenario_plan(plan, i);
        const Assumptions a = resolve_assumptions(s);
        projections.push_back(project(s, a));
        if (draws > 0) ranges.push_back(simulate(s, a, draws, seed));
    }
    std::vector<ComparedScenario> compared;
    for (std::size_t i = 0; i < names.size(); ++i)
        compared.push_back({names[i], &projections[i], draws > 0 ? &ranges[i] : nullptr});
    return comparison_table(compared, plan.campaign.currency);
}

}  // namespace roster::present
