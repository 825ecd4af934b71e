// `roster`: the planner's engine for scripts, CI and batch work. It reads plan files through
// the same load path as the app, so a file it accepts opens in the app and vice versa.
//
//   roster project PLAN [--json] [--draws N] [--seed S] [--scenario NAME]
//                                  what the plan buys, with Monte-Carlo ranges, as a table or JSON
//   roster reach PLAN [--json]     net reach after audience overlap, frequency, incremental reach
//   roster validate PLAN           exit 0 if the plan opens, else 1 and the reason
//   roster assumptions             every assumption with its default, range and source (Markdown)
//   roster --version
#include <cstdio>
#include <fstream>
#include <algorithm>
#include <optional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/scenarios.h"
#include "engine/projection.h"
#include "engine/sensitivity.h"
#include "engine/simulation.h"
#include "engine/vocabulary.h"
#include "projection_report.h"
#include "reach_report.h"
#include "storage/plan_file.h"
#include "version.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadPlan = 1;
constexpr int kExitUsage = 2;

const char* kUsage =
    "Usage:\n"
    "  roster project PLAN [--json] [--draws N] [--seed S] [--scenario NAME]\n"
    "                                 print what the plan buys (table, or JSON with --json), with\n"
    "                                 P10-P90 ranges from N Monte-Carlo draws (default 10000; 0: none)\n"
    "                                 reproducible from seed S (default 1); the scenario open when\n"
    "                                 the plan was saved, or the one named\n"
    "  roster reach PLAN [--json] [--scenario NAME]\n"
    "                                 net reach after audience overlap: bounds, frequency 1-10+,\n"
    "                                 effective reach, incremental reach per creator, build-up\n"
    "                                 curves and the duplication matrix\n"
    "  roster validate PLAN           check that PLAN opens and list its scenarios; exit status 0\n"
    "                                 if it does\n"
    "  roster assumptions             list every assumption: default, range, source (Markdown)\n"
    "  roster --version               print the version\n"
    "PLAN is a Roster plan file (NAME.roster.json); - reads standard input.\n";

bool read_all(const std::string& path, std::string& out, std::string& error) {
    std::ostringstream text;
    if (path == "-") {
        text << std::cin.rdbuf();
    } else {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            error = "Cannot open " + path + ".";
            return false;
        }
        text << in.rdbuf();
    }
    out = text.str();
    return true;
}

int load(const std::string& path, roster::storage::LoadResult& result) {
    std::string text, error;
    if (!read_all(path, text, error)) {
        std::cerr << "roster: " << error << "\n";
        return kExitBadPlan;
    }
    result = roster::storage::load_plan(text);
    if (!result.ok) {
        std::cerr << "roster: " << path << ": " << result.message << "\n";
        return kExitBadPlan;
    }
    for (const std::string& note : result.notes) std::cerr << "roster: " << path << ": " << note << "\n";
    return kExitOk;
}

// Whole numbers only, no sign, at most `max`: "1e4" or "-3" are refused, not reinterpreted.
bool parse_whole(const std::string& text, unsigned long long max, unsigned long long& out) {
    if (text.empty() || text.size() > 20) return false;
    unsigned long long v = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        const unsigned digit = static_cast<unsigned>(c - '0');
        if (v > (max - digit) / 10) return false;
        v = v * 10 + digit;
    }
    out = v;
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
        std::cout << kUsage;
        return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] == "--version") {
        std::cout << "roster " << roster::kRosterVersion << "\n";
        return kExitOk;
    }
    const std::string& command = args[0];
    if (command == "assumptions" && args.size() == 1) {
        std::cout << roster::cli::assumptions_markdown();
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
                    std::cerr << "roster: --scenario needs the name of one of the plan's scenarios\n";
                    return kExitUsage;
                }
                scenario = args[++i];
            } else if ((args[i] == "--draws" || args[i] == "--seed") && command == "project") {
                const bool is_draws = args[i] == "--draws";
                if (!has_value || !parse_whole(args[i + 1], is_draws ? roster::kMaxDraws : ~0ull,
                                               is_draws ? draws : seed)) {
                    std::cerr << "roster: " << args[i] << " needs a whole number"
                              << (is_draws ? " from 0 to 1000000" : "") << "\n";
                    return kExitUsage;
                }
                ++i;
            } else if (path.empty()) {
                path = args[i];
            } else {
                std::cerr << "roster: unexpected argument " << args[i] << "\n" << kUsage;
                return kExitUsage;
            }
        }
        if (path.empty() || (json && command == "validate")) {
            std::cerr << kUsage;
            return kExitUsage;
        }
        roster::storage::LoadResult loaded;
        if (int status = load(path, loaded); status != kExitOk) return status;
        if (command == "validate") {
            std::cout << path << ": a valid Roster plan with " << loaded.plan.creators.size() << " creators.\n";
            const std::vector<std::string> names = roster::scenario_names(loaded.plan);
            if (names.size() > 1) {
                std::cout << "Scenarios:";
                for (std::size_t i = 0; i < names.size(); ++i)
                    std::cout << (i ? ", " : " ") << names[i] << (i == loaded.plan.scenario_position ? " (open)" : "");
                std::cout << "\n";
            }
            return kExitOk;
        }
        if (scenario) {
            const std::vector<std::string> names = roster::scenario_names(loaded.plan);
            const auto it = std::find(names.begin(), names.end(), *scenario);
            if (it == names.end()) {
                std::cerr << "roster: " << path << " has no scenario called \"" << *scenario << "\" (it has:";
                for (const std::string& n : names) std::cerr << " \"" << n << "\"";
                std::cerr << ")\n";
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
        return kExitOk;
    }
    std::cerr << "roster: unknown command \"" << command << "\"\n" << kUsage;
    return kExitUsage;
}
