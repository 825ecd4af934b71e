#include "migrations.h"

#include <string_view>

#include "plan_file.h"

namespace roster::storage {
namespace {

using Value = rapidjson::Value;
using Allocator = rapidjson::Document::AllocatorType;

Value str(std::string_view s, Allocator& a) { return Value(s.data(), static_cast<rapidjson::SizeType>(s.size()), a); }

// Format 1 -> 2 (Roster 0.1 -> 0.2). Format 1 had one kind of post per creator, priced per post,
// and a plan-level currency. Its reach rates described each platform's main format, so each
// creator becomes one deliverable line of that format; everything format 2 added takes the
// value that means "not known" or "as before".
void format_1_to_2(Value& plan, Allocator& a, std::vector<Message>& notes) {
    Value campaign(rapidjson::kObjectType);
    campaign.AddMember("currency", plan["currency"], a);  // moves the value
    campaign.AddMember("budget_cap_cents", Value(std::int64_t{0}), a);
    campaign.AddMember("target_universe", Value(std::int64_t{0}), a);
    Value target(rapidjson::kObjectType);
    target.AddMember("countries", Value(rapidjson::kArrayType), a);
    target.AddMember("age_bands", Value(rapidjson::kArrayType), a);
    target.AddMember("genders", Value(rapidjson::kArrayType), a);
    campaign.AddMember("target", target, a);
    campaign.AddMember("average_order_value_cents", Value(std::int64_t{0}), a);
    campaign.AddMember("gross_margin_ppm", Value(1'000'000), a);
    campaign.AddMember("baseline_platform", str("instagram", a), a);

    Value environment(rapidjson::kObjectType);
    environment.AddMember("likes_hidden", Value(rapidjson::kArrayType), a);
    environment.AddMember("hidden_like_viewers_ppm", Value(700'000), a);
    environment.AddMember("recommendation_scale_ppm", Value(1'000'000), a);

    Value creators(rapidjson::kArrayType);
    for (Value& old : plan["creators"].GetArray()) {
        const std::string_view platform(old["platform"].GetString(), old["platform"].GetStringLength());
        // Format 1 knew three platforms; their main formats in format 2.
        const char* format = platform == "tiktok" ? "short" : platform == "youtube" ? "long_video" : "feed_post";
        Value c(rapidjson::kObjectType);
        c.AddMember("id", old["id"], a);
        c.AddMember("name", old["name"], a);
        c.AddMember("handle", str("", a), a);
        c.AddMember("platform", old["platform"], a);
        c.AddMember("followers", old["followers"], a);
        c.AddMember("engagement_rate_ppm", Value(0), a);
        c.AddMember("engagement_basis", str("followers", a), a);
        c.AddMember("measured_views_per_post", Value(std::int64_t{0}), a);
        c.AddMember("measured_reach_rate_ppm", Value(0), a);
        c.AddMember("audience_quality_ppm", Value(0), a);
        Value audience(rapidjson::kObjectType);
        audience.AddMember("countries", Value(rapidjson::kArrayType), a);
        Value age(rapidjson::kObjectType);
        for (const char* band : {"13-17", "18-24", "25-34", "35-44", "45-54", "55+"})
            age.AddMember(rapidjson::StringRef(band), Value(0), a);
        audience.AddMember("age", age, a);
        Value gender(rapidjson::kObjectType);
        gender.AddMember("female", Value(0), a);
        gender.AddMember("male", Value(0), a);
        audience.AddMember("gender", gender, a);
        audience.AddMember("interests", Value(rapidjson::kArrayType), a);
        c.AddMember("audience", audience, a);
        c.AddMember("relevance_ppm", Value(1'000'000), a);
        Value line(rapidjson::kObjectType);
        line.AddMember("format", rapidjson::StringRef(format), a);
        line.AddMember("count", old["posts"], a);
        line.AddMember("unit_fee_cents", old["fee_per_post_cents"], a);
        Value lines(rapidjson::kArrayType);
        lines.PushBack(line, a);
        c.AddMember("deliverables", lines, a);
        c.AddMember("product_value_cents", Value(std::int64_t{0}), a);
        c.AddMember("usage_rights_cents", Value(std::int64_t{0}), a);
        c.AddMember("affiliate_commission_ppm", Value(0), a);
        c.AddMember("paid", Value(true), a);
        c.AddMember("posting_probability_ppm", Value(1'000'000), a);
        Value amp(rapidjson::kObjectType);
        amp.AddMember("spend_cents", Value(std::int64_t{0}), a);
        amp.AddMember("cpm_cents", Value(std::int64_t{0}), a);
        amp.AddMember("frequency_cap", Value(0), a);
        c.AddMember("amplification", amp, a);
        creators.PushBack(c, a);
    }

    Value migrated(rapidjson::kObjectType);
    migrated.AddMember("name", plan["name"], a);
    migrated.AddMember("campaign", campaign, a);
    migrated.AddMember("environment", environment, a);
    migrated.AddMember("tiers", plan["tiers"], a);
    migrated.AddMember("assumptions", Value(rapidjson::kArrayType), a);
    migrated.AddMember("creators", creators, a);
    plan = migrated;
    notes.push_back(Message(MessageId::MigratedFromFormat1));
}

// Format 2 -> 3 (Roster 0.2 -> 0.3). Format 3 adds the pairwise audience overlaps; a format 2
// plan states none, so Roster estimates every pair, as it would for a new plan.
void format_2_to_3(Value& plan, Allocator& a) {
    plan.AddMember("overlaps", Value(rapidjson::kArrayType), a);
}

// Format 3 -> 4 (Roster 0.3 -> 0.4). Format 4 holds several scenarios; an older plan is one
// scenario, named "Base", with no others.
void format_3_to_4(Value& plan, Allocator& a) {
    plan.AddMember("scenario", str("Base", a), a);
    plan.AddMember("scenario_position", Value(0u), a);
    plan.AddMember("other_scenarios", Value(rapidjson::kArrayType), a);
}

// Format 4 -> 5 (Roster 0.4 -> 0.5). Format 5 keeps the forecast locked when the campaign went
// live, the actuals of its posts and the calibration layer; an older plan has none of them.
void format_4_to_5(Value& plan, Allocator& a) {
    plan.AddMember("locked_forecast", Value(rapidjson::kArrayType), a);
    plan.AddMember("actuals", Value(rapidjson::kArrayType), a);
    plan.AddMember("calibration", Value(rapidjson::kArrayType), a);
}

}  // namespace

std::vector<Message> migrate_plan(rapidjson::Document& doc, std::int32_t format) {
    std::vector<Message> notes;
    Value& plan = doc["plan"];
    auto& a = doc.GetAllocator();
    if (format < 2) format_1_to_2(plan, a, notes);
    if (format < 3) format_2_to_3(plan, a);
    if (format < 4) format_3_to_4(plan, a);
    if (format < 5) format_4_to_5(plan, a);
    // Future steps go here: if (format < 6) format_5_to_6(...);
    doc["format"].SetInt(kFormatVersion);
    return notes;
}

}  // namespace roster::storage
