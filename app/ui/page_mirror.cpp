#include "page_mirror.h"

#include <tuple>
#include <vector>

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
