#include "assumptions.h"

namespace roster {
namespace {

Assumptions make_defaults() {
    Assumptions a;
    auto& ig = a.reach_rate[static_cast<std::size_t>(Platform::Instagram)];
    auto& tt = a.reach_rate[static_cast<std::size_t>(Platform::TikTok)];
    auto& yt = a.reach_rate[static_cast<std::size_t>(Platform::YouTube)];

    // Instagram feed post, reach / followers. Minter's 2019 medians (37.7 / 22.9 / 22.9 / 19.1 %)
    // and the 2024 ranges (20-40 / 15-30 / 10-20 / 5-12 %) disagree; the defaults lean to the
    // newer ranges, hence the estimate flag.
    constexpr std::string_view ig_src = "Minter 2019 [S33], Bazaarvoice 2021 [S34], 2024 ranges [S35]";
    ig = {{{0.30, ig_src, true}, {0.22, ig_src, true}, {0.16, ig_src, true},
           {0.13, ig_src, true}, {0.10, ig_src, true}}};

    // TikTok, views / followers: Socialinsider 2022 watch rate 16.23 % on average, highest for
    // the smallest accounts [S37]; Statista 2020 views per post by size [S38].
    constexpr std::string_view tt_src = "Socialinsider 2022 [S37], Statista 2020 [S38]";
    tt = {{{0.25, tt_src, true}, {0.15, tt_src, true}, {0.12, tt_src, true},
           {0.10, tt_src, true}, {0.10, tt_src, true}}};

    // YouTube, views / subscribers: BrightBean bands <10K 30-50 %, 10K-500K 14-20 %,
    // 500K+ 5-15 % [S39a]; Tubular 4-8 % on average [S39b]. Both are weak sources.
    constexpr std::string_view yt_src = "BrightBean [S39a], Tubular [S39b]";
    yt = {{{0.30, yt_src, true}, {0.17, yt_src, true}, {0.15, yt_src, true},
           {0.10, yt_src, true}, {0.08, yt_src, true}}};

    a.post_concentration = {1.0, "engineering estimate (models.md 2.6), range 0.3-3", true};
    return a;
}

}  // namespace

const Assumptions& default_assumptions() {
    static const Assumptions defaults = make_defaults();
    return defaults;
}

}  // namespace roster
