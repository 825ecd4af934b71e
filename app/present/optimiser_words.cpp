#include "optimiser_words.h"

#include <algorithm>

#include "engine/message_ids.h"
#include "engine/vocabulary.h"
#include "format.h"
#include "translation.h"
#include "message_render.h"

namespace roster::present {
namespace {
std::string word(Term term) { return term_word(term); }
}  // namespace

Term objective_term(OptimiserObjective objective) {
    switch (objective) {
        case OptimiserObjective::NetReach: return Term::OptimiserObjectiveNetReach;
        case OptimiserObjective::OnTargetReach: return Term::OptimiserObjectiveOnTargetReach;
        case OptimiserObjective::EffectiveReach: return Term::OptimiserObjectiveEffectiveReach;
        case OptimiserObjective::Conversions: return Term::OptimiserObjectiveConversions;
        case OptimiserObjective::GrossProfit: return Term::OptimiserObjectiveGrossProfit;
        case OptimiserObjective::RoiP10: return Term::OptimiserObjectiveRoiP10;
    }
    return Term::OptimiserObjectiveNetReach;
}

std::string objective_name(OptimiserObjective objective) { return word(objective_term(objective)); }

OptimiserObjective added_measure(OptimiserObjective objective) {
    return objective == OptimiserObjective::RoiP10 ? OptimiserObjective::GrossProfit : objective;
}

std::string objective_value_text(OptimiserObjective objective, double value, const std::string& currency) {
    switch (objective) {
        case OptimiserObjective::GrossProfit: return format_money(value, currency);
        case OptimiserObjective::RoiP10: return format_percent(value);
        default: return format_count(value);
    }
}

std::string booking_text(const BookingOption& option) {
    switch (option.kind) {
        case OptionKind::AsPlanned: return word(Term::OptimiserOptionAsPlanned);
        case OptionKind::OnePost: return word(Term::OptimiserOptionOnePost);
        case OptionKind::HalfPosts: return word(Term::OptimiserOptionHalfPosts);
        case OptionKind::DoublePosts: return word(Term::OptimiserOptionDoublePosts);
        case OptionKind::Custom: {
            if (!option.label.empty()) return option.label;  // the planner's own words
            // Lines without a name: "2 Feed post + 3 Story".
            std::string text;
            for (const Deliverable& d : option.deliverables)
                text += (text.empty() ? "" : " + ") + format_count(static_cast<double>(d.count)) + " " +
                        tr(std::string(format_label(d.format)).c_str());
            return text;
        }
    }
    return option.label;
}

std::string creator_name(const Plan& plan, CreatorId id) {
    const auto it = std::find_if(plan.creators.begin(), plan.creators.end(), [&](const Creator& c) { return c.id == id; });
    return it != plan.creators.end() ? it->name : "#" + std::to_string(id);
}

Message left_out_reason(const LeftOutCreator& creator, const OptimiserResult& result,
                        const OptimiserConstraints& constraints, const Plan& plan) {
    const std::string& currency = plan.campaign.currency;
    switch (creator.reason) {
        case LeftOutReason::Budget:
            return Message(MessageId::LeftOutBudget)
                .money("cost", creator.cost, currency)
                .money("left", std::max(0.0, result.budget - result.figures.cost), currency);
        case LeftOutReason::Constraint:
            if (creator.constraint)
                return Message(MessageId::LeftOutConstraint)
                    .nested("constraint", describe_constraint(*creator.constraint, constraints, currency));
            break;
        case LeftOutReason::Overlap:
            return Message(MessageId::LeftOutOverlap)
                .percent("share", creator.overlap_share)
                .text("creator", creator_name(plan, creator.overlaps_most_with));
    }
    return Message(MessageId::LeftOutBudget)
        .money("cost", creator.cost, currency)
        .money("left", std::max(0.0, result.budget - result.figures.cost), currency);
}

}  // namespace roster::present
