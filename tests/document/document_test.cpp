#include <doctest/doctest.h>

#include "document/document.h"
#include "engine/text.h"
#include "support/builders.h"
#include "support/messages.h"

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
    CHECK(test::english(doc.undo_label()) == "add creator");
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
    CHECK(test::english(r.message) == "Followers must be at least 1.");
    CHECK(doc.plan() == before);
    CHECK(doc.revision() == revision);
    CHECK(test::english(doc.undo_label()) == "add creator");
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
    doc.replace(Plan{}, Message(MessageId::EditNewPlan));
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

TEST_CASE("Stating an overlap is one undoable step, and clearing it goes back to the estimate") {
    Document doc;
    doc.execute(AddCreator{creator("Ana")});
    doc.execute(AddCreator{creator("Ben")});
    REQUIRE(doc.execute(SetOverlap{1, 2, Overlap{2, 1, OverlapBasis::ShareOfSmaller, 250'000}}).ok);
    REQUIRE(doc.plan().overlaps.size() == 1);
    CHECK(test::english(doc.undo_label()) == "set overlap");
    // The same pair in the other order replaces it rather than adding a second one.
    REQUIRE(doc.execute(SetOverlap{2, 1, Overlap{1, 2, OverlapBasis::SharedCount, 3'000}}).ok);
    REQUIRE(doc.plan().overlaps.size() == 1);
    CHECK(doc.plan().overlaps[0].value == 3'000);
    REQUIRE(doc.execute(SetOverlap{1, 2, std::nullopt}).ok);
    CHECK(doc.plan().overlaps.empty());
    CHECK(doc.undo());
    CHECK(doc.plan().overlaps.size() == 1);
}

TEST_CASE("An impossible overlap is refused with the bound it breaks, and the plan is untouched") {
    Document doc;
    doc.execute(AddCreator{creator("Ana")});
    doc.execute(AddCreator{creator("Ben")});
    const Plan before = doc.plan();
    const ApplyResult r = doc.execute(SetOverlap{1, 2, Overlap{1, 2, OverlapBasis::SharedCount, 25'000}});
    CHECK_FALSE(r.ok);
    CHECK(test::english(r.message) == "“Ana” and “Ben” cannot share 25,000 followers: “Ana” has only 20,000.");
    CHECK(doc.plan() == before);
    CHECK_FALSE(doc.execute(SetOverlap{1, 3, Overlap{1, 3, OverlapBasis::SharedCount, 10}}).ok);
    CHECK_FALSE(doc.execute(SetOverlap{1, 2, Overlap{1, 1, OverlapBasis::SharedCount, 10}}).ok);
}

TEST_CASE("A creator edit that would break a stated overlap is refused; removing a creator drops its overlaps") {
    Document doc;
    doc.execute(AddCreator{creator("Ana")});
    doc.execute(AddCreator{creator("Ben")});
    doc.execute(AddCreator{creator("Cleo")});
    REQUIRE(doc.execute(SetOverlap{1, 2, Overlap{1, 2, OverlapBasis::SharedCount, 15'000}}).ok);
    REQUIRE(doc.execute(SetOverlap{2, 3, Overlap{2, 3, OverlapBasis::SharedCount, 1'000}}).ok);
    Creator smaller = doc.plan().creators[1];
    smaller.followers = 10'000;
    const ApplyResult r = doc.execute(UpdateCreator{smaller});
    CHECK_FALSE(r.ok);
    CHECK(test::english(r.message) == "“Ana” and “Ben” cannot share 15,000 followers: “Ben” has only 10,000. Change or remove that "
                       "overlap first.");
    REQUIRE(doc.execute(RemoveCreator{2}).ok);
    CHECK(doc.plan().overlaps.empty());
    CHECK(doc.undo());
    CHECK(doc.plan().overlaps.size() == 2);
}

TEST_CASE("A bulk edit of several creators is one undo step, and one refused part refuses it all") {
    Document doc(test::plan_of({test::creator(1, "Ana", Platform::Instagram, 40'000, 500, 1),
                                test::creator(2, "Ben", Platform::TikTok, 90'000, 800, 1)}));
    Creator a = doc.plan().creators[0], b = doc.plan().creators[1];
    a.deliverables[0].count = 4;
    b.deliverables[0].count = 4;
    REQUIRE(doc.execute(UpdateCreators{{a, b}}).ok);
    CHECK(doc.plan().creators[0].deliverables[0].count == 4);
    CHECK(doc.plan().creators[1].deliverables[0].count == 4);
    CHECK(test::english(doc.undo_label()) == "edit 2 creators");

    const Plan before = doc.plan();
    a.deliverables[0].count = 2;
    b.followers = -5;
    const ApplyResult refused = doc.execute(UpdateCreators{{a, b}});
    CHECK_FALSE(refused.ok);
    CHECK(test::english(refused.message) == "Followers must be at least 1.");
    CHECK(doc.plan() == before);

    REQUIRE(doc.undo());
    CHECK(doc.plan().creators[0].deliverables[0].count == 1);
    CHECK(doc.plan().creators[1].deliverables[0].count == 1);
}

TEST_CASE("Removing several creators is one step that drops their overlaps, undone at once") {
    Plan plan = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 40'000, 500, 1),
                               test::creator(2, "Ben", Platform::TikTok, 90'000, 800, 1),
                               test::creator(3, "Cleo", Platform::YouTube, 150'000, 900, 1)});
    plan.overlaps.push_back({1, 3, OverlapBasis::SharedCount, 1'000});
    Document doc(plan);
    REQUIRE(doc.execute(RemoveCreators{{1, 2}}).ok);
    REQUIRE(doc.plan().creators.size() == 1);
    CHECK(doc.plan().creators[0].name == "Cleo");
    CHECK(doc.plan().overlaps.empty());
    CHECK(test::english(doc.undo_label()) == "remove 2 creators");
    REQUIRE(doc.undo());
    CHECK(doc.plan() == plan);
}

TEST_CASE("Duplicating creators adds named copies with new ids and no copied overlaps") {
    Plan plan = test::plan_of({test::creator(1, "Ana", Platform::Instagram, 40'000, 500, 3),
                               test::creator(2, std::string(198, 'e') + "\xC3\xA9", Platform::TikTok, 90'000, 800, 1)});
    plan.overlaps.push_back({1, 2, OverlapBasis::SharedCount, 1'000});
    Document doc(plan);
    REQUIRE(doc.execute(DuplicateCreators{{1, 2}}).ok);
    REQUIRE(doc.plan().creators.size() == 4);
    const Creator& copy = doc.plan().creators[2];
    CHECK(copy.name == "Ana (copy)");
    CHECK(copy.id == 3);
    CHECK(copy.deliverables == plan.creators[0].deliverables);
    // A name at the length limit is shortened on a character boundary, never cut mid-letter.
    const std::string& long_copy = doc.plan().creators[3].name;
    CHECK(long_copy.size() <= 200);
    CHECK(long_copy.substr(long_copy.size() - 7) == " (copy)");
    CHECK(is_valid_utf8(long_copy));
    CHECK(doc.plan().overlaps.size() == 1);
    CHECK(test::english(doc.undo_label()) == "duplicate 2 creators");
}

TEST_CASE("A pasted row of overlaps is one undo step, and one impossible figure refuses the whole row") {
    Document doc;
    for (const char* name : {"Ana", "Ben", "Cleo"}) REQUIRE(doc.execute(AddCreator{creator(name)}).ok);
    const auto share = [](CreatorId a, CreatorId b, Ppm ppm) {
        return SetOverlap{a, b, Overlap{a, b, OverlapBasis::ShareOfFirst, ppm}};
    };
    REQUIRE(doc.execute(SetOverlaps{{share(1, 2, 100'000), share(1, 3, 50'000)}}).ok);
    CHECK(doc.plan().overlaps.size() == 2);
    CHECK(test::english(doc.undo_label()) == "set 2 overlaps");
    const ApplyResult refused = doc.execute(SetOverlaps{{share(1, 2, 200'000), share(1, 3, 1'500'000)}});
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.id == MessageId::OverlapAboveFirst);
    CHECK(doc.plan().overlaps[0].value == 100'000);
    CHECK(doc.undo());
    CHECK(doc.plan().overlaps.empty());
}
