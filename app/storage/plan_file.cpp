#include "plan_file.h"

#include <exception>
#include <optional>
#include <stdexcept>

#include "json_gate.h"  // first of the storage headers: it configures RapidJSON

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "engine/assumptions.h"
#include "engine/validation.h"
#include "migrations.h"
#include "plan_cereal.h"
#include "plan_schema.h"

namespace roster::storage {
namespace {

LoadResult refuse(Message message, int line = 0, int column = 0) {
    LoadResult r;
    r.message = std::move(message);
    r.line = line;
    r.column = column;
    return r;
}

// The envelope says what the file is and which format it speaks.
std::optional<Message> check_envelope(const rapidjson::Document& doc) {
    const Message not_a_plan(MessageId::NotARosterPlan);
    if (!doc.IsObject()) return not_a_plan;
    auto app = doc.FindMember("app");
    if (app == doc.MemberEnd() || !app->value.IsString() || app->value.GetString() != kAppMarker)
        return not_a_plan;
    auto format = doc.FindMember("format");
    if (format == doc.MemberEnd() || !format->value.IsInt64() || format->value.GetInt64() < 1)
        return Message(MessageId::FormatVersionMissing);
    const std::int64_t version = format->value.GetInt64();
    if (version > kFormatVersion)
        return Message(MessageId::FormatTooNew)
            .integer("format", static_cast<double>(version))
            .integer("supported", kFormatVersion);
    if (!doc.HasMember("plan")) return Message(MessageId::FileHasNoPlan);
    return std::nullopt;
}

}  // namespace

std::string save_plan(const Plan& plan) {
    const auto problems = validate(plan);
    if (!problems.empty())
        throw std::invalid_argument("refusing to save an invalid plan: " +
                                    std::string(message_id_name(describe(problems.front(), plan).id)));
    return write_plan_json(plan);
}

std::string save_plan_compact(const Plan& plan) {
    const std::string pretty = save_plan(plan);
    rapidjson::Document doc;
    doc.Parse(pretty.data(), pretty.size());
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    doc.Accept(writer);
    return std::string(buffer.GetString(), buffer.GetSize());
}

LoadResult load_plan(std::string_view text) {
    rapidjson::Document doc;
    const GateResult gate = parse_json_strictly(text, doc);
    if (!gate.ok) return refuse(gate.message, gate.line, gate.column);

    if (std::optional<Message> problem = check_envelope(doc)) return refuse(std::move(*problem));
    const auto format = static_cast<std::int32_t>(doc["format"].GetInt64());

    SchemaResult shape = check_plan_shape(doc["plan"], doc.GetAllocator(), format);
    if (!shape.ok) return refuse(shape.message);

    LoadResult result;
    if (format < kFormatVersion) {
        result.notes = migrate_plan(doc, format);
        // A migrated plan is checked as if it had been written in today's format.
        const SchemaResult current = check_plan_shape(doc["plan"], doc.GetAllocator(), kFormatVersion);
        if (!current.ok) return refuse(Message(MessageId::MigrationFailed).nested("cause", current.message));
    }
    // cereal reads the checked document (with any class versions the check added), not the text.
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    doc.Accept(writer);
    const std::string body(buffer.GetString(), buffer.GetSize());
    try {
        result.plan = read_plan_json(body);
    } catch (const std::exception& e) {
        // The gate and the shape check should make this unreachable; say so plainly if not.
        return refuse(Message(MessageId::PlanUnreadable).text("detail", e.what()));
    }

    const auto problems = validate(result.plan);
    if (!problems.empty()) {
        return refuse(Message(MessageId::PlanNotUsable)
                          .nested("cause", describe(problems.front(), result.plan))
                          .count("others", static_cast<double>(problems.size() - 1)));
    }
    for (const std::string& path : shape.ignored)
        result.notes.push_back(Message(MessageId::IgnoredField).text("path", path));
    for (const AssumptionOverride& o : result.plan.assumptions)
        if (!assumption_index(o.key))
            result.notes.push_back(Message(MessageId::KeptUnknownAssumption).text("key", o.key));
    result.ok = true;
    return result;
}

}  // namespace roster::storage
