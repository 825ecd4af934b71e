// The browser side of host.h: the only file that talks to the page's JavaScript.
// Every call that can throw in JavaScript (localStorage.setItem throws QuotaExceededError
// when full, and any access throws when storage is disabled) is caught in JavaScript and
// turned into a status code: a JS exception unwinding through C++ frames would skip the rest
// of the C++ function (measured with Emscripten 3.1.6, research/persistence.md 3.1).
#include "host.h"

#include <emscripten.h>

#include <cstdlib>
#include <string>

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

EM_JS(void, roster_js_publish_landmark, (const char* id, float x, float y, float w, float h), {
    var marks = window.rosterLandmarks || (window.rosterLandmarks = {});
    marks[UTF8ToString(id)] = { x: x, y: y, w: w, h: h };
});

EM_JS(void, roster_js_first_frame, (), {
    if (typeof window.rosterFirstFrame === 'function') window.rosterFirstFrame();
});

EM_JS(void, roster_js_listen_for_hiding, (), {
    var hide = function() { Module.ccall('roster_page_hiding', null, [], []); };
    document.addEventListener('visibilitychange', function() { if (document.hidden) hide(); });
    window.addEventListener('pagehide', hide);
});
// clang-format on

std::function<void()> g_hiding_handler;

class WebHost final : public roster::host::Host {
public:
    WebHost() { roster_js_listen_for_hiding(); }

    std::optional<std::string> load(std::string_view key) override {
        char* raw = roster_js_load(std::string(key).c_str());
        if (!raw) return std::nullopt;
        std::string value(raw);
        std::free(raw);
        return value;
    }

    roster::host::StoreStatus store(std::string_view key, std::string_view value) override {
        switch (roster_js_store(std::string(key).c_str(), std::string(value).c_str())) {
            case 0: return roster::host::StoreStatus::Ok;
            case 1: return roster::host::StoreStatus::Full;
            default: return roster::host::StoreStatus::Unavailable;
        }
    }

    void on_page_hiding(std::function<void()> handler) override { g_hiding_handler = std::move(handler); }

    void publish_summary(std::string_view text) override { roster_js_publish_summary(std::string(text).c_str()); }

    void publish_landmark(std::string_view id, roster::host::Rect r) override {
        roster_js_publish_landmark(std::string(id).c_str(), r.x, r.y, r.w, r.h);
    }

    void first_frame_drawn() override { roster_js_first_frame(); }
};

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void roster_page_hiding() {
    if (g_hiding_handler) g_hiding_handler();
}

namespace roster::host {
Host& this_host() {
    static WebHost host;
    return host;
}
}  // namespace roster::host
