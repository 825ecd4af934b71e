// The workbook module of the page (docs/SPREADSHEETS.md, "Workbooks in the browser"): Roster's
// workbook reader and writer with zlib, expat and libxlsxwriter, compiled as a program of its own
// (roster_workbook.js and .wasm, next to roster.js) that the page loads only when a workbook is
// opened or written, so that the page's first download stays without them. host_web.cpp is its
// only caller; what goes in and out is the JSON of storage/workbook_exchange.h.
#include <emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "storage/workbook_exchange.h"
#include "storage/workbook_read.h"
#include "storage/workbook_write.h"

namespace {

// The last answer, kept until the next call: the page copies it out at once.
std::string g_output;

}  // namespace

extern "C" {

// The sheet named `sheet` (UTF-8; the first when empty) of the workbook in bytes[0, size), as
// WorkbookSheetText JSON. Returns the answer's address; roster_workbook_output_size its length.
EMSCRIPTEN_KEEPALIVE const char* roster_workbook_read(const char* bytes, int size, const char* sheet) {
    const std::string_view data(bytes, size > 0 ? static_cast<std::size_t>(size) : 0);
    g_output = roster::storage::sheet_text_to_json(
        roster::storage::sheet_text_of(roster::storage::read_workbook(data, sheet ? sheet : "")));
    return g_output.data();
}

// The report described by the JSON in json[0, size) as .xlsx bytes: returns 0 and the bytes
// (roster_workbook_output, roster_workbook_output_size), or 1 and a Message's JSON saying why not.
EMSCRIPTEN_KEEPALIVE int roster_workbook_write(const char* json, int size) {
    roster::storage::WorkbookReport report;
    if (!roster::storage::report_from_json(std::string_view(json, size > 0 ? static_cast<std::size_t>(size) : 0), report)) {
        g_output = roster::storage::message_to_json(
            roster::Message(roster::MessageId::WorkbookModuleUnavailable));
        return 1;
    }
    roster::storage::WorkbookWritten written = roster::storage::write_workbook(report);
    if (written.error) {
        g_output = roster::storage::message_to_json(*written.error);
        return 1;
    }
    g_output = std::move(written.bytes);
    return 0;
}

EMSCRIPTEN_KEEPALIVE const char* roster_workbook_output() { return g_output.data(); }
EMSCRIPTEN_KEEPALIVE int roster_workbook_output_size() { return static_cast<int>(g_output.size()); }

}  // extern "C"
