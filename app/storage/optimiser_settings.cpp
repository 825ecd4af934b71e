#include "optimiser_settings.h"

#include "rapidjson_config.h"

#include <rapidjson/document.h>

#include <cctype>
#include <cmath>
#include <optional>
#include <string>

#include "engine/vocabulary.h"
#include "json_gate.h"

namespace roster::storage {
namespace {

using Value = rapidjson::Value;

// Thrown inside the reader with the message that refuses the file; caught once at the top.
struct Refusal {
    Message message;
};

[[noreturn]] void refuse(Message m) { throw Refusal{std::move(m)}; }

[[noreturn]] void bad_value(const std::string& field, Term expected) {
    refuse(Message(MessageId::OptimiserSettingsBadValue).text("field", field).term("expected", expected));
}

std::string text_of(const Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

std::string folded(std::string s) {
    std::string out;
    for (unsigned char c : s)
        if (!std::isspace(c)) out.push_back(static_cast<char>(std::tolower(c)));
    if (!out.empty() && out.front() == '@') out.erase(out.begin());
    return out;
}

double number(const Value& v, const std::string& field, Term expected) {
    if (!v.IsNumber()) bad_value(field, expected);
    const double d = v.GetDouble();
    if (!std::isfinite(d)) bad_value(field, expected);
    return d;
}

double amount(const Value& v, const std::string& field) {
    const double d = number(v, field, Term::OptimiserExpectAmount);
    if (d < 0.0 || d > 1e12) bad_value(field, Term::OptimiserExpectAmount);
    return d;
}

double positive(const Value& v, const std::string& field) {
    const double d = number(v, field, Term::OptimiserExpectPositive);
    if (!(d > 0.0) || d > 1e12) bad_value(field, Term::OptimiserExpectPositive);
    return d;
}

double share(const Value& v, const std::string& field) {
    const double d = number(v, field, Term::OptimiserExpectShare);
    if (d < 0.0 || d > 1.0) bad_value(field, Term::OptimiserExpectShare);
    return d;
}

int whole(const Value& v, const std::string& field) {
    if (!v.IsInt64() || v.GetInt64() < 0 || v.GetInt64() > 1'000'000) bad_value(field, Term::OptimiserExpectWholeNumber);
    return static_cast<int>(v.GetInt64());
}

const Value& object(const Value& v, const std::string& field) {
    if (!v.IsObject()) bad_value(field, Term::OptimiserExpectGroup);
    return v;
}

// The plan's creator a planner's name or handle designates.
CreatorId creator_named(const Plan& plan, const std::string& name) {
    for (const Creator& c : plan.creators)
        if (c.name == name) return c.id;
    const std::string want = folded(name);
    for (const Creator& c : plan.creators)
        if (!c.handle.empty() && folded(c.handle) == want) return c.id;
    for (const Creator& c : plan.creators)
        if (folded(c.name) == want) return c.id;
    refuse(Message(MessageId::OptimiserSettingsUnknownCreator).text("name", name.substr(0, 200)));
}

GroupLimits limits(const Value& v, const std::string& field) {
    GroupLimits g;
    for (const auto& m : object(v, field).GetObject()) {
        const std::string key = text_of(m.name);
        const std::string path = field + "." + key;
        if (key == "min") g.min_creators = whole(m.value, path);
        else if (key == "max") g.max_creators = whole(m.value, path);
        else if (key == "min_share") g.min_spend_share = share(m.value, path);
        else if (key == "max_share") g.max_spend_share = share(m.value, path);
        else refuse(Message(MessageId::OptimiserSettingsUnknownField).text("field", path.substr(0, 200)));
    }
    return g;
}

BookingOption option(const Value& v, const std::string& field) {
    if (v.IsString()) {
        const std::string key = text_of(v);
        const std::optional<OptionKind> kind = option_kind_from_key(key);
        if (!kind || *kind == OptionKind::Custom)
            refuse(Message(MessageId::OptimiserSettingsUnknownOption).text("value", key.substr(0, 200)));
        return BookingOption{*kind, "", {}};
    }
    if (!v.IsObject()) bad_value(field, Term::OptimiserExpectOptions);
    BookingOption o;
    o.kind = OptionKind::Custom;
    bool has_lines = false;
    for (const auto& m : v.GetObject()) {
        const std::string key = text_of(m.name);
        const std::string path = field + "." + key;
        if (key == "label") {
            if (!m.value.IsString() || m.value.GetStringLength() == 0 || m.value.GetStringLength() > 200)
                bad_value(path, Term::OptimiserExpectText);
            o.label = text_of(m.value);
        } else if (key == "deliverables") {
            if (!m.value.IsArray() || m.value.Empty() || m.value.Size() > 20) bad_value(path, Term::OptimiserExpectOptions);
            has_lines = true;
            for (rapidjson::SizeType k = 0; k < m.value.Size(); ++k) {
                const std::string line_path = path + "[" + std::to_string(k) + "]";
                Deliverable d;
                bool has_format = false;
                for (const auto& f : object(m.value[k], line_path).GetObject()) {
                    const std::string fk = text_of(f.name);
                    const std::string fpath = line_path + "." + fk;
                    if (fk == "format") {
                        if (!f.value.IsString()) bad_value(fpath, Term::OptimiserExpectText);
                        const std::optional<Format> format = format_from_key(text_of(f.value));
                        if (!format) refuse(Message(MessageId::OptimiserSettingsUnknownFormat).text("value", text_of(f.value).substr(0, 200)));
                        d.format = *format;
                        has_format = true;
                    } else if (fk == "count") {
                        d.count = whole(f.value, fpath);
                    } else if (fk == "fee") {
                        d.unit_fee_cents = cents_from_units(amount(f.value, fpath));
                    } else {
                        refuse(Message(MessageId::OptimiserSettingsUnknownField).text("field", fpath.substr(0, 200)));
                    }
                }
                if (!has_format) refuse(Message(MessageId::OptimiserSettingsBadValue).text("field", line_path + ".format").term("expected", Term::OptimiserExpectText));
                o.deliverables.push_back(d);
            }
        } else {
            refuse(Message(MessageId::OptimiserSettingsUnknownField).text("field", path.substr(0, 200)));
        }
    }
    if (o.label.empty()) bad_value(field + ".label", Term::OptimiserExpectText);
    if (!has_lines) bad_value(field + ".deliverables", Term::OptimiserExpectOptions);
    return o;
}

std::vector<BookingOption> options(const Value& v, const std::string& field) {
    if (!v.IsArray() || v.Empty() || v.Size() > 20) bad_value(field, Term::OptimiserExpectOptions);
    std::vector<BookingOption> out;
    for (rapidjson::SizeType k = 0; k < v.Size(); ++k) out.push_back(option(v[k], field + "[" + std::to_string(k) + "]"));
    return out;
}

CandidateSetting& setting_of(OptimiserProblem& p, CreatorId id) {
    for (CandidateSetting& s : p.settings)
        if (s.creator == id) return s;
    p.settings.push_back(CandidateSetting{id, CandidateRole::Candidate, {}});
    return p.settings.back();
}

void read(const Value& doc, const Plan& plan, OptimiserSettingsLoad& out) {
    if (!doc.IsObject()) refuse(Message(MessageId::OptimiserSettingsNotRoster));
    const auto version = doc.FindMember("roster_optimiser");
    if (version == doc.MemberEnd() || !version->value.IsInt() || version->value.GetInt() != 1)
        refuse(Message(MessageId::OptimiserSettingsNotRoster));
    OptimiserProblem& p = out.settings;
    OptimiserConstraints& c = p.constraints;
    const auto names = [&](const Value& v, const std::string& field, CandidateRole role) {
        if (!v.IsArray() || v.Size() > 20'000) bad_value(field, Term::OptimiserExpectNames);
        for (const auto& item : v.GetArray()) {
            if (!item.IsString()) bad_value(field, Term::OptimiserExpectNames);
            const std::string name = text_of(item);
            CandidateSetting& s = setting_of(p, creator_named(plan, name));
            if (s.role != CandidateRole::Candidate && s.role != role)
                refuse(Message(MessageId::OptimiserSettingsBothRoles).text("name", name.substr(0, 200)));
            s.role = role;
        }
    };
    for (const auto& m : doc.GetObject()) {
        const std::string key = text_of(m.name);
        const Value& v = m.value;
        if (key == "roster_optimiser") continue;
        if (key == "objective") {
            if (!v.IsString()) bad_value(key, Term::OptimiserExpectObjective);
            const std::optional<OptimiserObjective> o = objective_from_key(text_of(v));
            if (!o) bad_value(key, Term::OptimiserExpectObjective);
            p.objective = *o;
            out.has_objective = true;
        } else if (key == "budget") {
            c.budget = amount(v, key);
            out.has_budget = true;
        } else if (key == "creators") {
            const GroupLimits g = limits(v, key);
            if (g.min_spend_share > 0.0 || g.max_spend_share)
                refuse(Message(MessageId::OptimiserSettingsUnknownField).text("field", key + (g.max_spend_share ? ".max_share" : ".min_share")));
            c.min_creators = g.min_creators;
            c.max_creators = g.max_creators;
        } else if (key == "platforms") {
            for (const auto& g : object(v, key).GetObject()) {
                const std::string name = text_of(g.name);
                const std::optional<Platform> platform = platform_from_key(name);
                if (!platform) refuse(Message(MessageId::OptimiserSettingsUnknownPlatform).text("value", name.substr(0, 200)));
                c.platforms[static_cast<std::size_t>(*platform)] = limits(g.value, key + "." + name);
            }
        } else if (key == "tiers") {
            for (const auto& g : object(v, key).GetObject()) {
                const std::string name = text_of(g.name);
                std::optional<std::size_t> tier;
                for (std::size_t t = 0; t < kTierCount; ++t)
                    if (tier_key(static_cast<Tier>(t)) == name) tier = t;
                if (!tier) refuse(Message(MessageId::OptimiserSettingsUnknownTier).text("value", name.substr(0, 200)));
                c.tiers[*tier] = limits(g.value, key + "." + name);
            }
        } else if (key == "max_share_per_creator") {
            c.max_creator_share = share(v, key);
        } else if (key == "min_average_frequency") {
            c.min_average_frequency = positive(v, key);
        } else if (key == "min_effective_reach") {
            c.min_effective_reach = positive(v, key);
        } else if (key == "max_cpm") {
            c.max_cpm = positive(v, key);
        } else if (key == "min_chance_roi_positive") {
            c.min_chance_roi_positive = share(v, key);
        } else if (key == "must_include") {
            names(v, key, CandidateRole::MustInclude);
        } else if (key == "exclude") {
            names(v, key, CandidateRole::Excluded);
        } else if (key == "options") {
            p.default_options = options(v, key);
        } else if (key == "creator_options") {
            for (const auto& g : object(v, key).GetObject()) {
                const std::string name = text_of(g.name);
                setting_of(p, creator_named(plan, name)).options = options(g.value, key + "." + name);
            }
        } else {
            refuse(Message(MessageId::OptimiserSettingsUnknownField).text("field", key.substr(0, 200)));
        }
    }
}

}  // namespace

OptimiserSettingsLoad load_optimiser_settings(std::string_view text, const Plan& plan) {
    OptimiserSettingsLoad out;
    if (text.size() > kMaxOptimiserSettingsBytes) {
        out.problem = Message(MessageId::OptimiserSettingsTooLarge).bytes("max", static_cast<double>(kMaxOptimiserSettingsBytes));
        return out;
    }
    rapidjson::Document doc;
    JsonLimits limits;
    limits.max_bytes = kMaxOptimiserSettingsBytes;
    const GateResult gate = parse_json_strictly(text, doc, limits);
    if (!gate.ok) {
        out.problem = Message(MessageId::OptimiserSettingsUnreadable).nested("cause", gate.message);
        return out;
    }
    try {
        read(doc, plan, out);
    } catch (const Refusal& r) {
        out.problem = r.message;
        out.settings = OptimiserProblem{};
        return out;
    } catch (const JsonAssertion&) {
        out.problem = Message(MessageId::OptimiserSettingsNotRoster);
        out.settings = OptimiserProblem{};
        return out;
    }
    out.ok = true;
    return out;
}

}  // namespace roster::storage
