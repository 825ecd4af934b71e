#include "workbook_report.h"

#include <algorithm>

#include "engine/local_time.h"
#include "engine/scenarios.h"
#include "message_render.h"
#include "version.h"

namespace roster::present {
namespace {

using storage::NumberKind;
using storage::WorkbookCell;

WorkbookCell workbook_cell(const SheetCell& cell) {
    switch (cell.kind) {
        case SheetCell::Kind::Empty: return {};
        case SheetCell::Kind::Text: return WorkbookCell::of_text(cell.text);
        case SheetCell::Kind::Number: break;
    }
    const double value = written_number(cell);
    switch (cell.unit) {
        case SheetCell::Unit::Plain: return WorkbookCell::of_number(value, cell.decimals, NumberKind::Plain);
        case SheetCell::Unit::Count: return WorkbookCell::of_number(value, cell.decimals, NumberKind::Count);
        case SheetCell::Unit::Money: return WorkbookCell::of_number(value, cell.decimals, NumberKind::Money);
        case SheetCell::Unit::Ratio: return WorkbookCell::of_number(value, cell.decimals, NumberKind::Ratio);
        case SheetCell::Unit::Percent:
            // Stored as a share so that the spreadsheet computes with it; shown with the CSV's decimals.
            return WorkbookCell::of_number(value / 100.0, cell.decimals, NumberKind::Percentage);
    }
    return {};
}

std::string word(Term term) { return term_word(term); }

}  // namespace

storage::WorkbookSheet workbook_sheet(const SheetTable& table, std::string name, std::string description,
                                      int frozen_columns) {
    storage::WorkbookSheet sheet;
    sheet.name = std::move(name);
    sheet.description = std::move(description);
    sheet.frozen_columns = frozen_columns;
    if (table.rows.empty()) return sheet;
    for (const SheetCell& h : table.rows.front())
        sheet.columns.push_back({h.kind == SheetCell::Kind::Text ? h.text : std::string(), NumberKind::Plain});
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        std::vector<WorkbookCell> row;
        row.reserve(table.rows[r].size());
        for (const SheetCell& c : table.rows[r]) row.push_back(workbook_cell(c));
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

storage::WorkbookReport report_workbook(const Plan& plan, const ReportRequest& request) {
    storage::WorkbookReport report;
    const std::vector<std::string> names = scenario_names(plan);
    const std::size_t scenario = std::min(request.scenario, names.empty() ? std::size_t{0} : names.size() - 1);
    const int draws = std::max(0, request.draws);
    report.title = plan.name;
    report.cover_name = word(Term::WorkbookSheetCover);
    report.currency = plan.campaign.currency;
    report.created_unix_seconds = request.made_at;
    report.author = "Roster " + std::string(kRosterVersion);
    const std::tm day = local_time(request.made_at);
    report.facts.push_back({word(Term::WorkbookFactPlan), WorkbookCell::of_text(plan.name)});
    if (names.size() > 1 && scenario < names.size())
        report.facts.push_back({word(Term::WorkbookFactScenario), WorkbookCell::of_text(names[scenario])});
    report.facts.push_back(
        {word(Term::WorkbookFactDate), WorkbookCell::of_date(day.tm_year + 1900, day.tm_mon + 1, day.tm_mday)});
    report.facts.push_back({word(Term::WorkbookFactCurrency), WorkbookCell::of_text(plan.campaign.currency)});
    report.facts.push_back(
        {word(Term::WorkbookFactDraws), WorkbookCell::of_number(draws, 0, NumberKind::Count)});
    report.facts.push_back(
        {word(Term::WorkbookFactSeed), WorkbookCell::of_number(static_cast<double>(request.seed), 0, NumberKind::Plain)});
    report.facts.push_back({word(Term::WorkbookFactVersion), WorkbookCell::of_text(std::string(kRosterVersion))});
    report.contents_heading = word(Term::WorkbookContents);

    const int creator_draws = std::clamp(draws, 0, kCreatorRangeDraws);
    struct Part {
        ExportTable table;
        Term name;
        Message about;
        int frozen;
    };
    const Part parts[] = {
        {ExportTable::Creators, Term::WorkbookSheetCreators,
         Message(MessageId::WorkbookAboutCreators).integer("draws", creator_draws), 1},
        {ExportTable::Comparison, Term::WorkbookSheetComparison,
         Message(MessageId::WorkbookAboutComparison).integer("draws", draws), 1},
        {ExportTable::Frequency, Term::WorkbookSheetFrequency, Message(MessageId::WorkbookAboutFrequency), 0},
        {ExportTable::Buildup, Term::WorkbookSheetBuildup, Message(MessageId::WorkbookAboutBuildup), 0},
        {ExportTable::Assumptions, Term::WorkbookSheetAssumptions, Message(MessageId::WorkbookAboutAssumptions), 1},
    };
    for (const Part& p : parts)
        report.sheets.push_back(workbook_sheet(export_table(plan, scenario, p.table, draws, request.seed), word(p.name),
                                               render(p.about), p.frozen));
    return report;
}

std::string report_file_name(std::string_view plan_name) {
    std::string name = export_file_name(plan_name, ExportTable::Creators, SheetFormat::Csv);
    const std::string suffix = " - " + std::string(export_table_key(ExportTable::Creators)) + ".csv";
    name.resize(name.size() - suffix.size());
    return name + " - report.xlsx";
}

}  // namespace roster::present
