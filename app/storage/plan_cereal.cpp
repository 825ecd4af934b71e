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
void save(Archive& ar, const Deliverable& d, std::uint32_t const) {
    ar(cereal::make_nvp("format", std::string(format_key(d.format))), cereal::make_nvp("count", d.count),
       cereal::make_nvp("unit_fee_cents", d.unit_fee_cents));
}

template <class Archive>
void load(Archive& ar, Deliverable& d, std::uint32_t const) {
    std::string format;
    ar(cereal::make_nvp("format", format), cereal::make_nvp("count", d.count),
       cereal::make_nvp("unit_fee_cents", d.unit_fee_cents));
    d.format = enum_from<Format>(format, format_from_key, "format");
}

template <class Archive>
void serialize(Archive& ar, Amplification& a, std::uint32_t const) {
    ar(cereal::make_nvp("spend_cents", a.spend_cents), cereal::make_nvp("cpm_cents", a.cpm_cents),
       cereal::make_nvp("frequency_cap", a.frequency_cap));
}

template <class Archive>
void save(Archive& ar, const Creator& c, std::uint32_t const) {
    ar(cereal::make_nvp("id", c.id), cereal::make_nvp("name", c.name), cereal::make_nvp("handle", c.handle),
       cereal::make_nvp("platform", std::string(platform_key(c.platform))),
       cereal::make_nvp("followers", c.followers), cereal::make_nvp("engagement_rate_ppm", c.engagement_rate_ppm),
       cereal::make_nvp("engagement_basis", std::string(basis_key(c.engagement_basis))),
       cereal::make_nvp("measured_views_per_post", c.measured_views_per_post),
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
void load(Archive& ar, Creator& c, std::uint32_t const) {
    std::string platform, basis;
    ar(cereal::make_nvp("id", c.id), cereal::make_nvp("name", c.name), cereal::make_nvp("handle", c.handle),
       cereal::make_nvp("platform", platform), cereal::make_nvp("followers", c.followers),
       cereal::make_nvp("engagement_rate_ppm", c.engagement_rate_ppm), cereal::make_nvp("engagement_basis", basis),
       cereal::make_nvp("measured_views_per_post", c.measured_views_per_post),
       cereal::make_nvp("measured_reach_rate_ppm", c.measured_reach_rate_ppm),
       cereal::make_nvp("audience_quality_ppm", c.audience_quality_ppm), cereal::make_nvp("audience", c.audience),
       cereal::make_nvp("relevance_ppm", c.relevance_ppm), cereal::make_nvp("deliverables", c.deliverables),
       cereal::make_nvp("product_value_cents", c.product_value_cents),
       cereal::make_nvp("usage_rights_cents", c.usage_rights_cents),
       cereal::make_nvp("affiliate_commission_ppm", c.affiliate_commission_ppm), cereal::make_nvp("paid", c.paid),
       cereal::make_nvp("posting_probability_ppm", c.posting_probability_ppm),
       cereal::make_nvp("amplification", c.amplification));
    c.platform = enum_from<Platform>(platform, platform_from_key, "platform");
    c.engagement_basis = enum_from<EngagementBasis>(basis, basis_from_key, "engagement basis");
}

template <class Archive>
void serialize(Archive& ar, TierThresholds& t, std::uint32_t const) {
    ar(cereal::make_nvp("micro", t.micro), cereal::make_nvp("mid", t.mid), cereal::make_nvp("macro", t.macro),
       cereal::make_nvp("mega", t.mega));
}

template <class Archive>
void save(Archive& ar, const TargetAudience& t, std::uint32_t const) {
    std::vector<std::string> ages, genders;
    for (int i = 0; i < kAgeBandCount; ++i)
        if (t.age_bands & (1u << i)) ages.emplace_back(age_band_key(static_cast<AgeBand>(i)));
    for (int i = 0; i < kGenderCount; ++i)
        if (t.genders & (1u << i)) genders.emplace_back(gender_key(static_cast<Gender>(i)));
    ar(cereal::make_nvp("countries", t.countries), cereal::make_nvp("age_bands", ages),
       cereal::make_nvp("genders", genders));
}

template <class Archive>
void load(Archive& ar, TargetAudience& t, std::uint32_t const) {
    std::vector<std::string> ages, genders;
    ar(cereal::make_nvp("countries", t.countries), cereal::make_nvp("age_bands", ages),
       cereal::make_nvp("genders", genders));
    t.age_bands = 0;
    t.genders = 0;
    for (const std::string& a : ages)
        t.age_bands = static_cast<std::uint8_t>(t.age_bands | (1u << static_cast<unsigned>(enum_from<AgeBand>(a, age_band_from_key, "age band"))));
    for (const std::string& g : genders)
        t.genders = static_cast<std::uint8_t>(t.genders | (1u << static_cast<unsigned>(enum_from<Gender>(g, gender_from_key, "gender"))));
}

template <class Archive>
void save(Archive& ar, const Campaign& c, std::uint32_t const) {
    ar(cereal::make_nvp("currency", c.currency), cereal::make_nvp("budget_cap_cents", c.budget_cap_cents),
       cereal::make_nvp("target_universe", c.target_universe), cereal::make_nvp("target", c.target),
       cereal::make_nvp("average_order_value_cents", c.average_order_value_cents),
       cereal::make_nvp("gross_margin_ppm", c.gross_margin_ppm),
       cereal::make_nvp("baseline_platform", std::string(platform_key(c.baseline_platform))));
}

template <class Archive>
void load(Archive& ar, Campaign& c, std::uint32_t const) {
    std::string baseline;
    ar(cereal::make_nvp("currency", c.currency), cereal::make_nvp("budget_cap_cents", c.budget_cap_cents),
       cereal::make_nvp("target_universe", c.target_universe), cereal::make_nvp("target", c.target),
       cereal::make_nvp("average_order_value_cents", c.average_order_value_cents),
       cereal::make_nvp("gross_margin_ppm", c.gross_margin_ppm), cereal::make_nvp("baseline_platform", baseline));
    c.baseline_platform = enum_from<Platform>(baseline, platform_from_key, "platform");
}

template <class Archive>
void save(Archive& ar, const Environment& e, std::uint32_t const) {
    std::vector<std::string> hidden;
    for (int i = 0; i < kPlatformCount; ++i)
        if (e.likes_hidden[static_cast<std::size_t>(i)]) hidden.emplace_back(platform_key(static_cast<Platform>(i)));
    ar(cereal::make_nvp("likes_hidden", hidden), cereal::make_nvp("hidden_like_viewers_ppm", e.hidden_like_viewers_ppm),
       cereal::make_nvp("recommendation_scale_ppm", e.recommendation_scale_ppm));
}

template <class Archive>
void load(Archive& ar, Environment& e, std::uint32_t const) {
    std::vector<std::string> hidden;
    ar(cereal::make_nvp("likes_hidden", hidden), cereal::make_nvp("hidden_like_viewers_ppm", e.hidden_like_viewers_ppm),
       cereal::make_nvp("recommendation_scale_ppm", e.recommendation_scale_ppm));
    e.likes_hidden.fill(false);
    for (const std::string& p : hidden)
        e.likes_hidden[static_cast<std::size_t>(enum_from<Platform>(p, platform_from_key, "platform"))] = true;
}

template <class Archive>
void serialize(Archive& ar, AssumptionOverride& o, std::uint32_t const) {
    ar(cereal::make_nvp("key", o.key), cereal::make_nvp("value_micros", o.value_micros));
}

template <class Archive>
void serialize(Archive& ar, Plan& p, std::uint32_t const) {
    ar(cereal::make_nvp("name", p.name), cereal::make_nvp("campaign", p.campaign),
       cereal::make_nvp("environment", p.environment), cereal::make_nvp("tiers", p.tiers),
       cereal::make_nvp("assumptions", p.assumptions), cereal::make_nvp("creators", p.creators));
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
CEREAL_CLASS_VERSION(roster::Plan, 1)

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
