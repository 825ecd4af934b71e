#include "plan_schema.h"

#include <algorithm>
#include <limits>
#include <string_view>

#include "engine/plan.h"
#include "engine/vocabulary.h"

namespace roster::storage {
namespace {

enum class Kind { Text, WholeNumber, Bool, Object, List };

struct Node;
struct Member {
    std::string_view name;
    const Node* node;
};

struct Node {
    Kind kind = Kind::Text;
    std::int64_t lo = std::numeric_limits<std::int64_t>::min();
    std::int64_t hi = std::numeric_limits<std::int64_t>::max();
    std::vector<std::string> allowed;  // for text with a fixed vocabulary (platform keys...)
    std::vector<Member> members;       // for objects; all are required
    const Node* element = nullptr;     // for lists
    // cereal class version of the C++ type this object binds to (0: not a versioned type).
    std::uint32_t class_version = 0;
};

// cereal adds this member to the first object of each versioned type it writes.
constexpr std::string_view kClassVersion = "cereal_class_version";

Term kind_words(Kind k) {
    switch (k) {
        case Kind::Text: return Term::KindText;
        case Kind::WholeNumber: return Term::KindWholeNumber;
        case Kind::Bool: return Term::KindTrueOrFalse;
        case Kind::Object: return Term::KindGroupOfFields;
        case Kind::List: return Term::KindList;
    }
    return Term::ValueOther;
}

Term what_it_is(const rapidjson::Value& v) {
    if (v.IsString()) return Term::ValueText;
    if (v.IsBool()) return Term::ValueTrueFalse;
    if (v.IsNull()) return Term::ValueNull;
    if (v.IsArray()) return Term::ValueList;
    if (v.IsObject()) return Term::ValueGroupOfFields;
    if (v.IsInt64()) return Term::ValueWholeNumber;
    if (v.IsUint64()) return Term::ValueWholeNumberTooLarge;
    if (v.IsNumber()) return Term::ValueDecimal;
    return Term::ValueOther;
}

bool has_kind(const rapidjson::Value& v, Kind k) {
    switch (k) {
        case Kind::Text: return v.IsString();
        // A whole number must fit 64 bits; 1e3 written with an exponent is a double in JSON
        // terms and is refused rather than silently truncated.
        case Kind::WholeNumber: return v.IsInt64();
        case Kind::Bool: return v.IsBool();
        case Kind::Object: return v.IsObject();
        case Kind::List: return v.IsArray();
    }
    return false;
}

struct Checker {
    SchemaResult result;
    rapidjson::Document::AllocatorType* allocator = nullptr;
    std::vector<const Node*> versioned_seen;

    // `message` names the field by its path in the file ("plan.creators[2].followers"), which
    // is the file's own words and stays as written in every language.
    bool fail(Message message) {
        result.ok = false;
        result.message = std::move(message);
        return false;
    }

    bool check(rapidjson::Value& v, const Node& node, const std::string& path) {
        if (!has_kind(v, node.kind))
            return fail(Message(MessageId::FieldWrongKind)
                            .text("path", path)
                            .term("expected", kind_words(node.kind))
                            .term("actual", what_it_is(v)));
        switch (node.kind) {
            case Kind::WholeNumber: {
                const std::int64_t n = v.GetInt64();
                if (n < node.lo || n > node.hi)
                    return fail(Message(MessageId::FieldOutOfRange)
                                    .text("path", path)
                                    .integer("value", static_cast<double>(n))
                                    .integer("min", static_cast<double>(node.lo))
                                    .integer("max", static_cast<double>(node.hi)));
                return true;
            }
            case Kind::Text: {
                if (node.allowed.empty()) return true;
                const std::string_view s(v.GetString(), v.GetStringLength());
                for (const std::string& a : node.allowed)
                    if (a == s) return true;
                std::string known;
                for (std::size_t i = 0; i < node.allowed.size(); ++i)
                    known += (i ? ", " : "") + node.allowed[i];
                return fail(Message(MessageId::FieldUnknownWord)
                                .text("path", path)
                                .text("value", std::string(s.substr(0, 40)))
                                .text("known", known));
            }
            case Kind::Object: {
                // cereal reads the class version from the first object of each type, in the
                // order it loads them, which is this order; a file written by hand or by a
                // migration may lack it, so it is added with the version of this format.
                if (node.class_version > 0 && allocator &&
                    std::find(versioned_seen.begin(), versioned_seen.end(), &node) == versioned_seen.end()) {
                    versioned_seen.push_back(&node);
                    if (!v.HasMember(rapidjson::StringRef(kClassVersion.data(), kClassVersion.size())))
                        v.AddMember(rapidjson::StringRef(kClassVersion.data(), kClassVersion.size()),
                                    rapidjson::Value(node.class_version), *allocator);
                }
                for (const Member& m : node.members) {
                    auto it = v.FindMember(rapidjson::Value(rapidjson::StringRef(m.name.data(), m.name.size())));
                    const std::string mpath = path + "." + std::string(m.name);
                    if (it == v.MemberEnd()) return fail(Message(MessageId::FieldMissing).text("path", mpath));
                    if (!check(it->value, *m.node, mpath)) return false;
                }
                for (const auto& m : v.GetObject()) {
                    const std::string_view key(m.name.GetString(), m.name.GetStringLength());
                    if (key == kClassVersion) {
                        if (!m.value.IsUint())
                            return fail(Message(MessageId::FieldNotWhole).text("path", path + "." + std::string(key)));
                        continue;
                    }
                    bool known = false;
                    for (const Member& member : node.members) known = known || member.name == key;
                    if (!known) result.ignored.push_back(path + "." + std::string(key));
                }
                return true;
            }
            case Kind::List: {
                for (rapidjson::SizeType i = 0; i < v.Size(); ++i)
                    if (!check(v[i], *node.element, path + "[" + std::to_string(i) + "]")) return false;
                return true;
            }
            case Kind::Bool: return true;
        }
        return true;
    }
};

Node text() { return Node{}; }
Node whole(std::int64_t lo = std::numeric_limits<std::int64_t>::min(),
           std::int64_t hi = std::numeric_limits<std::int64_t>::max()) {
    Node n;
    n.kind = Kind::WholeNumber;
    n.lo = lo;
    n.hi = hi;
    return n;
}
Node int32() { return whole(std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max()); }
Node boolean() {
    Node n;
    n.kind = Kind::Bool;
    return n;
}
Node object(std::vector<Member> members, std::uint32_t class_version = 0) {
    Node n;
    n.kind = Kind::Object;
    n.members = std::move(members);
    n.class_version = class_version;
    return n;
}
Node list(const Node* element) {
    Node n;
    n.kind = Kind::List;
    n.element = element;
    return n;
}
template <class E, class KeyFn>
Node vocabulary(int count, KeyFn key) {
    Node n;
    for (int i = 0; i < count; ++i) n.allowed.emplace_back(key(static_cast<E>(i)));
    return n;
}

// The shapes live as long as the program; nodes refer to each other by address.
struct Shapes {
    Node text_ = text(), whole_ = whole(), int32_ = int32(), bool_ = boolean();
    Node id = whole(1, std::numeric_limits<std::uint32_t>::max());
    Node platform = vocabulary<Platform>(kPlatformCount, [](Platform p) { return platform_key(p); });
    Node format = vocabulary<Format>(kFormatCount, [](Format f) { return format_key(f); });
    Node basis = vocabulary<EngagementBasis>(2, [](EngagementBasis b) { return basis_key(b); });
    Node age_band_node = vocabulary<AgeBand>(kAgeBandCount, [](AgeBand a) { return age_band_key(a); });
    Node gender_node = vocabulary<Gender>(kGenderCount, [](Gender g) { return gender_key(g); });
    Node text_list = list(&text_);
    Node platform_list = list(&platform);
    Node age_list = list(&age_band_node);
    Node gender_list = list(&gender_node);
    Node tiers_v1 = object({{"micro", &whole_}, {"mid", &whole_}, {"macro", &whole_}, {"mega", &whole_}});
    Node tiers = object({{"micro", &whole_}, {"mid", &whole_}, {"macro", &whole_}, {"mega", &whole_}}, 1);

    // Format 1 (Roster 0.1): one post type per creator.
    Node creator_v1 = object({{"id", &id}, {"name", &text_}, {"platform", &platform}, {"followers", &whole_},
                              {"fee_per_post_cents", &whole_}, {"posts", &int32_}});
    Node creators_v1 = list(&creator_v1);
    Node plan_v1 = object({{"name", &text_}, {"currency", &text_}, {"tiers", &tiers_v1}, {"creators", &creators_v1}});

    // Format 2 (Roster 0.2): deliverables, campaign, environment, assumption overrides.
    Node share = object({{"key", &text_}, {"ppm", &int32_}}, 1);
    Node shares = list(&share);
    Node ages = object({{"13-17", &int32_}, {"18-24", &int32_}, {"25-34", &int32_}, {"35-44", &int32_},
                        {"45-54", &int32_}, {"55+", &int32_}});
    Node genders = object({{"female", &int32_}, {"male", &int32_}});
    Node audience = object({{"countries", &shares}, {"age", &ages}, {"gender", &genders}, {"interests", &shares}}, 1);
    Node deliverable = object({{"format", &format}, {"count", &int32_}, {"unit_fee_cents", &whole_}}, 1);
    Node deliverables = list(&deliverable);
    Node amplification = object({{"spend_cents", &whole_}, {"cpm_cents", &whole_}, {"frequency_cap", &int32_}}, 1);
    Node creator = object({{"id", &id},
                           {"name", &text_},
                           {"handle", &text_},
                           {"platform", &platform},
                           {"followers", &whole_},
                           {"engagement_rate_ppm", &int32_},
                           {"engagement_basis", &basis},
                           {"measured_views_per_post", &whole_},
                           {"measured_reach_rate_ppm", &int32_},
                           {"audience_quality_ppm", &int32_},
                           {"audience", &audience},
                           {"relevance_ppm", &int32_},
                           {"deliverables", &deliverables},
                           {"product_value_cents", &whole_},
                           {"usage_rights_cents", &whole_},
                           {"affiliate_commission_ppm", &int32_},
                           {"paid", &bool_},
                           {"posting_probability_ppm", &int32_},
                           {"amplification", &amplification}},
                          1);
    Node creators = list(&creator);
    Node target = object({{"countries", &text_list}, {"age_bands", &age_list}, {"genders", &gender_list}}, 1);
    Node campaign = object({{"currency", &text_},
                            {"budget_cap_cents", &whole_},
                            {"target_universe", &whole_},
                            {"target", &target},
                            {"average_order_value_cents", &whole_},
                            {"gross_margin_ppm", &int32_},
                            {"baseline_platform", &platform}},
                            1);
    Node environment = object({{"likes_hidden", &platform_list},
                               {"hidden_like_viewers_ppm", &int32_},
                               {"recommendation_scale_ppm", &int32_}},
                               1);
    Node override_ = object({{"key", &text_}, {"value_micros", &whole_}}, 1);
    Node overrides = list(&override_);
    Node plan_v2 = object({{"name", &text_},
                           {"campaign", &campaign},
                           {"environment", &environment},
                           {"tiers", &tiers},
                           {"assumptions", &overrides},
                           {"creators", &creators}},
                          1);

    // Format 3 (Roster 0.3): pairwise audience overlaps, with the denominator they were given in.
    Node overlap_basis = vocabulary<OverlapBasis>(kOverlapBasisCount, [](OverlapBasis b) { return overlap_basis_key(b); });
    Node overlap = object({{"first", &id}, {"second", &id}, {"basis", &overlap_basis}, {"value", &whole_}}, 1);
    Node overlaps = list(&overlap);
    Node plan_v3 = object({{"name", &text_},
                           {"campaign", &campaign},
                           {"environment", &environment},
                           {"tiers", &tiers},
                           {"assumptions", &overrides},
                           {"creators", &creators},
                           {"overlaps", &overlaps}},
                          2);

    // Format 4 (Roster 0.4): scenarios, the open one in the plan's own fields.
    Node scenario_position = whole(0, 1000);
    Node scenario = object({{"name", &text_},
                            {"campaign", &campaign},
                            {"environment", &environment},
                            {"tiers", &tiers},
                            {"assumptions", &overrides},
                            {"creators", &creators},
                            {"overlaps", &overlaps}},
                           1);
    Node scenarios = list(&scenario);
    Node plan_v4 = object({{"name", &text_},
                           {"campaign", &campaign},
                           {"environment", &environment},
                           {"tiers", &tiers},
                           {"assumptions", &overrides},
                           {"creators", &creators},
                           {"overlaps", &overlaps},
                           {"scenario", &text_},
                           {"scenario_position", &scenario_position},
                           {"other_scenarios", &scenarios}},
                          3);

    // Format 5 (Roster 0.5): the locked forecast, the actuals and the calibration (engine/actuals.h).
    Node whole_positive = whole(0);
    Node post_number = whole(1, 1000);
    Node tier = vocabulary<Tier>(kTierCount, [](Tier t) { return tier_key(t); });
    Node figure = vocabulary<ActualFigure>(kActualFigureCount, [](ActualFigure f) { return actual_figure_key(f); });
    Node provenance = vocabulary<Provenance>(kProvenanceCount, [](Provenance p) { return provenance_key(p); });
    Node band = object({{"p10", &whole_positive}, {"p50", &whole_positive}, {"p90", &whole_positive}}, 1);
    Node bands = object({{"views", &band},
                         {"reach", &band},
                         {"engagements", &band},
                         {"clicks", &band},
                         {"conversions", &band},
                         {"revenue_cents", &band},
                         {"cost_cents", &band}});
    Node locked_deliverable = object({{"format", &format}, {"count", &int32_}, {"bands", &bands}}, 1);
    Node locked_deliverables = list(&locked_deliverable);
    Node locked_creator = object({{"id", &id},
                                  {"name", &text_},
                                  {"handle", &text_},
                                  {"platform", &platform},
                                  {"tier", &tier},
                                  {"followers", &whole_positive},
                                  {"measured", &bool_},
                                  {"amplified", &bool_},
                                  {"posting_probability_ppm", &int32_},
                                  {"bands", &bands},
                                  {"deliverables", &locked_deliverables}},
                                 1);
    Node locked_creators = list(&locked_creator);
    Node locked_assumption = object({{"key", &text_}, {"value_micros", &whole_}}, 1);
    Node locked_assumptions = list(&locked_assumption);
    Node locked = object({{"scenario", &text_},
                          {"date", &text_},
                          {"roster_version", &text_},
                          {"draws", &int32_},
                          {"seed", &whole_},
                          {"assumptions", &locked_assumptions},
                          {"creators", &locked_creators},
                          {"total", &bands}},
                         1);
    Node locked_list = list(&locked);
    Node actual_figure = object({{"figure", &figure}, {"value", &whole_positive}, {"source", &provenance}}, 1);
    Node actual_figures = list(&actual_figure);
    Node actual = object({{"creator", &id},
                          {"format", &format},
                          {"post", &post_number},
                          {"posted", &bool_},
                          {"date", &text_},
                          {"url", &text_},
                          {"figures", &actual_figures}},
                         1);
    Node actuals = list(&actual);
    Node calibrated = object({{"key", &text_},
                              {"value_micros", &whole_},
                              {"replaced_micros", &whole_},
                              {"replaced_override", &bool_},
                              {"multiplier_micros", &whole_},
                              {"low_micros", &whole_},
                              {"high_micros", &whole_},
                              {"posts", &int32_}},
                             1);
    Node calibrated_values = list(&calibrated);
    Node calibration = object({{"scenario", &text_},
                               {"date", &text_},
                               {"campaigns", &int32_},
                               {"posts", &int32_},
                               {"values", &calibrated_values}},
                              1);
    Node calibrations = list(&calibration);
    Node plan_v5 = object({{"name", &text_},
                           {"campaign", &campaign},
                           {"environment", &environment},
                           {"tiers", &tiers},
                           {"assumptions", &overrides},
                           {"creators", &creators},
                           {"overlaps", &overlaps},
                           {"scenario", &text_},
                           {"scenario_position", &scenario_position},
                           {"other_scenarios", &scenarios},
                           {"locked_forecast", &locked_list},
                           {"actuals", &actuals},
                           {"calibration", &calibrations}},
                          4);

    Shapes() = default;
    Shapes(const Shapes&) = delete;
};

const Shapes& shapes() {
    static const Shapes s;
    return s;
}

}  // namespace

SchemaResult check_plan_shape(rapidjson::Value& plan, rapidjson::Document::AllocatorType& allocator,
                              std::int32_t format) {
    Checker c;
    c.allocator = &allocator;
    const Node& root = format == 1   ? shapes().plan_v1
                       : format == 2 ? shapes().plan_v2
                       : format == 3 ? shapes().plan_v3
                       : format == 4 ? shapes().plan_v4
                                     : shapes().plan_v5;
    c.result.ok = c.check(plan, root, "plan");
    return c.result;
}

}  // namespace roster::storage
