#include "workbook_xml.h"

// Debian's libexpat and the WebAssembly copy tools/setup.sh builds both have DTD support; the
// header declares the amplification guard below only when told so.
#ifndef XML_DTD
#define XML_DTD 1
#endif
#include <expat.h>

#include <climits>
#include <string>

namespace roster::storage {
namespace {

// expat gives namespaced names as "uri|local": Roster reads the local name.
constexpr char kSeparator = '|';

std::string_view local_name(const char* name) {
    const std::string_view s(name);
    const std::size_t bar = s.rfind(kSeparator);
    return bar == std::string_view::npos ? s : s.substr(bar + 1);
}

struct State {
    XML_Parser parser = nullptr;
    XmlHandler* handler = nullptr;
    std::size_t depth = 0, max_depth = 0;
    enum class Stop { None, Unsafe, TooDeep, Handler } stop = Stop::None;

    void halt(Stop why) {
        if (stop == Stop::None) stop = why;
        XML_StopParser(parser, XML_FALSE);
    }
};

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
    auto* s = static_cast<State*>(data);
    if (s->stop != State::Stop::None) return;
    if (++s->depth > s->max_depth) return s->halt(State::Stop::TooDeep);
    if (!s->handler->start(local_name(name), attributes)) s->halt(State::Stop::Handler);
}

void XMLCALL on_end(void* data, const XML_Char* name) {
    auto* s = static_cast<State*>(data);
    if (s->stop != State::Stop::None) return;
    --s->depth;
    if (!s->handler->end(local_name(name))) s->halt(State::Stop::Handler);
}

void XMLCALL on_text(void* data, const XML_Char* text, int length) {
    auto* s = static_cast<State*>(data);
    if (s->stop != State::Stop::None) return;
    if (!s->handler->text(std::string_view(text, static_cast<std::size_t>(length)))) s->halt(State::Stop::Handler);
}

void XMLCALL on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    static_cast<State*>(data)->halt(State::Stop::Unsafe);
}

void XMLCALL on_entity(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*, const XML_Char*,
                       const XML_Char*, const XML_Char*) {
    static_cast<State*>(data)->halt(State::Stop::Unsafe);
}

}  // namespace

std::string_view xml_attribute(const char** attributes, std::string_view name) {
    for (const char** a = attributes; a && a[0] && a[1]; a += 2)
        if (local_name(a[0]) == name) return a[1];
    return {};
}

XmlRead read_xml(std::string_view xml, std::string_view part, XmlHandler& handler, std::size_t max_depth) {
    XmlRead out;
    if (xml.size() > static_cast<std::size_t>(INT_MAX)) {
        out.problem = Message(MessageId::WorkbookPartDamaged).text("part", std::string(part));
        return out;
    }
    State s;
    s.parser = XML_ParserCreateNS(nullptr, kSeparator);
    if (!s.parser) {
        out.problem = Message(MessageId::WorkbookPartDamaged).text("part", std::string(part));
        return out;
    }
    s.handler = &handler;
    s.max_depth = max_depth;
    XML_SetUserData(s.parser, &s);
    XML_SetElementHandler(s.parser, on_start, on_end);
    XML_SetCharacterDataHandler(s.parser, on_text);
    XML_SetStartDoctypeDeclHandler(s.parser, on_doctype);
    XML_SetEntityDeclHandler(s.parser, on_entity);
    // Never fetch an external DTD or entity.
    XML_SetParamEntityParsing(s.parser, XML_PARAM_ENTITY_PARSING_NEVER);
    // A second guard, should an entity ever get past the handlers above (expat 2.4 and later).
    XML_SetBillionLaughsAttackProtectionMaximumAmplification(s.parser, 100.0f);
    XML_SetBillionLaughsAttackProtectionActivationThreshold(s.parser, 8u * 1024u * 1024u);
    const XML_Status status = XML_Parse(s.parser, xml.data(), static_cast<int>(xml.size()), XML_TRUE);
    const std::string name(part);
    switch (s.stop) {
        case State::Stop::Unsafe: out.problem = Message(MessageId::WorkbookXmlUnsafe).text("part", name); break;
        case State::Stop::TooDeep:
            out.problem = Message(MessageId::WorkbookXmlTooDeep).text("part", name).integer("max", static_cast<double>(max_depth));
            break;
        case State::Stop::Handler: out.problem = handler.problem(); break;
        case State::Stop::None:
            if (status == XML_STATUS_OK) {
                out.ok = true;
            } else {
                out.problem = Message(MessageId::WorkbookXmlBroken)
                                  .text("part", name)
                                  .integer("line", static_cast<double>(XML_GetCurrentLineNumber(s.parser)));
            }
            break;
    }
    XML_ParserFree(s.parser);
    return out;
}

}  // namespace roster::storage
