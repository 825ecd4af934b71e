// roster export PLAN --table creators|comparison|frequency|buildup|assumptions|actuals
//               [--format csv|tsv] [--scenario NAME] [--draws N] [--seed S] [--out FILE]
// roster export PLAN --format xlsx [--scenario NAME] [--draws N] [--seed S] [--out FILE]
//
// One of present/sheet_export.h's tables on standard output, in the display language's
// conventions (--lang, before or after the command). The comparison puts every scenario of the
// plan side by side, the first as the reference, with P10-P90 ranges from N draws (default
// 10,000, seed 1); the other tables describe the open scenario, or the one named. The creators
// table's P10 and P90 columns (each creator's and the total's) come from the first
// min(N, present::kCreatorRangeDraws = 2,000) of those draws, as in the app; --draws 0 leaves
// them out.
//
// --format xlsx writes the report workbook (present/workbook_report.h): every table in one
// file, to FILE or to "PLAN NAME - report.xlsx" in the current folder. Its cover's date is
// today's, or SOURCE_DATE_EPOCH's (Unix seconds) when set, the convention of reproducible builds.
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <optional>

#include "engine/overlap.h"
#include "engine/projection.h"
#include "engine/scenarios.h"
#include "engine/simulation.h"
#include "present/message_render.h"
#include "present/scenario_comparison.h"
#include "present/sheet_export.h"
#include "present/workbook_report.h"
#include "command_input.h"
#include "sheet_commands.h"
#include "storage/plan_file.h"
#include "storage/workbook_write.h"

namespace roster::cli {
namespace {

constexpr int kOk = 0, kFailed = 1, kUsage = 2;

std::int64_t made_at() {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
        char* end = nullptr;
        const long long seconds = std::strtoll(epoch, &end, 10);
        if (end && *end == '\0' && seconds >= 0) return seconds;
    }
    return static_cast<std::int64_t>(std::time(nullptr));
}

bool write_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (out) return true;
    complain(Message(MessageId::CliExportCannotWrite).text("path", path));
    return false;
}

}  // namespace

int export_command(const std::vector<std::string>& args) {
    std::string plan_path;
    std::optional<present::ExportTable> table;
    present::SheetFormat format = present::SheetFormat::Csv;
    bool workbook = false;
    std::optional<std::string> scenario, out_path;
    unsigned long long draws = kDefaultDraws, seed = 1;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool option = a == "--table" || a == "--format" || a == "--scenario" || a == "--draws" || a == "--seed" ||
                            a == "--out";
        if (option && i + 1 >= args.size()) {
            complain(a == "--scenario" ? Message(MessageId::CliScenarioNeedsName)
                                       : Message(MessageId::CliOptionNeedsValue).text("option", a));
            return kUsage;
        }
        if (a == "--table") {
            table = present::export_table_from_key(args[++i]);
            if (!table) {
                complain(Message(MessageId::CliExportUnknownTable).text("table", args[i]));
                return kUsage;
            }
        } else if (a == "--format") {
            const std::string& f = args[++i];
            if (f != "csv" && f != "tsv" && f != "xlsx") {
                complain(Message(MessageId::CliExportUnknownFormat).text("format", f));
                return kUsage;
            }
            workbook = f == "xlsx";
            format = f == "tsv" ? present::SheetFormat::Tsv : present::SheetFormat::Csv;
        } else if (a == "--out") {
            out_path = args[++i];
        } else if (a == "--scenario") {
            scenario = args[++i];
        } else if (a == "--draws" || a == "--seed") {
            const bool is_draws = a == "--draws";
            if (!parse_whole(args[i + 1], is_draws ? static_cast<unsigned long long>(kMaxDraws) : ~0ull,
                             is_draws ? draws : seed)) {
                complain(is_draws ? Message(MessageId::CliNeedsDrawCount).text("option", a).integer("max", kMaxDraws)
                                  : Message(MessageId::CliNeedsWholeNumber).text("option", a));
                return kUsage;
            }
            ++i;
        } else if (plan_path.empty()) {
            plan_path = a;
        } else {
            complain(Message(MessageId::CliUnexpectedArgument).text("argument", a));
            std::cerr << present::render(Message(MessageId::CliUsage));
            return kUsage;
        }
    }
    if (workbook && table) {
        complain(Message(MessageId::CliExportWorkbookNoTable));
        return kUsage;
    }
    if (plan_path.empty() || (!table && !workbook)) {
        if (!table && !plan_path.empty()) complain(Message(MessageId::CliExportUnknownTable).text("table", ""));
        std::cerr << present::render(Message(MessageId::CliUsage));
        return kUsage;
    }
    storage::LoadResult loaded;
    if (!load_plan_file(plan_path, loaded)) return kFailed;
    const std::vector<std::string> names = scenario_names(loaded.plan);
    std::size_t position = loaded.plan.scenario_position;
    if (scenario) {
        const auto it = std::find(names.begin(), names.end(), *scenario);
        if (it == names.end()) {
            std::string list;
            for (const std::string& n : names) list += (list.empty() ? "\"" : " \"") + n + "\"";
            complain(Message(MessageId::CliNoSuchScenario).text("path", plan_path).text("scenario", *scenario).text("names", list));
            return kFailed;
        }
        position = static_cast<std::size_t>(it - names.begin());
    }
    if (workbook) {
        present::ReportRequest request;
        request.scenario = position;
        request.draws = static_cast<int>(draws);
        request.seed = seed;
        request.made_at = made_at();
        const storage::WorkbookReport report = present::report_workbook(loaded.plan, request);
        const storage::WorkbookWritten written = storage::write_workbook(report);
        if (written.error) {
            complain(*written.error);
            return kFailed;
        }
        const std::string path = out_path ? *out_path : present::report_file_name(loaded.plan.name);
        if (!write_file(path, written.bytes)) return kFailed;
        std::cout << present::render(Message(MessageId::CliExportWorkbookWritten)
                                         .text("path", path)
                                         .count("sheets", static_cast<double>(report.sheets.size() + 1)))
                  << '\n';
        return std::cout ? kOk : kFailed;
    }
    const present::SheetTable sheet =
        present::export_table(loaded.plan, position, *table, static_cast<int>(draws), seed);
    const std::string out = present::write_sheet(sheet, format);
    if (out_path) return write_file(*out_path, out) ? kOk : kFailed;
    std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
    std::cout.flush();
    return std::cout ? kOk : kFailed;
}

}  // namespace roster::cli
