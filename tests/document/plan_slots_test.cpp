// The browser's copy of the plan, written to alternating slots: every way a write can fail must
// leave the last good save readable. A fake storage injects the failures.
#include <doctest/doctest.h>

#include <map>

#include "document/plan_slots.h"
#include "support/builders.h"
#include "support/fake_store.h"
#include "support/messages.h"

using namespace roster;
using roster::test::FakeStore;

namespace {

Plan plan_named(const std::string& name) {
    Plan plan = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 20'000, 300.0, 2)});
    plan.name = name;
    return plan;
}

std::string text_of(const std::string& name) { return storage::save_plan(plan_named(name)); }

}  // namespace

TEST_CASE("Saves alternate between the two slots and the pointer names the latest") {
    FakeStore store;
    PlanSlots slots(store, "tab1");
    REQUIRE(slots.save(text_of("one")) == PlanSlots::Saved::Ok);
    REQUIRE(slots.save(text_of("two")) == PlanSlots::Saved::Ok);
    CHECK(store.data.at(kSlotKeyA) == text_of("one"));
    CHECK(store.data.at(kSlotKeyB) == text_of("two"));
    CHECK(store.data.at(kSlotPointerKey) == "roster-slots 1 b 2 tab1");
    PlanSlots reopened(store, "tab2");
    const PlanSlots::Restored r = reopened.restore();
    REQUIRE(r.plan);
    CHECK(r.plan->name == "two");
    CHECK_FALSE(r.message.has_value());
}

TEST_CASE("A write that runs out of storage keeps the last good save") {
    FakeStore store;
    PlanSlots slots(store, "tab1");
    REQUIRE(slots.save(text_of("good")) == PlanSlots::Saved::Ok);
    store.quota = store.data.at(kSlotKeyA).size() + 100;  // no room for a second copy
    CHECK(slots.save(text_of("too big to fit")) == PlanSlots::Saved::Full);
    PlanSlots reopened(store, "tab2");
    const auto r = reopened.restore();
    REQUIRE(r.plan);
    CHECK(r.plan->name == "good");
}

TEST_CASE("A write that storage garbles is caught by the read-back and does not count") {
    FakeStore store;
    PlanSlots slots(store, "tab1");
    REQUIRE(slots.save(text_of("good")) == PlanSlots::Saved::Ok);
    store.garble_key = kSlotKeyB;
    CHECK(slots.save(text_of("garbled")) == PlanSlots::Saved::Unavailable);
    CHECK(store.data.at(kSlotPointerKey) == "roster-slots 1 a 1 tab1");
    PlanSlots reopened(store, "tab2");
    CHECK(reopened.restore().plan->name == "good");
}

TEST_CASE("If the pointer cannot be moved, the pointer still names the last good save") {
    FakeStore store;
    PlanSlots slots(store, "tab1");
    REQUIRE(slots.save(text_of("good")) == PlanSlots::Saved::Ok);
    store.refuse_key = kSlotPointerKey;
    CHECK(slots.save(text_of("newer")) == PlanSlots::Saved::Unavailable);
    PlanSlots reopened(store, "tab2");
    CHECK(reopened.restore().plan->name == "good");
}

TEST_CASE("An unreadable latest save is kept aside, the one before it opens, and is never written over") {
    FakeStore store;
    PlanSlots slots(store, "tab1");
    REQUIRE(slots.save(text_of("older")) == PlanSlots::Saved::Ok);
    REQUIRE(slots.save(text_of("latest")) == PlanSlots::Saved::Ok);
    store.data[kSlotKeyB] = "{\"app\": \"roster\", \"format\": 3, \"pl";  // cut off
    PlanSlots reopened(store, "tab2");
    const auto r = reopened.restore();
    REQUIRE(r.plan);
    CHECK(r.plan->name == "older");
    CHECK(test::english(r.message).find("The latest save in this browser could not be read (The file ends too early") == 0);
    REQUIRE(r.unreadable);
    CHECK(store.data.at(kUnreadableKey) == *r.unreadable);
    // The next save goes over the unreadable slot, so the good one survives a failing write.
    REQUIRE(reopened.save(text_of("edited")) == PlanSlots::Saved::Ok);
    CHECK(store.data.at(kSlotKeyA) == text_of("older"));
    CHECK(store.data.at(kSlotKeyB) == text_of("edited"));
}

TEST_CASE("Nothing readable anywhere: a new plan, the unreadable save kept aside, or saving blocked") {
    FakeStore store;
    store.data[kSlotPointerKey] = "roster-slots 1 a 4 tab9";
    store.data[kSlotKeyA] = "not json";
    PlanSlots slots(store, "tab1");
    auto r = slots.restore();
    CHECK_FALSE(r.plan);
    CHECK_FALSE(r.blocked);
    CHECK(store.data.at(kUnreadableKey) == "not json");

    FakeStore full;
    full.data[kSlotPointerKey] = "roster-slots 1 a 4 tab9";
    full.data[kSlotKeyA] = "not json";
    full.refuse_key = kUnreadableKey;
    PlanSlots blocked(full, "tab1");
    r = blocked.restore();
    CHECK(r.blocked);
    CHECK(test::english(r.message).find("Roster will not save over it") != std::string::npos);
}

TEST_CASE("A plan saved by an older Roster under its single key still opens") {
    FakeStore store;
    store.data[kLegacyPlanKey] = text_of("from 0.3");
    PlanSlots slots(store, "tab1");
    const auto r = slots.restore();
    REQUIRE(r.plan);
    CHECK(r.plan->name == "from 0.3");
}

TEST_CASE("A tab never saves over newer work saved by another tab, unless the planner says so") {
    FakeStore store;
    PlanSlots first(store, "tab1"), second(store, "tab2");
    REQUIRE(first.save(text_of("start")) == PlanSlots::Saved::Ok);
    second.restore();
    first.restore();
    REQUIRE(first.save(text_of("edited in tab 1")) == PlanSlots::Saved::Ok);
    CHECK(second.save(text_of("edited in tab 2")) == PlanSlots::Saved::NewerElsewhere);
    CHECK(store.data.at(kSlotPointerKey).find("tab1") != std::string::npos);
    // The planner can take the other tab's version...
    REQUIRE(second.latest());
    CHECK(second.latest()->name == "edited in tab 1");
    // ...after which this tab saves normally again; or keep its own, written beside theirs.
    CHECK(second.save(text_of("after taking tab 1's")) == PlanSlots::Saved::Ok);
    CHECK(first.save(text_of("tab 1 again")) == PlanSlots::Saved::NewerElsewhere);
    const std::string theirs = store.data.at(kSlotKeyA) == text_of("after taking tab 1's") ? kSlotKeyA : kSlotKeyB;
    CHECK(first.save(text_of("tab 1 keeps its own"), true) == PlanSlots::Saved::Ok);
    CHECK(store.data.at(theirs) == text_of("after taking tab 1's"));
}
