// The native twin of host_web.cpp: storage is a folder of files (ROSTER_DATA_DIR, or
// ~/.local/share/roster), and what the browser would show in the page is kept in memory.
#include "host.h"

#include <SDL.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <fstream>
#include <sstream>
#include <string>

#include "storage/workbook_read.h"
#include "storage/workbook_write.h"

namespace {

namespace fs = std::filesystem;

fs::path data_dir() {
    if (const char* dir = std::getenv("ROSTER_DATA_DIR"); dir && *dir) return dir;
    if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".local/share/roster";
    return fs::current_path() / ".roster";
}

// Keys are short ASCII names chosen by the app ("roster.plan"); anything else is refused
// rather than turned into a path.
bool safe_key(std::string_view key) {
    if (key.empty() || key.size() > 100) return false;
    for (char c : key)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_')) return false;
    return key.front() != '.';
}

// A folder of files, one per key: the document layer's store, written the way a desktop keeps
// its files safe.
class FolderStorage final : public roster::KeyValueStore {
public:
    std::optional<std::string> load(std::string_view key) override {
        if (!safe_key(key)) return std::nullopt;
        std::ifstream in(data_dir() / std::string(key), std::ios::binary);
        if (!in) return std::nullopt;
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }

    Status store(std::string_view key, std::string_view value) override {
        if (!safe_key(key)) return Status::Unavailable;
        std::error_code ec;
        fs::create_directories(data_dir(), ec);
        // Write a temporary file and rename it over the old one: a crash mid-write never
        // leaves a half-written save behind.
        const fs::path target = data_dir() / std::string(key);
        const fs::path temp = target.string() + ".tmp";
        {
            std::ofstream out(temp, std::ios::binary | std::ios::trunc);
            if (!out) return Status::Unavailable;
            out.write(value.data(), static_cast<std::streamsize>(value.size()));
            if (!out.flush()) return Status::Full;
        }
        fs::rename(temp, target, ec);
        return ec ? Status::Unavailable : Status::Ok;
    }

    void remove(std::string_view key) override {
        if (!safe_key(key)) return;
        std::error_code ec;
        fs::remove(data_dir() / std::string(key), ec);
    }
};

class NativeHost final : public roster::platform::Host {
public:
    roster::KeyValueStore& storage() override { return storage_; }

    void on_page_hiding(std::function<void()>) override {}  // a desktop window saves on close
    void publish_summary(std::string_view) override {}
    void publish_ranges(std::string_view) override {}
    void publish_status(std::string_view) override {}
    void publish_landmark(std::string_view, roster::platform::Rect) override {}
    void first_frame_drawn() override {}

    // A desktop twin "downloads" into the data folder's downloads/ and has no file picker.
    void offer_download(std::string_view file_name, std::string_view text) override {
        std::error_code ec;
        const fs::path dir = data_dir() / "downloads";
        fs::create_directories(dir, ec);
        std::ofstream out(dir / fs::path(std::string(file_name)).filename(), std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    bool choose_file() override { return false; }
    void on_file(std::function<void(std::string, std::string)>) override {}
    void on_paste(std::function<void(std::string)>) override {}  // SDL's clipboard serves the fields
    void copy_to_clipboard(std::string_view text) override { SDL_SetClipboardText(std::string(text).c_str()); }
    // A desktop window has no address: share links are a browser feature.
    void make_share_link(std::string_view, std::size_t) override {
        if (share_handler_) share_handler_(roster::ShareLinkOutcome::Unsupported, {});
    }
    void on_share_link(std::function<void(roster::ShareLinkOutcome, std::string)> handler) override {
        share_handler_ = std::move(handler);
    }
    void open_plan_in_address(std::function<void(std::string, roster::ShareLinkProblem)>) override {}

    // Workbooks with the library linked in (a desktop has no download to save): answered at once.
    void read_workbook(std::string bytes, std::string sheet) override {
        roster::storage::WorkbookSheetText text = roster::storage::sheet_text_of(roster::storage::read_workbook(bytes, sheet));
        if (sheet_handler_) sheet_handler_(std::move(text));
    }
    void on_workbook_sheet(std::function<void(roster::storage::WorkbookSheetText)> handler) override {
        sheet_handler_ = std::move(handler);
    }
    void write_workbook(std::string file_name, const roster::storage::WorkbookReport& report) override {
        roster::storage::WorkbookWritten written = roster::storage::write_workbook(report);
        if (!written.error) offer_download(file_name, written.bytes);
        if (written_handler_) written_handler_(std::move(written.error));
    }
    void on_workbook_written(std::function<void(std::optional<roster::Message>)> handler) override {
        written_handler_ = std::move(handler);
    }

private:
    FolderStorage storage_;
    std::function<void(roster::ShareLinkOutcome, std::string)> share_handler_;
    std::function<void(roster::storage::WorkbookSheetText)> sheet_handler_;
    std::function<void(std::optional<roster::Message>)> written_handler_;
};

}  // namespace

namespace roster::host {
platform::Host& this_host() {
    static NativeHost host;
    return host;
}
live::DrawWorkers* draw_workers() { return nullptr; }
}  // namespace roster::host
