// The plan session: which plan is open and how it is kept. Driven with the fake storage and a
// made-up clock, as the workspace drives it with the browser's.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "document/plan_session.h"
#include "engine/validation.h"
#include "storage/plan_file.h"
#include "support/builders.h"
#include "support/fake_store.h"
#include "support/messages.h"

using namespace roster;
using roster::test::FakeStore;

namespace {

constexpr std::int64_t kMonday = 1'790'000'000;  // Unix seconds, whatever the real clock says

Plan plan_named(const std::string& name) {
    Plan plan = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 20'000, 300.0, 2)});
    plan.name = name;
    return plan;
}

// A session over `store` whose "last saved" and "last downloaded" read `clock`.
struct Tab {
    explicit Tab(FakeStore& store, std::string id = "tab1")
        : session(store, std::move(id), [this] { return clock; }) {}
    std::int64_t clock = kMonday;
    PlanSession session;
};

// The plan `id` as its slots hold it, read the way another tab would.
std::optional<Plan> saved_plan(FakeStore& store, std::uint32_t id) {
    PlanSlots slots(store, "reader", id);
    return slots.restore().plan;
}

void edit(PlanSession& session, const std::string& name) { REQUIRE(session.document().execute(RenamePlan{name}).ok); }

}  // namespace

TEST_CASE("A first visit opens an empty plan with nothing to save, and edits are saved once the planner pauses") {
    FakeStore store;
    Tab tab(store);
    CHECK_FALSE(tab.session.start(0.0).has_value());
    CHECK(tab.session.plan_id() == 1);
    CHECK(tab.session.plan().creators.empty());
    CHECK(tab.session.save_state().last == SaveOutcome::None);
    CHECK_FALSE(tab.session.save_state().unsaved);
    CHECK_FALSE(tab.session.save_due(10.0));

    edit(tab.session, "Rentrée");
    CHECK_FALSE(tab.session.save_due(10.1));  // typing: not yet
    CHECK(tab.session.save_state().unsaved);
    CHECK(tab.session.save_due(11.0));
    CHECK_FALSE(tab.session.save(11.0).has_value());
    CHECK(tab.session.save_state().last == SaveOutcome::Saved);
    CHECK(tab.session.save_state().saved_at == kMonday);
    CHECK_FALSE(tab.session.save_state().unsaved);
    REQUIRE(saved_plan(store, 1));
    CHECK(saved_plan(store, 1)->name == "Rentrée");

    // The next visit opens it again, as it was saved.
    Tab next(store, "tab2");
    CHECK_FALSE(next.session.start(0.0).has_value());
    CHECK(next.session.plan().name == "Rentrée");
    CHECK(next.session.save_state().saved_at == kMonday);
}

TEST_CASE("Opening another plan replaces everything of the last one: document, kept copy, save outcome") {
    FakeStore store;
    Tab tab(store);
    tab.session.start(0.0);
    edit(tab.session, "First");
    const std::uint64_t first_generation = tab.session.generation();
    // The first plan's saves start failing (storage full), and it was downloaded once.
    REQUIRE(std::holds_alternative<PlanFileOut>(tab.session.download()));
    store.quota = 10;
    tab.session.save(5.0);
    CHECK(tab.session.save_state().last == SaveOutcome::StorageFull);

    store.quota = 1'000'000;
    tab.clock = kMonday + 60;
    REQUIRE_FALSE(tab.session.open_new(plan_named("Second"), 6.0).has_value());
    CHECK(tab.session.generation() == first_generation + 1);
    CHECK(tab.session.plan_id() == 2);
    CHECK(tab.session.plan().name == "Second");
    // A new document: its revisions count again, with no history of the last plan's edits.
    CHECK(tab.session.document().revision() == 0);
    CHECK_FALSE(tab.session.document().can_undo());
    // Saved at once (so the library lists it); nothing of the first plan's failure or download.
    const SaveState state = tab.session.save_state();
    CHECK(state.last == SaveOutcome::Saved);
    CHECK(state.downloaded_at == 0);
    CHECK_FALSE(state.unsaved);
    // The plan it left was saved first.
    REQUIRE(saved_plan(store, 1));
    CHECK(saved_plan(store, 1)->name == "First");
    // Its kept copy is the new plan's business only: a plan with creators that was never
    // downloaded is asked about before a file replaces it.
    const IncomingPlan incoming = tab.session.receive(storage::save_plan(plan_named("Third")), Message(MessageId::SourceFile));
    CHECK(incoming.verdict == IncomingPlan::Verdict::Confirm);

    tab.session.open(1, 7.0);
    CHECK(tab.session.generation() == first_generation + 2);
    CHECK(tab.session.plan().name == "First");
    CHECK(tab.session.save_state().saved_at == kMonday + 60);  // written when it was left
}

TEST_CASE("The library lists the open plan under its current name, even before its first save") {
    FakeStore store;
    Tab tab(store);
    tab.session.start(0.0);
    edit(tab.session, "Not saved yet");
    std::vector<LibraryRow> rows = tab.session.library();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].open);
    CHECK(rows[0].not_saved_yet);
    CHECK(rows[0].entry.name == "Not saved yet");

    tab.session.save(1.0);
    tab.session.open_new(plan_named("Other"), 2.0);
    edit(tab.session, "Other, renamed since");
    rows = tab.session.library();
    REQUIRE(rows.size() == 2);
    for (const LibraryRow& r : rows) {
        CAPTURE(r.entry.name);
        CHECK(r.open == (r.entry.id == tab.session.plan_id()));
        CHECK_FALSE(r.not_saved_yet);
    }
    const auto open = std::find_if(rows.begin(), rows.end(), [](const LibraryRow& r) { return r.open; });
    CHECK(open->entry.name == "Other, renamed since");
}

TEST_CASE("A plan that is not open is renamed through its own document's command, and refused as the open one would be") {
    FakeStore store;
    Tab tab(store);
    tab.session.start(0.0);
    edit(tab.session, "Spring");
    tab.session.save(1.0);
    tab.session.open_new(plan_named("Summer"), 2.0);
    const std::string summer_saved = *store.load("roster.plan.2.a");

    tab.clock = kMonday + 3600;
    const LibraryChange renamed = tab.session.rename(1, "Spring — final");
    CHECK(renamed.result == LibraryChange::Result::Done);
    REQUIRE(saved_plan(store, 1));
    CHECK(saved_plan(store, 1)->name == "Spring — final");
    CHECK(tab.session.library().size() == 2);
    for (const LibraryRow& r : tab.session.library())
        if (r.entry.id == 1) {
            CHECK(r.entry.name == "Spring — final");
            CHECK(r.entry.saved == kMonday + 3600);
        }

    // The document's own checks: a name too long for any plan changes nothing.
    const LibraryChange refused = tab.session.rename(1, std::string(PlanLimits::kMaxNameLength + 1, 'x'));
    CHECK(refused.result == LibraryChange::Result::NameRefused);
    CHECK(saved_plan(store, 1)->name == "Spring — final");
    // The open plan is not renamed this way (its rename is an undoable command of the open
    // document), and storage that refuses the write is said so.
    CHECK(tab.session.rename(2, "Not this way").result == LibraryChange::Result::Unreadable);
    CHECK(*store.load("roster.plan.2.a") == summer_saved);
    store.quota = 10;
    CHECK(tab.session.rename(1, "No room").result == LibraryChange::Result::StorageRefused);
}

TEST_CASE("Duplicating a plan makes a new plan of the library named as a copy; deleting one can be undone") {
    FakeStore store;
    Tab tab(store);
    tab.session.start(0.0);
    REQUIRE_FALSE(tab.session.open_new(plan_named("Launch"), 1.0).has_value());
    const std::uint32_t launch = tab.session.plan_id();

    // The open plan as it is now, unsaved edits included.
    edit(tab.session, "Launch v2");
    const LibraryChange copy = tab.session.duplicate(launch);
    CHECK(copy.result == LibraryChange::Result::Done);
    CHECK(copy.plan == "Launch v2 (copy)");
    CHECK(tab.session.plan_id() == launch);  // the copy is not opened
    std::uint32_t copy_id = 0;
    for (const LibraryRow& r : tab.session.library())
        if (r.entry.name == "Launch v2 (copy)") copy_id = r.entry.id;
    REQUIRE(copy_id != 0);
    REQUIRE(saved_plan(store, copy_id));
    CHECK(saved_plan(store, copy_id)->creators.size() == 1);

    // The open plan is never deleted; another one is, and comes back with its name.
    CHECK(tab.session.remove(launch).result == LibraryChange::Result::Unreadable);
    const LibraryChange deleted = tab.session.remove(copy_id);
    CHECK(deleted.result == LibraryChange::Result::Done);
    CHECK(deleted.plan == "Launch v2 (copy)");
    CHECK_FALSE(saved_plan(store, copy_id));
    CHECK(tab.session.library().size() == 1);
    REQUIRE(tab.session.deleted());
    CHECK(*tab.session.deleted() == "Launch v2 (copy)");

    const LibraryChange restored = tab.session.undo_delete();
    CHECK(restored.result == LibraryChange::Result::Done);
    CHECK(restored.plan == "Launch v2 (copy)");
    CHECK_FALSE(tab.session.deleted());
    REQUIRE(saved_plan(store, copy_id));
    CHECK(saved_plan(store, copy_id)->name == "Launch v2 (copy)");
    CHECK(tab.session.library().size() == 2);
}

TEST_CASE("A download is the plan kept outside the app: a file that differs from it asks first, and the library records when") {
    FakeStore store;
    Tab tab(store);
    tab.session.start(0.0);
    tab.session.open_new(plan_named("Kept"), 1.0);
    const std::string other = storage::save_plan(plan_named("Someone else's"));
    CHECK(tab.session.receive(other, Message(MessageId::SourceFile)).verdict == IncomingPlan::Verdict::Confirm);

    tab.clock = kMonday + 120;
    const auto file = tab.session.download();
    REQUIRE(std::holds_alternative<PlanFileOut>(file));
    CHECK(std::get<PlanFileOut>(file).name == "Kept.roster.json");
    CHECK(storage::load_plan(std::get<PlanFileOut>(file).text).plan == tab.session.plan());
    CHECK(tab.session.save_state().downloaded_at == kMonday + 120);
    for (const LibraryRow& r : tab.session.library())
        if (r.open) CHECK(r.entry.downloaded == kMonday + 120);

    // Nothing is lost now: the file replaces the plan without a question, undoably, and is the
    // new plan kept outside.
    IncomingPlan incoming = tab.session.receive(other, Message(MessageId::SourceFile));
    REQUIRE(incoming.verdict == IncomingPlan::Verdict::Replace);
    tab.session.replace(std::move(incoming));
    CHECK(tab.session.plan().name == "Someone else's");
    CHECK(tab.session.document().can_undo());
    CHECK(tab.session.receive(storage::save_plan(plan_named("A third")), Message(MessageId::SourceFile)).verdict ==
          IncomingPlan::Verdict::Replace);
}

TEST_CASE("Another tab's newer save is never written over: the planner keeps theirs or this tab's") {
    FakeStore store;
    Tab first(store, "tab1");
    first.session.start(0.0);
    edit(first.session, "Both tabs");
    first.session.save(1.0);
    Tab second(store, "tab2");
    second.session.start(1.0);
    edit(second.session, "Second tab's version");
    REQUIRE_FALSE(second.session.save(2.0).has_value());

    edit(first.session, "First tab's version");
    first.session.save(3.0);
    CHECK(first.session.save_state().last == SaveOutcome::NewerElsewhere);
    CHECK(first.session.save_state().unsaved);
    CHECK(saved_plan(store, 1)->name == "Second tab's version");

    SUBCASE("keeping this tab's version saves over it") {
        REQUIRE_FALSE(first.session.keep_this_tabs_version(4.0).has_value());
        CHECK(first.session.save_state().last == SaveOutcome::Saved);
        CHECK(saved_plan(store, 1)->name == "First tab's version");
    }
    SUBCASE("opening the other tab's version replaces this one, undoably, with nothing left to save") {
        REQUIRE(first.session.open_other_tabs_version(4.0));
        CHECK(first.session.plan().name == "Second tab's version");
        CHECK(first.session.save_state().last == SaveOutcome::Saved);
        CHECK_FALSE(first.session.save_state().unsaved);
        CHECK(first.session.document().can_undo());
    }
}

TEST_CASE("An unreadable latest save is offered for download, and a plan that cannot keep it aside is never saved over it") {
    FakeStore store;
    Tab tab(store);
    tab.session.start(0.0);
    edit(tab.session, "Good");
    tab.session.save(1.0);
    edit(tab.session, "Good, later");
    tab.session.save(2.0);
    store.data[kSlotKeyB] = "{ not a plan";

    SUBCASE("kept aside: the save before it opens") {
        Tab next(store, "tab2");
        const std::optional<Message> problem = next.session.start(0.0);
        REQUIRE(problem);
        CHECK(test::english(*problem).find("The latest save in this browser could not be read") == 0);
        CHECK(next.session.plan().name == "Good");
        CHECK(next.session.save_state().has_unreadable);
        REQUIRE(next.session.unreadable());
        CHECK(*next.session.unreadable() == "{ not a plan");
    }
    SUBCASE("not kept aside: never saved over") {
        store.refuse_key = kUnreadableKey;
        Tab next(store, "tab2");
        REQUIRE(next.session.start(0.0));
        CHECK(next.session.save_state().blocked);
        edit(next.session, "Would overwrite");
        next.session.save(1.0);
        CHECK(store.data.at(kSlotKeyB) == "{ not a plan");
    }
}
