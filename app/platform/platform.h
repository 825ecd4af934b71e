// Everything Roster asks of the environment it runs in, declared where the interface needs it:
// below the views, so that app/ui includes nothing from app/host. The browser (host/host_web.cpp)
// and a desktop or test process (host/host_native.cpp, the UI frame benchmark) implement it;
// nothing else in the app knows which one it runs in, so all other code is tested natively.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "document/plan_exchange.h"
#include "document/plan_slots.h"
#include "storage/workbook_exchange.h"

namespace roster::platform {

// A rectangle in the page's CSS pixels.
struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
};
inline bool operator==(const Rect& a, const Rect& b) { return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h; }
inline bool operator!=(const Rect& a, const Rect& b) { return !(a == b); }

class Host {
public:
    virtual ~Host() = default;

    // Persistent key-value storage (localStorage in the browser), as the document layer's plan
    // slots and library use it: the host's storage is the document's KeyValueStore itself, so
    // a full or refused storage reaches the plan's save with nothing translating it.
    virtual KeyValueStore& storage() = 0;

    // Called when the page is being hidden or closed: the last moment to save, since a hidden
    // tab gets no more frames.
    virtual void on_page_hiding(std::function<void()> handler) = 0;

    // The canvas cannot be read by screen readers: the app publishes a plain-text summary
    // of what it shows (roster and totals) into the page, and marks where its main controls
    // are, which is also what end-to-end tests use to find them.
    virtual void publish_summary(std::string_view text) = 0;
    // The status bar's latest message ("Could not open the file ..."), for the same readers.
    virtual void publish_status(std::string_view text) = 0;
    // The net reach's range as far as the simulation has gone ("... so far ..."), then final; empty
    // while there is none for the plan shown. For the same readers, apart from the summary
    // because it changes with every block of draws.
    virtual void publish_ranges(std::string_view text) = 0;
    // An empty rectangle: the control is not drawn now (a closed menu's item).
    virtual void publish_landmark(std::string_view id, Rect where) = 0;

    // The first frame is on screen: the page removes its loading indicator.
    virtual void first_frame_drawn() = 0;

    // Plan files. offer_download hands a file to the planner (the browser's download). A file
    // the planner picks after choose_file(), or drops on the page, arrives through the handler
    // as its name and text (at most one byte over the plan size limit is read, so an oversized
    // file is refused without being loaded). choose_file returns false where there is no picker.
    virtual void offer_download(std::string_view file_name, std::string_view text) = 0;
    virtual bool choose_file() = 0;
    virtual void on_file(std::function<void(std::string name, std::string text)> handler) = 0;

    // Text for the planner to paste elsewhere (a table as tab-separated cells, which a
    // spreadsheet spreads over its cells): put on the system clipboard.
    virtual void copy_to_clipboard(std::string_view text) = 0;

    // Text the planner pastes into the page (Ctrl+V / Cmd+V), from the system clipboard; the
    // same size limit as files.
    virtual void on_paste(std::function<void(std::string text)> handler) = 0;

    // Share links. make_share_link turns a compact plan file into a link to this page
    // (#roster=1.DATA, deflated by the browser), refuses it past `max_characters`, and tries to
    // copy it to the clipboard, and when the browser refuses, shows it selected in a text box of
    // the page to copy by hand; the outcome and the link come back through the handler.
    virtual void make_share_link(std::string_view compact_plan, std::size_t max_characters) = 0;
    virtual void on_share_link(std::function<void(ShareLinkOutcome outcome, std::string link)> handler) = 0;
    // Looks at the page's address once: a plan carried in it (#roster=...) arrives through the
    // handler as plan file text, or as a problem in the planner's words when the link is damaged
    // or from a newer Roster; either way the address bar is cleared of it.
    virtual void open_plan_in_address(std::function<void(std::string text, ShareLinkProblem problem)> handler) = 0;
    // Excel workbooks (docs/SPREADSHEETS.md, "Workbooks in the browser"). Their code (zlib,
    // expat, libxlsxwriter) is not in the page: the browser loads it as a module of its own the
    // first time a workbook is opened or written, so both calls answer later, through the
    // handlers. read_workbook reads the sheet named (the first when empty) of the .xlsx in
    // `bytes`, as CSV text with the workbook's sheet names; write_workbook writes the report and
    // offers it as a download named `file_name`, then says whether it could (nullopt) or why not.
    virtual void read_workbook(std::string bytes, std::string sheet) = 0;
    virtual void on_workbook_sheet(std::function<void(storage::WorkbookSheetText read)> handler) = 0;
    virtual void write_workbook(std::string file_name, const storage::WorkbookReport& report) = 0;
    virtual void on_workbook_written(std::function<void(std::optional<Message> problem)> handler) = 0;
};

}  // namespace roster::platform
