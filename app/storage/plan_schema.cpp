#include "plan_schema.h"

#include <cstdint>
#include <initializer_list>
#include <limits>
#include <string_view>

#include "engine/vocabulary.h"

namespace roster::storage {
namespace {

enum class Kind { Text, WholeNumber, Number, Object, List };

struct Field {
    std::string_view name;
    Kind kind;
};

const char* kind_words(Kind k) {
    switch (k) {
        case Kind::Text: return "text";
        case Kind::WholeNumber: return "a whole number";
        case Kind::Number: return "a number";
        case Kind::Object: return "a group of fields";
        case Kind::List: return "a list";
    }
    return "?";
}

const char* what_it_is(const rapidjson::Value& v) {
    if (v.IsString()) return "text";
    if (v.IsBool()) return "true/false";
    if (v.IsNull()) return "empty (null)";
    if (v.IsArray()) return "a list";
    if (v.IsObject()) return "a group of fields";
    if (v.IsInt64() || v.IsUint64()) return "a whole number";
    if (v.IsNumber()) return "a number with decimals";
    return "something else";
}

bool has_kind(const rapidjson::Value& v, Kind k) {
    switch (k) {
        case Kind::Text: return v.IsString();
        // A whole number must fit 64 bits; 1e3 written with an exponent is a double in JSON
        // terms and is refused rather than silently truncated.
        case Kind::WholeNumber: return v.IsInt64();
        case Kind::Number: return v.IsNumber();
        case Kind::Object: return v.IsObject();
        case Kind::List: return v.IsArray();
    }
    return false;
}

struct Checker {
    SchemaResult result;

    bool fail(const std::string& path, std::string text) {
        result.ok = false;
        result.message = "In the file, " + path + " " + std::move(text);
        return false;
    }

    // Every listed field must be present with its kind; others are noted as ignored.
    bool fields(const rapidjson::Value& obj, const std::string& path, std::initializer_list<Field> expected) {
        for (const Field& f : expected) {
            const std::string fpath = path + "." + std::string(f.name);
            auto it = obj.FindMember(rapidjson::Value(rapidjson::StringRef(f.name.data(), f.name.size())));
            if (it == obj.MemberEnd()) return fail(fpath, "is missing.");
            if (!has_kind(it->value, f.kind))
                return fail(fpath, std::string("should be ") + kind_words(f.kind) + ", but it is " +
                                       what_it_is(it->value) + ".");
        }
        for (const auto& m : obj.GetObject()) {
            const std::string_view key(m.name.GetString(), m.name.GetStringLength());
            bool known = false;
            for (const Field& f : expected) known = known || f.name == key;
            if (!known) result.ignored.push_back(path + "." + std::string(key));
        }
        return true;
    }

    bool in_range(const rapidjson::Value& obj, const std::string& path, const char* name,
                  std::int64_t lo, std::int64_t hi) {
        const std::int64_t v = obj[name].GetInt64();
        if (v < lo || v > hi)
            return fail(path + "." + name, "is " + std::to_string(v) + ", outside the range " +
                                               std::to_string(lo) + " to " + std::to_string(hi) + ".");
        return true;
    }
};

}  // namespace

SchemaResult check_plan_shape(const rapidjson::Value& plan) {
    Checker c;
    const std::string root = "plan";
    if (!plan.IsObject()) {
        c.fail(root, std::string("should be a group of fields, but it is ") + what_it_is(plan) + ".");
        return c.result;
    }
    if (!c.fields(plan, root, {{"name", Kind::Text}, {"currency", Kind::Text},
                               {"tiers", Kind::Object}, {"creators", Kind::List}}))
        return c.result;

    const std::string tiers = root + ".tiers";
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    if (!c.fields(plan["tiers"], tiers, {{"micro", Kind::WholeNumber}, {"mid", Kind::WholeNumber},
                                         {"macro", Kind::WholeNumber}, {"mega", Kind::WholeNumber}}))
        return c.result;

    const rapidjson::Value& creators = plan["creators"];
    for (rapidjson::SizeType i = 0; i < creators.Size(); ++i) {
        const std::string path = root + ".creators[" + std::to_string(i) + "]";
        const rapidjson::Value& cr = creators[i];
        if (!cr.IsObject()) {
            c.fail(path, std::string("should be a group of fields, but it is ") + what_it_is(cr) + ".");
            return c.result;
        }
        if (!c.fields(cr, path, {{"id", Kind::WholeNumber}, {"name", Kind::Text},
                                 {"platform", Kind::Text}, {"followers", Kind::WholeNumber},
                                 {"fee_per_post_cents", Kind::WholeNumber}, {"posts", Kind::WholeNumber}}))
            return c.result;
        // Narrow fields are range-checked here so cereal never wraps them silently.
        if (!c.in_range(cr, path, "id", 1, std::numeric_limits<std::uint32_t>::max()) ||
            !c.in_range(cr, path, "posts", std::numeric_limits<std::int32_t>::min(),
                        std::numeric_limits<std::int32_t>::max()) ||
            !c.in_range(cr, path, "followers", -kMax, kMax))
            return c.result;
        const std::string_view key(cr["platform"].GetString(), cr["platform"].GetStringLength());
        if (!platform_from_key(key)) {
            std::string known;
            for (int p = 0; p < kPlatformCount; ++p)
                known += (p ? (p + 1 == kPlatformCount ? " or " : ", ") : "") +
                         std::string(platform_key(static_cast<Platform>(p)));
            c.fail(path + ".platform", "is \"" + std::string(key) + "\", which this version of Roster does not know (" +
                                           known + ").");
            return c.result;
        }
    }
    c.result.ok = true;
    return c.result;
}

}  // namespace roster::storage
