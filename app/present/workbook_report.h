// The report workbook (docs/SPREADSHEETS.md, "Report workbook"): a cover with the plan's name,
// the date and the Roster version, then one sheet per exported table -- creators with their
// projections and P10-P90, the scenario comparison, frequency, build-up and assumptions with
// their sources -- built from the very tables the CSV export writes (sheet_export.h), with each
// number as the CSV writes it, so the two exports cannot differ. Headers and sheet names are in
// the display language; the planner's own text (names, scenarios) is never translated.
// Described plainly here, written as .xlsx by storage/workbook_write.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/plan.h"
#include "sheet_export.h"
#include "storage/workbook_write.h"

namespace roster::present {

// What the report covers and when it was made.
struct ReportRequest {
    std::size_t scenario = 0;      // the open scenario: every table but the comparison describes it
    int draws = 10'000;            // Monte-Carlo draws behind the ranges (0: none)
    std::uint64_t seed = 1;
    std::int64_t made_at = 0;      // Unix seconds: the cover's date, in local time
};

storage::WorkbookReport report_workbook(const Plan& plan, const ReportRequest& request);

// One exported table as a sheet: its first row as the header, each number with the format of
// its unit (a percentage stored as a share).
storage::WorkbookSheet workbook_sheet(const SheetTable& table, std::string name, std::string description,
                                      int frozen_columns);

// "Spring launch - report.xlsx": the plan's name as export_file_name cleans it.
std::string report_file_name(std::string_view plan_name);

}  // namespace roster::present
