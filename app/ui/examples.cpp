#include "examples.h"

#include "embedded_examples.h"

namespace roster::ui {
namespace {
std::string_view text_of(const unsigned char* bytes, std::size_t size) {
    return {reinterpret_cast<const char*>(bytes), size};
}
}  // namespace

const std::vector<Example>& examples() {
    static const std::vector<Example> list{
        {"ai-assistant-launch.roster.json", "AI assistant launch: lifestyle macro creators",
         text_of(kExample_ai_assistant_launch, kExample_ai_assistant_launchSize)},
        {"teachers-programme.roster.json", "Teachers: unpaid, relationship-first, mid-tier",
         text_of(kExample_teachers_programme, kExample_teachers_programmeSize)},
        {"hidden-likes.roster.json", "Hiding like counts on Instagram",
         text_of(kExample_hidden_likes, kExample_hidden_likesSize)},
        {"recommended-feed.roster.json", "Short video in a recommendation-driven feed",
         text_of(kExample_recommended_feed, kExample_recommended_feedSize)},
        {"micro-heavy.roster.json", "Same budget, micro-heavy (30 creators)",
         text_of(kExample_micro_heavy, kExample_micro_heavySize)},
        {"macro-heavy.roster.json", "Same budget, macro-heavy (3 creators)",
         text_of(kExample_macro_heavy, kExample_macro_heavySize)},
    };
    return list;
}

}  // namespace roster::ui
