#include "vocabulary.h"

#include <array>

namespace roster {
namespace {

constexpr std::array<std::string_view, kPlatformCount> kPlatformKeys = {
    "instagram", "tiktok", "youtube", "facebook", "linkedin", "x", "twitch"};
constexpr std::array<std::string_view, kPlatformCount> kPlatformLabels = {
    "Instagram", "TikTok", "YouTube", "Facebook", "LinkedIn", "X", "Twitch"};
constexpr std::array<std::string_view, kFormatCount> kFormatKeys = {
    "feed_post", "carousel", "short", "story", "long_video", "live"};
constexpr std::array<std::string_view, kFormatCount> kFormatLabels = {
    "Feed post", "Carousel", "Reel / short", "Story", "Long video", "Live"};
constexpr std::array<std::string_view, kTierCount> kTierKeys = {"nano", "micro", "mid", "macro", "mega"};
constexpr std::array<std::string_view, kTierCount> kTierLabels = {"Nano", "Micro", "Mid", "Macro", "Mega"};
constexpr std::array<std::string_view, kAgeBandCount> kAgeKeys = {"13-17", "18-24", "25-34",
                                                                  "35-44", "45-54", "55+"};
constexpr std::array<std::string_view, kGenderCount> kGenderKeys = {"female", "male"};
constexpr std::array<std::string_view, 2> kBasisKeys = {"followers", "views"};
constexpr std::array<std::string_view, kOverlapBasisCount> kOverlapBasisKeys = {"share_of_first", "share_of_smaller",
                                                                                "shared_count"};

using F = Format;
// Rows: platforms in enum order; columns: formats in enum order.
constexpr bool kOffers[kPlatformCount][kFormatCount] = {
    // feed  carousel short  story  long   live
    {true, true, true, true, false, true},     // Instagram: reels, stories, lives
    {false, true, true, true, false, true},    // TikTok: videos, photo carousels, stories, lives
    {true, false, true, false, true, true},    // YouTube: community posts, Shorts, videos, lives
    {true, true, true, true, true, true},      // Facebook
    {true, true, false, false, true, true},    // LinkedIn: posts, documents, videos, lives
    {true, false, false, false, true, true},   // X: posts, videos, lives
    {false, false, false, false, false, true}, // Twitch: streams
};

template <class E, std::size_t N>
std::optional<E> from_key(const std::array<std::string_view, N>& keys, std::string_view key) {
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) return static_cast<E>(i);
    return std::nullopt;
}

template <class E>
std::size_t at(E e) { return static_cast<std::size_t>(e); }

}  // namespace

std::string_view platform_key(Platform p) { return kPlatformKeys.at(at(p)); }
std::string_view platform_label(Platform p) { return kPlatformLabels.at(at(p)); }
std::optional<Platform> platform_from_key(std::string_view key) { return from_key<Platform>(kPlatformKeys, key); }

std::string_view format_key(Format f) { return kFormatKeys.at(at(f)); }
std::string_view format_label(Format f) { return kFormatLabels.at(at(f)); }
std::optional<Format> format_from_key(std::string_view key) { return from_key<Format>(kFormatKeys, key); }

std::string_view format_label(Platform p, Format f) {
    if (f == F::Short) {
        switch (p) {
            case Platform::Instagram:
            case Platform::Facebook: return "Reel";
            case Platform::TikTok: return "Video";
            case Platform::YouTube: return "Short";
            default: break;
        }
    }
    if (f == F::FeedPost && p == Platform::YouTube) return "Community post";
    if (f == F::Carousel && p == Platform::LinkedIn) return "Document";
    if (f == F::Carousel && p == Platform::TikTok) return "Photo carousel";
    if (f == F::LongVideo && p != Platform::YouTube) return "Video";
    if (f == F::Live && p == Platform::Twitch) return "Stream";
    return format_label(f);
}

bool platform_offers(Platform p, Format f) {
    if (at(p) >= static_cast<std::size_t>(kPlatformCount) || at(f) >= static_cast<std::size_t>(kFormatCount))
        return false;
    return kOffers[at(p)][at(f)];
}

Format nearest_format(Platform p, Format f) {
    if (platform_offers(p, f)) return f;
    // The formats closest to each, most alike first: moving, then still; ephemeral, then lasting.
    static const Format closest[kFormatCount][kFormatCount - 1] = {
        /* FeedPost  */ {F::Carousel, F::Short, F::Story, F::LongVideo, F::Live},
        /* Carousel  */ {F::FeedPost, F::Short, F::Story, F::LongVideo, F::Live},
        /* Short     */ {F::LongVideo, F::Story, F::FeedPost, F::Carousel, F::Live},
        /* Story     */ {F::Short, F::FeedPost, F::Carousel, F::LongVideo, F::Live},
        /* LongVideo */ {F::Short, F::Live, F::FeedPost, F::Carousel, F::Story},
        /* Live      */ {F::LongVideo, F::Short, F::Story, F::FeedPost, F::Carousel},
    };
    if (at(f) < static_cast<std::size_t>(kFormatCount))
        for (const Format g : closest[at(f)])
            if (platform_offers(p, g)) return g;
    return reference_format(p);
}

Format reference_format(Platform p) {
    switch (p) {
        case Platform::TikTok: return F::Short;
        case Platform::YouTube: return F::LongVideo;
        case Platform::Twitch: return F::Live;
        default: return F::FeedPost;
    }
}

EngagementBasis benchmark_engagement_basis(Platform p) {
    switch (p) {
        case Platform::TikTok:
        case Platform::YouTube:
        case Platform::LinkedIn:
        case Platform::Twitch: return EngagementBasis::Views;
        default: return EngagementBasis::Followers;
    }
}

std::string_view tier_key(Tier t) { return kTierKeys.at(at(t)); }
std::string_view tier_label(Tier t) { return kTierLabels.at(at(t)); }

std::string_view age_band_key(AgeBand a) { return kAgeKeys.at(at(a)); }
std::optional<AgeBand> age_band_from_key(std::string_view key) { return from_key<AgeBand>(kAgeKeys, key); }
std::string_view gender_key(Gender g) { return kGenderKeys.at(at(g)); }
std::optional<Gender> gender_from_key(std::string_view key) { return from_key<Gender>(kGenderKeys, key); }
std::string_view basis_key(EngagementBasis b) { return kBasisKeys.at(at(b)); }
std::optional<EngagementBasis> basis_from_key(std::string_view key) {
    return from_key<EngagementBasis>(kBasisKeys, key);
}
std::string_view overlap_basis_key(OverlapBasis b) { return kOverlapBasisKeys.at(at(b)); }
std::optional<OverlapBasis> overlap_basis_from_key(std::string_view key) {
    return from_key<OverlapBasis>(kOverlapBasisKeys, key);
}

Tier tier_of(std::int64_t followers, const TierThresholds& t) {
    if (followers >= t.mega) return Tier::Mega;
    if (followers >= t.macro) return Tier::Macro;
    if (followers >= t.mid) return Tier::Mid;
    if (followers >= t.micro) return Tier::Micro;
    return Tier::Nano;
}

bool thresholds_are_ordered(const TierThresholds& t) {
    return 0 < t.micro && t.micro < t.mid && t.mid < t.macro && t.macro < t.mega;
}

}  // namespace roster
