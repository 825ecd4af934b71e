#include "plan_library.h"

#include <algorithm>
#include <ctime>
#include <sstream>

#include "engine/local_time.h"

namespace roster {
namespace {

constexpr const char* kHeader = "roster-library 1";

// One plan per line: id, saved, downloaded, bytes, name, separated by tabs. Plan names hold no
// control characters (validation.h), so a tab or a new line cannot occur in one.
std::vector<LibraryEntry> parse(const std::string& text) {
    std::vector<LibraryEntry> out;
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line) || line != kHeader) return {};
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        LibraryEntry e;
        char tab = 0;
        if (!(fields >> e.id) || !fields.get(tab) || tab != '\t' || !(fields >> e.saved) || !fields.get(tab) ||
            !(fields >> e.downloaded) || !fields.get(tab) || !(fields >> e.bytes) || !fields.get(tab) || e.id == 0)
            return {};  // a damaged index is rebuilt from the next saves rather than half-trusted
        std::getline(fields, e.name);
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace

std::vector<LibraryEntry> PlanLibrary::entries() const {
    const std::optional<std::string> text = store_.load(kLibraryKey);
    std::vector<LibraryEntry> list = text ? parse(*text) : std::vector<LibraryEntry>{};
    std::stable_sort(list.begin(), list.end(),
                     [](const LibraryEntry& a, const LibraryEntry& b) { return a.saved > b.saved; });
    return list;
}

std::optional<LibraryEntry> PlanLibrary::find(std::uint32_t id) const {
    for (const LibraryEntry& e : entries())
        if (e.id == id) return e;
    return std::nullopt;
}

KeyValueStore::Status PlanLibrary::write(const std::vector<LibraryEntry>& list) {
    std::string text = kHeader;
    for (const LibraryEntry& e : list)
        text += "\n" + std::to_string(e.id) + "\t" + std::to_string(e.saved) + "\t" + std::to_string(e.downloaded) +
                "\t" + std::to_string(e.bytes) + "\t" + e.name;
    return store_.store(kLibraryKey, text);
}

KeyValueStore::Status PlanLibrary::record(const LibraryEntry& entry) {
    std::vector<LibraryEntry> list = entries();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const LibraryEntry& e) { return e.id == entry.id; }),
               list.end());
    list.push_back(entry);
    return write(list);
}

void PlanLibrary::forget(std::uint32_t id) {
    std::vector<LibraryEntry> list = entries();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const LibraryEntry& e) { return e.id == id; }),
               list.end());
    write(list);
}

std::uint32_t PlanLibrary::new_id() const {
    std::uint32_t id = std::max<std::uint32_t>(1, last_open());
    for (const LibraryEntry& e : entries()) id = std::max(id, e.id);
    return id + 1;
}

std::uint32_t PlanLibrary::last_open() const {
    const std::optional<std::string> text = store_.load(kLibraryOpenKey);
    if (!text || text->empty() || text->size() > 9 ||
        !std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '9'; }))
        return 1;
    return static_cast<std::uint32_t>(std::max(1ul, std::stoul(*text)));
}

void PlanLibrary::set_last_open(std::uint32_t id) { store_.store(kLibraryOpenKey, std::to_string(id)); }

namespace {

bool same_day(std::int64_t a, std::int64_t b) {
    const std::tm x = local_time(a), y = local_time(b);
    return x.tm_year == y.tm_year && x.tm_yday == y.tm_yday;
}

}  // namespace

Message local_time_text(std::int64_t unix_seconds) {
    if (unix_seconds <= 0) return Message(MessageId::Never);
    return Message(MessageId::TimeOfDay).date_time("time", static_cast<double>(unix_seconds));
}

// "at 14:32" today, "on 2026-11-20 09:10" before.
Message save_times_text(std::int64_t saved, std::int64_t downloaded, std::int64_t now) {
    const auto moment = [now](MessageId today, MessageId before, std::int64_t t) {
        return same_day(t, now) ? Message(today).clock_time("time", static_cast<double>(t))
                                : Message(before).date_time("time", static_cast<double>(t));
    };
    return Message(MessageId::SaveTimes)
        .nested("saved", saved > 0 ? moment(MessageId::SavedInBrowserToday, MessageId::SavedInBrowserOn, saved)
                                   : Message(MessageId::NotSavedInBrowser))
        .nested("downloaded", downloaded > 0
                                  ? moment(MessageId::DownloadedToday, MessageId::DownloadedOn, downloaded)
                                  : Message(MessageId::NeverDownloaded));
}

}  // namespace roster
