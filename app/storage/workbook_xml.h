// The XML parts of a workbook read with expat (Debian's libexpat1-dev), hardened for files from
// anywhere: a DOCTYPE or an entity declaration stops the parse (Excel and LibreOffice never write
// one, and they are how "billion laughs" expansions and external entities get in), expat's own
// amplification guard is on, and elements nest at most `max_depth` deep.
//
// Element and attribute names reach the handler without their namespace ("c", "v", "id" of
// r:id), so workbooks that write prefixes ("x:c") or Strict OOXML's namespaces read the same.
#pragma once

#include <cstddef>
#include <string_view>

#include "engine/message.h"

namespace roster::storage {

class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    // `attributes` alternate name and value, ending with nullptr (expat's own layout). Return
    // false to stop reading; the handler then says why (problem()).
    virtual bool start(std::string_view name, const char** attributes) = 0;
    virtual bool end(std::string_view name) = 0;
    virtual bool text(std::string_view text) = 0;
    virtual Message problem() const = 0;
};

struct XmlRead {
    bool ok = false;
    Message problem;
};

// The part `xml`, named `part` in messages, given to `handler` event by event.
XmlRead read_xml(std::string_view xml, std::string_view part, XmlHandler& handler, std::size_t max_depth = 64);

// The value of attribute `name` (without its namespace), or "" when absent.
std::string_view xml_attribute(const char** attributes, std::string_view name);

}  // namespace roster::storage
