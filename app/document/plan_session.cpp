#include "plan_session.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>
#include <utility>

#include "autosave.h"
#include "storage/plan_file.h"

namespace roster {

std::string new_tab_id() {
    std::random_device random;
    char id[32];
    std::snprintf(id, sizeof id, "tab-%08x%08x", random(), random());
    return id;
}

// Everything that belongs to the open plan. Opening another plan makes a new one of these.
struct PlanSession::OpenPlan {
    OpenPlan(KeyValueStore& store, const std::string& tab_id, std::uint32_t id) : slots(store, tab_id, id) {}

    PlanSlots slots;
    Document document;
    AutosaveSchedule autosave;
    std::int64_t saved_at = 0;
    std::int64_t downloaded_at = 0;
    Plan kept;  // the plan as last downloaded or opened from a file: what exists outside the app
    std::optional<std::string> unreadable;  // a save that could not be read, offered for download
    bool blocked = false;             // never overwrite a save we could not read and not keep aside
    bool overrule_other_tab = false;  // the planner chose to keep this tab's version
    SaveOutcome last_save = SaveOutcome::None;

    // The plan as restored (or started) counts as saved: nothing to write until it changes.
    void settled(double now) {
        autosave.observe(document.revision(), now);
        autosave.saved(document.revision());
    }
};

PlanSession::PlanSession(KeyValueStore& store, std::string tab_id, std::function<std::int64_t()> unix_now)
    : store_(store),
      tab_id_(std::move(tab_id)),
      unix_now_(unix_now ? std::move(unix_now) : [] { return static_cast<std::int64_t>(std::time(nullptr)); }),
      library_(store),
      open_(std::make_unique<OpenPlan>(store, tab_id_, 1)) {}

PlanSession::~PlanSession() = default;

const Document& PlanSession::document() const { return open_->document; }
Document& PlanSession::document() { return open_->document; }
std::uint32_t PlanSession::plan_id() const { return open_->slots.plan_id(); }
const std::optional<std::string>& PlanSession::unreadable() const { return open_->unreadable; }

std::optional<Message> PlanSession::start(double now) {
    auto next = std::make_unique<OpenPlan>(store_, tab_id_, library_.last_open());
    if (const auto entry = library_.find(next->slots.plan_id())) {
        next->saved_at = entry->saved;
        next->downloaded_at = entry->downloaded;
    }
    PlanSlots::Restored restored = next->slots.restore();
    next->document = Document(restored.plan ? std::move(*restored.plan) : new_plan());
    next->unreadable = std::move(restored.unreadable);
    next->blocked = restored.blocked;
    next->settled(now);
    open_ = std::move(next);
    ++generation_;
    return std::move(restored.message);
}

PlanSlots::Restored PlanSession::switch_to(std::uint32_t id, std::optional<Plan> fresh, double now) {
    save_now(now);
    auto next = std::make_unique<OpenPlan>(store_, tab_id_, id);
    PlanSlots::Restored restored;
    if (!fresh) restored = next->slots.restore();
    next->document = Document(fresh ? std::move(*fresh) : restored.plan ? std::move(*restored.plan) : new_plan());
    next->unreadable = std::move(restored.unreadable);
    next->blocked = restored.blocked;
    if (const auto entry = library_.find(id)) {
        next->saved_at = entry->saved;
        next->downloaded_at = entry->downloaded;
    }
    next->settled(now);
    open_ = std::move(next);
    ++generation_;
    library_.set_last_open(id);
    return restored;
}

std::optional<TooLarge> PlanSession::open_new(Plan plan, double now) {
    switch_to(library_.new_id(), std::move(plan), now);
    return save(now);  // so that the library lists it at once
}

void PlanSession::open(std::uint32_t id, double now) { switch_to(id, std::nullopt, now); }

IncomingPlan PlanSession::receive(std::string_view text, const Message& source) const {
    return receive_plan(text, source, open_->document.plan(), open_->kept);
}

void PlanSession::replace(IncomingPlan incoming) {
    open_->kept = incoming.plan;
    open_->document.replace(std::move(incoming.plan), Message(MessageId::EditOpenPlanFile));
}

std::variant<PlanFileOut, TooLarge> PlanSession::download() {
    const Plan& plan = open_->document.plan();
    PlanFileOut file{plan_file_name(plan), storage::save_plan(plan)};
    if (file.text.size() > kMaxPlanFileBytes) return TooLarge{file.text.size()};
    open_->kept = plan;
    open_->downloaded_at = unix_now_();
    if (auto entry = library_.find(plan_id())) {
        entry->downloaded = open_->downloaded_at;
        library_.record(*entry);
    }
    return file;
}

std::vector<LibraryRow> PlanSession::library() const {
    std::vector<LibraryRow> rows;
    for (LibraryEntry& e : library_.entries()) rows.push_back({std::move(e), false, false});
    const auto open = std::find_if(rows.begin(), rows.end(), [&](const LibraryRow& r) { return r.entry.id == plan_id(); });
    if (open == rows.end()) rows.insert(rows.begin(), {{plan_id(), "", 0, open_->downloaded_at, 0}, false, false});
    for (LibraryRow& r : rows) {
        if (r.entry.id != plan_id()) continue;
        r.open = true;
        r.entry.name = open_->document.plan().name;
        r.not_saved_yet = open_->last_save != SaveOutcome::Saved && r.entry.saved == 0;
    }
    return rows;
}

std::vector<Plan> PlanSession::library_plans() {
    std::vector<Plan> plans{open_->document.plan()};
    for (const LibraryEntry& e : library_.entries())
        if (e.id != plan_id())
            if (std::optional<Plan> plan = stored(e.id)) plans.push_back(std::move(*plan));
    return plans;
}

std::optional<Plan> PlanSession::stored(std::uint32_t id) {
    if (id == plan_id()) return open_->document.plan();
    PlanSlots other(store_, tab_id_, id);
    return other.restore().plan;
}

bool PlanSession::store_as(std::uint32_t id, const Plan& plan, std::int64_t downloaded) {
    PlanSlots other(store_, tab_id_, id);
    other.restore();  // learns the latest save's number, so this one comes after it
    const std::string text = storage::save_plan(plan);
    if (other.save(text, true) != PlanSlots::Saved::Ok) return false;
    library_.record({id, plan.name, unix_now_(), downloaded, text.size()});
    return true;
}

LibraryChange PlanSession::rename(std::uint32_t id, const std::string& name) {
    using R = LibraryChange::Result;
    std::optional<Plan> plan = id == plan_id() ? std::nullopt : stored(id);
    if (!plan) return {R::Unreadable, {}};
    // The plan's own document renames it, with the checks every rename gets.
    Document document(std::move(*plan));
    if (!document.execute(RenamePlan{name}).ok) return {R::NameRefused, name};
    const std::optional<LibraryEntry> entry = library_.find(id);
    if (!store_as(id, document.plan(), entry ? entry->downloaded : 0)) return {R::StorageRefused, name};
    return {R::Done, name};
}

LibraryChange PlanSession::duplicate(std::uint32_t id) {
    using R = LibraryChange::Result;
    std::optional<Plan> plan = stored(id);
    if (!plan) return {R::Unreadable, {}};
    Document copy(std::move(*plan));
    if (!copy.execute(RenamePlan{text_for_field(copy.plan().name + " (copy)")}).ok) return {R::NameRefused, {}};
    if (!store_as(library_.new_id(), copy.plan(), 0)) return {R::StorageRefused, copy.plan().name};
    return {R::Done, copy.plan().name};
}

LibraryChange PlanSession::remove(std::uint32_t id) {
    using R = LibraryChange::Result;
    const std::optional<LibraryEntry> entry = library_.find(id);
    std::optional<Plan> plan = id == plan_id() ? std::nullopt : stored(id);
    if (!entry || !plan) return {R::Unreadable, {}};
    deleted_ = DeletedPlan{*entry, storage::save_plan(*plan)};
    open_->slots.erase(id);
    library_.forget(id);
    return {R::Done, entry->name};
}

std::optional<std::string> PlanSession::deleted() const {
    if (!deleted_) return std::nullopt;
    return deleted_->entry.name;
}

LibraryChange PlanSession::undo_delete() {
    using R = LibraryChange::Result;
    if (!deleted_) return {R::Unreadable, {}};
    const storage::LoadResult back = storage::load_plan(deleted_->text);
    if (!back.ok || !store_as(deleted_->entry.id, back.plan, deleted_->entry.downloaded))
        return {R::StorageRefused, deleted_->entry.name};
    const std::string name = deleted_->entry.name;
    deleted_.reset();
    return {R::Done, name};
}

void PlanSession::observe(double now) { open_->autosave.observe(open_->document.revision(), now); }

bool PlanSession::save_due(double now) {
    observe(now);
    return open_->autosave.due(now, false);
}

std::optional<TooLarge> PlanSession::save(double now) {
    OpenPlan& p = *open_;
    if (p.blocked) return std::nullopt;
    const std::uint64_t revision = p.document.revision();
    const std::string text = storage::save_plan(p.document.plan());
    if (text.size() > kMaxPlanFileBytes) {
        p.autosave.failed(now);
        p.last_save = SaveOutcome::StorageFull;
        return TooLarge{text.size()};
    }
    switch (p.slots.save(text, p.overrule_other_tab)) {
        case PlanSlots::Saved::Ok:
            p.autosave.saved(revision);
            p.last_save = SaveOutcome::Saved;
            p.overrule_other_tab = false;
            p.saved_at = unix_now_();
            library_.record({plan_id(), p.document.plan().name, p.saved_at, p.downloaded_at, text.size()});
            library_.set_last_open(plan_id());
            break;
        case PlanSlots::Saved::Full:
            p.autosave.failed(now);
            p.last_save = SaveOutcome::StorageFull;
            break;
        case PlanSlots::Saved::Unavailable:
            p.autosave.failed(now);
            p.last_save = SaveOutcome::StorageUnavailable;
            break;
        case PlanSlots::Saved::NewerElsewhere:
            p.autosave.failed(now);
            p.last_save = SaveOutcome::NewerElsewhere;
            break;
    }
    return std::nullopt;
}

std::optional<TooLarge> PlanSession::save_now(double now) {
    observe(now);
    if (!open_->autosave.has_unsaved_changes()) return std::nullopt;
    return save(now);
}

std::optional<TooLarge> PlanSession::keep_this_tabs_version(double now) {
    open_->overrule_other_tab = true;
    return save(now);
}

bool PlanSession::open_other_tabs_version(double now) {
    std::optional<Plan> theirs = open_->slots.latest();
    if (!theirs) return false;
    open_->document.replace(std::move(*theirs), Message(MessageId::EditOpenOtherTab));
    open_->settled(now);
    open_->last_save = SaveOutcome::Saved;
    return true;
}

SaveState PlanSession::save_state() const {
    const OpenPlan& p = *open_;
    return {p.last_save, p.autosave.has_unsaved_changes(), p.blocked, p.unreadable.has_value(), p.saved_at,
            p.downloaded_at};
}

}  // namespace roster
