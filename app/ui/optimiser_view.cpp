#include "optimiser_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "charts.h"
#include "engine/message_ids.h"
#include "engine/scenarios.h"
#include "engine/validation.h"
#include "engine/vocabulary.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/optimiser_words.h"
#include "present/translation.h"
#include "theme.h"
#include "widgets.h"

namespace roster::ui {
using namespace roster::present;
namespace {

const ImVec4 kWarning(0.75f, 0.10f, 0.10f, 1.0f);

std::string said(const Message& m) { return render(m); }

// "net reach" -> "Net reach": the objective's name, written for a sentence, heading a row.
std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

// A gap or share to a tenth of a percent: more digits would claim a precision the bound lacks.
double tenth_of_percent(double share) { return std::round(share * 1000.0) / 1000.0; }

// A titled part of the window (Dear ImGui 1.86 has no separator with text).
void heading(const char* text) {
    ImGui::Spacing();
    ImGui::TextDisabled("%s", text);
    ImGui::Separator();
}

// The plan as it is, by the objective the optimiser uses (from the live projection).
double plan_value(OptimiserObjective objective, const Projection& p, const present::Analysis* analysis) {
    switch (objective) {
        case OptimiserObjective::NetReach: return p.total.reach;
        case OptimiserObjective::OnTargetReach: return p.total.on_target_reach;
        case OptimiserObjective::EffectiveReach: return p.audience.effective_reach;
        case OptimiserObjective::Conversions: return p.total.conversions;
        case OptimiserObjective::GrossProfit: return p.total.gross_profit;
        case OptimiserObjective::RoiP10:
            if (analysis && analysis->ranges()) return (*analysis->ranges())[Headline::Roi].p10;
            return p.ratios.roi;
    }
    return 0.0;
}

// A whole number typed, 0 meaning "no limit".
void limit_field(const char* label, int& value, const char* landmark, ViewContext& ctx) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
    ImGui::InputInt(label, &value, 0, 0);
    value = std::clamp(value, 0, static_cast<int>(PlanLimits::kMaxCreators));
    if (landmark) ctx.mark(landmark);
}

void amount_field(const char* label, double& value, const char* landmark, ViewContext& ctx) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputDouble(label, &value, 0.0, 0.0, "%.2f");
    if (!std::isfinite(value) || value < 0.0) value = 0.0;
    if (landmark) ctx.mark(landmark);
}

void draw_settings(ViewContext& ctx, OptimiserViewState& s, double plan_cost) {
    const std::string& cur = ctx.plan.campaign.currency;
    const float objective_w = combo_width(nullptr, kOptimiserObjectiveCount,
                                          [](int i) { return objective_name(static_cast<OptimiserObjective>(i)); });
    ImGui::SetNextItemWidth(objective_w);
    choice_combo(tr("Make as large as possible"), s.objective, nullptr, kOptimiserObjectiveCount,
                 [](int i) { return objective_name(static_cast<OptimiserObjective>(i)); });
    ctx.mark("optimiser-objective");
    const double default_budget = ctx.plan.campaign.budget_cap_cents > 0
                                      ? units_from_cents(ctx.plan.campaign.budget_cap_cents)
                                      : plan_cost;
    if (s.budget <= 0.0) s.budget = std::round(default_budget * 100.0) / 100.0;
    amount_field(trf("Budget (%s)", {currency_symbol(cur)}).c_str(), s.budget, "optimiser-budget", ctx);

    if (ImGui::CollapsingHeader((std::string(tr("Constraints")) + "###optimiser-constraints").c_str())) {
        limit_field(tr("At least this many creators"), s.min_creators, nullptr, ctx);
        limit_field(tr("At most this many creators (0: no limit)"), s.max_creators, "optimiser-max-creators", ctx);
        amount_field(tr("Most on one creator, % of the budget (0: no limit)"), s.max_creator_share, nullptr, ctx);
        s.max_creator_share = std::min(s.max_creator_share, 100.0);
        amount_field(trf("Highest CPM (%s, 0: no limit)", {currency_symbol(cur)}).c_str(), s.max_cpm, nullptr, ctx);
        amount_field(tr("Lowest average frequency (0: no limit)"), s.min_frequency, nullptr, ctx);
        amount_field(trf("Fewest people reached %s+ times (0: no limit)", {std::to_string(ctx.projection.audience.effective_k)}).c_str(),
                     s.min_effective_reach, nullptr, ctx);
        amount_field(tr("Lowest chance of a positive ROI, % (0: no limit)"), s.min_chance_roi, nullptr, ctx);
        s.min_chance_roi = std::min(s.min_chance_roi, 100.0);
        // Per platform and tier: only those the plan has creators on.
        const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
        if (ImGui::BeginTable("group-limits", 5, flags)) {
            ImGui::TableSetupColumn("");
            ImGui::TableSetupColumn(tr("At least"));
            ImGui::TableSetupColumn(tr("At most (0: no limit)"));
            ImGui::TableSetupColumn(tr("Spend at least, %"));
            ImGui::TableSetupColumn(tr("Spend at most, % (0: no limit)"));
            ImGui::TableHeadersRow();
            const auto row = [&](const std::string& name, int& min, int& max, double& min_share, double& max_share,
                                 const std::string& id) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(name.c_str());
                ImGui::TableNextColumn();
                ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4);
                ImGui::InputInt(("##min-" + id).c_str(), &min, 0, 0);
                ImGui::TableNextColumn();
                ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4);
                ImGui::InputInt(("##max-" + id).c_str(), &max, 0, 0);
                min = std::max(min, 0);
                max = std::max(max, 0);
                for (auto [share, key] : {std::pair<double*, const char*>{&min_share, "##min-share-"},
                                          std::pair<double*, const char*>{&max_share, "##max-share-"}}) {
                    ImGui::TableNextColumn();
                    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4);
                    ImGui::InputDouble((key + id).c_str(), share, 0.0, 0.0, "%.0f");
                    if (!std::isfinite(*share)) *share = 0.0;
                    *share = std::clamp(*share, 0.0, 100.0);
                }
            };
            for (int p = 0; p < kPlatformCount; ++p) {
                const auto platform = static_cast<Platform>(p);
                if (std::none_of(ctx.plan.creators.begin(), ctx.plan.creators.end(),
                                 [&](const Creator& c) { return c.platform == platform; }))
                    continue;
                row(tr(std::string(platform_label(platform)).c_str()), s.platform_min[p], s.platform_max[p],
                    s.platform_min_share[p], s.platform_max_share[p], std::string(platform_key(platform)));
            }
            for (int t = 0; t < kTierCount; ++t) {
                const auto tier = static_cast<Tier>(t);
                if (std::none_of(ctx.plan.creators.begin(), ctx.plan.creators.end(),
                                 [&](const Creator& c) { return tier_of(c.followers, ctx.plan.tiers) == tier; }))
                    continue;
                row(tr(std::string(tier_label(tier)).c_str()), s.tier_min[t], s.tier_max[t], s.tier_min_share[t],
                    s.tier_max_share[t], std::string(tier_key(tier)));
            }
            ImGui::EndTable();
        }
    }
    const bool creators_open =
        ImGui::CollapsingHeader((std::string(tr("Creators and how they may be booked")) + "###optimiser-creators").c_str());
    ctx.mark("optimiser-creators");
    if (creators_open) {
        static const OptionKind kinds[] = {OptionKind::AsPlanned, OptionKind::OnePost, OptionKind::HalfPosts,
                                           OptionKind::DoublePosts};
        for (int k = 0; k < 4; ++k) {
            if (k > 0) same_line_if_fits(ImGui::GetFrameHeight() + ImGui::CalcTextSize(booking_text({kinds[k], {}, {}}).c_str()).x + 20);
            ImGui::Checkbox((booking_text({kinds[k], {}, {}}) + "##option" + std::to_string(k)).c_str(), &s.options[static_cast<std::size_t>(k)]);
        }
        if (std::none_of(s.options.begin(), s.options.end(), [](bool b) { return b; })) s.options[0] = true;
        const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                      ImGuiTableFlags_ScrollY;
        const float height = std::min(ImGui::GetFrameHeightWithSpacing() * 8.0f,
                                      ImGui::GetFrameHeightWithSpacing() * (1.5f + static_cast<float>(ctx.plan.creators.size())));
        if (ImGui::BeginTable("optimiser-roles", 5, flags, ImVec2(0.0f, height))) {
            ImGui::TableSetupScrollFreeze(0, 1);
            ImGui::TableSetupColumn(tr("Creator"), ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn(tr("Platform"));
            ImGui::TableSetupColumn(tr("Cost"));
            ImGui::TableSetupColumn(tr("In the search"));
            ImGui::TableSetupColumn(tr("Own bookings"));
            ImGui::TableHeadersRow();
            const auto role_name = [](int i) {
                return std::string(i == 0 ? tr("candidate") : i == 1 ? tr("must be in") : tr("left out"));
            };
            const float role_w = combo_width(nullptr, 3, role_name);
            for (std::size_t i = 0; i < ctx.plan.creators.size(); ++i) {
                const Creator& c = ctx.plan.creators[i];
                ImGui::PushID(static_cast<int>(c.id));
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                text_whole_on_hover(c.name);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(tr(std::string(platform_label(c.platform)).c_str()));
                ImGui::TableNextColumn();
                if (i < ctx.projection.creators.size())
                    right_aligned_text(format_money(ctx.projection.creators[i].outcome.cost(), ctx.plan.campaign.currency));
                ImGui::TableNextColumn();
                int role = 0;
                if (const auto it = s.roles.find(c.id); it != s.roles.end()) role = it->second;
                ImGui::SetNextItemWidth(role_w);
                if (choice_combo("##role", role, nullptr, 3, role_name)) {
                    if (role == 0) s.roles.erase(c.id);
                    else s.roles[c.id] = role;
                }
                ctx.mark("optimiser-role-" + std::to_string(i));
                ImGui::TableNextColumn();
                const auto own = s.bookings.find(c.id);
                const std::size_t count = own == s.bookings.end() ? 0 : own->second.size();
                if (count > 0) {
                    std::string listed;
                    for (const auto& lines : own->second)
                        listed += booking_text(BookingOption{OptionKind::Custom, {}, lines}) + "\n";
                    ImGui::TextUnformatted(format_count(static_cast<double>(count)).c_str());
                    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", listed.c_str());
                    ImGui::SameLine();
                }
                if (ImGui::SmallButton(tr("Add…"))) {
                    s.booking_for = c.id;
                    s.booking_draft = c.deliverables;  // start from how the plan books them
                    s.open_booking = true;
                }
                ctx.mark("optimiser-booking-" + std::to_string(i));
                if (count > 0) {
                    ImGui::SameLine();
                    if (ImGui::SmallButton(tr("Clear"))) s.bookings.erase(c.id);
                }
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
    }
}

// The planner writes one more way of booking a creator: lines of a format, a number of posts and
// a fee each, as in the creator panel.
void draw_booking_editor(ViewContext& ctx, OptimiserViewState& s) {
    if (s.open_booking) {
        ImGui::OpenPopup("booking-editor");
        s.open_booking = false;
    }
    if (!ImGui::BeginPopup("booking-editor")) return;
    const auto it = std::find_if(ctx.plan.creators.begin(), ctx.plan.creators.end(),
                                 [&](const Creator& c) { return c.id == s.booking_for; });
    if (it == ctx.plan.creators.end()) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::TextUnformatted(trf("Another way to book “%s”", {it->name}).c_str());
    int remove = -1;
    for (std::size_t k = 0; k < s.booking_draft.size(); ++k) {
        Deliverable& d = s.booking_draft[k];
        ImGui::PushID(static_cast<int>(k));
        d.format = nearest_format(it->platform, d.format);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
        format_combo("##format", it->platform, d.format);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4);
        int count = d.count;
        ImGui::InputInt(tr("posts"), &count, 0, 0);
        d.count = std::clamp(count, 0, 1000);
        ctx.mark("booking-posts-" + std::to_string(k));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
        double fee = units_from_cents(d.unit_fee_cents);
        ImGui::InputDouble(trf("each (%s)", {currency_symbol(ctx.plan.campaign.currency)}).c_str(), &fee, 0.0, 0.0, "%.2f");
        if (std::isfinite(fee) && fee >= 0.0) d.unit_fee_cents = cents_from_units(fee);
        ImGui::SameLine();
        if (ImGui::Button("x", ImVec2(ImGui::GetFrameHeight(), 0.0f))) remove = static_cast<int>(k);
        ImGui::PopID();
    }
    if (remove >= 0) s.booking_draft.erase(s.booking_draft.begin() + remove);
    if (ImGui::SmallButton(tr("Add a deliverable line")))
        s.booking_draft.push_back({reference_format(it->platform), 1, s.booking_draft.empty() ? 0 : s.booking_draft.back().unit_fee_cents});
    const bool usable = !s.booking_draft.empty() &&
                        std::any_of(s.booking_draft.begin(), s.booking_draft.end(), [](const Deliverable& d) { return d.count > 0; });
    ImGui::BeginDisabled(!usable);
    if (ImGui::Button(tr("Keep this booking"))) {
        s.bookings[s.booking_for].push_back(s.booking_draft);
        ImGui::CloseCurrentPopup();
    }
    ctx.mark("booking-keep");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_result(ViewContext& ctx, const OptimiserResult& r, const OptimiserViewState& settings, bool stale,
                 OptimiserChoice& choice) {
    const std::string& cur = ctx.plan.campaign.currency;
    const OptimiserProblem problem = optimiser_problem(settings, ctx.plan, ctx.projection.total.cost());
    heading(tr("Proposal"));
    if (stale) ImGui::TextDisabled("%s", tr("The plan has changed since this proposal: propose again to follow it."));
    if (r.cancelled) ImGui::TextDisabled("%s", tr("Cancelled: the best proposal found until then."));
    for (const Message& m : r.problems) ImGui::TextColored(kWarning, "%s", said(m).c_str());
    for (const ConstraintRef& c : r.unmet)
        ImGui::TextColored(kWarning, "%s",
                           said(Message(MessageId::OptimiserNotMet).nested("constraint", describe_constraint(c, problem.constraints, cur))).c_str());
    if (r.chosen.empty()) return;

    // The proposal beside the plan as it is and the planners' simple rule.
    const double plan_now = plan_value(r.objective, ctx.projection, ctx.live.analysis());
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    if (ImGui::BeginTable("optimiser-summary", 4, flags)) {
        ImGui::TableSetupColumn("");
        ImGui::TableSetupColumn(tr("Proposal"));
        ImGui::TableSetupColumn(tr("Plan as it is"));
        ImGui::TableSetupColumn(tr("Simple rule"));
        ImGui::TableHeadersRow();
        const auto line = [](const char* label, const std::string& a, const std::string& b, const std::string& c) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(label);
            ImGui::TableNextColumn();
            right_aligned_text(a);
            ImGui::TableNextColumn();
            right_aligned_text(b);
            ImGui::TableNextColumn();
            right_aligned_text(c);
        };
        std::size_t simple_count = 0;
        for (const std::int32_t o : r.simple_rule) simple_count += o != kNotChosen ? 1u : 0u;
        const std::string objective = objective_name(r.objective);
        line(capitalised(objective).c_str(), objective_value_text(r.objective, r.objective_value, cur),
             objective_value_text(r.objective, plan_now, cur),
             // The simple rule is valued in gross profit under the pessimistic ROI (the line below says so).
             r.objective == OptimiserObjective::RoiP10 ? "" : objective_value_text(r.objective, r.simple_rule_value, cur));
        ctx.mark("optimiser-proposal-value");
        line(tr("Creators"), format_count(static_cast<double>(r.figures.creators)), format_count(static_cast<double>(ctx.plan.creators.size())),
             format_count(static_cast<double>(simple_count)));
        line(tr("Cost"), format_money(r.figures.cost, cur), format_money(ctx.projection.total.cost(), cur), "");
        if (r.objective != OptimiserObjective::NetReach)
            line(tr("Net reach"), format_count(r.figures.net_reach), format_count(ctx.projection.total.reach), "");
        ImGui::EndTable();
    }
    {
        // Like with like: under the pessimistic ROI the search and the rule both go by gross profit.
        const OptimiserObjective measure = added_measure(r.objective);
        const double proposal = r.objective == OptimiserObjective::RoiP10 ? r.figures.gross_profit : r.objective_value;
        const double share = proposal != 0.0 ? r.simple_rule_value / proposal : 0.0;
        ImGui::TextWrapped("%s", said(Message(MessageId::CliSimpleRule)
                                          .term("objective", objective_term(measure))
                                          .text("value", objective_value_text(measure, r.simple_rule_value, cur))
                                          .percent("share", tenth_of_percent(share)))
                                     .c_str());
    }
    if (r.bound.basis != BoundBasis::None)
        ImGui::TextWrapped("%s", said(Message(MessageId::CliOptimiseBound)
                                          .text("bound", objective_value_text(r.objective, r.bound.value, cur))
                                          .percent("gap", tenth_of_percent(r.bound.gap)))
                                     .c_str());
    if (r.roi_p10 && r.chance_roi_positive)
        ImGui::TextUnformatted(said(Message(MessageId::CliOptimiseRisk).percent("p10", *r.roi_p10).percent("chance", *r.chance_roi_positive)).c_str());
    if (ImGui::Button(tr("Open as a new scenario"))) choice.kind = OptimiserChoice::Kind::OpenProposal;
    ctx.mark("optimiser-open");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr("Beside your own scenarios, to compare side by side; Undo takes it back."));

    heading(tr("Chosen, most added per unit of money first"));
    if (ImGui::BeginTable("optimiser-chosen", 5, flags | ImGuiTableFlags_ScrollY,
                          ImVec2(0.0f, ImGui::GetTextLineHeightWithSpacing() * std::min<float>(10.0f, 1.5f + r.chosen.size())))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr("Creator"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr("Booking"));
        ImGui::TableSetupColumn(tr("Cost"));
        ImGui::TableSetupColumn(tr("Adds"));
        ImGui::TableSetupColumn(tr("Per 1,000 spent"));
        ImGui::TableHeadersRow();
        for (const ChosenCreator& c : r.chosen) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text_whole_on_hover(creator_name(ctx.plan, c.creator) + (c.must_include ? " *" : ""));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(booking_text(c.booking).c_str());
            ImGui::TableNextColumn();
            right_aligned_text(format_money(c.cost, cur));
            ImGui::TableNextColumn();
            right_aligned_text(objective_value_text(added_measure(r.objective), c.adds, cur));
            ImGui::TableNextColumn();
            right_aligned_text(objective_value_text(added_measure(r.objective), 1000.0 * c.adds_per_cost, cur));
        }
        ImGui::EndTable();
    }
    if (r.left_out.empty()) return;
    heading(tr("The best left out, and why"));
    if (ImGui::BeginTable("optimiser-left-out", 4, flags | ImGuiTableFlags_ScrollY,
                          ImVec2(0.0f, ImGui::GetTextLineHeightWithSpacing() * std::min<float>(8.0f, 1.5f + r.left_out.size())))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr("Creator"));
        ImGui::TableSetupColumn(tr("Cost"));
        ImGui::TableSetupColumn(tr("Would add"));
        ImGui::TableSetupColumn(tr("Why left out"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableHeadersRow();
        for (const LeftOutCreator& c : r.left_out) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text_whole_on_hover(creator_name(ctx.plan, c.creator));
            ImGui::TableNextColumn();
            right_aligned_text(format_money(c.cost, cur));
            ImGui::TableNextColumn();
            right_aligned_text(objective_value_text(added_measure(r.objective), c.would_add, cur));
            ImGui::TableNextColumn();
            text_whole_on_hover(said(left_out_reason(c, r, problem.constraints, ctx.plan)));
        }
        ImGui::EndTable();
    }
}

void draw_frontier(ViewContext& ctx, const Frontier& f, bool stale) {
    const std::string& cur = ctx.plan.campaign.currency;
    heading(tr("Efficient frontier"));
    if (stale) ImGui::TextDisabled("%s", tr("The plan has changed since this frontier: draw it again to follow it."));
    if (f.cancelled) ImGui::TextDisabled("%s", tr("Cancelled: the budgets finished until then."));
    for (const Message& m : f.problems) ImGui::TextColored(kWarning, "%s", said(m).c_str());
    if (f.points.empty()) return;
    const std::string objective = objective_name(f.objective);
    if (f.plan_shortfall > 0.0)
        ImGui::TextWrapped("%s", said(Message(MessageId::CliFrontierCurrentPlan)
                                          .money("cost", f.plan_figures.cost, cur)
                                          .text("value", objective_value_text(f.objective, f.plan_value, cur))
                                          .text("frontier", objective_value_text(f.objective, f.frontier_at_plan_cost, cur))
                                          .percent("gap", tenth_of_percent(f.frontier_at_plan_cost > 0 ? f.frontier_at_plan_cost / std::max(1e-9, f.plan_value) - 1.0 : 0.0)))
                                     .c_str());
    else
        ImGui::TextWrapped("%s", said(Message(MessageId::CliFrontierPlanAbove)
                                          .money("cost", f.plan_figures.cost, cur)
                                          .text("value", objective_value_text(f.objective, f.plan_value, cur))
                                          .text("frontier", objective_value_text(f.objective, f.frontier_at_plan_cost, cur)))
                                     .c_str());
    std::vector<Series> series(2);
    series[0].name = capitalised(objective);
    series[0].color = series_color(0);
    for (const FrontierPoint& p : f.points) series[0].points.push_back({p.budget, p.objective_value});
    series[1].name = tr("Plan as it is");
    series[1].color = series_color(5);
    series[1].markers = true;
    series[1].points.push_back({f.plan_figures.cost, f.plan_value});
    const double top = std::max(f.points.back().budget, f.plan_figures.cost);
    line_chart("frontier", series, 0.0, top, [&](double v) { return objective_value_text(f.objective, v, cur); },
               [&](double v) { return format_money(v, cur); });
    ctx.mark("optimiser-frontier-chart");
    legend(series);
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY;
    if (ImGui::BeginTable("frontier-points", 5, flags, ImVec2(0.0f, ImGui::GetTextLineHeightWithSpacing() * 9.0f))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr("Budget"));
        ImGui::TableSetupColumn(tr("Spent"));
        ImGui::TableSetupColumn(tr("Creators"));
        ImGui::TableSetupColumn(capitalised(objective).c_str());
        const bool people = objective_counts_people(f.objective);
        ImGui::TableSetupColumn(people ? tr("Cost of 1,000 more") : tr("Cost of one more"));
        ImGui::TableHeadersRow();
        for (const FrontierPoint& p : f.points) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            right_aligned_text(format_money(p.budget, cur));
            ImGui::TableNextColumn();
            right_aligned_text(format_money(p.figures.cost, cur));
            ImGui::TableNextColumn();
            right_aligned_text(format_count(static_cast<double>(p.figures.creators)));
            ImGui::TableNextColumn();
            right_aligned_text(objective_value_text(f.objective, p.objective_value, cur));
            ImGui::TableNextColumn();
            right_aligned_text(p.marginal_cost > 0 ? format_money(p.marginal_cost, cur) : "—");
        }
        ImGui::EndTable();
    }
}

}  // namespace

OptimiserProblem optimiser_problem(const OptimiserViewState& s, const Plan& plan, double plan_cost) {
    OptimiserProblem problem;
    problem.objective = static_cast<OptimiserObjective>(std::clamp(s.objective, 0, kOptimiserObjectiveCount - 1));
    OptimiserConstraints& c = problem.constraints;
    c.budget = s.budget > 0.0 ? s.budget
                              : plan.campaign.budget_cap_cents > 0 ? units_from_cents(plan.campaign.budget_cap_cents) : plan_cost;
    c.min_creators = s.min_creators;
    if (s.max_creators > 0) c.max_creators = s.max_creators;
    if (s.max_creator_share > 0.0) c.max_creator_share = s.max_creator_share / 100.0;
    if (s.max_cpm > 0.0) c.max_cpm = s.max_cpm;
    if (s.min_frequency > 0.0) c.min_average_frequency = s.min_frequency;
    if (s.min_effective_reach > 0.0) c.min_effective_reach = s.min_effective_reach;
    if (s.min_chance_roi > 0.0) c.min_chance_roi_positive = s.min_chance_roi / 100.0;
    for (int p = 0; p < kPlatformCount; ++p) {
        c.platforms[static_cast<std::size_t>(p)].min_creators = s.platform_min[static_cast<std::size_t>(p)];
        if (s.platform_max[static_cast<std::size_t>(p)] > 0)
            c.platforms[static_cast<std::size_t>(p)].max_creators = s.platform_max[static_cast<std::size_t>(p)];
        c.platforms[static_cast<std::size_t>(p)].min_spend_share = s.platform_min_share[static_cast<std::size_t>(p)] / 100.0;
        if (s.platform_max_share[static_cast<std::size_t>(p)] > 0.0)
            c.platforms[static_cast<std::size_t>(p)].max_spend_share = s.platform_max_share[static_cast<std::size_t>(p)] / 100.0;
    }
    for (int t = 0; t < kTierCount; ++t) {
        c.tiers[static_cast<std::size_t>(t)].min_creators = s.tier_min[static_cast<std::size_t>(t)];
        if (s.tier_max[static_cast<std::size_t>(t)] > 0) c.tiers[static_cast<std::size_t>(t)].max_creators = s.tier_max[static_cast<std::size_t>(t)];
        c.tiers[static_cast<std::size_t>(t)].min_spend_share = s.tier_min_share[static_cast<std::size_t>(t)] / 100.0;
        if (s.tier_max_share[static_cast<std::size_t>(t)] > 0.0)
            c.tiers[static_cast<std::size_t>(t)].max_spend_share = s.tier_max_share[static_cast<std::size_t>(t)] / 100.0;
    }
    static const OptionKind kinds[] = {OptionKind::AsPlanned, OptionKind::OnePost, OptionKind::HalfPosts, OptionKind::DoublePosts};
    problem.default_options.clear();
    for (std::size_t k = 0; k < 4; ++k)
        if (s.options[k]) problem.default_options.push_back(BookingOption{kinds[k], {}, {}});
    if (problem.default_options.empty()) problem.default_options.push_back(BookingOption{});
    // A creator with a role or bookings of their own gets a setting; the others take the defaults.
    for (const Creator& creator : plan.creators) {
        const auto role = s.roles.find(creator.id);
        const auto own = s.bookings.find(creator.id);
        if (role == s.roles.end() && own == s.bookings.end()) continue;
        CandidateSetting setting;
        setting.creator = creator.id;
        if (role != s.roles.end())
            setting.role = role->second == 1 ? CandidateRole::MustInclude
                           : role->second == 2 ? CandidateRole::Excluded : CandidateRole::Candidate;
        if (own != s.bookings.end()) {
            setting.options = problem.default_options;
            for (const auto& lines : own->second) setting.options.push_back(BookingOption{OptionKind::Custom, {}, lines});
        }
        problem.settings.push_back(setting);
    }
    return problem;
}

OptimiserChoice draw_optimiser_view(ViewContext& ctx, const live::OptimiserJob& job, std::uint64_t revision) {
    OptimiserChoice choice;
    OptimiserViewState& s = ctx.state.optimiser;
    draw_booking_editor(ctx, s);
    const double plan_cost = ctx.projection.total.cost();
    ImGui::TextWrapped("%s", tr("The best roster for a budget among this scenario's creators, by Roster's own figures "
                                "(net of audience overlap, never followers added up). The proposal opens as a new "
                                "scenario beside yours."));
    draw_settings(ctx, s, plan_cost);
    ImGui::Spacing();
    const bool busy = job.searching() || job.drawing_frontier();
    ImGui::BeginDisabled(busy || ctx.plan.creators.empty());
    if (ImGui::Button(tr("Propose a roster"))) {
        choice.kind = OptimiserChoice::Kind::Search;
        choice.problem = optimiser_problem(s, ctx.plan, plan_cost);
    }
    ctx.mark("optimiser-run");
    same_line_if_fits(button_width(tr("Draw the frontier")));
    if (ImGui::Button(tr("Draw the frontier"))) {
        choice.kind = OptimiserChoice::Kind::Frontier;
        choice.problem = optimiser_problem(s, ctx.plan, plan_cost);
    }
    ctx.mark("optimiser-frontier");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr("The best proposal at twenty budgets from nothing to twice this one, with the plan as it "
                                   "is against them."));
    ImGui::EndDisabled();
    if (busy) {
        ImGui::ProgressBar(static_cast<float>(job.progress()), ImVec2(-ImGui::GetFontSize() * 7, 0),
                           job.searching() ? tr("Searching…") : tr("Drawing the frontier…"));
        ctx.mark("optimiser-progress");
        ImGui::SameLine();
        if (ImGui::Button(tr("Cancel"))) choice.kind = OptimiserChoice::Kind::Cancel;
        ctx.mark("optimiser-cancel");
    }
    if (const OptimiserResult* r = job.result()) draw_result(ctx, *r, s, job.result_revision() != revision, choice);
    if (const Frontier* f = job.frontier()) draw_frontier(ctx, *f, job.frontier_revision() != revision);
    return choice;
}

}  // namespace roster::ui
