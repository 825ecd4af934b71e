// `roster`: the planner's engine for scripts, CI and batch work. It reads plan files through
// the same load path as the app, so a file it accepts opens in the app and vice versa.
//
//   roster project PLAN [--json] [--draws N] [--seed S] [--scenario NAME]
//                                  what the plan buys, with Monte-Carlo ranges, as a table or JSON
//   roster reach PLAN [--json]     net reach after audience overlap, frequency, incremental reach
//   roster validate PLAN           exit 0 if the plan opens, else 1 and the reason
//   roster assumptions             every assumption with its default, range and source (Markdown)
//   roster import PLAN SHEET ...   creators from a spreadsheet (import_command.cpp)
//   roster export PLAN --table T   a table for a spreadsheet (export_command.cpp)
//   roster optimise PLAN ...       the best roster for a budget (optimise_command.cpp)
//   roster frontier PLAN ...       the best objective at each budget up to twice the plan's
//   roster actuals PLAN EXPORT ... a post analytics export matched to the plan's creators (actuals_command.cpp)
//   roster lock PLAN --out NEW     the forecast locked when the campaign goes live
//   roster calibrate PLAN...       the forecast's rates calibrated from finished campaigns
//   roster --version
//   --lang en|fr anywhere (or LC_ALL, LC_MESSAGES, LANG) chooses the language of messages
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <algorithm>
#include <optional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/currency.h"
#include "engine/scenarios.h"
#include "engine/projection.h"
#include "engine/sensitivity.h"
#include "engine/simulation.h"
#include "engine/vocabulary.h"
#include "projection_report.h"
#include "reach_report.h"
#include "text_table.h"
#include "command_input.h"
#include "actuals_commands.h"
#include "optimise_commands.h"
#include "sheet_commands.h"
#include "storage/plan_file.h"
#include "present/currency_names.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/translation.h"
#include "version.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadPlan = 1;
constexpr int kExitUsage = 2;

using roster::Message;
using roster::MessageId;

// "roster: <message>" on standard error, in the display language.
using roster::cli::complain;

std::string usage() { return roster::present::render(Message(MessageId::CliUsage)); }

// The language of messages: --lang, else the POSIX locale variables in their order of
// precedence (the first one set decides), else English.
std::optional<roster::present::Language> language_from_locale() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (!value || !*value) continue;
        const std::string v(value);
        return v.rfind("fr", 0) == 0 ? roster::present::Language::French : roster::present::Language::English;
    }
    return std::nullopt;
}

// `roster currencies`: every ISO 4217 code a plan may be in, its name, its minor unit and its rate
// against the euro on the date of the rate table, where there is one.
std::string currencies_table() {
    namespace p = roster::present;
    roster::cli::Table rows;
    rows.push_back({p::tr("Code"), p::tr("Name"), p::tr("Decimals"), "1 EUR ="});
    for (std::size_t i = 0; i < roster::iso_currency_count(); ++i) {
        const roster::CurrencyCode& c = roster::iso_currencies()[i];
        std::string rate = "-";
        if (const auto r = roster::exchange_rate("EUR", c.code)) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.7g", *r);
            rate = buf;
        }
        rows.push_back({std::string(c.code), p::currency_name(c.code), std::to_string(c.minor_digits), rate});
    }
    return p::render(Message(MessageId::CliCurrenciesHeading)
                         .count("n", static_cast<double>(roster::iso_currency_count()))
                         .text("date", std::string(roster::kRatesDate))) +
           "\n\n" + roster::cli::render(rows, 2, false);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (const auto language = language_from_locale()) roster::present::set_display_language(*language);
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] != "--lang") continue;
        const std::string value = i + 1 < args.size() ? args[i + 1] : std::string();
        if (value != "en" && value != "fr") {
            complain(Message(MessageId::CliUnknownLanguage).text("language", value));
            return kExitUsage;
        }
        roster::present::set_display_language(value == "fr" ? roster::present::Language::French
                                                            : roster::present::Language::English);
        args.erase(args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
        break;
    }
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
        std::cout << usage();
        return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] == "--version") {
        std::cout << "roster " << roster::kRosterVersion << "\n";
        return kExitOk;
    }
    const std::string& command = args[0];
    if (command == "import" || command == "export") {  // spreadsheets in and out (sheet_commands.h)
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        return command == "import" ? roster::cli::import_command(rest) : roster::cli::export_command(rest);
    }
    if (command == "actuals" || command == "lock" || command == "calibrate") {  // actuals_commands.h
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        return command == "actuals" ? roster::cli::actuals_command(rest)
               : command == "lock"  ? roster::cli::lock_command(rest)
                                    : roster::cli::calibrate_command(rest);
    }
    if (command == "optimise" || command == "frontier") {  // the budget optimiser (optimise_commands.h)
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        return command == "optimise" ? roster::cli::optimise_command(rest) : roster::cli::frontier_command(rest);
    }
    if (command == "assumptions" && args.size() == 1) {
        std::cout << roster::cli::assumptions_markdown();
        return kExitOk;
    }
    if (command == "currencies" && args.size() == 1) {  // the ISO 4217 currencies a plan may be in
        std::cout << currencies_table();
        return kExitOk;
    }
    if ((command == "project" || command == "validate" || command == "reach") && args.size() >= 2) {
        bool json = false;
        unsigned long long draws = roster::kDefaultDraws;
        unsigned long long seed = 1;
        std::string path;
        std::optional<std::string> scenario;
        for (std::size_t i = 1; i < args.size(); ++i) {
            const bool has_value = i + 1 < args.size();
            if (args[i] == "--json") {
                json = true;
            } else if (args[i] == "--scenario" && command != "validate") {
                if (!has_value) {
                    complain(Message(MessageId::CliScenarioNeedsName));
                    return kExitUsage;
                }
                scenario = args[++i];
            } else if ((args[i] == "--draws" || args[i] == "--seed") && command == "project") {
                const bool is_draws = args[i] == "--draws";
                if (!has_value || !roster::cli::parse_whole(args[i + 1], is_draws ? roster::kMaxDraws : ~0ull,
                                               is_draws ? draws : seed)) {
                    complain(is_draws ? Message(MessageId::CliNeedsDrawCount)
                                            .text("option", args[i])
                                            .integer("max", static_cast<double>(roster::kMaxDraws))
                                      : Message(MessageId::CliNeedsWholeNumber).text("option", args[i]));
                    return kExitUsage;
                }
                ++i;
            } else if (path.empty()) {
                path = args[i];
            } else {
                complain(Message(MessageId::CliUnexpectedArgument).text("argument", args[i]));
                std::cerr << usage();
                return kExitUsage;
            }
        }
        if (path.empty() || (json && command == "validate")) {
            std::cerr << usage();
            return kExitUsage;
        }
        roster::storage::LoadResult loaded;
        if (!roster::cli::load_plan_file(path, loaded)) return kExitBadPlan;
        if (command == "validate") {
            std::cout << roster::present::render(Message(MessageId::CliValidPlan)
                                                     .text("path", path)
                                                     .count("creators", static_cast<double>(loaded.plan.creators.size())))
                      << "\n";
            const std::vector<std::string> names = roster::scenario_names(loaded.plan);
            if (names.size() > 1) {
                std::string list;
                for (std::size_t i = 0; i < names.size(); ++i)
                    list += (i ? ", " : "") + (i == loaded.plan.scenario_position
                                                   ? roster::present::render(Message(MessageId::CliOpenScenario).text("name", names[i]))
                                                   : names[i]);
                std::cout << roster::present::render(Message(MessageId::CliScenarios).text("names", list)) << "\n";
            }
            return kExitOk;
        }
        if (scenario) {
            const std::vector<std::string> names = roster::scenario_names(loaded.plan);
            const auto it = std::find(names.begin(), names.end(), *scenario);
            if (it == names.end()) {
                std::string list;
                for (const std::string& n : names) list += (list.empty() ? "\"" : " \"") + n + "\"";
                complain(Message(MessageId::CliNoSuchScenario).text("path", path).text("scenario", *scenario).text("names", list));
                return kExitBadPlan;
            }
            loaded.plan = roster::scenario_plan(loaded.plan, static_cast<std::size_t>(it - names.begin()));
        }
        const roster::Assumptions assumptions = roster::resolve_assumptions(loaded.plan);
        if (command == "reach") {
            const roster::PlanAudience audience = roster::plan_audience(loaded.plan, assumptions);
            std::cout << (json ? roster::cli::reach_json(loaded.plan, audience)
                               : roster::cli::reach_table(loaded.plan, audience));
            return kExitOk;
        }
        const roster::Projection projection = roster::project(loaded.plan, assumptions);
        std::optional<roster::SimulationResult> ranges;
        if (draws > 0) ranges = roster::simulate(loaded.plan, assumptions, static_cast<int>(draws), seed);
        const roster::Sensitivity sensitivity = roster::sensitivity(loaded.plan, assumptions);
        const roster::cli::Report report{loaded.plan, projection, ranges, sensitivity};
        std::cout << (json ? roster::cli::projection_json(report) : roster::cli::projection_table(report));
        // Where the money defaults' numbers come from in the plan's currency (engine/currency.h).
        if (!json) std::cout << roster::present::render(roster::money_defaults(loaded.plan.campaign.currency).note) << "\n";
        return kExitOk;
    }
    complain(Message(MessageId::CliUnknownCommand).text("command", command));
    std::cerr << usage();
    return kExitUsage;
}
