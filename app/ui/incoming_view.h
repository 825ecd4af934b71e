// Plans and text arriving from outside the canvas: a paste goes to the text field being typed
// in if there is one (the browser's clipboard never reaches SDL's), and is otherwise a plan
// pasted as text; a plan file that would replace work existing only here asks the planner
// first ("Replace the open plan?"). It replaces nothing itself: it returns the planner's answer.
#pragma once

#include <optional>
#include <string>

#include "document/plan_exchange.h"
#include "view_context.h"

namespace roster::ui {

class IncomingView {
public:
    // Text pasted between frames; placed at the end of the next frame (a click on a field just
    // before the paste is only seen by that frame's widgets).
    void pasted(std::string text) { pasted_ = std::move(text); }
    // At the start of a frame: the text pasted for the active field is typed into it now.
    void type_into_field();
    // After every widget of the frame ran: the pasted text when no field takes it (a plan
    // pasted as text, for the workspace to receive).
    std::optional<std::string> place_paste();
    // Text waits for a field: the next frame must be drawn to type it in.
    bool typing_pending() const { return !for_field_.empty(); }

    // A plan file whose verdict is Confirm: the question opens at the next frame.
    void ask(IncomingPlan incoming);

    struct Answer {
        enum class Kind { None, Replace, DownloadFirst, Keep };
        Kind kind = Kind::None;
        IncomingPlan plan;  // for Replace
    };
    Answer draw_question(ViewContext& ctx);

private:
    std::optional<std::string> pasted_;
    std::string for_field_;  // pasted text for the active field, typed in at the next frame's start
    std::optional<IncomingPlan> pending_;  // a plan file waiting for the planner to confirm
    std::string question_;                 // what it asks, rendered once
    bool ask_now_ = false;
};

}  // namespace roster::ui
