#include "plan_cereal.h"

#include "rapidjson_config.h"  // before cereal: see why in that file

#include <cereal/archives/json.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <sstream>
#include <stdexcept>

#include "engine/vocabulary.h"
#include "plan_file.h"
#include "version.h"

// The key strings below are the file format: golden files in tests/data freeze them. Enums are
// written as their stable keys, never as numbers. Every type carries a cereal class version
// (written once per file as "cereal_class_version"), so a future field can be gated on it.
namespace roster {
namespace {

template <class E, class FromKey>
E enum_from(const std::string& key, FromKey from_key, const char* what) {
    const auto e = from_key(key);
    if (!e) throw std::runtime_error(std::string("unknown ") + what + " " + key);
    return *e;
}

// An enum travels as its key: written from the value, read back into it. One function serves
// both directions so the field lists below are written once.
template <class Archive, class E, class FromKey>
void enum_key(Archive& ar, const char* name, E& value, std::string_view (*to_key)(E), FromKey from_key,
              const char* what) {
    std::string key(to_key(value));
    ar(cereal::make_nvp(name, key));
    if constexpr (Archive::is_loading::value) value = enum_from<E>(key, from_key, what);
}

// A set of enum values (a bit mask or a flag per value) travels as the list of their keys.
template <class Archive, class E, class Has, class Set, class FromKey>
void enum_set(Archive& ar, const char* name, int count, Has has, Set set, std::string_view (*to_key)(E),
              FromKey from_key, const char* what) {
    std::vector<std::string> keys;
    for (int i = 0; i < count; ++i)
        if (has(i)) keys.emplace_back(to_key(static_cast<E>(i)));
    ar(cereal::make_nvp(name, keys));
    if constexpr (Archive::is_loading::value) {
        for (int i = 0; i < count; ++i) set(i, false);
        for (const std::string& k : keys) set(static_cast<int>(enum_from<E>(k, from_key, what)), true);
    }
}

}  // namespace

template <class Archive>
void serialize(Archive& ar, Share& s, std::uint32_t const) {
    ar(cereal::make_nvp("key", s.key), cereal::make_nvp("ppm", s.ppm));
}

// Age bands and genders are objects keyed by band and gender; the same code reads and writes
// them, since both cereal JSON archives name and open nodes the same way.
template <class Archive>
void serialize(Archive& ar, AudienceProfile& a, std::uint32_t const) {
    ar(cereal::make_nvp("countries", a.countries));
    ar.setNextName("age");
    ar.startNode();
    for (int i = 0; i < kAgeBandCount; ++i)
        ar(cereal::make_nvp(std::string(age_band_key(static_cast<AgeBand>(i))).c_str(), a.age[static_cast<std::size_t>(i)]));
    ar.finishNode();
    ar.setNextName("gender");
    ar.startNode();
    for (int i = 0; i < kGenderCount; ++i)
        ar(cereal::make_nvp(std::string(gender_key(static_cast<Gender>(i))).c_str(), a.gender[static_cast<std::size_t>(i)]));
    ar.finishNode();
    ar(cereal::make_nvp("interests", a.interests));
}

template <class Archive>
void serialize(Archive& ar, Deliverable& d, std::uint32_t const) {
    enum_key(ar, "format", d.format, format_key, format_from_key, "format");
    ar(cereal::make_nvp("count", d.count), cereal::make_nvp("unit_fee_cents", d.unit_fee_cents));
}

template <class Archive>
void serialize(Archive& ar, Amplification& a, std::uint32_t const) {
    ar(cereal::make_nvp("spend_cents", a.spend_cents), cereal::make_nvp("cpm_cents", a.cpm_cents),
       cereal::make_nvp("frequency_cap", a.frequency_cap));
}

template <class Archive>
void serialize(Archive& ar, Creator& c, std::uint32_t const) {
    ar(cereal::make_nvp("id", c.id), cereal::make_nvp("name", c.name), cereal::make_nvp("handle", c.handle));
    enum_key(ar, "platform", c.platform, platform_key, platform_from_key, "platform");
    ar(cereal::make_nvp("followers", c.followers), cereal::make_nvp("engagement_rate_ppm", c.engagement_rate_ppm));
    enum_key(ar, "engagement_basis", c.engagement_basis, basis_key, basis_from_key, "engagement basis");
    ar(cereal::make_nvp("measured_views_per_post", c.measured_views_per_post),
       cereal::make_nvp("measured_reach_rate_ppm", c.measured_reach_rate_ppm),
       cereal::make_nvp("audience_quality_ppm", c.audience_quality_ppm), cereal::make_nvp("audience", c.audience),
       cereal::make_nvp("relevance_ppm", c.relevance_ppm), cereal::make_nvp("deliverables", c.deliverables),
       cereal::make_nvp("product_value_cents", c.product_value_cents),
       cereal::make_nvp("usage_rights_cents", c.usage_rights_cents),
       cereal::make_nvp("affiliate_commission_ppm", c.affiliate_commission_ppm), cereal::make_nvp("paid", c.paid),
       cereal::make_nvp("posting_probability_ppm", c.posting_probability_ppm),
       cereal::make_nvp("amplification", c.amplification));
}

template <class Archive>
void serialize(Archive& ar, TierThresholds& t, std::uint32_t const) {
    ar(cereal::make_nvp("micro", t.micro), cereal::make_nvp("mid", t.mid), cereal::make_nvp("macro", t.macro),
       cereal::make_nvp("mega", t.mega));
}

template <class Archive>
void serialize(Archive& ar, TargetAudience& t, std::uint32_t const) {
    ar(cereal::make_nvp("countries", t.countries));
    enum_set(
        ar, "age_bands", kAgeBandCount, [&](int i) { return (t.age_bands >> i) & 1u; },
        [&](int i, bool on) {
            t.age_bands = static_cast<std::uint8_t>(on ? t.age_bands | (1u << i) : t.age_bands & ~(1u << i));
        },
        age_band_key, age_band_from_key, "age band");
    enum_set(
        ar, "genders", kGenderCount, [&](int i) { return (t.genders >> i) & 1u; },
        [&](int i, bool on) {
            t.genders = static_cast<std::uint8_t>(on ? t.genders | (1u << i) : t.genders & ~(1u << i));
        },
        gender_key, gender_from_key, "gender");
}

template <class Archive>
void serialize(Archive& ar, Campaign& c, std::uint32_t const) {
    ar(cereal::make_nvp("currency", c.currency), cereal::make_nvp("budget_cap_cents", c.budget_cap_cents),
       cereal::make_nvp("target_universe", c.target_universe), cereal::make_nvp("target", c.target),
       cereal::make_nvp("average_order_value_cents", c.average_order_value_cents),
       cereal::make_nvp("gross_margin_ppm", c.gross_margin_ppm));
    enum_key(ar, "baseline_platform", c.baseline_platform, platform_key, platform_from_key, "platform");
}

template <class Archive>
void serialize(Archive& ar, Environment& e, std::uint32_t const) {
    enum_set(
        ar, "likes_hidden", kPlatformCount, [&](int i) { return e.likes_hidden[static_cast<std::size_t>(i)]; },
        [&](int i, bool on) { e.likes_hidden[static_cast<std::size_t>(i)] = on; }, platform_key,
        platform_from_key, "platform");
    ar(cereal::make_nvp("hidden_like_viewers_ppm", e.hidden_like_viewers_ppm),
       cereal::make_nvp("recommendation_scale_ppm", e.recommendation_scale_ppm));
}

template <class Archive>
void serialize(Archive& ar, AssumptionOverride& o, std::uint32_t const) {
    ar(cereal::make_nvp("key", o.key), cereal::make_nvp("value_micros", o.value_micros));
}

template <class Archive>
void serialize(Archive& ar, Overlap& o, std::uint32_t const) {
    ar(cereal::make_nvp("first", o.first), cereal::make_nvp("second", o.second));
    enum_key(ar, "basis", o.basis, overlap_basis_key, overlap_basis_from_key, "overlap basis");
    ar(cereal::make_nvp("value", o.value));
}

template <class Archive>
void serialize(Archive& ar, Scenario& s, std::uint32_t const) {
    ar(cereal::make_nvp("name", s.name), cereal::make_nvp("campaign", s.campaign),
       cereal::make_nvp("environment", s.environment), cereal::make_nvp("tiers", s.tiers),
       cereal::make_nvp("assumptions", s.assumptions), cereal::make_nvp("creators", s.creators),
       cereal::make_nvp("overlaps", s.overlaps));
}

// Format 5: the locked forecast, the actuals and the calibration (engine/actuals.h).
std::optional<Tier> tier_from_key(std::string_view key) {
    for (int i = 0; i < kTierCount; ++i)
        if (tier_key(static_cast<Tier>(i)) == key) return static_cast<Tier>(i);
    return std::nullopt;
}

template <class Archive>
void serialize(Archive& ar, LockedBand& b, std::uint32_t const) {
    ar(cereal::make_nvp("p10", b.p10), cereal::make_nvp("p50", b.p50), cereal::make_nvp("p90", b.p90));
}

// The bands are an object keyed by figure, like the audience's age bands.
template <class Archive>
void locked_bands(Archive& ar, const char* name, LockedBands& bands) {
    ar.setNextName(name);
    ar.startNode();
    for (int i = 0; i < kLockedFigureCount; ++i)
        ar(cereal::make_nvp(std::string(locked_figure_key(static_cast<LockedFigure>(i))).c_str(),
                            bands[static_cast<std::size_t>(i)]));
    ar.finishNode();
}

template <class Archive>
void serialize(Archive& ar, LockedDeliverable& d, std::uint32_t const) {
    enum_key(ar, "format", d.format, format_key, format_from_key, "format");
    ar(cereal::make_nvp("count", d.count));
    locked_bands(ar, "bands", d.bands);
}

template <class Archive>
void serialize(Archive& ar, LockedCreator& c, std::uint32_t const) {
    ar(cereal::make_nvp("id", c.id), cereal::make_nvp("name", c.name), cereal::make_nvp("handle", c.handle));
    enum_key(ar, "platform", c.platform, platform_key, platform_from_key, "platform");
    enum_key(ar, "tier", c.tier, tier_key, tier_from_key, "tier");
    ar(cereal::make_nvp("followers", c.followers), cereal::make_nvp("measured", c.measured),
       cereal::make_nvp("amplified", c.amplified), cereal::make_nvp("posting_probability_ppm", c.posting_probability_ppm));
    locked_bands(ar, "bands", c.bands);
    ar(cereal::make_nvp("deliverables", c.deliverables));
}

template <class Archive>
void serialize(Archive& ar, LockedAssumption& a, std::uint32_t const) {
    ar(cereal::make_nvp("key", a.key), cereal::make_nvp("value_micros", a.value_micros));
}

template <class Archive>
void serialize(Archive& ar, LockedForecast& f, std::uint32_t const) {
    ar(cereal::make_nvp("scenario", f.scenario), cereal::make_nvp("date", f.date),
       cereal::make_nvp("roster_version", f.roster_version), cereal::make_nvp("draws", f.draws),
       cereal::make_nvp("seed", f.seed), cereal::make_nvp("assumptions", f.assumptions),
       cereal::make_nvp("creators", f.creators));
    locked_bands(ar, "total", f.total);
}

// One known number of an actual; the numbers an export does not give are not written at all.
struct ActualFigureEntry {
    ActualFigure figure = ActualFigure::Views;
    std::int64_t value = 0;
    Provenance source = Provenance::Typed;
};

template <class Archive>
void serialize(Archive& ar, ActualFigureEntry& e, std::uint32_t const) {
    enum_key(ar, "figure", e.figure, actual_figure_key, actual_figure_from_key, "figure");
    ar(cereal::make_nvp("value", e.value));
    enum_key(ar, "source", e.source, provenance_key, provenance_from_key, "source");
}

template <class Archive>
void serialize(Archive& ar, Actual& a, std::uint32_t const) {
    ar(cereal::make_nvp("creator", a.creator));
    enum_key(ar, "format", a.format, format_key, format_from_key, "format");
    ar(cereal::make_nvp("post", a.post), cereal::make_nvp("posted", a.posted), cereal::make_nvp("date", a.date),
       cereal::make_nvp("url", a.url));
    std::vector<ActualFigureEntry> entries;
    for (int i = 0; i < kActualFigureCount; ++i) {
        const auto f = static_cast<ActualFigure>(i);
        if (a[f].known) entries.push_back({f, a[f].value, a[f].source});
    }
    ar(cereal::make_nvp("figures", entries));
    if constexpr (Archive::is_loading::value) {
        a.figures = {};
        for (const ActualFigureEntry& e : entries) {
            ActualValue& v = a[e.figure];
            // A figure given twice would lose one of its values silently; the file is refused.
            if (v.known) throw std::runtime_error("figure " + std::string(actual_figure_key(e.figure)) + " given twice");
            v = {true, e.value, e.source};
        }
    }
}

template <class Archive>
void serialize(Archive& ar, CalibratedValue& v, std::uint32_t const) {
    ar(cereal::make_nvp("key", v.key), cereal::make_nvp("value_micros", v.value_micros),
       cereal::make_nvp("replaced_micros", v.replaced_micros), cereal::make_nvp("replaced_override", v.replaced_override),
       cereal::make_nvp("multiplier_micros", v.multiplier_micros), cereal::make_nvp("low_micros", v.low_micros),
       cereal::make_nvp("high_micros", v.high_micros), cereal::make_nvp("posts", v.posts));
}

template <class Archive>
void serialize(Archive& ar, Calibration& c, std::uint32_t const) {
    ar(cereal::make_nvp("scenario", c.scenario), cereal::make_nvp("date", c.date),
       cereal::make_nvp("campaigns", c.campaigns), cereal::make_nvp("posts", c.posts),
       cereal::make_nvp("values", c.values));
}

// Version 2 (file format 3) added the overlaps, version 3 (format 4) the scenarios, version 4
// (format 5) the locked forecast, the actuals and the calibration. Every older
// file reaches cereal through the migrations, which add them, so the fields are read whatever
// version the file states (a hand-edited file with a stale version must not lose them silently).
template <class Archive>
void serialize(Archive& ar, Plan& p, std::uint32_t const) {
    ar(cereal::make_nvp("name", p.name), cereal::make_nvp("campaign", p.campaign),
       cereal::make_nvp("environment", p.environment), cereal::make_nvp("tiers", p.tiers),
       cereal::make_nvp("assumptions", p.assumptions), cereal::make_nvp("creators", p.creators));
    ar(cereal::make_nvp("overlaps", p.overlaps));
    ar(cereal::make_nvp("scenario", p.scenario), cereal::make_nvp("scenario_position", p.scenario_position),
       cereal::make_nvp("other_scenarios", p.other_scenarios));
    ar(cereal::make_nvp("locked_forecast", p.locked_forecast), cereal::make_nvp("actuals", p.actuals),
       cereal::make_nvp("calibration", p.calibration));
}

}  // namespace roster

CEREAL_CLASS_VERSION(roster::Share, 1)
CEREAL_CLASS_VERSION(roster::AudienceProfile, 1)
CEREAL_CLASS_VERSION(roster::Deliverable, 1)
CEREAL_CLASS_VERSION(roster::Amplification, 1)
CEREAL_CLASS_VERSION(roster::Creator, 1)
CEREAL_CLASS_VERSION(roster::TierThresholds, 1)
CEREAL_CLASS_VERSION(roster::TargetAudience, 1)
CEREAL_CLASS_VERSION(roster::Campaign, 1)
CEREAL_CLASS_VERSION(roster::Environment, 1)
CEREAL_CLASS_VERSION(roster::AssumptionOverride, 1)
CEREAL_CLASS_VERSION(roster::Overlap, 1)
CEREAL_CLASS_VERSION(roster::Scenario, 1)
CEREAL_CLASS_VERSION(roster::Plan, 4)
CEREAL_CLASS_VERSION(roster::LockedBand, 1)
CEREAL_CLASS_VERSION(roster::LockedDeliverable, 1)
CEREAL_CLASS_VERSION(roster::LockedCreator, 1)
CEREAL_CLASS_VERSION(roster::LockedAssumption, 1)
CEREAL_CLASS_VERSION(roster::LockedForecast, 1)
CEREAL_CLASS_VERSION(roster::ActualFigureEntry, 1)
CEREAL_CLASS_VERSION(roster::Actual, 1)
CEREAL_CLASS_VERSION(roster::CalibratedValue, 1)
CEREAL_CLASS_VERSION(roster::Calibration, 1)

namespace roster::storage {

std::string write_plan_json(const Plan& plan) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options(
                                              17, cereal::JSONOutputArchive::Options::IndentChar::space, 2));
        ar(cereal::make_nvp("app", std::string(kAppMarker)), cereal::make_nvp("format", kFormatVersion),
           cereal::make_nvp("written_by", std::string(kRosterVersion)), cereal::make_nvp("plan", plan));
    }
    out << '\n';
    return out.str();
}

Plan read_plan_json(const std::string& text) {
    std::istringstream in(text);
    cereal::JSONInputArchive ar(in);
    Plan plan;
    ar(cereal::make_nvp("plan", plan));
    return plan;
}

}  // namespace roster::storage
