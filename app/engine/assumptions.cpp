#include "assumptions.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "currency.h"
#include "vocabulary.h"

namespace roster {
namespace {

using namespace assumption;

struct Row {
    double value, low, high;
};

// Five tiers' values with their plausible ranges.
using TierRows = std::array<Row, kTierCount>;

std::string pkey(Platform p) { return std::string(platform_key(p)); }
std::string tkey(Tier t) { return std::string(tier_key(t)); }
std::string fkey(Format f) { return std::string(format_key(f)); }
std::string plabel(Platform p) { return std::string(platform_label(p)); }
std::string tlabel(Tier t) { return std::string(tier_label(t)); }
std::string flabel(Platform p, Format f) { return std::string(format_label(p, f)); }
std::string flabel(Format f) { return std::string(format_label(f)); }

TierRows flat(double v, double lo, double hi) { return {{{v, lo, hi}, {v, lo, hi}, {v, lo, hi}, {v, lo, hi}, {v, lo, hi}}}; }

// Where no source gives a range, the default is swung from half to double.
TierRows halves_and_doubles(std::array<double, kTierCount> v) {
    TierRows r{};
    for (std::size_t i = 0; i < v.size(); ++i) r[i] = {v[i], v[i] / 2, std::min(1.0, v[i] * 2)};
    return r;
}

class Builder {
public:
    std::vector<AssumptionSpec> specs;

    // `quantity` names what the value measures; the platform, tier and format the caller sets
    // afterwards complete the label (english_label).
    AssumptionSpec& add(std::string key, AssumptionGroup g, std::string quantity, Unit unit, Row row,
                        double min, double max, std::string_view source, bool estimate) {
        AssumptionSpec s;
        s.key = std::move(key);
        s.group = g;
        s.quantity = std::move(quantity);
        s.unit = unit;
        s.value = row.value;
        s.low = row.low;
        s.high = row.high;
        s.min = min;
        s.max = max;
        s.source = source;
        s.estimate = estimate;
        specs.push_back(std::move(s));
        return specs.back();
    }

    void expect(std::size_t index) const {
        // The layout in assumptions.h and the order here must agree; a mismatch is a
        // programming error caught by the first test that touches the catalogue.
        if (specs.size() != index) throw std::logic_error("assumption catalogue layout mismatch");
    }
};

struct PlatformSources {
    TierRows reach;
    std::string_view reach_source;
    bool reach_estimate;
    TierRows engagement;
    std::string_view engagement_source;
    bool engagement_estimate;
};

// Reach and engagement benchmarks by tier (docs/MODEL.md §2 and §5). Instagram, TikTok and
// YouTube have published benchmarks; Facebook, LinkedIn, X and Twitch have fewer and weaker
// ones, and an engineering estimate where none was found.
PlatformSources platform_sources(Platform p) {
    switch (p) {
        case Platform::Instagram:
            return {{{{0.30, 0.20, 0.40}, {0.22, 0.15, 0.30}, {0.16, 0.10, 0.23}, {0.13, 0.05, 0.20}, {0.10, 0.05, 0.19}}},
                    "Minter 2019 [S33]; Bazaarvoice [S34]; 2024 ranges [S35]; sources conflict",
                    true,
                    {{{0.025, 0.0178, 0.05}, {0.015, 0.0054, 0.035}, {0.011, 0.005, 0.025}, {0.010, 0.004, 0.018}, {0.008, 0.0023, 0.012}}},
                    "HypeAuditor [S21c, S22, S23]; Untapper [S27]; CreatorIQ [S31]; sources conflict",
                    true};
        case Platform::TikTok:
            return {halves_and_doubles({0.25, 0.15, 0.12, 0.10, 0.10}),
                    "Socialinsider 2022 [S37]; Statista 2020 [S38]; weak",
                    true,
                    flat(0.05, 0.03, 0.10),
                    "Socialinsider 2022 [S37]; Rival IQ [S32c]; Untapper [S27]",
                    true};
        case Platform::YouTube:
            return {{{{0.30, 0.30, 0.50}, {0.17, 0.14, 0.20}, {0.15, 0.14, 0.20}, {0.10, 0.05, 0.15}, {0.08, 0.04, 0.15}}},
                    "BrightBean [S39a]; Tubular [S39b]; weak, conflicting",
                    true,
                    flat(0.03, 0.01, 0.05),
                    "Tubular [S39d]; Influencer Hero [S29b]; Modash [S30]",
                    true};
        case Platform::Facebook:
            return {{{{0.11, 0.05, 0.33}, {0.06, 0.03, 0.12}, {0.05, 0.02, 0.082}, {0.05, 0.02, 0.082}, {0.05, 0.02, 0.08}}},
                    "Locowise 2015 page reach [S63]; Emplifi 2012 [S64]; pages, not creators",
                    true,
                    {{{0.025, 0.0178, 0.05}, {0.015, 0.0054, 0.035}, {0.011, 0.005, 0.025}, {0.010, 0.004, 0.018}, {0.008, 0.0023, 0.012}}},
                    "no Facebook creator benchmark found: Instagram's values (same owner, per follower)",
                    true};
        case Platform::LinkedIn:
            return {halves_and_doubles({0.15, 0.12, 0.10, 0.08, 0.06}),
                    "no published reach benchmark found: engineering estimate",
                    true,
                    {{{0.0542, 0.0321, 0.0814}, {0.0387, 0.0254, 0.0563}, {0.0274, 0.0183, 0.0402}, {0.0189, 0.0114, 0.0294}, {0.0108, 0.0067, 0.0174}}},
                    "SociaVault 2026, 40,000 profiles, per impression, medians and quartiles [S66]",
                    true};
        case Platform::X:
            return {halves_and_doubles({0.10, 0.07, 0.05, 0.04, 0.03}),
                    "no published reach benchmark found: engineering estimate",
                    true,
                    flat(0.004, 0.0002, 0.02),
                    "influencer average 0.39 % per post (Sprout Social relay) [S67]; Rival IQ median 0.029 % [S67]",
                    true};
        case Platform::Twitch:
            return {halves_and_doubles({0.05, 0.03, 0.02, 0.015, 0.01}),
                    "no published viewers-per-follower benchmark found: engineering estimate",
                    true,
                    flat(0.10, 0.03, 0.30),
                    "chat participation of viewers, 30 %+ strong [S68, weak]: engineering estimate",
                    true};
    }
    return {};
}

// Format reach relative to the platform's reference format (docs/MODEL.md §2).
Row format_factor(Platform p, Format f) {
    using F = Format;
    if (f == reference_format(p)) return {1.0, 1.0, 1.0};
    switch (p) {
        case Platform::Instagram:
            if (f == F::Carousel) return {1.47, 1.0, 2.2};
            if (f == F::Short) return {2.0, 1.36, 3.0};
            if (f == F::Story) return {0.27, 0.2, 0.35};
            break;
        case Platform::Facebook:
            if (f == F::Short) return {2.0, 1.36, 3.0};
            if (f == F::Story) return {0.27, 0.2, 0.35};
            if (f == F::LongVideo) return {1.2, 0.8, 2.3};
            break;
        case Platform::LinkedIn:
            if (f == F::Carousel) return {1.6, 1.0, 2.0};
            if (f == F::LongVideo) return {1.21, 0.8, 1.6};
            break;
        case Platform::YouTube:
            if (f == F::Short) return {1.0, 0.5, 3.0};
            if (f == F::FeedPost) return {0.2, 0.1, 0.4};
            break;
        case Platform::TikTok:
            if (f == F::Story) return {0.3, 0.1, 0.5};
            break;
        case Platform::X:
            if (f == F::LongVideo) return {1.3, 1.0, 2.0};
            break;
        default: break;
    }
    if (f == F::Live) return {0.3, 0.1, 0.6};
    return {1.0, 0.5, 1.5};
}

std::string_view format_factor_source(Platform p, Format f) {
    using F = Format;
    if (p == Platform::Instagram && f == F::Short) return "Socialinsider 2025: reels +125 % reach vs photos [S36]";
    if (p == Platform::Instagram && f == F::Carousel) return "Socialinsider 2025: reels +36 % vs carousels [S36]";
    if (p == Platform::Instagram && f == F::Story) return "Minter story vs feed reach [S33]; 2024 ranges [S35]";
    if (p == Platform::LinkedIn && (f == F::Carousel || f == F::LongVideo))
        return "van der Blom, reach by format, personal profiles [S65, weak]";
    return "no format benchmark found for this platform: engineering estimate";
}

// Share of a post's views from people who do not follow the creator (docs/MODEL.md §2).
Row recommended_share(Platform p, Format f, std::string_view& source, bool& estimate) {
    using F = Format;
    estimate = true;
    source = "engineering estimate (docs/MODEL.md §2)";
    if (f == F::Story) return {0.02, 0.0, 0.1};
    if (f == F::Live) return {0.3, 0.1, 0.6};
    switch (p) {
        case Platform::TikTok:
            source = "TikTok: 85.1 % of views from For You, 31,059 posts [S57, vendor]";
            return {0.85, 0.7, 0.95};
        case Platform::Instagram:
        case Platform::Facebook:
            if (f == F::Short) {
                source = "Reels: 55 % of views from non-followers [S36]; 40-90 % [S35]";
                return {0.55, 0.4, 0.9};
            }
            if (f == F::LongVideo) return {0.5, 0.3, 0.8};
            source = p == Platform::Facebook ? "Meta Q1 2024: ~30 % of Facebook feed AI-recommended [S55c]"
                                             : "bounded by Meta's >50 % AI-recommended share on Instagram [S55c]";
            return {0.3, 0.1, 0.5};
        case Platform::YouTube:
            if (f == F::FeedPost) return {0.05, 0.0, 0.2};
            source = "YouTube recommends beyond subscribers [S39b, S58]";
            return f == F::Short ? Row{0.85, 0.7, 0.95} : Row{0.8, 0.5, 0.95};
        case Platform::X: return {0.5, 0.3, 0.8};
        default: return {0.3, 0.1, 0.5};
    }
}

Builder build() {
    Builder b;
    using G = AssumptionGroup;

    b.expect(kReachRate);
    for (int pi = 0; pi < kPlatformCount; ++pi) {
        const auto p = static_cast<Platform>(pi);
        const PlatformSources src = platform_sources(p);
        for (int ti = 0; ti < kTierCount; ++ti) {
            const auto t = static_cast<Tier>(ti);
            auto& s = b.add("reach_rate." + pkey(p) + "." + tkey(t), G::Reach,
                            "Reach per post", Unit::Share, src.reach[ti],
                            0.0, 5.0, src.reach_source, src.reach_estimate);
            s.platform = p;
            s.tier = t;
        }
    }

    b.expect(kFormatFactor);
    for (int pi = 0; pi < kPlatformCount; ++pi) {
        const auto p = static_cast<Platform>(pi);
        for (int fi = 0; fi < kFormatCount; ++fi) {
            const auto f = static_cast<Format>(fi);
            auto& s = b.add("format_factor." + pkey(p) + "." + fkey(f), G::Formats,
                            "%s reach vs %s",
                            Unit::Multiplier, format_factor(p, f), 0.0, 20.0, format_factor_source(p, f),
                            format_factor_source(p, f).find("estimate") != std::string_view::npos);
            s.platform = p;
            s.format = f;
            s.versus_reference = true;
            s.shown = platform_offers(p, f) && f != reference_format(p);
        }
    }

    b.expect(kRecommendedShare);
    for (int pi = 0; pi < kPlatformCount; ++pi) {
        const auto p = static_cast<Platform>(pi);
        for (int fi = 0; fi < kFormatCount; ++fi) {
            const auto f = static_cast<Format>(fi);
            std::string_view source;
            bool estimate = true;
            const Row row = recommended_share(p, f, source, estimate);
            auto& s = b.add("recommended_share." + pkey(p) + "." + fkey(f), G::Recommendations,
                            "Views from recommendations", Unit::Share,
                            row, 0.0, 0.99, source, estimate);
            s.platform = p;
            s.format = f;
            s.shown = platform_offers(p, f);
        }
    }

    b.expect(kEngagementRate);
    for (int pi = 0; pi < kPlatformCount; ++pi) {
        const auto p = static_cast<Platform>(pi);
        const PlatformSources src = platform_sources(p);
        const bool per_view = benchmark_engagement_basis(p) == EngagementBasis::Views;
        for (int ti = 0; ti < kTierCount; ++ti) {
            const auto t = static_cast<Tier>(ti);
            auto& s = b.add("engagement_rate." + pkey(p) + "." + tkey(t), G::Engagement,
                            per_view ? "Engagement rate per view" : "Engagement rate per follower",
                            Unit::Share, src.engagement[ti], 0.0, 1.0, src.engagement_source, src.engagement_estimate);
            s.platform = p;
            s.tier = t;
        }
    }

    b.expect(kSponsoredFactor);
    b.add("engagement.sponsored_factor", G::Engagement, "Engagement of a sponsored post vs an organic one",
          Unit::Multiplier, {0.7, 0.3, 1.0}, 0.0, 2.0,
          "CreatorIQ sponsored ER 0.23 % vs organic benchmarks [S31]: engineering estimate (docs/MODEL.md §5)", true);
    b.add("engagement.comment_share", G::Engagement, "Comments, share of engagements", Unit::Share,
          {0.05, 0.03, 0.11}, 0.0, 1.0, "likes about 95 % of likes + comments (docs/MODEL.md §5); YouTube 4 % : 0.5 % [S39d]",
          true);
    b.add("engagement.share_share", G::Engagement, "Shares, share of engagements", Unit::Share, {0.03, 0.01, 0.08},
          0.0, 1.0, "engineering estimate", true);
    b.add("engagement.save_share", G::Engagement, "Saves, share of engagements", Unit::Share, {0.02, 0.0, 0.06}, 0.0,
          1.0, "engineering estimate", true);

    b.expect(kClickThrough);
    {
        const std::array<Row, kFormatCount> ctr = {{{0.01, 0.005, 0.03}, {0.01, 0.005, 0.03}, {0.01, 0.005, 0.03},
                                                    {0.03, 0.02, 0.05}, {0.008, 0.003, 0.015}, {0.005, 0.002, 0.015}}};
        const std::array<std::string_view, kFormatCount> src = {
            "link in bio, 1 % (0.5-3 %) [S43a, S43c, weak]", "link in bio, 1 % (0.5-3 %) [S43a, S43c, weak]",
            "link in bio, 1 % (0.5-3 %) [S43a, S43c, weak]", "story link sticker, 3 % (2-5 %) [S43a, S43b, weak]",
            "description link: engineering estimate (docs/MODEL.md §6)", "engineering estimate"};
        for (int fi = 0; fi < kFormatCount; ++fi) {
            const auto f = static_cast<Format>(fi);
            auto& s = b.add("click_through." + fkey(f), G::Funnel, "Click-through per view",
                            Unit::Share, ctr[fi], 0.0, 1.0, src[fi], fi >= 4);
            s.format = f;
        }
    }
    b.expect(kConversionRate);
    b.add("conversion_rate", G::Funnel, "Conversion rate per click", Unit::Share, {0.01, 0.008, 0.03}, 0.0, 1.0,
          "Oribi: Instagram 0.8 %, Facebook 1.5 %, all 2.2 % [S44a]; 2.5-3 % good [S44b]", false);

    b.expect(kImpressionsPerView);
    for (int fi = 0; fi < kFormatCount; ++fi) {
        const auto f = static_cast<Format>(fi);
        const bool image = f == Format::FeedPost || f == Format::Carousel;
        auto& s = b.add("impressions_per_view." + fkey(f), G::Funnel, "Impressions per person reached",
                        Unit::Multiplier, image ? Row{1.2, 1.1, 1.3} : Row{1.0, 1.0, 1.2}, 1.0, 10.0,
                        "no sourced ratio (docs/MODEL.md §2): engineering estimate", true);
        s.format = f;
    }

    b.expect(kWatchSeconds);
    {
        const std::array<Row, kFormatCount> secs = {{{0, 0, 0}, {0, 0, 0}, {10, 5, 20}, {5, 3, 7},
                                                     {240, 120, 480}, {600, 120, 1800}}};
        for (int fi = 0; fi < kFormatCount; ++fi) {
            const auto f = static_cast<Format>(fi);
            auto& s = b.add("watch_seconds." + fkey(f), G::Funnel, "Watch time per view", Unit::Seconds,
                            secs[fi], 0.0, 86'400.0,
                            fi < 2 ? "by definition: images are not watched for a duration" : "no stored benchmark: engineering estimate",
                            fi >= 2);
            s.format = f;
        }
    }

    b.expect(kPaidCpm);
    const std::array<Row, kPlatformCount> cpm = {{{8, 6, 15}, {10, 3, 20}, {9.7, 2, 15}, {8, 6, 15},
                                                  {30, 15, 60}, {6, 3, 10}, {10, 3, 25}}};
    const std::array<std::string_view, kPlatformCount> cpm_src = {
        "Meta $6-15 [S42a]; IG $6.70 [S42b]; FB ~$14 [S42c]", "$10-20 [S42a]; $10.00 [S42b]; ~$8 [S42c]",
        "in-stream $5-15 [S42a]; $9.68 [S42b]", "Meta $6-15 [S42a]; FB $7.19 [S42b]",
        "no stored LinkedIn CPM: engineering estimate", "no stored X CPM: engineering estimate",
        "Twitch sponsorship CPM $10-25 for small streams [S68, weak]"};
    const std::array<bool, kPlatformCount> cpm_est = {false, false, false, false, true, true, true};
    for (int pi = 0; pi < kPlatformCount; ++pi) {
        const auto p = static_cast<Platform>(pi);
        auto& s = b.add("paid_cpm." + pkey(p), G::Baseline, "Paid-social CPM", Unit::Money, cpm[pi], 0.0,
                        10'000.0, cpm_src[pi], cpm_est[pi]);
        s.platform = p;
    }
    b.expect(kPaidClickThrough);
    const std::array<Row, kPlatformCount> pctr = {{{0.01, 0.009, 0.012}, {0.015, 0.01, 0.02}, {0.0065, 0.004, 0.01},
                                                   {0.009, 0.007, 0.012}, {0.005, 0.003, 0.008}, {0.008, 0.004, 0.012},
                                                   {0.005, 0.002, 0.01}}};
    for (int pi = 0; pi < kPlatformCount; ++pi) {
        const auto p = static_cast<Platform>(pi);
        const bool sourced = pi < 4;
        auto& s = b.add("paid_click_through." + pkey(p), G::Baseline, "Paid-social click-through",
                        Unit::Share, pctr[pi], 0.0, 1.0,
                        sourced ? std::string_view("ad-calc benchmarks [S42b]; Meta feed ~1.2 % [S43b]")
                                : std::string_view("no stored benchmark: engineering estimate"),
                        !sourced);
        s.platform = p;
    }

    b.expect(kEmvCpm);
    for (int pi = 0; pi < kPlatformCount; ++pi) {
        const auto p = static_cast<Platform>(pi);
        auto& s = b.add("emv.cpm." + pkey(p), G::Emv, "EMV value of 1,000 impressions", Unit::Money,
                        cpm[pi], 0.0, 10'000.0,
                        "EMV = impressions x paid CPM / 1000 [S45c], with the paid-social CPM above", cpm_est[pi]);
        s.platform = p;
    }
    b.expect(kEmvPerLike);
    const char* per[] = {"like", "comment", "share", "save"};
    for (const char* what : per)
        b.add(std::string("emv.per_") + what, G::Emv, std::string("EMV credit per ") + what, Unit::Money, {0, 0, 0},
              0.0, 1'000.0, "0: impression-based EMV [S45c]; Tribe Dynamics adds engagement credit [S45a]", false);

    b.expect(kHiddenLikesEffect);
    for (int ti = 0; ti < kTierCount; ++ti) {
        const auto t = static_cast<Tier>(ti);
        auto& s = b.add("hidden_likes.effect." + tkey(t), G::HiddenLikes,
                        "Likes lost when counts are hidden", Unit::Share, {0.10, -0.06, 0.28}, -1.0, 1.0,
                        "HypeAuditor AU -15 % [S48]; countries -3 to -15 %, Japan +6 % [S49]; DiD -4.4 % [S50]", true);
        s.tier = t;
    }
    b.add("hidden_likes.comment_effect", G::HiddenLikes, "Comments lost when counts are hidden", Unit::Share,
          {0.05, 0.0, 0.1}, -1.0, 1.0, "a third of creators saw fewer comments [S47]: engineering estimate", true);
    b.add("hidden_likes.reach_feedback", G::HiddenLikes, "Reach lost per like lost (ranking feedback)",
          Unit::Multiplier, {0.3, 0.0, 0.6}, 0.0, 1.0, "likes are a top-3 signal for connected reach [S56]: estimate",
          true);

    b.expect(kTypicalQuality);
    const std::array<Row, kTierCount> quality = {{{0.55, 0.45, 0.65}, {0.55, 0.45, 0.65}, {0.65, 0.55, 0.75},
                                                  {0.70, 0.60, 0.80}, {0.72, 0.62, 0.82}}};
    for (int ti = 0; ti < kTierCount; ++ti) {
        const auto t = static_cast<Tier>(ti);
        auto& s = b.add("audience_quality.typical." + tkey(t), G::AudienceQuality,
                        "Typical share of real, active followers", Unit::Share, quality[ti], 0.05, 1.0,
                        "HypeAuditor low-quality audiences: micro >50 %, 1M+ 28 % [S24]; interpolated", true);
        s.tier = t;
    }

    b.expect(kPostConcentration);
    b.add("accumulation.post_concentration", G::Response, "Concentration of repeated-post reach (s)", Unit::Number,
          {1.0, 0.3, 3.0}, 0.01, 1000.0, "beta-binomial accumulation (docs/MODEL.md §3): engineering estimate", true);
    b.add("amplification.shape", G::Response, "Shape of paid amplification reach (NBD k)", Unit::Number,
          {1.0, 0.5, 3.0}, 0.01, 100.0, "Goerg one-point curve = NBD with k = 1 [S14]; k: engineering estimate", true);
    b.add("response.half_saturation", G::Response, "Frequency at half effect (Hill ec)", Unit::Number,
          {2.11, 1.14, 3.99}, 0.01, 100.0, "Meridian ec_rf prior median [S18]", false);
    b.add("response.slope", G::Response, "Steepness of the frequency response (Hill slope)", Unit::Number,
          {2.01, 1.04, 3.89}, 0.01, 20.0, "Meridian slope_rf prior median [S18]", false);

    b.expect(kCreatorSigma);
    b.add("uncertainty.creator", G::Uncertainty, "Creator-level spread of views (sigma)", Unit::Number, {0.5, 0.3, 0.8},
          0.0, 5.0, "docs/MODEL.md §7: engineering estimate", true);
    b.add("uncertainty.creator_measured", G::Uncertainty, "Same, when the creator's own views are given",
          Unit::Number, {0.25, 0.1, 0.5}, 0.0, 5.0, "docs/MODEL.md §7 (shrink with history): engineering estimate", true);
    b.add("uncertainty.campaign", G::Uncertainty, "Campaign-wide shock on views (sigma)", Unit::Number,
          {0.3, 0.1, 0.5}, 0.0, 5.0, "docs/MODEL.md §7: engineering estimate", true);
    b.expect(kPostSigma);
    // Reels and shorts get their views from recommendations, so one post's views are heavy-tailed:
    // the Gini of all TikTok videos' views less the part that follower counts and the creator
    // level explain leaves 1.65 (docs/MODEL.md §7). The projection counts a creator's posts, and
    // a plan's creators, at the median of their sum (creator_model.h), so a spread this wide
    // moves the median plan with the draws instead of leaving it below their whole range.
    const std::array<Row, kFormatCount> post_sigma = {{{0.5, 0.3, 0.8}, {0.5, 0.3, 0.8}, {1.65, 1.0, 2.6},
                                                       {0.4, 0.2, 0.6}, {0.8, 0.5, 1.2}, {0.8, 0.5, 1.2}}};
    for (int fi = 0; fi < kFormatCount; ++fi) {
        const auto f = static_cast<Format>(fi);
        auto& s = b.add("uncertainty.post." + fkey(f), G::Uncertainty, "Post-to-post spread of views",
                        Unit::Number, post_sigma[fi], 0.0, 5.0,
                        fi == 2 ? "TikTok views Gini 0.93 less followers' Gini 0.82 and the creator level [S60a] "
                                  "(one creator's videos 10,000 times apart [S60b]); 17 % of videos -> 50 % of views [S61]"
                                : "docs/MODEL.md §7: engineering estimate",
                        true);
        s.format = f;
    }
    b.expect(kMeasuredPostSigmaShare);
    b.add("uncertainty.post_measured", G::Uncertainty, "Post-to-post spread kept when the creator's own views are given",
          Unit::Multiplier, {0.7, 0.5, 1.0}, 0.0, 1.0,
          "docs/MODEL.md §7 (a creator's history takes out the part between creators): engineering estimate", true);
    b.expect(kEngagementSigma);
    b.add("uncertainty.engagement", G::Uncertainty, "Spread of engagement rates (sigma)", Unit::Number,
          {0.3, 0.3, 0.5}, 0.0, 5.0, "docs/MODEL.md §7: engineering estimate", true);
    b.add("uncertainty.click_through", G::Uncertainty, "Spread of click-through (sigma)", Unit::Number,
          {0.4, 0.3, 0.5}, 0.0, 5.0, "docs/MODEL.md §7: engineering estimate", true);
    b.add("uncertainty.conversion", G::Uncertainty, "Spread of conversion rate (sigma)", Unit::Number,
          {0.4, 0.3, 0.5}, 0.0, 5.0, "docs/MODEL.md §7: engineering estimate", true);

    b.expect(kOverlapUniverse);
    b.add("overlap.universe", G::Overlap, "People on social media in the campaign's market, the target audience included",
          Unit::Number, {30'000'000.0, 5'000'000.0, 100'000'000.0}, 10'000.0, 10'000'000'000.0,
          "engineering estimate: social-media users of a mid-size European country", true);
    b.add("overlap.niche_affinity", G::Overlap, "Overlap of two same-niche audiences over chance (kappa)",
          Unit::Multiplier, {5.0, 3.0, 20.0}, 1.0, 1000.0,
          "Goodhardt-Ehrenberg duplication law [S73]; range 3-20 (docs/MODEL.md §13): estimate", true);
    b.add("overlap.same_creator", G::Overlap, "Share of the smaller audience that follows one creator on two platforms",
          Unit::Share, {0.3, 0.1, 0.6}, 0.0, 1.0, "engineering estimate", true);
    b.add("overlap.effective_frequency", G::Overlap, "Exposures that make reach effective (k+)", Unit::Number,
          {3.0, 1.0, 10.0}, 1.0, 10.0, "Krugman (1972) / Naples (1979) three-exposure rule [S69]", false);
    b.expect(kCount);
    const AssumptionLabelWords english{
        [](std::string_view quantity) { return std::string(quantity); },
        [](Platform p) { return plabel(p); },
        [](Tier t) { return tlabel(t); },
        [](Platform p, Format f) { return flabel(p, f); },
        [](Format f) { return flabel(f); },
    };
    for (AssumptionSpec& spec : b.specs) spec.label = compose_assumption_label(spec, english);
    return b;
}

const Builder& catalogue_builder() {
    static const Builder b = build();
    return b;
}

}  // namespace

std::string compose_assumption_label(const AssumptionSpec& spec, const AssumptionLabelWords& words) {
    // "Reel reach vs Feed post · Instagram": the two formats inside the quantity's words.
    if (spec.versus_reference && spec.platform && spec.format) {
        const std::string pattern = words.quantity(spec.quantity);
        const std::string first = words.format(*spec.platform, *spec.format);
        const std::string second = words.format(*spec.platform, reference_format(*spec.platform));
        std::string out;
        int filled = 0;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] == 's' && filled < 2) {
                out += filled++ == 0 ? first : second;
                ++i;
            } else {
                out += pattern[i];
            }
        }
        return out + " · " + words.platform(*spec.platform);
    }
    // Otherwise "Reach per post · Instagram · micro", "Click-through per view · Story".
    std::string out = words.quantity(spec.quantity);
    if (spec.platform) out += " · " + words.platform(*spec.platform);
    if (spec.tier) out += " · " + words.tier(*spec.tier);
    if (spec.format) out += " · " + (spec.platform ? words.format(*spec.platform, *spec.format) : words.any_format(*spec.format));
    return out;
}

const std::vector<AssumptionSpec>& assumption_catalogue() { return catalogue_builder().specs; }

std::optional<std::size_t> assumption_index(std::string_view key) {
    static const std::unordered_map<std::string, std::size_t> index = [] {
        std::unordered_map<std::string, std::size_t> m;
        const auto& specs = assumption_catalogue();
        for (std::size_t i = 0; i < specs.size(); ++i) m.emplace(specs[i].key, i);
        return m;
    }();
    auto it = index.find(std::string(key));
    if (it == index.end()) return std::nullopt;
    return it->second;
}

std::string_view group_label(AssumptionGroup g) {
    switch (g) {
        case AssumptionGroup::Reach: return "Reach rates";
        case AssumptionGroup::Formats: return "Formats";
        case AssumptionGroup::Recommendations: return "Recommended views";
        case AssumptionGroup::Engagement: return "Engagement";
        case AssumptionGroup::Funnel: return "Funnel";
        case AssumptionGroup::Emv: return "EMV rate card";
        case AssumptionGroup::Baseline: return "Baseline paid channel";
        case AssumptionGroup::HiddenLikes: return "Hidden likes";
        case AssumptionGroup::AudienceQuality: return "Audience quality";
        case AssumptionGroup::Response: return "Response curves";
        case AssumptionGroup::Uncertainty: return "Uncertainty";
        case AssumptionGroup::Overlap: return "Audience overlap";
    }
    return "";
}

const Assumptions& default_assumptions() {
    static const Assumptions defaults = [] {
        Assumptions a;
        const auto& specs = assumption_catalogue();
        for (std::size_t i = 0; i < specs.size(); ++i) a.value[i] = specs[i].value;
        return a;
    }();
    return defaults;
}

AssumptionSpec spec_in_currency(const AssumptionSpec& spec, std::string_view currency) {
    if (spec.unit != Unit::Money) return spec;
    const double f = money_defaults_factor(currency);
    if (f == 1.0) return spec;
    AssumptionSpec out = spec;
    out.value *= f;
    out.low *= f;
    out.high *= f;
    out.min *= f;
    out.max *= f;
    return out;
}

Assumptions default_assumptions_in(std::string_view currency) {
    Assumptions a = default_assumptions();
    const double f = money_defaults_factor(currency);
    if (f == 1.0) return a;
    const auto& specs = assumption_catalogue();
    for (std::size_t i = 0; i < specs.size(); ++i)
        if (specs[i].unit == Unit::Money) a.value[i] *= f;
    return a;
}

Assumptions resolve_assumptions(const Plan& plan) {
    // The money defaults in the plan's currency; the planner's own values are in it already.
    Assumptions a = default_assumptions_in(plan.campaign.currency);
    const double f = money_defaults_factor(plan.campaign.currency);
    const auto& specs = assumption_catalogue();
    for (const AssumptionOverride& o : plan.assumptions) {
        const auto i = assumption_index(o.key);
        if (!i) continue;
        // Clamped even though validation refuses out-of-range values: the engine must stay
        // finite on any plan it is handed.
        const double scale = specs[*i].unit == Unit::Money ? f : 1.0;
        a.value[*i] = std::clamp(value_from_micros(o.value_micros), specs[*i].min * scale, specs[*i].max * scale);
    }
    return a;
}

bool is_overridden(const Plan& plan, std::size_t index) {
    const auto spec = spec_in_currency(assumption_catalogue().at(index), plan.campaign.currency);
    for (const AssumptionOverride& o : plan.assumptions)
        if (o.key == spec.key) return micros_from_value(spec.value) != o.value_micros;
    return false;
}

}  // namespace roster
