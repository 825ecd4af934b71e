#include "page_mirror.h"

#include <tuple>
#include <vector>

#include "present/message_render.h"
#include "present/scenario_comparison.h"
#include "present/summary.h"

namespace roster::ui {

void PageMirror::publish(platform::Host& host, Page page) {
    const present::Language language = present::display_language();
    // The summary follows the projection once it is final, in the display language's style.
    if (const std::optional<std::uint64_t> final = page.live.final_revision()) {
        const auto key = std::make_tuple(page.plan_opened, *final, language);
        if (key != summary_key_) {
            summary_ = present::plan_summary(page.plan, page.live.projection());
            summary_key_ = key;
        }
    }
    // The comparison is read out with the plan while it is open, written again only when the
    // compared scenarios' results (or the language) changed.
    const auto key = std::make_tuple(page.plan_opened, page.live.scenario_changes(), language);
    if (page.comparing && key != comparison_key_) {
        std::vector<std::string> names;
        std::vector<present::ComparedScenario> compared;
        for (const auto& e : page.live.scenarios().entries()) {
            names.push_back(e->name);
            compared.push_back({e->name, &e->projection, nullptr});
        }
        comparison_ = present::comparison_summary(names, present::compare_scenarios(compared), page.plan.campaign.currency);
        comparison_key_ = key;
    }
    std::string summary = summary_;
    // The net reach's range, once it is the final projection's: "so far" while the simulation
    // goes on, so a reader (and the ranges benchmark) knows when it is final. Beside the summary,
    // not in it: rewriting a 1,000-creator summary after every block of draws cost the page
    // 80 to 180 ms of layout each time (measured in headless Chromium), and would have a screen
    // reader read it all again.
    std::string ranges;
    if (const std::optional<std::uint64_t> final = page.live.final_revision()) {
        const present::Analysis* analysis = page.live.analysis(*final);
        const auto& drawn = analysis ? analysis->ranges() : std::nullopt;
        if (drawn) {
            const auto at = std::make_tuple(page.plan_opened, *final, drawn->draws, analysis->ranges_final(), language);
            if (at != ranges_key_) {
                const Band& reach = (*drawn)[Headline::Reach];
                ranges_ = present::render(Message(analysis->ranges_final() ? MessageId::SummaryRangesFinal
                                                                           : MessageId::SummaryRangesSoFar)
                                              .count("low", reach.p10)
                                              .count("high", reach.p90)
                                              .count("draws", drawn->draws));
                ranges_key_ = at;
            }
            ranges = ranges_;
        }
    }
    if (ranges != published_ranges_) {
        published_ranges_ = ranges;
        host.publish_ranges(published_ranges_);
    }
    if (page.comparing && !comparison_.empty()) summary += "\n" + comparison_;
    if (summary != published_summary_) {
        published_summary_ = summary;
        host.publish_summary(published_summary_);
    }
    if (page.status != published_status_) {
        published_status_ = page.status;
        host.publish_status(published_status_);
    }
    if (page.landmarks != published_landmarks_) {
        // A control that is no longer drawn (a closed menu's item) is published as empty, so
        // nothing aims at where it was.
        for (const auto& [id, rect] : published_landmarks_)
            if (!page.landmarks.count(id)) host.publish_landmark(id, platform::Rect{});
        for (const auto& [id, rect] : page.landmarks) host.publish_landmark(id, rect);
        published_landmarks_ = std::move(page.landmarks);
    }
}

}  // namespace roster::ui
