#include "message.h"

namespace roster {
namespace {

constexpr std::string_view kMessageNames[] = {
#define ROSTER_MESSAGE_NAME(id) #id,
    ROSTER_MESSAGES(ROSTER_MESSAGE_NAME)
#undef ROSTER_MESSAGE_NAME
};

constexpr std::string_view kTermNames[] = {
#define ROSTER_TERM_NAME(id) #id,
    ROSTER_TERMS(ROSTER_TERM_NAME)
#undef ROSTER_TERM_NAME
};

MessageArg make(std::string name, MessageArg::Kind kind) {
    MessageArg a;
    a.name = std::move(name);
    a.kind = kind;
    return a;
}

}  // namespace

std::string_view message_id_name(MessageId id) {
    const auto i = static_cast<std::size_t>(id);
    return i < kMessageIdCount ? kMessageNames[i] : std::string_view("?");
}

std::string_view term_name(Term term) {
    const auto i = static_cast<std::size_t>(term);
    return i < kTermCount ? kTermNames[i] : std::string_view("?");
}

Message& Message::text(std::string name, std::string value) {
    MessageArg a = make(std::move(name), MessageArg::Kind::Text);
    a.text = std::move(value);
    args.push_back(std::move(a));
    return *this;
}

#define ROSTER_NUMBER_BUILDER(method, kind_)                  \
    Message& Message::method(std::string name, double value) { \
        MessageArg a = make(std::move(name), kind_);           \
        a.number = value;                                      \
        args.push_back(std::move(a));                          \
        return *this;                                          \
    }
ROSTER_NUMBER_BUILDER(count, MessageArg::Kind::Count)
ROSTER_NUMBER_BUILDER(integer, MessageArg::Kind::Integer)
ROSTER_NUMBER_BUILDER(decimal, MessageArg::Kind::Decimal)
ROSTER_NUMBER_BUILDER(percent, MessageArg::Kind::Percent)
ROSTER_NUMBER_BUILDER(bytes, MessageArg::Kind::Bytes)
ROSTER_NUMBER_BUILDER(date_time, MessageArg::Kind::DateTime)
ROSTER_NUMBER_BUILDER(clock_time, MessageArg::Kind::ClockTime)
#undef ROSTER_NUMBER_BUILDER

Message& Message::money(std::string name, double amount, std::string currency) {
    MessageArg a = make(std::move(name), MessageArg::Kind::Money);
    a.number = amount;
    a.text = std::move(currency);
    args.push_back(std::move(a));
    return *this;
}

Message& Message::term(std::string name, Term value) {
    MessageArg a = make(std::move(name), MessageArg::Kind::Term);
    a.choice = static_cast<std::uint16_t>(value);
    args.push_back(std::move(a));
    return *this;
}

Message& Message::platform(std::string name, Platform value) {
    MessageArg a = make(std::move(name), MessageArg::Kind::Platform);
    a.choice = static_cast<std::uint16_t>(value);
    args.push_back(std::move(a));
    return *this;
}

Message& Message::format(std::string name, Platform platform, Format value) {
    MessageArg a = make(std::move(name), MessageArg::Kind::Format);
    a.choice = static_cast<std::uint16_t>(value);
    a.platform = static_cast<std::uint16_t>(platform);
    args.push_back(std::move(a));
    return *this;
}

Message& Message::assumption(std::string name, std::string key) {
    MessageArg a = make(std::move(name), MessageArg::Kind::Assumption);
    a.text = std::move(key);
    args.push_back(std::move(a));
    return *this;
}

Message& Message::nested(std::string name, Message cause) {
    MessageArg a = make(std::move(name), MessageArg::Kind::Nested);
    a.nested.push_back(std::move(cause));
    args.push_back(std::move(a));
    return *this;
}

const MessageArg* Message::arg(std::string_view name) const {
    for (const MessageArg& a : args)
        if (a.name == name) return &a;
    return nullptr;
}

bool operator==(const MessageArg& a, const MessageArg& b) {
    return a.name == b.name && a.kind == b.kind && a.text == b.text && a.number == b.number &&
           a.choice == b.choice && a.platform == b.platform && a.nested == b.nested;
}

bool operator==(const Message& a, const Message& b) { return a.id == b.id && a.args == b.args; }

}  // namespace roster
