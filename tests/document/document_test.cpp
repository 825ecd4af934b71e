#include <doctest/doctest.h>

#include "document/document.h"
#include "support/builders.h"

using namespace roster;

namespace {

// id 0: the document gives the next free id.
Creator creator(const std::string& name) { return test::creator(0, name, Platform::TikTok, 20'000, 300.0, 2); }

}  // namespace

TEST_CASE("Adding a creator gives it the next free id and records one undo step") {
    Document doc;
    REQUIRE(doc.execute(AddCreator{creator("Ana")}).ok);
    REQUIRE(doc.execute(AddCreator{creator("Ben")}).ok);
    REQUIRE(doc.plan().creators.size() == 2);
    CHECK(doc.plan().creators[0].id == 1);
    CHECK(doc.plan().creators[1].id == 2);
    CHECK(doc.undo_label() == "add creator");
    CHECK(doc.undo());
    CHECK(doc.plan().creators.size() == 1);
    CHECK(doc.redo());
    CHECK(doc.plan().creators.size() == 2);
}

TEST_CASE("An invalid edit is refused with the reason and leaves the plan and its history untouched") {
    Document doc;
    doc.execute(AddCreator{creator("Ana")});
    const Plan before = doc.plan();
    const auto revision = doc.revision();
    Creator bad = doc.plan().creators[0];
    bad.followers = -10;
    const ApplyResult r = doc.execute(UpdateCreator{bad});
    CHECK_FALSE(r.ok);
    CHECK(r.message == "Followers must be at least 1.");
    CHECK(doc.plan() == before);
    CHECK(doc.revision() == revision);
    CHECK(doc.undo_label() == "add creator");
}

TEST_CASE("Editing or removing a creator that is gone is refused, not applied to another row") {
    Document doc;
    doc.execute(AddCreator{creator("Ana")});
    Creator ghost = creator("Ghost");
    ghost.id = 99;
    CHECK_FALSE(doc.execute(UpdateCreator{ghost}).ok);
    CHECK_FALSE(doc.execute(RemoveCreator{99}).ok);
    CHECK(doc.plan().creators.size() == 1);
}

TEST_CASE("A change that changes nothing adds no undo step and no revision") {
    Document doc;
    doc.execute(AddCreator{creator("Ana")});
    const auto revision = doc.revision();
    CHECK(doc.execute(UpdateCreator{doc.plan().creators[0]}).ok);
    CHECK(doc.revision() == revision);
    CHECK(doc.undo());
    CHECK_FALSE(doc.can_undo());
}

TEST_CASE("A new edit after an undo clears the redo history") {
    Document doc;
    doc.execute(AddCreator{creator("Ana")});
    doc.undo();
    CHECK(doc.can_redo());
    doc.execute(AddCreator{creator("Ben")});
    CHECK_FALSE(doc.can_redo());
}

TEST_CASE("Undo, redo and replacing the plan each move the revision forward") {
    Document doc;
    doc.execute(AddCreator{creator("Ana")});
    const auto r1 = doc.revision();
    doc.undo();
    CHECK(doc.revision() > r1);
    const auto r2 = doc.revision();
    doc.redo();
    CHECK(doc.revision() > r2);
    const auto r3 = doc.revision();
    doc.replace(Plan{}, "new plan");
    CHECK(doc.revision() > r3);
    CHECK(doc.plan().creators.empty());
    CHECK(doc.undo());
    CHECK(doc.plan().creators.size() == 1);
}

TEST_CASE("The history keeps the most recent 200 steps") {
    Document doc;
    for (int i = 0; i < 250; ++i) doc.execute(AddCreator{creator("C" + std::to_string(i))});
    int undone = 0;
    while (doc.undo()) ++undone;
    CHECK(undone == static_cast<int>(Document::kHistoryLimit));
    CHECK(doc.plan().creators.size() == 50);
}

TEST_CASE("Renaming the plan and changing its currency are validated commands") {
    Document doc;
    CHECK(doc.execute(RenamePlan{"Back to school"}).ok);
    CHECK(doc.plan().name == "Back to school");
    CHECK_FALSE(doc.execute(SetCurrency{"€"}).ok);
    CHECK(doc.execute(SetCurrency{"USD"}).ok);
    CHECK(doc.plan().campaign.currency == "USD");
}
