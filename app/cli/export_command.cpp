// roster export PLAN --table creators|comparison|frequency|buildup|assumptions
//               [--format csv|tsv] [--scenario NAME] [--draws N] [--seed S]
//
// One of present/sheet_export.h's tables on standard output, in the display language's
// conventions (--lang, before or after the command). The comparison puts every scenario of the
// plan side by side, the first as the reference, with P10-P90 ranges from N draws (default
// 10,000, seed 1); the other tables describe the open scenario, or the one named. The creators
// table's P10 and P90 columns (each creator's and the total's) come from the first
// min(N, present::kCreatorRangeDraws = 2,000) of those draws, as in the app; --draws 0 leaves
// them out.
#include <algorithm>
#include <iostream>
#include <optional>

#include "engine/overlap.h"
#include "engine/projection.h"
#include "engine/scenarios.h"
#include "engine/simulation.h"
#include "present/message_render.h"
#include "present/scenario_comparison.h"
#include "present/sheet_export.h"
#include "command_input.h"
#include "sheet_commands.h"
#include "storage/plan_file.h"

namespace roster::cli {
namespace {

constexpr int kOk = 0, kFailed = 1, kUsage = 2;


}  // namespace

int export_command(const std::vector<std::string>& args) {
    std::string plan_path;
    std::optional<present::ExportTable> table;
    present::SheetFormat format = present::SheetFormat::Csv;
    std::optional<std::string> scenario;
    unsigned long long draws = kDefaultDraws, seed = 1;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool option = a == "--table" || a == "--format" || a == "--scenario" || a == "--draws" || a == "--seed";
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
            if (f != "csv" && f != "tsv") {
                complain(Message(MessageId::CliExportUnknownFormat).text("format", f));
                return kUsage;
            }
            format = f == "csv" ? present::SheetFormat::Csv : present::SheetFormat::Tsv;
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
    if (plan_path.empty() || !table) {
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
    const present::SheetTable sheet =
        present::export_table(loaded.plan, position, *table, static_cast<int>(draws), seed);
    const std::string out = present::write_sheet(sheet, format);
    std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
    std::cout.flush();
    return std::cout ? kOk : kFailed;
}

}  // namespace roster::cli
