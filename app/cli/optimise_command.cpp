// roster optimise PLAN [--budget X] [--objective O] [--constraints FILE] [--json] [--out NEW_PLAN]
//                      [--scenario NAME]
// roster frontier PLAN [--points N] [--objective O] [--constraints FILE] [--json] [--scenario NAME]
//
// The budget optimiser (engine/optimiser.h, engine/frontier.h) on a plan file: the best roster for
// a budget with what each chosen creator adds, the best left out and why, the bound and the
// planners' simple rule beside it; or the efficient frontier from zero to twice the plan's budget.
// Tables and sentences in the display language; JSON (--json) the same in every language.
#include "optimise_commands.h"

#include "storage/rapidjson_config.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iostream>
#include <map>
#include <optional>

#include "command_input.h"
#include "engine/frontier.h"
#include "engine/optimiser_objective.h"
#include "engine/projection.h"
#include "engine/scenarios.h"
#include "engine/validation.h"
#include "engine/vocabulary.h"
#include "present/format.h"
#include "present/message_catalogue.h"
#include "present/message_render.h"
#include "present/optimiser_words.h"
#include "present/translation.h"
#include "storage/optimiser_settings.h"
#include "storage/plan_file.h"
#include "text_table.h"

namespace roster::cli {
namespace {

constexpr int kOk = 0, kFailed = 1, kUsage = 2;
constexpr unsigned long long kMostPoints = 100;

struct Options {
    bool frontier = false;
    std::string plan_path, constraints_path, out_path;
    std::optional<std::string> scenario;
    std::optional<double> budget;
    std::optional<OptimiserObjective> objective;
    bool json = false;
    unsigned long long points = 20;
};

// "25000" or "25000.50": digits, at most one point and two decimals.
std::optional<double> parse_amount(const std::string& text) {
    if (text.empty() || text.size() > 16) return std::nullopt;
    std::size_t point = std::string::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '.' && point == std::string::npos && i > 0) point = i;
        else if (text[i] < '0' || text[i] > '9') return std::nullopt;
    }
    if (point != std::string::npos && (point + 1 == text.size() || text.size() - point - 1 > 2)) return std::nullopt;
    double value = 0.0, scale = 1.0;
    bool after = false;
    for (char c : text) {
        if (c == '.') {
            after = true;
            continue;
        }
        if (after) scale /= 10.0;
        value = after ? value + (c - '0') * scale : value * 10.0 + (c - '0');
    }
    return value;
}

std::string word(Term t) { return present::term_word(t); }

using present::objective_term;

using present::booking_text;
using present::creator_name;

std::string value_text(OptimiserObjective o, double v, const std::string& currency) {
    return present::objective_value_text(o, v, currency);
}

std::string booking_key(const BookingOption& b) { return b.kind == OptionKind::Custom ? b.label : std::string(option_kind_key(b.kind)); }

int parse(const std::vector<std::string>& args, Options& o) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool takes_value = a == "--budget" || a == "--objective" || a == "--constraints" || a == "--out" ||
                                 a == "--scenario" || (a == "--points" && o.frontier);
        if (takes_value && i + 1 >= args.size()) {
            complain(a == "--scenario" ? Message(MessageId::CliScenarioNeedsName)
                                       : Message(MessageId::CliOptionNeedsValue).text("option", a));
            return kUsage;
        }
        if (a == "--json") {
            o.json = true;
        } else if (a == "--budget" && !o.frontier) {
            o.budget = parse_amount(args[++i]);
            if (!o.budget) {
                complain(Message(MessageId::CliNeedsAmount).text("option", a));
                return kUsage;
            }
        } else if (a == "--objective") {
            o.objective = objective_from_key(args[++i]);
            if (!o.objective) {
                complain(Message(MessageId::CliUnknownObjective).text("objective", args[i]));
                return kUsage;
            }
        } else if (a == "--constraints") {
            o.constraints_path = args[++i];
        } else if (a == "--out" && !o.frontier) {
            o.out_path = args[++i];
        } else if (a == "--scenario") {
            o.scenario = args[++i];
        } else if (a == "--points" && o.frontier) {
            if (!parse_whole(args[i + 1], kMostPoints, o.points) || o.points == 0) {
                complain(Message(MessageId::CliNeedsPointCount).text("option", a).integer("max", static_cast<double>(kMostPoints)));
                return kUsage;
            }
            ++i;
        } else if (o.plan_path.empty() && (a.empty() || a[0] != '-' || a == "-")) {
            o.plan_path = a;
        } else {
            complain(Message(MessageId::CliUnexpectedArgument).text("argument", a));
            std::cerr << present::render(Message(MessageId::CliUsage));
            return kUsage;
        }
    }
    if (o.plan_path.empty()) {
        std::cerr << present::render(Message(MessageId::CliUsage));
        return kUsage;
    }
    return kOk;
}

// The plan (the scenario asked for opened), the problem from the constraints file and the options.
struct Loaded {
    Plan plan;  // every scenario, the one optimised open
    Plan open;  // that scenario alone
    OptimiserProblem problem;
};

int load(const Options& o, Loaded& out) {
    storage::LoadResult loaded;
    if (!load_plan_file(o.plan_path, loaded)) return kFailed;
    out.plan = std::move(loaded.plan);
    if (o.scenario) {
        const std::vector<std::string> names = scenario_names(out.plan);
        const auto it = std::find(names.begin(), names.end(), *o.scenario);
        if (it == names.end()) {
            std::string list;
            for (const std::string& n : names) list += (list.empty() ? "\"" : " \"") + n + "\"";
            complain(Message(MessageId::CliNoSuchScenario).text("path", o.plan_path).text("scenario", *o.scenario).text("names", list));
            return kFailed;
        }
        open_scenario(out.plan, static_cast<std::size_t>(it - names.begin()));
    }
    out.open = scenario_plan(out.plan, out.plan.scenario_position);
    bool file_budget = false;
    if (!o.constraints_path.empty()) {
        std::string bytes;
        if (!read_file_bytes(o.constraints_path, storage::kMaxOptimiserSettingsBytes, bytes)) {
            complain(Message(MessageId::CliCannotOpen).text("path", o.constraints_path));
            return kFailed;
        }
        storage::OptimiserSettingsLoad settings = storage::load_optimiser_settings(bytes, out.open);
        if (!settings.ok) {
            complain(Message(MessageId::CliAboutFile).text("path", o.constraints_path).nested("message", settings.problem));
            return kFailed;
        }
        out.problem = std::move(settings.settings);
        file_budget = settings.has_budget;
    }
    if (o.objective) out.problem.objective = *o.objective;
    if (o.budget) {
        out.problem.constraints.budget = *o.budget;
    } else if (!file_budget && !o.frontier) {
        if (out.open.campaign.budget_cap_cents <= 0) {
            complain(Message(MessageId::CliOptimiseNeedsBudget));
            return kUsage;
        }
        out.problem.constraints.budget = units_from_cents(out.open.campaign.budget_cap_cents);
    }
    return kOk;
}

std::string rendered(const std::vector<Message>& messages) {
    std::string out;
    for (const Message& m : messages) out += present::render(m) + "\n";
    return out;
}

// --- roster optimise ---------------------------------------------------------------------------

std::string figures_table(const Plan& plan, const OptimiserResult& r, const SelectionFigures& rule,
                          const SelectionFigures& as_is) {
    const std::string& currency = plan.campaign.currency;
    using present::format_count;
    using present::format_money;
    const auto row = [&](Term label, auto text) {
        return std::vector<std::string>{word(label), text(r.figures), text(rule), text(as_is)};
    };
    Table t = {{word(Term::OptimiserColumnFigure), word(Term::OptimiserColumnProposal), word(Term::OptimiserColumnSimpleRule),
                word(Term::OptimiserColumnPlanAsIs)}};
    t.push_back(row(Term::OptimiserFigureCost, [&](const SelectionFigures& f) { return format_money(f.cost, currency); }));
    t.push_back(row(Term::OptimiserFigureCreators, [&](const SelectionFigures& f) { return format_count(static_cast<double>(f.creators)); }));
    t.push_back(row(Term::OptimiserFigureNetReach, [&](const SelectionFigures& f) { return format_count(f.net_reach); }));
    t.push_back(row(Term::OptimiserFigureOnTargetReach, [&](const SelectionFigures& f) { return format_count(f.on_target_reach); }));
    t.push_back(row(Term::OptimiserFigureEffectiveReach, [&](const SelectionFigures& f) { return format_count(f.effective_reach); }));
    t.push_back(row(Term::OptimiserFigureFrequency, [&](const SelectionFigures& f) { return present::format_ratio(f.average_frequency()); }));
    t.push_back(row(Term::OptimiserFigureImpressions, [&](const SelectionFigures& f) { return format_count(f.impressions); }));
    t.push_back(row(Term::OptimiserFigureConversions, [&](const SelectionFigures& f) { return format_count(f.conversions); }));
    t.push_back(row(Term::OptimiserFigureGrossProfit, [&](const SelectionFigures& f) { return format_money(f.gross_profit, currency); }));
    t.push_back(row(Term::OptimiserFigureCpm, [&](const SelectionFigures& f) { return format_money(f.cpm(), currency); }));
    t.push_back(row(Term::OptimiserFigureRoi, [&](const SelectionFigures& f) { return present::format_percent(f.roi()); }));
    return render(t, 1, false);
}

std::string optimise_table(const Loaded& in, const OptimiserResult& r, const SelectionFigures& rule,
                           const SelectionFigures& as_is, std::size_t candidates) {
    const Plan& plan = in.open;
    const std::string& currency = plan.campaign.currency;
    const OptimiserObjective o = r.objective;
    std::string out = present::render(Message(MessageId::CliOptimiseHeading)
                                          .text("plan", plan.name)
                                          .money("budget", r.budget, currency)
                                          .term("objective", objective_term(o))
                                          .count("candidates", static_cast<double>(candidates))) +
                      "\n";
    if (!r.problems.empty()) out += "\n" + rendered(r.problems);
    // What each chosen creator adds per 1,000 of money.
    out += "\n" + word(Term::OptimiserTitleProposal) + "\n";
    Table chosen = {{word(Term::OptimiserColumnCreator), word(Term::OptimiserColumnPlatform), word(Term::OptimiserColumnTier),
                     word(Term::OptimiserColumnBooking), word(Term::OptimiserColumnCost), word(Term::OptimiserColumnAdds),
                     word(Term::OptimiserColumnPerThousand)}};
    for (const ChosenCreator& c : r.chosen) {
        const Creator* creator = find_creator(plan, c.creator);
        const std::string booking = booking_text(c.booking) + (c.must_include ? " (" + word(Term::OptimiserMustIncludeMark) + ")" : "");
        chosen.push_back({creator ? creator->name : std::to_string(c.creator),
                          creator ? std::string(platform_label(creator->platform)) : "",
                          creator ? present::tr(std::string(tier_label(tier_of(creator->followers, plan.tiers))).c_str()) : "",
                          booking, present::format_money(c.cost, currency), value_text(present::added_measure(o), c.adds, currency),
                          value_text(present::added_measure(o), 1000.0 * c.adds_per_cost, currency)});
    }
    out += render(chosen, 4, false);
    out += "\n" + word(Term::OptimiserTitleFigures) + "\n" + figures_table(plan, r, rule, as_is);
    if (!r.left_out.empty()) {
        out += "\n" + word(Term::OptimiserTitleLeftOut) + "\n";
        Table left = {{word(Term::OptimiserColumnCreator), word(Term::OptimiserColumnBooking), word(Term::OptimiserColumnCost),
                       word(Term::OptimiserColumnWouldAdd), word(Term::OptimiserColumnPerThousand), word(Term::OptimiserColumnWhyOut)}};
        for (const LeftOutCreator& l : r.left_out) {
            const OptimiserObjective shown = present::added_measure(o);
            left.push_back({creator_name(plan, l.creator), booking_text(l.booking), present::format_money(l.cost, currency),
                            value_text(shown, l.would_add, currency), value_text(shown, 1000.0 * l.would_add_per_cost, currency),
                            present::render(present::left_out_reason(l, r, in.problem.constraints, plan))});
        }
        out += render(left, 2, false);
    }
    out += "\n";
    if (r.roi_p10 && r.chance_roi_positive)
        out += present::render(Message(MessageId::CliOptimiseRisk)
                                   .percent("p10", *r.roi_p10)
                                   .percent("chance", *r.chance_roi_positive)) +
               "\n";
    switch (r.bound.basis) {
        case BoundBasis::None: out += present::render(Message(MessageId::CliBoundNone)) + "\n"; break;
        case BoundBasis::Knapsack:
        case BoundBasis::Submodular:
            out += present::render(Message(MessageId::CliOptimiseBound)
                                       .text("bound", value_text(o, r.bound.value, currency))
                                       .percent("gap", std::round(r.bound.gap * 1000.0) / 1000.0)) +
                   "\n";
            out += (r.bound.basis == BoundBasis::Knapsack
                        ? present::render(Message(MessageId::CliBoundKnapsack))
                        : present::render(Message(MessageId::CliBoundSubmodular)
                                              .integer("checked", static_cast<double>(r.bound.checked))
                                              .decimal("scale", std::round(r.bound.scale * 100.0) / 100.0))) +
                   "\n";
            break;
    }
    // ROI P10's search and simple rule both go by expected gross profit: compare like with like.
    const double proposal = o == OptimiserObjective::RoiP10 ? r.figures.gross_profit : r.objective_value;
    const double share = proposal != 0.0 ? r.simple_rule_value / proposal : 0.0;
    out += present::render(Message(MessageId::CliSimpleRule)
                               .term("objective", objective_term(present::added_measure(o)))
                               .text("value", value_text(present::added_measure(o),
                                                         r.simple_rule_value, currency))
                               .percent("share", std::round(share * 1000.0) / 1000.0)) +
           "\n";
    return out;
}

void write_figures(rapidjson::PrettyWriter<rapidjson::StringBuffer>& w, const SelectionFigures& f) {
    w.StartObject();
    w.Key("creators");
    w.Uint64(f.creators);
    w.Key("cost");
    w.Double(f.cost);
    w.Key("net_reach");
    w.Double(f.net_reach);
    w.Key("gross_reach");
    w.Double(f.gross_reach);
    w.Key("on_target_reach");
    w.Double(f.on_target_reach);
    w.Key("effective_reach");
    w.Double(f.effective_reach);
    w.Key("average_frequency");
    w.Double(f.average_frequency());
    w.Key("impressions");
    w.Double(f.impressions);
    w.Key("conversions");
    w.Double(f.conversions);
    w.Key("gross_profit");
    w.Double(f.gross_profit);
    w.Key("cpm");
    w.Double(f.cpm());
    w.Key("roi");
    w.Double(f.roi());
    w.EndObject();
}

std::string_view constraint_key(ConstraintKind k) {
    switch (k) {
        case ConstraintKind::Budget: return "budget";
        case ConstraintKind::MinCreators: return "creators.min";
        case ConstraintKind::MaxCreators: return "creators.max";
        case ConstraintKind::TierMinCreators: return "tiers.min";
        case ConstraintKind::TierMaxCreators: return "tiers.max";
        case ConstraintKind::TierMinShare: return "tiers.min_share";
        case ConstraintKind::TierMaxShare: return "tiers.max_share";
        case ConstraintKind::PlatformMinCreators: return "platforms.min";
        case ConstraintKind::PlatformMaxCreators: return "platforms.max";
        case ConstraintKind::PlatformMinShare: return "platforms.min_share";
        case ConstraintKind::PlatformMaxShare: return "platforms.max_share";
        case ConstraintKind::CreatorShare: return "max_share_per_creator";
        case ConstraintKind::MinAverageFrequency: return "min_average_frequency";
        case ConstraintKind::MinEffectiveReach: return "min_effective_reach";
        case ConstraintKind::MaxCpm: return "max_cpm";
        case ConstraintKind::MinChanceRoiPositive: return "min_chance_roi_positive";
    }
    return "budget";
}

void write_constraint(rapidjson::PrettyWriter<rapidjson::StringBuffer>& w, const ConstraintRef& c) {
    w.StartObject();
    w.Key("constraint");
    const std::string_view key = constraint_key(c.kind);
    w.String(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    if (key.rfind("tiers.", 0) == 0 || key.rfind("platforms.", 0) == 0) {
        const std::string_view group = key[0] == 't' ? tier_key(static_cast<Tier>(c.group)) : platform_key(static_cast<Platform>(c.group));
        w.Key("group");
        w.String(group.data(), static_cast<rapidjson::SizeType>(group.size()));
    }
    w.EndObject();
}

std::string optimise_json(const Loaded& in, const OptimiserResult& r, const SelectionFigures& rule) {
    const Plan& plan = in.open;
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.SetIndent(' ', 2);
    const auto text = [&](const std::string& s) { w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size())); };
    const auto english = [&](const Message& m) { text(present::render(m, present::Language::English)); };
    w.StartObject();
    w.Key("plan");
    text(plan.name);
    w.Key("scenario");
    text(plan.scenario);
    w.Key("currency");
    text(plan.campaign.currency);
    w.Key("objective");
    text(std::string(objective_key(r.objective)));
    w.Key("budget");
    w.Double(r.budget);
    w.Key("feasible");
    w.Bool(r.feasible);
    w.Key("problems");
    w.StartArray();
    for (const Message& m : r.problems) english(m);
    w.EndArray();
    w.Key("unmet");
    w.StartArray();
    for (const ConstraintRef& c : r.unmet) write_constraint(w, c);
    w.EndArray();
    w.Key("objective_value");
    w.Double(r.objective_value);
    w.Key("figures");
    write_figures(w, r.figures);
    w.Key("roi_p10");
    r.roi_p10 ? w.Double(*r.roi_p10) : w.Null();
    w.Key("chance_roi_positive");
    r.chance_roi_positive ? w.Double(*r.chance_roi_positive) : w.Null();
    w.Key("chosen");
    w.StartArray();
    for (const ChosenCreator& c : r.chosen) {
        w.StartObject();
        w.Key("id");
        w.Uint(c.creator);
        w.Key("creator");
        text(creator_name(plan, c.creator));
        w.Key("booking");
        text(booking_key(c.booking));
        w.Key("deliverables");
        w.StartArray();
        for (const Deliverable& d : c.deliverables) {
            w.StartObject();
            w.Key("format");
            text(std::string(format_key(d.format)));
            w.Key("count");
            w.Int(d.count);
            w.Key("fee");
            w.Double(units_from_cents(d.unit_fee_cents));
            w.EndObject();
        }
        w.EndArray();
        w.Key("must_include");
        w.Bool(c.must_include);
        w.Key("cost");
        w.Double(c.cost);
        w.Key("adds");
        w.Double(c.adds);
        w.Key("adds_per_1000");
        w.Double(1000.0 * c.adds_per_cost);
        w.Key("net_reach_added");
        w.Double(c.net_reach_added);
        w.EndObject();
    }
    w.EndArray();
    w.Key("left_out");
    w.StartArray();
    for (const LeftOutCreator& l : r.left_out) {
        w.StartObject();
        w.Key("id");
        w.Uint(l.creator);
        w.Key("creator");
        text(creator_name(plan, l.creator));
        w.Key("booking");
        text(booking_key(l.booking));
        w.Key("cost");
        w.Double(l.cost);
        w.Key("would_add");
        w.Double(l.would_add);
        w.Key("would_add_per_1000");
        w.Double(1000.0 * l.would_add_per_cost);
        w.Key("reason");
        text(l.reason == LeftOutReason::Budget ? "budget" : l.reason == LeftOutReason::Constraint ? "constraint" : "overlap");
        if (l.constraint) {
            w.Key("constraint");
            write_constraint(w, *l.constraint);
        }
        w.Key("overlaps_most_with");
        if (l.overlaps_most_with) text(creator_name(plan, l.overlaps_most_with));
        else w.Null();
        w.Key("overlap_share");
        w.Double(l.overlap_share);
        w.EndObject();
    }
    w.EndArray();
    w.Key("bound");
    w.StartObject();
    w.Key("basis");
    text(r.bound.basis == BoundBasis::None ? "none" : r.bound.basis == BoundBasis::Knapsack ? "knapsack" : "submodular");
    w.Key("value");
    r.bound.basis == BoundBasis::None ? w.Null() : w.Double(r.bound.value);
    w.Key("gap");
    r.bound.basis == BoundBasis::None ? w.Null() : w.Double(r.bound.gap);
    w.Key("scale");
    w.Double(r.bound.scale);
    w.Key("checked");
    w.Uint64(r.bound.checked);
    w.EndObject();
    w.Key("simple_rule");
    w.StartObject();
    w.Key("value");
    w.Double(r.simple_rule_value);
    w.Key("figures");
    write_figures(w, rule);
    w.EndObject();
    w.Key("exact_evaluations");
    w.Uint64(r.exact_evaluations);
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

// --- roster frontier ---------------------------------------------------------------------------

std::string frontier_table(const Loaded& in, const Frontier& f) {
    const Plan& plan = in.open;
    const std::string& currency = plan.campaign.currency;
    const OptimiserObjective o = f.objective;
    const double top = f.points.empty() ? 0.0 : f.points.back().budget;
    std::string out = present::render(Message(MessageId::CliFrontierHeading)
                                          .text("plan", plan.name)
                                          .term("objective", objective_term(o))
                                          .integer("points", static_cast<double>(f.points.size()))
                                          .money("budget", top, currency)) +
                      "\n";
    if (!f.problems.empty()) out += "\n" + rendered(f.problems);
    out += "\n";
    Table t = {{word(Term::OptimiserColumnBudget), word(Term::OptimiserColumnSpent), word(objective_term(o)),
                word(Term::OptimiserColumnCreators),
                word(objective_counts_people(o) ? Term::OptimiserColumnMarginalThousand : Term::OptimiserColumnMarginalOne)}};
    t.front()[2][0] = static_cast<char>(std::toupper(static_cast<unsigned char>(t.front()[2][0])));
    for (const FrontierPoint& p : f.points)
        t.push_back({present::format_money(p.budget, currency), present::format_money(p.figures.cost, currency),
                     value_text(o, p.objective_value, currency), present::format_count(static_cast<double>(p.figures.creators)),
                     p.marginal_cost > 0.0 ? present::format_money(p.marginal_cost, currency) : "-"});
    out += render(t, 0, false) + "\n";
    const Message plan_line =
        f.plan_shortfall > 0.0
            ? Message(MessageId::CliFrontierCurrentPlan)
                  .money("cost", f.plan_figures.cost, currency)
                  .text("value", value_text(o, f.plan_value, currency))
                  .text("frontier", value_text(o, f.frontier_at_plan_cost, currency))
                  .percent("gap", f.plan_value > 0.0 ? std::round((f.frontier_at_plan_cost / f.plan_value - 1.0) * 1000.0) / 1000.0 : 0.0)
            : Message(MessageId::CliFrontierPlanAbove)
                  .money("cost", f.plan_figures.cost, currency)
                  .text("value", value_text(o, f.plan_value, currency))
                  .text("frontier", value_text(o, f.frontier_at_plan_cost, currency));
    out += present::render(plan_line) + "\n";
    return out;
}

std::string frontier_json(const Loaded& in, const Frontier& f) {
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.SetIndent(' ', 2);
    const auto text = [&](const std::string& s) { w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size())); };
    w.StartObject();
    w.Key("plan");
    text(in.open.name);
    w.Key("scenario");
    text(in.open.scenario);
    w.Key("currency");
    text(in.open.campaign.currency);
    w.Key("objective");
    text(std::string(objective_key(f.objective)));
    w.Key("plan_budget");
    w.Double(f.plan_budget);
    w.Key("marginal_unit");
    w.Double(f.marginal_unit);
    w.Key("problems");
    w.StartArray();
    for (const Message& m : f.problems) text(present::render(m, present::Language::English));
    w.EndArray();
    w.Key("points");
    w.StartArray();
    for (const FrontierPoint& p : f.points) {
        w.StartObject();
        w.Key("budget");
        w.Double(p.budget);
        w.Key("feasible");
        w.Bool(p.feasible);
        w.Key("objective_value");
        w.Double(p.objective_value);
        w.Key("marginal_cost");
        w.Double(p.marginal_cost);
        w.Key("figures");
        write_figures(w, p.figures);
        w.Key("creators");
        w.StartArray();
        for (std::size_t i = 0; i < p.selection.size() && i < in.open.creators.size(); ++i)
            if (p.selection[i] != kNotChosen) text(in.open.creators[i].name);
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.Key("plan_as_it_is");
    w.StartObject();
    w.Key("objective_value");
    w.Double(f.plan_value);
    w.Key("frontier_at_its_cost");
    w.Double(f.frontier_at_plan_cost);
    w.Key("shortfall");
    w.Double(f.plan_shortfall);
    w.Key("figures");
    write_figures(w, f.plan_figures);
    w.EndObject();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace

int optimise_command(const std::vector<std::string>& args) {
    Options o;
    if (const int status = parse(args, o); status != kOk) return status;
    Loaded in;
    if (const int status = load(o, in); status != kOk) return status;
    const Assumptions assumptions = resolve_assumptions(in.open);
    OptimiserRun run(in.open, assumptions, in.problem);
    const OptimiserResult r = run.finish();
    const std::shared_ptr<const CandidatePool> pool = run.pool();
    SelectionFigures rule, as_is;
    std::size_t candidates = 0;
    if (pool) {
        rule = evaluate_selection(*pool, r.simple_rule);
        as_is = evaluate_selection(*pool, pool->as_planned());
        for (const PoolCreator& c : pool->creators) candidates += !c.options.empty();
    }
    std::cout << (o.json ? optimise_json(in, r, rule) : optimise_table(in, r, rule, as_is, candidates));
    // The proposal as a plan of its own drops the stated overlaps of creators left out, which can
    // move its estimated pairs: say so when its projection differs.
    if (!o.json && !r.chosen.empty() && objective_counts_people(r.objective)) {
        Plan alone = in.open;
        const Plan with = plan_with_proposal(alone, r, "P");
        const Projection own = project(scenario_plan(with, with.scenario_position), assumptions);
        if (std::abs(own.audience.net_reach - r.figures.net_reach) > 1e-3 * std::max(1.0, r.figures.net_reach))
            std::cout << present::render(Message(MessageId::CliProposalOwnProjection).integer("reach", std::round(own.audience.net_reach))) << "\n";
    }
    if (!o.out_path.empty() && !r.chosen.empty()) {
        bool alone = false;
        const Plan written = plan_with_proposal(in.plan, r, word(Term::OptimiserProposalScenario), &alone);
        if (!validate(written).empty() || !write_file_bytes(o.out_path, storage::save_plan(written))) {
            complain(Message(MessageId::CliCannotOpen).text("path", o.out_path));
            return kFailed;
        }
        std::cout << present::render(alone ? Message(MessageId::CliProposalWrittenAlone).text("path", o.out_path)
                                           : Message(MessageId::CliProposalWritten).text("path", o.out_path).text("scenario", written.scenario))
                  << "\n";
    }
    return r.feasible ? kOk : kFailed;
}

int frontier_command(const std::vector<std::string>& args) {
    Options o;
    o.frontier = true;
    if (const int status = parse(args, o); status != kOk) return status;
    Loaded in;
    if (const int status = load(o, in); status != kOk) return status;
    const Assumptions assumptions = resolve_assumptions(in.open);
    FrontierOptions options;
    options.points = static_cast<std::size_t>(o.points);
    const Frontier f = efficient_frontier(in.open, assumptions, in.problem, options);
    std::cout << (o.json ? frontier_json(in, f) : frontier_table(in, f));
    return f.points.empty() ? kFailed : kOk;
}

}  // namespace roster::cli
