#include <doctest/doctest.h>

#include "document/autosave.h"

using roster::AutosaveSchedule;

TEST_CASE("Autosave waits for a quiet moment after the last edit before saving") {
    AutosaveSchedule s;
    s.observe(1, 10.0);
    CHECK_FALSE(s.due(10.2, false));
    s.observe(2, 10.5);  // still typing
    CHECK_FALSE(s.due(11.0, false));
    CHECK(s.due(11.25, false));
}

TEST_CASE("Autosave saves at once when the page is being hidden") {
    AutosaveSchedule s;
    s.observe(1, 10.0);
    CHECK(s.due(10.01, true));
}

TEST_CASE("Nothing is due once the latest revision is saved") {
    AutosaveSchedule s;
    s.observe(3, 1.0);
    s.saved(3);
    CHECK_FALSE(s.has_unsaved_changes());
    CHECK_FALSE(s.due(100.0, true));
}

TEST_CASE("A failed save is retried after another quiet period, and the changes stay unsaved") {
    AutosaveSchedule s;
    s.observe(1, 0.0);
    REQUIRE(s.due(1.0, false));
    s.failed(1.0);
    CHECK(s.has_unsaved_changes());
    CHECK_FALSE(s.due(1.5, false));
    CHECK(s.due(1.8, false));
}

TEST_CASE("A save of an older revision does not hide newer edits") {
    AutosaveSchedule s;
    s.observe(1, 0.0);
    s.observe(2, 0.5);
    s.saved(1);
    CHECK(s.has_unsaved_changes());
}
