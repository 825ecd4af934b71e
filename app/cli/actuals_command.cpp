// roster actuals PLAN EXPORT.csv [--out NEW_PLAN]
//   Reads an analytics export (Meta Business Suite, TikTok Studio, YouTube Studio; English or
//   French) as the app's preview does (document/actuals_import.h), prints every row matched, not
//   matched, ambiguous or refused with its reason and the counts, applies the matched rows as
//   the app's one edit would, prints the forecast against the actuals when the plan has a locked
//   forecast, and writes the plan to NEW_PLAN. Exit 1 when no row matches (nothing is written).
//
// roster lock PLAN [--scenario NAME] [--date YYYY-MM-DD] [--draws N] --out NEW_PLAN
//   Locks the forecast of the open scenario (or NAME), as the app's "Lock the forecast" does.
//
// roster calibrate PLAN... [--json]
//   Calibrates the rates of the forecast from the finished campaigns given (plans with a locked
//   forecast and actuals): every multiplier with its 90% interval and the posts behind it.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <sstream>

#include "actuals_commands.h"
#include "command_input.h"
#include "document/actuals_import.h"
#include "document/commands.h"
#include "engine/calibration.h"
#include "engine/forecast_check.h"
#include "engine/scenarios.h"
#include "engine/simulation.h"
#include "engine/vocabulary.h"
#include "present/forecast_table.h"
#include "present/format.h"
#include "present/message_render.h"
#include "storage/plan_file.h"
#include "text_table.h"
#include "version.h"

namespace roster::cli {
namespace {

constexpr int kOk = 0, kFailed = 1, kUsage = 2;

void say(const Message& m, const char* indent = "") { std::cout << indent << present::render(m) << "\n"; }

int usage_error(const std::string& argument) {
    complain(Message(MessageId::CliUnexpectedArgument).text("argument", argument));
    std::cerr << present::render(Message(MessageId::CliUsage));
    return kUsage;
}

std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
#if defined(_WIN32)
    gmtime_s(&utc, &now);
#else
    gmtime_r(&now, &utc);
#endif
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &utc);
    return buffer;
}

// The forecast against the actuals, views to revenue, as a table.
void print_check(const Plan& plan) {
    const ForecastCheck check = check_forecast(plan);
    if (!check.locked) {
        say(Message(MessageId::ForecastNotLocked));
        return;
    }
    Table table = {present::forecast_table_headers()};
    for (const present::ForecastTableRow& r :
         present::forecast_table(check, plan.campaign.currency,
                                 {LockedFigure::Views, LockedFigure::Reach, LockedFigure::Engagements, LockedFigure::Clicks,
                                  LockedFigure::Conversions, LockedFigure::Revenue}))
        if (r.has_actual) table.push_back(r.cells);
    std::cout << render(table, 2, false);
}

std::string json_text(const std::string& s) {
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\') out += '\\', out += c;
        else if (static_cast<unsigned char>(c) < 0x20) {
            char b[8];
            std::snprintf(b, sizeof b, "\\u%04x", c);
            out += b;
        } else out += c;
    }
    return out + "\"";
}

std::string json_number(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.6g", v);
    return b;
}

}  // namespace

int actuals_command(const std::vector<std::string>& args) {
    std::string plan_path, export_path, out_path;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--out") {
            if (i + 1 >= args.size()) {
                complain(Message(MessageId::CliOptionNeedsValue).text("option", args[i]));
                return kUsage;
            }
            out_path = args[++i];
        } else if (plan_path.empty()) {
            plan_path = args[i];
        } else if (export_path.empty()) {
            export_path = args[i];
        } else {
            return usage_error(args[i]);
        }
    }
    if (plan_path.empty() || export_path.empty()) {
        std::cerr << present::render(Message(MessageId::CliUsage));
        return kUsage;
    }
    storage::LoadResult loaded;
    if (!load_plan_file(plan_path, loaded)) return kFailed;
    const storage::SheetReadOptions options;
    std::string bytes;
    if (!read_file_bytes(export_path, options.limits.max_bytes, bytes)) {
        complain(Message(MessageId::CliCannotOpen).text("path", export_path));
        return kFailed;
    }
    const ActualsPreview preview = preview_actuals(bytes, loaded.plan, options);
    if (!preview.ok) {
        complain(Message(MessageId::CliAboutFile).text("path", export_path).nested("message", preview.problem));
        return kFailed;
    }
    say(preview.summary());
    if (preview.total_row) say(Message(MessageId::ActualsSkippedTotal).integer("row", static_cast<double>(*preview.total_row)));
    for (const ActualsRow& r : preview.rows) say(r.message, "  ");
    for (const Message& note : preview.notes) say(note);
    say(preview.counts());
    if (preview.nothing_to_import()) {
        complain(Message(MessageId::ActualsNothingMatched));
        return kFailed;
    }
    Plan plan = loaded.plan;
    if (const ApplyResult r = roster::apply(plan, preview.command()); !r.ok) {
        complain(Message(MessageId::CliAboutFile).text("path", export_path).nested("message", r.message));
        return kFailed;
    }
    print_check(plan);
    if (out_path.empty()) {
        say(Message(MessageId::CliActualsNotWritten));
        return kOk;
    }
    if (!write_file_bytes(out_path, storage::save_plan(plan))) {
        complain(Message(MessageId::CliCannotOpen).text("path", out_path));
        return kFailed;
    }
    say(Message(MessageId::CliActualsWrote)
            .text("path", out_path)
            .count("n", static_cast<double>(preview.count(ActualsRowOutcome::Matched))));
    return kOk;
}

int lock_command(const std::vector<std::string>& args) {
    std::string plan_path, out_path, scenario, date = today();
    unsigned long long draws = 4000;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--out" || a == "--scenario" || a == "--date" || a == "--draws") {
            if (i + 1 >= args.size()) {
                complain(Message(MessageId::CliOptionNeedsValue).text("option", a));
                return kUsage;
            }
            const std::string& value = args[++i];
            if (a == "--out") out_path = value;
            else if (a == "--scenario") scenario = value;
            else if (a == "--date") date = value;
            else if (!parse_whole(value, kMaxDraws, draws) || draws == 0) {
                complain(Message(MessageId::CliNeedsDrawCount).text("option", a).integer("max", kMaxDraws));
                return kUsage;
            }
        } else if (plan_path.empty()) {
            plan_path = a;
        } else {
            return usage_error(a);
        }
    }
    if (plan_path.empty() || out_path.empty()) {
        std::cerr << present::render(Message(MessageId::CliUsage));
        return kUsage;
    }
    storage::LoadResult loaded;
    if (!load_plan_file(plan_path, loaded)) return kFailed;
    const std::vector<std::string> names = scenario_names(loaded.plan);
    std::uint32_t position = loaded.plan.scenario_position;
    if (!scenario.empty()) {
        const auto it = std::find(names.begin(), names.end(), scenario);
        if (it == names.end()) {
            std::string list;
            for (const std::string& n : names) list += (list.empty() ? "\"" : " \"") + n + "\"";
            complain(Message(MessageId::CliNoSuchScenario).text("path", plan_path).text("scenario", scenario).text("names", list));
            return kFailed;
        }
        position = static_cast<std::uint32_t>(it - names.begin());
    }
    Plan plan = loaded.plan;
    LockForecast cmd{position, {date, std::string(kRosterVersion), static_cast<int>(draws), 1}, names[position]};
    if (const ApplyResult r = roster::apply(plan, cmd); !r.ok) {
        complain(Message(MessageId::CliAboutFile).text("path", plan_path).nested("message", r.message));
        return kFailed;
    }
    if (!write_file_bytes(out_path, storage::save_plan(plan))) {
        complain(Message(MessageId::CliCannotOpen).text("path", out_path));
        return kFailed;
    }
    say(describe(Command{cmd}));
    return kOk;
}

int calibrate_command(const std::vector<std::string>& args) {
    bool json = false;
    std::vector<std::string> paths;
    for (const std::string& a : args) {
        if (a == "--json") json = true;
        else if (!a.empty() && a[0] == '-') return usage_error(a);
        else paths.push_back(a);
    }
    if (paths.empty()) {
        std::cerr << present::render(Message(MessageId::CliUsage));
        return kUsage;
    }
    std::vector<Plan> plans;
    for (const std::string& path : paths) {
        storage::LoadResult loaded;
        if (!load_plan_file(path, loaded)) return kFailed;
        plans.push_back(std::move(loaded.plan));
    }
    const CalibrationResult result = calibrate_from(plans);
    for (const std::string& name : result.skipped) complain(Message(MessageId::CalibrationPlanSkipped).text("plan", name));
    if (result.campaigns == 0) {
        complain(Message(MessageId::CalibrationNoCampaigns));
        return kFailed;
    }
    if (json) {
        std::ostringstream out;
        out << "{\n  \"campaigns\": " << result.campaigns << ",\n  \"posts\": " << result.posts
            << ",\n  \"spread\": {\"multiplier\": " << json_number(result.spread) << ", \"low\": "
            << json_number(result.spread_low) << ", \"high\": " << json_number(result.spread_high)
            << ", \"creators\": " << result.spread_creators << "},\n  \"estimates\": [";
        for (std::size_t i = 0; i < result.estimates.size(); ++i) {
            const RateEstimate& e = result.estimates[i];
            out << (i ? ",\n    " : "\n    ") << "{\"key\": " << json_text(e.key) << ", \"platform\": "
                << (e.platform ? json_text(std::string(platform_key(*e.platform))) : "null")
                << ", \"tier\": " << (e.tier ? json_text(std::string(tier_key(*e.tier))) : "null")
                << ", \"format\": " << (e.format ? json_text(std::string(format_key(*e.format))) : "null")
                << ", \"multiplier\": " << json_number(e.multiplier) << ", \"low\": " << json_number(e.low)
                << ", \"high\": " << json_number(e.high) << ", \"posts\": " << e.posts << "}";
        }
        out << "\n  ]\n}\n";
        std::cout << out.str();
        return kOk;
    }
    say(Message(MessageId::CliCalibrationHeading).count("n", result.campaigns).count("posts", result.posts));
    Table table = {present::calibration_table_headers()};
    for (auto& row : present::calibration_table(result)) table.push_back(row);
    std::cout << render(table, 2, false);
    return kOk;
}

}  // namespace roster::cli
