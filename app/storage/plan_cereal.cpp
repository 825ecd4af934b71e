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

namespace roster {

// Platforms are written as their stable keys, never as enum numbers.
template <class Archive>
void save(Archive& ar, const Creator& c) {
    ar(cereal::make_nvp("id", c.id), cereal::make_nvp("name", c.name),
       cereal::make_nvp("platform", std::string(platform_key(c.platform))),
       cereal::make_nvp("followers", c.followers), cereal::make_nvp("fee_per_post_cents", c.fee_per_post_cents),
       cereal::make_nvp("posts", c.posts));
}

template <class Archive>
void load(Archive& ar, Creator& c) {
    std::string platform;
    ar(cereal::make_nvp("id", c.id), cereal::make_nvp("name", c.name),
       cereal::make_nvp("platform", platform), cereal::make_nvp("followers", c.followers),
       cereal::make_nvp("fee_per_post_cents", c.fee_per_post_cents), cereal::make_nvp("posts", c.posts));
    const auto p = platform_from_key(platform);
    if (!p) throw std::runtime_error("unknown platform " + platform);
    c.platform = *p;
}

template <class Archive>
void serialize(Archive& ar, TierThresholds& t) {
    ar(cereal::make_nvp("micro", t.micro), cereal::make_nvp("mid", t.mid),
       cereal::make_nvp("macro", t.macro), cereal::make_nvp("mega", t.mega));
}

template <class Archive>
void serialize(Archive& ar, Plan& p) {
    ar(cereal::make_nvp("name", p.name), cereal::make_nvp("currency", p.currency),
       cereal::make_nvp("tiers", p.tiers), cereal::make_nvp("creators", p.creators));
}

}  // namespace roster

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
    plan.creators.clear();
    ar(cereal::make_nvp("plan", plan));
    return plan;
}

}  // namespace roster::storage
