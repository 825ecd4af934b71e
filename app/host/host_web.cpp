// The browser side of platform/platform.h: the only file that talks to the page's JavaScript.
// Every call that can throw in JavaScript (localStorage.setItem throws QuotaExceededError
// when full, and any access throws when storage is disabled) is caught in JavaScript and
// turned into a status code: a JS exception unwinding through C++ frames would skip the rest
// of the C++ function (measured with Emscripten 3.1.6; Emscripten's maintainers say the same [S76]).
#include "host.h"

#include <SDL.h>
#include <emscripten.h>
#include <imgui.h>

#include <algorithm>

#include <cstdlib>
#include <optional>
#include <string>

#include "document/plan_exchange.h"

namespace {

// clang-format off
EM_JS(int, roster_js_store, (const char* key, const char* value), {
    try {
        window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
        return 0;
    } catch (e) {
        var quota = e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
                          e.code === 22 || e.code === 1014);
        return quota ? 1 : 2;
    }
});

EM_JS(void, roster_js_remove, (const char* key), {
    try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});

EM_JS(char*, roster_js_load, (const char* key), {
    try {
        var value = window.localStorage.getItem(UTF8ToString(key));
        if (value === null) return 0;
        var size = lengthBytesUTF8(value) + 1;
        var ptr = _malloc(size);
        if (!ptr) return 0;
        stringToUTF8(value, ptr, size);
        return ptr;
    } catch (e) {
        return 0;
    }
});

EM_JS(void, roster_js_publish_summary, (const char* text), {
    var el = document.getElementById('roster-summary');
    if (el) el.textContent = UTF8ToString(text);
});

EM_JS(void, roster_js_publish_ranges, (const char* text), {
    var el = document.getElementById('roster-ranges');
    if (el) el.textContent = UTF8ToString(text);
});

EM_JS(void, roster_js_publish_status, (const char* text), {
    var el = document.getElementById('roster-status');
    if (el) el.textContent = UTF8ToString(text);
});

EM_JS(void, roster_js_publish_landmark, (const char* id, float x, float y, float w, float h), {
    var marks = window.rosterLandmarks || (window.rosterLandmarks = {});
    marks[UTF8ToString(id)] = { x: x, y: y, w: w, h: h };
});

EM_JS(void, roster_js_first_frame, (), {
    if (typeof window.rosterFirstFrame === 'function') window.rosterFirstFrame();
});

// Files come in from a hidden file input (the picker) or a drop anywhere on the page, as their
// bytes, undecoded: a spreadsheet may be UTF-16 or Windows-1252, which the sheet reader
// recognises, and a plan file's encoding is checked by the load path. Only the first limit + 1
// bytes are read, so an oversized file is refused by its size. The bytes go through malloc, not
// ccall's "string" (which copies onto the 5 MB stack).
EM_JS(void, roster_js_listen_for_files, (int limit), {
    var deliver = function(file) {
        file.slice(0, limit + 1).arrayBuffer().then(function(buffer) {
            var bytes = new Uint8Array(buffer);
            var size = lengthBytesUTF8(file.name) + 1;
            var name = _malloc(size);
            var body = _malloc(bytes.length + 1);
            if (name && body) {
                stringToUTF8(file.name, name, size);
                HEAPU8.set(bytes, body);
                Module.ccall('roster_file_arrived', null, ['number', 'number', 'number'], [name, body, bytes.length]);
            } else { if (name) _free(name); if (body) _free(body); }
        }, function() {});
    };
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json,.csv,text/csv,.tsv,text/tab-separated-values,.txt,text/plain,' +
                   '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    input.id = 'roster-file-input';
    input.hidden = true;
    input.addEventListener('change', function() {
        if (input.files && input.files.length) deliver(input.files[0]);
        input.value = "";
    });
    document.body.appendChild(input);
    window.addEventListener('dragover', function(e) {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    });
    window.addEventListener('drop', function(e) {
        e.preventDefault();
        var files = e.dataTransfer && e.dataTransfer.files;
        if (files && files.length) deliver(files[0]);
    });
});

// A paste anywhere on the page hands the clipboard's text to the app (the canvas has no text
// field of its own for the browser to paste into).
EM_JS(void, roster_js_listen_for_paste, (int limit), {
    window.addEventListener('paste', function(e) {
        var text = e.clipboardData ? e.clipboardData.getData('text/plain') : "";
        if (!text) return;
        e.preventDefault();
        if (text.length > limit + 1) text = text.substring(0, limit + 1);
        var size = lengthBytesUTF8(text) + 1;
        var ptr = _malloc(size);
        if (!ptr) return;
        stringToUTF8(text, ptr, size);
        Module.ccall('roster_text_pasted', null, ['number'], [ptr]);
    });
});

// Share links: the compact plan file, deflated (CompressionStream, in every current browser)
// and base64url-encoded into the fragment, which browsers never send to a server. Outcome codes
// are ShareLinkOutcome's order.
// The browser's clipboard, asked from the click that chose the menu item (browsers allow it only
// then); where it refuses, the older copy command on a hidden text area.
EM_JS(void, roster_js_copy_text, (const char* text), {
    var t = UTF8ToString(text);
    var fallback = function() {
        var area = document.createElement('textarea');
        area.value = t;
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.appendChild(area);
        area.select();
        try { document.execCommand('copy'); } catch (e) {}
        document.body.removeChild(area);
    };
    window.rosterCopied = t;  // what was copied, for the browser tests
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).then(function() {}, fallback);
    else fallback();
});

EM_JS(void, roster_js_make_share_link, (const char* plan, int max_chars), {
    var report = function(status, url) {
        var size = lengthBytesUTF8(url) + 1;
        var ptr = _malloc(size);
        if (!ptr) return;
        stringToUTF8(url, ptr, size);
        Module.ccall('roster_share_link_made', null, ['number', 'number'], [status, ptr]);
    };
    if (typeof CompressionStream === 'undefined') { report(3, ""); return; }
    var stream = new Blob([UTF8ToString(plan)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    new Response(stream).arrayBuffer().then(function(buffer) {
        var bytes = new Uint8Array(buffer), binary = [];
        for (var i = 0; i < bytes.length; i += 8192)
            binary.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 8192)));
        var code = btoa(binary.join("")).replace(/[+]/g, '-').replace(/[/]/g, '_').replace(/=+$/, "");
        var url = location.origin + location.pathname + '#roster=1.' + code;
        if (url.length > max_chars) { report(1, url); return; }
        window.rosterShareLink = url;
        // Refused (no permission, or a page not served securely): the link goes in an HTML text
        // box, where the browser's own copy works, unlike a field drawn on the canvas.
        var showToCopy = function() {
            var dialog = document.getElementById('share-link');
            var box = document.getElementById('share-link-text');
            var close = document.getElementById('share-link-close');
            box.value = url;
            dialog.hidden = false;
            close.onclick = function() { dialog.hidden = true; Module.canvas.focus(); };
            // SDL listens to keys on the whole window and cancels them (Ctrl+C included): keys
            // typed in the dialog stay in it.
            dialog.onkeydown = function(e) { e.stopPropagation(); if (e.key === 'Escape') close.onclick(); };
            dialog.onkeyup = dialog.onkeypress = function(e) { e.stopPropagation(); };
            box.focus();
            box.select();
            report(2, url);
        };
        if (!navigator.clipboard || !navigator.clipboard.writeText) { showToCopy(); return; }
        navigator.clipboard.writeText(url).then(function() { report(0, url); }, showToCopy);
    }, function() { report(3, ""); });
});

EM_JS(void, roster_js_open_plan_in_address, (int limit), {
    var hash = location.hash;
    if (hash.indexOf('#roster=') !== 0) return;
    history.replaceState(null, "", location.pathname + location.search);
    // problem: 0 none, 1 damaged, 2 made by a newer Roster, 3 this browser cannot open links
    // (ShareLinkProblem's order); the app says it in the planner's language.
    var deliver = function(text, problem) {
        var copy = function(s) {
            var size = lengthBytesUTF8(s) + 1;
            var ptr = _malloc(size);
            if (ptr) stringToUTF8(s, ptr, size);
            return ptr;
        };
        Module.ccall('roster_link_opened', null, ['number', 'number'], [copy(text), problem]);
    };
    var damaged = 1;
    var match = /^#roster=([0-9]+)[.]([A-Za-z0-9_-]+)$/.exec(hash);
    if (!match) { deliver("", damaged); return; }
    if (match[1] !== '1') {
        deliver("", 2);
        return;
    }
    if (typeof DecompressionStream === 'undefined') {
        deliver("", 3);
        return;
    }
    var bytes;
    try {
        var code = match[2].replace(/-/g, '+').replace(/_/g, '/');
        var binary = atob(code + '==='.slice((code.length + 3) % 4));
        bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    } catch (e) { deliver("", damaged); return; }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    new Response(stream).text().then(function(text) {
        deliver(text.length > limit + 1 ? text.substring(0, limit + 1) : text, 0);
    }, function() { deliver("", damaged); });
});

// The picker opens only with the user's recent activation, which the click that chose the menu
// item gives (browsers keep it for a few seconds, across the frame that handles it).
EM_JS(void, roster_js_choose_file, (), {
    var input = document.getElementById('roster-file-input');
    if (input) input.click();
});

// The file's bytes as they are: decoding them as text would drop the byte-order mark a CSV file
// starts with so that Excel reads its accents.
EM_JS(void, roster_js_download, (const char* name, const char* bytes, int length), {
    var file = UTF8ToString(name);
    var type = /[.]csv$/i.test(file) ? 'text/csv' : /[.]tsv$/i.test(file) ? 'text/tab-separated-values' : 'application/json';
    var blob = new Blob([HEAPU8.slice(bytes, bytes + length)], { type: type });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = file;
    document.body.appendChild(a);
    a.click();
    setTimeout(function() { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
});

EM_JS(void, roster_js_listen_for_hiding, (), {
    var hide = function() { Module.ccall('roster_page_hiding', null, [], []); };
    document.addEventListener('visibilitychange', function() { if (document.hidden) hide(); });
    window.addEventListener('pagehide', hide);
});

// Text that comes without a key press of its own reaches SDL through no event: an input method's
// (IME) composition, a dead key followed by a letter ("´" then "e" for "é" on many layouts), an
// emoji keyboard, or text inserted by assistive software. While Dear ImGui edits a field, a hidden
// text area holds the page's focus so that the browser hands it such text; its input and
// composition events forward the text, and it is emptied after each. Key presses keep going to
// SDL as before (they bubble to the window, where SDL listens, and SDL's keypress handler keeps
// them out of the text area), so nothing is typed twice.
EM_JS(void, roster_js_listen_for_text, (), {
    var field = document.createElement('textarea');
    field.setAttribute('aria-hidden', 'true');
    field.setAttribute('autocomplete', 'off');
    field.setAttribute('autocapitalize', 'off');
    field.spellcheck = false;
    field.tabIndex = -1;
    field.style.cssText = 'position:fixed;left:0;bottom:0;width:1px;height:1px;opacity:0;border:0;padding:0;' +
                          'margin:0;resize:none;pointer-events:none;';
    document.body.appendChild(field);
    var keyed = false;  // a keypress in this turn of the event loop: SDL has that text already
    window.addEventListener('keypress', function() {
        keyed = true;
        setTimeout(function() { keyed = false; }, 0);
    }, true);
    var deliver = function(text) {
        if (!text || keyed) return;
        var size = lengthBytesUTF8(text) + 1;
        var ptr = _malloc(size);
        if (!ptr) return;
        stringToUTF8(text, ptr, size);
        Module.ccall('roster_text_inserted', null, ['number'], [ptr]);
    };
    field.addEventListener('input', function(e) {
        if (e.isComposing) return;  // the composition's end delivers it
        if (e.inputType === 'insertText' || e.inputType === 'insertReplacementText') deliver(e.data);
        field.value = '';
    });
    field.addEventListener('compositionend', function(e) {
        deliver(e.data);
        field.value = '';
    });
    // Focus follows Dear ImGui's wish for text, checked once a frame.
    var follow = function() {
        var wanted = Module._roster_wants_text && Module._roster_wants_text();
        if (wanted && document.activeElement !== field) field.focus({ preventScroll: true });
        else if (!wanted && document.activeElement === field) field.blur();
        requestAnimationFrame(follow);
    };
    requestAnimationFrame(follow);
});
// Excel workbooks: the code that reads and writes them is a module of its own
// (host/workbook_module.cpp: roster_workbook.js and .wasm), loaded the first time a workbook is
// opened or written, then kept. A failed load (offline before the site was cached) is forgotten,
// so the next workbook tries again. Its answers come back as JSON (storage/workbook_exchange.h).
EM_JS(void, roster_js_define_workbook_module, (), {
    // Hands the page's exported function `entry` a status and a text, copied into the page's
    // heap (the C++ side frees it).
    window.rosterWorkbookAnswer = function(entry, status, text) {
        var size = lengthBytesUTF8(text) + 1;
        var ptr = _malloc(size);
        if (!ptr) return;
        stringToUTF8(text, ptr, size);
        Module.ccall(entry, null, ['number', 'number'], [status, ptr]);
    };
    window.rosterWorkbookModule = function() {
        if (!window.rosterWorkbookLoading) {
            window.rosterWorkbookLoading = new Promise(function(resolve, reject) {
                var script = document.createElement('script');
                script.src = 'roster_workbook.js';
                script.async = true;
                script.onload = function() {
                    try { RosterWorkbook().then(resolve, reject); } catch (e) { reject(e); }
                };
                script.onerror = reject;
                document.body.appendChild(script);
            });
            window.rosterWorkbookLoading.catch(function() { window.rosterWorkbookLoading = null; });
        }
        return window.rosterWorkbookLoading;
    };
});

// status: 0 answered (the JSON follows), 1 the module could not be loaded.
EM_JS(void, roster_js_workbook_read, (const char* bytes, int length, const char* sheet), {
    var data = HEAPU8.slice(bytes, bytes + length);
    var name = UTF8ToString(sheet);
    var answer = function(status, json) { window.rosterWorkbookAnswer('roster_workbook_sheet_read', status, json); };
    window.rosterWorkbookModule().then(function(book) {
        var body = book._malloc(data.length + 1);
        var size = book.lengthBytesUTF8(name) + 1;
        var sheetName = book._malloc(size);
        book.HEAPU8.set(data, body);
        book.stringToUTF8(name, sheetName, size);
        var out = book._roster_workbook_read(body, data.length, sheetName);
        var json = book.UTF8ToString(out, book._roster_workbook_output_size());
        book._free(body);
        book._free(sheetName);
        answer(0, json);
    }, function() { answer(1, ""); });
});

// status: 0 written and offered for download, 1 refused (the message's JSON follows), 2 the
// module could not be loaded.
EM_JS(void, roster_js_workbook_write, (const char* name, const char* json, int length), {
    var file = UTF8ToString(name);
    var description = HEAPU8.slice(json, json + length);
    var answer = function(status, text) { window.rosterWorkbookAnswer('roster_workbook_written', status, text); };
    window.rosterWorkbookModule().then(function(book) {
        var input = book._malloc(description.length + 1);
        book.HEAPU8.set(description, input);
        var refused = book._roster_workbook_write(input, description.length);
        book._free(input);
        var out = book._roster_workbook_output(), size = book._roster_workbook_output_size();
        if (refused) { answer(1, book.UTF8ToString(out, size)); return; }
        var blob = new Blob([book.HEAPU8.slice(out, out + size)],
                            { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = file;
        document.body.appendChild(a);
        a.click();
        setTimeout(function() { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
        answer(0, "");
    }, function() { answer(2, ""); });
});
// clang-format on

std::function<void()> g_hiding_handler;
std::function<void(std::string, std::string)> g_file_handler;
std::function<void(std::string)> g_paste_handler;
std::function<void(roster::ShareLinkOutcome, std::string)> g_share_handler;
std::function<void(std::string, roster::ShareLinkProblem)> g_link_handler;
std::function<void(roster::storage::WorkbookSheetText)> g_workbook_sheet_handler;
std::function<void(std::optional<roster::Message>)> g_workbook_written_handler;

// The page's localStorage as the document layer's store: a full quota and a refused storage
// come back as the store's own statuses.
class LocalStorage final : public roster::KeyValueStore {
public:
    std::optional<std::string> load(std::string_view key) override {
        char* raw = roster_js_load(std::string(key).c_str());
        if (!raw) return std::nullopt;
        std::string value(raw);
        std::free(raw);
        return value;
    }

    Status store(std::string_view key, std::string_view value) override {
        switch (roster_js_store(std::string(key).c_str(), std::string(value).c_str())) {
            case 0: return Status::Ok;
            case 1: return Status::Full;
            default: return Status::Unavailable;
        }
    }

    void remove(std::string_view key) override { roster_js_remove(std::string(key).c_str()); }
};

class WebHost final : public roster::platform::Host {
public:
    WebHost() {
        roster_js_listen_for_hiding();
        roster_js_listen_for_files(static_cast<int>(roster::kMaxPlanFileBytes));
        roster_js_listen_for_paste(static_cast<int>(roster::kMaxPlanFileBytes));
        roster_js_listen_for_text();
        roster_js_define_workbook_module();
    }

    roster::KeyValueStore& storage() override { return storage_; }

    void on_page_hiding(std::function<void()> handler) override { g_hiding_handler = std::move(handler); }

    void publish_summary(std::string_view text) override { roster_js_publish_summary(std::string(text).c_str()); }
    void publish_status(std::string_view text) override { roster_js_publish_status(std::string(text).c_str()); }
    void publish_ranges(std::string_view text) override { roster_js_publish_ranges(std::string(text).c_str()); }

    void publish_landmark(std::string_view id, roster::platform::Rect r) override {
        roster_js_publish_landmark(std::string(id).c_str(), r.x, r.y, r.w, r.h);
    }

    void first_frame_drawn() override { roster_js_first_frame(); }

    void offer_download(std::string_view file_name, std::string_view text) override {
        roster_js_download(std::string(file_name).c_str(), text.data(), static_cast<int>(text.size()));
    }
    bool choose_file() override {
        roster_js_choose_file();
        return true;
    }
    void on_file(std::function<void(std::string, std::string)> handler) override { g_file_handler = std::move(handler); }
    void on_paste(std::function<void(std::string)> handler) override { g_paste_handler = std::move(handler); }
    void copy_to_clipboard(std::string_view text) override { roster_js_copy_text(std::string(text).c_str()); }
    void make_share_link(std::string_view compact_plan, std::size_t max_characters) override {
        roster_js_make_share_link(std::string(compact_plan).c_str(), static_cast<int>(max_characters));
    }
    void on_share_link(std::function<void(roster::ShareLinkOutcome, std::string)> handler) override {
        g_share_handler = std::move(handler);
    }
    void open_plan_in_address(std::function<void(std::string, roster::ShareLinkProblem)> handler) override {
        g_link_handler = std::move(handler);
        roster_js_open_plan_in_address(static_cast<int>(roster::kMaxPlanFileBytes));
    }
    void read_workbook(std::string bytes, std::string sheet) override {
        roster_js_workbook_read(bytes.data(), static_cast<int>(bytes.size()), sheet.c_str());
    }
    void on_workbook_sheet(std::function<void(roster::storage::WorkbookSheetText)> handler) override {
        g_workbook_sheet_handler = std::move(handler);
    }
    void write_workbook(std::string file_name, const roster::storage::WorkbookReport& report) override {
        const std::string json = roster::storage::report_to_json(report);
        roster_js_workbook_write(file_name.c_str(), json.data(), static_cast<int>(json.size()));
    }
    void on_workbook_written(std::function<void(std::optional<roster::Message>)> handler) override {
        g_workbook_written_handler = std::move(handler);
    }

private:
    LocalStorage storage_;
};

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void roster_page_hiding() {
    if (g_hiding_handler) g_hiding_handler();
}

extern "C" EMSCRIPTEN_KEEPALIVE void roster_share_link_made(int outcome, char* url) {
    std::string link(url);
    std::free(url);
    if (g_share_handler && outcome >= 0 && outcome <= 3)
        g_share_handler(static_cast<roster::ShareLinkOutcome>(outcome), std::move(link));
}

// The text may be null when the page ran out of memory; it is the page's to free.
extern "C" EMSCRIPTEN_KEEPALIVE void roster_link_opened(char* text, int problem) {
    std::string t = text ? text : "";
    std::free(text);
    const auto p = problem >= 0 && problem <= 3 ? static_cast<roster::ShareLinkProblem>(problem)
                                                : roster::ShareLinkProblem::Damaged;
    if (g_link_handler) g_link_handler(std::move(t), p);
}

// Takes ownership of the string (malloc'd by roster_js_listen_for_paste).
extern "C" EMSCRIPTEN_KEEPALIVE void roster_text_pasted(char* text) {
    std::string t(text);
    std::free(text);
    if (g_paste_handler) g_paste_handler(std::move(t));
}

// Takes ownership of the text (malloc'd by roster_js_listen_for_text): typed into the field
// being edited, as SDL's text events are.
// Sent as SDL's own text events (at most 31 bytes each, cut between characters), so that the
// main loop wakes for them as for a key press.
extern "C" EMSCRIPTEN_KEEPALIVE void roster_text_inserted(char* text) {
    const std::string t(text);
    std::free(text);
    std::size_t start = 0;
    while (start < t.size()) {
        std::size_t end = std::min(t.size(), start + sizeof(SDL_TextInputEvent::text) - 1);
        while (end < t.size() && end > start && (static_cast<unsigned char>(t[end]) & 0xC0) == 0x80) --end;
        SDL_Event event{};
        event.type = SDL_TEXTINPUT;
        t.copy(event.text.text, end - start, start);
        SDL_PushEvent(&event);
        start = end;
    }
}

// Whether a field is being edited: the page then keeps its hidden text area focused.
extern "C" EMSCRIPTEN_KEEPALIVE int roster_wants_text() {
    return ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput ? 1 : 0;
}

// Takes ownership of the name and the bytes (malloc'd by roster_js_listen_for_files).
extern "C" EMSCRIPTEN_KEEPALIVE void roster_file_arrived(char* name, char* text, int length) {
    std::string n(name), t(text, static_cast<std::size_t>(length > 0 ? length : 0));
    std::free(name);
    std::free(text);
    if (g_file_handler) g_file_handler(std::move(n), std::move(t));
}

// Takes ownership of the JSON (malloc'd by roster_js_workbook_read). Text the module did not
// write as it should is a module problem, said as such rather than trusted.
extern "C" EMSCRIPTEN_KEEPALIVE void roster_workbook_sheet_read(int status, char* json) {
    const std::string text(json);
    std::free(json);
    roster::storage::WorkbookSheetText read;
    if (status != 0) read.problem = roster::Message(roster::MessageId::WorkbookModuleUnavailable);
    else if (!roster::storage::sheet_text_from_json(text, read)) {
        read = {};
        read.problem = roster::Message(roster::MessageId::WorkbookModuleUnavailable);
    }
    if (g_workbook_sheet_handler) g_workbook_sheet_handler(std::move(read));
}

// Takes ownership of the JSON (malloc'd by roster_js_workbook_write).
extern "C" EMSCRIPTEN_KEEPALIVE void roster_workbook_written(int status, char* json) {
    const std::string text(json);
    std::free(json);
    std::optional<roster::Message> problem;
    if (status == 1) {
        roster::Message m;
        problem = roster::storage::message_from_json(text, m) ? m : roster::Message(roster::MessageId::WorkbookModuleUnavailable);
    } else if (status != 0) {
        problem = roster::Message(roster::MessageId::WorkbookModuleUnavailable);
    }
    if (g_workbook_written_handler) g_workbook_written_handler(std::move(problem));
}

namespace roster::host {
platform::Host& this_host() {
    static WebHost host;
    return host;
}
}  // namespace roster::host
