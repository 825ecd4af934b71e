// What Roster says to a planner, as a value: an id and typed arguments, never a sentence.
// Every layer below the presentation (engine, storage, document) says things this way; the
// presentation layer renders a message once, in the display language, from its catalogue
// (present/message_render.h). A planner's own text (a creator's or a file's name) travels as
// Text and is inserted as written; numbers, money, sizes and counts travel as numbers and are
// formatted by the language that shows them; words Roster owns (a field, a platform, a format)
// travel as ids and are rendered from the catalogue too.
//
// The ids are listed in message_ids.h, one list for every layer, so that every layer can speak
// and the catalogue can be checked complete against one list.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "message_ids.h"
#include "plan.h"

namespace roster {

enum class MessageId : std::uint16_t {
#define ROSTER_MESSAGE_ENUM(id) id,
    ROSTER_MESSAGES(ROSTER_MESSAGE_ENUM)
#undef ROSTER_MESSAGE_ENUM
};
inline constexpr std::size_t kMessageIdCount = 0
#define ROSTER_MESSAGE_COUNT(id) +1
    ROSTER_MESSAGES(ROSTER_MESSAGE_COUNT)
#undef ROSTER_MESSAGE_COUNT
    ;

// Words Roster owns that messages quote: what a field is, where a plan came from.
enum class Term : std::uint16_t {
#define ROSTER_TERM_ENUM(id) id,
    ROSTER_TERMS(ROSTER_TERM_ENUM)
#undef ROSTER_TERM_ENUM
};
inline constexpr std::size_t kTermCount = 0
#define ROSTER_TERM_COUNT(id) +1
    ROSTER_TERMS(ROSTER_TERM_COUNT)
#undef ROSTER_TERM_COUNT
    ;

// The id's name as written in message_ids.h ("FileEmpty"): for tests and for the catalogue's
// own checks, never shown to a planner.
std::string_view message_id_name(MessageId id);
std::string_view term_name(Term term);

struct Message;

struct MessageArg {
    enum class Kind : std::uint8_t {
        Text,      // a planner's text (names, file names, handles): shown exactly as written
        Count,     // a whole number that also chooses the plural form: "1 creator", "2 creators"
        Integer,   // a whole number: "2,000,000,000" / "2 000 000 000"
        Decimal,   // a number with decimals as needed: "2.5" / "2,5"
        Percent,   // a share (0.5 = 50%), whole when exact, else one decimal: "140%", "100.5%"
        Money,     // an amount in the plan's currency (`text` holds the currency code)
        Bytes,     // a size: "512 bytes", "12 KB", "64.0 MB"
        Term,      // a word Roster owns (Term)
        Platform,  // a platform's name
        Format,    // a format's name as the platform calls it (`platform` says which platform)
        Assumption,  // an assumption's label (`text` holds its key, assumptions.h)
        DateTime,    // a moment (`number`: Unix seconds) as a date and time in local time
        ClockTime,   // a moment today, as its time of day
        Nested     // another message: the cause inside a wrapper
    };
    std::string name;  // the placeholder it fills: {name}
    Kind kind = Kind::Text;
    std::string text;
    double number = 0.0;
    std::uint16_t choice = 0;  // Term, Platform or Format value
    std::uint16_t platform = 0;
    std::vector<Message> nested;  // one message, for Nested
};

struct Message {
    MessageId id{};
    std::vector<MessageArg> args;

    Message() = default;
    explicit Message(MessageId message_id) : id(message_id) {}

    // Builders: Message(MessageId::X).text("creator", name).count("items", n)
    Message& text(std::string name, std::string value);
    Message& count(std::string name, double value);
    Message& integer(std::string name, double value);
    Message& decimal(std::string name, double value);
    Message& percent(std::string name, double share);
    Message& money(std::string name, double amount, std::string currency);
    Message& bytes(std::string name, double size);
    Message& term(std::string name, Term value);
    Message& platform(std::string name, Platform value);
    Message& format(std::string name, Platform platform, Format value);
    Message& assumption(std::string name, std::string key);
    Message& date_time(std::string name, double unix_seconds);
    Message& clock_time(std::string name, double unix_seconds);
    Message& nested(std::string name, Message cause);

    // The argument named `name`, or null.
    const MessageArg* arg(std::string_view name) const;
};

bool operator==(const MessageArg& a, const MessageArg& b);
bool operator==(const Message& a, const Message& b);
inline bool operator!=(const Message& a, const Message& b) { return !(a == b); }

// A message of a fixed id with nothing to fill.
inline Message message(MessageId id) { return Message(id); }

}  // namespace roster
