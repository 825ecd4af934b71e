#include "examples.h"

#include <string>

#include "embedded_examples.h"

namespace roster::ui {
namespace {

// The Workshop menu's wording for each file; a file without one shows its name.
std::string_view title_of(std::string_view file) {
    if (file == "ai-assistant-launch.roster.json") return "AI assistant launch: lifestyle macro creators";
    if (file == "teachers-programme.roster.json") return "Teachers: unpaid, relationship-first, mid-tier";
    if (file == "hidden-likes.roster.json") return "Hiding like counts on Instagram";
    if (file == "recommended-feed.roster.json") return "Short video in a recommendation-driven feed";
    if (file == "micro-vs-macro.roster.json") return "Same budget: micro-heavy or macro-heavy";
    return file;
}

}  // namespace

const std::vector<Example>& examples() {
    static const std::vector<Example> list = [] {
        std::vector<Example> l;
        for (std::size_t i = 0; i < kEmbeddedExampleCount; ++i) {
            const EmbeddedExample& e = kEmbeddedExamples[i];
            l.push_back({e.file, title_of(e.file), {reinterpret_cast<const char*>(e.bytes), e.size}});
        }
        return l;
    }();
    return list;
}

}  // namespace roster::ui
