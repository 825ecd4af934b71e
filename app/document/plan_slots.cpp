#include "plan_slots.h"

#include <algorithm>
#include <sstream>

namespace roster {
namespace {

char other(char slot) { return slot == 'a' ? 'b' : 'a'; }

// "roster-slots 1 a 17 tab-3f2c": format, slot, sequence, writing tab.
std::string pointer_text(char slot, std::uint64_t sequence, const std::string& tab) {
    return "roster-slots 1 " + std::string(1, slot) + " " + std::to_string(sequence) + " " + tab;
}

}  // namespace

std::string plan_key_prefix(std::uint32_t plan_id) {
    return plan_id <= 1 ? std::string(kLegacyPlanKey) : std::string(kLegacyPlanKey) + "." + std::to_string(plan_id);
}

PlanSlots::PlanSlots(KeyValueStore& store, std::string tab_id, std::uint32_t plan_id)
    : store_(store), tab_(std::move(tab_id)), plan_id_(std::max<std::uint32_t>(plan_id, 1)) {}

std::string PlanSlots::key(const char* suffix) const { return plan_key_prefix(plan_id_) + suffix; }
std::string PlanSlots::slot_key(char slot) const { return key(slot == 'b' ? ".b" : ".a"); }

void PlanSlots::switch_to(std::uint32_t plan_id) {
    plan_id_ = std::max<std::uint32_t>(plan_id, 1);
    sequence_ = 0;
    pointed_slot_unreadable_ = false;
}

void PlanSlots::erase(std::uint32_t plan_id) {
    const std::string prefix = plan_key_prefix(plan_id);
    for (const char* suffix : {".a", ".b", ".latest", ".unreadable"}) store_.remove(prefix + suffix);
    if (plan_id <= 1) store_.remove(kLegacyPlanKey);
}

std::optional<PlanSlots::Pointer> PlanSlots::read_pointer() {
    const std::optional<std::string> text = store_.load(key(".latest"));
    if (!text) return std::nullopt;
    std::istringstream in(*text);
    std::string marker, slot, tab;
    int version = 0;
    std::uint64_t sequence = 0;
    if (!(in >> marker >> version >> slot >> sequence >> tab) || marker != "roster-slots" || version != 1 ||
        (slot != "a" && slot != "b"))
        return std::nullopt;
    return Pointer{slot[0], sequence, tab};
}

PlanSlots::Restored PlanSlots::restore() {
    Restored r;
    const std::optional<Pointer> pointer = read_pointer();
    // Newest first: the slot the pointer names, then the other one, then the older single key.
    std::vector<std::pair<std::string, std::uint64_t>> order;
    if (pointer) {
        order.push_back({slot_key(pointer->slot), pointer->sequence});
        order.push_back({slot_key(other(pointer->slot)), pointer->sequence > 0 ? pointer->sequence - 1 : 0});
    } else {
        // No pointer: the slots (if any) cannot be ordered, so only the older key is trusted
        // (Roster 0.1-0.3 kept the one plan there).
        if (plan_id_ == 1) order.push_back({kLegacyPlanKey, 0});
    }
    std::optional<Message> first_problem;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::optional<std::string> text = store_.load(order[i].first);
        if (!text) continue;
        storage::LoadResult loaded = storage::load_plan(*text);
        if (loaded.ok) {
            r.plan = std::move(loaded.plan);
            sequence_ = pointer ? pointer->sequence : 0;
            pointed_slot_unreadable_ = pointer && i == 1;
            if (first_problem) r.message = Message(MessageId::LatestSaveUnreadable).nested("cause", *first_problem);
            return r;
        }
        if (!first_problem) {
            first_problem = loaded.message;
            r.unreadable = *text;
            if (store_.store(key(".unreadable"), *text) != KeyValueStore::Status::Ok) r.blocked = true;
        }
    }
    sequence_ = pointer ? pointer->sequence : 0;
    if (first_problem)
        r.message = Message(r.blocked ? MessageId::SavedPlanUnreadableBlocked : MessageId::SavedPlanUnreadableKeptAside)
                        .nested("cause", *first_problem);
    return r;
}

PlanSlots::Saved PlanSlots::save(const std::string& text, bool overrule) {
    const std::optional<Pointer> pointer = read_pointer();
    if (pointer && pointer->sequence > sequence_ && pointer->tab != tab_ && !overrule) return Saved::NewerElsewhere;
    const char slot = !pointer ? 'a' : pointed_slot_unreadable_ ? pointer->slot : other(pointer->slot);
    switch (store_.store(slot_key(slot), text)) {
        case KeyValueStore::Status::Ok: break;
        case KeyValueStore::Status::Full: return Saved::Full;
        case KeyValueStore::Status::Unavailable: return Saved::Unavailable;
    }
    // Read back: a store that says yes but keeps something else must not count as a save.
    const std::optional<std::string> back = store_.load(slot_key(slot));
    if (!back || *back != text) return Saved::Unavailable;
    const std::uint64_t next = std::max(pointer ? pointer->sequence : 0, sequence_) + 1;
    switch (store_.store(key(".latest"), pointer_text(slot, next, tab_))) {
        case KeyValueStore::Status::Ok: break;
        case KeyValueStore::Status::Full: return Saved::Full;
        case KeyValueStore::Status::Unavailable: return Saved::Unavailable;
    }
    sequence_ = next;
    pointed_slot_unreadable_ = false;
    return Saved::Ok;
}

std::optional<Plan> PlanSlots::latest() {
    const std::optional<Pointer> pointer = read_pointer();
    if (!pointer) return std::nullopt;
    const std::optional<std::string> text = store_.load(slot_key(pointer->slot));
    if (!text) return std::nullopt;
    storage::LoadResult loaded = storage::load_plan(*text);
    if (!loaded.ok) return std::nullopt;
    sequence_ = pointer->sequence;
    return std::move(loaded.plan);
}

}  // namespace roster
