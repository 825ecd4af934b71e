// What the page shows beside the canvas, for screen readers (a canvas cannot be read) and the
// browser tests: the plan's text summary (with the comparison read out while it is open), the
// net reach's range as far as it is drawn, the status bar's words, and where the controls are (landmarks). Each goes to the host only when
// it changed, and is written again only when what it is made of changed.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "engine/plan.h"
#include "live/live_results.h"
#include "platform/platform.h"
#include "present/format.h"

namespace roster::ui {

class PageMirror {
public:
    struct Page {
        const Plan& plan;
        const live::LiveResults& live;
        std::uint64_t plan_opened;  // the session's generation: another plan, another summary
        bool comparing;             // the comparison window is open (and not presenting)
        const std::string& status;  // what the status bar says
        std::map<std::string, platform::Rect>& landmarks;  // this frame's; taken
    };
    void publish(platform::Host& host, Page page);

private:
    // The summary of the last final projection, and what it was written from.
    std::string summary_;
    std::optional<std::tuple<std::uint64_t, std::uint64_t, present::Language>> summary_key_;
    // The net reach's range read out after it, and what it was written from.
    std::string ranges_;
    std::optional<std::tuple<std::uint64_t, std::uint64_t, int, bool, present::Language>> ranges_key_;
    std::string comparison_;
    std::optional<std::tuple<std::uint64_t, std::uint64_t, present::Language>> comparison_key_;
    std::string published_summary_, published_status_, published_ranges_;
    std::map<std::string, platform::Rect> published_landmarks_;
};

}  // namespace roster::ui
