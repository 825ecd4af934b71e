// The library index of plans kept in the browser.
#include <doctest/doctest.h>

#include "document/plan_library.h"
#include "support/fake_store.h"
#include "support/messages.h"

using namespace roster;
using roster::test::FakeStore;

TEST_CASE("The library lists plans most recently saved first, with names that survive any text") {
    FakeStore store;
    PlanLibrary library(store);
    CHECK(library.entries().empty());
    REQUIRE(library.record({1, "Rentrée 2026 — micro-heavy", 100, 0, 4'321}) == KeyValueStore::Status::Ok);
    REQUIRE(library.record({2, "Q3: “launch” 李小龙", 300, 250, 999}) == KeyValueStore::Status::Ok);
    REQUIRE(library.record({1, "Rentrée 2026 — renamed", 200, 0, 4'400}) == KeyValueStore::Status::Ok);
    const auto list = library.entries();
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == 2);
    CHECK(list[0].name == "Q3: “launch” 李小龙");
    CHECK(list[0].downloaded == 250);
    CHECK(list[1].name == "Rentrée 2026 — renamed");
    CHECK(list[1].bytes == 4'400);
    CHECK(library.new_id() == 3);
    library.forget(2);
    CHECK(library.entries().size() == 1);
    CHECK_FALSE(library.find(2));
}

TEST_CASE("A damaged library index reads as empty rather than half-trusted") {
    FakeStore store;
    store.data[kLibraryKey] = "roster-library 1\n1\t100\t0\t10\tgood\nnot a line";
    PlanLibrary library(store);
    CHECK(library.entries().empty());
    store.data[kLibraryKey] = "something else";
    CHECK(library.entries().empty());
}

TEST_CASE("The plan opened last is remembered; anything odd in its key means the first plan") {
    FakeStore store;
    PlanLibrary library(store);
    CHECK(library.last_open() == 1);
    library.set_last_open(7);
    CHECK(library.last_open() == 7);
    CHECK(library.new_id() == 8);
    store.data[kLibraryOpenKey] = "-3";
    CHECK(library.last_open() == 1);
    store.data[kLibraryOpenKey] = "99999999999999";
    CHECK(library.last_open() == 1);
}

TEST_CASE("Each plan of the library has its own slots, and erasing one leaves the others") {
    FakeStore store;
    PlanSlots slots(store, "tab1", 1);
    REQUIRE(slots.save("{\"first\": true}") == PlanSlots::Saved::Ok);
    slots.switch_to(5);
    REQUIRE(slots.save("{\"fifth\": true}") == PlanSlots::Saved::Ok);
    CHECK(store.data.count("roster.plan.a") == 1);
    CHECK(store.data.count("roster.plan.5.a") == 1);
    CHECK(store.data.at("roster.plan.5.latest").rfind("roster-slots 1 a 1 tab1", 0) == 0);
    slots.erase(5);
    CHECK(store.data.count("roster.plan.5.a") == 0);
    CHECK(store.data.count("roster.plan.5.latest") == 0);
    CHECK(store.data.count("roster.plan.a") == 1);
}

TEST_CASE("Times in the library read as a date and a time, or never") {
    using test::english;
    CHECK(english(local_time_text(0)) == "never");
    CHECK(test::french(local_time_text(0)) == "jamais");
    CHECK(english(local_time_text(1'795'000'000)).size() == 16);  // "YYYY-MM-DD HH:MM"
    CHECK(test::french(local_time_text(1'795'000'000)).size() == 16);  // "DD/MM/YYYY HH:MM"
}

TEST_CASE("The status bar says when the plan was saved and downloaded, with the time alone for today") {
    using test::english;
    const std::int64_t now = 1'795'000'000;
    const std::string today = english(local_time_text(now)).substr(11);         // "HH:MM"
    const std::string last_week = english(local_time_text(now - 7 * 86'400));   // "YYYY-MM-DD HH:MM"
    CHECK(english(save_times_text(now, 0, now)) == "Saved in this browser at " + today + " · never downloaded");
    CHECK(english(save_times_text(now, now - 7 * 86'400, now)) ==
          "Saved in this browser at " + today + " · downloaded on " + last_week);
    CHECK(english(save_times_text(0, 0, now)) == "Not saved in this browser yet · never downloaded");
}
